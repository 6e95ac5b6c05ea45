/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.estimator.internal.TabularData;
import dev.sagemaker4j.inputs.TrainingInput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.openjdk.jmh.util.ListStatistics;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.SecondaryStatusTransition;

/**
 * Built-in XGBoost trained through {@link Estimator#fit} on a {@code text/csv} channel against raw
 * xgboost4j training on the same CSV file: what the local training job costs on top of the engine.
 * A harness, not a JMH benchmark: each run takes seconds, so the two sides alternate in one JVM,
 * pair by pair (which side goes first alternates too), and the noise of a shared machine falls on
 * both. It writes JMH's JSON (mode {@code ss}) for {@link ResultsTable}.
 *
 * <p>Data: {@value #ROWS} rows of {@value #FEATURES} standard normal features with six decimals,
 * label first, no header, the label 1 where a fixed random linear function of the features plus
 * noise is positive (seed {@value #SEED}); written once per run under {@code java.io.tmpdir}
 * (57 MB) and uploaded once to the local session's bucket. Both sides train {@value #ROUNDS}
 * rounds with {@code objective=binary:logistic}, {@code max_depth=6}, {@code tree_method=hist},
 * {@code nthread=availableProcessors}, {@code verbosity=1} and {@code base_score=0.5} (the estimator's defaults
 * for image 1.7-1 plus the
 * hyperparameters), evaluating the training matrix after every round, and the first pair checks
 * that they end with the same train-logloss. {@code System.gc()} runs before every timed run.
 *
 * <ul>
 *   <li>{@code fit_raw} (the baseline): {@link #load_raw()}, {@link #boost_raw(DMatrix, Path)},
 *       then both native objects disposed: {@code new DMatrix("<file>?format=csv&label_column=0")}
 *       (xgboost's native, multithreaded CSV reader),
 *       {@code XGBoost.train(dmat, params, 100, {"train": dmat}, null, null)} (which evaluates the
 *       watch every round and prints the line to stderr) and
 *       {@code booster.saveModel("xgboost-model.json")}.</li>
 *   <li>{@code fit_estimator}: {@code Estimator.fit(Map.of("train", TrainingInput(csv)), f -> f.logs(false))}
 *       on a local session: the whole job, from the request to the return of the
 *       waiter: records, channel copied into the job folder, CSV parsed in Java into a dense
 *       {@code float[]} DMatrix, 100 rounds of {@code update} + {@code evalSet} with a log line, a
 *       metric scrape and a progress event each, the model saved as JSON, booster and matrix
 *       disposed, {@code model.tar.gz} packed and published, provenance, the input copy
 *       deleted.</li>
 *   <li>{@code fit_estimatorUntilCompleted}: the same runs, from the call of {@code fit} to the
 *       start of the job's {@code Completed} status, i.e. without the latency of the waiter, which
 *       polls the job every 200 ms.</li>
 * </ul>
 *
 * <p>The other rows split the estimator's time by the job's own clocks (its secondary status
 * transitions and its log line {@code Loaded train data: ... in N ms}):
 * <ul>
 *   <li>{@code load_estimator}: that line (CSV parsed, DMatrix built) against {@code load_raw};
 *       {@code loadParts_javaCsvParse} ({@code TabularData.readCsv} on the same file) and
 *       {@code loadParts_denseDMatrix} ({@code new DMatrix(float[], rows, cols, NaN)} and the
 *       labels) are its two parts, timed by this harness outside the job after each pair.</li>
 *   <li>{@code boost_estimator}: the rest of the {@code Training} status (booster, rounds, model
 *       saved, memory freed) against {@code boost_raw}.</li>
 *   <li>{@code job_submit} (from the call of {@code fit} to the {@code Downloading} status),
 *       {@code job_download} (config files and the channel copy), {@code job_upload} (tarball,
 *       publish, provenance) and {@code job_finish} (from the {@code Completed} status to the
 *       return of {@code fit}: the waiter's polling): no raw counterpart.</li>
 * </ul>
 *
 * <p>Run with {@code benchmarks/run.sh XGBoostFit}; by hand:
 * <pre>{@code
 * java -cp ... dev.sagemaker4j.benchmarks.XGBoostFitBenchmark -wi 2 -i 15 -rff results/XGBoostFitBenchmark.json
 * }</pre>
 * Options: {@code -wi N} warmup pairs (default 2), {@code -i N} measured pairs (default 15),
 * {@code -rff FILE} where to write the results in JMH's JSON format (default: not written). Other
 * JMH options are ignored with a note.
 */
