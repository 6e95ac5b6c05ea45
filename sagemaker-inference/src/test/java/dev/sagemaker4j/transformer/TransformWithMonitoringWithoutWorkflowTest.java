/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without sagemaker-workflow (this module's test class path has none), {@code transformWithMonitoring} names the
 * module to add, before anything is sent.
 */
class TransformWithMonitoringWithoutWorkflowTest {
    @TempDir
    Path tmp;

    @Test
    void transformWithMonitoring_noWorkflowModule_namesTheModule() {
        try (Session session = Session.local(tmp)) {
            Transformer t = Transformer.builder().modelName("m").instanceCount(1).instanceType("local")
                    .session(session).build();
            MonitoringConfig config = new MonitoringConfig() { };
            MonitoringResourceConfig job = () -> "arn:aws:iam::123456789012:role/R";
            assertThatThrownBy(() -> t.transformWithMonitoring(config, job, "s3://b/in/"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("sagemaker-workflow");
            assertThatThrownBy(() -> t.transformWithMonitoring(null, job, "s3://b/in/"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("monitoringConfig");
        }
    }
}
