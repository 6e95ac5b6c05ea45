/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataProcessingTest {
    @TempDir
    Path root;

    @Test
    void run_joinsWithSqlThenSplitsWithJava() throws Exception {
        ExampleOutput out = new ExampleOutput();

        DataProcessing.run(root, out.stream);

        String text = out.text();
        assertThat(text).containsPattern("sql job: sql-processing-\\S+ Completed")
                .containsPattern("split job: DataProcessing-Split-\\S+ Completed")
                .contains("log: train 160 rows, test 40 rows");
        assertThat(out.number("train rows = ")).isEqualTo(160.0);
        assertThat(out.number("test rows = ")).isEqualTo(40.0);
    }
}
