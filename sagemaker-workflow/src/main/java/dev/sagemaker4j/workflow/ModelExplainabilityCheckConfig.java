/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ExplainabilityConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.ModelPredictedLabelConfig;
import java.util.Objects;

/**
 * A model explainability check, as Python's {@code ModelExplainabilityCheckConfig(data_config, *, kms_key=None,
 * model_config, explainability_config, model_scores=None)}: Clarify's SHAP values of a model, checked against the
 * previous baseline's. Immutable.
 *
 * <pre>{@code
 * ModelExplainabilityCheckConfig config = ModelExplainabilityCheckConfig.builder().dataConfig(data)
 *         .modelConfig(model).explainabilityConfig(shap).build();
 * }</pre>
 */
public final class ModelExplainabilityCheckConfig extends ClarifyCheckConfig {
    private final ModelConfig modelConfig;
    private final ExplainabilityConfig explainabilityConfig;
    private final Object modelScores;

    private ModelExplainabilityCheckConfig(Builder b) {
        super(b.dataConfig, b.kmsKey);
        this.modelConfig = require("modelConfig", b.modelConfig, "pass a dev.sagemaker4j.clarify.ModelConfig");
        this.explainabilityConfig = require("explainabilityConfig", b.explainabilityConfig,
                "pass a dev.sagemaker4j.clarify.SHAPConfig");
        this.modelScores = b.modelScores;
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
     * Python's {@code model_config}.
     *
     * @return the model and its shadow endpoint
     */
    public ModelConfig modelConfig() {
        return modelConfig;
    }

    /**
     * Python's {@code explainability_config}.
     *
     * @return the SHAP (or PDP) configuration
     */
    public ExplainabilityConfig explainabilityConfig() {
        return explainabilityConfig;
    }

    /**
     * Python's {@code model_scores}.
     *
     * @return a String (JMESPath), an Integer (index), a {@link ModelPredictedLabelConfig}, or null
     */
    public Object modelScores() {
        return modelScores;
    }

    @Override
    String checkType() {
        return "MODEL_EXPLAINABILITY";
    }

    @Override
    String modelName() {
        return modelConfig.predictorConfig().path("model_name").textValue();
    }

    /** Python's {@code ExplainabilityAnalysisConfig}, the headers without the label, without model_name. */
    @Override
    ObjectNode monitoringAnalysisConfig() {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.set("methods", explainabilityConfig.getExplainabilityConfig());
        ObjectNode predictor = modelConfig.predictorConfig();
        predictor.remove("model_name");
        c.set("predictor", predictor);
        ObjectNode data = dataConfig().analysisConfig();
        if (data.get("headers") instanceof ArrayNode headers) {
            ArrayNode features = c.putArray("headers");
            for (JsonNode h : headers) {
                if (!h.equals(data.get("label"))) {
                    features.add(h);
                }
            }
        }
        return c;
    }

    @Override
    ObjectNode analysisConfig() {
        ObjectNode c = dataConfig().analysisConfig();
        ObjectNode predictor = modelConfig.predictorConfig();
        predictor.remove("model_name");
        if (modelScores instanceof ModelPredictedLabelConfig m) {
            if (m.probabilityThreshold() != null) {
                c.put("probability_threshold", m.probabilityThreshold());
            }
            predictor.setAll(m.predictorConfig());
        } else if (modelScores instanceof String s) {
            predictor.put("label", s);
        } else if (modelScores instanceof Integer i) {
            predictor.put("label", i);
        }
        c.set("methods", explainabilityConfig.getExplainabilityConfig());
        c.set("predictor", predictor);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelExplainabilityCheckConfig c && dataConfig().equals(c.dataConfig())
                && Objects.equals(kmsKey(), c.kmsKey()) && modelConfig.equals(c.modelConfig)
                && explainabilityConfig.equals(c.explainabilityConfig) && Objects.equals(modelScores, c.modelScores);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataConfig(), modelConfig, explainabilityConfig, modelScores);
    }

    @Override
    public String toString() {
        return "ModelExplainabilityCheckConfig(" + dataConfig() + ", " + modelConfig + ", " + explainabilityConfig
                + ")";
    }

    /** Builds a {@link ModelExplainabilityCheckConfig}; each method is a Python attribute. */
    public static final class Builder {
        private DataConfig dataConfig;
        private String kmsKey;
        private ModelConfig modelConfig;
        private ExplainabilityConfig explainabilityConfig;
        private Object modelScores;

        private Builder() {
        }

        /**
         * Sets {@code data_config} (required).
         *
         * @param dataConfig the data set's input, output, label and headers
         * @return this builder
         */
        public Builder dataConfig(DataConfig dataConfig) {
            this.dataConfig = dataConfig;
            return this;
        }

        /**
         * Sets {@code kms_key} (default {@code None}).
         *
         * @param kmsKey the key the analysis configuration is uploaded with
         * @return this builder
         */
        public Builder kmsKey(String kmsKey) {
            this.kmsKey = kmsKey;
            return this;
        }

        /**
         * Sets {@code model_config} (required).
         *
         * @param modelConfig the model and its shadow endpoint
         * @return this builder
         */
        public Builder modelConfig(ModelConfig modelConfig) {
            this.modelConfig = modelConfig;
            return this;
        }

        /**
         * Sets {@code explainability_config} (required).
         *
         * @param explainabilityConfig a SHAPConfig (or PDPConfig)
         * @return this builder
         */
        public Builder explainabilityConfig(ExplainabilityConfig explainabilityConfig) {
            this.explainabilityConfig = explainabilityConfig;
            return this;
        }

        /**
         * Sets {@code model_scores} (default {@code None}: the model's output is a single score).
         *
         * @param modelScores a JMESPath expression locating the scores
         * @return this builder
         */
        public Builder modelScores(String modelScores) {
            this.modelScores = modelScores;
            return this;
        }

        /**
         * Sets {@code model_scores} to an index.
         *
         * @param modelScores the index of the scores in the model's output
         * @return this builder
         */
        public Builder modelScores(int modelScores) {
            this.modelScores = modelScores;
            return this;
        }

        /**
         * Sets {@code model_scores} to a predicted label configuration.
         *
         * @param modelScores how the scores (and threshold) are read
         * @return this builder
         */
        public Builder modelScores(ModelPredictedLabelConfig modelScores) {
            this.modelScores = modelScores;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws dev.sagemaker4j.exceptions.ValidationException when a required configuration is missing
         */
        public ModelExplainabilityCheckConfig build() {
            return new ModelExplainabilityCheckConfig(this);
        }
    }
}
