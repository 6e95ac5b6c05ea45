/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/** JSON helpers of the Clarify classes: Python values (str, int, float, lists of them) as JSON nodes. */
public final class Json {
    /** The mapper the Clarify classes write with. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The node factory. */
    public static final JsonNodeFactory F = MAPPER.getNodeFactory();

    private Json() {
    }

    /**
     * A Python scalar (str, int, float, bool) or a list of them (nested lists too) as JSON.
     *
     * @param field the Python keyword, for the error
     * @param value the value
     * @return the node
     * @throws ValidationException for another type
     */
    public static JsonNode value(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode n) {
            return n.deepCopy();
        }
        if (value instanceof String s) {
            return F.textNode(s);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return F.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return F.numberNode(l);
        }
        if (value instanceof Number n) {
            return F.numberNode(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return F.booleanNode(b);
        }
        if (value instanceof List<?> list) {
            ArrayNode a = F.arrayNode();
            for (Object o : list) {
                a.add(value(field, o));
            }
            return a;
        }
        throw new ValidationException(field, value, "is a " + value.getClass().getSimpleName()
                + ", not a str, int, float or a list of them", "pass strings, numbers, or lists of them");
    }
}
