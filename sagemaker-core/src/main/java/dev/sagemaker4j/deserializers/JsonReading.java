/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.CharConversionException;

/**
 * The Jackson mapper of the JSON deserializers, set up to read what Python's {@code json.load}
 * reads: bare {@code NaN}/{@code Infinity}, and nothing but whitespace after the value.
 */
final class JsonReading {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonReading() {
    }

    /** A parse error as a ValidationException with line and column ({@code lineOffset} added to the line). */
    static ValidationException malformed(String contentType, JsonProcessingException e, int lineOffset,
            String fix) {
        JsonLocation loc = e.getLocation();
        String position;
        if (loc == null) {
            position = "an unknown position";
        } else {
            position = "line " + (loc.getLineNr() + lineOffset) + ", column " + loc.getColumnNr();
            long offset = loc.getByteOffset() >= 0 ? loc.getByteOffset() : loc.getCharOffset();
            if (offset >= 0 && lineOffset == 0) {
                position += " (offset " + offset + ")";
            }
        }
        return Bodies.malformed(contentType, position, e.getOriginalMessage(), fix, null, e);
    }

    /**
     * Bytes that break the encoding Jackson detected from the first four (UTF-8, UTF-16 or UTF-32, as
     * Python's {@code json.loads} detects them) are a malformed body, not a failed read.
     */
    static ValidationException badEncoding(String contentType, CharConversionException e, String fix) {
        return Bodies.malformed(contentType, "its character encoding", e.getMessage(), fix, null, e);
    }
}
