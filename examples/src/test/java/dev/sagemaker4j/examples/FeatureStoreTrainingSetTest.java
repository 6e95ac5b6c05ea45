/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureStoreTrainingSetTest {
    @TempDir
    Path root;

    @Test
    void run_buildsAPointInTimeCorrectTrainingSet() throws Exception {
        ExampleOutput out = new ExampleOutput();

        FeatureStoreTrainingSet.run(root, out.stream);

        String text = out.text();
        assertThat(text).contains("feature group: customers Created")
                .contains("ingested: 3000 records")
                .contains("online store is latest: true")
                .contains("header: label_id,customer_id,label_time,churned,spend_30d,orders_30d");
        assertThat(out.number("rows: ")).isEqualTo(2000);
        // about 1/7 of the events fall before a customer's first of six snapshots spread over the month
        assertThat(out.number("rows before the customer's first snapshot (no features): ")).isBetween(100.0, 600.0);
        assertThat(out.number("point-in-time mismatches: ")).isZero();
        assertThat(Files.readAllLines(root.resolve("output/training-set.csv"))).hasSize(2001);
    }
}
