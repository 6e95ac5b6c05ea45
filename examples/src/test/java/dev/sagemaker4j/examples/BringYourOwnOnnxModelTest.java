/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BringYourOwnOnnxModelTest {
    @TempDir
    Path root;

    @Test
    void run_packsDeploysAndAnswersJsonAsTheFormulaSays() throws Exception {
        ExampleOutput out = new ExampleOutput();

        BringYourOwnOnnxModel.run(root, out.stream);

        String text = out.text();
        assertThat(text).contains("uploaded: s3://sagemaker-us-east-1-000000000000/byo-onnx/model.tar.gz")
                .containsPattern("endpoint: \\S+ InService")
                .containsPattern("response: \\{predictions=\\[\\[0\\.[0-9]+\\], \\[0\\.[0-9]+\\]\\]\\}");
        assertThat(out.number("largest difference from the formula: ")).isLessThan(1e-6);
        // the model is the data's own rule: its AUC is what the noise of the labels allows
        assertThat(out.number("sample auc = ")).isBetween(0.8, 0.95);
        assertThat(out.number("sample accuracy = ")).isBetween(0.7, 0.9);

        List<String> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(root.resolve("output/model.tar.gz"));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).containsExactly("model.onnx");
        ExampleOutput.assertPng(root.resolve("output/confusion-matrix.png"), 560, 480);
        ExampleOutput.assertPng(root.resolve("output/roc-curve.png"), 800, 500);
    }

    @Test
    void expected_knownRow_isTheSigmoidOfTheWeightedSum() {
        double z = 1.5 * 0.5 - 2.0 * -0.25 + 0.75 * 1.0 - 0.25;

        assertThat(BringYourOwnOnnxModel.expected(new double[] {0.5, -0.25, 1.0, 3.0}))
                .isCloseTo(1 / (1 + Math.exp(-z)), within(1e-12));
    }
}
