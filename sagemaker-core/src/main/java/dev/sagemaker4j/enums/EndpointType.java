/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.enums;

/**
 * The kinds of endpoint, as {@code sagemaker.enums.EndpointType}: what {@code Model.deploy} makes and what
 * {@code Session.createEndpointConfigFromExisting} copies.
 */
public enum EndpointType {
    /** One or more models on production variants, each variant naming its model (Python's default). */
    MODEL_BASED,
    /**
     * Inference components on an endpoint: the endpoint configuration's variants name no model and carry no
     * weight; each model is an inference component with its compute resource requirements.
     */
    INFERENCE_COMPONENT_BASED
}
