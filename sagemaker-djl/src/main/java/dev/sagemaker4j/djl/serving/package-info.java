/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Serving deep-learning models on local hosting with DJL, the analog of SageMaker's PyTorch and DJL serving
 * containers: {@link dev.sagemaker4j.djl.serving.DjlModelRuntimeProvider} serves a model.tar.gz holding a TorchScript
 * {@code model.pt} or a DJL model folder with {@code serving.properties}, found by ServiceLoader when this module is
 * on the class path.
 *
 * <pre>{@code
 * Predictor<NpyArray> p = Model.builder().imageUri(pytorchImage).modelData("s3://bucket/cnn/model.tar.gz")
 *         .session(session).build()
 *         .deploy(d -> d.initialInstanceCount(1).instanceType("local")
 *                 .serializer(new NumpySerializer()).deserializer(new NumpyDeserializer()));
 * NpyArray logits = p.predict(images);   // images: [N, 1, 8, 8] float32
 * }</pre>
 */
package dev.sagemaker4j.djl.serving;
