/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.progress.ProgressListener;
import dev.sagemaker4j.transformer.Transformer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * One scoring run in a JVM of its own, started by {@link TransformBenchmark} with a small heap, so
 * that its peak resident set belongs to that run alone. Prints one line
 * {@code RESULT key=value ...}: wall seconds, rows written, {@code VmHWM} and {@code VmRSS} from
 * {@code /proc/self/status} (KiB), the largest heap left after a collection (bytes) and the
 * collections' count and time.
 *
 * <pre>
 * child transformer ROOT MODEL_TAR_GZ PREFIX ROWS       Transformer.transform over s3://&lt;default bucket&gt;/PREFIX/
 * child raw MODEL_FILE INPUT OUTPUT THREADS MAX_BATCH   {@link RawScorer} over a file
 * </pre>
 */
final class TransformChild {
    static final String RESULT = "RESULT ";
    static final String XGBOOST_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

    private TransformChild() {
    }

    static void run(String[] args) throws Exception {
        AtomicLong liveHeap = watchHeapAfterGc();
        Map<String, String> result = new LinkedHashMap<>();
        long started = System.nanoTime();
        switch (args.length == 0 ? "" : args[0]) {
            case "transformer":
                transformer(Path.of(args[1]), Path.of(args[2]), args[3], Long.parseLong(args[4]), result);
                break;
            case "raw":
                try (RawScorer scorer = new RawScorer(Files.readAllBytes(Path.of(args[1])))) {
                    Path output = Path.of(args[3]);
                    long rows = scorer.score(Path.of(args[2]), output, Integer.parseInt(args[4]),
                            Long.parseLong(args[5]));
                    result.put("rows", Long.toString(rows));
                    result.put("outputLines", Long.toString(countLines(output)));
                    Files.delete(output);
                }
                break;
            default:
                throw new IllegalArgumentException("usage: child transformer ROOT MODEL_TAR_GZ PREFIX ROWS"
                        + " | child raw MODEL_FILE INPUT OUTPUT THREADS MAX_BATCH");
        }
        result.put("seconds", String.format(Locale.ROOT, "%.3f", (System.nanoTime() - started) / 1e9));
        result.put("processors", Integer.toString(Runtime.getRuntime().availableProcessors()));
        result.put("maxHeap", Long.toString(Runtime.getRuntime().maxMemory()));
        result.put("heapAfterGcMax", Long.toString(liveHeap.get()));
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        result.put("gcCount", Long.toString(gcCount));
        result.put("gcMillis", Long.toString(gcMillis));
        Map<String, Long> status = procStatus();
        result.put("vmHwmKiB", Long.toString(status.getOrDefault("VmHWM", -1L)));
        result.put("vmRssKiB", Long.toString(status.getOrDefault("VmRSS", -1L)));
        System.out.println(RESULT + result.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ")));
    }

    private static void transformer(Path root, Path modelTar, String prefix, long rows, Map<String, String> result)
            throws IOException {
        try (Session session = Session.builder().backend("local").root(root)
                .progressListener(ProgressListener.none()).build()) {
            String bucket = session.defaultBucket();
            String modelUri = "s3://" + bucket + "/models/" + prefix + "/model.tar.gz";
            session.objectStore().put(modelUri, modelTar);
            Model model = Model.builder().imageUri(XGBOOST_IMAGE).modelData(modelUri).session(session).build();
            String out = "s3://" + bucket + "/out-" + prefix;
            Transformer t = model.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
                    .outputPath(out).accept("text/csv"));
            t.transform("s3://" + bucket + "/" + prefix + "/", o -> o.contentType("text/csv").splitType("Line")
                    .logs(false));
            Path output = root.resolve("s3").resolve(bucket).resolve("out-" + prefix).resolve(
                    TransformBenchmark.DATA_FILE + ".out");
            result.put("rows", Long.toString(rows));
            result.put("outputLines", Long.toString(countLines(output)));
            Files.delete(output);
        }
    }

    /** Counts {@code '\n'} bytes. */
    static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return lines;
    }

    /** The {@code kB} lines of {@code /proc/self/status}, e.g. {@code VmHWM}. */
    static Map<String, Long> procStatus() {
        return procStatus(Path.of("/proc/self/status"));
    }

    /** The {@code kB} lines of a {@code /proc/<pid>/status}; empty when it cannot be read. */
    static Map<String, Long> procStatus(Path file) {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.endsWith(" kB")) {
                    values.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 1,
                            line.length() - 3).trim()));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended, or no /proc: no numbers
        }
        return values;
    }

    /** Tracks the largest heap occupancy right after a collection: the live set plus old garbage. */
    private static AtomicLong watchHeapAfterGc() {
        AtomicLong max = new AtomicLong();
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter)) {
                continue;
            }
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                        notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (heapPools.contains(pool.getKey())) {
                        used += pool.getValue().getUsed();
                    }
                }
                max.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        return max;
    }
}
