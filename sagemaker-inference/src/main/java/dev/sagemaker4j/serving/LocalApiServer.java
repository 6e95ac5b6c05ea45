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
 * java -cp ... dev.sagemaker4j.serving.LocalApiServer [port] [root]
 * aws --endpoint-url http://127.0.0.1:PORT sagemaker list-endpoints
 * aws --endpoint-url http://127.0.0.1:PORT sagemaker-runtime invoke-endpoint --endpoint-name e \
 *     --content-type text/csv --body fileb://row.csv out.json
 * }</pre>
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
     * The control plane operations served.
     *
     * @return operation names
     */
    public static java.util.List<String> operations() {
        return ApiHandler.operationNames();
    }

    /**
     * Starts the server on a local session and prints its URL; runs until the JVM is stopped.
     *
     * @param args optional: the port (default 0, a free one) and the session root folder
     * @throws InterruptedException when interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Session session = args.length > 1 ? Session.local(Path.of(args[1])) : Session.local();
        EndpointServer server = start(session, port);
        System.out.println(server.url());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            session.close();
        }));
        new CountDownLatch(1).await();
    }
}
