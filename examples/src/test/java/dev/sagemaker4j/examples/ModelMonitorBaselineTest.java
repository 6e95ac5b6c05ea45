/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelMonitorBaselineTest {
    @TempDir
    Path root;

    @Test
    void run_shiftedIncome_isTheOnlyViolation() throws Exception {
        ExampleOutput out = new ExampleOutput();

        ModelMonitorBaseline.run(root, out.stream);

        String text = out.text();
        assertThat(text).contains("baseline: 5000 rows at ").contains("same distribution: Completed")
                .contains("income shifted: CompletedWithViolations")
                .contains("violation: income baseline_drift_check - Baseline drift distance: ");
        assertThat(text.lines().filter(l -> l.startsWith("violation: "))).hasSize(1);
        assertThat(out.number("income mean = ")).isBetween(49_000.0, 51_000.0);
    }
}
