/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.model.formats.XGBoostModelFormat;
import dev.sagemaker4j.utils.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Exact TreeSHAP for XGBoost models, from the engine's own feature contributions (xgboost's
 * {@code pred_contribs}, Lundberg et al.'s path-dependent TreeSHAP, in {@code O(trees × leaves × depth²)} per
 * row): per row, one SHAP value per feature plus the base value, summing to the model's raw output (the margin:
 * log-odds for {@code binary:logistic}, as Kernel SHAP's {@code use_logit}).
 *
 * <p>Python's {@code SHAPConfig} has no TreeSHAP switch and Clarify on SageMaker always runs Kernel SHAP, so this
 * is asked for by using this class, not by a key in the analysis configuration (no key the service does not know
 * is ever sent):
 *
 * <pre>{@code
 * try (TreeShap shap = TreeShap.fromModelData(estimator.modelData(), session)) {
 *     TreeShap.Explanation e = shap.explain(rows, List.of("age", "income", "score"));
 *     e.shapValues(0);                     // row 0's contributions, one per feature
 *     e.expectedValue();                   // the base value
 *     e.globalShapValues("mean_abs");      // {"age": 0.41, ...}, as Clarify's global_shap_values
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one explainer per thread, or calls in turn.
 */
public final class TreeShap implements AutoCloseable {
    /** The model file inside an XGBoost {@code model.tar.gz}. */
    public static final String MODEL_FILE = "xgboost-model";
    private static final List<String> AGG_METHODS = List.of("mean_abs", "median", "mean_sq");

    private final Booster booster;
    private final int features;

    private TreeShap(Booster booster) throws XGBoostError {
        this.booster = booster;
        this.features = (int) booster.getNumFeature();
    }

    /**
     * Loads an XGBoost model: its {@code model.tar.gz}, the folder it unpacks to, or the
     * {@value #MODEL_FILE} file itself (XGBoost JSON, UBJSON, or the legacy binary format SageMaker's XGBoost
     * containers write).
     *
     * @param path the archive, folder or file
     * @return the explainer
     * @throws ValidationException when the path holds no XGBoost model
     */
    public static TreeShap load(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return fromBytes(Files.readAllBytes(modelFile(path, path.toString())), path.toString());
            }
            String name = path.getFileName() == null ? "" : path.getFileName().toString();
            if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
                try (InputStream in = Files.newInputStream(path)) {
                    return fromArchive(in, path.toString());
                }
            }
            return fromBytes(Files.readAllBytes(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads the XGBoost {@code model.tar.gz} at a model data URI ({@code s3://} through the session's object
     * store, so a local bucket in local mode, or {@code file://}), as a training job's
     * {@code ModelArtifacts.S3ModelArtifacts} names it.
     *
     * @param modelData the model.tar.gz's URI
     * @param session   the session whose object store reads it
     * @return the explainer
     * @throws ValidationException when the archive holds no XGBoost model
     */
    public static TreeShap fromModelData(String modelData, Session session) {
        if (modelData == null || !(modelData.endsWith(".tar.gz") || modelData.endsWith(".tgz"))) {
            throw new ValidationException("modelData", modelData, "is not a model.tar.gz",
                    "pass the model.tar.gz an XGBoost training job wrote (estimator.modelData())");
        }
        try (InputStream in = session.objectStore().get(modelData)) {
            return fromArchive(in, modelData);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the model " + modelData + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads the XGBoost model a {@link Model} serves (its {@code modelData}, read through its session).
     *
     * @param model the model
     * @return the explainer
     * @throws ValidationException when the model has no XGBoost model data
     */
    public static TreeShap fromModel(Model model) {
        return fromModelData(model.modelData(), model.session());
    }

    private static TreeShap fromArchive(InputStream in, String source) throws IOException {
        Path folder = Files.createTempDirectory("sagemaker4j-treeshap");
        try {
            Tarballs.unpack(in, folder, source);
            return fromBytes(Files.readAllBytes(modelFile(folder, source)), source);
        } finally {
            Folders.deleteQuietly(folder);
        }
    }

    private static Path modelFile(Path folder, String source) {
        Path file = folder.resolve(MODEL_FILE);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path json = folder.resolve(MODEL_FILE + ".json");
        if (Files.isRegularFile(json)) {
            return json;
        }
        throw new ValidationException("modelData", source, "holds no " + MODEL_FILE + " file",
                "pass the model.tar.gz of an XGBoost model (SageMaker's XGBoost containers write " + MODEL_FILE
                        + ")");
    }

    private static TreeShap fromBytes(byte[] bytes, String source) throws IOException {
        switch (XGBoostModelFormat.detect(bytes)) {
            case PICKLE:
                throw new ValidationException("modelData", source, "is a pickled Python booster, which is not read",
                        "in Python, load it and save it with booster.save_model(\"xgboost-model.json\")");
            case LEGACY_BINARY:
                bytes = XGBoostModelFormat.legacyBinaryToJson(bytes, source);
                break;
            default:
                break;
        }
        try {
            return new TreeShap(XGBoost.loadModel(bytes));
        } catch (XGBoostError e) {
            throw new ValidationException("modelData", source, "is not a model xgboost can load: " + e.getMessage(),
                    "pass an XGBoost model");
        }
    }

    /**
     * The number of features a row must have.
     *
     * @return the model's feature count
     */
    public int features() {
        return features;
    }

    /**
     * Explains rows, naming the features {@code f0}, {@code f1}, ... (xgboost's default names).
     *
     * @param rows the rows, one value per feature ({@code NaN}: missing)
     * @return their explanation
     */
    public Explanation explain(double[][] rows) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            names.add("f" + j);
        }
        return explain(rows, names);
    }

    /**
     * Explains rows.
     *
     * @param rows         the rows, one value per feature ({@code NaN}: missing)
     * @param featureNames the features' names, in the rows' order
     * @return their explanation
     */
    public Explanation explain(double[][] rows, List<String> featureNames) {
        if (featureNames.size() != features) {
            throw new ValidationException("featureNames", featureNames.size() + " names", "names "
                    + featureNames.size() + " features where the model has " + features,
                    "give one name per model feature");
        }
        if (rows.length == 0) {
            throw new ValidationException("rows", "0 rows", "has no rows to explain", "pass at least one row");
        }
        float[] flat = new float[rows.length * features];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != features) {
                throw new ValidationException("rows", "row " + (r + 1), "has " + rows[r].length
                        + " values where the model has " + features + " features", "give one value per feature");
            }
            for (int j = 0; j < features; j++) {
                flat[r * features + j] = (float) rows[r][j];
            }
        }
        DMatrix data = null;
        try {
            data = new DMatrix(flat, rows.length, features, Float.NaN);
            float[][] contrib = booster.predictContrib(data, 0);
            int width = contrib[0].length;
            if (width % (features + 1) != 0) {
                throw new IllegalStateException("xgboost returned " + width + " contributions per row for "
                        + features + " features");
            }
            int labels = width / (features + 1);
            return new Explanation(List.copyOf(featureNames), contrib, labels, features);
        } catch (XGBoostError e) {
            throw new IllegalStateException("xgboost's feature contributions failed: " + e.getMessage(), e);
        } finally {
            if (data != null) {
                data.dispose();
            }
        }
    }

    @Override
    public void close() {
        booster.dispose();
    }

    /**
     * TreeSHAP's values for a set of rows: per row and label (model output; one for regression and binary
     * classification, one per class for {@code multi:softprob}), one value per feature, and the base value.
     */
    public static final class Explanation {
        private final List<String> featureNames;
        private final float[][] contrib;
        private final int labels;
        private final int features;

        Explanation(List<String> featureNames, float[][] contrib, int labels, int features) {
            this.featureNames = featureNames;
            this.contrib = contrib;
            this.labels = labels;
            this.features = features;
        }

        /**
         * The feature names, in the values' order.
         *
         * @return the names
         */
        public List<String> featureNames() {
            return featureNames;
        }

        /**
         * The number of rows explained.
         *
         * @return the count
         */
        public int rows() {
            return contrib.length;
        }

        /**
         * The number of model outputs explained (1, or the classes of a multi-class model).
         *
         * @return the count
         */
        public int labels() {
            return labels;
        }

        /**
         * A row's SHAP values for the first (or only) output.
         *
         * @param row the row
         * @return one value per feature, in margin units
         */
        public double[] shapValues(int row) {
            return shapValues(row, 0);
        }

        /**
         * A row's SHAP values for one output.
         *
         * @param row   the row
         * @param label the output (class), from 0
         * @return one value per feature, in margin units
         */
        public double[] shapValues(int row, int label) {
            checkLabel(label);
            double[] v = new double[features];
            int base = label * (features + 1);
            for (int j = 0; j < features; j++) {
                v[j] = contrib[row][base + j];
            }
            return v;
        }

        /**
         * The base value (the expected margin over the training data the trees saw) of the first output.
         *
         * @return the base value
         */
        public double expectedValue() {
            return expectedValue(0);
        }

        /**
         * The base value of one output.
         *
         * @param label the output (class), from 0
         * @return the base value
         */
        public double expectedValue(int label) {
            checkLabel(label);
            return contrib[0][label * (features + 1) + features];
        }

        /**
         * The model's margin on a row for the first output: the SHAP values plus the base value.
         *
         * @param row the row
         * @return the margin
         */
        public double margin(int row) {
            return margin(row, 0);
        }

        /**
         * The model's margin on a row for one output: the SHAP values plus the base value.
         *
         * @param row   the row
         * @param label the output (class), from 0
         * @return the margin
         */
        public double margin(int row, int label) {
            checkLabel(label);
            double s = 0;
            int base = label * (features + 1);
            for (int j = 0; j <= features; j++) {
                s += contrib[row][base + j];
            }
            return s;
        }

        /**
         * The global SHAP values of the first output, aggregated as Clarify's {@code global_shap_values}.
         *
         * @param aggMethod {@code mean_abs}, {@code median} or {@code mean_sq} (Python's {@code agg_method})
         * @return feature name to value, in feature order
         */
        public Map<String, Double> globalShapValues(String aggMethod) {
            return globalShapValues(aggMethod, 0);
        }

        /**
         * The global SHAP values of one output, aggregated as Clarify's {@code global_shap_values}.
         *
         * @param aggMethod {@code mean_abs}, {@code median} or {@code mean_sq} (Python's {@code agg_method})
         * @param label     the output (class), from 0
         * @return feature name to value, in feature order
         */
        public Map<String, Double> globalShapValues(String aggMethod, int label) {
            if (!AGG_METHODS.contains(aggMethod)) {
                throw new ValidationException("aggMethod", aggMethod, "is not an aggregation method",
                        "choose mean_abs, median, or mean_sq");
            }
            checkLabel(label);
            Map<String, Double> global = new LinkedHashMap<>();
            double[] column = new double[contrib.length];
            for (int j = 0; j < features; j++) {
                for (int r = 0; r < contrib.length; r++) {
                    column[r] = contrib[r][label * (features + 1) + j];
                }
                global.put(featureNames.get(j), aggregate(column, aggMethod));
            }
            return Collections.unmodifiableMap(global);
        }

        private void checkLabel(int label) {
            if (label < 0 || label >= labels) {
                throw new ValidationException("label", String.valueOf(label), "is not an output of the model, which"
                        + " has " + labels, "pass a label from 0 to " + (labels - 1));
            }
        }

        private static double aggregate(double[] values, String method) {
            double s = 0;
            switch (method) {
                case "median":
                    double[] sorted = values.clone();
                    Arrays.sort(sorted);
                    int n = sorted.length;
                    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
                case "mean_sq":
                    for (double v : values) {
                        s += v * v;
                    }
                    return s / values.length;
                default:
                    for (double v : values) {
                        s += Math.abs(v);
                    }
                    return s / values.length;
            }
        }
    }
}
