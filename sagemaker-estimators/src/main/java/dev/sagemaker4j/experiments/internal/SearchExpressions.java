/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.NestedFilters;
import software.amazon.awssdk.services.sagemaker.model.SearchExpression;
import software.amazon.awssdk.services.sagemaker.model.SearchRecord;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;

/**
 * The service's Search over records in their service JSON shape: a property path ({@code TrialComponentName},
 * {@code Parents.ExperimentName}, {@code Parameters.eta}, {@code Metrics.validation:auc.Max},
 * {@code InputArtifacts.train.Value}) names every value it reaches (lists fan out; a list of metric summaries is
 * entered by metric name; a parameter value is its number or string), and a filter holds when one of them
 * satisfies it. Filters, nested filters and sub-expressions combine with the expression's operator (And by
 * default); results sort by a property path (default {@code LastModifiedTime}, Descending) and come in pages.
 */
final class SearchExpressions {
    private SearchExpressions() {
    }

    static SearchResponse search(List<SearchRecord> records, List<ObjectNode> jsons, SearchRequest request) {
        int max = request.maxResults() == null ? 10 : request.maxResults();
        if (max < 1 || max > 100) {
            throw new ValidationException("MaxResults", max, "must be between 1 and 100", "ask for 1 to 100");
        }
        String order = request.sortOrderAsString();
        if (order != null && !order.equals("Ascending") && !order.equals("Descending")) {
            throw new ValidationException("SortOrder", order, "is not a sort order", "use Ascending or Descending");
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (request.searchExpression() == null || matches(jsons.get(i), request.searchExpression())) {
                kept.add(i);
            }
        }
        String sortBy = request.sortBy() == null ? "LastModifiedTime" : request.sortBy();
        Comparator<Integer> by = Comparator.comparing(i -> sortKey(jsons.get(i), sortBy),
                Comparator.nullsFirst(SearchExpressions::compare));
        if (!"Ascending".equals(order)) {
            by = by.reversed();
        }
        kept.sort(by);
        int start = start(request.nextToken());
        int end = Math.min(kept.size(), start + max);
        List<SearchRecord> page = new ArrayList<>();
        for (int i = start; i < end; i++) {
            page.add(records.get(kept.get(i)));
        }
        return SearchResponse.builder().results(page).nextToken(end < kept.size() ? token(end) : null).build();
    }

    private static boolean matches(JsonNode record, SearchExpression e) {
        boolean or = "Or".equals(e.operatorAsString());
        List<Boolean> results = new ArrayList<>();
        if (e.hasFilters()) {
            e.filters().forEach(f -> results.add(matches(record, f)));
        }
        if (e.hasNestedFilters()) {
            for (NestedFilters n : e.nestedFilters()) {
                results.add(values(record, n.nestedPropertyName()).stream().anyMatch(element -> n.filters().stream()
                        .allMatch(f -> matches(element, relative(f, n.nestedPropertyName())))));
            }
        }
        if (e.hasSubExpressions()) {
            e.subExpressions().forEach(sub -> results.add(matches(record, sub)));
        }
        return or ? results.isEmpty() || results.contains(Boolean.TRUE) : !results.contains(Boolean.FALSE);
    }

    private static Filter relative(Filter f, String nested) {
        String name = f.name().startsWith(nested + ".") ? f.name().substring(nested.length() + 1) : f.name();
        return f.toBuilder().name(name).build();
    }

