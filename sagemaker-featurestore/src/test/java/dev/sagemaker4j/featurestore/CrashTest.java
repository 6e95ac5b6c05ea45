/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM ingests and says which rows were acknowledged; it is killed with SIGKILL mid-ingest. */
class CrashTest {
    static final int BATCH = 500;

    @TempDir
    Path root;

    /** The child: ingests batches forever, printing "ACK n" after each acknowledged batch. */
    public static void main(String[] args) {
        try (Session session = Session.local(Path.of(args[0]))) {
            FeatureGroup g = new FeatureGroup("crash", session);
            for (int batch = 0; ; batch++) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < BATCH; i++) {
                    long id = (long) batch * BATCH + i;
                    rows.add(Map.of("id", id, "event_time", "2024-01-01T00:00:00Z", "v", id * 2));
                }
                g.ingest(rows, i -> i.maxWorkers(2));
                System.out.println("ACK " + (batch + 1) * BATCH);
                System.out.flush();
            }
        }
    }

    @Test
    void ingest_killedMidway_everyAcknowledgedRowSurvives() throws Exception {
        try (Session session = Session.local(root)) {
            FeatureGroup g = new FeatureGroup("crash", session);
            g.featureDefinitions(List.of(FeatureDefinition.integral("id"), FeatureDefinition.string("event_time"),
                    FeatureDefinition.integral("v")));
            g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Daws.disableEc2Metadata=true",
                CrashTest.class.getName(), root.toString()).redirectErrorStream(true).start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Long.parseLong(line.substring(4));
                    if (acknowledged >= 20 * BATCH) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acknowledged).as("the child acknowledged rows before it was killed").isGreaterThanOrEqualTo(
                20 * BATCH);
        try (Session session = Session.local(root)) {
            FeatureGroup g = new FeatureGroup("crash", session);
            long found = 0;
            for (long id = 0; id < acknowledged + 10 * BATCH; id++) {
                if (g.getRecord(Long.toString(id)).isPresent()) {
                    found++;
                } else {
                    assertThat(id).as("acknowledged row %d is missing", id).isGreaterThanOrEqualTo(acknowledged);
                }
            }
            assertThat(found).isGreaterThanOrEqualTo(acknowledged);
            AthenaQuery q = g.athenaQuery();
            try (var allocator = new org.apache.arrow.memory.RootAllocator();
                 var r = q.run("SELECT count(DISTINCT id) AS n FROM \"" + q.tableName() + "\"", allocator)) {
                assertThat(((org.apache.arrow.vector.BigIntVector) r.getVector("n")).get(0))
                        .isGreaterThanOrEqualTo(acknowledged);
            }
        }
    }
}
