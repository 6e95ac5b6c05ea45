/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Map;

/**
 * Reads a value from a step's {@link PropertyFile}, or from a JSON file in S3 ({@link #of(Join, String)}), when the
 * pipeline runs, as in the Python SDK's
 * {@code sagemaker.workflow.functions.JsonGet}:
 * {@code {"Std:JsonGet": {"PropertyFile": {"Get": "Steps.<step>.PropertyFiles.<file>"}, "Path": path}}}.
 */
public final class JsonGet implements PipelineVariable {

    private final String stepName;
    private final String propertyFile;
    private final Join s3Uri;
    private final String jsonPath;

    private JsonGet(String stepName, String propertyFile, Join s3Uri, String jsonPath) {
        this.stepName = stepName;
        this.propertyFile = propertyFile;
        this.s3Uri = s3Uri;
        this.jsonPath = jsonPath;
    }

    private JsonGet(String stepName, String propertyFile, String jsonPath) {
        this(stepName, propertyFile, null, jsonPath);
    }

    /**
     * A value of a JSON file in S3, as Python's {@code JsonGet(s3_uri=..., json_path=...)}:
     * {@code {"Std:JsonGet": {"S3Uri": <the join>, "Path": path}}}. The URI is resolved when the pipeline runs, e.g.
     * from a step's output location; the local engine reads the file through the session's S3.
     *
     * @param s3Uri    where the JSON file is (Python {@code s3_uri}): a {@link Join} whose values are strings,
     *                 numbers, {@link Parameter}s, {@link ExecutionVariable}s or {@link Properties}
     * @param jsonPath the JSON path of the value (Python {@code json_path})
     * @return the function
     * @throws ValidationException when the join holds another pipeline variable (as Python's
     *                             {@code _validate_json_get_s3_uri})
     */
    public static JsonGet of(Join s3Uri, String jsonPath) {
        if (s3Uri == null) {
            throw new ValidationException("s3Uri", null, "is required", "give the JSON file's location as a Join");
        }
        for (Object value : s3Uri.values()) {
            if (value instanceof PipelineVariable && !(value instanceof Parameter
                    || value instanceof ExecutionVariable || value instanceof Properties)) {
                throw new ValidationException("s3Uri", value, "is a pipeline variable a JsonGet's s3_uri cannot hold",
                        "join only strings, numbers, Parameters, ExecutionVariables or Properties");
            }
        }
        return new JsonGet(null, null, s3Uri, jsonPath);
    }

    /**
     * A value of a step's property file.
     *
     * @param step         the step that writes the file (Python {@code step_name})
     * @param propertyFile the file (Python {@code property_file})
     * @param jsonPath     the JSON path of the value, e.g. {@code regression_metrics.mse.value} (Python
     *                     {@code json_path})
     * @return the function
     */
    public static JsonGet of(Step step, PropertyFile propertyFile, String jsonPath) {
        return new JsonGet(step.name(), propertyFile.name(), jsonPath);
    }

    /**
     * A value of a step's property file, by names.
     *
     * @param stepName     the step's name (Python {@code step_name})
     * @param propertyFile the file's name (Python {@code property_file})
     * @param jsonPath     the JSON path of the value (Python {@code json_path})
     * @return the function
     */
    public static JsonGet of(String stepName, String propertyFile, String jsonPath) {
        return new JsonGet(stepName, propertyFile, jsonPath);
    }

    @Override
    public Map<String, Object> expr() {
        if (s3Uri != null) {
            return Map.of("Std:JsonGet", Json.map("S3Uri", s3Uri.expr(), "Path", jsonPath));
        }
        return Map.of("Std:JsonGet", Json.map("PropertyFile",
                Map.of("Get", "Steps." + stepName + ".PropertyFiles." + propertyFile), "Path", jsonPath));
    }
}
