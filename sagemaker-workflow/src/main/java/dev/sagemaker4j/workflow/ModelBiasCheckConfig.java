/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.ModelPredictedLabelConfig;
import java.util.List;
import java.util.Objects;

/**
 * A model (post-training) bias check, as Python's {@code ModelBiasCheckConfig(data_config, *, kms_key=None,
 * data_bias_config, model_config, model_predicted_label_config, methods="all")}: Clarify's post-training bias
 * metrics (DPPL, DI, DCA, DCR, RD, DAR, DRR, AD, CDDPL, TE, FT) of a model's predictions. Immutable.
 *
 * <pre>{@code
 * ModelBiasCheckConfig config = ModelBiasCheckConfig.builder().dataConfig(data).dataBiasConfig(bias)
 *         .modelConfig(model).modelPredictedLabelConfig(label).build();
 * }</pre>
 */
public final class ModelBiasCheckConfig extends ClarifyCheckConfig {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BiasConfig dataBiasConfig;
    private final ModelConfig modelConfig;
    private final ModelPredictedLabelConfig modelPredictedLabelConfig;
    private final Object methods;

    private ModelBiasCheckConfig(Builder b) {
        super(b.dataConfig, b.kmsKey);
        this.dataBiasConfig = require("dataBiasConfig", b.dataBiasConfig, "pass a dev.sagemaker4j.clarify.BiasConfig");
        this.modelConfig = require("modelConfig", b.modelConfig, "pass a dev.sagemaker4j.clarify.ModelConfig");
        this.modelPredictedLabelConfig = require("modelPredictedLabelConfig", b.modelPredictedLabelConfig,
                "pass a dev.sagemaker4j.clarify.ModelPredictedLabelConfig");
        this.methods = methods("methods", b.methods);
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
     * Python's {@code data_bias_config}.
     *
     * @return the sensitive groups
     */
    public BiasConfig dataBiasConfig() {
        return dataBiasConfig;
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
     * Python's {@code model_predicted_label_config}.
     *
     * @return how the predicted label is read
     */
    public ModelPredictedLabelConfig modelPredictedLabelConfig() {
        return modelPredictedLabelConfig;
    }

    /**
     * Python's {@code methods}.
     *
     * @return "all" or the list of metric codes
     */
    public Object methods() {
        return methods;
    }

    @Override
    String checkType() {
        return "MODEL_BIAS";
    }

    @Override
    String modelName() {
        return modelConfig.predictorConfig().path("model_name").textValue();
    }

    @Override
    ObjectNode monitoringAnalysisConfig() {
        return biasMonitoringConfig(dataBiasConfig.analysisConfig());
    }

    @Override
    ObjectNode analysisConfig() {
        ObjectNode c = dataConfig().analysisConfig();
        c.setAll(dataBiasConfig.analysisConfig());
        ObjectNode predictor = modelPredictedLabelConfig.predictorConfig();
        predictor.setAll(modelConfig.predictorConfig());
        predictor.remove("model_name");
        c.putObject("methods").putObject("post_training_bias").set("methods", MAPPER.valueToTree(methods));
        c.set("predictor", predictor);
        if (modelPredictedLabelConfig.probabilityThreshold() != null) {
            c.put("probability_threshold", modelPredictedLabelConfig.probabilityThreshold());
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelBiasCheckConfig c && dataConfig().equals(c.dataConfig())
                && Objects.equals(kmsKey(), c.kmsKey()) && dataBiasConfig.equals(c.dataBiasConfig)
                && modelConfig.equals(c.modelConfig) && modelPredictedLabelConfig.equals(c.modelPredictedLabelConfig)
                && methods.equals(c.methods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataConfig(), dataBiasConfig, modelConfig, methods);
    }

    @Override
    public String toString() {
        return "ModelBiasCheckConfig(" + dataConfig() + ", " + dataBiasConfig + ", " + modelConfig + ", " + methods
                + ")";
    }

    /** Builds a {@link ModelBiasCheckConfig}; each method is a Python attribute. */
    public static final class Builder {
        private DataConfig dataConfig;
        private String kmsKey;
        private BiasConfig dataBiasConfig;
        private ModelConfig modelConfig;
        private ModelPredictedLabelConfig modelPredictedLabelConfig;
        private Object methods = "all";

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
         * Sets {@code data_bias_config} (required).
         *
         * @param dataBiasConfig the sensitive groups
         * @return this builder
         */
        public Builder dataBiasConfig(BiasConfig dataBiasConfig) {
            this.dataBiasConfig = dataBiasConfig;
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
         * Sets {@code model_predicted_label_config} (required).
         *
         * @param modelPredictedLabelConfig how the predicted label is read from the model's output
         * @return this builder
         */
        public Builder modelPredictedLabelConfig(ModelPredictedLabelConfig modelPredictedLabelConfig) {
            this.modelPredictedLabelConfig = modelPredictedLabelConfig;
            return this;
        }

        /**
         * Sets {@code methods} (default {@code "all"}).
         *
         * @param methods "all"
         * @return this builder
         */
        public Builder methods(String methods) {
            this.methods = methods;
            return this;
        }

        /**
         * Sets {@code methods} to a subset of DPPL, DI, DCA, DCR, RD, DAR, DRR, AD, CDDPL, TE, FT.
         *
         * @param methods the metric codes
         * @return this builder
         */
        public Builder methods(List<String> methods) {
            this.methods = methods;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws dev.sagemaker4j.exceptions.ValidationException when a required configuration is missing
         */
        public ModelBiasCheckConfig build() {
            return new ModelBiasCheckConfig(this);
        }
    }
}
