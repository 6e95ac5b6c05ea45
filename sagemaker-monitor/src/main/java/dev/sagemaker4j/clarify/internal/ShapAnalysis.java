/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.utils.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Clarify's SHAP analysis on a tabular data set: the {@code "shap"} method of {@code analysis_config.json} in,
 * the {@code "kernel_shap"} part of {@code analysis.json}'s {@code "explanations"} out, and the local values in
 * {@code explanations_shap/out.csv}.
 *
 * <p>The {@code "shap"} keys read: {@code baseline} (a list of rows, one row, {@code {"instances":
 * [{"features": [...]}]}}, or a local CSV file's path or {@code file://} URI with the feature columns and no
 * header: an {@code s3://} baseline is downloaded by the caller, as the processing job's inputs are, and its
 * local path passed in its place); {@code num_samples} (default {@code shap}'s "auto", {@code 2M + 2048}, at
 * most {@code 2^M - 2} coalitions); {@code agg_method} ({@code mean_abs}, the default, {@code median},
 * {@code mean_sq}); {@code use_logit}; {@code save_local_shap_values} (default true); {@code seed} (default
 * random); {@code num_clusters} (without a baseline: the background is the k-means summary of the data set's
 * rows into that many clusters, weighted by cluster size; default {@link #DEFAULT_NUM_CLUSTERS}).
 * {@code text_config}, {@code image_config} and {@code features_to_explain} are refused: the local analysis
 * explains numeric tabular features only.
 *
 * <p>Every baseline row is background (the expected value is the model's mean over them), as in
 * {@code shap}'s {@code KernelExplainer}; a one-row baseline (for example the data set's mean) is the cheapest,
 * each further row multiplies the model rows per explained row.
 */
public final class ShapAnalysis {
    /** The clusters of the k-means background when neither {@code baseline} nor {@code num_clusters} is given. */
    public static final int DEFAULT_NUM_CLUSTERS = 10;
    /** The folder, under the output folder, of the local values. */
    public static final String LOCAL_FOLDER = "explanations_shap";
    /** The local values' file name. */
    public static final String LOCAL_FILE = "out.csv";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> AGG_METHODS = List.of("mean_abs", "median", "mean_sq");

    private ShapAnalysis() {
    }

    /**
     * Runs the SHAP analysis, naming the model's outputs {@code label0}, {@code label1}, ...
     *
     * @param shapConfig   the {@code "shap"} method (or an object holding it under {@code "shap"})
     * @param featureNames the feature names, in the rows' order
     * @param rows         the rows to explain
     * @param model        the model
     * @param outputDir    where {@code explanations_shap/out.csv} goes (when {@code save_local_shap_values})
     * @return the {@code "explanations"} part of {@code analysis.json}: {@code {"kernel_shap": {label:
     *         {"global_shap_values": {feature: value}, "expected_value": value}}}}
     */
    public static ObjectNode run(JsonNode shapConfig, List<String> featureNames, double[][] rows, ModelInvoker model,
            Path outputDir) {
        return run(shapConfig, featureNames, rows, model, outputDir, null);
    }

    /**
     * Runs the SHAP analysis, naming the model's outputs after {@code labelHeaders} (Clarify's
     * {@code label_headers}) when given.
     *
     * @param shapConfig   the {@code "shap"} method (or an object holding it under {@code "shap"})
     * @param featureNames the feature names, in the rows' order
     * @param rows         the rows to explain
     * @param model        the model
     * @param outputDir    where {@code explanations_shap/out.csv} goes (when {@code save_local_shap_values})
     * @param labelHeaders one name per model output, or {@code null} for {@code label0}, {@code label1}, ...
     * @return the {@code "explanations"} part of {@code analysis.json}
     */
    public static ObjectNode run(JsonNode shapConfig, List<String> featureNames, double[][] rows, ModelInvoker model,
            Path outputDir, List<String> labelHeaders) {
        return run(shapConfig, featureNames, rows, model, outputDir, labelHeaders, KernelShap.DEFAULT_MAX_BATCH_ROWS)
                .explanations();
    }

    /** What a run produced, with its model-call counts. */
    public static final class Result {
        private final ObjectNode explanations;
        private final double[][][] local;
        private final long modelCalls;
        private final long modelRows;

        Result(ObjectNode explanations, double[][][] local, long modelCalls, long modelRows) {
            this.explanations = explanations;
            this.local = local;
            this.modelCalls = modelCalls;
            this.modelRows = modelRows;
        }

        /**
         * The {@code "explanations"} part of {@code analysis.json}.
         *
         * @return the JSON
         */
        public ObjectNode explanations() {
            return explanations;
        }

        /**
         * The local SHAP values.
         *
         * @return {@code [row][output][feature]}
         */
        public double[][][] local() {
            return local;
        }

        /**
         * The model calls made.
         *
         * @return the count
         */
        public long modelCalls() {
            return modelCalls;
        }

        /**
         * The rows sent to the model.
         *
         * @return the count
         */
        public long modelRows() {
            return modelRows;
        }
    }

    /**
     * Runs the SHAP analysis with a cap on the rows of one model call, returning the local values and the
     * model-call counts too.
     *
     * @param shapConfig   the {@code "shap"} method (or an object holding it under {@code "shap"})
     * @param featureNames the feature names, in the rows' order
     * @param rows         the rows to explain
     * @param model        the model
     * @param outputDir    where {@code explanations_shap/out.csv} goes (when {@code save_local_shap_values})
     * @param labelHeaders one name per model output, or {@code null} for {@code label0}, {@code label1}, ...
     * @param maxBatchRows the most rows in one model call
     * @return the result
     */
    public static Result run(JsonNode shapConfig, List<String> featureNames, double[][] rows, ModelInvoker model,
            Path outputDir, List<String> labelHeaders, int maxBatchRows) {
        JsonNode shap = shapConfig != null && shapConfig.has("shap") && shapConfig.get("shap").isObject()
                ? shapConfig.get("shap") : shapConfig;
        if (shap == null || !shap.isObject()) {
            throw new ValidationException("shap", String.valueOf(shapConfig), "is not a JSON object",
                    "pass SHAPConfig.getExplainabilityConfig() or its \"shap\" member");
        }
        for (String unsupported : List.of("text_config", "image_config", "features_to_explain")) {
            if (shap.hasNonNull(unsupported)) {
                throw new ValidationException(unsupported, Texts.excerpt(shap.get(unsupported).toString()),
                        "is not supported by the local Clarify analysis, which explains numeric tabular features",
                        "leave " + unsupported + " out locally, or run the analysis on SageMaker");
            }
        }
        int m = featureNames.size();
        if (rows.length == 0) {
            throw new ValidationException("dataset", "0 rows", "has no rows to explain",
                    "pass a data set with at least one row");
        }
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != m) {
                throw new ValidationException("dataset", "row " + (r + 1), "has " + rows[r].length
                        + " features where there are " + m + " feature names", "give every row one value per feature");
            }
        }
        String aggMethod = shap.path("agg_method").asText("mean_abs");
        if (!AGG_METHODS.contains(aggMethod)) {
            throw new ValidationException("agg_method", aggMethod, "is not an aggregation method",
                    "choose mean_abs, median, or mean_sq");
        }
        int numSamples = 0;
        if (shap.hasNonNull("num_samples")) {
            numSamples = shap.get("num_samples").asInt();
            if (!shap.get("num_samples").canConvertToInt() || numSamples < 1) {
                throw new ValidationException("num_samples", shap.get("num_samples").toString(),
                        "is not a positive integer", "pass a number of samples of 1 or more, or leave it out");
            }
        }
        boolean useLogit = shap.path("use_logit").asBoolean(false);
        boolean saveLocal = shap.path("save_local_shap_values").asBoolean(true);
        long seed = shap.hasNonNull("seed") ? shap.get("seed").asLong() : ThreadLocalRandom.current().nextLong();
        if (shap.hasNonNull("baseline") && shap.hasNonNull("num_clusters")) {
            throw new ValidationException("num_clusters", shap.get("num_clusters").toString(),
                    "is given with a baseline", "Baseline and num_clusters cannot be provided together. "
                            + "Please specify one of the two.");
        }
        double[][] background;
        double[] weights = null;
        if (shap.hasNonNull("baseline")) {
            background = baseline(shap.get("baseline"), m);
        } else {
            int k = shap.hasNonNull("num_clusters") ? shap.get("num_clusters").asInt() : DEFAULT_NUM_CLUSTERS;
            if (k < 1) {
                throw new ValidationException("num_clusters", String.valueOf(k), "is below 1",
                        "pass 1 or more clusters, or leave num_clusters out");
            }
            double[][][] summary = kmeans(rows, k, seed);
            background = summary[0];
            weights = summary[1][0];
        }
        KernelShap explainer = new KernelShap(background, weights, model, numSamples, useLogit, seed, maxBatchRows);
        double[] expected = explainer.expectedValue();
        int outputs = expected.length;
        List<String> labels = labels(labelHeaders, outputs);
        double[][][] local = new double[rows.length][][];
        for (int r = 0; r < rows.length; r++) {
            local[r] = explainer.explain(rows[r]).values();
        }
        ObjectNode kernel = JSON.objectNode();
        for (int d = 0; d < outputs; d++) {
            ObjectNode label = kernel.putObject(labels.get(d));
            ObjectNode global = label.putObject("global_shap_values");
            double[] column = new double[rows.length];
            for (int j = 0; j < m; j++) {
                for (int r = 0; r < rows.length; r++) {
                    column[r] = local[r][d][j];
                }
                global.put(featureNames.get(j), aggregate(column, aggMethod));
            }
            label.put("expected_value", expected[d]);
        }
        if (saveLocal) {
            writeLocal(outputDir, featureNames, labels, local);
        }
        ObjectNode explanations = JSON.objectNode();
        explanations.set("kernel_shap", kernel);
        return new Result(explanations, local, explainer.modelCalls(), explainer.modelRows());
    }

    static double aggregate(double[] values, String method) {
        switch (method) {
            case "median": {
                double[] sorted = values.clone();
                Arrays.sort(sorted);
                int n = sorted.length;
                return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            }
            case "mean_sq": {
                double s = 0;
                for (double v : values) {
                    s += v * v;
                }
                return s / values.length;
            }
            default: {
                double s = 0;
                for (double v : values) {
                    s += Math.abs(v);
                }
                return s / values.length;
            }
        }
    }

    private static List<String> labels(List<String> headers, int outputs) {
        if (headers != null && !headers.isEmpty()) {
            if (headers.size() != outputs) {
                throw new ValidationException("label_headers", headers.toString(), "names " + headers.size()
                        + " labels where the model returns " + outputs + " values per row",
                        "give one label header per model output");
            }
            return headers;
        }
        List<String> labels = new ArrayList<>();
        for (int d = 0; d < outputs; d++) {
            labels.add("label" + d);
        }
        return labels;
    }

    private static void writeLocal(Path outputDir, List<String> features, List<String> labels, double[][][] local) {
        StringBuilder csv = new StringBuilder();
        boolean first = true;
        for (String label : labels) {
            for (String feature : features) {
                csv.append(first ? "" : ",").append(csvField(feature + "_" + label));
                first = false;
            }
        }
        csv.append('\n');
        for (double[][] row : local) {
            first = true;
            for (double[] values : row) {
                for (double v : values) {
                    csv.append(first ? "" : ",").append(v);
                    first = false;
                }
            }
            csv.append('\n');
        }
        AtomicFiles.writeString(outputDir.resolve(LOCAL_FOLDER).resolve(LOCAL_FILE), csv.toString());
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /**
     * The baseline rows of the {@code "baseline"} value.
     *
     * @param baseline the value
     * @param features the feature count
     * @return the rows
     */
    static double[][] baseline(JsonNode baseline, int features) {
        List<double[]> rows = new ArrayList<>();
        if (baseline.isTextual()) {
            rows.addAll(readCsv(baseline.asText()));
        } else if (baseline.isObject() && baseline.path("instances").isArray()) {
            for (JsonNode instance : baseline.get("instances")) {
                rows.add(numbers(instance.path("features"), rows.size()));
            }
        } else if (baseline.isArray() && baseline.size() > 0 && baseline.get(0).isArray()) {
            for (JsonNode row : baseline) {
                rows.add(numbers(row, rows.size()));
            }
        } else if (baseline.isArray() && baseline.size() > 0) {
            rows.add(numbers(baseline, 0));
        }
        if (rows.isEmpty()) {
            throw new ValidationException("baseline", Texts.excerpt(baseline.toString()), "holds no rows",
                    "pass a list of rows (at least one), {\"instances\": [{\"features\": [...]}]}, or a CSV file");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != features) {
                throw new ValidationException("baseline", "row " + (r + 1), "has " + rows.get(r).length
                        + " values where the data set has " + features + " features",
                        "give every baseline row the feature values only (no label), one per feature");
            }
        }
        return rows.toArray(new double[0][]);
    }

    private static double[] numbers(JsonNode row, int index) {
        if (!row.isArray()) {
            throw new ValidationException("baseline", "row " + (index + 1), "is not a list of values",
                    "give each baseline row as a list of feature values");
        }
        double[] values = new double[row.size()];
        for (int j = 0; j < values.length; j++) {
            JsonNode v = row.get(j);
            if (v.isNumber()) {
                values[j] = v.asDouble();
            } else {
                values[j] = parse(v.asText(), "baseline", index);
            }
        }
        return values;
    }

    private static double parse(String text, String field, int index) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "row " + (index + 1) + ": " + Texts.excerpt(text),
                    "is not a number; the local Clarify analysis explains numeric features",
                    "encode categorical features as numbers, or run the analysis on SageMaker");
        }
    }

    private static List<double[]> readCsv(String location) {
        if (location.startsWith("s3://")) {
            throw new ValidationException("baseline", location, "is an S3 URI the analysis cannot read itself",
                    "download the baseline (a processing input does) and pass its local path");
        }
        Path path = location.startsWith("file:") ? Paths.get(URI.create(location)) : Paths.get(location);
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                double[] row = new double[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = parse(cells[j], "baseline", rows.size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the baseline " + location + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /**
     * The k-means summary of rows (Apache Commons Math's k-means++ and Lloyd iterations): the centres and,
     * as {@code [1][0]}, each centre's share of the rows.
     */
    static double[][][] kmeans(double[][] rows, int k, long seed) {
        if (rows.length <= k) {
            double[] w = new double[rows.length];
            Arrays.fill(w, 1.0 / rows.length);
            return new double[][][] {rows, {w}};
        }
        List<DoublePoint> points = new ArrayList<>(rows.length);
        for (double[] r : rows) {
            points.add(new DoublePoint(r));
        }
        JDKRandomGenerator random = new JDKRandomGenerator();
        random.setSeed(seed);
        List<CentroidCluster<DoublePoint>> clusters = new KMeansPlusPlusClusterer<DoublePoint>(k, 100,
                new EuclideanDistance(), random).cluster(points);
        List<double[]> centres = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (CentroidCluster<DoublePoint> c : clusters) {
            if (!c.getPoints().isEmpty()) {
                centres.add(c.getCenter().getPoint());
                sizes.add((double) c.getPoints().size());
            }
        }
        double[] w = new double[sizes.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = sizes.get(i) / rows.length;
        }
        return new double[][][] {centres.toArray(new double[0][]), {w}};
    }
}
