/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Processing jobs, as the Python SDK's {@code sagemaker.processing}: {@link dev.sagemaker4j.processing.Processor},
 * {@link dev.sagemaker4j.processing.ScriptProcessor}, {@link dev.sagemaker4j.processing.ProcessingInput},
 * {@link dev.sagemaker4j.processing.ProcessingOutput} and {@link dev.sagemaker4j.processing.ProcessingJob}, plus
 * two processors the local backend runs in-process: {@link dev.sagemaker4j.processing.JavaProcessor} (a
 * {@link dev.sagemaker4j.processing.ProcessingScript} class) and {@link dev.sagemaker4j.processing.SqlProcessor}
 * (SQL over the inputs with DuckDB).
 */
package dev.sagemaker4j.processing;
