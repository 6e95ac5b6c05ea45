/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.djl.DjlOffline;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.examples.DeepLearningWithDjl;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.progress.ProgressListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

/**
 * Distributed training on one machine's cores (issue 20, point 5): a job on N hosts ({@code instanceCount} N, the
 * training channel {@code ShardedByS3Key}) against the same job on one host, same data, same JVM.
 *
 * <ul>
 *   <li><b>XGBoost</b> (built-in, image 1.7-1, xgboost4j's collective across the hosts): binary:logistic, hist,
 *       max_depth 6, R rounds on N×F generated rows in 4 CSV files, validated (AUC) on N/10 other rows; 1 host
 *       nthread=1, 2 hosts nthread=1 each, and 1 host nthread=2 (the same two cores used by threads instead of
 *       hosts).</li>
 *   <li><b>DJL</b> ({@link DeepLearningWithDjl.Training}: the examples' small CNN, Adam 0.01, batch 32 per host, E
 *       epochs on generated 8×8 PNGs of 4 classes, validated each epoch): 1 host vs 2 hosts with data-parallel
 *       training (gradients averaged after every batch); PyTorch intra-op and inter-op threads 1
 *       ({@code ai.djl.pytorch.num_threads}), so each host trains on one core.</li>
 * </ul>
 *
 * <p>Alternating configurations, one warm-up of each, then R measured rounds. Per fit: wall time, the process's CPU
 * time (all threads, native ones included) and the job's validation metric.
 *
 * <p>usage: {@code DistributedTrainingBenchmark --out DIR [--rows N] [--features F] [--rounds R] [--per-class N]
 * [--epochs E] [--runs R] [--only xgboost|djl] [--label TEXT]}; writes {@code DIR/DistributedTraining-<label>.md}.
 */
public final class DistributedTrainingBenchmark {
    private DistributedTrainingBenchmark() {
    }

    /** One measured fit. */
    record Pass(String config, double wallMs, double cpuMs, double trainingMs, double quality) {
    }

