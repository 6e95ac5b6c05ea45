/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** The Clarify job's {@code report.html}: the analysis as plain tables (pictures are drawn from analysis.json). */
final class Report {
    private Report() {
    }

    static String html(JsonNode config, JsonNode analysis) {
        StringBuilder b = new StringBuilder();
        String title = config.path("methods").path("report").path("title").asText("Analysis Report");
        b.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>\n<h1>")
                .append(esc(title)).append("</h1>\n");
        table(b, "Pre-training bias metrics", analysis.get("pre_training_bias_metrics"));
        table(b, "Post-training bias metrics", analysis.get("post_training_bias_metrics"));
        if (analysis.has("explanations")) {
            b.append("<h2>Explanations</h2>\n<p>See <code>explanations</code> in analysis.json.</p>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder b, String heading, JsonNode section) {
        if (section == null) {
            return;
        }
        b.append("<h2>").append(esc(heading)).append("</h2>\n<p>Label <code>")
                .append(esc(section.path("label").asText())).append("</code>, positive outcome <code>")
                .append(esc(section.path("label_value_or_threshold").asText())).append("</code></p>\n")
                .append("<table><tr><th>Facet</th><th>Value or threshold</th><th>Metric</th><th>Description</th>")
                .append("<th>Value</th></tr>\n");
        for (Map.Entry<String, JsonNode> e : section.path("facets").properties()) {
            for (JsonNode group : e.getValue()) {
                for (JsonNode m : group.path("metrics")) {
                    b.append("<tr><td>").append(esc(e.getKey())).append("</td><td>")
                            .append(esc(group.path("value_or_threshold").asText())).append("</td><td>")
                            .append(esc(m.path("name").asText())).append("</td><td>")
                            .append(esc(m.path("description").asText())).append("</td><td>")
                            .append(m.path("value").isNumber() ? String.format(java.util.Locale.ROOT, "%.4f",
                                    m.path("value").asDouble()) : "undefined").append("</td></tr>\n");
                }
            }
        }
        b.append("</table>\n");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
