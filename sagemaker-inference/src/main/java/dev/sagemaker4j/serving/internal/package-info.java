/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Internal: the HTTP handler, executor and error shapes behind
 * {@link dev.sagemaker4j.serving.EndpointServer}. Not part of the API; may change in any release.
 *
 * <pre>{@code
 * // what EndpointServer does with these classes
 * EndpointHandler handler = new EndpointHandler(session.runtimeApi(), session.sageMakerApi(),
 *         session.accountId(), session.region(), "my-endpoint", 6 * 1024 * 1024, Duration.ofSeconds(60));
 * InvocationExecutor executor = new InvocationExecutor("server", 4, 256, Duration.ofSeconds(60), handler::timedOut);
 * httpServer.setExecutor(executor);
 * httpServer.createContext("/", handler);
 * }</pre>
 */
package dev.sagemaker4j.serving.internal;
