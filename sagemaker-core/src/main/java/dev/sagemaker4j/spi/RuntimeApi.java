/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointAsyncRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointAsyncResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

/**
 * The {@code sagemaker-runtime} service as a backend offers it: invoking endpoints. Requests and
 * responses are the AWS SDK v2 model classes.
 *
 * <pre>{@code
 * InvokeEndpointResponse r = session.runtimeApi().invokeEndpoint(InvokeEndpointRequest.builder()
 *         .endpointName("my-endpoint").contentType("text/csv")
 *         .body(SdkBytes.fromUtf8String("1.0,2.0")).build());
 * }</pre>
 */
public interface RuntimeApi extends ServiceApi {

    /** The key under which a backend offers the runtime plane. */
    Capability<RuntimeApi> CAPABILITY = Capability.of(RuntimeApi.class, backend -> () -> backend);

    /**
     * The service operation InvokeEndpoint.
     *
     * @param request the request
     * @return the response
     */
    default InvokeEndpointResponse invokeEndpoint(InvokeEndpointRequest request) {
        throw unsupported("InvokeEndpoint");
    }

    /**
     * The service operation InvokeEndpointAsync.
     *
     * @param request the request
     * @return the response
     */
    default InvokeEndpointAsyncResponse invokeEndpointAsync(InvokeEndpointAsyncRequest request) {
        throw unsupported("InvokeEndpointAsync");
    }
}
