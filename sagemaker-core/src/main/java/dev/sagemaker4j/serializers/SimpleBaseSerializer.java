/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.ValidationException;

/**
 * A serializer whose content type is fixed when it is built, as
 * {@code sagemaker.serializers.SimpleBaseSerializer}. Extend it for a custom format:
 *
 * <pre>{@code
 * final class UpperCaseSerializer extends SimpleBaseSerializer {
 *     UpperCaseSerializer() {
 *         super("text/plain");
 *     }
 *
 *     @Override
 *     public byte[] serialize(Object data) {
 *         return data.toString().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
 *     }
 * }
 * }</pre>
 */
public abstract class SimpleBaseSerializer implements Serializer {
    private final String contentType;

    /**
     * Creates a serializer for one content type.
     *
     * @param contentType the MIME type of the bodies, e.g. {@code text/csv}
     * @throws ValidationException if the content type is null or blank
     */
    protected SimpleBaseSerializer(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ValidationException("contentType", contentType, "is empty",
                    "pass a MIME type such as text/csv or application/json");
        }
        this.contentType = contentType;
    }

    @Override
    public final String contentType() {
        return contentType;
    }

    /** The class name and content type, e.g. {@code CSVSerializer[contentType=text/csv]}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[contentType=" + contentType + "]";
    }
}
