/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a RecordIO-protobuf response ({@code application/x-recordio-protobuf}) into its {@link Record}s, as
 * {@code sagemaker.deserializers.RecordDeserializer} ({@code read_records}). As in Python, the content type is
 * not checked, and the stream is closed.
 *
 * <pre>{@code
 * List<Record> out = new RecordDeserializer().deserialize(body, "application/x-recordio-protobuf");
 * float score = out.get(0).label().get("score").values().toFloatArray()[0];
 * }</pre>
 */
public final class RecordDeserializer extends SimpleBaseDeserializer<List<Record>> {
    /** The default accept value. */
    public static final String ACCEPT = RecordIO.CONTENT_TYPE;

    /** Creates a deserializer accepting {@code application/x-recordio-protobuf}. */
    public RecordDeserializer() {
        this(ACCEPT);
    }

    /**
     * Creates a deserializer with another accept type ({@code accept}, default
     * {@code "application/x-recordio-protobuf"}).
     *
     * @param accept the MIME type to send as {@code Accept}
     */
    public RecordDeserializer(String accept) {
        super(List.of(accept == null ? "" : accept));
    }

    /**
     * Reads the records of the body, as Python's {@code deserialize(data, content_type)}.
     *
     * @param stream      the body (read to its end and closed)
     * @param contentType the response's content type (not checked)
     * @return the records, in order
     * @throws dev.sagemaker4j.exceptions.ValidationException if the body is not RecordIO-protobuf
     */
    @Override
    public List<Record> deserialize(InputStream stream, String contentType) {
        try (InputStream in = Bodies.require(stream)) {
            return RecordIO.readRecords(in);
        } catch (IOException e) {
            throw Bodies.ioFailure(contentType, e);
        }
    }
}
