/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.testsupport.hosting.TransformJobLifecycleContract;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link TransformJobLifecycleContract} against the local backend, called directly; a new JVM opens the
 * same root.
 */
class LocalTransformJobLifecycleTest extends TransformJobLifecycleContract {
    @TempDir
    static Path root;
    private static Session session;

    @BeforeAll
    static void open() {
        session = Session.local(root);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Override
    protected Session session() {
        return session;
    }

    @Override
    protected List<String> childJvmArguments() {
        return List.of("local", root.toString());
    }
}
