/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Python's {@code sagemaker.clarify.ExplainabilityConfig}: a method of explanation ({@code SHAPConfig},
 * {@code PDPConfig}) that {@link SageMakerClarifyProcessor#runExplainability} puts under {@code methods}.
 */
public interface ExplainabilityConfig {

    /**
     * Python's {@code get_explainability_config()}: the method's entry, e.g. {@code {"shap": {...}}}.
     *
     * @return the entry (a new object)
     */
    ObjectNode getExplainabilityConfig();
}
