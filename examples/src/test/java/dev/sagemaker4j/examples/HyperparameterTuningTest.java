/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HyperparameterTuningTest {
    @TempDir
    Path root;

    @Test
    void run_tunesXgboostAndDeploysTheBestModel() throws Exception {
        ExampleOutput out = new ExampleOutput();

        HyperparameterTuning.run(root, out.stream);

        String text = out.text();
        assertThat(text).containsPattern("tuning job: sagemaker-xgboost-\\d{6}-\\d{4} Completed, 8 training jobs"
                + " completed").containsPattern("sagemaker-xgboost-\\d{6}-\\d{4}-008-[0-9a-f]{8}");
        assertThat(out.number("best validation:auc = ")).isBetween(0.85, 1.0);
        assertThat(out.number("test accuracy = ")).isBetween(0.8, 1.0);
    }
}
