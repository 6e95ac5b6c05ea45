/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Model formats and runtimes of the local hosting (not public API).
 *
 * <pre>{@code
 * ModelRuntime runtime = ModelRuntimes.load(modelDir, Map.of());
 * }</pre>
 */
package dev.sagemaker4j.model.internal;
