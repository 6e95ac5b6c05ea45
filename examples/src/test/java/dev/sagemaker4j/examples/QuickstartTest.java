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
        assertThat(out).containsPattern("batch transform: Completed, 5 scored rows, first customer-0,0\\.[0-9]+");
        assertThat(out).contains("training set (3 rows):");
        // point in time: c1 on 11-10 sees the 11-01 spend (10.0), on 11-25 the 11-20 one (99.0); c2 on 11-04 sees none
        assertThat(out).containsPattern("c1\\t[^\\n]*\\t1\\t10\\.0").containsPattern("c1\\t[^\\n]*\\t0\\t99\\.0")
                .containsPattern("c2\\t[^\\n]*\\t1\\tnull");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("predictions: \\[\\[([^\\]]+)\\], \\[([^\\]]+)\\]\\]")
                .matcher(out);
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThan(0.9);
        assertThat(Double.parseDouble(m.group(2))).isLessThan(0.1);
    }
}
