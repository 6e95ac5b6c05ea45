/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentsTest {
    @TempDir
    Path root;

    @Test
    void run_twoRunsWithTheirTrainingJobs_comparedByExperimentAnalytics() throws Exception {
        ExampleOutput out = new ExampleOutput();

        Experiments.run(root, out.stream);

        String text = out.text();
        assertThat(out.number("run eta-0-05: accuracy = ")).isBetween(0.8, 1.0);
        assertThat(out.number("run eta-0-3: accuracy = ")).isBetween(0.8, 1.0);
        // two runs and two training jobs, each a row
        assertThat(text).contains("churn-eta-0-05 eta=0.05 validation:accuracy last=")
                .contains("churn-eta-0-3 eta=0.3 validation:accuracy last=")
                .containsPattern("sagemaker-xgboost-[-0-9]+-aws-training-job eta=0.05 validation:accuracy last=null"
                        + " validation:auc last=0\\.\\d+")
                .contains("wrote churn-validation_accuracy-runs.png", "wrote churn-validation_accuracy-steps.png",
                        "wrote churn-runs.html");
        assertThat(Files.readString(root.resolve("report/churn.csv")).lines().count()).isEqualTo(5);
    }
}
