/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointAsyncRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointAsyncResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointWithResponseStreamRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointWithResponseStreamResponse;

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

    /**
     * The service operation InvokeEndpointWithResponseStream: the response arrives as a stream of payload
     * parts ({@code PayloadPart} events), each handed to {@code payloadParts} in order as it arrives; the call
     * returns once the stream ended, with the response's headers (content type, invoked variant, custom
     * attributes).
     *
     * <p>In the AWS SDK for Java v2 this operation exists only on {@code SageMakerRuntimeAsyncClient} (an event
     * stream), not on the synchronous {@code SageMakerRuntimeClient} a {@code sagemaker} session holds, so the
     * {@code sagemaker} backend answers {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}. The
     * local backend's model servers do not stream: they answer one part, the whole InvokeEndpoint response body.
     *
     * @param request      the request
     * @param payloadParts receives the bytes of each payload part
     * @return the response's headers
     */
    default InvokeEndpointWithResponseStreamResponse invokeEndpointWithResponseStream(
            InvokeEndpointWithResponseStreamRequest request, Consumer<byte[]> payloadParts) {
        throw unsupported("InvokeEndpointWithResponseStream");
    }
}
