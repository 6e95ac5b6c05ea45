/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Serving endpoints over HTTP: {@link dev.sagemaker4j.serving.EndpointServer} answers the SageMaker
 * Runtime API ({@code POST /endpoints/{EndpointName}/invocations}) for every endpoint of a session, and
 * the inference container contract ({@code GET /ping}, {@code POST /invocations}) for one of them, on a
 * loopback port, with the service's limits and error answers.
 *
 * <pre>{@code
 * try (EndpointServer server = EndpointServer.builder().session(session).endpointName("my-endpoint").start()) {
 *     // aws sagemaker-runtime invoke-endpoint --endpoint-url <server.url()> --endpoint-name my-endpoint \
 *     //     --content-type text/csv --body fileb://in.csv out.json
 *     SageMakerRuntimeClient client = SageMakerRuntimeClient.builder()
 *             .endpointOverride(URI.create(server.url())).region(Region.US_EAST_1)
 *             .credentialsProvider(AnonymousCredentialsProvider.create()).build();
 * }
 * }</pre>
 */
package dev.sagemaker4j.serving;
