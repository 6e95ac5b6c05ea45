/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * {@link PredictBenchmark}'s rows measured in alternation, for ratios that hold on a busy machine.
 *
 * <p>JMH runs each row in its own fork, one after the other: on a shared machine whose load changes
 * from minute to minute, the raw row and the SDK row then see different machines, and their ratio
 * says more about the neighbours than about the SDK. This harness runs the variants of one group in
 * the same JVM, in rounds of one slice of about {@code --slice-ms} milliseconds per variant (in a
 * random order, of random length within ±25%, so that disturbances recurring at the round's period
 * do not always fall on the same variant), so that each round's variants run within a few tens of
 * milliseconds of each other.
 * Each round gives one ratio per variant: its time per call over the raw variant's in the same round.
 * The table shows the median of those ratios with a 95% confidence interval (order statistics of the
 * binomial), and the ratio of the fastest slices (the least disturbed ones).
 *
 * <pre>
 * benchmarks/run-harness.sh PredictPairs [--warmup S] [--seconds S] [--slice-ms MS]
 *     [--groups onnx,onnxWide,xgboost] [--batches 1,100]
 * </pre>
 *
 * Writes {@code PredictPairs.json}, {@code .md} and {@code .host.properties} into the results folder.
 */
public final class PredictPairs {
    private static final String NAME = "PredictPairs";
    /** The goal: typed input costs at most this multiple of the raw engine's time. */
    private static final double GOAL_RATIO = 1.05;
    private static final Map<String, List<String>> VARIANTS = new LinkedHashMap<>();

    static {
        VARIANTS.put("onnx", List.of("raw", "rawBuffer", "typed", "csv"));
        VARIANTS.put("onnxWide", List.of("raw", "rawBuffer", "typed"));
        VARIANTS.put("xgboost", List.of("raw", "typed", "csv"));
    }

    private PredictPairs() {
    }

