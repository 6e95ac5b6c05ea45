/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Enumerations shared by the API, as the Python SDK's {@code sagemaker.enums}.
 */
package dev.sagemaker4j.enums;
