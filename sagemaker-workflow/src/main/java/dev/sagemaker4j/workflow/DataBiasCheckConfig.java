/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import java.util.List;
import java.util.Objects;

/**
 * A data (pre-training) bias check, as Python's {@code DataBiasCheckConfig(data_config, *, kms_key=None,
 * data_bias_config, methods="all")}: Clarify's pre-training bias metrics (CI, DPL, KL, JS, LP, TVD, KS, CDDL) of a
 * data set, checked against the previous baseline's. Immutable.
 *
 * <pre>{@code
 * DataBiasCheckConfig config = DataBiasCheckConfig.builder().dataConfig(data).dataBiasConfig(bias).build();
 * }</pre>
 */
public final class DataBiasCheckConfig extends ClarifyCheckConfig {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final BiasConfig dataBiasConfig;
    private final Object methods;

    private DataBiasCheckConfig(Builder b) {
        super(b.dataConfig, b.kmsKey);
        this.dataBiasConfig = require("dataBiasConfig", b.dataBiasConfig, "pass a dev.sagemaker4j.clarify.BiasConfig");
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
     * Python's {@code methods}.
     *
     * @return "all" or the list of metric codes
     */
    public Object methods() {
        return methods;
    }

    @Override
    String checkType() {
        return "DATA_BIAS";
    }

    @Override
    ObjectNode monitoringAnalysisConfig() {
        return biasMonitoringConfig(dataBiasConfig.analysisConfig());
    }

    @Override
    ObjectNode analysisConfig() {
        ObjectNode c = dataConfig().analysisConfig();
        c.setAll(dataBiasConfig.analysisConfig());
        c.putObject("methods").putObject("pre_training_bias").set("methods", MAPPER.valueToTree(methods));
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataBiasCheckConfig c && dataConfig().equals(c.dataConfig())
                && Objects.equals(kmsKey(), c.kmsKey()) && dataBiasConfig.equals(c.dataBiasConfig)
                && methods.equals(c.methods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dataConfig(), dataBiasConfig, methods);
    }

    @Override
    public String toString() {
        return "DataBiasCheckConfig(" + dataConfig() + ", " + dataBiasConfig + ", " + methods + ")";
    }

    /** Builds a {@link DataBiasCheckConfig}; each method is a Python attribute. */
    public static final class Builder {
        private DataConfig dataConfig;
        private String kmsKey;
        private BiasConfig dataBiasConfig;
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
         * Sets {@code methods} to a subset of CI, DPL, KL, JS, LP, TVD, KS, CDDL.
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
         * @throws dev.sagemaker4j.exceptions.ValidationException when the data or bias config is missing
         */
        public DataBiasCheckConfig build() {
            return new DataBiasCheckConfig(this);
        }
    }
}
