/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XGBoostClassificationTest {
    @TempDir
    Path root;

    @Test
    void run_trainsDeploysEvaluatesAndDrawsEveryPicture() throws Exception {
        ExampleOutput out = new ExampleOutput();

        XGBoostClassification.run(root, out.stream);

        String text = out.text();
        assertThat(text).contains("data: 3000 train, 1000 validation, 1000 test rows, 6 features")
                .containsPattern("training job: sagemaker-xgboost-[0-9-]+ Completed")
                .contains("metric families: [auc, logloss]");
        assertThat(out.number("validation:auc = ")).isBetween(0.85, 1.0);
        assertThat(out.number("train:auc = ")).isGreaterThanOrEqualTo(out.number("validation:auc = "));
        assertThat(out.number("test accuracy = ")).isBetween(0.8, 1.0);
        assertThat(out.number("test auc = ")).isBetween(0.85, 1.0);
        assertThat(out.number("test f1 = ")).isBetween(0.75, 1.0);
        Matcher cm = Pattern.compile("\\[\\[tn=(\\d+), fp=(\\d+)\\], \\[fn=(\\d+), tp=(\\d+)\\]\\]").matcher(text);
        assertThat(cm.find()).isTrue();
        int total = 0;
        for (int g = 1; g <= 4; g++) {
            total += Integer.parseInt(cm.group(g));
        }
        assertThat(total).isEqualTo(1000);

        Matcher job = Pattern.compile("training job: (\\S+) ").matcher(text);
        assertThat(job.find()).isTrue();
        Path output = root.resolve("output");
        ExampleOutput.assertPng(output.resolve(job.group(1) + "-auc.png"), 800, 500);
        ExampleOutput.assertPng(output.resolve(job.group(1) + "-logloss.png"), 800, 500);
        ExampleOutput.assertPng(output.resolve("confusion-matrix.png"), 560, 480);
        ExampleOutput.assertPng(output.resolve("roc-curve.png"), 800, 500);
        assertThat(Files.readString(output.resolve(job.group(1) + "-learning-curves.html")))
                .contains("<th>step</th><th>train:auc</th><th>validation:auc</th>")
                .contains("<tr><td>59</td>");
        assertThat(output.resolve("evaluation.html")).isRegularFile();
        assertThat(text).contains("learning curves: " + output.resolve(job.group(1) + "-auc.png"))
                .contains("evaluation: " + output.resolve("roc-curve.png"));
    }
}