    /**
     * Runs every group at every batch size and writes the results.
     *
     * @param args options, see the class comment
     * @throws Exception when a model cannot be deployed or the results cannot be written
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Harnesses.options(NAME, args);
        Path results = Path.of(options.getOrDefault("results", "benchmarks/results"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "6"));
        int sliceMillis = Integer.parseInt(options.getOrDefault("slice-ms", "10"));
        String[] groups = options.getOrDefault("groups", String.join(",", VARIANTS.keySet())).split(",");
        int[] batches = Arrays.stream(options.getOrDefault("batches", "1,100").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        String load = Harnesses.loadAverage();
        Instant started = Instant.now();

        List<Row> rows = new ArrayList<>();
        for (String group : groups) {
            if (!VARIANTS.containsKey(group.trim())) {
                throw new IllegalArgumentException("--groups: no group " + group + "; use " + VARIANTS.keySet());
            }
            for (int batch : batches) {
                rows.addAll(run(group.trim(), batch, warmup, seconds, sliceMillis));
            }
        }
        Files.createDirectories(results);
        Properties host = Harnesses.host(load, started);
        writeJson(results.resolve(NAME + ".json"), rows, warmup, seconds, sliceMillis, started);
        Harnesses.writeHost(host, results.resolve(NAME + ".host.properties"));
        String md = markdown(rows, warmup, seconds, sliceMillis, host);
        Files.writeString(results.resolve(NAME + ".md"), md, StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static List<Row> run(String group, int batch, int warmup, int seconds, int sliceMillis) throws Exception {
        PredictBenchmark b = new PredictBenchmark();
        b.batch = batch;
        b.setUp(group);
        try {
            List<String> names = VARIANTS.get(group);
            int n = names.size();
            // warm up every variant, and learn how many calls fill a slice
            long[] calls = new long[n];
            long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
            double[] nsPerCall = new double[n];
            while (System.nanoTime() < warmupEnd) {
                for (int v = 0; v < n; v++) {
                    long t0 = System.nanoTime();
                    int k = 0;
                    do {
                        call(b, group, names.get(v));
                        k++;
                    } while (System.nanoTime() - t0 < sliceMillis * 1_000_000L / 2);
                    nsPerCall[v] = (System.nanoTime() - t0) / (double) k;
                }
            }
            for (int v = 0; v < n; v++) {
                calls[v] = Math.max(1, Math.round(sliceMillis * 1e6 / nsPerCall[v]));
            }
            // each round runs the variants in a random order, slices 0.75 to 1.25 times the nominal length:
            // with a fixed order and length, disturbances that recur with the round's period (the
            // scheduler's, on a machine with more runnable threads than CPUs) fall on the same variant
            Random random = new Random(42);
            List<Integer> order = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                order.add(v);
            }
            List<double[]> rounds = new ArrayList<>();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                Collections.shuffle(order, random);
                double[] perCall = new double[n];
                for (int v : order) {
                    long count = Math.max(1, Math.round(calls[v] * (0.75 + 0.5 * random.nextDouble())));
                    long t0 = System.nanoTime();
                    for (long k = 0; k < count; k++) {
                        call(b, group, names.get(v));
                    }
                    perCall[v] = (System.nanoTime() - t0) / (double) count;
                }
                rounds.add(perCall);
            }
            List<Row> rows = new ArrayList<>();
            int buffer = names.indexOf("rawBuffer");
            for (int v = 0; v < n; v++) {
                int index = v;
                // the typed path against the raw call that reads the output the same way (one buffer)
                double[] likeForLike = {Double.NaN, Double.NaN, Double.NaN};
                if (buffer >= 0 && names.get(v).equals("typed")) {
                    double[] r = rounds.stream().mapToDouble(t -> t[index] / t[buffer]).sorted().toArray();
                    int[] c = medianInterval(r.length);
                    likeForLike = new double[] {median(r), r[c[0]], r[c[1]]};
                }
                double[] times = rounds.stream().mapToDouble(r -> r[index]).sorted().toArray();
                double[] raw = rounds.stream().mapToDouble(r -> r[0]).sorted().toArray();
                double[] ratios = rounds.stream().mapToDouble(r -> r[index] / r[0]).sorted().toArray();
                int[] ci = medianInterval(ratios.length);
                rows.add(new Row(group, batch, names.get(v), rounds.size(), calls[v], median(times) / 1e3,
                        times[0] / 1e3, median(ratios), ratios[ci[0]], ratios[ci[1]], times[0] / raw[0],
                        likeForLike[0], likeForLike[1], likeForLike[2]));
                System.err.printf(Locale.ROOT, "%-8s batch %3d %-5s: median %.2f us, best %.2f us, x raw %.3f"
                                + " [%.3f, %.3f], best x best raw %.3f (%d rounds)%n", group, batch, names.get(v),
                        median(times) / 1e3, times[0] / 1e3, median(ratios), ratios[ci[0]], ratios[ci[1]],
                        times[0] / raw[0], rounds.size());
            }
            return rows;
        } finally {
            b.tearDown();
        }
    }

    private static void call(PredictBenchmark b, String group, String variant) throws Exception {
        Object out;
        switch (group + "_" + variant) {
            case "onnx_raw":
                out = b.onnx_raw();
                break;
            case "onnx_typed":
                out = b.onnx_typed();
                break;
            case "onnx_csv":
                out = b.onnx_csv();
                break;
            case "onnx_rawBuffer":
                out = b.onnx_rawBuffer();
                break;
            case "onnxWide_rawBuffer":
                out = b.onnxWide_rawBuffer();
                break;
            case "onnxWide_raw":
                out = b.onnxWide_raw();
                break;
            case "onnxWide_typed":
                out = b.onnxWide_typed();
                break;
            case "xgboost_raw":
                out = b.xgboost_raw();
                break;
            case "xgboost_typed":
                out = b.xgboost_typed();
                break;
            case "xgboost_csv":
                out = b.xgboost_csv();
                break;
            default:
                throw new IllegalArgumentException("no variant " + group + "_" + variant);
        }
        if (out == null) {
            throw new IllegalStateException(group + "_" + variant + " answered null");
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Indexes of a 95% confidence interval of the median of n sorted values (normal approximation). */
    private static int[] medianInterval(int n) {
        double half = 1.96 * Math.sqrt(n) / 2;
        int low = (int) Math.floor(n / 2.0 - half);
        int high = (int) Math.ceil(n / 2.0 + half) - 1;
        return new int[] {Math.max(0, low), Math.min(n - 1, high)};
    }

