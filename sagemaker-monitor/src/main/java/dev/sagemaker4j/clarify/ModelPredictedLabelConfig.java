/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.internal.Json;
import java.util.List;
import java.util.Objects;

/**
 * Python's {@code sagemaker.clarify.ModelPredictedLabelConfig(label=None, probability=None,
 * probability_threshold=None, label_headers=None)}: where the predicted label or score is in the model's output.
 * {@code probability_threshold} goes to the top of {@code analysis_config.json}, the rest under {@code predictor}.
 */
public final class ModelPredictedLabelConfig {
    private final Object label;
    private final Object probability;
    private final Double probabilityThreshold;
    private final List<String> labelHeaders;
    private final ObjectNode predictorConfig;

    private ModelPredictedLabelConfig(Builder b) {
        this.label = b.label;
        this.probability = b.probability;
        this.probabilityThreshold = b.probabilityThreshold;
        this.labelHeaders = b.labelHeaders;
        ObjectNode c = Json.F.objectNode();
        if (label != null) {
            c.set("label", Json.value("label", label));
        }
        if (probability != null) {
            c.set("probability", Json.value("probability", probability));
        }
        if (labelHeaders != null) {
            c.set("label_headers", Json.value("labelHeaders", labelHeaders));
        }
        this.predictorConfig = c;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Python's {@code probability_threshold}.
     *
     * @return the threshold, or null
     */
    public Double probabilityThreshold() {
        return probabilityThreshold;
    }

    /**
     * The second value of Python's {@code get_predictor_config()}: the keys merged into {@code predictor}.
     *
     * @return a copy
     */
    public ObjectNode predictorConfig() {
        return predictorConfig.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelPredictedLabelConfig m && m.predictorConfig.equals(predictorConfig)
                && Objects.equals(m.probabilityThreshold, probabilityThreshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(predictorConfig, probabilityThreshold);
    }

    @Override
    public String toString() {
        return "ModelPredictedLabelConfig[probabilityThreshold=" + probabilityThreshold + ", predictor="
                + predictorConfig + "]";
    }

    /** Builds a {@link ModelPredictedLabelConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private Object label;
        private Object probability;
        private Double probabilityThreshold;
        private List<String> labelHeaders;

        private Builder() {
        }

        /**
         * Sets {@code label} (default {@code None}) to a JMESPath expression of JSON output.
         *
         * @param v the expression
         * @return this builder
         */
        public Builder label(String v) {
            this.label = v;
            return this;
        }

        /**
         * Sets {@code label} (default {@code None}) to an index in CSV output.
         *
         * @param v the index
         * @return this builder
         */
        public Builder label(int v) {
            this.label = v;
            return this;
        }

        /**
         * Sets {@code probability} (default {@code None}) to a JMESPath expression of JSON output.
         *
         * @param v the expression
         * @return this builder
         */
        public Builder probability(String v) {
            this.probability = v;
            return this;
        }

        /**
         * Sets {@code probability} (default {@code None}) to an index in CSV output.
         *
         * @param v the index
         * @return this builder
         */
        public Builder probability(int v) {
            this.probability = v;
            return this;
        }

        /**
         * Sets {@code probability_threshold} (default {@code None}: 0.5 in the container): scores above it are
         * the positive label of a binary model.
         *
         * @param v the threshold
         * @return this builder
         */
        public Builder probabilityThreshold(double v) {
            this.probabilityThreshold = v;
            return this;
        }

        /**
         * Sets {@code label_headers} (default {@code None}): the label of each score in the output.
         *
         * @param v the labels
         * @return this builder
         */
        public Builder labelHeaders(List<String> v) {
            this.labelHeaders = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * The configuration.
         *
         * @return the configuration
         */
        public ModelPredictedLabelConfig build() {
            return new ModelPredictedLabelConfig(this);
        }
    }
}
