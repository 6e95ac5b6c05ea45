/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineQuickstartTest {
    @TempDir
    Path root;

    @Test
    void run_defaultThresholdRegisters_failingThresholdFailsWithTheFailStepsMessage() throws Exception {
        ExampleOutput out = new ExampleOutput();

        PipelineQuickstart.run(root, out.stream);

        String text = out.text();
        String[] runs = text.split("execution ");
        assertThat(runs).as(text).hasSize(3);
        // first execution: MSE under the default threshold 6.0, the model registered
        assertThat(runs[1]).as(text).contains("status: Succeeded")
                .contains("step Prepare: Succeeded\n").contains("step Train: Succeeded\n")
                .contains("step Evaluate: Succeeded").contains("step CheckMse: Succeeded (outcome True)")
                .contains("step Register-RegisterModel: Succeeded").doesNotContain("TooHigh");
        // second execution: threshold 0.5, the FailStep's message; prepare and train come from the cache
        assertThat(runs[2]).as(text).contains("status: Failed (MSE above 0.5)")
                .contains("step Prepare: Succeeded (cache hit)").contains("step Train: Succeeded (cache hit)")
                .contains("step CheckMse: Succeeded (outcome False)")
                .contains("step TooHigh: Failed (MSE above 0.5)").doesNotContain("Register-RegisterModel");
        // one version only: the failing execution registered nothing
        assertThat(out.number("model package versions = ")).isEqualTo(1.0);
        assertThat(text).contains("registered version 1: PendingManualApproval");
    }
}
