/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;

class RunContextTest {
    @Test
    void experimentConfig_givenWinsElseTheBoundRunsElseNull_andScopesRestore() throws Exception {
        ExperimentConfig run = ExperimentConfig.builder().experimentName("e").runName("e-r").build();
        ExperimentConfig given = ExperimentConfig.builder().experimentName("other").build();
        assertThat(RunContext.experimentConfig(null)).isNull();
        try (RunContext.Scope scope = RunContext.bind(run)) {
            assertThat(RunContext.experimentConfig(null)).isEqualTo(run);
            assertThat(RunContext.experimentConfig(given)).isEqualTo(given);
            // another thread has no run
            Thread t = new Thread(() -> assertThat(RunContext.current()).isEmpty());
            t.start();
            t.join();
            scope.hashCode();
        }
        assertThat(RunContext.current()).isEmpty();
    }

    @Test
    void currentJob_boundByTheLocalBackend_keepsTheNameAsCreated() {
        RunContext.Scope scope = RunContext.bindJob(new RunContext.Job("SageMakerProcessingJob",
                "arn:aws:sagemaker:us-east-1:000000000000:processing-job/prep-a", "Prep-A"));
        try {
            assertThat(RunContext.currentJob()).get().satisfies(j -> {
                assertThat(j.jobName()).isEqualTo("Prep-A");
                assertThat(j.sourceType()).isEqualTo("SageMakerProcessingJob");
            });
        } finally {
            scope.close();
        }
        assertThat(new RunContext.Job("SageMakerTrainingJob",
                "arn:aws:sagemaker:us-east-1:000000000000:training-job/t-1").jobName()).isEqualTo("t-1");
    }
}