public final class XGBoostFitBenchmark {
    static final int ROWS = 150_000;
    static final int FEATURES = 40;
    static final int ROUNDS = 100;
    static final int MAX_DEPTH = 6;
    static final long SEED = 42;

    private static final Pattern LOADED = Pattern.compile("Loaded train data: .* in (\\d+) ms");
    private static final Pattern LAST_ROUND = Pattern.compile("\\[" + (ROUNDS - 1) + "\\]#011train-logloss:(\\S+)");
    private static final Pattern RAW_EVAL = Pattern.compile("train-logloss:(\\S+)");

    private final Path root;
    private final Path csv;
    private final Session session;
    private final String bucket;
    private final String trainUri;
    /** Measured milliseconds per row name, in table order. */
    private final Map<String, List<Double>> samples = new LinkedHashMap<>();
    /** Time of the estimator over time of the raw run, one per measured pair. */
    private final List<Double> pairRatios = new ArrayList<>();
    /** The raw run's train-logloss after the last round and its rows, from the first run. */
    private double rawLogloss = Double.NaN;
    private long rawRows;

    private XGBoostFitBenchmark(Path root) throws IOException {
        this.root = root;
        this.csv = root.resolve("train.csv");
        long start = System.nanoTime();
        writeCsv(csv);
        System.out.printf(Locale.ROOT, "generated %s: %d rows x %d features, %.1f MB in %d ms%n", csv, ROWS,
                FEATURES, Files.size(csv) / 1e6, (System.nanoTime() - start) / 1_000_000);
        this.session = Session.builder().backend("local").root(root.resolve("session")).build();
        this.bucket = session.defaultBucket();
        this.trainUri = session.uploadData(csv, bucket, "bench/train");
        for (String row : List.of("fit_raw", "fit_estimator", "fit_estimatorUntilCompleted", "load_raw",
                "load_estimator", "loadParts_javaCsvParse", "loadParts_denseDMatrix", "boost_raw", "boost_estimator",
                "job_submit", "job_download", "job_upload", "job_finish")) {
            samples.put(row, new ArrayList<>());
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code -wi N}, {@code -i N}, {@code -rff FILE}; other JMH options are ignored
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        int warmup = 2;
        int measured = 15;
        Path resultFile = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (option) {
                case "-wi":
                    warmup = Integer.parseInt(require(option, value));
                    i++;
                    break;
                case "-i":
                    measured = Integer.parseInt(require(option, value));
                    i++;
                    break;
                case "-rff":
                    resultFile = Path.of(require(option, value));
                    i++;
                    break;
                case "-rf":
                    if (!"json".equalsIgnoreCase(require(option, value))) {
                        throw new IllegalArgumentException("-rf " + value + ": this harness writes only json");
                    }
                    i++;
                    break;
                default:
                    if (option.startsWith("-") && value != null && !value.startsWith("-")) {
                        i++;
                        System.err.println("XGBoostFitBenchmark: ignoring " + option + " " + value
                                + " (a JMH option that does not apply to this harness)");
                    } else {
                        System.err.println("XGBoostFitBenchmark: ignoring " + option);
                    }
            }
        }
        if (measured < 1 || warmup < 0) {
            throw new IllegalArgumentException("-i must be at least 1 and -wi at least 0");
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        Path root = Files.createTempDirectory(tmp, "xgboost-fit-bench-");
        XGBoostFitBenchmark bench = new XGBoostFitBenchmark(root);
        try {
            bench.run(warmup, measured);
            bench.report();
            if (resultFile != null) {
                bench.writeJson(resultFile, warmup, measured);
                System.out.println("results: " + resultFile);
            }
        } finally {
            bench.close();
        }
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private void run(int warmup, int measured) throws Exception {
        for (int pair = 0; pair < warmup + measured; pair++) {
            boolean record = pair >= warmup;
            String label = record ? "pair " + (pair - warmup + 1) + "/" + measured : "warmup " + (pair + 1);
            // alternate which side goes first, so that neither always runs after the other
            boolean rawFirst = pair % 2 == 0;
            double raw = 0;
            double estimator = 0;
            for (int side = 0; side < 2; side++) {
                // as JMH's -gc true: garbage of the previous run is not collected during this one
                System.gc();
                if ((side == 0) == rawFirst) {
                    raw = runRaw(record, pair == 0);
                } else {
                    estimator = runEstimator(record, pair == 0);
                }
            }
            System.gc();
            splitEstimatorLoad(record);
            System.out.printf(Locale.ROOT, "%-11s raw %7.0f ms   estimator %7.0f ms   ratio %.3f%n", label, raw,
                    estimator, estimator / raw);
            if (record) {
                pairRatios.add(estimator / raw);
            }
        }
    }

    // ---- the raw side: the methods whose names the table shows ----

    private double runRaw(boolean record, boolean check) throws Exception {
        Path out = Files.createTempDirectory(root, "raw-");
        double[] times = fit_raw(out, check);
        deleteTree(out);
        if (record) {
            samples.get("fit_raw").add(times[0] + times[1]);
            samples.get("load_raw").add(times[0]);
            samples.get("boost_raw").add(times[1]);
        }
        return times[0] + times[1];
    }

    /**
     * The baseline run: {@link #load_raw()}, {@link #boost_raw(DMatrix, Path)}, then the native
     * memory freed (the estimator frees its booster and matrix inside the job too).
     *
     * @param out   the folder for the model
     * @param check whether to read the last round's train-logloss for {@link #checkSameModel}; the
     *              time that takes is not counted
     * @return milliseconds of the load, and of the boosting with the model saved and memory freed
     * @throws XGBoostError when xgboost fails
     */
    @Baseline
    public double[] fit_raw(Path out, boolean check) throws XGBoostError {
        long start = System.nanoTime();
        DMatrix matrix = load_raw();
        long loaded = System.nanoTime();
        long checking = 0;
        try {
            Booster booster = boost_raw(matrix, out);
            try {
                if (check) {
                    long checkStart = System.nanoTime();
                    String eval = booster.evalSet(new DMatrix[] {matrix}, new String[] {"train"}, ROUNDS - 1);
                    Matcher m = RAW_EVAL.matcher(eval);
                    rawLogloss = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
                    rawRows = matrix.rowNum();
                    checking = System.nanoTime() - checkStart;
                }
            } finally {
                booster.dispose();
            }
        } finally {
            matrix.dispose();
        }
        long end = System.nanoTime();
        return new double[] {millis(loaded - start), millis(end - loaded - checking)};
    }

    /**
     * xgboost's own CSV reader on the generated file: {@code <file>?format=csv&label_column=0}
     * ({@code file://} URIs fail in xgboost4j 3.4.0; a plain path with the query works).
     *
     * @return the matrix, to be disposed by the caller
     * @throws XGBoostError when xgboost cannot read the file
     */
    @Baseline
    public DMatrix load_raw() throws XGBoostError {
        return new DMatrix(csv + "?format=csv&label_column=0");
    }

    /**
     * {@value #ROUNDS} rounds with the training matrix as the only watch, then the model saved as
     * JSON, as the estimator does.
     *
     * @param matrix the training data
     * @param out    the folder for {@code xgboost-model.json}
     * @return the booster, to be disposed by the caller
     * @throws XGBoostError when xgboost fails
     */
    @Baseline
    public Booster boost_raw(DMatrix matrix, Path out) throws XGBoostError {
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        watches.put("train", matrix);
        Booster booster = XGBoost.train(matrix, params(), ROUNDS, watches, null, null);
        booster.saveModel(out.resolve("xgboost-model.json").toString());
        return booster;
    }

    /**
     * What the estimator passes to xgboost for the hyperparameters below: its defaults plus those,
     * and {@code base_score=0.5}, as for every image before xgboost 2.0 (here 1.7-1).
     */
    static Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("base_score", "0.5");
        params.put("objective", "binary:logistic");
        params.put("max_depth", Integer.toString(MAX_DEPTH));
        params.put("tree_method", "hist");
        params.put("nthread", Runtime.getRuntime().availableProcessors());
        params.put("verbosity", 1);
        return params;
    }

