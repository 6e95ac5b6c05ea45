/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.AuditApi;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;

/**
 * What an audit entry says about a call: the resource it names (from the SDK's field metadata, no per-shape
 * code) and the request's parameters without payloads, shortened.
 */
final class Resources {
    /** Members that carry data, not parameters: the feature values of PutRecord and the like. */
    private static final Set<String> PAYLOADS = Set.of("Record", "Records", "Body", "Payload", "Content");
    private static final int MAX_STRING = 256;
    private static final int MAX_ITEMS = 50;
    private static final int MAX_PARAMETERS = 8192;

    private Resources() {
    }

    /**
     * A call's resource.
     *
     * @param type e.g. {@code TrainingJob}
     * @param name its name
     * @param arn  its ARN
     */
    record Resource(String type, String name, String arn) {
    }

    static Resource of(SdkPojo request, SdkPojo response, String operation) {
        String arn = null;
        if (response != null && operation.startsWith("Create")) {
            arn = first(response, "Arn");
        }
        String requestArn = first(request, "Arn");
        if (arn == null) {
            arn = requestArn;
        }
        String nameField = firstField(request, "Name");
        String name = nameField == null ? null : (String) field(request, nameField);
        String type = null;
        if (arn != null && arn.startsWith("arn:")) {
            String[] parts = arn.split(":", 6);
            if (parts.length == 6) {
                int slash = parts[5].indexOf('/');
                type = camel(slash < 0 ? parts[5] : parts[5].substring(0, slash));
                if (name == null && slash >= 0) {
                    name = parts[5].substring(slash + 1);
                }
            }
        }
        if (type == null && nameField != null) {
            type = nameField.substring(0, nameField.length() - "Name".length());
        }
        return new Resource(type, name, arn);
    }

    /** Whether an event concerns a resource given by ARN or name (an ARN also matches by type and name). */
    static boolean matches(String resource, AuditApi.Event e) {
        if (resource.equalsIgnoreCase(String.valueOf(e.resourceArn()))
                || resource.equalsIgnoreCase(String.valueOf(e.resourceName()))) {
            return true;
        }
        if (!resource.startsWith("arn:") || e.resourceName() == null) {
            return false;
        }
        String[] parts = resource.split(":", 6);
        int slash = parts.length == 6 ? parts[5].indexOf('/') : -1;
        return slash > 0 && camel(parts[5].substring(0, slash)).equals(e.resourceType())
                && parts[5].substring(slash + 1).equalsIgnoreCase(e.resourceName());
    }

    /** {@code training-job} → {@code TrainingJob}. */
    private static String camel(String kebab) {
        StringBuilder b = new StringBuilder();
        for (String word : kebab.split("-")) {
            if (!word.isEmpty()) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return b.toString();
    }

    private static String first(SdkPojo pojo, String suffix) {
        String f = firstField(pojo, suffix);
        return f == null ? null : (String) field(pojo, f);
    }

    private static String firstField(SdkPojo pojo, String suffix) {
        if (pojo == null) {
            return null;
        }
        for (SdkField<?> f : pojo.sdkFields()) {
            if (f.memberName().endsWith(suffix) && f.getValueOrDefault(pojo) instanceof String) {
                return f.memberName();
            }
        }
        return null;
    }

    private static Object field(SdkPojo pojo, String member) {
        for (SdkField<?> f : pojo.sdkFields()) {
            if (f.memberName().equals(member)) {
                return f.getValueOrDefault(pojo);
            }
        }
        return null;
    }

    /** The request as JSON: payload members replaced by their size, strings and lists shortened. */
    static ObjectNode parameters(SdkPojo request, String operation) {
        ObjectNode out = SdkJson.MAPPER.createObjectNode();
        ObjectNode all;
        try {
            all = SdkJson.toJson(request);
        } catch (RuntimeException e) {
            out.put("unavailable", e.getClass().getSimpleName());
            return out;
        }
        for (SdkField<?> f : request.sdkFields()) {
            Object value = f.getValueOrDefault(request);
            if (value instanceof SdkBytes bytes && all.has(f.locationName())) {
                all.put(f.locationName(), "(" + bytes.asByteArrayUnsafe().length + " bytes, not logged)");
            }
        }
        for (Map.Entry<String, JsonNode> member : all.properties()) {
            JsonNode value = member.getValue();
            if (PAYLOADS.contains(member.getKey())) {
                out.put(member.getKey(), "(" + (value.isContainerNode() ? value.size() + " items" : "a value")
                        + ", not logged)");
            } else {
                out.set(member.getKey(), shorten(value));
            }
        }
        if (out.toString().length() > MAX_PARAMETERS) {
            ObjectNode small = SdkJson.MAPPER.createObjectNode();
            out.properties().forEach(m -> {
                if (m.getValue().isValueNode()) {
                    small.set(m.getKey(), m.getValue());
                }
            });
            small.put("truncated", "the parameters exceed " + MAX_PARAMETERS + " characters: only the top-level"
                    + " values are logged");
            return small;
        }
        return out;
    }

    private static JsonNode shorten(JsonNode value) {
        if (value.isTextual() && value.asText().length() > MAX_STRING) {
            String s = value.asText();
            return SdkJson.MAPPER.getNodeFactory().textNode(s.substring(0, MAX_STRING) + "…(" + s.length()
                    + " characters)");
        }
        if (value.isArray()) {
            ArrayNode a = SdkJson.MAPPER.createArrayNode();
            for (int i = 0; i < value.size() && i < MAX_ITEMS; i++) {
                a.add(shorten(value.get(i)));
            }
            if (value.size() > MAX_ITEMS) {
                a.add("…(" + value.size() + " items)");
            }
            return a;
        }
        if (value.isObject()) {
            ObjectNode o = SdkJson.MAPPER.createObjectNode();
            value.properties().forEach(m -> o.set(m.getKey(), shorten(m.getValue())));
            return o;
        }
        return value;
    }
}
