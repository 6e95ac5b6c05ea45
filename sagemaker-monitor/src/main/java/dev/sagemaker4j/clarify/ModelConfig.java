/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.internal.Json;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Python's {@code sagemaker.clarify.ModelConfig}: the model whose predictions Clarify needs, served by a shadow
 * endpoint the job creates and deletes ({@code modelName}, {@code instanceCount}, {@code instanceType}), or an
 * existing endpoint ({@code endpointName}). Its {@link #predictorConfig()} is the {@code predictor} part of
 * {@code analysis_config.json}.
 *
 * <pre>{@code
 * ModelConfig model = ModelConfig.builder().modelName("xgboost-model").instanceType("ml.c5.xlarge")
 *         .instanceCount(1).contentType("text/csv").acceptType("text/csv").build();
 * }</pre>
 *
 * <p>Not yet here: {@code time_series_model_config}.
 */
public final class ModelConfig {
    private static final Pattern PREFIX = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9])");
    private static final Set<String> ACCEPT = Set.of("text/csv", "application/jsonlines", "application/json");
    private static final Set<String> CONTENT = Set.of("text/csv", "application/jsonlines", "application/json",
            "image/jpeg", "image/jpg", "image/png", "application/x-npy");

    private final ObjectNode predictorConfig;

    private ModelConfig(Builder b) {
        boolean newModel = b.modelName != null && !b.modelName.isEmpty() && b.instanceCount != null
                && b.instanceCount != 0 && b.instanceType != null && !b.instanceType.isEmpty();
        boolean existing = b.endpointName != null && !b.endpointName.isEmpty();
        if (newModel == existing) {
            throw new ValidationException(existing ? "endpointName" : "modelName",
                    existing ? b.endpointName : b.modelName, existing
                            ? "is set together with modelName, instanceCount and instanceType"
                            : "is missing (or instanceCount or instanceType is)",
                    "pass either modelName, instanceCount and instanceType (a shadow endpoint), or endpointName");
        }
        if (existing && b.endpointNamePrefix != null) {
            throw new ValidationException("endpointNamePrefix", b.endpointNamePrefix,
                    "cannot be set with endpointName", "leave endpointNamePrefix out for an existing endpoint");
        }
        ObjectNode c = Json.F.objectNode();
        if (existing) {
            c.put("endpoint_name", b.endpointName);
        } else {
            c.put("model_name", b.modelName);
            c.put("instance_type", b.instanceType);
            c.put("initial_instance_count", b.instanceCount);
        }
        if (b.endpointNamePrefix != null) {
            if (!PREFIX.matcher(b.endpointNamePrefix).find()) {
                throw new ValidationException("endpointNamePrefix", b.endpointNamePrefix,
                        "is invalid (Invalid endpoint_name_prefix.)",
                        "follow the pattern ^[a-zA-Z0-9](-*[a-zA-Z0-9])");
            }
            c.put("endpoint_name_prefix", b.endpointNamePrefix);
        }
        if (b.acceptType != null) {
            if (!ACCEPT.contains(b.acceptType)) {
                throw new ValidationException("acceptType", b.acceptType, "is invalid", "use one of " + ACCEPT);
            }
            if (b.timeSeriesModelConfig != null && "text/csv".equals(b.acceptType)) {
                throw new ValidationException("acceptType", b.acceptType, "is text/csv", "``accept_type`` must be"
                        + " JSON or JSONLines for time series explainability.");
            }
            c.put("accept_type", b.acceptType);
        }
        if (b.contentType != null) {
            if (!CONTENT.contains(b.contentType)) {
                throw new ValidationException("contentType", b.contentType, "is invalid", "use one of " + CONTENT);
            }
            if ("application/jsonlines".equals(b.contentType)) {
                if (b.contentTemplate == null) {
                    throw new ValidationException("contentTemplate", null, "is required for the content_type"
                            + " application/jsonlines", "pass a template with the placeholder $features");
                }
                if (!b.contentTemplate.contains("$features")) {
                    throw new ValidationException("contentTemplate", b.contentTemplate, "has no placeholder"
                            + " \"features\"", "put $features in the template");
                }
            }
            if ("application/json".equals(b.contentType)) {
                if (b.contentTemplate == null || b.recordTemplate == null) {
                    throw new ValidationException(b.contentTemplate == null ? "contentTemplate" : "recordTemplate",
                            null, "is required for the content_type application/json",
                            "pass both contentTemplate and recordTemplate");
                }
                if (!b.contentTemplate.contains("$record")) {
                    throw new ValidationException("contentTemplate", b.contentTemplate, "has no placeholder"
                            + " \"record\"", "put $record or $records in the template");
                }
            }
            if (b.timeSeriesModelConfig != null && !"application/json".equals(b.contentType)
                    && !"application/jsonlines".equals(b.contentType)) {
                throw new ValidationException("contentType", b.contentType, "is not JSON", "``content_type`` must be"
                        + " JSON or JSONLines for time series explainability.");
            }
            c.put("content_type", b.contentType);
        }
        if (b.contentTemplate != null) {
            c.put("content_template", b.contentTemplate);
        }
        if (b.recordTemplate != null) {
            c.put("record_template", b.recordTemplate);
        }
        if (b.customAttributes != null) {
            c.put("custom_attributes", b.customAttributes);
        }
        if (b.acceleratorType != null) {
            c.put("accelerator_type", b.acceleratorType);
        }
        if (b.targetModel != null) {
            c.put("target_model", b.targetModel);
        }
        if (b.timeSeriesModelConfig != null) {
            c.set("time_series_predictor_config", b.timeSeriesModelConfig.timeSeriesModelConfig());
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
     * Python's {@code get_predictor_config()}: the {@code predictor} part of {@code analysis_config.json}.
     *
     * @return a copy
     */
    public ObjectNode predictorConfig() {
        return predictorConfig.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelConfig m && m.predictorConfig.equals(predictorConfig);
    }

    @Override
    public int hashCode() {
        return predictorConfig.hashCode();
    }

    @Override
    public String toString() {
        return "ModelConfig" + predictorConfig;
    }

    /** Builds a {@link ModelConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String modelName;
        private Integer instanceCount;
        private String instanceType;
        private String acceptType;
        private String contentType;
        private String contentTemplate;
        private String recordTemplate;
        private String customAttributes;
        private String acceleratorType;
        private String endpointNamePrefix;
        private String targetModel;
        private String endpointName;
        private TimeSeriesModelConfig timeSeriesModelConfig;

        private Builder() {
        }

        /**
         * Sets {@code model_name} (default {@code None}): the model the shadow endpoint serves.
         *
         * @param v the model's name
         * @return this builder
         */
        public Builder modelName(String v) {
            this.modelName = v;
            return this;
        }

        /**
         * Sets {@code instance_count} (default {@code None}): the shadow endpoint's instances.
         *
         * @param v the count
         * @return this builder
         */
        public Builder instanceCount(int v) {
            this.instanceCount = v;
            return this;
        }

        /**
         * Sets {@code instance_type} (default {@code None}): the shadow endpoint's instance type.
         *
         * @param v e.g. {@code ml.c5.xlarge}
         * @return this builder
         */
        public Builder instanceType(String v) {
            this.instanceType = v;
            return this;
        }

        /**
         * Sets {@code accept_type} (default {@code None}: the content type): the model output's format.
         *
         * @param v text/csv, application/jsonlines or application/json
         * @return this builder
         */
        public Builder acceptType(String v) {
            this.acceptType = v;
            return this;
        }

        /**
         * Sets {@code content_type} (default {@code None}: the data set's type): the model input's format.
         *
         * @param v e.g. text/csv
         * @return this builder
         */
        public Builder contentType(String v) {
            this.contentType = v;
            return this;
        }

        /**
         * Sets {@code content_template} (default {@code None}): the JSON request template.
         *
         * @param v e.g. {@code {"instances": $records}}
         * @return this builder
         */
        public Builder contentTemplate(String v) {
            this.contentTemplate = v;
            return this;
        }

        /**
         * Sets {@code record_template} (default {@code None}): the template of one record.
         *
         * @param v e.g. {@code $features}
         * @return this builder
         */
        public Builder recordTemplate(String v) {
            this.recordTemplate = v;
            return this;
        }

        /**
         * Sets {@code custom_attributes} (default {@code None}).
         *
         * @param v the attributes
         * @return this builder
         */
        public Builder customAttributes(String v) {
            this.customAttributes = v;
            return this;
        }

        /**
         * Sets {@code accelerator_type} (default {@code None}); not acted on locally.
         *
         * @param v the accelerator type
         * @return this builder
         */
        public Builder acceleratorType(String v) {
            this.acceleratorType = v;
            return this;
        }

        /**
         * Sets {@code endpoint_name_prefix} (default {@code None}): the shadow endpoint's name prefix.
         *
         * @param v the prefix
         * @return this builder
         */
        public Builder endpointNamePrefix(String v) {
            this.endpointNamePrefix = v;
            return this;
        }

        /**
         * Sets {@code target_model} (default {@code None}): the model of a multi-model endpoint.
         *
         * @param v the model's path
         * @return this builder
         */
        public Builder targetModel(String v) {
            this.targetModel = v;
            return this;
        }

        /**
         * Sets {@code endpoint_name} (default {@code None}): an existing endpoint to call instead of a shadow one.
         *
         * @param v the endpoint's name
         * @return this builder
         */
        public Builder endpointName(String v) {
            this.endpointName = v;
            return this;
        }

        /**
         * Sets {@code time_series_model_config} (default {@code None}): where the forecast is in the model's
         * response, written to {@code time_series_predictor_config}; the content and accept types must then be JSON
         * or JSON Lines. Runs on the {@code sagemaker} backend (the local Clarify program reads CSV only).
         *
         * @param v the configuration
         * @return this builder
         */
        public Builder timeSeriesModelConfig(TimeSeriesModelConfig v) {
            this.timeSeriesModelConfig = v;
            return this;
        }

        /**
         * The configuration.
         *
         * @return the configuration
         * @throws ValidationException where Python raises ValueError or AssertionError
         */
        public ModelConfig build() {
            return new ModelConfig(this);
        }
    }
}