    // ---- the estimator side ----

    private double runEstimator(boolean record, boolean check) {
        Estimator xgb = Estimator.builder()
                .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceCount(1).instanceType("local")
                .outputPath("s3://" + bucket + "/bench/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", ROUNDS, "max_depth", MAX_DEPTH))
                .session(session).build();
        Map<String, TrainingInput> channels = Map.of("train",
                TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build());
        Instant wallStart = Instant.now();
        long start = System.nanoTime();
        TrainingJob job = xgb.fit(channels, f -> f.logs(false));
        long end = System.nanoTime();
        Instant wallEnd = Instant.now();

        DescribeTrainingJobResponse d = job.describe();
        if (!"Completed".equals(d.trainingJobStatusAsString())) {
            throw new IllegalStateException("job " + job.name() + " ended " + d.trainingJobStatusAsString() + ": "
                    + d.failureReason());
        }
        List<String> log = xgb.logs();
        long loadMillis = -1;
        double logloss = Double.NaN;
        for (String line : log) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                loadMillis = Long.parseLong(m.group(1));
            }
            Matcher last = LAST_ROUND.matcher(line);
            if (last.find()) {
                logloss = Double.parseDouble(last.group(1));
            }
        }
        if (loadMillis < 0) {
            throw new IllegalStateException("the job log has no 'Loaded train data: ... in N ms' line: " + log);
        }
        if (check) {
            checkSameModel(logloss, log);
        }
        Map<String, Instant> starts = new HashMap<>();
        for (SecondaryStatusTransition t : d.secondaryStatusTransitions()) {
            starts.put(t.statusAsString(), t.startTime());
        }
        for (String status : List.of("Downloading", "Training", "Uploading", "Completed")) {
            if (!starts.containsKey(status)) {
                throw new IllegalStateException("job " + job.name() + " has no " + status + " transition: "
                        + d.secondaryStatusTransitions());
            }
        }
        if (record) {
            double training = between(starts.get("Training"), starts.get("Uploading"));
            samples.get("fit_estimator").add(millis(end - start));
            samples.get("fit_estimatorUntilCompleted").add(between(wallStart, starts.get("Completed")));
            samples.get("load_estimator").add((double) loadMillis);
            samples.get("boost_estimator").add(training - loadMillis);
            samples.get("job_submit").add(between(wallStart, starts.get("Downloading")));
            samples.get("job_download").add(between(starts.get("Downloading"), starts.get("Training")));
            samples.get("job_upload").add(between(starts.get("Uploading"), starts.get("Completed")));
            samples.get("job_finish").add(between(starts.get("Completed"), wallEnd));
        }
        return millis(end - start);
    }

    /**
     * What {@code load_estimator} is made of, timed here outside the job: the estimator's CSV
     * reader ({@code TabularData.readCsv}) on the same file, then the DMatrix built from its
     * {@code float[]} as {@code XGBoostAlgorithm.load} does.
     */
    private void splitEstimatorLoad(boolean record) throws IOException, XGBoostError {
        long start = System.nanoTime();
        TabularData data = TabularData.readCsv("train", List.of(csv), true, false);
        long parsed = System.nanoTime();
        DMatrix matrix = new DMatrix(data.dense, data.rows, data.cols, Float.NaN);
        matrix.setLabel(data.labels);
        long built = System.nanoTime();
        matrix.dispose();
        if (record) {
            samples.get("loadParts_javaCsvParse").add(millis(parsed - start));
            samples.get("loadParts_denseDMatrix").add(millis(built - parsed));
        }
    }

    /** Fails when the two sides did not train the same model on the same rows: the comparison would be unfair. */
    private void checkSameModel(double estimatorLogloss, List<String> log) {
        boolean sameRows = log.stream().anyMatch(l -> l.contains("Loaded train data: " + rawRows + " rows, "
                + FEATURES + " features"));
        System.out.printf(Locale.ROOT, "check: train-logloss after round %d: raw %.5f, estimator %.5f; rows %d%n",
                ROUNDS - 1, rawLogloss, estimatorLogloss, rawRows);
        if (!sameRows || Double.isNaN(rawLogloss) || Math.abs(rawLogloss - estimatorLogloss) > 1e-4) {
            throw new IllegalStateException("the raw run and the estimator did not train the same model (rows "
                    + rawRows + ", raw train-logloss " + rawLogloss + ", estimator " + estimatorLogloss
                    + "): the comparison would not be fair");
        }
    }

    // ---- results ----

    private void report() {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-16s %10s %10s %10s%n", "row (ms)", "median", "min", "mean");
        for (Map.Entry<String, List<Double>> e : samples.entrySet()) {
            ListStatistics s = stats(e.getValue());
            System.out.printf(Locale.ROOT, "%-16s %10.1f %10.1f %10.1f%n", e.getKey(), s.getPercentile(50),
                    s.getMin(), s.getMean());
        }
        ListStatistics raw = stats(samples.get("fit_raw"));
        ListStatistics est = stats(samples.get("fit_estimator"));
        ListStatistics pairs = stats(pairRatios);
        System.out.printf(Locale.ROOT, "%nestimator / raw time: median of pairs %.3f (min %.3f, max %.3f), "
                        + "ratio of medians %.3f, ratio of minima %.3f, ratio of means %.3f; goal <= 1.05%n"
                        + "up to the job's Completed status (without the waiter's last poll): ratio of medians %.3f%n",
                pairs.getPercentile(50), pairs.getMin(), pairs.getMax(),
                est.getPercentile(50) / raw.getPercentile(50), est.getMin() / raw.getMin(),
                est.getMean() / raw.getMean(),
                stats(samples.get("fit_estimatorUntilCompleted")).getPercentile(50) / raw.getPercentile(50));
    }

    private static ListStatistics stats(List<Double> values) {
        ListStatistics s = new ListStatistics();
        values.forEach(s::addValue);
        return s;
    }

    /** Writes the rows as JMH does ({@code -rf json}, mode {@code ss}), so that {@link ResultsTable} renders them. */
    private void writeJson(Path file, int warmup, int measured) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode all = mapper.createArrayNode();
        for (Map.Entry<String, List<Double>> e : samples.entrySet()) {
            ObjectNode run = all.addObject();
            run.put("jmhVersion", "");
            run.put("harness", XGBoostFitBenchmark.class.getName());
            run.put("benchmark", XGBoostFitBenchmark.class.getName() + "." + e.getKey());
            run.put("mode", "ss");
            run.put("threads", 1);
            run.put("forks", 1);
            run.put("jvm", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ArrayNode jvmArgs = run.putArray("jvmArgs");
            ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(jvmArgs::add);
            run.put("jdkVersion", System.getProperty("java.version"));
            run.put("vmName", System.getProperty("java.vm.name"));
            run.put("vmVersion", System.getProperty("java.vm.version"));
            run.put("warmupIterations", warmup);
            run.put("warmupTime", "single-shot");
            run.put("warmupBatchSize", 1);
            run.put("measurementIterations", measured);
            run.put("measurementTime", "single-shot");
            run.put("measurementBatchSize", 1);
            ObjectNode params = run.putObject("params");
            params.put("rows", Integer.toString(ROWS));
            params.put("features", Integer.toString(FEATURES));
            params.put("rounds", Integer.toString(ROUNDS));
            ListStatistics s = stats(e.getValue());
            ObjectNode metric = run.putObject("primaryMetric");
            metric.put("score", s.getMean());
            metric.put("scoreError", s.getN() > 1 ? s.getMeanErrorAt(0.999) : Double.NaN);
            ArrayNode confidence = metric.putArray("scoreConfidence");
            double[] ci = s.getN() > 1 ? s.getConfidenceIntervalAt(0.999) : new double[] {Double.NaN, Double.NaN};
            confidence.add(ci[0]).add(ci[1]);
            ObjectNode percentiles = metric.putObject("scorePercentiles");
            for (double p : new double[] {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0}) {
                percentiles.put(Double.toString(p), s.getPercentile(p));
            }
            metric.put("scoreUnit", "ms/op");
            ArrayNode rawData = metric.putArray("rawData").addArray();
            e.getValue().forEach(rawData::add);
            if (e.getKey().equals("fit_estimator")) {
                // not rendered by ResultsTable; kept for whoever reads the JSON
                ObjectNode secondary = run.putObject("secondaryMetrics");
                ObjectNode ratio = secondary.putObject("timeRatioPerPair");
                ListStatistics r = stats(pairRatios);
                ratio.put("score", r.getPercentile(50));
                ratio.put("scoreUnit", "estimator/raw (median)");
                ArrayNode ratios = ratio.putArray("rawData").addArray();
                pairRatios.forEach(ratios::add);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        mapper.writeValue(file.toFile(), all);
    }

    // ---- data and files ----

    /**
     * Writes the CSV: label, then the features with six decimals. A fixed seed, so every run trains
     * on the same bytes.
     */
    static void writeCsv(Path file) throws IOException {
        Random random = new Random(SEED);
        double[] weights = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            weights[j] = random.nextGaussian();
        }
        double[] x = new double[FEATURES];
        byte[] line = new byte[FEATURES * 16 + 8];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int r = 0; r < ROWS; r++) {
                double z = 0;
                for (int j = 0; j < FEATURES; j++) {
                    x[j] = random.nextGaussian();
                    z += weights[j] * x[j];
                }
                // noise with a standard deviation of about a fifth of the signal's (sqrt(40) ~ 6.3)
                z += 1.25 * random.nextGaussian();
                int n = 0;
                line[n++] = (byte) (z > 0 ? '1' : '0');
                for (int j = 0; j < FEATURES; j++) {
                    line[n++] = ',';
                    n = writeFixed6(x[j], line, n);
                }
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
    }

    /** Writes {@code value} rounded to six decimals, as {@code %.6f} would, without its cost. */
    private static int writeFixed6(double value, byte[] into, int at) {
        long micros = Math.round(value * 1e6);
        int n = at;
        if (micros < 0) {
            into[n++] = '-';
            micros = -micros;
        }
        long whole = micros / 1_000_000;
        long fraction = micros % 1_000_000;
        String digits = Long.toString(whole);
        for (int i = 0; i < digits.length(); i++) {
            into[n++] = (byte) digits.charAt(i);
        }
        into[n++] = '.';
        for (long div = 100_000; div > 0; div /= 10) {
            into[n++] = (byte) ('0' + (fraction / div) % 10);
        }
        return n;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double between(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private void close() throws IOException {
        session.close();
        deleteTree(root);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
