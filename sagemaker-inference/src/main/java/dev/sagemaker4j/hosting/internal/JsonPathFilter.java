/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSONPath subset SageMaker batch transform supports in {@code InputFilter} and
 * {@code OutputFilter}: {@code $} (everything), {@code $[i]}, {@code $[i:j]} (either end optional,
 * negative indices count from the end), {@code $[i,j,k:l,...]}, {@code $.key} and {@code $.a.b}
 * (nested keys, including {@code $.SageMakerOutput} and {@code $.SageMakerInput}) and
 * {@code $['a','b']} (several keys). On CSV records indices select columns; on JSON they select
 * array elements and keys select members.
 */
final class JsonPathFilter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private enum Kind { ALL, INDICES, KEYS, PATH }

    private final String expression;
    private final Kind kind;
    /** {start, end, single} triples; end exclusive; Integer.MIN_VALUE marks an open end. */
    private final List<int[]> ranges = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    private JsonPathFilter(String expression, Kind kind) {
        this.expression = expression;
        this.kind = kind;
    }

    /**
     * Parses a filter.
     *
     * @param field      the request field, for errors ({@code DataProcessing.InputFilter})
     * @param expression the JSONPath
     * @return the filter
     * @throws ValidationException when it is not in the supported subset
     */
    static JsonPathFilter parse(String field, String expression) {
        String e = expression == null ? "$" : expression.trim();
        if (e.equals("$")) {
            return new JsonPathFilter(e, Kind.ALL);
        }
        if (!e.startsWith("$")) {
            throw invalid(field, e, "does not start with $");
        }
        String rest = e.substring(1);
        if (rest.startsWith(".")) {
            JsonPathFilter f = new JsonPathFilter(e, Kind.PATH);
            for (String part : rest.substring(1).split("\\.", -1)) {
                if (part.isEmpty() || !part.matches("[A-Za-z_][A-Za-z0-9_\\-]*")) {
                    throw invalid(field, e, "has an empty or unsupported key '" + part + "'");
                }
                f.keys.add(part);
            }
            return f;
        }
        if (!rest.startsWith("[") || !rest.endsWith("]")) {
            throw invalid(field, e, "is neither $, $.key nor $[...]");
        }
        String inner = rest.substring(1, rest.length() - 1).trim();
        if (inner.isEmpty()) {
            throw invalid(field, e, "has empty brackets");
        }
        if (inner.startsWith("'") || inner.startsWith("\"")) {
            JsonPathFilter f = new JsonPathFilter(e, Kind.KEYS);
            for (String part : inner.split(",")) {
                String p = part.trim();
                if (p.length() < 2 || !(p.startsWith("'") && p.endsWith("'") || p.startsWith("\"") && p.endsWith("\""))) {
                    throw invalid(field, e, "mixes quoted keys with something else ('" + p + "')");
                }
                f.keys.add(p.substring(1, p.length() - 1));
            }
            return f;
        }
        JsonPathFilter f = new JsonPathFilter(e, Kind.INDICES);
        for (String part : inner.split(",")) {
            String p = part.trim();
            try {
                if (p.contains(":")) {
                    String[] bounds = p.split(":", -1);
                    if (bounds.length != 2) {
                        throw invalid(field, e, "has a slice with steps ('" + p + "'), which is not supported");
                    }
                    int start = bounds[0].isBlank() ? 0 : Integer.parseInt(bounds[0].trim());
                    int end = bounds[1].isBlank() ? Integer.MIN_VALUE : Integer.parseInt(bounds[1].trim());
                    f.ranges.add(new int[] {start, end, 0});
                } else {
                    f.ranges.add(new int[] {Integer.parseInt(p), 0, 1});
                }
            } catch (NumberFormatException ex) {
                throw invalid(field, e, "has '" + p + "', which is neither an index nor a slice");
            }
        }
        return f;
    }

    private static ValidationException invalid(String field, String expression, String problem) {
        return new ValidationException(field, expression, "is not a JSONPath SageMaker supports: " + problem,
                "use $, $[1:], $[0,2,5:], $.key, $.a.b or $['a','b']");
    }

    boolean isAll() {
        return kind == Kind.ALL;
    }

    /** The column positions an index filter selects from a record of {@code n} columns, in order. */
    private List<Integer> positions(int n) {
        List<Integer> out = new ArrayList<>();
        for (int[] r : ranges) {
            if (r[2] == 1) {
                int i = r[0] < 0 ? n + r[0] : r[0];
                if (i >= 0 && i < n) {
                    out.add(i);
                }
            } else {
                int start = r[0] < 0 ? Math.max(0, n + r[0]) : Math.min(r[0], n);
                int end = r[1] == Integer.MIN_VALUE ? n : r[1] < 0 ? Math.max(0, n + r[1]) : Math.min(r[1], n);
                for (int i = start; i < end; i++) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /**
     * Applies the filter to a CSV record.
     *
     * @param columns the record's cells
     * @return the selected cells joined by commas
     * @throws IllegalArgumentException when it selects nothing or uses keys on CSV
     */
    String applyCsv(List<String> columns) {
        if (kind == Kind.ALL) {
            return String.join(",", columns);
        }
        if (kind != Kind.INDICES) {
            throw new IllegalArgumentException("the filter " + expression + " selects keys, which CSV records do not"
                    + " have; use indices such as $[1:]");
        }
        List<Integer> positions = positions(columns.size());
        if (positions.isEmpty()) {
            throw new IllegalArgumentException("the filter " + expression + " selects nothing from a record of "
                    + columns.size() + " columns");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < positions.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(columns.get(positions.get(i)));
        }
        return sb.toString();
    }

    /**
     * Applies the filter to a JSON record.
     *
     * @param node the record
     * @return the selected value
     * @throws IllegalArgumentException when it selects nothing
     */
    JsonNode applyJson(JsonNode node) {
        switch (kind) {
            case ALL:
                return node;
            case PATH: {
                JsonNode current = node;
                for (String key : keys) {
                    current = current == null || !current.isObject() ? null : current.get(key);
                }
                if (current == null) {
                    throw new IllegalArgumentException("the filter " + expression + " selects nothing from " + abbreviate(
                            node));
                }
                return current;
            }
            case KEYS: {
                if (!node.isObject()) {
                    throw new IllegalArgumentException("the filter " + expression + " selects keys from " + abbreviate(
                            node) + ", which is not an object");
                }
                ObjectNode out = NODES.objectNode();
                for (String key : keys) {
                    if (node.has(key)) {
                        out.set(key, node.get(key));
                    }
                }
                if (out.isEmpty()) {
                    throw new IllegalArgumentException("the filter " + expression + " selects nothing from "
                            + abbreviate(node));
                }
                return out;
            }
            default: {
                if (!node.isArray()) {
                    throw new IllegalArgumentException("the filter " + expression + " selects indices from "
                            + abbreviate(node) + ", which is not an array");
                }
                List<Integer> positions = positions(node.size());
                if (positions.isEmpty()) {
                    throw new IllegalArgumentException("the filter " + expression + " selects nothing from "
                            + abbreviate(node));
                }
                if (positions.size() == 1 && ranges.size() == 1 && ranges.get(0)[2] == 1) {
                    return node.get(positions.get(0));
                }
                ArrayNode out = NODES.arrayNode();
                positions.forEach(i -> out.add(node.get(i)));
                return out;
            }
        }
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    @Override
    public String toString() {
        return expression;
    }
}
