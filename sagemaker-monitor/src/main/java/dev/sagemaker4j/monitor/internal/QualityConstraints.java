/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model-quality constraints.json of the service and its check. A baseline suggests, per problem type, a
 * {@code threshold} (the baseline's value) and a {@code comparison_operator} for the metrics the service
 * constrains ({@code <section>_constraints}); a monitoring execution reports a violation, with the operator as its
 * {@code constraint_check_type}, for each metric on the wrong side of its threshold.
 */
final class QualityConstraints {
    static final String LESS = "LessThanThreshold";
    static final String GREATER = "GreaterThanThreshold";

    private QualityConstraints() {
    }

    /** The metrics the service constrains, with the operator that flags a worse model. */
    static Map<String, String> constrained(String problemType) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (problemType) {
            case QualityMetrics.BINARY:
                for (String k : new String[] {"recall", "precision", "accuracy", "true_positive_rate",
                    "true_negative_rate"}) {
                    m.put(k, LESS);
                }
                m.put("false_positive_rate", GREATER);
                m.put("false_negative_rate", GREATER);
                for (String k : new String[] {"auc", "f0_5", "f1", "f2"}) {
                    m.put(k, LESS);
                }
                break;
            case QualityMetrics.MULTICLASS:
                for (String k : new String[] {"accuracy", "weighted_recall", "weighted_precision", "weighted_f0_5",
                    "weighted_f1", "weighted_f2"}) {
                    m.put(k, LESS);
                }
                break;
            default:
                m.put("mae", GREATER);
                m.put("mse", GREATER);
                m.put("rmse", GREATER);
                m.put("r2", LESS);
                break;
        }
        return m;
    }

    static ObjectNode suggest(String problemType, JsonNode statistics, JsonNodeFactory f) {
        String section = QualityMetrics.section(problemType);
        JsonNode metrics = statistics.path(section + "_metrics");
        ObjectNode doc = f.objectNode();
        doc.put("version", 0.0);
        ObjectNode constraints = doc.putObject(section + "_constraints");
        constrained(problemType).forEach((name, operator) -> {
            JsonNode value = metrics.path(name).path("value");
            if (value.isNumber()) {
                ObjectNode c = constraints.putObject(name);
                c.put("threshold", value.doubleValue());
                c.put("comparison_operator", operator);
            }
        });
        return doc;
    }

    static ArrayNode check(String problemType, JsonNode statistics, JsonNode baselineConstraints,
            JsonNodeFactory f) {
        String section = QualityMetrics.section(problemType);
        JsonNode constraints = baselineConstraints.path(section + "_constraints");
        if (!constraints.isObject()) {
            throw new Table.ClientError("the baseline constraints have no " + section + "_constraints (they have "
                    + fieldNames(baselineConstraints) + "): suggest the baseline with problem_type " + problemType);
        }
        JsonNode metrics = statistics.path(section + "_metrics");
        ArrayNode violations = f.arrayNode();
        for (Map.Entry<String, JsonNode> c : constraints.properties()) {
            String name = c.getKey();
            JsonNode threshold = c.getValue().path("threshold");
            String operator = c.getValue().path("comparison_operator").asText(null);
            JsonNode value = metrics.path(name).path("value");
            if (!threshold.isNumber()) {
                throw new Table.ClientError("the threshold of " + name + " in the baseline constraints is not a"
                        + " number: " + c.getValue().path("threshold"));
            }
            if (!value.isNumber()) {
                continue; // not computable on this data (e.g. r2 of a constant label): nothing to compare
            }
            double v = value.doubleValue();
            double t = threshold.doubleValue();
            boolean violated;
            if (LESS.equals(operator)) {
                violated = v < t;
            } else if (GREATER.equals(operator)) {
                violated = v > t;
            } else if ("LessThanOrEqualToThreshold".equals(operator)) {
                violated = v <= t;
            } else if ("GreaterThanOrEqualToThreshold".equals(operator)) {
                violated = v >= t;
            } else {
                throw new Table.ClientError("the comparison_operator " + operator + " of " + name
                        + " is not LessThanThreshold, GreaterThanThreshold, LessThanOrEqualToThreshold or"
                        + " GreaterThanOrEqualToThreshold");
            }
            if (violated) {
                JsonNode deviation = metrics.path(name).path("standard_deviation");
                ObjectNode x = violations.addObject();
                x.put("constraint_check_type", operator);
                x.put("description", "Metric " + camel(name) + " with " + v + " +/- "
                        + (deviation.isNumber() ? Double.toString(deviation.doubleValue()) : "NaN") + " was "
                        + operator + " '" + t + "'");
                x.put("metric_name", name);
            }
        }
        return violations;
    }

    /** The service's metric name in a description: {@code weighted_f2} is {@code weightedF2}. */
    static String camel(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' && i + 1 < name.length() && Character.isLetter(name.charAt(i + 1))) {
                b.append(Character.toUpperCase(name.charAt(++i)));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String fieldNames(JsonNode node) {
        StringBuilder b = new StringBuilder("[");
        node.fieldNames().forEachRemaining(n -> b.append(b.length() > 1 ? ", " : "").append(n));
        return b.append(']').toString();
    }
}
