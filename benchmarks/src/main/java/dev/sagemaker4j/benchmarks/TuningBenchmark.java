/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.HyperparameterTuningJobAnalytics;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.tuner.ContinuousParameter;
import dev.sagemaker4j.tuner.HyperparameterTuner;
import dev.sagemaker4j.tuner.IntegerParameter;
import dev.sagemaker4j.tuner.ParameterRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;

/**
 * Benchmark P8, tuning efficiency (a harness): the local tuner's Bayesian strategy against Random at the same budget
 * and at twice the budget, through the public {@link HyperparameterTuner}, on XGBoost over generated data sets
 * (3–5 hyperparameters, {@code validation:rmse} or {@code validation:auc}) and on known test functions (Branin,
 * Hartmann-6, Rosenbrock and Levy in 4 dimensions) evaluated by a Java entry point ({@link TestFunctionScript}) whose
 * logged objective is the function's value. Every tuning job runs one training job at a time
 * ({@code maxParallelJobs(1)}) with {@code randomSeed(seed)} for seeds 1..N; Random at the budget is the first
 * budget jobs of the same seed's 2× run (with one job at a time a seeded Random run proposes the same points in
 * the same order whatever its maxJobs, so this is exactly the shorter run).
 *
 * <p>It also measures the tuner's own overhead per training job: from each training job's {@code TrainingEndTime}
 * to the next training job's {@code CreationTime} (DescribeTrainingJob, the job store's timestamps), beside the
 * training jobs' own {@code CreationTime} → {@code TrainingEndTime}.
 *
 * <p>Options: {@code --results DIR} (where to write {@code TuningBenchmark.json}, {@code .md},
 * {@code .host.properties}), {@code --seeds 10}, {@code --budget 20}, {@code --tasks REGEX} (all by default),
 * {@code --plots DIR} (the charts of each task's first Bayesian tuning job, {@code analytics().plot(DIR)}).
 */
public final class TuningBenchmark {
    private static final Pattern INDEX = Pattern.compile("-(\\d{3})-[0-9a-f]{8}$");

    private TuningBenchmark() {
    }

    /** One tuning problem. */
    private static final class Task {
        final String name;
        final String description;
        final boolean maximize;
        final Supplier<HyperparameterTuner.Builder> tuner;
        final Map<String, TrainingInput> inputs;
        final Double optimum;

        Task(String name, String description, boolean maximize, Supplier<HyperparameterTuner.Builder> tuner,
                Map<String, TrainingInput> inputs, Double optimum) {
            this.name = name;
            this.description = description;
            this.maximize = maximize;
            this.tuner = tuner;
            this.inputs = inputs;
            this.optimum = optimum;
        }
    }

