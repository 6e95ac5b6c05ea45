/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.DefaultModelMonitor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Model Monitor's baselining (issue 19): {@code DefaultModelMonitor.suggestBaseline} over a CSV of N rows × 20
 * features (16 fractional, 2 integral, 2 categorical; with a header), generated in a temporary folder at run time
 * and uploaded once (untimed) to the session's object store, so that the call is the issue's
 * {@code suggestBaseline("s3://…/train.csv", …)}; beside a raw single pass over the same local file that only
 * parses it, with the JDK calls the analyzer's reading uses: {@code BufferedReader.readLine}, cells cut at commas
 * with {@code indexOf}/{@code substring}, {@code Double.parseDouble} on the 18 numeric cells, {@code hashCode} on
 * the 2 others (a tight loop: the column types known in advance, no trimming, no type inference). Both run in the
 * same JVM, alternating, after one warm-up of each. Per pass: wall time, CPU time (the process's, all threads),
 * the peak heap (the heap pools' peak usage since the pass began), the largest live heap seen after a garbage
 * collection (sampled every 20 ms), and the peak resident set (VmHWM, reset before each pass). Goal: the monitor's
 * median wall time at most 1.5× the raw pass's, memory flat in N; the report gives the CPU ratio beside it.
 *
 * <p>usage: {@code MonitorBaselineBenchmark --out DIR [--rows 250000,500000,1000000] [--runs N] [--label TEXT]};
 * writes {@code DIR/MonitorBaseline-<label>.md}.
 */
public final class MonitorBaselineBenchmark {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    private static final int FRACTIONAL = 16;
    private static final int INTEGRAL = 2;
    private static final int CATEGORICAL = 2;

    private MonitorBaselineBenchmark() {
    }

    /** One measured pass. */
    record Pass(String kind, long rows, double wallMs, double cpuMs, long peakHeap, long liveAfterGc, long peakRss) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --out DIR [--rows LIST] [--runs N] [--label TEXT]}
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        Path out = null;
        long[] sizes = {250_000, 500_000, 1_000_000};
        int runs = 3;
        String label = "run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--rows" -> sizes = Arrays.stream(args[++i].split(",")).mapToLong(Long::parseLong).toArray();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: MonitorBaselineBenchmark --out DIR [--rows LIST] [--runs N]"
                    + " [--label TEXT]");
        }
        String loadBefore = Harnesses.uptimeQuoted();
        Instant started = Instant.now();
        Path work = Files.createTempDirectory("monitor-baseline-");
        List<Pass> passes = new ArrayList<>();
        List<String> uploads = new ArrayList<>();
        try (Session session = Session.local(work.resolve("root"))) {
            DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceType("local")
                    .session(session).build();
            for (long n : sizes) {
                Path csv = work.resolve("data-" + n).resolve("train.csv");
                generate(csv, n, 42);
                long u0 = System.nanoTime();
                String uri = session.uploadData(csv, null, "bench/data-" + n);
                uploads.add(String.format(Locale.ROOT, "%,d rows: %.1f MB, uploaded in %.1f s", n,
                        Files.size(csv) / 1e6, (System.nanoTime() - u0) / 1e9));
                System.err.println(uploads.get(uploads.size() - 1));
                // warm-up: one of each, not recorded
                raw(csv, n);
                baseline(monitor, session, uri, n, -1);
                for (int r = 0; r < runs; r++) {
                    Pass a = raw(csv, n);
                    Pass b = baseline(monitor, session, uri, n, r);
                    passes.add(a);
                    passes.add(b);
                    System.err.println(a + "\n" + b);
                }
                Files.delete(csv);
            }
        } finally {
            Harnesses.deleteTree(work);
        }
        Files.createDirectories(out);
        Path report = out.resolve("MonitorBaseline-" + label + ".md");
        Files.writeString(report, report(label, passes, sizes, runs, loadBefore, Harnesses.uptimeQuoted(), started, uploads),
                StandardCharsets.UTF_8);
        System.out.println(Files.readString(report));
    }

    /** The CSV: a header, then rows of 16 fractional, 2 integral and 2 categorical columns. */
    static void generate(Path csv, long rows, long seed) throws IOException {
        Files.createDirectories(csv.getParent());
        Random r = new Random(seed);
        String[] colors = {"red", "green", "blue", "yellow", "black"};
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            StringBuilder h = new StringBuilder();
            for (int j = 0; j < FRACTIONAL + INTEGRAL + CATEGORICAL; j++) {
                h.append(j == 0 ? "" : ",").append("f").append(j);
            }
            w.write(h.append('\n').toString());
            StringBuilder line = new StringBuilder(256);
            for (long i = 0; i < rows; i++) {
                line.setLength(0);
                for (int j = 0; j < FRACTIONAL; j++) {
                    // four decimals, as a typical exported data set
                    long v = Math.round((j + r.nextGaussian()) * 10_000);
                    line.append(j == 0 ? "" : ",").append(v / 10_000.0);
                }
                for (int j = 0; j < INTEGRAL; j++) {
                    line.append(',').append(r.nextInt(1000));
                }
                for (int j = 0; j < CATEGORICAL; j++) {
                    line.append(',').append(colors[r.nextInt(colors.length)]);
                }
                w.write(line.append('\n').toString());
            }
        }
    }

    /** The raw pass: read, split at commas, parse the numbers, hash the strings. */
    static Pass raw(Path csv, long n) throws IOException {
        return measure("raw parse", n, () -> {
            double sum = 0;
            long rows = 0;
            int numeric = FRACTIONAL + INTEGRAL;
            try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                String line = r.readLine(); // the header
                while ((line = r.readLine()) != null) {
                    int start = 0;
                    for (int j = 0; start <= line.length(); j++) {
                        int end = line.indexOf(',', start);
                        if (end < 0) {
                            end = line.length();
                        }
                        String cell = line.substring(start, end);
                        sum += j < numeric ? Double.parseDouble(cell) : cell.hashCode();
                        start = end + 1;
                    }
                    rows++;
                }
            }
            if (rows != n || Double.isNaN(sum)) {
                throw new IllegalStateException("read " + rows + " rows, expected " + n);
            }
        });
    }

    /** The public API: suggestBaseline on the local backend, the data set given as its S3 URI. */
    static Pass baseline(DefaultModelMonitor monitor, Session session, String uri, long n, int run)
            throws IOException {
        String output = "s3://" + session.defaultBucket() + "/bench/baseline-" + n + "-" + run;
        Pass p = measure("suggestBaseline", n, () -> monitor.suggestBaseline(uri, DatasetFormat.csv(true),
                o -> o.outputS3Uri(output).logs(false)));
        long items = monitor.baselineStatistics().itemCount();
        if (items != n) {
            throw new IllegalStateException("the baseline counted " + items + " rows, expected " + n);
        }
        return p;
    }

    interface Work {
        void run() throws IOException;
    }

    private static Pass measure(String kind, long n, Work work) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ProcessStats.resetPeak();
        AtomicLong live = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long after = 0;
                for (MemoryPoolMXBean p : heap) {
                    MemoryUsage u = p.getCollectionUsage();
                    after += u == null ? 0 : u.getUsed();
                }
                live.accumulateAndGet(after, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long cpu0 = ProcessStats.cpuNanos();
        long t0 = System.nanoTime();
        work.run();
        long wall = System.nanoTime() - t0;
        long cpu = ProcessStats.cpuNanos() - cpu0;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long peakHeap = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Pass(kind, n, wall / 1e6, cpu / 1e6, peakHeap, live.get(), ProcessStats.peak());
    }

    private static String report(String label, List<Pass> passes, long[] sizes, int runs, String loadBefore,
            String loadAfter, Instant started, List<String> uploads) {
        StringBuilder b = new StringBuilder();
        b.append("# Model Monitor baseline vs raw parse (").append(label).append(")\n\n");
        b.append("`dev.sagemaker4j.benchmarks.MonitorBaselineBenchmark` (`benchmarks/monitor-baseline.sh`): ")
                .append("`DefaultModelMonitor.suggestBaseline(\"s3://…/train.csv\", DatasetFormat.csv(true), …)` ")
                .append("on the local backend over a generated CSV (header; 16 fractional, 2 integral, ")
                .append("2 categorical columns; uploaded once to the session's object store, untimed: ")
                .append(String.join("; ", uploads)).append(") beside a raw single pass that only parses the ")
                .append("same file (readLine, cut at commas, Double.parseDouble on the numbers, hashCode on the ")
                .append("strings; one thread); same JVM, alternating, one warm-up of each per size, ").append(runs)
                .append(" measured pairs. suggestBaseline's time is the whole job: the object put into the ")
                .append("job's input folder (a hard link where the store is on the same file system, else a copy), ")
                .append("analyzed, statistics.json and constraints.json published. CPU time is the process's, all ")
                .append("threads (JIT and GC included). ")
                .append("Goal (issue 19): monitor ≤ 1.5× raw, memory flat in the row count.\n\n");
        b.append("Host: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; JDK ").append(System.getProperty("java.vm.version")).append("; max heap ")
                .append(mb(Runtime.getRuntime().maxMemory())).append("; JVM args ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments()).append(". `uptime` at start: ")
                .append(loadBefore).append("; at the end: ").append(loadAfter).append(". Run ").append(started)
                .append(".\n\n");
        b.append("| rows | pass | wall median | wall min | CPU median | ratio (median wall / raw) ")
                .append("| CPU ratio (median CPU / raw) | peak heap (max) | live heap after GC (max) ")
                .append("| peak RSS (max) |\n");
        b.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (long n : sizes) {
            double rawMedian = median(passes, n, "raw parse", Pass::wallMs);
            double rawCpu = median(passes, n, "raw parse", Pass::cpuMs);
            for (String kind : List.of("raw parse", "suggestBaseline")) {
                double med = median(passes, n, kind, Pass::wallMs);
                double cpu = median(passes, n, kind, Pass::cpuMs);
                b.append(String.format(Locale.ROOT,
                        "| %,d | %s | %.0f ms | %.0f ms | %.0f ms | %.2f | %.2f | %s | %s | %s |%n",
                        n, kind, med, passes.stream().filter(p -> p.rows() == n && p.kind().equals(kind))
                                .mapToDouble(Pass::wallMs).min().orElse(Double.NaN),
                        cpu, med / rawMedian, cpu / rawCpu,
                        mb(max(passes, n, kind, Pass::peakHeap)), mb(max(passes, n, kind, Pass::liveAfterGc)),
                        mb(max(passes, n, kind, Pass::peakRss))));
            }
        }
        b.append("\nEvery pass:\n\n| rows | pass | wall | CPU | peak heap | live heap after GC | peak RSS |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|\n");
        for (Pass p : passes) {
            b.append(String.format(Locale.ROOT, "| %,d | %s | %.0f ms | %.0f ms | %s | %s | %s |%n", p.rows(),
                    p.kind(), p.wallMs(), p.cpuMs(), mb(p.peakHeap()), mb(p.liveAfterGc()), mb(p.peakRss())));
        }
        return b.toString();
    }

    private static double median(List<Pass> passes, long n, String kind,
            java.util.function.ToDoubleFunction<Pass> f) {
        double[] v = passes.stream().filter(p -> p.rows() == n && p.kind().equals(kind)).mapToDouble(f).sorted()
                .toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long max(List<Pass> passes, long n, String kind, java.util.function.ToLongFunction<Pass> f) {
        return passes.stream().filter(p -> p.rows() == n && p.kind().equals(kind)).mapToLong(f).max().orElse(-1);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }
}
