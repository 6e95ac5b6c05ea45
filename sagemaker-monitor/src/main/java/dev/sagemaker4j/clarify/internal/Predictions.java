/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a predicted label or scores out of one row's model output, as the config's {@code predictor}
 * ({@code label}, {@code probability}, {@code label_headers}) and {@code probability_threshold} say: the label where
 * one is located; else the label of the highest of several scores ({@code label_headers}, or its index); else one
 * score, thresholded (default 0.5) into {@code 1}/{@code 0} (or the last/first of two {@code label_headers}) unless
 * the label is continuous. A JSON object without either key gives its {@code predicted_label}, else its
 * {@code score}.
 */
final class Predictions {
    private Predictions() {
    }

    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static JsonNode locate(JsonNode answer, JsonNode key) {
        if (key == null || key.isNull()) {
            return answer;
        }
        if (key.isIntegralNumber()) {
            return answer.isArray() ? answer.path(key.asInt()) : answer;
        }
        JsonNode n = answer;
        for (String part : key.asText().replace("[*]", "").split("\\.")) {
            if (!part.isEmpty()) {
                n = n.path(part);
            }
        }
        return n;
    }

    static double[] scores(JsonNode answer, JsonNode predictor) {
        JsonNode n = locate(answer, predictor.get("probability"));
        if (n.isObject()) {
            n = n.has("score") ? n.get("score") : n.has("probabilities") ? n.get("probabilities") : n;
        }
        List<Double> out = new ArrayList<>();
        if (n.isArray()) {
            for (JsonNode v : n) {
                out.add(number(v));
            }
        } else if (!n.isMissingNode()) {
            out.add(number(n));
        }
        if (out.isEmpty()) {
            throw new ClientError("no score in the model's output " + answer + " (probability "
                    + predictor.get("probability") + ")");
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double number(JsonNode v) {
        if (v.isNumber()) {
            return v.asDouble();
        }
        double d = ClarifyDataset.number(v.asText());
        if (Double.isNaN(d)) {
            throw new ClientError("the model's output " + v + " is not a score: set ModelPredictedLabelConfig's label"
                    + " or probability to locate it");
        }
        return d;
    }

    static String label(JsonNode answer, JsonNode predictor, Double threshold, boolean continuousLabel) {
        JsonNode labelKey = predictor.get("label");
        if (labelKey != null) {
            JsonNode v = locate(answer, labelKey);
            if (v.isArray() && predictor.has("probability")) {
                return text(v.path(argmax(scores(answer, predictor))));
            }
            if (v.isMissingNode()) {
                throw new ClientError("the label " + labelKey + " is not in the model's output " + answer);
            }
            return text(v);
        }
        if (answer.isObject() && !predictor.has("probability") && answer.has("predicted_label")) {
            return text(answer.get("predicted_label"));
        }
        double[] s = scores(answer, predictor);
        JsonNode headers = predictor.path("label_headers");
        if (s.length > 1) {
            int best = argmax(s);
            return headers.isArray() && headers.size() > best ? headers.get(best).asText() : Integer.toString(best);
        }
        if (continuousLabel) {
            return format(s[0]);
        }
        boolean positive = s[0] > (threshold == null ? 0.5 : threshold);
        if (headers.isArray() && headers.size() >= 2) {
            return headers.get(positive ? headers.size() - 1 : 0).asText();
        }
        if (headers.isArray() && headers.size() == 1) {
            return positive ? headers.get(0).asText() : "not " + headers.get(0).asText();
        }
        return positive ? "1" : "0";
    }

    private static String text(JsonNode v) {
        return v.isNumber() ? format(v.asDouble()) : v.asText();
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }
}
