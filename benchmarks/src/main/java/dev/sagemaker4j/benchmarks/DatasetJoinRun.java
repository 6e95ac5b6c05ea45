/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.DatasetBuilder;
import dev.sagemaker4j.featurestore.FeatureGroup;
import dev.sagemaker4j.featurestore.FeatureStore;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import dev.sagemaker4j.progress.ProgressListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * One side of benchmark P7 (point-in-time training set), run in its own JVM so that its peak
 * resident memory is its own: {@code store} builds the dataset with
 * {@code FeatureStore.createDataset(base, ...).withFeatureGroup(...).pointInTimeAccurateJoin().toCsvFile()};
 * {@code duckdb} runs the plain DuckDB {@code ASOF LEFT JOIN} that gives the same rows, over the
 * group's offline Parquet files and the base rows written as Parquet. Both write CSV with a header
 * in base-row order; the CRC-32C of each CSV is reported so that the caller can check that the two
 * outputs are the same bytes.
 *
 * <p>The data is defined by formulas, so that the Java base table, the SQL base table and the
 * feature records agree without being stored twice:
 * <ul>
 *   <li>feature record {@code k} of {@code records}: {@code driver_id = k % ids},
 *       {@code event_time = T0 + (k / ids) h + (k % 600) s} (ISO-8601), {@code trips = k},
 *       {@code rating = k / 4}, {@code city = "c" + k % 1000}; {@code ids = records / 10}, so
 *       every driver has 10 rows an hour apart;</li>
 *   <li>base row {@code i}: {@code driver_id = i * 2654435761 % ids},
 *       {@code ts = T0 - 1 h + (i * 40503 % 11 h)} (microsecond timestamp), {@code label = i}: about
 *       one base row in eleven is older than its driver's first feature row and gets nulls.</li>
 * </ul>
 *
 * <p>Prints one line {@code RESULT <json>} with {@code seconds}, {@code cpuSeconds} (all threads),
 * {@code rssBefore},
 * {@code peakRss} (bytes, from {@code /proc/self/status} after resetting the peak just before the
 * timed call), {@code csvBytes}, {@code csvCrc32c}.
 *
 * <pre>{@code
 * java ... DatasetJoinRun store  <session-root> <base-rows> <records>
 * java ... DatasetJoinRun duckdb <base.parquet> <files.txt> <out.csv>
 * }</pre>
 */
public final class DatasetJoinRun {
    /** The group that P7 joins. */
    static final String GROUP = "p7_driver_stats";
    /** 2024-01-01T00:00:00Z in epoch seconds: the first feature row's hour. */
    static final long T0 = 1_704_067_200L;
    /** Feature rows per driver (one an hour). */
    static final int ROWS_PER_ID = 10;
    static final List<String> FEATURES = List.of("trips", "rating", "city");

    private DatasetJoinRun() {
    }