    private static void writeJson(Path file, List<Row> rows, int warmup, int seconds, int sliceMillis,
                                  Instant started) throws java.io.IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("harness", PredictPairs.class.getName());
        root.put("date", started.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("vmVersion", System.getProperty("java.vm.version"));
        root.putPOJO("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        root.put("warmupSeconds", warmup);
        root.put("measurementSeconds", seconds);
        root.put("sliceMillis", sliceMillis);
        ArrayNode out = root.putArray("results");
        for (Row r : rows) {
            ObjectNode o = out.addObject();
            o.put("group", r.group());
            o.put("batch", r.batch());
            o.put("variant", r.variant());
            o.put("rounds", r.rounds());
            o.put("callsPerSlice", r.callsPerSlice());
            o.put("medianUsPerCall", r.medianUs());
            o.put("bestUsPerCall", r.bestUs());
            o.put("ratioToRaw", r.ratio());
            o.put("ratioToRawLow", r.ratioLow());
            o.put("ratioToRawHigh", r.ratioHigh());
            o.put("bestRatioToRaw", r.bestRatio());
            if (!Double.isNaN(r.toBuffer())) {
                o.put("ratioToRawBuffer", r.toBuffer());
                o.put("ratioToRawBufferLow", r.toBufferLow());
                o.put("ratioToRawBufferHigh", r.toBufferHigh());
            }
        }
        mapper.writeValue(file.toFile(), root);
    }

    private static String markdown(List<Row> rows, int warmup, int seconds, int sliceMillis, Properties host) {
        StringBuilder md = new StringBuilder("# " + NAME + "\n\n");
        md.append("`").append(PredictPairs.class.getName()).append("`: harness (not JMH), `PredictBenchmark`'s ")
                .append("variants of a group alternating in one JVM, in rounds of one slice each (random order) ")
                .append("of about ")
                .append(sliceMillis).append(" ms, ").append(warmup).append(" s warmup + ").append(seconds)
                .append(" s per group and batch.  \n").append(Harnesses.summary(host)).append('\n')
                .append("| group | batch | variant | rounds | median µs/call | best µs/call | time ÷ raw, median ")
                .append("[95% CI] | best ÷ best raw |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            boolean raw = r.variant().equals("raw");
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %.2f | %.2f | %s | %s |%n", r.group(),
                    r.batch(), r.variant(), r.rounds(), r.medianUs(), r.bestUs(), raw ? "*baseline*"
                            : String.format(Locale.ROOT, "%.3f× [%.3f, %.3f]", r.ratio(), r.ratioLow(),
                            r.ratioHigh()), raw ? "" : String.format(Locale.ROOT, "%.3f×", r.bestRatio())));
        }
        md.append("\n\"time ÷ raw\" = the median over rounds of this variant's time per call over the raw ")
                .append("variant's in the same round (above 1 is slower); the interval is a 95% confidence ")
                .append("interval of that median. \"best ÷ best raw\" = fastest slice over fastest raw slice. ")
                .append("Time ratios, unlike the JMH tables' throughput ratios: 1.05× here is 0.95× there.\n\n")
                .append("Goal: typed input ≤ ").append(GOAL_RATIO).append("× raw.\n\n");
        for (Row r : rows) {
            if (r.variant().equals("typed")) {
                md.append(String.format(Locale.ROOT, "- `%s` batch %d: %.3f× [%.3f, %.3f]: %s%s%n", r.group(),
                        r.batch(), r.ratio(), r.ratioLow(), r.ratioHigh(), r.ratioHigh() <= GOAL_RATIO ? "met"
                                : r.ratioLow() > GOAL_RATIO ? "missed" : "not shown either way",
                        Double.isNaN(r.toBuffer()) ? "" : String.format(Locale.ROOT, "; against `rawBuffer` (the"
                                + " output read as one buffer, as the typed path reads it) %.3f× [%.3f, %.3f]",
                                r.toBuffer(), r.toBufferLow(), r.toBufferHigh())));
            }
        }
        return md.toString();
    }

    /** One variant of one group at one batch size. */
    private record Row(String group, int batch, String variant, int rounds, long callsPerSlice, double medianUs,
                       double bestUs, double ratio, double ratioLow, double ratioHigh, double bestRatio,
                       double toBuffer, double toBufferLow, double toBufferHigh) {
    }
}
