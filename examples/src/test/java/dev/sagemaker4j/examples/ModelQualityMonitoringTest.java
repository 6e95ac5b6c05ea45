/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelQualityMonitoringTest {
    @TempDir
    Path root;

    @Test
    void run_labelRuleChanged_raisesModelQualityViolations() throws Exception {
        ExampleOutput out = new ExampleOutput();

        ModelQualityMonitoring.run(root, out.stream);

        String text = out.text();
        assertThat(text).contains("validation replayed: Completed\n")
                .contains("label rule changed: CompletedWithViolations")
                .contains("violation: LessThanThreshold - Metric f1 with ")
                .contains("violation: LessThanThreshold - Metric auc with ")
                .contains("scheduled execution: CompletedWithViolations, f1 = ");
        assertThat(out.number("baseline f1 = ")).isGreaterThan(0.8);
        assertThat(out.number(", f1 = ")).isLessThan(out.number("baseline f1 = ") - 0.1);
        // the schedule's execution sees the same traffic and labels as the on-demand one
        assertThat(out.number("scheduled execution: CompletedWithViolations, f1 = ")).isEqualTo(out.number(", f1 = "));
    }
}
