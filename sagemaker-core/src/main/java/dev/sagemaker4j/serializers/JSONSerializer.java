/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.npy.NpyArray;
import java.io.InputStream;

/**
 * Writes data as JSON ({@code application/json}), as {@code sagemaker.serializers.JSONSerializer}
 * ({@code json.dumps}), with Jackson.
 *
 * <pre>{@code
 * JSONSerializer json = new JSONSerializer();
 * json.serialize(Map.of("instances", List.of(List.of(1, 2))));   // {"instances":[[1,2]]}
 * json.serialize(NpyArray.of(new double[] {1, 2}));             // [1.0,2.0]
 * json.serialize("hi");                                          // "hi" (a JSON string literal)
 * }</pre>
 *
 * <p>Accepts {@link java.util.Map}s, {@link java.util.Collection}s, arrays, {@link String}s (written
 * as a JSON string literal, as {@code json.dumps} does), numbers, booleans, {@code null}, records
 * and beans Jackson can write, and {@link NpyArray}s anywhere among them (written as nested lists,
 * as {@code ndarray.tolist()}). An {@link InputStream} is read to its end (not closed) and a
 * {@code byte[]} is sent unchanged: both are taken to hold JSON already. NaN and infinities are
 * rejected with a {@link dev.sagemaker4j.exceptions.ValidationException}: JSON has no form for
 * them, and the bare {@code NaN} Python's {@code json.dumps} writes is refused by strict parsers
 * (send such data with {@link CSVSerializer} or {@link NumpySerializer}). Complex arrays and Arrow
 * tables are rejected too.
 */
public final class JSONSerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = "application/json";

    /** Creates a JSON serializer with content type {@code application/json}. */
    public JSONSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates a JSON serializer that labels its bodies with another content type.
     *
     * @param contentType the MIME type to send
     */
    public JSONSerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        byte[] raw = Payloads.asIs(data, false);
        if (raw != null) {
            return raw;
        }
        return JsonSupport.write(data, "JSONSerializer");
    }
}