    /** A configuration: how to fit once. */
    record Config(String name, String engine, int hosts, int threadsPerHost, EstimatorBase estimator,
                  Map<String, TrainingInput> inputs, String metric) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class comment
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        // one PyTorch thread per host: set before DJL's engine loads
        System.setProperty("ai.djl.pytorch.num_threads", System.getProperty("ai.djl.pytorch.num_threads", "1"));
        System.setProperty("ai.djl.pytorch.num_interop_threads",
                System.getProperty("ai.djl.pytorch.num_interop_threads", "1"));
        Path out = null;
        int rows = 200_000;
        int features = 20;
        int rounds = 50;
        int perClass = 512;
        int epochs = 6;
        int runs = 2;
        String only = "";
        String label = "run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--features" -> features = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--per-class" -> perClass = Integer.parseInt(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = args[++i];
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: DistributedTrainingBenchmark --out DIR [--rows N]"
                    + " [--features F] [--rounds R] [--per-class N] [--epochs E] [--runs R] [--only xgboost|djl]"
                    + " [--label TEXT]");
        }
        Path cache = Path.of("benchmarks", "target", "djl-cache").toAbsolutePath();
        System.setProperty("DJL_CACHE_DIR", System.getProperty("DJL_CACHE_DIR", cache.toString()));
        System.setProperty("ENGINE_CACHE_DIR", System.getProperty("ENGINE_CACHE_DIR", cache.toString()));
        DjlOffline.ensure();

        String loadBefore = Harnesses.uptimeQuoted();
        Instant started = Instant.now();
        Path work = Files.createTempDirectory("distributed-training-");
        List<Config> configs = new ArrayList<>();
        List<Pass> passes = new ArrayList<>();
        try (Session session = Session.builder().backend("local").root(work.resolve("root"))
                .progressListener(ProgressListener.none()).build()) {
            String bucket = session.defaultBucket();
            if (!only.equals("djl")) {
                writeTabular(work.resolve("tabular"), rows, features);
                String train = session.uploadData(work.resolve("tabular/train"), bucket, "bench/xgb/train");
                String validation = session.uploadData(work.resolve("tabular/validation"), bucket,
                        "bench/xgb/validation");
                for (int[] c : new int[][] {{1, 1}, {2, 1}, {1, 2}}) {
                    Map<String, Object> hp = new LinkedHashMap<>();
                    hp.put("objective", "binary:logistic");
                    hp.put("num_round", rounds);
                    hp.put("tree_method", "hist");
                    hp.put("max_depth", 6);
                    hp.put("eval_metric", "auc");
                    hp.put("nthread", c[1]);
                    Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(),
                                    "1.7-1")).instanceType("local").instanceCount(c[0])
                            .outputPath("s3://" + bucket + "/bench/xgb/out").hyperparameters(hp).session(session)
                            .build();
                    configs.add(new Config("xgboost " + c[0] + " host(s) × nthread " + c[1], "xgboost", c[0], c[1],
                            xgb, Map.of("train", channel(train, "text/csv", c[0]), "validation",
                                    TrainingInput.builder().s3Data(validation).contentType("text/csv").build()),
                            "validation:auc"));
                }
            }
            if (!only.equals("xgboost")) {
                DjlTrainingBenchmark.draw(work.resolve("images/train"), perClass, 1);
                DjlTrainingBenchmark.draw(work.resolve("images/test"), Math.max(8, perClass / 4), 2);
                String train = session.uploadData(work.resolve("images/train"), bucket, "bench/djl/train");
                String test = session.uploadData(work.resolve("images/test"), bucket, "bench/djl/test");
                for (int hosts : new int[] {1, 2}) {
                    JavaEstimator djl = JavaEstimator.builder().entryPoint(DeepLearningWithDjl.Training.class)
                            .hyperparameters(Map.of("epochs", epochs, "learning_rate", 0.01)).instanceType("local")
                            .instanceCount(hosts).session(session).build();
                    configs.add(new Config("djl " + hosts + " host(s) × 1 thread", "djl", hosts, 1, djl,
                            Map.of("train", channel(train, null, hosts), "test", TrainingInput.of(test)),
                            "validation:accuracy"));
                }
            }
            for (Config c : configs) {
                System.err.println("warm-up " + fit(c));
            }
            for (int r = 0; r < runs; r++) {
                for (Config c : configs) {
                    Pass p = fit(c);
                    passes.add(p);
                    System.err.println(p);
                }
            }
        } finally {
            Harnesses.deleteTree(work);
        }
        Files.createDirectories(out);
        Path report = out.resolve("DistributedTraining-" + label + ".md");
        Files.writeString(report, report(label, configs, passes, rows, features, rounds, perClass, epochs, runs,
                loadBefore, Harnesses.uptimeQuoted(), started), StandardCharsets.UTF_8);
        System.out.println(Files.readString(report));
    }

    /** The training channel: sharded over the hosts when there are several. */
    private static TrainingInput channel(String uri, String contentType, int hosts) {
        TrainingInput.Builder b = TrainingInput.builder().s3Data(uri);
        if (contentType != null) {
            b.contentType(contentType);
        }
        return b.distribution(hosts > 1 ? "ShardedByS3Key" : "FullyReplicated").build();
    }

    private static Pass fit(Config c) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        TrainingJob job = c.estimator().fit(c.inputs(), f -> f.logs(false));
        double wall = (System.nanoTime() - t0) / 1e6;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6;
        var d = job.describe();
        if (!"Completed".equals(d.trainingJobStatusAsString())) {
            throw new IllegalStateException(c.name() + ": " + d.failureReason());
        }
        double quality = d.finalMetricDataList().stream().filter(m -> m.metricName().equals(c.metric()))
                .findFirst().map(m -> (double) m.value()).orElse(Double.NaN);
        // the job's Training phase alone (no channel download, no upload), from its secondary status transitions
        double training = d.secondaryStatusTransitions().stream().filter(t -> t.statusAsString().equals("Training")
                && t.endTime() != null).mapToDouble(t -> java.time.Duration.between(t.startTime(), t.endTime())
                .toMillis()).sum();
        return new Pass(c.name(), wall, cpu, training, quality);
    }

    /**
     * Binary labels from a noisy mix of linear and interaction terms over standard normal features; 4 training
     * files (so that 2 hosts get 2 each) and one validation file a tenth the size.
     */
    static void writeTabular(Path dir, int rows, int features) throws IOException {
        Random random = new Random(7);
        double[] w = new double[features];
        for (int j = 0; j < features; j++) {
            w[j] = random.nextGaussian();
        }
        Files.createDirectories(dir.resolve("train"));
        Files.createDirectories(dir.resolve("validation"));
        int files = 4;
        for (int f = 0; f <= files; f++) {
            Path file = f < files ? dir.resolve("train").resolve("part-" + f + ".csv")
                    : dir.resolve("validation").resolve("part-0.csv");
            int n = f < files ? rows / files : Math.max(1, rows / 10);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder();
                float[] x = new float[features];
                for (int i = 0; i < n; i++) {
                    double score = random.nextGaussian() * 0.5;
                    for (int j = 0; j < features; j++) {
                        x[j] = (float) random.nextGaussian();
                        score += w[j] * x[j] * 0.3;
                    }
                    score += x[0] * x[1] + Math.sin(2 * x[2]) + (x[3] > 0.5 ? 1 : -0.3);
                    line.setLength(0);
                    line.append(score > 0 ? 1 : 0);
                    for (float v : x) {
                        line.append(',').append(v);
                    }
                    out.write(line.append('\n').toString());
                }
            }
        }
    }

    private static double median(List<Pass> passes, String config, ToDoubleFunction<Pass> f) {
        double[] v = passes.stream().filter(p -> p.config().equals(config)).mapToDouble(f).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String report(String label, List<Config> configs, List<Pass> passes, int rows, int features,
                                 int rounds, int perClass, int epochs, int runs, String loadBefore,
                                 String loadAfter, Instant started) {
        StringBuilder b = new StringBuilder();
        b.append("# Distributed training on one machine: N hosts vs 1 host (").append(label).append(")\n\n");
        b.append("`dev.sagemaker4j.benchmarks.DistributedTrainingBenchmark` (`benchmarks/distributed-training.sh`). ")
                .append("XGBoost 1.7-1 built-in: binary:logistic, hist, max_depth 6, ").append(rounds)
                .append(" rounds on ").append(rows).append(" × ").append(features)
                .append(" generated rows (4 CSV files, ShardedByS3Key on 2 hosts; xgboost4j's collective), ")
                .append("validation AUC on ").append(Math.max(1, rows / 10)).append(" other rows. DJL: ")
                .append("`DeepLearningWithDjl.Training` (SmallCnn, Adam 0.01, batch 32 per host) for ").append(epochs)
                .append(" epochs on ").append(perClass * 4).append(" generated 8×8 PNGs (ShardedByS3Key on 2 hosts,")
                .append(" gradients averaged after every batch), validation accuracy on ")
                .append(Math.max(8, perClass / 4) * 4).append(" pictures; PyTorch intra-op threads ")
                .append(System.getProperty("ai.djl.pytorch.num_threads")).append(", inter-op ")
                .append(System.getProperty("ai.djl.pytorch.num_interop_threads")).append(" (per host: the hosts")
                .append(" are threads of one JVM). Each fit is a whole `fit` through the local backend (channel ")
                .append("copy, parse, train, model.tar.gz). One warm-up of each configuration, then ").append(runs)
                .append(" rounds alternating the configurations.\n\n");
        b.append("Host: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; JDK ").append(System.getProperty("java.vm.version")).append("; JVM args ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments()).append(". `uptime` at start: ")
                .append(loadBefore).append("; at the end: ").append(loadAfter).append(". Run ").append(started)
                .append(".\n\n");
        b.append("| configuration | wall median | CPU median | Training phase median | speed-up (wall) vs 1 host ")
                .append("× 1 thread | speed-up (Training phase) | quality (median) |\n")
                .append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Config c : configs) {
            String base = configs.stream().filter(o -> o.engine().equals(c.engine()) && o.hosts() == 1
                    && o.threadsPerHost() == 1).findFirst().orElseThrow().name();
            double wall = median(passes, c.name(), Pass::wallMs);
            double training = median(passes, c.name(), Pass::trainingMs);
            b.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.2f× | %.2f× | %s %.4f |%n",
                    c.name(), wall, median(passes, c.name(), Pass::cpuMs), training,
                    median(passes, base, Pass::wallMs) / wall, median(passes, base, Pass::trainingMs) / training,
                    c.metric(), median(passes, c.name(), Pass::quality)));
        }
        b.append("\nThe Training phase is the job's secondary status `Training` (the hosts' training scripts or ")
                .append("the algorithm: data parsing and training, no channel download or model upload).\n\n")
                .append("Every fit:\n\n| configuration | wall | CPU | Training phase | quality |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (Pass p : passes) {
            b.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.4f |%n", p.config(),
                    p.wallMs(), p.cpuMs(), p.trainingMs(), p.quality()));
        }
        return b.toString();
    }
}
