/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * SageMaker Pipelines, as in the Python SDK's {@code sagemaker.workflow}: parameters, execution variables,
 * functions (Join, JsonGet), step properties, conditions, steps, and the {@code Pipeline} whose definition is the
 * service's pipeline definition JSON (schema 2020-12-01), run on SageMaker or by the local pipeline engine.
 */
package dev.sagemaker4j.workflow;
