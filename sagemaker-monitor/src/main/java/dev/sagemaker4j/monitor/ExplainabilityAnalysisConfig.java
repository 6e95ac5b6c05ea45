/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.ExplainabilityConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.util.List;

/**
 * The analysis configuration of a {@link ModelExplainabilityMonitor}, as Python's
 * {@code sagemaker.model_monitor.ExplainabilityAnalysisConfig(explainability_config, model_config, headers=None,
 * label_headers=None)}: {@code methods} (the explainability config, e.g. SHAP), {@code predictor} (the model
 * config, with {@code label_headers}) and the feature {@code headers}. Immutable.
 *
 * <pre>{@code
 * ExplainabilityAnalysisConfig config = ExplainabilityAnalysisConfig.builder().explainabilityConfig(shap)
 *         .modelConfig(model).headers(List.of("sex", "age")).build();
 * }</pre>
 */
public final class ExplainabilityAnalysisConfig {
    private final ObjectNode analysisConfig;

    private ExplainabilityAnalysisConfig(Builder b) {
        if (b.explainabilityConfig == null) {
            throw new ValidationException("explainability_config", null, "is missing",
                    "give explainabilityConfig(SHAPConfig...)");
        }
        if (b.modelConfig == null) {
            throw new ValidationException("model_config", null, "is missing", "give modelConfig(ModelConfig...)");
        }
        ObjectNode predictor = b.modelConfig.predictorConfig();
        ObjectNode c = SdkJson.MAPPER.createObjectNode();
        c.set("methods", b.explainabilityConfig.getExplainabilityConfig());
        c.set("predictor", predictor);
        if (b.headers != null) {
            c.set("headers", SdkJson.MAPPER.valueToTree(b.headers));
        }
        if (b.labelHeaders != null) {
            predictor.set("label_headers", SdkJson.MAPPER.valueToTree(b.labelHeaders));
        }
        this.analysisConfig = c;
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
     * The {@code analysis_config.json} of the monitoring jobs (Python's {@code _to_dict()}).
     *
     * @return a copy
     */
    public ObjectNode analysisConfig() {
        return analysisConfig.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExplainabilityAnalysisConfig other && other.analysisConfig.equals(analysisConfig);
    }

    @Override
    public int hashCode() {
        return analysisConfig.hashCode();
    }

    @Override
    public String toString() {
        return "ExplainabilityAnalysisConfig" + analysisConfig;
    }

    /** Builds an {@link ExplainabilityAnalysisConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private ExplainabilityConfig explainabilityConfig;
        private ModelConfig modelConfig;
        private List<String> headers;
        private List<String> labelHeaders;

        private Builder() {
        }

        /**
         * Sets {@code explainability_config} (required), e.g. a {@code SHAPConfig}.
         *
         * @param explainabilityConfig the method
         * @return this builder
         */
        public Builder explainabilityConfig(ExplainabilityConfig explainabilityConfig) {
            this.explainabilityConfig = explainabilityConfig;
            return this;
        }

        /**
         * Sets {@code model_config} (required): the model the jobs explain (a shadow endpoint).
         *
         * @param modelConfig the model
         * @return this builder
         */
        public Builder modelConfig(ModelConfig modelConfig) {
            this.modelConfig = modelConfig;
            return this;
        }

        /**
         * Sets {@code headers} (default {@code None}): the feature names of the model's input, without the label.
         *
         * @param headers the names, copied
         * @return this builder
         */
        public Builder headers(List<String> headers) {
            this.headers = headers == null ? null : List.copyOf(headers);
            return this;
        }

        /**
         * Sets {@code label_headers} (default {@code None}): one name per score of the model's output.
         *
         * @param labelHeaders the names, copied
         * @return this builder
         */
        public Builder labelHeaders(List<String> labelHeaders) {
            this.labelHeaders = labelHeaders == null ? null : List.copyOf(labelHeaders);
            return this;
        }

        /**
         * Builds the config.
         *
         * @return the config
         * @throws ValidationException without the explainability or the model config
         */
        public ExplainabilityAnalysisConfig build() {
            return new ExplainabilityAnalysisConfig(this);
        }
    }
}
