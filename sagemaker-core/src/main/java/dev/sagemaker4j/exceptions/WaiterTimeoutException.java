/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

import java.time.Duration;

/**
 * A waiter ran out of time before the job or endpoint reached a final status. The job itself goes
 * on; waiting again may succeed.
 */
public class WaiterTimeoutException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** The job or endpoint waited for. */
    private final String resourceName;
    /** The status last seen. */
    private final String lastStatus;

    /**
     * Creates the exception.
     *
     * @param resourceType e.g. {@code "Training job"}
     * @param resourceName the job or endpoint name
     * @param timeout      how long was waited
     * @param lastStatus   the last status seen
     */
    public WaiterTimeoutException(String resourceType, String resourceName, Duration timeout, String lastStatus) {
        super(resourceType + " " + resourceName + " did not finish within " + timeout
                + " (last status " + lastStatus + "); it is still running: wait again with a longer timeout,"
                + " or stop it", true, null);
        this.resourceName = resourceName;
        this.lastStatus = lastStatus;
    }

    /**
     * The job or endpoint name.
     *
     * @return the name
     */
    public String resourceName() {
        return resourceName;
    }

    /**
     * The last status seen before the time ran out.
     *
     * @return the status
     */
    public String lastStatus() {
        return lastStatus;
    }
}
