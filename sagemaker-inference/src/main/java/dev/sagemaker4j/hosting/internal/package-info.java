/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Real-time hosting of the local backend (not public API): models, endpoint configurations,
 * endpoints and InvokeEndpoint in-process.
 *
 * <pre>{@code
 * session.api(HostingApi.CAPABILITY).createEndpoint(CreateEndpointRequest.builder()...build());
 * }</pre>
 */
package dev.sagemaker4j.hosting.internal;

