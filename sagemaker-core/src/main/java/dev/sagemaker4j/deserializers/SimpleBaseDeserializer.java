/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/**
 * A deserializer whose accepted content types are fixed when it is built, as
 * {@code sagemaker.deserializers.SimpleBaseDeserializer}. Extend it for a custom format:
 *
 * <pre>{@code
 * final class LineCountDeserializer extends SimpleBaseDeserializer<Long> {
 *     LineCountDeserializer() {
 *         super(List.of("text/plain"));
 *     }
 *
 *     @Override
 *     public Long deserialize(InputStream stream, String contentType) {
 *         try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, UTF_8))) {
 *             return r.lines().count();
 *         } catch (IOException e) {
 *             throw new UncheckedIOException(e);
 *         }
 *     }
 * }
 * }</pre>
 *
 * @param <T> the type of the deserialized value
 */
public abstract class SimpleBaseDeserializer<T> implements Deserializer<T> {
    private final List<String> acceptTypes;

    /**
     * Creates a deserializer for the given content types.
     *
     * @param acceptTypes the MIME types it reads, most preferred first
     * @throws ValidationException if the list is empty or holds a blank type
     */
    protected SimpleBaseDeserializer(List<String> acceptTypes) {
        if (acceptTypes == null || acceptTypes.isEmpty()) {
            throw new ValidationException("accept", acceptTypes, "is empty",
                    "pass at least one MIME type, such as application/json");
        }
        for (String type : acceptTypes) {
            if (type == null || type.isBlank()) {
                throw new ValidationException("accept", acceptTypes, "holds an empty MIME type",
                        "pass MIME types such as text/csv or application/json");
            }
        }
        this.acceptTypes = List.copyOf(acceptTypes);
    }

    @Override
    public final List<String> acceptTypes() {
        return acceptTypes;
    }

    /** The class name and accept value, e.g. {@code CSVDeserializer[accept=text/csv]}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[accept=" + accept() + "]";
    }
}
