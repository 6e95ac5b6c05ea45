/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * A JSON file that a processing step writes to one of its outputs, read by {@link JsonGet}, as in the Python SDK's
 * {@code sagemaker.workflow.properties.PropertyFile}. Give it to the step with
 * {@code StepOptions.Builder#propertyFiles}.
 *
 * @param name       the name the definition refers to it by (Python {@code name})
 * @param outputName the processing output that holds the file (Python {@code output_name})
 * @param path       the file's path within that output (Python {@code path})
 */
public record PropertyFile(String name, String outputName, String path) {

    /**
     * The property file as written in the step's {@code PropertyFiles}.
     *
     * @return {@code {"PropertyFileName", "OutputName", "FilePath"}}
     */
    public Map<String, Object> toRequest() {
        return Json.map("PropertyFileName", name, "OutputName", outputName, "FilePath", path);
    }
}
