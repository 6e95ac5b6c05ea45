/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import java.io.InputStream;
import java.util.List;

/**
 * Turns the body of an endpoint's response into a Java value, and names the content types it
 * reads (sent as the request's {@code Accept}), as {@code sagemaker.deserializers.BaseDeserializer}.
 *
 * <pre>{@code
 * Deserializer<List<List<String>>> csv = new CSVDeserializer();
 * List<List<String>> rows = csv.deserialize(responseBody, "text/csv");
 * csv.accept();                                 // "text/csv"
 * }</pre>
 *
 * <p>Every deserializer but {@link StreamDeserializer} reads the stream to its end and closes it,
 * also when it fails. Implementations are immutable and thread-safe.
 *
 * @param <T> the type of the deserialized value
 */
public interface Deserializer<T> {

    /**
     * Reads a response body.
     *
     * @param stream      the body; closed when this returns or throws (except by
     *                    {@link StreamDeserializer})
     * @param contentType the response's {@code Content-Type}, or {@code null} if it had none
     * @return the value
     * @throws dev.sagemaker4j.exceptions.ValidationException if the body is malformed for its
     *                                                        content type; the message names the
     *                                                        content type and the position
     * @throws dev.sagemaker4j.exceptions.StorageException    if reading the stream fails
     */
    T deserialize(InputStream stream, String contentType);

    /**
     * The content types this deserializer reads, most preferred first.
     *
     * @return an unmodifiable, non-empty list
     */
    List<String> acceptTypes();

    /**
     * The {@code Accept} header value: the {@link #acceptTypes()} joined by {@code ", "}, as the
     * Python {@code Predictor} joins a tuple {@code ACCEPT}.
     *
     * @return e.g. {@code "text/csv"} or {@code "text/csv, application/json"}
     */
    default String accept() {
        return String.join(", ", acceptTypes());
    }
}
