/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The compute resources of a model deployed as an inference component, as the Python SDK's
 * {@code sagemaker.compute_resource_requirements}.
 */
package dev.sagemaker4j.computeresourcerequirements;
