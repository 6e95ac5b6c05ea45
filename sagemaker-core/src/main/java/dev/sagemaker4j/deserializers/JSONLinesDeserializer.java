/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a JSON Lines body, one JSON value per line, into a list, as
 * {@code sagemaker.deserializers.JSONLinesDeserializer}. Each value is read as
 * {@link JSONDeserializer} reads one. The body is UTF-8, as in Python. Lines holding only
 * whitespace are skipped (Python fails on them), so an empty body gives an empty list.
 *
 * <pre>{@code
 * List<Object> records = new JSONLinesDeserializer().deserialize(body, "application/jsonlines");
 * }</pre>
 */
public final class JSONLinesDeserializer extends SimpleBaseDeserializer<List<Object>> {
    /** The default accept value. */
    public static final String ACCEPT = "application/jsonlines";

    /** Creates a JSON Lines deserializer accepting {@code application/jsonlines}. */
    public JSONLinesDeserializer() {
        this(ACCEPT);
    }

    /**
     * Creates a JSON Lines deserializer that asks for another content type.
     *
     * @param accept the MIME type to send as {@code Accept}
     */
    public JSONLinesDeserializer(String accept) {
        super(List.of(accept == null ? "" : accept));
    }

    @Override
    public List<Object> deserialize(InputStream stream, String contentType) {
        String body = Bodies.decode(Bodies.readAllAndClose(stream, contentType), StandardCharsets.UTF_8, contentType);
        List<Object> out = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(JsonReading.MAPPER.readValue(line, Object.class));
            } catch (JsonProcessingException e) {
                throw JsonReading.malformed(contentType, e, i, "put exactly one valid JSON value on each line");
            }
        }
        return out;
    }
}
