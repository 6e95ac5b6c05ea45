/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends the bytes of a file, or raw bytes as they are, as {@code sagemaker.serializers.DataSerializer}
 * (content type {@code file-path/raw-bytes} by default; give the file's real type, e.g. {@code audio/wav}).
 * A {@link String} or {@link Path} names the file; a {@code byte[]} is sent unchanged.
 *
 * <pre>{@code
 * predictor.serializer(new DataSerializer("audio/wav"));
 * predictor.predict(Path.of("sample.wav"));
 * }</pre>
 */
public final class DataSerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = "file-path/raw-bytes";

    /** Creates a data serializer with content type {@code file-path/raw-bytes}. */
    public DataSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates a data serializer that labels its bodies with another content type.
     *
     * @param contentType the MIME type to send
     */
    public DataSerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        if (data instanceof byte[]) {
            return (byte[]) data;
        }
        if (data instanceof String || data instanceof Path) {
            Path file = data instanceof Path ? (Path) data : Path.of((String) data);
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new StorageException(file.toString(), "could not be read: " + e, false, e);
            }
        }
        throw Payloads.unsupported(data, "DataSerializer", "a file path (String or Path) or raw bytes (byte[])");
    }
}
