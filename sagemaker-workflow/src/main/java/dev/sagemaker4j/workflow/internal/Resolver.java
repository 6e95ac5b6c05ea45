/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.LocalContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

/**
 * Resolves the pipeline expressions in a step's arguments: {@code {"Get": "Parameters.X"}},
 * {@code {"Get": "Execution.X"}}, {@code {"Get": "Steps.X.<property>"}} (from the finished step's properties),
 * {@code {"Std:Join": {"On", "Values"}}} and {@code {"Std:JsonGet": {"PropertyFile" | "S3Uri", "Path"}}}; and
 * evaluates conditions.
 */
final class Resolver {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneOffset.UTC);

    /** A value that cannot be resolved: the step fails with this reason. */
    static final class Unresolved extends Exception {
        private static final long serialVersionUID = 1L;

        Unresolved(String message) {
            super(message);
        }
    }

    private final Execution execution;

    Resolver(Execution execution, LocalContext context) {
        this.execution = execution;
    }

    JsonNode resolve(JsonNode node) throws Unresolved {
        if (node.isObject()) {
            if (node.size() == 1 && node.path("Get").isTextual()) {
                return get(node.get("Get").asText());
            }
            if (node.size() == 1 && node.has("Std:Join")) {
                JsonNode join = node.get("Std:Join");
                String on = join.path("On").asText("");
                StringBuilder sb = new StringBuilder();
                Iterator<JsonNode> values = join.path("Values").elements();
                while (values.hasNext()) {
                    sb.append(text(resolve(values.next())));
                    if (values.hasNext()) {
                        sb.append(on);
                    }
                }
                return NODES.textNode(sb.toString());
            }
            if (node.size() == 1 && node.has("Std:JsonGet")) {
                JsonNode jg = node.get("Std:JsonGet");
                JsonNode document;
                String where;
                if (jg.path("PropertyFile").path("Get").isTextual()) {
                    String get = jg.path("PropertyFile").path("Get").asText();
                    String rest = get.substring("Steps.".length());
                    int dot = rest.indexOf('.');
                    String step = rest.substring(0, dot);
                    String file = rest.substring(dot + 1 + "PropertyFiles.".length());
                    document = execution.propertyFile(step, file);
                    where = "property file " + file + " of step " + step;
                } else {
                    String uri = text(resolve(jg.path("S3Uri")));
                    document = execution.readJson(uri, "JSON file");
                    where = uri;
                }
                String path = jg.path("Path").asText();
                JsonNode value = PropertyPaths.read(document, path);
                if (value.isMissingNode() || value.isNull()) {
                    throw new Unresolved("the JsonGet path " + path + " has no value in " + where);
                }
                return value;
            }
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.set(e.getKey(), resolve(e.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode item : node) {
                out.add(resolve(item));
            }
            return out;
        }
        return node;
    }

    private JsonNode get(String get) throws Unresolved {
        if (get.startsWith("Parameters.")) {
            JsonNode v = execution.parameters.get(get.substring("Parameters.".length()));
            if (v == null) {
                throw new Unresolved(get + " has no value");
            }
            return v;
        }
        if (get.startsWith("Execution.")) {
            switch (get.substring("Execution.".length())) {
                case "PipelineExecutionId":
                    return NODES.textNode(execution.id);
                case "PipelineExecutionArn":
                    return NODES.textNode(execution.arn);
                case "PipelineName":
                    return NODES.textNode(execution.pipelineName);
                case "PipelineArn":
                    return NODES.textNode(execution.pipelineArn);
                case "StartDateTime":
                    return NODES.textNode(ISO.format(execution.startTime));
                case "CurrentDateTime":
                    return NODES.textNode(ISO.format(Instant.now()));
                case "PipelineExecutionDisplayName":
                    return NODES.textNode(execution.record().path("PipelineExecutionDisplayName").asText(""));
                default:
                    throw new Unresolved(get + " is not an execution variable");
            }
        }
        String rest = get.substring("Steps.".length());
        int dot = rest.indexOf('.');
        String step = rest.substring(0, dot);
        Execution.StepRun run = execution.run(step);
        if (run == null || !"Succeeded".equals(run.status)) {
            throw new Unresolved(get + " has no value: step " + step + " has not succeeded");
        }
        JsonNode value = PropertyPaths.read(run.properties, rest.substring(dot + 1));
        if (value.isMissingNode() || value.isNull()) {
            throw new Unresolved(get + " has no value in the properties of step " + step);
        }
        return value;
    }

    /** A value as text, as Join writes it. */
    static String text(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "true" : "false";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** Evaluates a resolved condition. */
    boolean condition(JsonNode c) throws Execution.StepFailed {
        String type = c.path("Type").asText();
        switch (type) {
            case "Not":
                return !condition(c.path("Condition"));
            case "Or":
                for (JsonNode inner : c.path("Conditions")) {
                    if (condition(inner)) {
                        return true;
                    }
                }
                return false;
            case "In":
                for (JsonNode v : c.path("Values")) {
                    if (compare(c.path("QueryValue"), v, type) == 0) {
                        return true;
                    }
                }
                return false;
            default:
                int cmp = compare(c.path("LeftValue"), c.path("RightValue"), type);
                switch (type) {
                    case "Equals":
                        return cmp == 0;
                    case "GreaterThan":
                        return cmp > 0;
                    case "GreaterThanOrEqualTo":
                        return cmp >= 0;
                    case "LessThan":
                        return cmp < 0;
                    default:
                        return cmp <= 0;
                }
        }
    }

    private static int compare(JsonNode left, JsonNode right, String type) throws Execution.StepFailed {
        if (left.isNumber() || right.isNumber()) {
            Double l = number(left);
            Double r = number(right);
            if (l == null || r == null) {
                throw new Execution.StepFailed("ClientError: condition " + type + " compares " + kind(left) + " "
                        + left + " with " + kind(right) + " " + right, null, null, false);
            }
            return Double.compare(l, r);
        }
        if (left.isBoolean() || right.isBoolean()) {
            return text(left).equalsIgnoreCase(text(right)) ? 0 : text(left).compareTo(text(right));
        }
        return text(left).compareTo(text(right));
    }

    private static String kind(JsonNode v) {
        return v.isNumber() ? "the number" : v.isTextual() ? "the string" : "the value";
    }

    private static Double number(JsonNode v) {
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
