/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The constraints of constraints.json: suggested from a baseline's statistics, and checked against a current
 * data set into constraint_violations.json's {@code violations}.
 *
 * <p>Suggestion: {@code completeness} is the baseline's present share; numerical features get
 * {@code num_constraints.is_non_negative} (min &gt;= 0); string features with at most {@link #MAX_DOMAIN}
 * distinct values get {@code string_constraints.domains}. The {@code monitoring_config} carries the service's
 * defaults: thresholds 1.0, drift comparison Enabled at 0.1 with the Robust method, categorical drift LInfinity.
 *
 * <p>Checks: {@code missing_column_check} and {@code extra_column_check} by feature name;
 * {@code data_type_check} when the share of current values of the baseline's type is below
 * {@code datatype_check_threshold}; {@code completeness_check} when the current present share is below the
 * feature's {@code completeness}; {@code categorical_values_check} when the share of current values inside the
 * domain is below {@code domain_content_threshold}; {@code baseline_drift_check} when the L-infinity distance
 * between the baseline's and the current CDFs (numerical) or category frequencies (categorical) exceeds
 * {@code comparison_threshold} (numerical; with {@code Robust}, the distance must also exceed the two-sample
 * Kolmogorov-Smirnov critical value at 5%, so that small windows do not raise drift by chance) or
 * {@code categorical_comparison_threshold} (default 0.1).
 */
final class ConstraintRules {
    static final int MAX_DOMAIN = 100;
    private static final double EPS = 1e-12;

    private ConstraintRules() {
    }

    static ObjectNode suggest(Table table, String categoricalDriftMethod, JsonNodeFactory f) {
        ObjectNode doc = f.objectNode();
        doc.put("version", 0.0);
        ArrayNode features = doc.putArray("features");
        for (FeatureStats s : table.features) {
            ObjectNode c = features.addObject();
            c.put("name", s.name);
            String type = s.inferredType();
            c.put("inferred_type", type);
            c.put("completeness", (double) s.present / table.rows);
            if (type.equals("Integral") || type.equals("Fractional")) {
                c.putObject("num_constraints").put("is_non_negative", s.min() >= 0);
            } else if (type.equals("String") && s.categoriesComplete() && s.distinctCount() <= MAX_DOMAIN) {
                ArrayNode domains = c.putObject("string_constraints").putArray("domains");
                s.categories().keySet().forEach(domains::add);
            }
        }
        ObjectNode config = doc.putObject("monitoring_config");
        config.put("evaluate_constraints", "Enabled");
        config.put("emit_metrics", "Enabled");
        config.put("datatype_check_threshold", 1.0);
        config.put("domain_content_threshold", 1.0);
        ObjectNode dist = config.putObject("distribution_constraints");
        dist.put("perform_comparison", "Enabled");
        dist.put("comparison_threshold", 0.1);
        dist.put("comparison_method", "Robust");
        dist.put("categorical_comparison_threshold", 0.1);
        dist.put("categorical_drift_method", categoricalDriftMethod == null ? "LInfinity" : categoricalDriftMethod);
        return doc;
    }

    static ArrayNode check(Table table, JsonNode baselineStatistics, JsonNode constraints, JsonNodeFactory f) {
        ArrayNode out = f.arrayNode();
        JsonNode config = constraints.path("monitoring_config");
        if (disabled(config)) {
            return out;
        }
        Map<String, FeatureStats> current = new LinkedHashMap<>();
        table.features.forEach(s -> current.put(s.name, s));
        Map<String, JsonNode> baselineStats = new HashMap<>();
        if (baselineStatistics != null) {
            baselineStatistics.path("features").forEach(n -> baselineStats.put(n.path("name").asText(), n));
        }
        Set<String> expected = new HashSet<>();
        int baselineCount = constraints.path("features").size();
        String columns = "Number of columns in current dataset: " + current.size()
                + ", Number of columns in baseline constraints: " + baselineCount;
        for (JsonNode c : constraints.path("features")) {
            String name = c.path("name").asText();
            expected.add(name);
            FeatureStats s = current.get(name);
            if (s == null) {
                add(out, name, "missing_column_check", "There are missing columns in current dataset. " + columns);
                continue;
            }
            if (disabled(c.path("string_constraints").path("monitoring_config_overrides"))
                    || disabled(c.path("num_constraints").path("monitoring_config_overrides"))) {
                continue;
            }
            checkFeature(out, c, s, table.rows, baselineStats.get(name), config);
        }
        for (String name : current.keySet()) {
            if (!expected.contains(name)) {
                add(out, name, "extra_column_check", "There are extra columns in current dataset. " + columns);
            }
        }
        return out;
    }

    private static void checkFeature(ArrayNode out, JsonNode c, FeatureStats s, long rows, JsonNode baseline,
            JsonNode config) {
        String name = s.name;
        String type = c.path("inferred_type").asText();
        double typeThreshold = config.path("datatype_check_threshold").asDouble(1.0);
        double match = s.typeMatch(type);
        if (match < typeThreshold - EPS) {
            add(out, name, "data_type_check", "Data type match requirement is not met. Expected data type: " + type
                    + ", Expected match: " + percent(typeThreshold) + ". Observed: Only " + percent(match)
                    + " of data is " + type + ".");
        }
        if (c.has("completeness")) {
            double required = c.path("completeness").asDouble();
            double observed = (double) s.present / rows;
            if (observed < required - EPS) {
                add(out, name, "completeness_check", "Data completeness requirement is not met. Expected: "
                        + percent(required) + ". Observed: Only " + percent(observed) + " of data is present.");
            }
        }
        JsonNode domains = c.path("string_constraints").path("domains");
        if (domains.isArray() && s.present > 0) {
            Set<String> domain = new HashSet<>();
            domains.forEach(d -> domain.add(d.asText()));
            long inDomain = s.categories().entrySet().stream().filter(e -> domain.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
            double share = (double) inDomain / s.present;
            double threshold = config.path("domain_content_threshold").asDouble(1.0);
            if (share < threshold - EPS) {
                add(out, name, "categorical_values_check", "Data categorical values requirement is not met."
                        + " Expected: " + percent(threshold) + " of values in the baseline domain. Observed: Only "
                        + percent(share) + " of data is in the baseline domain.");
            }
        }
        JsonNode dist = config.path("distribution_constraints");
        boolean compare = !"Disabled".equals(dist.path("perform_comparison").asText("Enabled"))
                && dist.path("enable_comparisons").asBoolean(true);
        if (!compare || baseline == null) {
            return;
        }
        if (baseline.has("numerical_statistics") && s.numericCount() > 0) {
            Distributions.Sample before = Distributions.fromStatistics(baseline.get("numerical_statistics"));
            Distributions.Sample now = Distributions.fromStatistics(
                    s.toJson(JsonNodeFactory.instance).path("numerical_statistics"));
            if (before == null || now == null) {
                return;
            }
            double d = Distributions.linfinity(before, now);
            double threshold = dist.path("comparison_threshold").asDouble(0.1);
            boolean robust = !"Simple".equalsIgnoreCase(dist.path("comparison_method").asText("Robust"));
            double bar = robust ? Math.max(threshold, Distributions.ksCritical(before.total(), now.total()))
                    : threshold;
            if (d > bar) {
                add(out, name, "baseline_drift_check", "Baseline drift distance: " + d + " exceeds threshold: "
                        + threshold + " (L-infinity distance between the CDFs, comparison_method "
                        + (robust ? "Robust" : "Simple") + ")");
            }
        } else if (baseline.has("string_statistics") && s.present > 0) {
            Map<String, Double> before = Distributions.categories(baseline.get("string_statistics"));
            Map<String, Double> now = new HashMap<>();
            s.categories().forEach((k, v) -> now.put(k, v.doubleValue()));
            double d = Distributions.linfinity(before, now);
            double threshold = dist.path("categorical_comparison_threshold").asDouble(0.1);
            if (!before.isEmpty() && d > threshold) {
                add(out, name, "baseline_drift_check", "Baseline drift distance: " + d + " exceeds threshold: "
                        + threshold + " (L-infinity distance between the category frequencies)");
            }
        }
    }

    private static boolean disabled(JsonNode config) {
        return "Disabled".equals(config.path("evaluate_constraints").asText());
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private static void add(ArrayNode out, String feature, String check, String description) {
        ObjectNode v = out.addObject();
        v.put("feature_name", feature);
        v.put("constraint_check_type", check);
        v.put("description", description);
    }
}
