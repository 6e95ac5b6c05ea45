/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.progress.ProgressListener;
import dev.sagemaker4j.transformer.Transformer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;

/**
 * P4: batch transform through {@link Transformer} against the raw engine over the same rows, and
 * the transform's peak resident memory at 1× and N× the input in a JVM with a small heap. Not a
 * JMH benchmark: one pass is seconds long and has a start (job, model load) that belongs to it,
 * so a pass is the unit, passes of the variants alternate, and the table shows medians.
 *
 * <p>Throughput, in this JVM, on the same generated CSV ({@code --rows} × {@code --features}
 * standard normal values, six decimals) and the same XGBoost model ({@code --trees} trees of depth
 * {@code --depth}, trained with raw xgboost4j):
 * <ul>
 *   <li>{@code transformer}: {@code model.transformer(1, "local", o -> o.strategy("MultiRecord")
 *       .assembleWith("Line").outputPath(out).accept("text/csv")).transform(in, o -> o.contentType("text/csv")
 *       .splitType("Line").logs(false))}, timed from the call to its return: job,
 *       model load, streaming, payload packing (6 MB), {@code MaxConcurrentTransforms} = CPUs,
 *       CSV parse, {@code inplace_predict}, output file, publish, completion poll.</li>
 *   <li>{@code rawParallel} (baseline): {@link RawScorer} with as many threads as CPUs and batches
 *       packed by the same 6 MB rule: the same work written by hand on xgboost4j.</li>
 *   <li>{@code rawSingle}: the same on one thread, for reference.</li>
 * </ul>
 * {@code --warmup} unmeasured passes of each first (JIT, page cache); then {@code --reps} rounds,
 * each running every variant once, the transformer and rawParallel always back to back (which goes
 * first alternates; see {@link #roundOrder}), with a {@code System.gc()} between passes. Each pass
 * records its wall time, the process's CPU time (all threads, xgboost's OpenMP workers included),
 * which suffers less from other load on a shared machine, and the load average at its start; the
 * report gives the ratio of the pair within each round, wall and CPU, and their medians. The
 * transformer's and the raw scorer's outputs are compared byte for byte. {@code --omp-threads N}
 * sets the transformer model's {@code OMP_NUM_THREADS} (xgboost threads per call; the runtime's
 * default is 1, while the raw scorer's booster keeps xgboost's default, all CPUs).
 *
 * <p>Memory: child JVMs ({@link TransformChild}) with {@code -Xmx<--heap>} and
 * {@code -XX:+ExitOnOutOfMemoryError} run the transformer and the raw scorer over the 1× input and
 * over {@code --scale} copies of it in one object (1.1M rows × 20 features × 10 ≈ 2.1 GB, eight
 * times the default 256 MiB heap), and report {@code VmHWM} and the largest heap left after a
 * collection; the transformer runs the large input once more with {@code -Xmx<--tight-heap>}
 * (128m): memory bounded by payload × concurrency needs no more heap for more input. With
 * {@code --probe-cpus N} a
 * further child runs the 1× transform with {@code -XX:ActiveProcessorCount=N}: the default
 * concurrency follows the CPU count, so this shows the memory a larger machine would need.
 *
 * <pre>
 * benchmarks/transform.sh [--rows 1100000] [--features 20] [--trees 50] [--depth 6] [--reps 5] [--warmup 2]
 *                         [--scale 10] [--heap 256m] [--tight-heap 128m] [--probe-cpus 16] [--omp-threads 0]
 *                         [--results DIR] [--work DIR]
 * </pre>
 *
 * Writes {@code <results>/TransformBenchmark.md}; deletes its generated files at the end.
 */
public final class TransformBenchmark {
    static final String DATA_FILE = "data.csv";
    private static final long MB = 1024L * 1024;
    private static final long PAYLOAD = 6 * MB;
    private static final long SEED = 42;
    private static final List<String> VARIANTS = List.of("transformer", "rawParallel", "rawSingle");
    private static final String BASELINE = "rawParallel";

    private TransformBenchmark() {
    }

