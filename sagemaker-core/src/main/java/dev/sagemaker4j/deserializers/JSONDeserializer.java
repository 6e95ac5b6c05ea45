/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Parses a JSON body, as {@code sagemaker.deserializers.JSONDeserializer} ({@code json.load}), with
 * Jackson: objects become {@link java.util.LinkedHashMap}s (key order kept), arrays
 * {@link java.util.ArrayList}s, numbers {@link Integer}, {@link Long}, {@link java.math.BigInteger}
 * or {@link Double}, and {@code null} stays {@code null}. Bare {@code NaN} and {@code Infinity} are
 * read, as Python reads them; anything after the value but whitespace is an error.
 *
 * <pre>{@code
 * Map<?, ?> out = (Map<?, ?>) new JSONDeserializer().deserialize(body, "application/json");
 * List<?> predictions = (List<?>) out.get("predictions");
 * }</pre>
 */
public final class JSONDeserializer extends SimpleBaseDeserializer<Object> {
    /** The default accept value. */
    public static final String ACCEPT = "application/json";

    /** Creates a JSON deserializer accepting {@code application/json}. */
    public JSONDeserializer() {
        this(ACCEPT);
    }

    /**
     * Creates a JSON deserializer that asks for another content type.
     *
     * @param accept the MIME type to send as {@code Accept}
     */
    public JSONDeserializer(String accept) {
        super(List.of(accept == null ? "" : accept));
    }

    @Override
    public Object deserialize(InputStream stream, String contentType) {
        try (InputStream in = Bodies.require(stream)) {
            return JsonReading.MAPPER.readValue(in, Object.class);
        } catch (JsonProcessingException e) {
            throw JsonReading.malformed(contentType, e, 0, "send one valid JSON value");
        } catch (CharConversionException e) {
            throw JsonReading.badEncoding(contentType, e, "send one valid JSON value in UTF-8");
        } catch (IOException e) {
            throw Bodies.ioFailure(contentType, e);
        }
    }
}
