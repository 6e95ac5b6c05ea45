/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import dev.sagemaker4j.spi.LogsApi;

/**
 * An endpoint as error messages name it: its name, account and region, from which the log group
 * and its ARN follow.
 *
 * <p>Internal: not part of the API. Immutable.
 */
public final class EndpointRef {
    private final String name;
    private final String accountId;
    private final String region;

    /**
     * Creates the reference.
     *
     * @param name      the endpoint name
     * @param accountId the account id
     * @param region    the region
     */
    public EndpointRef(String name, String accountId, String region) {
        this.name = name;
        this.accountId = accountId;
        this.region = region;
    }

    /**
     * The endpoint name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The account id.
     *
     * @return the account id
     */
    public String accountId() {
        return accountId;
    }

    /**
     * The region.
     *
     * @return the region
     */
    public String region() {
        return region;
    }

    /**
     * The endpoint's log group, as on the service.
     *
     * @return {@code /aws/sagemaker/Endpoints/<name>}
     */
    public String logGroup() {
        return LogsApi.ENDPOINTS + "/" + name;
    }

    /**
     * The ARN of the endpoint's log group, as the service sends in {@code LogStreamArn}.
     *
     * @return {@code arn:aws:logs:<region>:<account>:log-group:/aws/sagemaker/Endpoints/<name>}
     */
    public String logGroupArn() {
        return "arn:aws:logs:" + region + ":" + accountId + ":log-group:" + logGroup();
    }

    @Override
    public String toString() {
        return name;
    }
}
