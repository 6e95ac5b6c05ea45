/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelMonitorScheduleTest {
    @TempDir
    Path root;

    @Test
    void run_shiftedFeatureOnTheEndpoint_isADriftViolationOfTheSchedule() throws Exception {
        ExampleOutput out = new ExampleOutput();

        ModelMonitorSchedule.run(root, out.stream);

        String text = out.text();
        assertThat(text).contains("schedule: monitoring-schedule-").contains(" Scheduled")
                .contains("execution: CompletedWithViolations over ")
                .contains("violation: _c2 baseline_drift_check - Baseline drift distance: ")
                .contains("monitor of churn: monitoring-schedule-").contains("(DataQuality)");
    }
}
