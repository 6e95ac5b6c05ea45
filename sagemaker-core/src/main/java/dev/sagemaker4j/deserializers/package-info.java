/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Deserializers that turn an endpoint's response body into Java values, with the names, accept
 * types and results of {@code sagemaker.deserializers}: {@link
 * dev.sagemaker4j.deserializers.BytesDeserializer}, {@link
 * dev.sagemaker4j.deserializers.StringDeserializer}, {@link
 * dev.sagemaker4j.deserializers.StreamDeserializer}, {@link
 * dev.sagemaker4j.deserializers.CSVDeserializer}, {@link
 * dev.sagemaker4j.deserializers.JSONDeserializer}, {@link
 * dev.sagemaker4j.deserializers.JSONLinesDeserializer}, {@link
 * dev.sagemaker4j.deserializers.NumpyDeserializer}, plus {@link
 * dev.sagemaker4j.deserializers.ArrowDeserializer} for Arrow tables.
 *
 * <pre>{@code
 * Deserializer<NpyArray> numpy = new NumpyDeserializer();
 * String accept = numpy.accept();                                 // "application/x-npy"
 * NpyArray predictions = numpy.deserialize(body, "application/x-npy");
 *
 * List<List<String>> rows = new CSVDeserializer().deserialize(csvBody, "text/csv");
 * }</pre>
 *
 * <p>Every deserializer except {@link dev.sagemaker4j.deserializers.StreamDeserializer} reads the
 * body to its end and closes it. A malformed body fails with a
 * {@link dev.sagemaker4j.exceptions.ValidationException} whose message names the content type and
 * the position (line and column for text, byte offset for binary formats); a failure of the
 * stream itself is a {@link dev.sagemaker4j.exceptions.StorageException}. Deserializers are
 * immutable and thread-safe; only the roots {@code ArrowDeserializer} returns need closing.
 */
package dev.sagemaker4j.deserializers;
