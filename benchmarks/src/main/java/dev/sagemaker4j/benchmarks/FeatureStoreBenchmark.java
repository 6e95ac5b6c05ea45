/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.FeatureDefinition;
import dev.sagemaker4j.featurestore.FeatureGroup;
import dev.sagemaker4j.featurestore.FeatureStore;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import dev.sagemaker4j.progress.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordIdentifier;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;

/**
 * The feature store's performance goals, each beside the raw engine doing the same work on the
 * same data in the same run. Not a JMH benchmark: P5 needs per-call latency percentiles, P6 one
 * timed pass over a million records, P7 the peak resident memory of a whole process; a plain
 * harness gives each exactly that. {@code run-featurestore.sh} builds and runs it and writes
 * {@code results/FeatureStoreBenchmark.md} and {@code results/featurestore/FeatureStoreBenchmark.json}.
 *
 * <ul>
 *   <li><b>P5 online reads</b>: a group of 50 features (16 Integral, 16 Fractional, 16 String plus
 *       the identifier and event time), {@code --p5-records} records ingested; then
 *       {@code group.getRecord(id)} and {@code featureStore.batchGetRecord(100 ids)} for random
 *       ids, every call timed with {@code System.nanoTime}. Raw: the same RocksDB directory opened
 *       read-only by a second RocksDB instance with the store's (default) options, {@code get} and
 *       {@code multiGetAsList} of the same keys, and once more with a 256 MiB block cache to show
 *       what the cache size is worth. Variants are measured in interleaved rounds so that noise
 *       from other work on the machine falls on all of them alike.</li>
 *   <li><b>P6 durable ingest</b>: {@code group.ingest(table, i -> i.maxWorkers(maxWorkers))} of
 *       {@code --p6-records} records × 10 features with fsync on (the default); raw: RocksDB
 *       {@code WriteBatch}es of 4,096 records (the store's batch size), each record put twice (the
 *       online value and the offline queue row, as the store does), {@code WriteOptions.setSync(true)}.
 *       Also single {@code putRecord} calls against single synced raw writes.</li>
 *   <li><b>P7 point-in-time dataset</b>: for each {@code --p7} size {@code BASExRECORDS}, a group
 *       of RECORDS feature rows (10 per driver, an hour apart) and BASE labelled rows; then, each in
 *       a fresh JVM ({@link DatasetJoinRun}), {@code createDataset(base).withFeatureGroup(...)
 *       .pointInTimeAccurateJoin().toCsvFile()} and the plain DuckDB {@code ASOF LEFT JOIN} over the
 *       group's offline Parquet files writing the same CSV; time, peak resident memory and whether
 *       the two CSVs are the same bytes. Each size runs {@code --p7-pairs} pairs (default 5), which
 *       side first by turns, and the goal is judged on the median of the pairs' ratios, so that a
 *       slow minute of a shared machine does not decide it.</li>
 * </ul>
 *
 * <pre>{@code
 * java --add-opens=java.base/java.nio=ALL-UNNAMED -cp ... dev.sagemaker4j.benchmarks.FeatureStoreBenchmark \
 *      --out benchmarks/results [--parts P5,P6,P7] [--p7 1000000x100000,10000000x1000000] [--p7-pairs 5]
 * }</pre>
 */
public final class FeatureStoreBenchmark {
    private static final String P5_GROUP = "p5_customers";
    private static final int FEATURES_PER_TYPE = 16;
    private static final int BATCH = 100;
    private static final int STORE_BATCH = 4096;
    private static final int ROUNDS = 4;
    /** The block cache of the tuned raw reader: enough for P5's whole online column family. */
    private static final long BIG_CACHE = 256L << 20;
    private static volatile long sink;
    /** P7 after an ingest: records ingested, the hours they span, base rows of the dataset. */
    private static final int AFTER_INGEST_RECORDS = 100_000;
    private static final int AFTER_INGEST_HOURS = 400;
    private static final int AFTER_INGEST_BASE = 1_000;

    private final Options options;
    private final Path work;
    private final Map<String, Object> report = new LinkedHashMap<>();

    private FeatureStoreBenchmark(Options options, Path work) {
        this.options = options;
        this.work = work;
    }

