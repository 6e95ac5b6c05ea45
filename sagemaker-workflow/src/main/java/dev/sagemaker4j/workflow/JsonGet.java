/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * Reads a value from a step's {@link PropertyFile} when the pipeline runs, as in the Python SDK's
 * {@code sagemaker.workflow.functions.JsonGet}:
 * {@code {"Std:JsonGet": {"PropertyFile": {"Get": "Steps.<step>.PropertyFiles.<file>"}, "Path": path}}}.
 */
public final class JsonGet implements PipelineVariable {

    private final String stepName;
    private final String propertyFile;
    private final String jsonPath;

    private JsonGet(String stepName, String propertyFile, String jsonPath) {
        this.stepName = stepName;
        this.propertyFile = propertyFile;
        this.jsonPath = jsonPath;
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
        return Map.of("Std:JsonGet", Json.map("PropertyFile",
                Map.of("Get", "Steps." + stepName + ".PropertyFiles." + propertyFile), "Path", jsonPath));
    }
}
