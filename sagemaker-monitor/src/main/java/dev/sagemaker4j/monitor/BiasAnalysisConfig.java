/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.util.List;

/**
 * The analysis configuration of a {@link ModelBiasMonitor}, as Python's
 * {@code sagemaker.model_monitor.BiasAnalysisConfig(bias_config, headers=None, label=None)}: the bias config's
 * {@code get_config()} with the data set's {@code headers} and {@code label}. Immutable.
 *
 * <pre>{@code
 * BiasAnalysisConfig config = BiasAnalysisConfig.builder().biasConfig(bias)
 *         .headers(List.of("label", "sex", "age")).label("label").build();
 * }</pre>
 */
public final class BiasAnalysisConfig {
    private final ObjectNode analysisConfig;

    private BiasAnalysisConfig(Builder b) {
        if (b.biasConfig == null) {
            throw new ValidationException("bias_config", null, "is missing", "give biasConfig(BiasConfig...)");
        }
        ObjectNode c = b.biasConfig.analysisConfig();
        if (b.headers != null) {
            c.set("headers", SdkJson.MAPPER.valueToTree(b.headers));
        }
        if (b.label != null) {
            c.set("label", SdkJson.MAPPER.valueToTree(b.label));
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
        return o instanceof BiasAnalysisConfig other && other.analysisConfig.equals(analysisConfig);
    }

    @Override
    public int hashCode() {
        return analysisConfig.hashCode();
    }

    @Override
    public String toString() {
        return "BiasAnalysisConfig" + analysisConfig;
    }

    /** Builds a {@link BiasAnalysisConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private BiasConfig biasConfig;
        private List<String> headers;
        private Object label;

        private Builder() {
        }

        /**
         * Sets {@code bias_config} (required).
         *
         * @param biasConfig the sensitive groups and the positive label values
         * @return this builder
         */
        public Builder biasConfig(BiasConfig biasConfig) {
            this.biasConfig = biasConfig;
            return this;
        }

        /**
         * Sets {@code headers} (default {@code None}): the column names of the data set, the label included.
         *
         * @param headers the names, copied
         * @return this builder
         */
        public Builder headers(List<String> headers) {
            this.headers = headers == null ? null : List.copyOf(headers);
            return this;
        }

        /**
         * Sets {@code label} (default {@code None}): the label column by name (or JMESPath for JSON Lines).
         *
         * @param label the column
         * @return this builder
         */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        /**
         * Sets {@code label} by column index.
         *
         * @param label the column's index
         * @return this builder
         */
        public Builder label(int label) {
            this.label = label;
            return this;
        }

        /**
         * Builds the config.
         *
         * @return the config
         * @throws ValidationException without a bias config
         */
        public BiasAnalysisConfig build() {
            return new BiasAnalysisConfig(this);
        }
    }
}
