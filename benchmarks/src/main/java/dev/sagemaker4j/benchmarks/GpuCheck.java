/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.Gpus;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;

/**
 * The GPU check of issue 20, prepared to run whenever a machine with a GPU is lent
 * ({@code benchmarks/gpu-check.sh}): which GPUs the local backend sees, XGBoost trained raw on {@code device=cpu}
 * and {@code device=cuda} on the same data (time, AUC, largest prediction difference), the same through
 * {@code Estimator.fit} on {@code local} and {@code local_gpu} (time, and the job's own line saying which device it
 * trained on), and whether ONNX Runtime's CUDA provider loads. Nothing fails on a machine without a GPU: each part
 * reports its fallback and why, which is also what it checks there. Writes {@code gpu-check-<label>.md}.
 *
 * <p>Data: {@code --rows} (default 200,000) × {@code --features} (default 50) standard normal features, label 1
 * where a fixed random linear function plus noise is positive (seed 7); {@code --rounds} (default 100) rounds of
 * {@code binary:logistic}, {@code max_depth=8}, {@code tree_method=hist}.
 */
public final class GpuCheck {
    private GpuCheck() {
    }

    /**
     * Runs the check.
     *
     * @param args {@code --out DIR [--rows N] [--features N] [--rounds N] [--label TEXT]}
     * @throws Exception when the check itself cannot run
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = Harnesses.options("GpuCheck", args);
        Path out = Path.of(o.getOrDefault("out", "benchmarks/results/gpu-check"));
        int rows = Integer.parseInt(o.getOrDefault("rows", "200000"));
        int features = Integer.parseInt(o.getOrDefault("features", "50"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "100"));
        String label = o.getOrDefault("label", "run");
        List<String> report = new ArrayList<>();
        report.add("# GPU check (" + label + ", " + Instant.now() + ")");
        report.add("");
        report.add("- load before: " + Harnesses.loadAverage());
        Gpus gpus = Gpus.detect();
        report.add("- GPUs the local backend sees: " + gpus);

        // data
        Random r = new Random(7);
        float[] x = new float[rows * features];
        float[] y = new float[rows];
        double[] w = new double[features];
        for (int j = 0; j < features; j++) {
            w[j] = r.nextGaussian();
        }
        StringBuilder csv = new StringBuilder();
        Path work = Files.createTempDirectory("gpu-check-");
        Path csvFile = work.resolve("train.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(csvFile)) {
            for (int i = 0; i < rows; i++) {
                double z = r.nextGaussian() * 0.5;
                csv.setLength(0);
                for (int j = 0; j < features; j++) {
                    float v = (float) r.nextGaussian();
                    x[i * features + j] = v;
                    z += w[j] * v;
                    csv.append(',').append(String.format(Locale.ROOT, "%.6f", v));
                }
                y[i] = z > 0 ? 1f : 0f;
                writer.write((y[i] > 0 ? "1" : "0") + csv + "\n");
            }
        }

        // raw xgboost4j: cpu vs cuda
        report.add("");
        report.add("## XGBoost, raw xgboost4j (" + rows + " x " + features + ", " + rounds + " rounds)");
        report.add("");
        report.add("| device | seconds | AUC | note |");
        report.add("|---|---:|---:|---|");
        float[][] cpuPredictions = null;
        for (String device : List.of("cpu", "cuda")) {
            DMatrix d = new DMatrix(x, rows, features, Float.NaN);
            d.setLabel(y);
            Map<String, Object> p = new HashMap<>();
            p.put("objective", "binary:logistic");
            p.put("max_depth", 8);
            p.put("tree_method", "hist");
            p.put("device", device);
            p.put("verbosity", 1);
            try {
                long t0 = System.nanoTime();
                Booster b = XGBoost.train(d, p, rounds, new HashMap<>(), null, null);
                double seconds = (System.nanoTime() - t0) / 1e9;
                float[][] pred = b.predict(d);
                String note = "";
                if (cpuPredictions == null) {
                    cpuPredictions = pred;
                } else {
                    double max = 0;
                    for (int i = 0; i < rows; i++) {
                        max = Math.max(max, Math.abs(pred[i][0] - cpuPredictions[i][0]));
                    }
                    note = String.format(Locale.ROOT, "largest prediction difference from cpu %.4f", max)
                            + (gpus.visible() == 0 ? "; no GPU visible, so xgboost itself ran this on the CPU" : "");
                }
                report.add(String.format(Locale.ROOT, "| %s | %.2f | %.4f | %s |", device, seconds, auc(pred, y),
                        note));
                b.dispose();
            } catch (Exception | LinkageError e) {
                report.add("| " + device + " | - | - | failed: " + firstLine(e) + " |");
            } finally {
                d.dispose();
            }
        }

        // through the estimator: local vs local_gpu
        report.add("");
        report.add("## XGBoost through Estimator.fit (image xgboost 1.7-1)");
        report.add("");
        report.add("| instance type | seconds | device line of the job's log |");
        report.add("|---|---:|---|");
        try (Session session = Session.local(work.resolve("root"))) {
            String bucket = session.defaultBucket();
            String train = session.uploadData(csvFile, bucket, "gpu-check/train");
            for (String type : List.of("local", "local_gpu")) {
                Estimator e = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                        .instanceCount(1).instanceType(type).outputPath("s3://" + bucket + "/gpu-check/out")
                        .hyperparameters(Map.of("objective", "binary:logistic", "num_round", rounds,
                                "max_depth", 8))
                        .session(session).build();
                long t0 = System.nanoTime();
                e.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()),
                        f -> f.logs("None"));
                double seconds = (System.nanoTime() - t0) / 1e9;
                String line = e.logs().stream().filter(l -> l.startsWith("XGBoost trains on")).findFirst()
                        .orElse("(none: the CPU, no GPU asked for)");
                report.add(String.format(Locale.ROOT, "| %s | %.2f | %s |", type, seconds, line));
            }
        }

        // ONNX Runtime's CUDA provider
        report.add("");
        report.add("## ONNX Runtime");
        report.add("");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            OrtEnvironment.getEnvironment();
            options.addCUDA(0);
            report.add("- the CUDA execution provider loads");
        } catch (Exception | LinkageError e) {
            report.add("- the CUDA execution provider does not load, ONNX models serve on the CPU: " + firstLine(e));
        }
        report.add("");
        report.add("- load after: " + Harnesses.loadAverage());

        Files.createDirectories(out);
        Path file = out.resolve("gpu-check-" + label + ".md");
        Files.write(file, report);
        report.forEach(System.out::println);
        System.out.println("wrote " + file);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage().trim();
        int n = m.indexOf('\n');
        return (n > 0 ? m.substring(0, n) : m).replace('|', '/');
    }

    /** The area under the ROC curve by ranks (ties averaged). */
    static double auc(float[][] p, float[] y) {
        int n = y.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(p[a][0], p[b][0]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && p[order[j + 1]][0] == p[order[i]][0]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (y[order[k]] > 0) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
