/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.testsupport.JobAttachMain;
import dev.sagemaker4j.testsupport.JobLifecycleContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link JobLifecycleContract} through the wire: a {@code sagemaker} backend session whose real AWS SDK
 * clients (SageMaker and S3) talk to a {@link LocalApiServer} on loopback, which runs the jobs on a local
 * backend. A new JVM attaches through the same server.
 */
class WireJobLifecycleTest extends JobLifecycleContract {
    @TempDir
    static Path tmp;
    private static Session serverSide;
    private static EndpointServer api;
    private static Session client;

    @BeforeAll
    static void start() {
        serverSide = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(serverSide, 0);
        // the same client session a new JVM opens (JobAttachMain), on a root of its own
        client = JobAttachMain.session(new String[] {"sagemaker", api.url(), tmp.resolve("client").toString()});
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (api != null) {
            api.close();
        }
        if (serverSide != null) {
            serverSide.close();
        }
    }

    @Override
    protected Session session() {
        return client;
    }

    @Override
    protected List<String> childJvmArguments() {
        return List.of("sagemaker", api.url(), tmp.resolve("child-client").toString());
    }
}
