/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where the model-quality analyzer finds a record's label, prediction and probability, as the service's
 * environment names them: {@code ground_truth_attribute}, {@code inference_attribute},
 * {@code probability_attribute} (each a column name or index of CSV, or a key or simple JSONPath such as
 * {@code $.predictions[0].score} of JSON) and {@code probability_threshold_attribute} (default 0.5).
 */
final class QualityAttributes {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String groundTruth;
    final String inference;
    final String probability;
    final double threshold;

    private QualityAttributes(String groundTruth, String inference, String probability, double threshold) {
        this.groundTruth = groundTruth;
        this.inference = inference;
        this.probability = probability;
        this.threshold = threshold;
    }

    static QualityAttributes of(Map<String, String> env) {
        String t = blankToNull(env.get("probability_threshold_attribute"));
        double threshold = 0.5;
        if (t != null) {
            try {
                threshold = Double.parseDouble(t);
            } catch (NumberFormatException e) {
                throw new Table.ClientError("probability_threshold_attribute " + t + " is not a number");
            }
        }
        return new QualityAttributes(blankToNull(env.get("ground_truth_attribute")),
                blankToNull(env.get("inference_attribute")), blankToNull(env.get("probability_attribute")),
                threshold);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** A CSV row's cell by header name, index ({@code 0}) or positional name ({@code _c0}); null: the first. */
    static String cell(List<String> cells, List<String> header, String attribute, String what, String where) {
        if (attribute == null) {
            return cells.isEmpty() ? null : cells.get(0);
        }
        int index = header == null ? -1 : header.indexOf(attribute);
        if (index < 0) {
            String a = attribute.startsWith("_c") ? attribute.substring(2) : attribute;
            try {
                index = Integer.parseInt(a);
            } catch (NumberFormatException e) {
                throw new Table.ClientError("the " + what + " " + attribute + " is not a column of " + where
                        + (header == null ? " (CSV without a header: give a column index such as 0)"
                                : " (columns " + header + ")"));
            }
        }
        if (index < 0 || index >= cells.size()) {
            throw new Table.ClientError("the " + what + " " + attribute + " is out of range for " + where
                    + ", which has " + cells.size() + " column(s)");
        }
        return cells.get(index);
    }

    /** A JSON value by key, index or simple JSONPath ({@code $.a.b[0]}); null attribute: the value itself. */
    static String json(JsonNode node, String attribute, String what, String where) {
        JsonNode v = node;
        if (attribute != null) {
            String path = attribute.startsWith("$") ? attribute.substring(1) : attribute;
            for (String step : path.replace("[", ".").replace("]", "").split("\\.")) {
                if (step.isEmpty()) {
                    continue;
                }
                if (v.isArray()) {
                    try {
                        v = v.path(Integer.parseInt(step));
                    } catch (NumberFormatException e) {
                        v = v.path(step);
                    }
                } else {
                    v = v.path(step);
                }
            }
            if (v.isMissingNode()) {
                throw new Table.ClientError("the " + what + " " + attribute + " is not in " + where);
            }
        }
        while (v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        if (v.isObject() && v.size() == 1) {
            return json(v.elements().next(), null, what, where);
        }
        if (v.isNull() || v.isMissingNode() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    /** A payload (CSV or JSON text) by attribute, as the capture's and the ground truth's data are. */
    static String payload(String data, boolean csv, String attribute, String what, String where) {
        if (csv) {
            String line = data.strip();
            int nl = line.indexOf('\n');
            if (nl >= 0) {
                line = line.substring(0, nl).strip();
            }
            return cell(Table.Csv.split(line), null, attribute, what, where);
        }
        try {
            return json(JSON.readTree(data), attribute, what, where);
        } catch (IOException e) {
            throw new Table.ClientError(where + " is not JSON: " + e.getMessage());
        }
    }
}
