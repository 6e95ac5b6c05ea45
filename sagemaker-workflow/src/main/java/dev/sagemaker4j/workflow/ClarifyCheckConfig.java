/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/**
 * What a {@link ClarifyCheckStep} checks, as Python's {@code sagemaker.workflow.clarify_check_step.ClarifyCheckConfig}
 * ({@code data_config}, {@code kms_key}): a {@link DataBiasCheckConfig}, a {@link ModelBiasCheckConfig} or a
 * {@link ModelExplainabilityCheckConfig}, the only three kinds Python accepts. The Clarify job's
 * {@code analysis_config.json} is built from the {@code dev.sagemaker4j.clarify} configurations' own parts
 * ({@link DataConfig#analysisConfig()}, {@code BiasConfig.analysisConfig()}, {@code ModelConfig.predictorConfig()},
 * ...), as Python's step builds it from their {@code get_config()}.
 */
public abstract class ClarifyCheckConfig {
    private final DataConfig dataConfig;
    private final String kmsKey;

    ClarifyCheckConfig(DataConfig dataConfig, String kmsKey) {
        if (dataConfig == null) {
            throw new ValidationException("dataConfig", null, "is missing",
                    "pass a dev.sagemaker4j.clarify.DataConfig");
        }
        this.dataConfig = dataConfig;
        this.kmsKey = kmsKey;
    }

    /**
     * Python's {@code data_config}.
     *
     * @return the data set's configuration
     */
    public DataConfig dataConfig() {
        return dataConfig;
    }

    /**
     * Python's {@code kms_key}: the key the analysis configuration is uploaded with.
     *
     * @return the key, or null
     */
    public String kmsKey() {
        return kmsKey;
    }

    /** Python's {@code _DATA_BIAS_TYPE}, {@code _MODEL_BIAS_TYPE} or {@code _MODEL_EXPLAINABILITY_TYPE}. */
    abstract String checkType();

    /** Python's {@code _generate_processing_job_analysis_config()}, without the report method. */
    abstract ObjectNode analysisConfig();

    /**
     * Python's {@code BiasAnalysisConfig} / {@code ExplainabilityAnalysisConfig} {@code _to_dict()}: the analysis
     * configuration a monitoring schedule of this check would use.
     */
    abstract ObjectNode monitoringAnalysisConfig();

    /** Python's {@code BiasAnalysisConfig(bias_config, headers=data_config.headers, label=data_config.label)}. */
    ObjectNode biasMonitoringConfig(ObjectNode bias) {
        ObjectNode data = dataConfig.analysisConfig();
        if (data.has("headers")) {
            bias.set("headers", data.get("headers"));
        }
        if (data.has("label")) {
            bias.set("label", data.get("label"));
        }
        return bias;
    }

    /** The model of a model check (the step's {@code ModelName}), else null. */
    String modelName() {
        return null;
    }

    static <T> T require(String field, T value, String fix) {
        if (value == null) {
            throw new ValidationException(field, null, "is missing", fix);
        }
        return value;
    }

    /** A {@code methods} value: "all" or a list of metric codes, as Python's {@code methods}. */
    static Object methods(String field, Object methods) {
        if (methods instanceof String s && !s.isBlank()) {
            return s;
        }
        if (methods instanceof List<?> l && !l.isEmpty()) {
            for (Object m : l) {
                if (!(m instanceof String s) || s.isBlank()) {
                    throw new ValidationException(field, methods, "holds an empty metric code",
                            "list metric codes such as \"CI\" or \"DPPL\", or pass \"all\"");
                }
            }
            return List.copyOf(l);
        }
        throw new ValidationException(field, methods, "is empty", "pass \"all\" or a list of metric codes");
    }
}
