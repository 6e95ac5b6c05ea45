/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.datasketches.hll.HllSketch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {
    @TempDir
    Path dir;

    @Test
    void read_baselineLargerThanARangeWithManyCategories_oneTrueCountOfTheKeptCategories() throws Exception {
        // over 2 x CsvRanges.MIN_RANGE_BYTES, so read in ranges where there are 2 CPUs; the id column's categories
        // overflow in every range, and only a one-pass replay knows which 1,000 one pass keeps and their counts
        Path csv = dir.resolve("data").resolve("ids.csv");
        Files.createDirectories(csv.getParent());
        int rows = 600_000;
        HllSketch everyId = new HllSketch(12);
        Map<String, Long> firstThousand = new LinkedHashMap<>();
        Random r = new Random(11);
        double sum = 0;
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,x\n");
            for (int i = 0; i < rows; i++) {
                String id = "id" + (i % 250_000);
                double x = r.nextGaussian();
                sum += x;
                everyId.update(id);
                if (firstThousand.size() < 1_000 || firstThousand.containsKey(id)) {
                    firstThousand.merge(id, 1L, Long::sum);
                }
                w.write(id + "," + x + "\n");
            }
        }
        assertThat(Files.size(csv)).isGreaterThan(2 * CsvRanges.MIN_RANGE_BYTES);

        Table t = Table.read(csv.getParent(), new ObjectMapper().readTree("{\"csv\":{\"header\":true}}"), null, true);

        assertThat(t.rows).isEqualTo(rows);
        FeatureStats id = t.features.get(0);
        assertThat(id.inferredType()).isEqualTo("String");
        assertThat(id.categories()).isEqualTo(new java.util.TreeMap<>(firstThousand));
        assertThat(id.distinctCount()).isEqualTo(Math.rint(everyId.getEstimate()));
        FeatureStats x = t.features.get(1);
        assertThat(x.inferredType()).isEqualTo("Fractional");
        assertThat(x.present).isEqualTo(rows);
        assertThat(x.toJson(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance)
                .path("numerical_statistics").path("sum").asDouble()).isCloseTo(sum, within(1e-6));
    }
}
