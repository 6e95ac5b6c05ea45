/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Python's {@code sagemaker.clarify.SHAPConfig}: the Kernel SHAP method of a Clarify explainability analysis.
 * {@link #getExplainabilityConfig()} is the {@code {"shap": {...}}} member of {@code analysis_config.json}'s
 * {@code "methods"}, key for key as Python writes it.
 *
 * <pre>{@code
 * // Python: SHAPConfig(baseline=[[0.26, 0.28, 0.07]], num_samples=100, agg_method="mean_sq")
 * SHAPConfig shap = SHAPConfig.builder().baseline(new double[][] {{0.26, 0.28, 0.07}})
 *         .numSamples(100).aggMethod("mean_sq").build();
 * }</pre>
 *
 * <p>Locally, the analysis explains numeric tabular features (see
 * {@code dev.sagemaker4j.clarify.internal.ShapAnalysis}): {@code text_config} ({@link TextConfig}),
 * {@code image_config} ({@link ImageConfig}) and {@code features_to_explain} are sent to SageMaker but refused by
 * the local analysis, with an error that says so. For exact, fast TreeSHAP on XGBoost models (which Clarify does not offer) use
 * {@link TreeShap}.
 */
public final class SHAPConfig implements ExplainabilityConfig {
    private static final Logger LOG = LoggerFactory.getLogger(SHAPConfig.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> AGG_METHODS = List.of("mean_abs", "median", "mean_sq");

    private final JsonNode baseline;
    private final Integer numSamples;
    private final String aggMethod;
    private final boolean useLogit;
    private final boolean saveLocalShapValues;
    private final Integer seed;
    private final Integer numClusters;
    private final TextConfig textConfig;
    private final ImageConfig imageConfig;
    private final ArrayNode featuresToExplain;

    private SHAPConfig(Builder b) {
        if (b.aggMethod != null && !AGG_METHODS.contains(b.aggMethod)) {
            throw new ValidationException("aggMethod", b.aggMethod, "Invalid agg_method " + b.aggMethod + ".",
                    "Please choose mean_abs, median, or mean_sq.");
        }
        if (b.numClusters != null && b.baseline != null) {
            throw new ValidationException("numClusters", b.numClusters, "is given with a baseline: Baseline and"
                    + " num_clusters cannot be provided together.", "Please specify one of the two.");
        }
        if (b.numSamples != null && b.numSamples < 1) {
            throw new ValidationException("numSamples", b.numSamples, "is below 1",
                    "pass a number of samples of 1 or more, or leave it out for the job to choose");
        }
        if (b.numClusters != null && b.numClusters < 1) {
            throw new ValidationException("numClusters", b.numClusters, "is below 1",
                    "pass 1 or more clusters, or leave it out for the job to choose");
        }
        if (b.featuresToExplain != null && (b.textConfig != null || b.imageConfig != null)) {
            throw new ValidationException("featuresToExplain", b.featuresToExplain.toString(),
                    "`features_to_explain` is not supported for datasets containing text features or images.",
                    "leave featuresToExplain out, or textConfig and imageConfig");
        }
        if (b.textConfig != null && !b.saveLocalShapValues) {
            LOG.warn("Global aggregation is not yet supported for text features. Consider setting"
                    + " save_local_shap_values=True to inspect local text explanations.");
        }
        this.baseline = b.baseline == null ? null : b.baseline.deepCopy();
        this.textConfig = b.textConfig;
        this.imageConfig = b.imageConfig;
        this.numSamples = b.numSamples;
        this.aggMethod = b.aggMethod;
        this.useLogit = b.useLogit;
        this.saveLocalShapValues = b.saveLocalShapValues;
        this.seed = b.seed;
        this.numClusters = b.numClusters;
        this.featuresToExplain = b.featuresToExplain == null ? null : b.featuresToExplain.deepCopy();
    }

    /**
     * A builder with Python's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this configuration's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseline = baseline == null ? null : baseline.deepCopy();
        b.numSamples = numSamples;
        b.aggMethod = aggMethod;
        b.useLogit = useLogit;
        b.saveLocalShapValues = saveLocalShapValues;
        b.seed = seed;
        b.numClusters = numClusters;
        b.textConfig = textConfig;
        b.imageConfig = imageConfig;
        b.featuresToExplain = featuresToExplain == null ? null : featuresToExplain.deepCopy();
        return b;
    }

    /**
     * The analysis method, as Python's {@code get_explainability_config()}: {@code {"shap": {"use_logit": ...,
     * "save_local_shap_values": ..., "baseline": ..., "num_samples": ..., "agg_method": ..., "seed": ...,
     * "num_clusters": ..., "text_config": ..., "image_config": ..., "features_to_explain": ...}}}, the unset optional keys left out.
     *
     * @return a new JSON object each call
     */
    @Override
    public ObjectNode getExplainabilityConfig() {
        ObjectNode shap = JSON.objectNode();
        shap.put("use_logit", useLogit);
        shap.put("save_local_shap_values", saveLocalShapValues);
        if (baseline != null) {
            shap.set("baseline", baseline.deepCopy());
        }
        if (numSamples != null) {
            shap.put("num_samples", numSamples);
        }
        if (aggMethod != null) {
            shap.put("agg_method", aggMethod);
        }
        if (seed != null) {
            shap.put("seed", seed);
        }
        if (numClusters != null) {
            shap.put("num_clusters", numClusters);
        }
        if (textConfig != null) {
            shap.set("text_config", textConfig.getTextConfig());
        }
        if (imageConfig != null) {
            shap.set("image_config", imageConfig.getImageConfig());
        }
        if (featuresToExplain != null) {
            shap.set("features_to_explain", featuresToExplain.deepCopy());
        }
        ObjectNode config = JSON.objectNode();
        config.set("shap", shap);
        return config;
    }

    /**
     * Python's {@code baseline}.
     *
     * @return the baseline as it is sent (an S3 URI string, a list of rows, or a JSON object), or {@code null}
     */
    public JsonNode baseline() {
        return baseline == null ? null : baseline.deepCopy();
    }

    /**
     * Python's {@code num_samples}.
     *
     * @return the number, or {@code null} for the job's choice
     */
    public Integer numSamples() {
        return numSamples;
    }

    /**
     * Python's {@code agg_method}.
     *
     * @return the method, or {@code null} for the job's {@code mean_abs}
     */
    public String aggMethod() {
        return aggMethod;
    }

    /**
     * Python's {@code use_logit}.
     *
     * @return whether SHAP values are in log-odds
     */
    public boolean useLogit() {
        return useLogit;
    }

    /**
     * Python's {@code save_local_shap_values}.
     *
     * @return whether the per-row values are written
     */
    public boolean saveLocalShapValues() {
        return saveLocalShapValues;
    }

    /**
     * Python's {@code seed}.
     *
     * @return the seed, or {@code null}
     */
    public Integer seed() {
        return seed;
    }

    /**
     * Python's {@code num_clusters}.
     *
     * @return the number, or {@code null}
     */
    public Integer numClusters() {
        return numClusters;
    }

    /**
     * Python's {@code text_config}.
     *
     * @return the text configuration, or {@code null}
     */
    public TextConfig textConfig() {
        return textConfig;
    }

    /**
     * Python's {@code image_config}.
     *
     * @return the image configuration, or {@code null}
     */
    public ImageConfig imageConfig() {
        return imageConfig;
    }

    /**
     * Python's {@code features_to_explain}.
     *
     * @return the names or indices, or {@code null} for all features
     */
    public JsonNode featuresToExplain() {
        return featuresToExplain == null ? null : featuresToExplain.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SHAPConfig)) {
            return false;
        }
        return getExplainabilityConfig().equals(((SHAPConfig) o).getExplainabilityConfig());
    }

    @Override
    public int hashCode() {
        return getExplainabilityConfig().hashCode();
    }

    @Override
    public String toString() {
        return "SHAPConfig" + getExplainabilityConfig().get("shap");
    }

    /** The named arguments of Python's {@code SHAPConfig(...)}. */
    public static final class Builder {
        private JsonNode baseline;
        private Integer numSamples;
        private String aggMethod;
        private boolean useLogit;
        private boolean saveLocalShapValues = true;
        private Integer seed;
        private Integer numClusters;
        private TextConfig textConfig;
        private ImageConfig imageConfig;
        private ArrayNode featuresToExplain;

        private Builder() {
        }

        /**
         * Python's {@code text_config}. Default {@code None}. Sent to SageMaker; the local analysis refuses it.
         *
         * @param textConfig how text features are split
         * @return this builder
         */
        public Builder textConfig(TextConfig textConfig) {
            this.textConfig = textConfig;
            return this;
        }

        /**
         * Python's {@code image_config}. Default {@code None}. Sent to SageMaker; the local analysis refuses it.
         *
         * @param imageConfig the computer-vision settings
         * @return this builder
         */
        public Builder imageConfig(ImageConfig imageConfig) {
            this.imageConfig = imageConfig;
            return this;
        }

        /**
         * Python's {@code baseline} as an S3 object URI (a file in the data set's format with the feature
         * columns only). Default {@code None}: the job computes one with k-means.
         *
         * @param s3Uri the baseline's URI
         * @return this builder
         */
        public Builder baseline(String s3Uri) {
            this.baseline = s3Uri == null ? null : JSON.textNode(s3Uri);
            return this;
        }

        /**
         * Python's {@code baseline} as a list of rows, each with the feature values only (numbers or strings).
         * Default {@code None}.
         *
         * @param rows the rows (at least one)
         * @return this builder
         */
        public Builder baseline(List<? extends List<?>> rows) {
            if (rows == null) {
                this.baseline = null;
                return this;
            }
            if (rows.isEmpty()) {
                throw new ValidationException("baseline", "[]", "has no rows",
                        "pass at least one row, or leave baseline out");
            }
            ArrayNode array = JSON.arrayNode();
            for (List<?> row : rows) {
                ArrayNode r = array.addArray();
                for (Object v : row) {
                    r.add(value(v));
                }
            }
            this.baseline = array;
            return this;
        }

        /**
         * Python's {@code baseline} as numeric rows. Default {@code None}.
         *
         * @param rows the rows (at least one), each with the feature values only
         * @return this builder
         */
        public Builder baseline(double[][] rows) {
            if (rows == null) {
                this.baseline = null;
                return this;
            }
            if (rows.length == 0) {
                throw new ValidationException("baseline", "[]", "has no rows",
                        "pass at least one row, or leave baseline out");
            }
            ArrayNode array = JSON.arrayNode();
            for (double[] row : rows) {
                ArrayNode r = array.addArray();
                for (double v : row) {
                    r.add(v);
                }
            }
            this.baseline = array;
            return this;
        }

        /**
         * Python's {@code baseline} as any JSON value Python accepts, for example a JSON Lines data set's
         * {@code {"instances": [{"features": [...]}]}}. Default {@code None}.
         *
         * @param baseline the baseline, sent as given
         * @return this builder
         */
        public Builder baseline(JsonNode baseline) {
            this.baseline = baseline == null || baseline.isNull() ? null : baseline.deepCopy();
            return this;
        }

        /**
         * Python's {@code num_samples}. Default {@code None}: the job chooses from the feature count.
         *
         * @param numSamples the size of the synthetic data set per explained row
         * @return this builder
         */
        public Builder numSamples(Integer numSamples) {
            this.numSamples = numSamples;
            return this;
        }

        /**
         * Python's {@code agg_method}: {@code "mean_abs"}, {@code "median"} or {@code "mean_sq"}. Default
         * {@code None} (the job uses {@code mean_abs}).
         *
         * @param aggMethod the aggregation of the global SHAP values
         * @return this builder
         */
        public Builder aggMethod(String aggMethod) {
            this.aggMethod = aggMethod;
            return this;
        }

        /**
         * Python's {@code use_logit}. Default {@code False}.
         *
         * @param useLogit whether to explain the log-odds of the model's probabilities
         * @return this builder
         */
        public Builder useLogit(boolean useLogit) {
            this.useLogit = useLogit;
            return this;
        }

        /**
         * Python's {@code save_local_shap_values}. Default {@code True}.
         *
         * @param saveLocalShapValues whether to write the per-row values
         * @return this builder
         */
        public Builder saveLocalShapValues(boolean saveLocalShapValues) {
            this.saveLocalShapValues = saveLocalShapValues;
            return this;
        }

        /**
         * Python's {@code seed}. Default {@code None}.
         *
         * @param seed the seed for deterministic SHAP values
         * @return this builder
         */
        public Builder seed(Integer seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Python's {@code num_clusters}: without a baseline, the size of the k-means baseline. Default
         * {@code None}.
         *
         * @param numClusters the clusters
         * @return this builder
         */
        public Builder numClusters(Integer numClusters) {
            this.numClusters = numClusters;
            return this;
        }

        /**
         * Python's {@code features_to_explain}, by name. Default {@code None} (all features).
         *
         * @param names the feature names
         * @return this builder
         */
        public Builder featuresToExplain(String... names) {
            ArrayNode array = JSON.arrayNode();
            for (String n : names) {
                array.add(Objects.requireNonNull(n, "featuresToExplain"));
            }
            this.featuresToExplain = array;
            return this;
        }

        /**
         * Python's {@code features_to_explain}, by column index. Default {@code None} (all features).
         *
         * @param indices the feature indices
         * @return this builder
         */
        public Builder featuresToExplain(int... indices) {
            ArrayNode array = JSON.arrayNode();
            for (int i : indices) {
                array.add(i);
            }
            this.featuresToExplain = array;
            return this;
        }

        /**
         * Builds the configuration, validating it as Python does.
         *
         * @return the configuration
         * @throws ValidationException when {@code aggMethod} is not one of the three, or {@code baseline} and
         *                             {@code numClusters} are both given
         */
        public SHAPConfig build() {
            return new SHAPConfig(this);
        }

        private static JsonNode value(Object v) {
            if (v == null) {
                return JSON.nullNode();
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                return JSON.numberNode(((Number) v).longValue());
            }
            if (v instanceof Float || v instanceof Double) {
                return JSON.numberNode(((Number) v).doubleValue());
            }
            if (v instanceof BigDecimal) {
                return JSON.numberNode((BigDecimal) v);
            }
            if (v instanceof Number) {
                return JSON.numberNode(((Number) v).doubleValue());
            }
            if (v instanceof Boolean) {
                return JSON.booleanNode((Boolean) v);
            }
            return JSON.textNode(v.toString());
        }
    }
}
