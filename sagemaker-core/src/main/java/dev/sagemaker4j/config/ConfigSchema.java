/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The schema of the SageMaker Python SDK's configuration file ({@code config_schema.py} of v2.257.6, extracted
 * into {@code config-schema-2.257.6.json}) and a validator for the subset of JSON Schema it uses: {@code type}
 * (object, array, string, boolean), {@code properties}, {@code patternProperties}, {@code additionalProperties},
 * {@code required}, {@code $ref}, {@code enum}, {@code pattern} (searched, as {@code jsonschema} does),
 * {@code minLength}/{@code maxLength}, {@code minItems}/{@code maxItems} and {@code maxProperties}.
 */
final class ConfigSchema {
    /** The Python SDK release the schema comes from. */
    static final String PYTHON_SDK_VERSION = "2.257.6";
    private static final String RESOURCE = "/dev/sagemaker4j/config/config-schema-" + PYTHON_SDK_VERSION + ".json";
    private static final ConfigSchema INSTANCE = load();

    private final JsonNode root;
    private final JsonNode definitions;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    private ConfigSchema(JsonNode root) {
        this.root = root;
        this.definitions = root.path("definitions");
    }

    /**
     * The schema of v2.257.6.
     *
     * @return the schema
     */
    static ConfigSchema get() {
        return INSTANCE;
    }

    private static ConfigSchema load() {
        try (InputStream in = ConfigSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new ConfigSchema(new ObjectMapper().readTree(in).get("schema"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a configuration document as Python's {@code validate_sagemaker_config} does.
     *
     * @param document the parsed document
     * @param source   where it came from, for the message
     * @throws ValidationException naming the first key path that breaks the schema
     */
    void validate(JsonNode document, String source) {
        check(root, document, "", source);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        for (int hops = 0; node.has("$ref") && hops < 16; hops++) {
            String ref = node.get("$ref").asText();
            node = definitions.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return node;
    }

    private void check(JsonNode rawSchema, JsonNode value, String path, String source) {
        JsonNode schema = resolve(rawSchema);
        String type = schema.path("type").asText("");
        String where = path.isEmpty() ? "(document)" : path;
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    throw fail(where, value, "must be a mapping", source);
                }
                checkObject(schema, value, path, source);
            }
            case "array" -> {
                if (!value.isArray()) {
                    throw fail(where, value, "must be a list", source);
                }
                int min = schema.path("minItems").asInt(0);
                int max = schema.path("maxItems").asInt(Integer.MAX_VALUE);
                if (value.size() < min || value.size() > max) {
                    throw fail(where, value, "must have between " + min + " and " + max + " items", source);
                }
                JsonNode items = schema.path("items");
                for (int i = 0; i < value.size(); i++) {
                    if (!items.isMissingNode()) {
                        check(items, value.get(i), path + "[" + i + "]", source);
                    }
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    throw fail(where, value, "must be a string (quote it in YAML)", source);
                }
                checkString(schema, value.asText(), where, source);
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    throw fail(where, value, "must be true or false", source);
                }
            }
            default -> {
                // no type: anything (the schema's open sections)
            }
        }
        JsonNode allowed = schema.path("enum");
        if (allowed.isArray()) {
            boolean found = false;
            for (JsonNode candidate : allowed) {
                found |= candidate.equals(value);
            }
            if (!found) {
                throw fail(where, value, "must be one of " + allowed, source);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, String source) {
        String where = path.isEmpty() ? "(document)" : path;
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                throw fail(join(path, required.asText()), null, "is required", source);
            }
        }
        int maxProperties = schema.path("maxProperties").asInt(Integer.MAX_VALUE);
        if (value.size() > maxProperties) {
            throw fail(where, value.size() + " keys", "may have at most " + maxProperties + " keys", source);
        }
        JsonNode properties = schema.path("properties");
        JsonNode patternProperties = schema.path("patternProperties");
        boolean additional = schema.path("additionalProperties").asBoolean(true);
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            String key = field.getKey();
            String child = join(path, key);
            boolean matched = false;
            if (properties.has(key)) {
                check(properties.get(key), field.getValue(), child, source);
                matched = true;
            }
            for (Map.Entry<String, JsonNode> pattern : patternProperties.properties()) {
                if (pattern(pattern.getKey()).matcher(key).find()) {
                    check(pattern.getValue(), field.getValue(), child, source);
                    matched = true;
                }
            }
            if (!matched && !additional) {
                throw fail(child, key, "is not a key the SageMaker Python SDK's config schema ("
                        + PYTHON_SDK_VERSION + ") knows here", source);
            }
        }
    }

    private void checkString(JsonNode schema, String text, String where, String source) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            throw fail(where, text, "must be between " + min + " and " + max + " characters long", source);
        }
        JsonNode pattern = schema.path("pattern");
        if (pattern.isTextual() && !pattern(pattern.asText()).matcher(text).find()) {
            throw fail(where, text, "does not match " + pattern.asText(), source);
        }
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.UNICODE_CHARACTER_CLASS));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static ValidationException fail(String path, Object value, String problem, String source) {
        Object shown = value instanceof JsonNode node ? (node.isValueNode() ? node.asText() : node.getNodeType()
                .toString().toLowerCase(java.util.Locale.ROOT)) : value;
        return new ValidationException(path, shown, problem + " (in " + source + ")",
                "correct the configuration file as the SageMaker Python SDK's config schema "
                        + PYTHON_SDK_VERSION + " describes it (SchemaVersion \"1.0\")");
    }
}
