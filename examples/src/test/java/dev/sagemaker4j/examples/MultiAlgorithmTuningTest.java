/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiAlgorithmTuningTest {
    @TempDir
    Path root;

    @Test
    void run_xgboostAgainstLinearLearnerOnACircle_treesWin() throws Exception {
        ExampleOutput out = new ExampleOutput();

        MultiAlgorithmTuning.run(root, out.stream);

        String text = out.text();
        // as in Python, the job is named after the first estimator by name (linear) when no base name is given
        assertThat(text).containsPattern("tuning job: linear-learner-\\d{6}-\\d{4} Completed, 6 training jobs"
                + " completed").contains("  xgboost ").contains("  linear ");
        assertThat(text).containsPattern("best: \\S+ \\(xgboost\\) validation:logloss = ")
                .contains("best estimator: ").contains("sagemaker-xgboost");
    }
}
