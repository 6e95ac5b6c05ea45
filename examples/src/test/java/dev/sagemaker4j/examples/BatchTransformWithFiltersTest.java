/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTransformWithFiltersTest {
    @TempDir
    Path root;

    @Test
    void run_keepsIdsAndScoresOnlyAndJoinsThemBackToTheLabels() throws Exception {
        ExampleOutput out = new ExampleOutput();

        BatchTransformWithFilters.run(root, out.stream);

        String text = out.text();
        assertThat(text).containsPattern("transform job \\(CSV\\): \\S+ Completed")
                .containsPattern("transform job \\(JSON Lines\\): \\S+ Completed")
                .contains("scored records: 900");
        Path output = root.resolve("output");
        for (int part = 0; part < 3; part++) {
            List<String> lines = Files.readAllLines(output.resolve("csv/part-" + part + ".csv.out"));
            assertThat(lines).hasSize(300);
            for (int i = 0; i < lines.size(); i++) {
                String[] cells = lines.get(i).split(",");
                assertThat(cells).as(lines.get(i)).hasSize(2);
                assertThat(Integer.parseInt(cells[0])).isEqualTo(1000 + part * 300 + i);
                assertThat(Double.parseDouble(cells[1])).isBetween(0.0, 1.0);
            }
        }
        List<String> json = Files.readAllLines(output.resolve("jsonl/records.jsonl.out"));
        assertThat(json).hasSize(5);
        String firstCsv = Files.readAllLines(output.resolve("csv/part-0.csv.out")).get(0);
        String score = firstCsv.substring(firstCsv.indexOf(',') + 1);
        assertThat(json.get(0)).isEqualTo("{\"id\":1000,\"SageMakerOutput\":{\"score\":" + score + "}}");
        assertThat(out.number("batch auc = ")).isBetween(0.85, 1.0);
        ExampleOutput.assertPng(output.resolve("confusion-matrix.png"), 560, 480);
        ExampleOutput.assertPng(output.resolve("roc-curve.png"), 800, 500);
    }
}
