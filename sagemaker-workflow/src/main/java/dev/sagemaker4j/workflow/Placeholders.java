/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders for pipeline variables inside AWS SDK requests: {@code {{pipeline-variable:<base64url of the
 * expression's JSON>}}}. A string that is one placeholder becomes the expression; a string with placeholders among
 * other text becomes {@code {"Std:Join": {"On": "", "Values": [...]}}}.
 */
final class Placeholders {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{pipeline-variable:([A-Za-z0-9_-]*)}}");

    private Placeholders() {
    }

    /**
     * The placeholder of a variable.
     *
     * @param variable the variable
     * @return its placeholder text
     */
    static String of(PipelineVariable variable) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(variable.expr());
            return "{{pipeline-variable:" + Base64.getUrlEncoder().withoutPadding().encodeToString(json) + "}}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A string value as it goes into the definition.
     *
     * @param text a string that may hold placeholders
     * @return the text, an expression, or a join of the parts
     */
    static JsonNode resolve(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return JsonNodeFactory.instance.textNode(text);
        }
        if (m.start() == 0 && m.end() == text.length()) {
            return decode(m.group(1));
        }
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        int last = 0;
        m.reset();
        while (m.find()) {
            if (m.start() > last) {
                values.add(text.substring(last, m.start()));
            }
            values.add(decode(m.group(1)));
            last = m.end();
        }
        if (last < text.length()) {
            values.add(text.substring(last));
        }
        ObjectNode join = JsonNodeFactory.instance.objectNode();
        join.putObject("Std:Join").put("On", "").set("Values", values);
        return join;
    }

    private static JsonNode decode(String encoded) {
        try {
            return MAPPER.readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