    /** One finished tuning job: objectives in job order, and the timings. */
    private static final class Run {
        final List<Double> objectives = new ArrayList<>();
        final List<Double> gapsMs = new ArrayList<>();
        final List<Double> jobMs = new ArrayList<>();
        final List<Double> trainMs = new ArrayList<>();
        double wallMs;
        HyperparameterTuningJobAnalytics analytics;
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --name value} options (see the class comment)
     * @throws Exception when a tuning job fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Harnesses.options("TuningBenchmark", args);
        Path results = Path.of(options.getOrDefault("results", "benchmarks/results"));
        int seeds = Integer.parseInt(options.getOrDefault("seeds", "10"));
        int budget = Integer.parseInt(options.getOrDefault("budget", "20"));
        Pattern only = Pattern.compile(options.getOrDefault("tasks", ".*"));
        Path plots = options.containsKey("plots") ? Path.of(options.get("plots")) : null;
        Instant started = Instant.now();
        String loadStart = Harnesses.loadAverage();
        Files.createDirectories(results);
        Path root = Files.createTempDirectory("tuning-bench");
        ObjectMapper json = new ObjectMapper();
        ObjectNode out = json.createObjectNode();
        ArrayNode rows = out.putArray("results");
        List<String> loads = new ArrayList<>();
        loads.add(loadStart);
        List<Double> allGaps = new ArrayList<>();
        Map<String, List<Double>> gapsByStrategy = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder();
        int wins = 0;
        int notWorse = 0;
        int tasks = 0;
        try (Session session = Session.local(root.resolve("session"))) {
            for (Task task : tasks(session)) {
                if (!only.matcher(task.name).find()) {
                    continue;
                }
                tasks++;
                List<Double> bayes = new ArrayList<>();
                List<Double> random = new ArrayList<>();
                List<Double> random2 = new ArrayList<>();
                int seedWins = 0;
                int seedTies = 0;
                List<Double> jobMs = new ArrayList<>();
                List<Double> trainMs = new ArrayList<>();
                double bayesWall = 0;
                double randomWall = 0;
                for (int seed = 1; seed <= seeds; seed++) {
                    Run b = tune(session, task, "Bayesian", budget, seed);
                    Run r = tune(session, task, "Random", 2 * budget, seed);
                    double bb = best(b.objectives, budget, task.maximize);
                    double rb = best(r.objectives, budget, task.maximize);
                    double r2 = best(r.objectives, 2 * budget, task.maximize);
                    bayes.add(bb);
                    random.add(rb);
                    random2.add(r2);
                    if (better(bb, rb, task.maximize)) {
                        seedWins++;
                    } else if (bb == rb) {
                        seedTies++;
                    }
                    if (seed == 1 && plots != null) {
                        b.analytics.plot(plots);
                    }
                    gapsByStrategy.computeIfAbsent("Bayesian", k -> new ArrayList<>()).addAll(b.gapsMs);
                    gapsByStrategy.computeIfAbsent("Random", k -> new ArrayList<>()).addAll(r.gapsMs);
                    allGaps.addAll(b.gapsMs);
                    allGaps.addAll(r.gapsMs);
                    jobMs.addAll(b.jobMs);
                    jobMs.addAll(r.jobMs);
                    trainMs.addAll(b.trainMs);
                    trainMs.addAll(r.trainMs);
                    bayesWall += b.wallMs;
                    randomWall += r.wallMs;
                    System.out.printf(Locale.ROOT, "%s seed %d: Bayesian %.5g, Random %.5g, Random 2x %.5g%n",
                            task.name, seed, bb, rb, r2);
                }
                loads.add(Harnesses.loadAverage());
                double mb = median(bayes);
                double mr = median(random);
                double mr2 = median(random2);
                boolean win = better(mb, mr, task.maximize);
                boolean ok = !better(mr2, mb, task.maximize);
                wins += win ? 1 : 0;
                notWorse += ok ? 1 : 0;
                ObjectNode row = rows.addObject();
                row.put("task", task.name);
                row.put("description", task.description);
                row.put("objective", task.maximize ? "Maximize" : "Minimize");
                row.put("seeds", seeds);
                row.put("budget", budget);
                if (task.optimum != null) {
                    row.put("optimum", task.optimum);
                }
                row.put("bayesianMedian", mb);
                row.put("randomMedian", mr);
                row.put("random2xMedian", mr2);
                row.put("bayesianBeatsRandom", win);
                row.put("bayesianNotWorseThanRandom2x", ok);
                row.put("seedsBayesianBetter", seedWins);
                row.put("seedsTied", seedTies);
                putAll(row.putArray("bayesian"), bayes);
                putAll(row.putArray("random"), random);
                putAll(row.putArray("random2x"), random2);
                row.put("trainingJobMsMedian", median(jobMs));
                row.put("trainingMsMedian", median(trainMs));
                row.put("bayesianTuningJobSecondsMean", bayesWall / seeds / 1000);
                row.put("random2xTuningJobSecondsMean", randomWall / seeds / 1000);
                table.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d-%d-%d | %.0f"
                        + " / %.0f ms |%n", task.name, task.description, task.maximize ? "max" : "min",
                        task.optimum == null ? "" : fmt(task.optimum), fmt(mb), fmt(mr), fmt(mr2),
                        win ? "**win**" : "lose", ok ? "**not worse**" : "worse", seedWins, seedTies,
                        seeds - seedWins - seedTies,
                        median(jobMs), median(trainMs)));
            }
        }
        String loadEnd = Harnesses.loadAverage();
        loads.add(loadEnd);
        Properties host = Harnesses.host(loadStart, started);
        host.setProperty("loadDuring", String.join(" | ", loads));
        host.setProperty("seconds", Long.toString(Duration.between(started, Instant.now()).toSeconds()));
        ObjectNode overhead = out.putObject("overheadMs");
        overhead.put("count", allGaps.size());
        overhead.put("p50", percentile(allGaps, 50));
        overhead.put("p90", percentile(allGaps, 90));
        overhead.put("p99", percentile(allGaps, 99));
        overhead.put("max", percentile(allGaps, 100));
        for (Map.Entry<String, List<Double>> e : gapsByStrategy.entrySet()) {
            ObjectNode s = overhead.putObject(e.getKey());
            s.put("p50", percentile(e.getValue(), 50));
            s.put("p99", percentile(e.getValue(), 99));
        }
        out.put("tasksBayesianBeatsRandom", wins);
        out.put("tasksBayesianNotWorseThanRandom2x", notWorse);
        out.put("tasks", tasks);
        out.put("loadAverages", String.join(" | ", loads));
        json.writerWithDefaultPrettyPrinter().writeValue(results.resolve("TuningBenchmark.json").toFile(), out);
        Harnesses.writeHost(host, results.resolve("TuningBenchmark.host.properties"));

        StringBuilder md = new StringBuilder();
        md.append("# TuningBenchmark\n\n`dev.sagemaker4j.benchmarks.TuningBenchmark`: harness, benchmark P8 (tuning "
                + "efficiency); ").append(seeds).append(" seeds per task (randomSeed 1..").append(seeds)
                .append("), budget ").append(budget).append(" training jobs, one at a time.  \n")
                .append(Harnesses.summary(host)).append("Load average after each task: ")
                .append(String.join(" | ", loads)).append("; ").append(host.getProperty("seconds"))
                .append(" s in all.\n\n")
                .append("Median over the seeds of the best objective a tuning job found (min: lower is better, max: "
                        + "higher). Random ").append(budget).append(" = the first ").append(budget)
                .append(" jobs of the seed's ").append(2 * budget).append("-job Random run. \"Seeds\" = seeds on "
                        + "which Bayesian beat, tied and lost to Random at the same budget (same seed). Job / "
                        + "training = median training job CreationTime → TrainingEndTime / TrainingStartTime → TrainingEndTime.\n\n")
                .append("| task | what | goal | optimum | Bayesian ").append(budget).append(" | Random ")
                .append(budget).append(" | Random ").append(2 * budget).append(" | vs Random ").append(budget)
                .append(" | vs Random ").append(2 * budget).append(" | seeds | job / training |\n")
                .append("|---|---|---|---:|---:|---:|---:|---|---|---:|---:|\n")
                .append(table).append('\n')
                .append(String.format(Locale.ROOT, "Bayesian beats Random at the same budget on %d of %d tasks "
                        + "(goal ≥ 80%%: %s); not worse than Random at 2× budget on %d of %d (goal: all, %s).%n%n",
                        wins, tasks, wins >= 0.8 * tasks ? "met" : "missed", notWorse, tasks,
                        notWorse == tasks ? "met" : "missed"))
                .append(String.format(Locale.ROOT, "Tuner overhead per training job (previous job's TrainingEndTime "
                        + "→ next job's CreationTime, %d gaps): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms "
                        + "(goal < 50 ms).", allGaps.size(), percentile(allGaps, 50), percentile(allGaps, 90),
                        percentile(allGaps, 99), percentile(allGaps, 100)));
        for (Map.Entry<String, List<Double>> e : gapsByStrategy.entrySet()) {
            md.append(String.format(Locale.ROOT, " %s: p50 %.1f ms, p99 %.1f ms.", e.getKey(),
                    percentile(e.getValue(), 50), percentile(e.getValue(), 99)));
        }
        md.append('\n');
        Files.writeString(results.resolve("TuningBenchmark.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static Run tune(Session session, Task task, String strategy, int jobs, int seed) throws Exception {
        Instant start = Instant.now();
        HyperparameterTuner tuner = task.tuner.get().strategy(strategy).maxJobs(jobs).maxParallelJobs(1)
                .randomSeed(seed).build();
        String name = tuner.fit(task.inputs, f -> f.jobName(String.format(Locale.ROOT, "%s-%s-%d",
                task.name.length() > 14 ? task.name.substring(0, 14) : task.name,
                strategy.substring(0, 1).toLowerCase(Locale.ROOT), seed) + "-" + Long.toHexString(
                        System.nanoTime() & 0xfffff)));
        Run run = new Run();
        run.wallMs = Duration.between(start, Instant.now()).toNanos() / 1e6;
        run.analytics = tuner.analytics();
        List<HyperParameterTrainingJobSummary> summaries = new ArrayList<>(session.api(TuningJobsApi.CAPABILITY)
                .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                        .builder().hyperParameterTuningJobName(name).maxResults(100).build())
                .trainingJobSummaries());
        summaries.sort((a, b) -> Integer.compare(index(a.trainingJobName()), index(b.trainingJobName())));
        if (summaries.size() != jobs) {
            throw new IllegalStateException(name + " ran " + summaries.size() + " training jobs, not " + jobs);
        }
        DescribeTrainingJobResponse previous = null;
        for (HyperParameterTrainingJobSummary s : summaries) {
            if (s.finalHyperParameterTuningJobObjectiveMetric() == null) {
                throw new IllegalStateException(s.trainingJobName() + " has no objective: " + s.failureReason());
            }
            run.objectives.add((double) s.finalHyperParameterTuningJobObjectiveMetric().value());
            if (Boolean.getBoolean("bench.trace")) {
                System.out.println(s.trainingJobName() + " " + s.tunedHyperParameters() + " -> "
                        + s.finalHyperParameterTuningJobObjectiveMetric().value());
            }
            DescribeTrainingJobResponse d = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName(s.trainingJobName()).build());
            run.jobMs.add(millis(d.creationTime(), d.trainingEndTime()));
            run.trainMs.add(millis(d.trainingStartTime(), d.trainingEndTime()));
            if (previous != null) {
                run.gapsMs.add(millis(previous.trainingEndTime(), d.creationTime()));
            }
            previous = d;
        }
        return run;
    }

    private static int index(String job) {
        Matcher m = INDEX.matcher(job);
        if (!m.find()) {
            throw new IllegalStateException("not a tuning job's training job name: " + job);
        }
        return Integer.parseInt(m.group(1));
    }

    private static double millis(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static double best(List<Double> objectives, int first, boolean maximize) {
        double best = maximize ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int i = 0; i < Math.min(first, objectives.size()); i++) {
            best = maximize ? Math.max(best, objectives.get(i)) : Math.min(best, objectives.get(i));
        }
        return best;
    }

    private static boolean better(double a, double b, boolean maximize) {
        return maximize ? a > b : a < b;
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The percentile by linear interpolation between closest ranks (NaN when empty). */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double rank = p / 100 * (v.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (rank - lo) * (v[hi] - v[lo]);
    }

    private static void putAll(ArrayNode array, List<Double> values) {
        values.forEach(array::add);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    // ---------------------------------------------------------------- tasks

    private static List<Task> tasks(Session session) {
        List<Task> tasks = new ArrayList<>();
        String bucket = "s3://" + session.defaultBucket() + "/p8/";

        // Friedman #1: y = 10 sin(pi x1 x2) + 20 (x3 - 0.5)^2 + 10 x4 + 5 x5 + N(0, 1), 10 features (5 noise)
        Random fr = new Random(101);
        double[][] fx = uniform(fr, 800, 10);
        double[] fy = new double[fx.length];
        for (int i = 0; i < fx.length; i++) {
            double[] x = fx[i];
            fy[i] = 10 * Math.sin(Math.PI * x[0] * x[1]) + 20 * (x[2] - 0.5) * (x[2] - 0.5) + 10 * x[3] + 5 * x[4]
                    + fr.nextGaussian();
        }
        Map<String, TrainingInput> friedman = upload(session, bucket + "friedman/", fx, fy, 500);
        tasks.add(new Task("xgb-friedman", "XGBoost reg:squarederror, Friedman #1 (500 + 300 rows, 10 features): "
                + "eta, max_depth, min_child_weight, subsample", false, () -> xgbTuner(session,
                        "reg:squarederror", "validation:rmse", "Minimize", ranges(
                                "eta", new ContinuousParameter(0.01, 0.5, "Logarithmic"),
                                "max_depth", new IntegerParameter(1, 10),
                                "min_child_weight", new ContinuousParameter(0.1, 20, "Logarithmic"),
                                "subsample", new ContinuousParameter(0.5, 1.0))), friedman, null));

        // binary classification with interactions: y = 1 when x1 x2 + sin(3 x3) + x4^2 - 0.5 + N(0, 0.5) > 0
        Random br = new Random(202);
        double[][] bx = gaussian(br, 900, 8);
        double[] by = new double[bx.length];
        for (int i = 0; i < bx.length; i++) {
            double[] x = bx[i];
            by[i] = x[0] * x[1] + Math.sin(3 * x[2]) + x[3] * x[3] - 0.5 + 0.5 * br.nextGaussian() > 0 ? 1 : 0;
        }
        Map<String, TrainingInput> binary = upload(session, bucket + "binary/", bx, by, 500);
        tasks.add(new Task("xgb-interactions", "XGBoost binary:logistic, interactions (500 + 400 rows, 8 features):"
                + " eta, max_depth, gamma, colsample_bytree, lambda", true, () -> xgbTuner(session,
                        "binary:logistic", "validation:auc", "Maximize", ranges(
                                "eta", new ContinuousParameter(0.01, 0.5, "Logarithmic"),
                                "max_depth", new IntegerParameter(1, 10),
                                "gamma", new ContinuousParameter(0, 5),
                                "colsample_bytree", new ContinuousParameter(0.3, 1.0),
                                "lambda", new ContinuousParameter(0.01, 100, "Logarithmic"))), binary, null));

        // a noisy linear target with few informative features among many: regularisation matters
        Random lr = new Random(303);
        double[][] lx = gaussian(lr, 700, 30);
        double[] ly = new double[lx.length];
        for (int i = 0; i < lx.length; i++) {
            ly[i] = 3 * lx[i][0] - 2 * lx[i][1] + lx[i][2] + 2 * lr.nextGaussian();
        }
        Map<String, TrainingInput> sparse = upload(session, bucket + "sparse/", lx, ly, 300);
        tasks.add(new Task("xgb-sparse-linear", "XGBoost reg:squarederror, linear in 3 of 30 features, heavy noise "
                + "(300 + 400 rows): eta, max_depth, alpha", false, () -> xgbTuner(session, "reg:squarederror",
                        "validation:rmse", "Minimize", ranges(
                                "eta", new ContinuousParameter(0.01, 0.5, "Logarithmic"),
                                "max_depth", new IntegerParameter(1, 10),
                                "alpha", new ContinuousParameter(0.001, 100, "Logarithmic"))), sparse, null));

        String one = session.uploadString("1\n", bucket + "functions/one.csv");
        Map<String, TrainingInput> none = Map.of("train", TrainingInput.of(one));
        tasks.add(new Task("branin", "Branin, x0 in [-5, 10], x1 in [0, 15]", false, () -> functionTuner(session,
                "branin", ranges("x0", new ContinuousParameter(-5, 10), "x1", new ContinuousParameter(0, 15))),
                none, 0.397887));
        tasks.add(new Task("hartmann6", "Hartmann-6, [0, 1]^6", false, () -> functionTuner(session, "hartmann6",
                cube(6, 0, 1)), none, -3.32237));
        tasks.add(new Task("rosenbrock4", "Rosenbrock, [-2, 2]^4", false, () -> functionTuner(session,
                "rosenbrock4", cube(4, -2, 2)), none, 0.0));
        tasks.add(new Task("levy4", "Levy, [-10, 10]^4", false, () -> functionTuner(session, "levy4",
                cube(4, -10, 10)), none, 0.0));
        return tasks;
    }

    private static Map<String, ParameterRange> ranges(Object... nameRange) {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        for (int i = 0; i < nameRange.length; i += 2) {
            ranges.put((String) nameRange[i], (ParameterRange) nameRange[i + 1]);
        }
        return ranges;
    }

    private static Map<String, ParameterRange> cube(int dimensions, double min, double max) {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        for (int i = 0; i < dimensions; i++) {
            ranges.put("x" + i, new ContinuousParameter(min, max));
        }
        return ranges;
    }

    private static HyperparameterTuner.Builder xgbTuner(Session session, String objective, String metric,
            String type, Map<String, ParameterRange> ranges) {
        EstimatorBase xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + session.defaultBucket() + "/p8/out")
                .hyperparameters(objective.startsWith("binary")
                        ? Map.of("objective", objective, "num_round", 30, "eval_metric", "auc")
                        : Map.of("objective", objective, "num_round", 30)).build();
        return HyperparameterTuner.builder().estimator(xgb).objectiveMetricName(metric).objectiveType(type)
                .hyperparameterRanges(ranges);
    }

    private static HyperparameterTuner.Builder functionTuner(Session session, String function,
            Map<String, ParameterRange> ranges) {
        JavaEstimator estimator = JavaEstimator.builder().entryPoint(TestFunctionScript.class).instanceType("local")
                .session(session).outputPath("s3://" + session.defaultBucket() + "/p8/out")
                .hyperparameters(Map.of("function", function)).build();
        return HyperparameterTuner.builder().estimator(estimator).objectiveMetricName("objective")
                .objectiveType("Minimize").metricDefinition("objective", "objective=([-+0-9.eE]+)")
                .hyperparameterRanges(ranges);
    }

    private static double[][] uniform(Random random, int rows, int features) {
        double[][] x = new double[rows][features];
        for (double[] row : x) {
            for (int j = 0; j < features; j++) {
                row[j] = random.nextDouble();
            }
        }
        return x;
    }

    private static double[][] gaussian(Random random, int rows, int features) {
        double[][] x = new double[rows][features];
        for (double[] row : x) {
            for (int j = 0; j < features; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    /** Uploads the first {@code trainRows} rows as {@code train} and the rest as {@code validation} (label first). */
    private static Map<String, TrainingInput> upload(Session session, String prefix, double[][] x, double[] y,
            int trainRows) {
        StringBuilder train = new StringBuilder();
        StringBuilder validation = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            StringBuilder b = i < trainRows ? train : validation;
            b.append((float) y[i]);
            for (double v : x[i]) {
                b.append(',').append((float) v);
            }
            b.append('\n');
        }
        Map<String, TrainingInput> inputs = new LinkedHashMap<>();
        inputs.put("train", TrainingInput.builder().s3Data(session.uploadString(train.toString(), prefix
                + "train/data.csv")).contentType("text/csv").build());
        inputs.put("validation", TrainingInput.builder().s3Data(session.uploadString(validation.toString(), prefix
                + "validation/data.csv")).contentType("text/csv").build());
        return inputs;
    }
}
