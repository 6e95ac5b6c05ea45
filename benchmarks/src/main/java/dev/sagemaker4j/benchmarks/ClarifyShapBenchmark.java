/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.clarify.SHAPConfig;
import dev.sagemaker4j.clarify.TreeShap;
import dev.sagemaker4j.clarify.internal.ModelInvoker;
import dev.sagemaker4j.clarify.internal.ShapAnalysis;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Clarify's Kernel SHAP (issue 19) for 100 rows of a 20-feature model with the default {@code num_samples}
 * ({@code 2M + 2048} = 2088 coalitions per row) and a one-row baseline (the training data's mean), through three
 * model paths, to separate the explainer's own cost from the model's:
 *
 * <ul>
 *   <li>{@code endpoint-csv}: an XGBoost model deployed on a local endpoint, called as Clarify calls its shadow
 *       endpoint: the synthetic rows as {@code text/csv}, the scores back as {@code text/csv}
 *       ({@code predictor.predict(String)});</li>
 *   <li>{@code xgboost-raw}: the same booster's {@code inplace_predict}, no endpoint;</li>
 *   <li>{@code java-function}: the function the booster was trained on, in plain Java (almost no model cost).</li>
 * </ul>
 *
 * <p>And TreeSHAP ({@link TreeShap}, xgboost's own contributions) on the same booster and rows. For each path:
 * wall time, model calls, model rows, time inside the model call. The load average is recorded before and after.
 *
 * <p>usage: {@code ClarifyShapBenchmark --out DIR [--label TEXT] [--rows N] [--features N]}; writes
 * {@code DIR/ClarifyShap-<label>.md}.
 */
public final class ClarifyShapBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClarifyShapBenchmark() {
    }

    /** The model the booster learns: non-linear, with interactions, every feature used. */
    static double function(double[] x) {
        double y = 0;
        for (int j = 0; j < x.length; j++) {
            double w = 1.0 / (1 + j);
            y += j % 3 == 0 ? w * x[j] : j % 3 == 1 ? w * Math.tanh(2 * x[j]) : w * x[j] * x[j - 1];
        }
        return y;
    }

    static double[][] rows(int n, int m, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[n][m];
        for (double[] row : x) {
            for (int j = 0; j < m; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return x;
    }

    static float[] flat(double[][] rows) {
        int m = rows[0].length;
        float[] f = new float[rows.length * m];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < m; j++) {
                f[r * m + j] = (float) rows[r][j];
            }
        }
        return f;
    }

    /** Times the model calls. */
    static final class Timed implements ModelInvoker {
        private final ModelInvoker model;
        long nanos;

        Timed(ModelInvoker model) {
            this.model = model;
        }

        @Override
        public double[][] predict(double[][] rows) {
            long t = System.nanoTime();
            double[][] out = model.predict(rows);
            nanos += System.nanoTime() - t;
            return out;
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --out DIR [--label TEXT] [--rows N] [--features N]}
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path out = Path.of(a.getOrDefault("--out", "benchmarks/results/clarify-shap"));
        String label = a.getOrDefault("--label", "run");
        int n = Integer.parseInt(a.getOrDefault("--rows", "100"));
        int m = Integer.parseInt(a.getOrDefault("--features", "20"));
        String before = Harnesses.uptime();

        double[][] train = rows(5000, m, 1);
        float[] labels = new float[train.length];
        double[] mean = new double[m];
        for (int i = 0; i < train.length; i++) {
            labels[i] = (float) function(train[i]);
            for (int j = 0; j < m; j++) {
                mean[j] += train[i][j] / train.length;
            }
        }
        DMatrix d = new DMatrix(flat(train), train.length, m, Float.NaN);
        d.setLabel(labels);
        Map<String, Object> params = new HashMap<>();
        params.put("objective", "reg:squarederror");
        params.put("max_depth", 6);
        params.put("eta", 0.1);
        params.put("nthread", 1);
        params.put("seed", 7);
        Booster booster = XGBoost.train(d, params, 100, new LinkedHashMap<>(), null, null);
        d.dispose();
        booster.setParam("nthread", 1);
        List<String> names = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            names.add("x" + j);
        }
        double[][] explain = rows(n, m, 2);
        JsonNode config = SHAPConfig.builder().baseline(new double[][] {mean}).seed(1).build()
                .getExplainabilityConfig();

        List<String[]> results = new ArrayList<>();
        Path work = Files.createTempDirectory("clarify-shap-bench");
        try (HostingFixture fixture = HostingFixture.open("clarify-shap")) {
            String uri = fixture.upload("shap-xgb", HostingFixture.XGBOOST_FILE, booster.toByteArray("json"));
            Predictor<String> endpoint = fixture.deploy(HostingFixture.XGBOOST_IMAGE, uri, new CSVSerializer(),
                    new StringDeserializer(StandardCharsets.UTF_8, "text/csv"));
            ModelInvoker csv = rows -> {
                StringBuilder body = new StringBuilder(rows.length * m * 12);
                for (double[] row : rows) {
                    for (int j = 0; j < row.length; j++) {
                        if (j > 0) {
                            body.append(',');
                        }
                        body.append((float) row[j]);
                    }
                    body.append('\n');
                }
                String[] lines = endpoint.predict(body.toString()).split("\n");
                double[][] o = new double[rows.length][1];
                for (int r = 0; r < rows.length; r++) {
                    o[r][0] = Double.parseDouble(lines[r].trim());
                }
                return o;
            };
            ModelInvoker raw = rows -> {
                try {
                    float[][] p = booster.inplace_predict(flat(rows), rows.length, m, Float.NaN);
                    double[][] o = new double[p.length][1];
                    for (int r = 0; r < p.length; r++) {
                        o[r][0] = p[r][0];
                    }
                    return o;
                } catch (XGBoostError e) {
                    throw new IllegalStateException(e);
                }
            };
            ModelInvoker plain = rows -> {
                double[][] o = new double[rows.length][1];
                for (int r = 0; r < rows.length; r++) {
                    o[r][0] = function(rows[r]);
                }
                return o;
            };
            Map<String, ModelInvoker> paths = new LinkedHashMap<>();
            paths.put("endpoint-csv", csv);
            paths.put("xgboost-raw", raw);
            paths.put("java-function", plain);
            double[][] warm = Arrays.copyOf(explain, Math.min(5, n));
            for (Map.Entry<String, ModelInvoker> p : paths.entrySet()) {
                ShapAnalysis.run(config, names, warm, p.getValue(), work, null, 65_536); // warm-up
                Timed timed = new Timed(p.getValue());
                long t = System.nanoTime();
                ShapAnalysis.Result r = ShapAnalysis.run(config, names, explain, timed, work, null, 65_536);
                long wall = System.nanoTime() - t;
                results.add(new String[] {"Kernel SHAP, " + p.getKey(), ms(wall), Long.toString(r.modelCalls()),
                        Long.toString(r.modelRows()), ms(timed.nanos), ms(wall - timed.nanos),
                        String.format(Locale.ROOT, "%.2f", wall / 1e6 / n)});
            }
            endpoint.deleteEndpoint();
        }
        try (TreeShap tree = TreeShap.load(writeModel(work, booster))) {
            tree.explain(Arrays.copyOf(explain, Math.min(5, n)), names);
            long t = System.nanoTime();
            tree.explain(explain, names);
            long wall = System.nanoTime() - t;
            results.add(new String[] {"TreeSHAP (xgboost predictContrib)", ms(wall), "1", Integer.toString(n),
                    ms(wall), "0", String.format(Locale.ROOT, "%.3f", wall / 1e6 / n)});
        }
        booster.dispose();
        String after = Harnesses.uptime();

        StringBuilder md = new StringBuilder();
        md.append("# Clarify SHAP: Kernel SHAP for ").append(n).append(" rows of a ").append(m)
                .append("-feature model (").append(label).append(")\n\n");
        md.append("Default num_samples (2M + 2048 = ").append(2 * m + 2048).append(" coalitions per row), a one-row")
                .append(" baseline (the training mean), seed 1; XGBoost: 100 trees of depth 6, nthread 1. Warm-up:")
                .append(" 5 rows per path first. \"model ms\" is the time inside the model calls (for the endpoint:")
                .append(" CSV encode, invoke, decode); \"explainer ms\" the rest (coalitions, synthetic rows,")
                .append(" least squares).\n\n");
        md.append("- uptime before: `").append(before).append("`\n");
        md.append("- uptime after: `").append(after).append("`\n");
        md.append("- cpus: ").append(Runtime.getRuntime().availableProcessors()).append(", java ")
                .append(System.getProperty("java.version")).append("\n\n");
        md.append("| path | wall ms | model calls | model rows | model ms | explainer ms | ms per row |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (String[] r : results) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        Files.createDirectories(out);
        Path file = out.resolve("ClarifyShap-" + label + ".md");
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.out.print(md);
        System.out.println("wrote " + file);
    }

    private static Path writeModel(Path dir, Booster booster) throws IOException, XGBoostError {
        Path model = dir.resolve("xgboost-model");
        Files.write(model, booster.toByteArray("json"));
        return model;
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
