/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ThrottlingException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.BackendProvider;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LogsApi;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.RuntimeApi;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.EndpointStatus;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

/**
 * The test backend {@code fake-runtime}: a runtime whose behaviour the endpoint name picks.
 *
 * <ul>
 *   <li>{@code model-error}: the model answers 415 ({@link ModelErrorException});</li>
 *   <li>{@code invalid}: {@link ValidationException};</li>
 *   <li>{@code missing}: the endpoint does not exist ({@link ResourceNotFoundException});</li>
 *   <li>{@code throttled}: {@link ThrottlingException} 503 {@code ServiceUnavailable};</li>
 *   <li>{@code broken}: an {@link IllegalStateException}, as a bug would;</li>
 *   <li>any other name echoes the body, answering with the Accept type (else the Content-Type), the
 *       target variant (else {@code AllTraffic}) and {@code echo;} before the custom attributes; a body
 *       {@code sleep=<millis>} first sleeps that long.</li>
 * </ul>
 * {@code describeEndpoint} says {@code Creating} for {@code creating}, throws not-found for
 * {@code missing} and says {@code InService} for the rest.
 */
public final class FakeRuntimeBackendProvider implements BackendProvider {
    static final String ACCOUNT = "123456789012";

    @Override
    public String name() {
        return "fake-runtime";
    }

    @Override
    public Backend create(BackendConfig config) {
        return new FakeBackend();
    }

    /** The fake backend; tests reach it through {@code session.backend()}. */
    static final class FakeBackend implements Backend {
        final AtomicReference<InvokeEndpointRequest> lastRequest = new AtomicReference<>();
        final AtomicInteger invocations = new AtomicInteger();
        final AtomicInteger completed = new AtomicInteger();

        @Override
        public String name() {
            return "fake-runtime";
        }

        @Override
        public String region() {
            return "us-east-1";
        }

        @Override
        public String accountId() {
            return ACCOUNT;
        }

        @Override
        public <A> Optional<A> find(Capability<A> capability) {
            if (capability == HostingApi.CAPABILITY) {
                return Optional.of(capability.type().cast(hosting()));
            }
            if (capability == RuntimeApi.CAPABILITY) {
                return Optional.of(capability.type().cast(runtime()));
            }
            return Optional.empty();
        }

        @Override
        public Set<Capability<?>> capabilities() {
            return Set.of(HostingApi.CAPABILITY, RuntimeApi.CAPABILITY);
        }

        private HostingApi hosting() {
            return new HostingApi() {
                @Override
                public String backendName() {
                    return "fake-runtime";
                }

                @Override
                public DescribeEndpointResponse describeEndpoint(DescribeEndpointRequest request) {
                    String name = request.endpointName();
                    if ("missing".equals(name)) {
                        throw new ResourceNotFoundException("Endpoint", name, "create it first");
                    }
                    return DescribeEndpointResponse.builder().endpointName(name)
                            .endpointStatus("creating".equals(name) ? EndpointStatus.CREATING
                                    : EndpointStatus.IN_SERVICE)
                            .build();
                }
            };
        }

        @Override
        public RuntimeApi runtime() {
            return new RuntimeApi() {
                @Override
                public String backendName() {
                    return "fake-runtime";
                }

                @Override
                public InvokeEndpointResponse invokeEndpoint(InvokeEndpointRequest request) {
                    invocations.incrementAndGet();
                    lastRequest.set(request);
                    String name = request.endpointName();
                    switch (name) {
                        case "model-error":
                            throw new ModelErrorException(name, 415, "text/plain is not supported; send text/csv",
                                    null);
                        case "invalid":
                            throw new ValidationException("ContentType", request.contentType(), "is not supported",
                                    "send text/csv");
                        case "missing":
                            throw new ResourceNotFoundException("Endpoint", name, "create it first");
                        case "throttled":
                            throw new ThrottlingException("Endpoint throttled is at capacity", "ServiceUnavailable",
                                    503);
                        case "broken":
                            throw new IllegalStateException("the model crashed");
                        default:
                            return echo(request);
                    }
                }
            };
        }

        private InvokeEndpointResponse echo(InvokeEndpointRequest request) {
            String text = request.body().asString(StandardCharsets.UTF_8);
            if (text.startsWith("sleep=")) {
                try {
                    Thread.sleep(Long.parseLong(text.substring("sleep=".length()).trim()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            completed.incrementAndGet();
            return InvokeEndpointResponse.builder()
                    .body(request.body())
                    .contentType(request.accept() != null ? request.accept() : request.contentType())
                    .invokedProductionVariant(request.targetVariant() != null ? request.targetVariant() : "AllTraffic")
                    .customAttributes(request.customAttributes() == null ? null : "echo;" + request.customAttributes())
                    .build();
        }

        @Override
        public FeatureStoreRuntimeApi featureStoreRuntime() {
            return () -> "fake-runtime";
        }

        @Override
        public ObjectStore objectStore() {
            throw new UnsupportedOperationException("the fake-runtime backend has no object store");
        }

        @Override
        public LogsApi logs() {
            return (group, job, from) -> List.of();
        }

        @Override
        public void close() {
        }
    }
}