    private static boolean matches(JsonNode record, Filter f) {
        if (f.name() == null) {
            throw new ValidationException("SearchExpression.Filters.Name", null, "is required",
                    "name the property, e.g. Parents.ExperimentName");
        }
        String op = f.operatorAsString() == null ? "Equals" : f.operatorAsString();
        List<JsonNode> values = values(record, f.name());
        switch (op) {
            case "Exists":
                return !values.isEmpty();
            case "NotExists":
                return values.isEmpty();
            case "NotEquals":
                return values.stream().noneMatch(v -> compare(v, f.value()) == 0);
            default:
                break;
        }
        if (f.value() == null) {
            throw new ValidationException("SearchExpression.Filters.Value", null, "is required for " + op,
                    "give the value to compare with");
        }
        for (JsonNode v : values) {
            boolean hit;
            switch (op) {
                case "Equals":
                    hit = compare(v, f.value()) == 0;
                    break;
                case "GreaterThan":
                    hit = compare(v, f.value()) > 0;
                    break;
                case "GreaterThanOrEqualTo":
                    hit = compare(v, f.value()) >= 0;
                    break;
                case "LessThan":
                    hit = compare(v, f.value()) < 0;
                    break;
                case "LessThanOrEqualTo":
                    hit = compare(v, f.value()) <= 0;
                    break;
                case "Contains":
                    hit = v.asText().contains(f.value());
                    break;
                case "In":
                    hit = List.of(f.value().split(",")).stream().anyMatch(x -> compare(v, x.strip()) == 0);
                    break;
                default:
                    throw new ValidationException("SearchExpression.Filters.Operator", op, "is not an operator"
                            + " of Search", "use Equals, NotEquals, GreaterThan, GreaterThanOrEqualTo, LessThan,"
                            + " LessThanOrEqualTo, Contains, Exists, NotExists or In");
            }
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /** Every value a property path reaches. */
    static List<JsonNode> values(JsonNode record, String path) {
        List<JsonNode> current = List.of(record);
        String[] tokens = path.split("\\.");
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode n : current) {
                step(n, token, next);
            }
            // a metric name may hold dots: join tokens until one matches
            if (next.isEmpty() && t + 1 < tokens.length) {
                String joined = token;
                for (int u = t + 1; u < tokens.length && next.isEmpty(); u++) {
                    joined = joined + "." + tokens[u];
                    for (JsonNode n : current) {
                        step(n, joined, next);
                    }
                    if (!next.isEmpty()) {
                        t = u;
                    }
                }
            }
            current = next;
        }
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : current) {
            if (n.isObject() && (n.has("NumberValue") || n.has("StringValue"))) {
                out.add(n.has("NumberValue") ? n.get("NumberValue") : n.get("StringValue"));
            } else if (n.isArray()) {
                n.forEach(out::add);
            } else if (!n.isNull()) {
                out.add(n);
            }
        }
        return out;
    }

    private static void step(JsonNode n, String token, List<JsonNode> next) {
        if (n.isArray()) {
            for (JsonNode element : n) {
                if (element.has(token)) {
                    next.add(element.get(token));
                } else if (token.equals(element.path("MetricName").asText(null))) {
                    next.add(element);
                }
            }
        } else if (n.has(token)) {
            next.add(n.get(token));
        }
    }

    private static JsonNode sortKey(JsonNode record, String path) {
        List<JsonNode> v = values(record, path);
        return v.isEmpty() ? null : v.get(0);
    }

    private static int compare(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.asText().compareTo(b.asText());
    }

    /** A value against a filter's text: as numbers, as times (a timestamp property against ISO-8601), or text. */
    private static int compare(JsonNode v, String wanted) {
        if (v.isNumber()) {
            try {
                return Double.compare(v.asDouble(), Double.parseDouble(wanted));
            } catch (NumberFormatException notNumber) {
                try {
                    return Double.compare(v.asDouble(), Instant.parse(wanted).toEpochMilli() / 1000.0);
                } catch (DateTimeParseException notTime) {
                    return v.asText().compareTo(wanted);
                }
            }
        }
        if (v.isBoolean()) {
            return v.asText().compareTo(wanted.toLowerCase(Locale.ROOT));
        }
        return v.asText().compareTo(wanted);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("search:" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int start(String nextToken) {
        if (nextToken == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
            if (text.startsWith("search:") && text.length() <= 17) {
                return Math.max(0, Integer.parseInt(text.substring(7)));
            }
        } catch (IllegalArgumentException e) {
            // falls through
        }
        throw new ValidationException("NextToken", nextToken, "is not a token of this search",
                "pass the NextToken of the previous page");
    }
}
