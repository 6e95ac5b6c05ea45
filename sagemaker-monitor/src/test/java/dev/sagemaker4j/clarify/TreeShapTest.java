/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.internal.ModelInvoker;
import dev.sagemaker4j.clarify.internal.ShapAnalysis;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TreeSHAP and Kernel SHAP on real XGBoost models trained here with xgboost4j: efficiency (values plus the
 * expected value give the prediction) for both, and the same ordering of global importances on a model with
 * clear structure.
 */
class TreeShapTest {
    static final List<String> NAMES = List.of("strong", "step", "inter1", "inter2", "noise");
    @TempDir
    static Path tmp;
    static Session session;
    static double[][] train;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        train = rows(600, 5, 1);
    }

    @AfterAll
    static void tearDown() {
        session.close();
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

    /** y = 3 x0 + 1.5 sign(x1) + 0.6 x2 x3 (x4 is noise): importances strong > step > inter1, inter2 > noise. */
    static double target(double[] x) {
        return 3 * x[0] + 1.5 * Math.signum(x[1]) + 0.6 * x[2] * x[3];
    }

    static DMatrix matrix(double[][] rows) throws XGBoostError {
        int m = rows[0].length;
        float[] flat = new float[rows.length * m];
        for (int r = 0; r < rows.length; r++) {
            for (int j = 0; j < m; j++) {
                flat[r * m + j] = (float) rows[r][j];
            }
        }
        return new DMatrix(flat, rows.length, m, Float.NaN);
    }

    static Booster train(String objective, int classes) throws XGBoostError {
        DMatrix d = matrix(train);
        float[] y = new float[train.length];
        for (int i = 0; i < train.length; i++) {
            double t = target(train[i]);
            y[i] = objective.startsWith("binary") ? (t > 0 ? 1 : 0)
                    : objective.startsWith("multi") ? (t < -1.5 ? 0 : t < 1.5 ? 1 : 2) : (float) t;
        }
        d.setLabel(y);
        Map<String, Object> params = new HashMap<>();
        params.put("objective", objective);
        params.put("max_depth", 4);
        params.put("eta", 0.3);
        params.put("nthread", 1);
        params.put("seed", 7);
        if (classes > 0) {
            params.put("num_class", classes);
        }
        Booster b = XGBoost.train(d, params, 40, new LinkedHashMap<>(), null, null);
        d.dispose();
        return b;
    }

    static String upload(Booster booster, String name) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "model");
        Files.write(dir.resolve("xgboost-model"), booster.toByteArray("json"));
        Path tar = tmp.resolve(name + ".tar.gz");
        Tarballs.pack(dir, tar);
        String uri = "s3://" + session.defaultBucket() + "/models/" + name + "/model.tar.gz";
        session.objectStore().put(uri, tar);
        return uri;
    }

    static ModelInvoker invoker(Booster booster, boolean margin) {
        return rows -> {
            try {
                DMatrix d = matrix(rows);
                float[][] p = booster.predict(d, margin);
                d.dispose();
                double[][] out = new double[p.length][];
                for (int r = 0; r < p.length; r++) {
                    out[r] = new double[p[r].length];
                    for (int k = 0; k < p[r].length; k++) {
                        out[r][k] = p[r][k];
                    }
                }
                return out;
            } catch (XGBoostError e) {
                throw new IllegalStateException(e);
            }
        };
    }

    static List<String> ranking(Map<String, Double> global) {
        List<String> names = new ArrayList<>(global.keySet());
        names.sort(Comparator.comparingDouble((String n) -> global.get(n)).reversed());
        return names;
    }

    @Test
    void explain_regression_valuesPlusBaseEqualPredictionAndKernelShapAgreesOnOrder() throws Exception {
        Booster booster = train("reg:squarederror", 0);
        double[][] rows = rows(60, 5, 2);
        DMatrix d = matrix(rows);
        float[][] predicted = booster.predict(d, true);
        d.dispose();
        Map<String, Double> tree;
        try (TreeShap shap = TreeShap.fromModelData(upload(booster, "reg"), session)) {
            TreeShap.Explanation e = shap.explain(rows, NAMES);
            assertThat(e.labels()).isEqualTo(1);
            for (int r = 0; r < rows.length; r++) {
                double sum = e.expectedValue();
                for (double v : e.shapValues(r)) {
                    sum += v;
                }
                assertThat(sum).as("row %d: contributions + base = prediction", r)
                        .isCloseTo(predicted[r][0], within(1e-4));
                assertThat(e.margin(r)).isCloseTo(predicted[r][0], within(1e-4));
            }
            tree = e.globalShapValues("mean_abs");
        }
        JsonNode config = new ObjectMapper().readTree("{\"shap\":{\"num_clusters\":10,\"use_logit\":false,"
                + "\"save_local_shap_values\":true,\"seed\":3}}");
        ShapAnalysis.Result kernel = ShapAnalysis.run(config, NAMES, rows, invoker(booster, false),
                tmp.resolve("out-reg"), null, 65_536);
        JsonNode label = kernel.explanations().path("kernel_shap").path("label0");
        double expected = label.path("expected_value").asDouble();
        for (int r = 0; r < rows.length; r++) {
            double sum = expected;
            for (double v : kernel.local()[r][0]) {
                sum += v;
            }
            assertThat(sum).as("row %d: Kernel SHAP efficiency", r).isCloseTo(predicted[r][0], within(1e-5));
        }
        Map<String, Double> global = new LinkedHashMap<>();
        for (String name : NAMES) {
            global.put(name, label.path("global_shap_values").path(name).asDouble());
        }
        List<String> treeOrder = ranking(tree);
        List<String> kernelOrder = ranking(global);
        assertThat(treeOrder.subList(0, 2)).containsExactly("strong", "step");
        assertThat(kernelOrder.subList(0, 2)).containsExactly("strong", "step");
        assertThat(treeOrder.get(4)).isEqualTo("noise");
        assertThat(kernelOrder.get(4)).isEqualTo("noise");
        assertThat(kernelOrder.subList(2, 4)).containsExactlyInAnyOrderElementsOf(treeOrder.subList(2, 4));
        List<String> csv = Files.readAllLines(tmp.resolve("out-reg/explanations_shap/out.csv"),
                StandardCharsets.UTF_8);
        assertThat(csv.get(0)).isEqualTo("strong_label0,step_label0,inter1_label0,inter2_label0,noise_label0");
        assertThat(csv).hasSize(61);
        booster.dispose();
    }

    @Test
    void explain_binaryLogistic_treeMarginEqualsKernelShapLogOdds() throws Exception {
        Booster booster = train("binary:logistic", 0);
        double[][] rows = rows(20, 5, 3);
        Path dir = Files.createTempDirectory(tmp, "bin");
        Files.write(dir.resolve("xgboost-model"), booster.toByteArray("json"));
        JsonNode config = new ObjectMapper().readTree("{\"use_logit\":true,\"seed\":1,"
                + "\"baseline\":[[0,0,0,0,0],[1,-1,0.5,0.5,0]]}");
        ShapAnalysis.Result kernel = ShapAnalysis.run(config, NAMES, rows, invoker(booster, false),
                tmp.resolve("out-bin"), List.of("approved"), 65_536);
        double expected = kernel.explanations().path("kernel_shap").path("approved").path("expected_value")
                .asDouble();
        try (TreeShap shap = TreeShap.load(dir)) {
            TreeShap.Explanation e = shap.explain(rows, NAMES);
            for (int r = 0; r < rows.length; r++) {
                double sum = expected;
                for (double v : kernel.local()[r][0]) {
                    sum += v;
                }
                assertThat(sum).as("row %d: Kernel SHAP log-odds = TreeSHAP margin", r)
                        .isCloseTo(e.margin(r), within(1e-4));
            }
        }
        booster.dispose();
    }

    @Test
    void explain_multiClass_oneExplanationPerClass() throws Exception {
        Booster booster = train("multi:softprob", 3);
        double[][] rows = rows(10, 5, 4);
        DMatrix d = matrix(rows);
        float[][] margins = booster.predict(d, true);
        d.dispose();
        Path dir = Files.createTempDirectory(tmp, "multi");
        Files.write(dir.resolve("xgboost-model"), booster.toByteArray("json"));
        try (TreeShap shap = TreeShap.load(dir.resolve("xgboost-model"))) {
            TreeShap.Explanation e = shap.explain(rows);
            assertThat(e.labels()).isEqualTo(3);
            assertThat(e.featureNames()).containsExactly("f0", "f1", "f2", "f3", "f4");
            for (int r = 0; r < rows.length; r++) {
                for (int k = 0; k < 3; k++) {
                    assertThat(e.margin(r, k)).isCloseTo(margins[r][k], within(1e-4));
                }
            }
            assertThat(e.globalShapValues("median", 2)).containsOnlyKeys("f0", "f1", "f2", "f3", "f4");
            assertThatThrownBy(() -> e.shapValues(0, 3)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("label");
        }
        booster.dispose();
    }

    @Test
    void load_badInput_clearErrors() throws Exception {
        Path empty = Files.createTempDirectory(tmp, "empty");
        assertThatThrownBy(() -> TreeShap.load(empty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("xgboost-model");
        assertThatThrownBy(() -> TreeShap.fromModelData("s3://bucket/model.bin", session))
                .isInstanceOf(ValidationException.class).hasMessageContaining("model.tar.gz");
        Booster booster = train("reg:squarederror", 0);
        Path dir = Files.createTempDirectory(tmp, "wrong");
        Files.write(dir.resolve("xgboost-model"), booster.toByteArray("json"));
        try (TreeShap shap = TreeShap.load(dir)) {
            assertThatThrownBy(() -> shap.explain(new double[][] {{1, 2}})).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("5 features");
            assertThatThrownBy(() -> shap.explain(rows(2, 5, 1)).globalShapValues("max"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("mean_abs, median, or mean_sq");
        }
        booster.dispose();
    }
}
