/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickstartTest {
    @TempDir
    Path root;

    @Test
    void run_printsEachStepAndRoundTripsTheData() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Quickstart.run(root, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);

        assertThat(out).contains("default bucket: sagemaker-us-east-1-000000000000")
                .contains("uploaded: s3://sagemaker-us-east-1-000000000000/quickstart/train/train.csv")
                .contains("listed: [quickstart/train/train.csv, quickstart/validation/validation.csv]")
                .contains("identical: true")
                .containsPattern("training job: sagemaker-xgboost-[0-9-]+ Completed")
                .containsPattern("validation:auc = 0\\.9[0-9]*");
        assertThat(out).containsPattern("model: s3://sagemaker-us-east-1-000000000000/quickstart/xgb/"
                + "sagemaker-xgboost-[0-9-]+/output/model.tar.gz");
        assertThat(out).containsPattern("endpoint: sagemaker-xgboost-[0-9-]+ InService")
                .containsPattern("predictions: \\[\\[0\\.9[0-9]+\\], \\[[0-9.E-]+\\]\\]");
        String second = out.substring(out.indexOf("predictions: ")).split("\\], \\[")[1].replaceAll("[\\]\\s]", "");
        assertThat(Double.parseDouble(second)).isLessThan(0.1);
    }
}
