/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The model artifact formats of the built-in algorithms, shared by the parts that write them (local
 * training) and the parts that read them (local hosting and batch transform): the files in
 * {@code model.tar.gz}, in the formats SageMaker's own containers use, so that artifacts move both ways.
 *
 * <pre>{@code
 * byte[] legacy = XGBoostModelFormat.jsonToLegacyBinary(json, "xgboost-model");   // for images before 1.7
 * }</pre>
 */
package dev.sagemaker4j.model.formats;