    /**
     * Runs one side and prints its result line.
     *
     * @param args the side and its inputs (see the class comment)
     * @throws Exception when the run fails (the parent reports the exit status)
     */
    public static void main(String[] args) throws Exception {
        Map<String, Object> result;
        switch (args.length > 0 ? args[0] : "") {
            case "store" -> result = store(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "duckdb" -> result = duckdb(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            default -> throw new IllegalArgumentException("usage: DatasetJoinRun store <session-root> <base-rows> "
                    + "<records> | duckdb <base.parquet> <files.txt> <out.csv>");
        }
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
    }

    static int ids(int records) {
        return Math.max(1, records / ROWS_PER_ID);
    }

    static long baseDriver(long i, int ids) {
        return i * 2654435761L % ids;
    }

    static long baseMicros(long i) {
        return (T0 - 3600 + i * 40503L % ((ROWS_PER_ID + 1) * 3600L)) * 1_000_000L;
    }

    /** The base rows as DuckDB SQL, the same as {@link #baseDriver} and {@link #baseMicros}. */
    static String baseSql(int baseRows, int records) {
        return "SELECT i * 2654435761 % " + ids(records) + " AS driver_id, make_timestamp((" + (T0 - 3600)
                + " + i * 40503 % " + (ROWS_PER_ID + 1) * 3600L + ") * 1000000) AS ts, i AS label FROM range("
                + baseRows + ") t(i)";
    }

    static String eventTime(long k, int ids) {
        return Instant.ofEpochSecond(T0 + (k / ids) * 3600 + k % 600).toString();
    }

    private static Map<String, Object> store(Path sessionRoot, int baseRows, int records) throws IOException {
        try (Session session = Session.builder().backend("local").root(sessionRoot)
                .progressListener(ProgressListener.none()).build();
             BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot base = baseTable(allocator, baseRows, ids(records))) {
            FeatureGroup group = new FeatureGroup(GROUP, session);
            group.describe();
            long rssBefore = ProcessStats.rss();
            boolean reset = ProcessStats.resetPeak();
            long cpu = ProcessStats.cpuNanos();
            long start = System.nanoTime();
            DatasetBuilder.Result r = new FeatureStore(session)
                    .createDataset(base, "s3://bench/datasets", d -> d.recordIdentifierFeatureName("driver_id")
                            .eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(group, "driver_id", FEATURES)
                    .pointInTimeAccurateJoin()
                    .toCsvFile();
            long nanos = System.nanoTime() - start;
            long cpuNanos = ProcessStats.cpuNanos() - cpu;
            long peak = ProcessStats.peak();
            Path csv = LocalFeatureStore.of(session.backend()).orElseThrow().fileOf(r.uri());
            Map<String, Object> out = result(nanos, cpuNanos, rssBefore, peak, reset, csv);
            Files.delete(csv);
            return out;
        }
    }

    private static Map<String, Object> duckdb(Path baseParquet, Path fileList, Path outCsv)
            throws IOException, SQLException {
        List<String> files = Files.readAllLines(fileList, StandardCharsets.UTF_8);
        StringBuilder list = new StringBuilder();
        for (String f : files) {
            list.append(list.length() == 0 ? "" : ", ").append(literal(f));
        }
        String sql = "COPY (SELECT b.driver_id, b.ts, b.label, f.trips, f.rating, f.city"
                + " FROM read_parquet(" + literal(baseParquet.toString()) + ") b"
                + " ASOF LEFT JOIN (SELECT driver_id, CAST(event_time AS TIMESTAMP) AS et, trips, rating, city"
                + " FROM read_parquet([" + list + "])) f ON b.driver_id = f.driver_id AND b.ts >= f.et"
                + " ORDER BY b.label) TO " + literal(outCsv.toString()) + " (HEADER, DELIMITER ',')";
        long rssBefore = ProcessStats.rss();
        boolean reset = ProcessStats.resetPeak();
        long cpu = ProcessStats.cpuNanos();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
        long nanos = System.nanoTime() - start;
        long cpuNanos = ProcessStats.cpuNanos() - cpu;
        long peak = ProcessStats.peak();
        Map<String, Object> out = result(nanos, cpuNanos, rssBefore, peak, reset, outCsv);
        Files.delete(outCsv);
        return out;
    }

    private static Map<String, Object> result(long nanos, long cpuNanos, long rssBefore, long peak, boolean reset,
                                              Path csv) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seconds", nanos / 1e9);
        out.put("cpuSeconds", cpuNanos / 1e9);
        out.put("rssBefore", rssBefore);
        out.put("peakRss", peak);
        out.put("peakReset", reset);
        out.put("csvBytes", Files.size(csv));
        out.put("csvCrc32c", crc(csv));
        out.put("maxHeap", Runtime.getRuntime().maxMemory());
        return out;
    }

    /** Writes the base rows of {@link #baseSql} as an Arrow table (the caller closes it). */
    static VectorSchemaRoot baseTable(BufferAllocator allocator, int rows, int ids) {
        BigIntVector driver = new BigIntVector("driver_id", allocator);
        TimeStampMicroTZVector ts = new TimeStampMicroTZVector("ts", allocator, "UTC");
        BigIntVector label = new BigIntVector("label", allocator);
        driver.allocateNew(rows);
        ts.allocateNew(rows);
        label.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            driver.set(i, baseDriver(i, ids));
            ts.set(i, baseMicros(i));
            label.set(i, i);
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(driver, ts, label));
        root.setRowCount(rows);
        return root;
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                crc.update(buf, 0, n);
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
