/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/** Helpers shared by the serializers: raw payloads, text, and the errors for bad input. */
final class Payloads {
    private Payloads() {
    }

    /** Reads a caller's stream to its end without closing it (the caller opened it). */
    static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StorageException("data", "reading the InputStream passed as data failed: " + e.getMessage(),
                    false, e);
        }
    }

    /**
     * The bytes of data that is already a payload, sent as it is: a {@code byte[]}, an
     * {@code InputStream} read to its end, and with {@code text} also a {@code String} in UTF-8.
     *
     * @return the bytes, or {@code null} when the data is something the serializer must encode
     */
    static byte[] asIs(Object data, boolean text) {
        if (data instanceof byte[]) {
            return (byte[]) data;
        }
        if (data instanceof InputStream) {
            return readAll((InputStream) data);
        }
        if (text && data instanceof String) {
            return utf8((String) data);
        }
        return null;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a value is a sequence the serializers treat as a row or a list of rows. */
    static boolean isSequence(Object o) {
        return o instanceof Collection || (o != null && o.getClass().isArray()
                && o.getClass().getComponentType() != char.class);
    }

    static String typeName(Object data) {
        return data == null ? "null" : data.getClass().getName();
    }

    static ValidationException unsupported(Object data, String serializer, String accepted) {
        return new ValidationException("data", typeName(data),
                (data == null ? "null" : typeName(data)) + " is not supported by " + serializer,
                "pass one of: " + accepted);
    }

    static ValidationException empty(String serializer, String what) {
        return new ValidationException("data", what, "Cannot serialize empty array (" + serializer + ")",
                "pass at least one value");
    }
}
