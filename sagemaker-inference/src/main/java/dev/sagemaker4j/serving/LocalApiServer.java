/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.serving.internal.ApiHandler;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Serves a local session as SageMaker on loopback, so that the AWS CLI, boto3 or the AWS SDK for
 * Java v2 drive the local backend unchanged: the control plane ({@code POST /} with
 * {@code X-Amz-Target: SageMaker.<Operation>}), the runtime ({@code POST /endpoints/{name}/invocations})
 * and the feature store runtime ({@code /FeatureGroup/{name}}, {@code /BatchGetRecord}).
 *
 * <pre>{@code
 * java -cp ... dev.sagemaker4j.serving.LocalApiServer [port] [root] [--allow-local-files]
 * aws --endpoint-url http://127.0.0.1:PORT sagemaker list-endpoints
 * aws --endpoint-url http://127.0.0.1:PORT sagemaker-runtime invoke-endpoint --endpoint-name e \
 *     --content-type text/csv --body fileb://row.csv out.json
 * }</pre>
 *
 * <p>Clients reach only {@code s3://} locations, which the local backend keeps inside the session root;
 * requests naming {@code file://} locations get 400 unless the operator passes
 * {@code --allow-local-files} (or builds the server with {@link EndpointServer.Builder#allowLocalFiles}),
 * since they would let any client read and write this machine's files. Requests whose {@code Host} is
 * not a loopback name get 403 (no DNS rebinding from a web page); see {@link EndpointServer} for the
 * timeouts and limits.
 */
public final class LocalApiServer {
    private LocalApiServer() {
    }

    /**
     * Starts a server for a session.
     *
     * @param session the session to serve
     * @param port    the port, 0 for a free one
     * @return the running server (close it to stop)
     */
    public static EndpointServer start(Session session, int port) {
        return EndpointServer.builder().session(session).port(port).controlPlane(true).start();
    }

    /**
     * The control plane operations a server in front of a session serves: those of every capability its
     * backend offers.
     *
     * @param session the session
     * @return operation names, sorted
     */
    public static java.util.List<String> operations(Session session) {
        return ApiHandler.operationNames(session.backend());
    }

    /**
     * Starts the server on a local session and prints its URL; runs until the JVM is stopped.
     *
     * @param args optional: the port (default 0, a free one), the session root folder, and
     *             {@code --allow-local-files} to let clients name {@code file://} locations
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        java.util.List<String> positional = new java.util.ArrayList<>(java.util.List.of(args));
        boolean allowLocalFiles = positional.remove("--allow-local-files");
        int port = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 0;
        Session session = positional.size() > 1 ? Session.local(Path.of(positional.get(1))) : Session.local();
        EndpointServer server = EndpointServer.builder().session(session).port(port).controlPlane(true)
                .allowLocalFiles(allowLocalFiles).start();
        System.out.println(server.url());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            session.close();
        }));
        new CountDownLatch(1).await();
    }
}
