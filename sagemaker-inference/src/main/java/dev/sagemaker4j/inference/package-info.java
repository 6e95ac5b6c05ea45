/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Custom inference code for endpoints, as the SageMaker inference toolkit's handler functions.
 *
 * <pre>{@code
 * Model.builder().modelData(uri).entryPoint(MyHandler.class).session(session).build()
 *      .deploy(1, "local");
 * }</pre>
 */
package dev.sagemaker4j.inference;
