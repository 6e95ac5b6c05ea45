/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Internal: the HTTP handler, executor and error shapes behind
 * {@link dev.sagemaker4j.serving.EndpointServer}. Not part of the API; may change in any release.
 *
 * <pre>{@code
 * // what EndpointServer does with these classes
 * EndpointHandler handler = new EndpointHandler(session.runtimeApi(), session.api(HostingApi.CAPABILITY),
 *         session.accountId(), session.region(), "my-endpoint", 6 * 1024 * 1024, Duration.ofSeconds(60));
 * InvocationExecutor executor = new InvocationExecutor("server", new InvocationExecutor.Limits(4, 256, 512,
 *         Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(60)), handler::timedOut);
 * handler.executor(executor);
 * httpServer.setExecutor(executor);
 * httpServer.createContext("/", new FrontHandler(handler, Set.of("127.0.0.1"), null, 6 * 1024 * 1024,
 *         16 * 1024 * 1024));
 * }</pre>
 */
package dev.sagemaker4j.serving.internal;

