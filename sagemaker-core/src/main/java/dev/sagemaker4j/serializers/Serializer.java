/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

/**
 * Turns the data given to {@code Predictor.predict} into the request body of an endpoint
 * invocation, and names its content type, as {@code sagemaker.serializers.BaseSerializer} does.
 *
 * <pre>{@code
 * Serializer s = new CSVSerializer();
 * byte[] body = s.serialize(new double[][] {{1, 2}, {3, 4}});   // "1.0,2.0\n3.0,4.0"
 * s.contentType();                                            // "text/csv"
 * }</pre>
 *
 * <p>Implementations are immutable and safe to share between threads; they hold no resources
 * and need no closing.
 */
public interface Serializer {

    /**
     * Serializes the data into a request body.
     *
     * @param data the data; which types are accepted depends on the serializer
     * @return the body bytes
     * @throws dev.sagemaker4j.exceptions.ValidationException if the data is of a type the
     *                                                        serializer does not take, or empty
     *                                                        where it must not be
     */
    byte[] serialize(Object data);

    /**
     * The MIME type of the bodies this serializer makes, sent as the request's
     * {@code Content-Type} (Python: {@code CONTENT_TYPE}).
     *
     * @return the content type, e.g. {@code text/csv}
     */
    String contentType();
}