    /**
     * Runs the benchmark, or with {@code child ...} one run of a child JVM.
     *
     * @param args options, see the class comment
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            TransformChild.run(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Options o = Options.parse(args);
        new TransformBenchmark().run(o);
    }

    /** Command line options. */
    private static final class Options {
        long rows = 1_100_000;
        int features = 20;
        int trees = 50;
        int depth = 6;
        int reps = 5;
        int warmup = 2;
        int scale = 10;
        String heap = "256m";
        String tightHeap = "128m";
        int probeCpus = 16;
        /** The transformer model's OMP_NUM_THREADS (xgboost threads per call); 0 leaves the runtime's default. */
        int ompThreads = 0;
        Path results = Path.of("benchmarks/results");
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "transform-benchmark");

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                String value = args[++i];
                switch (name) {
                    case "--rows": o.rows = Long.parseLong(value.replace("_", "")); break;
                    case "--features": o.features = Integer.parseInt(value); break;
                    case "--trees": o.trees = Integer.parseInt(value); break;
                    case "--depth": o.depth = Integer.parseInt(value); break;
                    case "--reps": o.reps = Integer.parseInt(value); break;
                    case "--warmup": o.warmup = Math.max(1, Integer.parseInt(value)); break;
                    case "--scale": o.scale = Integer.parseInt(value); break;
                    case "--heap": o.heap = value; break;
                    case "--tight-heap": o.tightHeap = value; break;
                    case "--probe-cpus": o.probeCpus = Integer.parseInt(value); break;
                    case "--omp-threads": o.ompThreads = Integer.parseInt(value); break;
                    case "--results": o.results = Path.of(value); break;
                    case "--work": o.work = Path.of(value); break;
                    default:
                        throw new IllegalArgumentException("unknown option " + name + "; see the Javadoc of "
                                + TransformBenchmark.class.getName());
                }
            }
            return o;
        }

        String describe() {
            return "--rows " + rows + " --features " + features + " --trees " + trees + " --depth " + depth
                    + " --reps " + reps + " --warmup " + warmup + " --scale " + scale + " --heap " + heap + " --tight-heap " + tightHeap
                    + " --probe-cpus " + probeCpus + (ompThreads > 0 ? " --omp-threads " + ompThreads : "");
        }
    }

    /** The seconds of every measured pass of one variant. */
    private static final class Passes {
        final List<Double> seconds = new ArrayList<>();
        final List<Double> jobSeconds = new ArrayList<>();
        final List<Double> cpuSeconds = new ArrayList<>();
        /** The one-minute load average when each pass started. */
        final List<String> load = new ArrayList<>();

        double median() {
            return TransformBenchmark.median(seconds);
        }
    }

    /** What a child JVM reported. */
    private static final class ChildRun {
        String label;
        String side;
        String input;
        long inputBytes;
        long rows;
        List<String> jvmOptions;
        int exitCode;
        double wallSeconds;
        long polledHwmKiB;
        Map<String, String> result = new LinkedHashMap<>();
        List<String> tail = new ArrayList<>();

        boolean ok() {
            return exitCode == 0 && result.containsKey("seconds")
                    && Long.toString(rows).equals(result.get("outputLines"));
        }
    }

    private final Map<String, Passes> passes = new LinkedHashMap<>();
    private final List<ChildRun> children = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long inputBytes = -1;

    private void run(Options o) throws Exception {
        String loadAtStart = loadAverage();
        Instant startedAt = Instant.now();
        Files.createDirectories(o.work);
        Path work = Files.createTempDirectory(o.work, "run");
        try {
            runIn(o, work);
        } finally {
            deleteTree(work);
        }
        write(o, startedAt, loadAtStart);
    }

    private void runIn(Options o, Path work) throws Exception {
        int cpus = Runtime.getRuntime().availableProcessors();
        Path root = work.resolve("session");
        long t0 = System.nanoTime();
        byte[] model = TransformFixtures.trainModel(o.features, o.trees, o.depth, SEED);
        Path modelFile = work.resolve(TransformFixtures.MODEL_FILE);
        Files.write(modelFile, model);
        Path modelTar = work.resolve("model.tar.gz");
        TransformFixtures.packModel(model, modelTar);
        log("trained %d trees of depth %d on %d features in %.1f s", o.trees, o.depth, o.features, since(t0));

        try (Session session = Session.builder().backend("local").root(root)
                .progressListener(ProgressListener.none()).build();
             RawScorer raw = new RawScorer(model)) {
            String bucket = session.defaultBucket();
            Path bucketDir = root.resolve("s3").resolve(bucket);
            Path input = bucketDir.resolve("in-1x").resolve(DATA_FILE);
            Files.createDirectories(input.getParent());
            t0 = System.nanoTime();
            TransformFixtures.writeCsv(input, o.rows, o.features, SEED + 1);
            inputBytes = Files.size(input);
            log("generated %,d rows, %,d bytes in %.1f s", o.rows, inputBytes, since(t0));

            String modelUri = "s3://" + bucket + "/models/bench/model.tar.gz";
            session.objectStore().put(modelUri, modelTar);
            Model.Builder mb = Model.builder().imageUri(TransformChild.XGBOOST_IMAGE).modelData(modelUri)
                    .session(session);
            if (o.ompThreads > 0) {
                mb.env(Map.of("OMP_NUM_THREADS", Integer.toString(o.ompThreads)));
            }
            Model m = mb.build();
            Transformer transformer = m.transformer(1, "local", c -> c.strategy("MultiRecord").assembleWith("Line")
                    .outputPath("s3://" + bucket + "/out").accept("text/csv"));
            String inputUri = "s3://" + bucket + "/in-1x/";
            Path transformOut = bucketDir.resolve("out").resolve(DATA_FILE + ".out");
            Path rawOut = work.resolve("raw.out");

            Map<String, Pass> variants = new LinkedHashMap<>();
            variants.put("transformer", () -> {
                long start = System.nanoTime();
                transformer.transform(inputUri, x -> x.contentType("text/csv").splitType("Line").logs(false));
                double seconds = since(start);
                DescribeTransformJobResponse d = transformer.describe();
                double job = Duration.between(d.transformStartTime(), d.transformEndTime()).toNanos() / 1e9;
                return new double[] {seconds, job};
            });
            variants.put("rawParallel", () -> {
                long start = System.nanoTime();
                long rows = raw.score(input, rawOut, cpus, PAYLOAD);
                check(rows == o.rows, "rawParallel scored " + rows + " rows, not " + o.rows);
                return new double[] {since(start), Double.NaN};
            });
            variants.put("rawSingle", () -> {
                long start = System.nanoTime();
                long rows = raw.score(input, rawOut, 1, PAYLOAD);
                check(rows == o.rows, "rawSingle scored " + rows + " rows, not " + o.rows);
                return new double[] {since(start), Double.NaN};
            });

            // warm-up passes of each (JIT, page cache); the first pass is also the correctness check
            for (int w = 1; w < o.warmup; w++) {
                for (Map.Entry<String, Pass> v : variants.entrySet()) {
                    double[] r = v.getValue().run();
                    Files.deleteIfExists(transformOut);
                    Files.deleteIfExists(rawOut);
                    System.gc();
                    log("warm-up %-12s %6.2f s  %,10.0f rows/s", v.getKey(), r[0], o.rows / r[0]);
                }
            }
            for (Map.Entry<String, Pass> v : variants.entrySet()) {
                double[] r = v.getValue().run();
                System.gc();
                log("warm-up %-12s %6.2f s  %,10.0f rows/s", v.getKey(), r[0], o.rows / r[0]);
                if (v.getKey().equals("transformer")) {
                    check(TransformChild.countLines(transformOut) == o.rows, "the transform wrote "
                            + TransformChild.countLines(transformOut) + " lines, not " + o.rows);
                    Files.move(transformOut, work.resolve("transformer.out"));
                } else if (v.getKey().equals("rawParallel")) {
                    long mismatch = Files.mismatch(work.resolve("transformer.out"), rawOut);
                    check(mismatch == -1, "the transformer's and the raw scorer's outputs differ at byte " + mismatch);
                    notes.add("The transformer's output and the raw scorer's are byte for byte the same ("
                            + String.format(Locale.ROOT, "%,d", Files.size(rawOut)) + " bytes).");
                    Files.delete(work.resolve("transformer.out"));
                }
            }
            VARIANTS.forEach(v -> passes.put(v, new Passes()));
            for (int rep = 0; rep < o.reps; rep++) {
                for (String name : roundOrder(rep)) {
                    passes.get(name).load.add(loadAverage().split(" ")[0]);
                    long cpu = processCpuNanos();
                    double[] r = variants.get(name).run();
                    double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                    passes.get(name).seconds.add(r[0]);
                    passes.get(name).jobSeconds.add(r[1]);
                    passes.get(name).cpuSeconds.add(cpuSeconds);
                    log("round %d %-12s %6.2f s  %,10.0f rows/s  %6.2f CPU s", rep + 1, name, r[0], o.rows / r[0],
                            cpuSeconds);
                    Files.deleteIfExists(transformOut);
                    Files.deleteIfExists(rawOut);
                    // collect between passes so that no pass pays for the garbage of the one before
                    System.gc();
                }
            }

            // memory: child JVMs on a session of their own, sharing the 1x file through a hard link
            Path childRoot = work.resolve("child-session");
            Path childBucket = childRoot.resolve("s3").resolve(bucket);
            Path in1 = childBucket.resolve("in-1x").resolve(DATA_FILE);
            Files.createDirectories(in1.getParent());
            Files.createLink(in1, input);
            Path inN = childBucket.resolve("in-" + o.scale + "x").resolve(DATA_FILE);
            Files.createDirectories(inN.getParent());
            List<String> heap = List.of("-Xmx" + o.heap, "-XX:+ExitOnOutOfMemoryError");
            child("transformer, 1×", "transformer", "1×", inputBytes, o.rows, heap,
                    List.of("transformer", childRoot.toString(), modelTar.toString(), "in-1x", Long.toString(o.rows)));
            child("raw, 1×", "rawParallel", "1×", inputBytes, o.rows, heap,
                    List.of("raw", modelFile.toString(), in1.toString(), work.resolve("child-raw.out").toString(),
                            Integer.toString(cpus), Long.toString(PAYLOAD)));
            if (o.probeCpus > 0) {
                List<String> probe = new ArrayList<>(heap);
                probe.add("-XX:ActiveProcessorCount=" + o.probeCpus);
                child("transformer, 1×, " + o.probeCpus + " CPUs reported", "transformer", "1×", inputBytes,
                        o.rows, probe, List.of("transformer", childRoot.toString(), modelTar.toString(), "in-1x",
                                Long.toString(o.rows)));
            }
            if (o.scale > 1) {
                t0 = System.nanoTime();
                TransformFixtures.repeat(input, inN, o.scale);
                log("wrote the %d× input (%,d bytes) in %.1f s", o.scale, Files.size(inN), since(t0));
                String label = o.scale + "×";
                child("transformer, " + label, "transformer", label, Files.size(inN), o.rows * o.scale, heap,
                        List.of("transformer", childRoot.toString(), modelTar.toString(), "in-" + o.scale + "x",
                                Long.toString(o.rows * o.scale)));
                child("raw, " + label, "rawParallel", label, Files.size(inN), o.rows * o.scale, heap,
                        List.of("raw", modelFile.toString(), inN.toString(), work.resolve("child-raw.out").toString(),
                                Integer.toString(cpus), Long.toString(PAYLOAD)));
                if (!o.tightHeap.equals("0")) {
                    // memory bounded by payload x concurrency must not need more heap for more input
                    child("transformer, " + label + ", -Xmx" + o.tightHeap, "transformer", label, Files.size(inN),
                            o.rows * o.scale, List.of("-Xmx" + o.tightHeap, "-XX:+ExitOnOutOfMemoryError"),
                            List.of("transformer", childRoot.toString(), modelTar.toString(), "in-" + o.scale + "x",
                                    Long.toString(o.rows * o.scale)));
                }
                Files.delete(inN);
            }
        }
    }

    /**
     * The variants of round {@code rep}: the transformer and its baseline always back to back, so that
     * the load a round meets falls on both alike, which of them goes first alternating, and rawSingle
     * before the pair or after it in turn.
     */
    static List<String> roundOrder(int rep) {
        switch (rep % 4) {
            case 0: return List.of("transformer", BASELINE, "rawSingle");
            case 1: return List.of("rawSingle", BASELINE, "transformer");
            case 2: return List.of(BASELINE, "transformer", "rawSingle");
            default: return List.of("rawSingle", "transformer", BASELINE);
        }
    }

    /** One timed pass: {seconds, job seconds or NaN}. */
    private interface Pass {
        double[] run() throws Exception;
    }

    private void child(String label, String side, String input, long inputBytes, long rows, List<String> jvmOptions,
                       List<String> args) throws IOException, InterruptedException {
        ChildRun c = new ChildRun();
        c.label = label;
        c.side = side;
        c.input = input;
        c.inputBytes = inputBytes;
        c.rows = rows;
        c.jvmOptions = jvmOptions;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        for (String inherited : List.of("java.io.tmpdir", "org.slf4j.simpleLogger.defaultLogLevel",
                "aws.disableEc2Metadata")) {
            String value = System.getProperty(inherited);
            if (value != null) {
                command.add("-D" + inherited + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TransformBenchmark.class.getName());
        command.add("child");
        command.addAll(args);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        // VmHWM polled from outside as well: it survives a child that dies of OutOfMemoryError
        AtomicLong polled = new AtomicLong(-1);
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        Thread poller = new Thread(() -> {
            while (p.isAlive()) {
                Long hwm = TransformChild.procStatus(status).get("VmHWM");
                if (hwm != null) {
                    polled.accumulateAndGet(hwm, Math::max);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "vmhwm-poller");
        poller.setDaemon(true);
        poller.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(TransformChild.RESULT)) {
                    for (String kv : line.substring(TransformChild.RESULT.length()).split(" ")) {
                        int eq = kv.indexOf('=');
                        c.result.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                } else {
                    c.tail.add(line);
                    if (c.tail.size() > 20) {
                        c.tail.remove(0);
                    }
                }
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
        }
        c.exitCode = p.exitValue();
        c.wallSeconds = since(start);
        poller.interrupt();
        c.polledHwmKiB = polled.get();
        children.add(c);
        log("child %-34s exit %d, %6.1f s, VmHWM %s MiB, heap after GC max %s MiB%s", label, c.exitCode,
                c.wallSeconds, mib(kib(c)), heapMib(c),
                c.ok() ? "" : "  FAILED: " + String.join(" | ", c.tail));
    }

    private static long kib(ChildRun c) {
        long reported = c.result.containsKey("vmHwmKiB") ? Long.parseLong(c.result.get("vmHwmKiB")) : -1;
        return Math.max(reported, c.polledHwmKiB);
    }

    private static String heapMib(ChildRun c) {
        long heap = bytes(c.result.get("heapAfterGcMax"));
        return heap < 0 ? "?" : mib(heap / 1024);
    }

    private static long bytes(String value) {
        return value == null ? -1 : Long.parseLong(value);
    }

    private static String mib(long kib) {
        return kib < 0 ? "?" : Long.toString(Math.round(kib / 1024.0));
    }

    // ---- the report ----

    private void write(Options o, Instant startedAt, String loadAtStart) throws IOException {
        int cpus = Runtime.getRuntime().availableProcessors();
        StringBuilder md = new StringBuilder();
        md.append("# TransformBenchmark\n\n")
                .append("P4: batch transform through `Transformer` against the raw engine over the same rows ")
                .append("(`dev.sagemaker4j.benchmarks.TransformBenchmark`, run by `benchmarks/transform.sh`; ")
                .append("[../README.md](../README.md#transformbenchmark--batch-transform-against-the-raw-engine) ")
                .append("says what each side does).\n\n")
                .append("Run ").append(DateTimeFormatter.ISO_INSTANT.format(startedAt.atOffset(ZoneOffset.UTC)
                        .withNano(0).toInstant())).append(", options `").append(o.describe()).append("`.  \n")
                .append("Host: ").append(cpus).append(" CPUs (").append(cpuModel()).append("), ")
                .append(memoryGiB()).append(" RAM, ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch"))
                .append(", commit ").append(commit()).append("; load average at start ").append(loadAtStart)
                .append(", at end ").append(loadAverage()).append(".  \n")
                .append("JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.vm.version")).append(", options `")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append("`.\n\n");

        md.append("## Throughput\n\n")
                .append(String.format(Locale.ROOT, "%,d rows × %d features (%s), XGBoost %d trees of depth %d, ",
                        o.rows, o.features, inputBytes < 0 ? "?" : String.format(Locale.ROOT, "%.0f MB",
                                inputBytes / 1e6), o.trees, o.depth))
                .append(cpus).append(" threads on the parallel sides, 6 MiB batches. Median of ").append(o.reps)
                .append(" passes after ").append(o.warmup).append(o.warmup == 1 ? " warm-up pass" : " warm-up passes")
                .append(" each; in every round the transformer and rawParallel run back to back, which goes first ")
                .append("alternating (rounds below).\n\n")
                .append("| variant | rows/s (median) | min – max rows/s | s/pass (median) | MB/s | vs baseline |")
                .append(" CPU s/pass (median) | rows per CPU s | vs baseline (CPU) | passes (s) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        double base = o.rows / passes.get(BASELINE).median();
        double baseCpu = o.rows / median(passes.get(BASELINE).cpuSeconds);
        for (String v : VARIANTS) {
            Passes p = passes.get(v);
            double median = p.median();
            double rate = o.rows / median;
            double fastest = o.rows / p.seconds.stream().min(Comparator.naturalOrder()).orElseThrow();
            double slowest = o.rows / p.seconds.stream().max(Comparator.naturalOrder()).orElseThrow();
            md.append("| ").append(v).append(v.equals(BASELINE) ? " (baseline)" : "").append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", rate)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f – %,.0f", slowest, fastest)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", median)).append(" | ")
                    .append(inputBytes < 0 ? "" : String.format(Locale.ROOT, "%.0f", inputBytes / median / 1e6))
                    .append(" | ").append(v.equals(BASELINE) ? "*baseline*" : String.format(Locale.ROOT, "%.2f×",
                            rate / base)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f", median(p.cpuSeconds))).append(" | ")
                    .append(String.format(Locale.ROOT, "%,.0f", o.rows / median(p.cpuSeconds))).append(" | ")
                    .append(v.equals(BASELINE) ? "*baseline*" : String.format(Locale.ROOT, "%.2f×",
                            o.rows / median(p.cpuSeconds) / baseCpu)).append(" | ")
                    .append(p.seconds.stream().map(s -> String.format(Locale.ROOT, "%.2f", s))
                            .collect(Collectors.joining(", "))).append(" |\n");
        }
        Passes t = passes.get("transformer");
        Passes b = passes.get(BASELINE);
        double ratio = (o.rows / t.median()) / base;
        List<Double> paired = new ArrayList<>();
        List<Double> pairedCpu = new ArrayList<>();
        for (int i = 0; i < t.seconds.size(); i++) {
            paired.add(b.seconds.get(i) / t.seconds.get(i));
            pairedCpu.add(b.cpuSeconds.get(i) / t.cpuSeconds.get(i));
        }
        double roundMedian = median(paired);
        md.append('\n').append(String.format(Locale.ROOT, "Transformer ÷ raw engine (parallel), the median of the "
                + "ratios within each round: **%.2f×** (goal ≥ 0.90×: %s; rounds %s), per CPU second %.2f×; the ratio "
                + "of the medians above: %.2f× wall, %.2f× per CPU second.",
                roundMedian, roundMedian >= 0.9 ? "met" : "not met", paired.stream()
                        .map(x -> String.format(Locale.ROOT, "%.2f", x)).collect(Collectors.joining(", ")),
                median(pairedCpu), ratio, o.rows / median(t.cpuSeconds) / baseCpu));
        md.append(String.format(Locale.ROOT, " Inside the transformer's passes, the job itself (DescribeTransformJob "
                + "start to end: model load, streaming, scoring, publish) took a median %.2f s of %.2f s; the rest "
                + "is job creation and the completion poll (the local backend's waiter wakes when the job's record changes).\n\n",
                median(t.jobSeconds), t.median()));
        md.append("| round | order | transformer s | rawParallel s | ratio (wall) | transformer CPU s | rawParallel CPU s "
                + "| ratio (CPU) | load (1 min) at the pair's start |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < t.seconds.size(); i++) {
            List<String> order = roundOrder(i);
            boolean transformerFirst = order.indexOf("transformer") < order.indexOf(BASELINE);
            md.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f× | %.2f | %.2f | %.2f× | %s |\n",
                    i + 1, order.stream().map(v -> v.equals("transformer") ? "T" : v.equals(BASELINE) ? "R" : "s")
                            .collect(Collectors.joining(" ")), t.seconds.get(i), b.seconds.get(i), paired.get(i),
                    t.cpuSeconds.get(i), b.cpuSeconds.get(i), pairedCpu.get(i),
                    (transformerFirst ? t : b).load.get(i)));
        }
        md.append("\nOrder: T transformer, R rawParallel, s rawSingle. Ratios are rawParallel's time ÷ the "
                + "transformer's (above 1: the transformer was faster).\n\n");
        md.append("## Peak memory\n\n")
                .append("Each row is a JVM of its own with `").append(String.join(" ", children.isEmpty()
                        ? List.of() : children.get(0).jvmOptions)).append("` unless the row names another heap. ")
                .append("VmHWM: the peak resident set (`/proc/<pid>/status`), heap included: with the heap capped ")
                .append("it stays near the cap, so read the heap column for growth. Heap after GC: the largest heap ")
                .append("occupancy right after a collection (live data and uncollected old garbage). s and rows/s: ")
                .append("from the child's start of work (session, model upload, the transform or scoring) to its ")
                .append("end, JVM start excluded. Exit 3 with `-XX:+ExitOnOutOfMemoryError` is an ")
                .append("OutOfMemoryError.\n\n")
                .append("| run | input | rows | exit | s | rows/s | VmHWM MiB | heap after GC max MiB | GCs |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ChildRun c : children) {
            double seconds = c.result.containsKey("seconds") ? Double.parseDouble(c.result.get("seconds"))
                    : c.wallSeconds;
            md.append("| ").append(c.label).append(c.jvmOptions.stream().anyMatch(s -> s.startsWith("-XX:Active"))
                    ? " (`-XX:ActiveProcessorCount`)" : "").append(" | ")
                    .append(String.format(Locale.ROOT, "%.2f GB", c.inputBytes / 1e9)).append(" | ")
                    .append(String.format(Locale.ROOT, "%,d", c.rows)).append(" | ")
                    .append(c.exitCode).append(c.ok() ? "" : " (failed)").append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", seconds)).append(" | ")
                    .append(c.ok() ? String.format(Locale.ROOT, "%,.0f", c.rows / seconds) : "").append(" | ")
                    .append(mib(kib(c))).append(" | ")
                    .append(heapMib(c)).append(" | ")
                    .append(c.result.getOrDefault("gcCount", "")).append(" |\n");
        }
        flatness(md, "transformer", o.scale);
        flatness(md, "rawParallel", o.scale);
        for (ChildRun c : children) {
            if (!c.ok()) {
                md.append("\n`").append(c.label).append("` failed (exit ").append(c.exitCode).append("); its last ")
                        .append("output:\n\n```\n").append(String.join("\n", c.tail)).append("\n```\n");
            }
        }
        md.append("\n## Notes\n\n");
        for (String n : notes) {
            md.append("- ").append(n).append('\n');
        }
        md.append("- Timings on a ").append(cpus).append("-CPU machine shared with other work are noisy: compare ")
                .append("the variants of one run (they alternate, so load affects them alike), not runs.\n")
                .append("- xgboost4j's predictor uses its own OpenMP threads inside each `inplace_predict` call ")
                .append("on both sides (the model is loaded the same way, `XGBoost.loadModel(bytes)`).\n");
        Files.createDirectories(o.results);
        Files.writeString(o.results.resolve("TransformBenchmark.md"), md.toString(), StandardCharsets.UTF_8);
        log("wrote %s", o.results.resolve("TransformBenchmark.md"));
    }

    private void flatness(StringBuilder md, String side, int scale) {
        ChildRun one = null;
        ChildRun many = null;
        for (ChildRun c : children) {
            if (c.side.equals(side) && c.jvmOptions.equals(children.get(0).jvmOptions)) {
                if (c.input.equals("1×")) {
                    one = c;
                } else {
                    many = c;
                }
            }
        }
        if (one != null && many != null && kib(one) > 0 && kib(many) > 0) {
            md.append(String.format(Locale.ROOT, "\n%s: VmHWM at %d× the input is %.2f× the VmHWM at 1× (%s → %s "
                    + "MiB); the heap left after a collection, %.2f× (%s → %s MiB).", side, scale,
                    (double) kib(many) / kib(one), mib(kib(one)), mib(kib(many)),
                    (double) bytes(many.result.get("heapAfterGcMax")) / bytes(one.result.get("heapAfterGcMax")),
                    heapMib(one), heapMib(many)));
            md.append('\n');
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(v -> !Double.isNaN(v)).sorted().collect(Collectors.toList());
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** CPU time of this process, all threads, native ones (xgboost's OpenMP workers) included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[transform-benchmark] " + String.format(Locale.ROOT, format, args));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst().orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String memoryGiB() {
        Long kib = TransformChild.procStatus(Path.of("/proc/meminfo")).get("MemTotal");
        return kib == null ? "?" : Math.round(kib / 1048576.0) + " GiB";
    }

    /** The checkout's commit, from {@code git} in the working directory, with a mark when it has changes. */
    private static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            String dirty = git("status", "--porcelain", "--", ".", ":!benchmarks/results");
            return head.isEmpty() ? "?" : head + (dirty.isEmpty() ? "" : "+uncommitted changes");
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor() == 0 ? out : "";
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }
}
