/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnWorkersTest {
    private static final int COLUMNS = 7;

    @Test
    void finish_rowsOverManyBlocksAndWorkers_sameStatisticsAsOneThreadInRowOrder() throws Exception {
        // 3 workers over 7 columns, 10,007 rows: many blocks (1,170 rows each) and a partial last one
        List<FeatureStats> parallel = features();
        List<FeatureStats> sequential = features();
        Random r = new Random(3);
        try (ColumnWorkers workers = new ColumnWorkers(parallel, 3)) {
            for (int i = 0; i < 10_007; i++) {
                List<String> row = row(r, i);
                workers.add(row);
                for (int j = 0; j < COLUMNS; j++) {
                    sequential.get(j).add(row.get(j));
                }
            }
            workers.finish();
        }

        for (int j = 0; j < COLUMNS; j++) {
            FeatureStats p = parallel.get(j);
            FeatureStats s = sequential.get(j);
            assertThat(withoutSketch(p)).as("column %d", j).isEqualTo(withoutSketch(s));
            assertThat(p.sketch().getN()).isEqualTo(s.sketch().getN());
            // the categories in the order they first arrived: the order the HLL sketch is fed on overflow
            assertThat(p.categories()).isEqualTo(s.categories());
            assertThat(p.distinctCount()).isEqualTo(s.distinctCount());
        }
    }

    @Test
    void close_withoutFinish_stopsTheWorkers() throws Exception {
        List<FeatureStats> features = features();
        ColumnWorkers workers = new ColumnWorkers(features, 2);
        assertThat(workers.liveWorkers()).isEqualTo(2);
        Random r = new Random(5);
        for (int i = 0; i < 5_000; i++) {
            workers.add(row(r, i));
        }

        workers.close();

        assertThat(workers.liveWorkers()).isZero();
    }

    private static List<FeatureStats> features() {
        List<FeatureStats> out = new ArrayList<>();
        for (int j = 0; j < COLUMNS; j++) {
            out.add(new FeatureStats("f" + j, 0));
        }
        return out;
    }

    /** Fractional, integral, categorical (few and many values), mixed, sparse and constant cells. */
    private static List<String> row(Random r, int i) {
        return List.of(String.valueOf(r.nextGaussian()), String.valueOf(r.nextInt(500)), "c" + r.nextInt(5),
                "v" + r.nextInt(3000), i % 50 == 0 ? "x" : String.valueOf(i % 70), i % 3 == 0 ? "" : "1.5", "7");
    }

    private static JsonNode withoutSketch(FeatureStats s) {
        ObjectNode node = s.toJson(JsonNodeFactory.instance);
        JsonNode n = node.path("numerical_statistics");
        if (n.isObject()) {
            ((ObjectNode) n).remove("distribution");
        }
        return node;
    }
}
