/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Serializers that turn the data given to {@code Predictor.predict} into a request body, with the
 * names, content types and accepted inputs of {@code sagemaker.serializers}: {@link
 * dev.sagemaker4j.serializers.CSVSerializer}, {@link dev.sagemaker4j.serializers.JSONSerializer},
 * {@link dev.sagemaker4j.serializers.JSONLinesSerializer}, {@link
 * dev.sagemaker4j.serializers.NumpySerializer}, {@link dev.sagemaker4j.serializers.IdentitySerializer},
 * {@link dev.sagemaker4j.serializers.StringSerializer}, {@link
 * dev.sagemaker4j.serializers.LibSVMSerializer}, plus {@link
 * dev.sagemaker4j.serializers.ArrowSerializer} for Arrow tables.
 *
 * <pre>{@code
 * Serializer csv = new CSVSerializer();
 * byte[] body = csv.serialize(new double[][] {{5.1, 3.5}, {6.2, 2.9}});  // "5.1,3.5\n6.2,2.9"
 * String contentType = csv.contentType();                              // "text/csv"
 *
 * byte[] npy = new NumpySerializer().serialize(NpyArray.of(new float[] {1, 2, 3}));
 * }</pre>
 *
 * <p>Across all of them, a {@code byte[]} or {@link java.io.InputStream} is taken to be a body in
 * the target format already and is passed through (the stream is read to its end and not
 * closed), and an input of the wrong type fails with a
 * {@link dev.sagemaker4j.exceptions.ValidationException} that names the type and lists the
 * accepted ones. Serializers are immutable, thread-safe and hold no resources.
 */
package dev.sagemaker4j.serializers;
