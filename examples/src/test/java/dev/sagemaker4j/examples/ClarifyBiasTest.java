/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClarifyBiasTest {
    @TempDir
    Path root;

    @Test
    void run_biasedLoans_showsTheBiasBeforeAndAfterTraining() throws Exception {
        ExampleOutput out = new ExampleOutput();

        ClarifyBias.run(root, out.stream);

        String text = out.text();
        assertThat(text).contains("pre_training_bias_metrics (gender = 0):")
                .contains("post_training_bias_metrics (gender = 0):").contains("Class Imbalance (CI)")
                .contains("Disparate Impact (DI)").contains("report: ");
        // women are approved less often, in the labels and in the model's predictions
        assertThat(out.number("  DPL = ")).isGreaterThan(0.1);
        assertThat(out.number("  DPPL = ")).isGreaterThan(0.1);
        assertThat(out.number("  DI = ")).isLessThan(0.9);
    }
}