    /** Command-line options; defaults are the committed run's. */
    private static final class Options {
        Path out = Path.of("benchmarks/results");
        List<String> parts = List.of("P5", "P6", "P7");
        int p5Records = 100_000;
        int p5Calls = 200_000;
        int p5Warmup = 50_000;
        int p5BatchCalls = 2_000;
        int p6Records = 1_000_000;
        int p6Rounds = 2;
        int putCalls = 1_000;
        List<int[]> p7 = List.of(new int[] {1_000_000, 100_000}, new int[] {10_000_000, 1_000_000});
        /** P7's runs of each side per size, alternating which goes first: the ratios are the pairs' median. */
        int p7Pairs = 5;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (a) {
                    case "--out" -> o.out = Path.of(v);
                    case "--parts" -> o.parts = List.of(v.toUpperCase(Locale.ROOT).split(","));
                    case "--p5-records" -> o.p5Records = Integer.parseInt(v);
                    case "--p5-calls" -> o.p5Calls = Integer.parseInt(v);
                    case "--p5-warmup" -> o.p5Warmup = Integer.parseInt(v);
                    case "--p5-batch-calls" -> o.p5BatchCalls = Integer.parseInt(v);
                    case "--p6-records" -> o.p6Records = Integer.parseInt(v);
                    case "--p6-rounds" -> o.p6Rounds = Integer.parseInt(v);
                    case "--put-calls" -> o.putCalls = Integer.parseInt(v);
                    case "--p7-pairs" -> o.p7Pairs = Math.max(1, Integer.parseInt(v));
                    case "--p7" -> {
                        List<int[]> sizes = new ArrayList<>();
                        for (String s : v.split(",")) {
                            String[] x = s.toLowerCase(Locale.ROOT).split("x");
                            sizes.add(new int[] {Integer.parseInt(x[0]), Integer.parseInt(x[1])});
                        }
                        o.p7 = sizes;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a + "; use --out DIR, "
                            + "--parts P5,P6,P7, --p5-records N, --p5-calls N, --p5-warmup N, --p5-batch-calls N, "
                            + "--p6-records N, --p6-rounds N, --put-calls N, --p7 BASExRECORDS[,...], --p7-pairs N");
                }
                i++;
            }
            return o;
        }
    }

    /**
     * Runs the selected parts and writes the report.
     *
     * @param args options (see {@link Options#parse})
     * @throws Exception when a part fails
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        Path work = Files.createTempDirectory(tmp, "featurestore-bench-");
        FeatureStoreBenchmark b = new FeatureStoreBenchmark(options, work);
        try {
            b.run();
        } finally {
            deleteTree(work);
        }
    }

    private void run() throws Exception {
        report.put("host", host(true));
        long start = System.nanoTime();
        if (options.parts.contains("P5")) {
            log("P5 online reads");
            report.put("p5", p5());
        }
        if (options.parts.contains("P6")) {
            log("P6 durable ingest");
            report.put("p6", p6());
        }
        if (options.parts.contains("P7")) {
            log("P7 point-in-time dataset");
            report.put("p7", p7());
        } else if (options.parts.contains("P7-INGEST")) {
            // only P7's first dataset after an ingest, with and without the background publisher
            log("P7 first dataset after an ingest");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("afterIngest", p7AfterIngest(true));
            out.put("afterIngestNoBackground", p7AfterIngest(false));
            report.put("p7AfterIngest", out);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> host = (Map<String, Object>) report.get("host");
        host.put("loadAtEnd", loadAverage());
        host.put("totalSeconds", Math.round((System.nanoTime() - start) / 1e8) / 10.0);
        Files.createDirectories(options.out.resolve("featurestore"));
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(options.out.resolve("featurestore/FeatureStoreBenchmark.json").toFile(), report);
        Files.writeString(options.out.resolve("FeatureStoreBenchmark.md"), FeatureStoreReport.markdown(report),
                StandardCharsets.UTF_8);
        log("wrote " + options.out.resolve("FeatureStoreBenchmark.md"));
    }

    // ---------------------------------------------------------------- P5

    private Map<String, Object> p5() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Path root = work.resolve("p5");
        try (Session session = session(root, true);
             BufferAllocator allocator = new RootAllocator()) {
            FeatureGroup group = new FeatureGroup(P5_GROUP, session);
            group.featureDefinitions(p5Definitions());
            group.create(c -> c.s3Uri("s3://bench/fs").recordIdentifierName("customer_id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
            long t0 = System.nanoTime();
            try (VectorSchemaRoot table = p5Table(allocator, options.p5Records)) {
                group.ingest(table, i -> i.maxWorkers(2));
            }
            out.put("records", options.p5Records);
            out.put("features", group.describe().featureDefinitions().size());
            out.put("ingestSeconds", seconds(System.nanoTime() - t0));
            // let RocksDB finish the memtable flushes the ingest started, so that they do not run under the reads
            Thread.sleep(2_000);

            String[] ids = new String[options.p5Records];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Long.toString(i);
            }
            FeatureStore featureStore = new FeatureStore(session);
            byte[] prefix = (P5_GROUP + "\u0000").getBytes(StandardCharsets.UTF_8);
            try (RawOnline raw = RawOnline.openReadOnly(root.resolve("featurestore/rocksdb"));
                 RawOnline cached = RawOnline.openReadOnly(root.resolve("featurestore/rocksdb"), BIG_CACHE)) {
                byte[] probe = raw.get(key(prefix, ids[ids.length - 1]));
                if (probe == null || decode(probe, 50)[0] == null) {
                    throw new IllegalStateException("the online store's key layout changed: no value under "
                            + P5_GROUP + "\\0" + ids[ids.length - 1] + " in " + root.resolve("featurestore/rocksdb")
                            + "; fix key() in this benchmark");
                }
                List<String> expected = new ArrayList<>();
                for (FeatureValue v : group.getRecord(ids[7]).orElseThrow()) {
                    expected.add(v.valueAsString());
                }
                List<String> rawValues = new ArrayList<>();
                for (String v : decode(raw.get(key(prefix, ids[7])), 50)) {
                    if (v != null) {
                        rawValues.add(v);
                    }
                }
                if (!expected.equals(rawValues)) {
                    throw new IllegalStateException("the raw read and getRecord disagree: " + rawValues + " vs "
                            + expected + "; fix decode() in this benchmark");
                }

                SplittableRandom random = new SplittableRandom(42);
                int n = ids.length;
                Map<String, Call> single = new LinkedHashMap<>();
                single.put("getRecord_store",
                        () -> sink += group.getRecord(ids[random.nextInt(n)]).orElseThrow().size());
                single.put("getRecord_rawGet", () -> sink += raw.get(key(prefix, ids[random.nextInt(n)])).length);
                single.put("getRecord_rawGetDecode",
                        () -> sink += decode(raw.get(key(prefix, ids[random.nextInt(n)])), 50).length);
                single.put("getRecord_rawGetCache256M",
                        () -> sink += cached.get(key(prefix, ids[random.nextInt(n)])).length);
                Map<String, Latencies> one = measure(single, options.p5Warmup, options.p5Calls, 1);

                Map<String, Call> twoThreads = new LinkedHashMap<>();
                twoThreads.put("getRecord_store", () -> sink += group.getRecord(
                        ids[ThreadLocalRandom.current().nextInt(n)]).orElseThrow().size());
                twoThreads.put("getRecord_rawGet", () -> sink += raw.get(key(prefix,
                        ids[ThreadLocalRandom.current().nextInt(n)])).length);
                Map<String, Latencies> two = measure(twoThreads, options.p5Warmup / 2, options.p5Calls, 2);

                Map<String, Call> batch = new LinkedHashMap<>();
                batch.put("batchGetRecord_store", () -> {
                    List<String> wanted = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH; i++) {
                        wanted.add(ids[random.nextInt(n)]);
                    }
                    BatchGetRecordResponse r = featureStore.batchGetRecord(List.of(BatchGetRecordIdentifier.builder()
                            .featureGroupName(P5_GROUP).recordIdentifiersValueAsString(wanted).build()));
                    sink += r.records().size();
                });
                batch.put("batchGetRecord_rawMultiGet", () -> {
                    List<byte[]> keys = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH; i++) {
                        keys.add(key(prefix, ids[random.nextInt(n)]));
                    }
                    sink += raw.multiGet(keys).size();
                });
                batch.put("batchGetRecord_rawMultiGetCache256M", () -> {
                    List<byte[]> keys = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH; i++) {
                        keys.add(key(prefix, ids[random.nextInt(n)]));
                    }
                    sink += cached.multiGet(keys).size();
                });
                Map<String, Latencies> batches = measure(batch, options.p5BatchCalls / 5, options.p5BatchCalls, 1);

                List<Map<String, Object>> rows = new ArrayList<>();
                one.forEach((k, v) -> rows.add(row(k, 1, v)));
                two.forEach((k, v) -> rows.add(row(k, 2, v)));
                batches.forEach((k, v) -> rows.add(row(k, 1, v)));
                out.put("rows", rows);
            }
            // nothing left queued, so that close() does not publish the offline rows
            group.delete();
        }
        deleteTree(root);
        return out;
    }

    private static Map<String, Object> row(String name, int threads, Latencies l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("threads", threads);
        m.putAll(l.summaryMicros());
        return m;
    }

    /** One measured call; it picks its own random input. */
    private interface Call {
        void run() throws Exception;
    }

    /**
     * Warms every call up, then measures {@code calls} calls of each, in {@link #ROUNDS} rounds that
     * take the calls in turn, on {@code threads} threads at once.
     */
    private static Map<String, Latencies> measure(Map<String, Call> calls, int warmup, int total, int threads)
            throws Exception {
        Map<String, Latencies> out = new LinkedHashMap<>();
        for (Map.Entry<String, Call> e : calls.entrySet()) {
            timed(e.getValue(), warmup, threads);
            out.put(e.getKey(), new Latencies(total));
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Call> e : calls.entrySet()) {
                out.get(e.getKey()).addAll(timed(e.getValue(), total / ROUNDS, threads));
            }
        }
        return out;
    }

    private static Latencies timed(Call call, int count, int threads) throws Exception {
        if (threads == 1) {
            return timedLoop(call, count);
        }
        List<Latencies> parts = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        List<Thread> started = new ArrayList<>();
        long begin = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    parts.add(timedLoop(call, count / threads));
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "p5-reader-" + t);
            th.start();
            started.add(th);
        }
        for (Thread th : started) {
            th.join();
        }
        long wall = System.nanoTime() - begin;
        if (!errors.isEmpty()) {
            throw new IllegalStateException("a reader thread failed", errors.get(0));
        }
        // the threads ran at the same time: their wall time counts once
        Latencies all = new Latencies(count);
        for (Latencies p : parts) {
            all.addSamples(p);
        }
        all.addWall(wall);
        return all;
    }

    private static Latencies timedLoop(Call call, int count) throws Exception {
        Latencies l = new Latencies(count);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            call.run();
            l.add(System.nanoTime() - t);
        }
        l.addWall(System.nanoTime() - begin);
        l.addCpu(threads.getCurrentThreadCpuTime() - cpu);
        return l;
    }

    private static List<FeatureDefinition> p5Definitions() {
        List<FeatureDefinition> defs = new ArrayList<>();
        defs.add(FeatureDefinition.integral("customer_id"));
        defs.add(FeatureDefinition.string("event_time"));
        for (int j = 1; j <= FEATURES_PER_TYPE; j++) {
            defs.add(FeatureDefinition.integral(String.format("i%02d", j)));
        }
        for (int j = 1; j <= FEATURES_PER_TYPE; j++) {
            defs.add(FeatureDefinition.fractional(String.format("d%02d", j)));
        }
        for (int j = 1; j <= FEATURES_PER_TYPE; j++) {
            defs.add(FeatureDefinition.string(String.format("s%02d", j)));
        }
        return defs;
    }

    /** 50 columns: customer_id, event_time, i01..i16, d01..d16, s01..s16; values from the row number. */
    private static VectorSchemaRoot p5Table(BufferAllocator allocator, int rows) {
        List<FieldVector> vectors = new ArrayList<>();
        BigIntVector id = new BigIntVector("customer_id", allocator);
        VarCharVector time = new VarCharVector("event_time", allocator);
        id.allocateNew(rows);
        time.allocateNew(rows);
        vectors.add(id);
        vectors.add(time);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            id.set(i, i);
            time.setSafe(i, t0.plus(i % 86_400, ChronoUnit.SECONDS).toString().getBytes(StandardCharsets.UTF_8));
        }
        for (int j = 1; j <= FEATURES_PER_TYPE; j++) {
            BigIntVector v = new BigIntVector(String.format("i%02d", j), allocator);
            v.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                v.set(i, (i * 31L + j * 7L) % 100_000);
            }
            vectors.add(v);
        }
        for (int j = 1; j <= FEATURES_PER_TYPE; j++) {
            Float8Vector v = new Float8Vector(String.format("d%02d", j), allocator);
            v.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                v.set(i, i * 0.001 + j);
            }
            vectors.add(v);
        }
        for (int j = 1; j <= FEATURES_PER_TYPE; j++) {
            VarCharVector v = new VarCharVector(String.format("s%02d", j), allocator);
            v.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                v.setSafe(i, ("v" + (i * (long) j % 9973) + "-" + j).getBytes(StandardCharsets.UTF_8));
            }
            vectors.add(v);
        }
        VectorSchemaRoot root = new VectorSchemaRoot(vectors);
        root.setRowCount(rows);
        return root;
    }

    static byte[] key(byte[] prefix, String id) {
        byte[] suffix = id.getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[prefix.length + suffix.length];
        System.arraycopy(prefix, 0, key, 0, prefix.length);
        System.arraycopy(suffix, 0, key, prefix.length, suffix.length);
        return key;
    }

    /**
     * The values of an online record as the store encodes them (event time, expiry, flags, then the
     * values): the least a raw reader must do to get strings out. Flag bit 1 set: the cell form
     * ({@code count(varint)}, then per value {@code index(varint) tag(varint)} and a zigzag varint
     * long for tag 0, an 8-byte double for tag 1, {@code tag - 2} bytes of UTF-8 otherwise; numbers
     * read as {@code Long.toString} and {@code Double.toString}); clear: the text form (index, length
     * and UTF-8 of each value). Mirrors {@code featurestore.internal.Rows}; the self-check in P5 fails
     * when the two drift apart.
     */
    static String[] decode(byte[] row, int width) {
        String[] out = new String[width];
        ByteBuffer buf = ByteBuffer.wrap(row);
        if ((row[16] & 2) == 0) {
            int count = buf.getShort(17) & 0xffff;
            int pos = 19;
            for (int k = 0; k < count; k++) {
                int index = buf.getShort(pos) & 0xffff;
                int len = buf.getInt(pos + 2);
                if (index < width) {
                    out[index] = new String(row, pos + 6, len, StandardCharsets.UTF_8);
                }
                pos += 6 + len;
            }
            return out;
        }
        buf.position(17);
        long count = varint(buf);
        for (long k = 0; k < count; k++) {
            int index = (int) varint(buf);
            long tag = varint(buf);
            String value;
            if (tag == 0) {
                long z = varint(buf);
                value = Long.toString((z >>> 1) ^ -(z & 1));
            } else if (tag == 1) {
                value = Double.toString(buf.getDouble());
            } else {
                int len = (int) (tag - 2);
                value = new String(row, buf.position(), len, StandardCharsets.UTF_8);
                buf.position(buf.position() + len);
            }
            if (index < width) {
                out[index] = value;
            }
        }
        return out;
    }

    private static long varint(ByteBuffer buf) {
        long x = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = buf.get();
            x |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return x;
            }
        }
    }

    /**
     * A second, read-only RocksDB instance on the store's directory: with the store's options
     * (RocksDB's defaults, among them an 8 MiB block cache) or with a larger block cache.
     */
    private static final class RawOnline implements AutoCloseable {
        private final DBOptions dbOptions;
        private final ColumnFamilyOptions cfOptions;
        private final Cache cache;
        private final List<ColumnFamilyHandle> handles = new ArrayList<>();
        private final RocksDB db;
        private final ColumnFamilyHandle online;

        private RawOnline(Path dir, long blockCacheBytes) throws RocksDBException {
            RocksDB.loadLibrary();
            dbOptions = new DBOptions();
            cfOptions = new ColumnFamilyOptions();
            if (blockCacheBytes > 0) {
                cache = new LRUCache(blockCacheBytes);
                cfOptions.setTableFormatConfig(new BlockBasedTableConfig().setBlockCache(cache));
            } else {
                cache = null;
            }
            db = RocksDB.openReadOnly(dbOptions, dir.toString(), List.of(
                    new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfOptions),
                    new ColumnFamilyDescriptor("online".getBytes(StandardCharsets.UTF_8), cfOptions)), handles);
            online = handles.get(1);
        }

        /** With the store's options. */
        static RawOnline openReadOnly(Path dir) throws RocksDBException {
            return new RawOnline(dir, 0);
        }

        /** With a block cache of the given size instead of the default 8 MiB. */
        static RawOnline openReadOnly(Path dir, long blockCacheBytes) throws RocksDBException {
            return new RawOnline(dir, blockCacheBytes);
        }

        byte[] get(byte[] key) throws RocksDBException {
            return db.get(online, key);
        }

        List<byte[]> multiGet(List<byte[]> keys) throws RocksDBException {
            return db.multiGetAsList(Collections.nCopies(keys.size(), online), keys);
        }

        @Override
        public void close() {
            for (ColumnFamilyHandle h : handles) {
                h.close();
            }
            db.close();
            dbOptions.close();
            cfOptions.close();
            if (cache != null) {
                cache.close();
            }
        }
    }

    // ---------------------------------------------------------------- P6

    private Map<String, Object> p6() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("records", options.p6Records);
        out.put("features", 10);
        out.put("batch", STORE_BATCH);
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        for (String name : List.of("ingest_store_w1", "ingest_store_w2", "ingest_rawWriteBatch")) {
            seconds.put(name, new ArrayList<>());
            cpu.put(name, new ArrayList<>());
        }
        double publishSeconds = Double.NaN;
        try (BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot table = p6Table(allocator, options.p6Records)) {
            for (int round = 1; round <= options.p6Rounds; round++) {
                for (int workers : new int[] {1, 2}) {
                    Path root = work.resolve("p6-store-" + round + "-" + workers);
                    try (Session session = session(root, true)) {
                        FeatureGroup g = new FeatureGroup("p6_events", session);
                        g.loadFeatureDefinitions(table);
                        g.create(c -> c.s3Uri("s3://bench/fs").recordIdentifierName("event_id")
                                .eventTimeFeatureName("event_time").enableOnlineStore(true));
                        long c = ProcessStats.cpuNanos();
                        long t = System.nanoTime();
                        g.ingest(table, i -> i.maxWorkers(workers));
                        double s = seconds(System.nanoTime() - t);
                        double cs = seconds(ProcessStats.cpuNanos() - c);
                        seconds.get("ingest_store_w" + workers).add(s);
                        cpu.get("ingest_store_w" + workers).add(cs);
                        log(String.format("  store, %d worker(s): %.2f s, %.2f CPU s", workers, s, cs));
                        if (round == 1 && workers == 2) {
                            long p = System.nanoTime();
                            LocalFeatureStore.of(session.backend()).orElseThrow().flush("p6_events");
                            publishSeconds = seconds(System.nanoTime() - p);
                        }
                        // nothing left queued, so that close() does not publish the rows
                        g.delete();
                    }
                    deleteTree(root);
                }
                Path rawRoot = work.resolve("p6-raw-" + round);
                long c = ProcessStats.cpuNanos();
                double s = rawIngest(table, rawRoot);
                double cs = seconds(ProcessStats.cpuNanos() - c);
                seconds.get("ingest_rawWriteBatch").add(s);
                cpu.get("ingest_rawWriteBatch").add(cs);
                log(String.format("  raw: %.2f s, %.2f CPU s", s, cs));
                deleteTree(rawRoot);
            }
            out.put("offlinePublishSeconds", publishSeconds);
            List<Map<String, Object>> rows = new ArrayList<>();
            seconds.forEach((name, list) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", name);
                m.put("seconds", list);
                m.put("cpuSeconds", cpu.get(name));
                double best = list.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
                double median = median(list);
                m.put("recordsPerSecondMedian", Math.round(options.p6Records / median));
                m.put("recordsPerSecondBest", Math.round(options.p6Records / best));
                m.put("recordsPerCpuSecondMedian", Math.round(options.p6Records / median(cpu.get(name))));
                rows.add(m);
            });
            out.put("rows", rows);
        }
        out.put("putRecord", putRecord());
        return out;
    }

    /** 10 columns: event_id, event_time, n1..n3 (Integral), x1..x3 (Fractional), tag, country (String). */
    private static VectorSchemaRoot p6Table(BufferAllocator allocator, int rows) {
        BigIntVector id = new BigIntVector("event_id", allocator);
        VarCharVector time = new VarCharVector("event_time", allocator);
        List<FieldVector> vectors = new ArrayList<>(List.of(id, time));
        id.allocateNew(rows);
        time.allocateNew(rows);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < rows; i++) {
            id.set(i, i);
            time.setSafe(i, t0.plusMillis(i * 37L).toString().getBytes(StandardCharsets.UTF_8));
        }
        for (int j = 1; j <= 3; j++) {
            BigIntVector v = new BigIntVector("n" + j, allocator);
            v.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                v.set(i, i * (long) j % 1_000_003);
            }
            vectors.add(v);
        }
        for (int j = 1; j <= 3; j++) {
            Float8Vector v = new Float8Vector("x" + j, allocator);
            v.allocateNew(rows);
            for (int i = 0; i < rows; i++) {
                v.set(i, i / (double) (j + 1));
            }
            vectors.add(v);
        }
        String[] countries = {"DE", "FR", "US", "JP", "BR", "IN", "NG"};
        VarCharVector tag = new VarCharVector("tag", allocator);
        VarCharVector country = new VarCharVector("country", allocator);
        tag.allocateNew(rows);
        country.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            tag.setSafe(i, ("tag-" + (i % 5000)).getBytes(StandardCharsets.UTF_8));
            country.setSafe(i, countries[i % countries.length].getBytes(StandardCharsets.UTF_8));
        }
        vectors.add(tag);
        vectors.add(country);
        VectorSchemaRoot root = new VectorSchemaRoot(vectors);
        root.setRowCount(rows);
        return root;
    }

    /**
     * What a hand-written RocksDB writer does with the same records: per record a compact binary
     * value (longs and doubles as 8 bytes, strings as length and UTF-8), put under the record id in
     * an online column family and under a sequence number in a queue column family, 4,096 records
     * to a synced write batch.
     */
    private static double rawIngest(VectorSchemaRoot table, Path dir) throws Exception {
        Files.createDirectories(dir);
        RocksDB.loadLibrary();
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try (ColumnFamilyOptions cf = new ColumnFamilyOptions();
             DBOptions dbo = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
             RocksDB db = RocksDB.open(dbo, dir.toString(), List.of(
                     new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cf),
                     new ColumnFamilyDescriptor("online".getBytes(StandardCharsets.UTF_8), cf),
                     new ColumnFamilyDescriptor("offline-queue".getBytes(StandardCharsets.UTF_8), cf)), handles);
             WriteOptions sync = new WriteOptions().setSync(true)) {
            try {
                ColumnFamilyHandle online = handles.get(1);
                ColumnFamilyHandle queue = handles.get(2);
                byte[] prefix = "p6_events\u0000".getBytes(StandardCharsets.UTF_8);
                List<FieldVector> vectors = table.getFieldVectors();
                BigIntVector id = (BigIntVector) vectors.get(0);
                ByteBuffer buf = ByteBuffer.allocate(1 << 16);
                long seq = 0;
                long start = System.nanoTime();
                int rows = table.getRowCount();
                for (int from = 0; from < rows; from += STORE_BATCH) {
                    try (WriteBatch batch = new WriteBatch()) {
                        for (int r = from; r < Math.min(rows, from + STORE_BATCH); r++) {
                            buf.clear();
                            for (FieldVector v : vectors) {
                                if (v instanceof BigIntVector b) {
                                    buf.putLong(b.get(r));
                                } else if (v instanceof Float8Vector f) {
                                    buf.putDouble(f.get(r));
                                } else {
                                    byte[] s = ((VarCharVector) v).get(r);
                                    buf.putShort((short) s.length).put(s);
                                }
                            }
                            byte[] value = new byte[buf.position()];
                            buf.flip().get(value);
                            batch.put(online, key(prefix, Long.toString(id.get(r))), value);
                            byte[] q = ByteBuffer.allocate(prefix.length + 8).put(prefix).putLong(seq++).array();
                            batch.put(queue, q, value);
                        }
                        db.write(sync, batch);
                    }
                }
                return seconds(System.nanoTime() - start);
            } finally {
                for (ColumnFamilyHandle h : handles) {
                    h.close();
                }
            }
        }
    }

    /** Single synced writes: {@code group.putRecord(map)} against one raw write batch of the same two puts. */
    private Map<String, Object> putRecord() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        Path root = work.resolve("p6-put");
        Latencies store;
        try (Session session = session(root, true)) {
            FeatureGroup g = new FeatureGroup("p6_put", session);
            g.featureDefinitions(List.of(FeatureDefinition.integral("event_id"), FeatureDefinition.string("event_time"),
                    FeatureDefinition.integral("n1"), FeatureDefinition.integral("n2"), FeatureDefinition.integral("n3"),
                    FeatureDefinition.fractional("x1"), FeatureDefinition.fractional("x2"),
                    FeatureDefinition.fractional("x3"), FeatureDefinition.string("tag"),
                    FeatureDefinition.string("country")));
            g.create(c -> c.s3Uri("s3://bench/fs").recordIdentifierName("event_id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
            long[] next = {0};
            Call put = () -> {
                long i = next[0]++;
                Map<String, Object> rec = new LinkedHashMap<>();
                rec.put("event_id", i);
                rec.put("event_time", "2024-01-01T00:00:00Z");
                rec.put("n1", i);
                rec.put("n2", i * 2);
                rec.put("n3", i * 3);
                rec.put("x1", i / 2.0);
                rec.put("x2", i / 3.0);
                rec.put("x3", i / 4.0);
                rec.put("tag", "tag-" + i % 5000);
                rec.put("country", "DE");
                g.putRecord(rec);
            };
            timedLoop(put, options.putCalls / 5);
            store = timedLoop(put, options.putCalls);
            g.delete();
        }
        deleteTree(root);
        Path rawRoot = work.resolve("p6-put-raw");
        Files.createDirectories(rawRoot);
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        Latencies raw;
        try (ColumnFamilyOptions cf = new ColumnFamilyOptions();
             DBOptions dbo = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
             RocksDB db = RocksDB.open(dbo, rawRoot.toString(), List.of(
                     new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cf),
                     new ColumnFamilyDescriptor("online".getBytes(StandardCharsets.UTF_8), cf),
                     new ColumnFamilyDescriptor("offline-queue".getBytes(StandardCharsets.UTF_8), cf)), handles);
             WriteOptions sync = new WriteOptions().setSync(true)) {
            try {
                byte[] prefix = "p6_put\u0000".getBytes(StandardCharsets.UTF_8);
                long[] next = {0};
                Call put = () -> {
                    long i = next[0]++;
                    byte[] value = ByteBuffer.allocate(80).putLong(i).putLong(i * 2).putLong(i * 3)
                            .putDouble(i / 2.0).putDouble(i / 3.0).putDouble(i / 4.0).array();
                    try (WriteBatch batch = new WriteBatch()) {
                        batch.put(handles.get(1), key(prefix, Long.toString(i)), value);
                        batch.put(handles.get(2), ByteBuffer.allocate(prefix.length + 8).put(prefix).putLong(i).array(),
                                value);
                        db.write(sync, batch);
                    }
                };
                timedLoop(put, options.putCalls / 5);
                raw = timedLoop(put, options.putCalls);
            } finally {
                for (ColumnFamilyHandle h : handles) {
                    h.close();
                }
            }
        }
        deleteTree(rawRoot);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row("putRecord_store", 1, store));
        rows.add(row("putRecord_rawSyncedWrite", 1, raw));
        out.put("rows", rows);
        return out;
    }

    // ---------------------------------------------------------------- P7

    private Map<String, Object> p7() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int[] size : options.p7) {
            int baseRows = size[0];
            int records = size[1];
            log(String.format("  %,d base rows x %,d feature records", baseRows, records));
            Path root = work.resolve("p7-" + baseRows + "x" + records);
            Path sessionRoot = root.resolve("session");
            Map<String, Object> setup = new LinkedHashMap<>();
            List<String> files = new ArrayList<>();
            // setup only: the ingest here is not measured, so the online store need not fsync
            try (Session session = Session.builder().backend("local").root(sessionRoot)
                    .property(LocalFeatureStore.SYNC, "false").progressListener(ProgressListener.none()).build();
                 BufferAllocator allocator = new RootAllocator()) {
                FeatureGroup g = new FeatureGroup(DatasetJoinRun.GROUP, session);
                g.featureDefinitions(List.of(FeatureDefinition.integral("driver_id"),
                        FeatureDefinition.string("event_time"), FeatureDefinition.integral("trips"),
                        FeatureDefinition.fractional("rating"), FeatureDefinition.string("city")));
                g.create(c -> c.s3Uri("s3://bench/fs").recordIdentifierName("driver_id")
                        .eventTimeFeatureName("event_time").enableOnlineStore(true));
                long t = System.nanoTime();
                try (VectorSchemaRoot table = p7Table(allocator, records)) {
                    g.ingest(table, i -> i.maxWorkers(2));
                }
                setup.put("ingestSecondsNoSync", seconds(System.nanoTime() - t));
                t = System.nanoTime();
                LocalFeatureStore local = LocalFeatureStore.of(session.backend()).orElseThrow();
                local.flush(DatasetJoinRun.GROUP);
                setup.put("offlinePublishSeconds", seconds(System.nanoTime() - t));
                String prefix = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri() + "/";
                long bytes = 0;
                for (var o : (Iterable<dev.sagemaker4j.spi.ObjectSummary>) session.objectStore().listAll(prefix)
                        .toList()::iterator) {
                    if (o.uri().endsWith(".parquet")) {
                        Path f = local.fileOf(o.uri());
                        files.add(f.toString());
                        bytes += Files.size(f);
                    }
                }
                setup.put("parquetFiles", files.size());
                setup.put("parquetBytes", bytes);
            }
            Path fileList = root.resolve("files.txt");
            Files.write(fileList, files, StandardCharsets.UTF_8);
            Path baseParquet = root.resolve("base.parquet");
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute("COPY (" + DatasetJoinRun.baseSql(baseRows, records) + ") TO "
                        + DatasetJoinRun.literal(baseParquet.toString()) + " (FORMAT parquet)");
            }
            setup.put("baseParquetBytes", Files.size(baseParquet));

            // alternating pairs, which side first by turns: a slow minute of the machine falls on both sides of a
            // pair, and the median of the pairs' ratios is the result
            List<Map<String, Object>> pairs = new ArrayList<>();
            boolean same = true;
            for (int k = 0; k < options.p7Pairs; k++) {
                Map<String, Object> duck = null;
                Map<String, Object> store = null;
                for (int turn = 0; turn < 2; turn++) {
                    if ((turn == 0) == (k % 2 == 0)) {
                        duck = child("duckdb", baseParquet.toString(), fileList.toString(),
                                root.resolve("duckdb.csv").toString());
                    } else {
                        store = child("store", sessionRoot.toString(), Integer.toString(baseRows),
                                Integer.toString(records));
                    }
                }
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("first", k % 2 == 0 ? "duckdb" : "store");
                pair.put("store", store);
                pair.put("duckdb", duck);
                pair.put("timeRatio", num(store.get("seconds")) / num(duck.get("seconds")));
                pair.put("cpuRatio", num(store.get("cpuSeconds")) / num(duck.get("cpuSeconds")));
                pair.put("memoryRatio", num(store.get("peakRss")) / num(duck.get("peakRss")));
                same &= store.get("csvCrc32c").equals(duck.get("csvCrc32c"))
                        && store.get("csvBytes").equals(duck.get("csvBytes"));
                pairs.add(pair);
                log(String.format("    pair %d: store %.1f s, peak %d MiB; duckdb %.1f s, peak %d MiB (time %.2fx)",
                        k + 1, num(store.get("seconds")), mib(store.get("peakRss")), num(duck.get("seconds")),
                        mib(duck.get("peakRss")), num(pair.get("timeRatio"))));
            }
            // the pair whose time ratio is the median stands for the size in the tables
            List<Map<String, Object>> byTime = new ArrayList<>(pairs);
            byTime.sort(java.util.Comparator.comparingDouble(x -> num(x.get("timeRatio"))));
            Map<String, Object> median = byTime.get(byTime.size() / 2);
            Map<String, Object> store = map(median.get("store"));
            Map<String, Object> duck = map(median.get("duckdb"));
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("baseRows", baseRows);
            m.put("records", records);
            m.put("setup", setup);
            m.put("store", store);
            m.put("duckdb", duck);
            m.put("pairs", pairs);
            m.put("medianTimeRatio", medianOf(pairs, "timeRatio"));
            m.put("medianCpuRatio", medianOf(pairs, "cpuRatio"));
            m.put("medianMemoryRatio", medianOf(pairs, "memoryRatio"));
            m.put("sameOutput", same);
            rows.add(m);
            log(String.format("    store %.1f s, peak %d MiB; duckdb %.1f s, peak %d MiB; same output: %s",
                    ((Number) store.get("seconds")).doubleValue(), mib(store.get("peakRss")),
                    ((Number) duck.get("seconds")).doubleValue(), mib(duck.get("peakRss")), m.get("sameOutput")));
            deleteTree(root);
        }
        out.put("rows", rows);
        // with the background publisher (the default), and without it (every row published by the dataset's
        // own flush, as before it existed), in the same run so that the load is alike
        out.put("afterIngest", p7AfterIngest(true));
        out.put("afterIngestNoBackground", p7AfterIngest(false));
        return out;
    }

    /**
     * The first dataset right after an ingest: {@link #AFTER_INGEST_RECORDS} records spread over
     * {@link #AFTER_INGEST_HOURS} hours (so as many hourly Parquet files) are ingested with fsync on,
     * then a dataset of {@link #AFTER_INGEST_BASE} base rows is built at once, which reads the rows still
     * queued beside the published files. Then every row is published, and beside it DuckDB's own ASOF join of the same base rows over the files the store
     * published, writing the same CSV.
     */
    private Map<String, Object> p7AfterIngest(boolean background) throws Exception {
        int records = AFTER_INGEST_RECORDS;
        int perHour = records / AFTER_INGEST_HOURS;
        log(String.format("  first dataset of %,d base rows right after ingesting %,d records over %d hours%s",
                AFTER_INGEST_BASE, records, AFTER_INGEST_HOURS, background ? "" : ", background publisher off"));
        Map<String, Object> m = new LinkedHashMap<>();
        Path root = work.resolve("p7-after-ingest");
        try (Session session = Session.builder().backend("local").root(root.resolve("session"))
                .property(LocalFeatureStore.SYNC, "true")
                .property(LocalFeatureStore.BACKGROUND_PUBLISH_ROWS, background ? "10000" : "0")
                .progressListener(ProgressListener.none()).build();
             BufferAllocator allocator = new RootAllocator()) {
            FeatureGroup g = new FeatureGroup(DatasetJoinRun.GROUP, session);
            g.featureDefinitions(List.of(FeatureDefinition.integral("driver_id"),
                    FeatureDefinition.string("event_time"), FeatureDefinition.integral("trips"),
                    FeatureDefinition.fractional("rating"), FeatureDefinition.string("city")));
            g.create(c -> c.s3Uri("s3://bench/fs").recordIdentifierName("driver_id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
            BigIntVector driver = new BigIntVector("driver_id", allocator);
            VarCharVector time = new VarCharVector("event_time", allocator);
            BigIntVector trips = new BigIntVector("trips", allocator);
            Float8Vector rating = new Float8Vector("rating", allocator);
            VarCharVector city = new VarCharVector("city", allocator);
            try (VectorSchemaRoot table = new VectorSchemaRoot(List.of(driver, time, trips, rating, city))) {
                for (FieldVector v : table.getFieldVectors()) {
                    v.setInitialCapacity(records);
                    v.allocateNew();
                }
                for (int k = 0; k < records; k++) {
                    // record k: hour k / perHour, so every hour gets perHour records; (driver, time) unique
                    driver.set(k, k % AFTER_INGEST_BASE);
                    time.setSafe(k, Instant.ofEpochSecond(DatasetJoinRun.T0 + (long) (k / perHour) * 3600
                            + k % perHour).toString().getBytes(StandardCharsets.UTF_8));
                    trips.set(k, k);
                    rating.set(k, k / 4.0);
                    city.setSafe(k, ("c" + k % 1000).getBytes(StandardCharsets.UTF_8));
                }
                table.setRowCount(records);
                long t = System.nanoTime();
                g.ingest(table);
                m.put("ingestSeconds", seconds(System.nanoTime() - t));
            }
            String published = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri() + "/";
            m.put("filesBeforeDataset", session.objectStore().listAll(published).filter(o -> o.uri().endsWith(".parquet"))
                    .count());
            String baseSql = "SELECT i AS driver_id, make_timestamp((" + DatasetJoinRun.T0 + " + i * 37 % "
                    + (AFTER_INGEST_HOURS + 1) + " * 3600 + 1800) * 1000000) AS ts, i AS label FROM range("
                    + AFTER_INGEST_BASE + ") t(i)";
            BigIntVector baseDriver = new BigIntVector("driver_id", allocator);
            org.apache.arrow.vector.TimeStampMicroTZVector ts =
                    new org.apache.arrow.vector.TimeStampMicroTZVector("ts", allocator, "UTC");
            BigIntVector label = new BigIntVector("label", allocator);
            LocalFeatureStore local = LocalFeatureStore.of(session.backend()).orElseThrow();
            Path storeCsv;
            try (VectorSchemaRoot base = new VectorSchemaRoot(List.of(baseDriver, ts, label))) {
                for (FieldVector v : base.getFieldVectors()) {
                    v.setInitialCapacity(AFTER_INGEST_BASE);
                    v.allocateNew();
                }
                for (int i = 0; i < AFTER_INGEST_BASE; i++) {
                    baseDriver.set(i, i);
                    ts.set(i, (DatasetJoinRun.T0 + (long) i * 37 % (AFTER_INGEST_HOURS + 1) * 3600 + 1800)
                            * 1_000_000L);
                    label.set(i, i);
                }
                base.setRowCount(AFTER_INGEST_BASE);
                long cpu = ProcessStats.cpuNanos();
                long t = System.nanoTime();
                var r = new FeatureStore(session).createDataset(base, "s3://bench/datasets", d -> d
                        .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                        .withFeatureGroup(g, "driver_id", DatasetJoinRun.FEATURES).pointInTimeAccurateJoin()
                        .toCsvFile();
                m.put("storeSeconds", seconds(System.nanoTime() - t));
                m.put("storeCpuSeconds", seconds(ProcessStats.cpuNanos() - cpu));
                storeCsv = local.fileOf(r.uri());
            }
            m.put("filesAfterDataset", session.objectStore().listAll(published)
                    .filter(o -> o.uri().endsWith(".parquet")).count());
            // the dataset read the rows still queued; DuckDB's side reads files, so publish them all first
            long tp = System.nanoTime();
            local.flush(DatasetJoinRun.GROUP);
            m.put("publishAfterSeconds", seconds(System.nanoTime() - tp));
            String prefix = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri() + "/";
            StringBuilder list = new StringBuilder();
            int files = 0;
            for (var o : session.objectStore().listAll(prefix).toList()) {
                if (o.uri().endsWith(".parquet")) {
                    list.append(files++ == 0 ? "" : ", ").append(DatasetJoinRun.literal(local.fileOf(o.uri()).toString()));
                }
            }
            m.put("parquetFiles", files);
            Path duckCsv = root.resolve("duckdb.csv");
            long cpu = ProcessStats.cpuNanos();
            long t = System.nanoTime();
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute("COPY (SELECT b.driver_id, b.ts, b.label, f.trips, f.rating, f.city FROM (" + baseSql
                        + ") b ASOF LEFT JOIN (SELECT driver_id, CAST(event_time AS TIMESTAMP) AS et, trips, rating, "
                        + "city FROM read_parquet([" + list + "])) f ON b.driver_id = f.driver_id AND b.ts >= f.et "
                        + "ORDER BY b.label) TO " + DatasetJoinRun.literal(duckCsv.toString())
                        + " (HEADER, DELIMITER ',')");
            }
            m.put("duckdbSeconds", seconds(System.nanoTime() - t));
            m.put("duckdbCpuSeconds", seconds(ProcessStats.cpuNanos() - cpu));
            m.put("sameOutput", Files.size(storeCsv) == Files.size(duckCsv)
                    && DatasetJoinRun.crc(storeCsv).equals(DatasetJoinRun.crc(duckCsv)));
            log(String.format("    store %.2f s, duckdb join %.2f s, %d files (%d before the dataset, %d after it, "
                    + "the rest published after it in %.2f s), same output: %s", num(m.get("storeSeconds")),
                    num(m.get("duckdbSeconds")), files, ((Number) m.get("filesBeforeDataset")).longValue(),
                    ((Number) m.get("filesAfterDataset")).longValue(), num(m.get("publishAfterSeconds")),
                    m.get("sameOutput")));
        }
        deleteTree(root);
        m.put("records", records);
        m.put("hours", AFTER_INGEST_HOURS);
        m.put("baseRows", AFTER_INGEST_BASE);
        m.put("backgroundPublish", background);
        return m;
    }

    private static double medianOf(List<Map<String, Object>> pairs, String key) {
        double[] v = pairs.stream().mapToDouble(p -> num(p.get(key))).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static long mib(Object bytes) {
        return ((Number) bytes).longValue() >> 20;
    }

    /** Feature records of {@link DatasetJoinRun}'s formulas. */
    private static VectorSchemaRoot p7Table(BufferAllocator allocator, int records) {
        int ids = DatasetJoinRun.ids(records);
        BigIntVector driver = new BigIntVector("driver_id", allocator);
        VarCharVector time = new VarCharVector("event_time", allocator);
        BigIntVector trips = new BigIntVector("trips", allocator);
        Float8Vector rating = new Float8Vector("rating", allocator);
        VarCharVector city = new VarCharVector("city", allocator);
        driver.allocateNew(records);
        time.allocateNew(records);
        trips.allocateNew(records);
        rating.allocateNew(records);
        city.allocateNew(records);
        for (int k = 0; k < records; k++) {
            driver.set(k, k % ids);
            time.setSafe(k, DatasetJoinRun.eventTime(k, ids).getBytes(StandardCharsets.UTF_8));
            trips.set(k, k);
            rating.set(k, k / 4.0);
            city.setSafe(k, ("c" + k % 1000).getBytes(StandardCharsets.UTF_8));
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(driver, time, trips, rating, city));
        root.setRowCount(records);
        return root;
    }

    /** Runs {@link DatasetJoinRun} in a fresh JVM with this JVM's options and returns its result. */
    private static Map<String, Object> child(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DatasetJoinRun.class.getName());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || result == null) {
            throw new IllegalStateException("DatasetJoinRun " + String.join(" ", args) + " failed (exit "
                    + (p.isAlive() ? "none" : p.exitValue()) + "):\n" + output);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new ObjectMapper().readValue(result, LinkedHashMap.class);
        return m;
    }

    // ---------------------------------------------------------------- common

    private static Session session(Path root, boolean sync) {
        return Session.builder().backend("local").root(root).property(LocalFeatureStore.SYNC, Boolean.toString(sync))
                .progressListener(ProgressListener.none()).build();
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e6) / 1e3;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static void log(String line) {
        System.err.println("[" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static Map<String, Object> host(boolean start) throws IOException, SQLException {
        Map<String, Object> h = new LinkedHashMap<>();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        h.put("date", Instant.now().truncatedTo(ChronoUnit.MINUTES).toString());
        h.put("commit", System.getProperty("bench.commit", "?"));
        h.put("cpus", Runtime.getRuntime().availableProcessors());
        h.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        h.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        h.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        h.put("tmpDir", tmp.toAbsolutePath().toString());
        h.put("tmpFileSystem", Files.getFileStore(tmp).type());
        h.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        h.put("jvmOptions", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        h.put("maxHeap", Runtime.getRuntime().maxMemory());
        RocksDB.loadLibrary();
        h.put("rocksdb", RocksDB.rocksdbVersion().toString());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version()")) {
            r.next();
            h.put("duckdb", r.getString(1));
        }
        h.put(start ? "loadAtStart" : "loadAtEnd", loadAverage());
        return h;
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "?";
        }
        return "?";
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
