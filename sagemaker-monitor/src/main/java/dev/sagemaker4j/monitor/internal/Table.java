/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ClientException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A data set read in one streaming pass into per-feature statistics: CSV (with or without a header), JSON (Lines
 * or one document) or SageMaker's capture JSON Lines, as the {@code dataset_format} environment variable of the
 * analyzer says. Rows whose column count differs from the first row's (or the header's) fail the read with a
 * ClientError naming the file and line.
 *
 * <p>CSV files are read from their bytes by {@link CsvRanges}; a baselining read does so in byte ranges on several
 * threads, lets numbers skip the categories ({@link FeatureStats#needsCategoryReplay}) and reads the data set a
 * second time, in one pass, only for the columns that hold both numbers and strings or whose categories overflowed
 * on merging the ranges.
 */
final class Table {
    private static final ObjectMapper JSON = new ObjectMapper();

    final List<FeatureStats> features = new ArrayList<>();
    private final Map<String, FeatureStats> byName = new LinkedHashMap<>();
    long rows;
    private List<String> positional;

    /** Names for positional columns (a header, or the baseline's features for capture); null: _c0, _c1, ... */
    private final List<String> positionalNames;
    /** A baselining read: numbers skip the categories (FeatureStats' numbersOutsideCategories). */
    private final boolean baselining;
    /** A replay read: only these features are analyzed; null: every feature. */
    private final Set<String> only;

    private Table(List<String> positionalNames, boolean baselining, Set<String> only) {
        this.positionalNames = positionalNames;
        this.baselining = baselining;
        this.only = only;
    }

    /**
     * Reads every file under a folder (sorted, recursively).
     *
     * @param source          the folder (or a file)
     * @param format          the dataset_format object, e.g. {"csv":{"header":true}}
     * @param positionalNames the names of positional columns of capture data, or null
     * @return the statistics
     * @throws IOException when a file cannot be read
     */
    static Table read(Path source, JsonNode format, List<String> positionalNames) throws IOException {
        return read(source, format, positionalNames, false);
    }

    /**
     * Reads every file under a folder (sorted, recursively); for a baselining job the categories of columns that
     * turn out numeric are not kept (no output needs them), and columns holding both numbers and strings are read
     * again, in full.
     *
     * @param source          the folder (or a file)
     * @param format          the dataset_format object, e.g. {"csv":{"header":true}}
     * @param positionalNames the names of positional columns of capture data, or null
     * @param baselining      whether this is a baselining job's read (statistics and suggested constraints only)
     * @return the statistics
     * @throws IOException when a file cannot be read
     */
    static Table read(Path source, JsonNode format, List<String> positionalNames, boolean baselining)
            throws IOException {
        Table t = new Table(positionalNames, baselining, null);
        t.readAll(source, format);
        Set<String> replay = new LinkedHashSet<>();
        for (FeatureStats s : t.features) {
            if (s.needsCategoryReplay()) {
                replay.add(s.name);
            }
        }
        if (!replay.isEmpty()) {
            Table again = new Table(positionalNames, false, replay);
            again.readAll(source, format);
            if (again.rows != t.rows) {
                throw new ClientError("the data set under " + source.getFileName() + " changed while it was read ("
                        + t.rows + " then " + again.rows + " rows)");
            }
            for (int i = 0; i < t.features.size(); i++) {
                FeatureStats full = again.byName.get(t.features.get(i).name);
                if (replay.contains(t.features.get(i).name) && full != null) {
                    t.features.set(i, full);
                    t.byName.put(full.name, full);
                }
            }
        }
        return t;
    }

    private void readAll(Path source, JsonNode format) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            String file = source.relativize(f).toString();
            if (format.has("csv")) {
                readCsv(f, file, format.get("csv").path("header").asBoolean(true));
            } else if (format.has("json")) {
                readJson(f, file, format.get("json").path("lines").asBoolean(true));
            } else if (format.has("sagemakerCaptureJson")) {
                readCapture(f, file);
            } else {
                throw new ClientError("the dataset_format " + format
                        + " is not csv, json or sagemakerCaptureJson");
            }
        }
    }

    /** A failure caused by the input, reported as the job's ClientError. */
    static final class ClientError extends ClientException {
        private static final long serialVersionUID = 1L;

        ClientError(String message) {
            super("ClientError: " + message);
        }
    }

    private void readCsv(Path f, String file, boolean header) throws IOException {
        CsvRanges.Line first = CsvRanges.firstLine(f);
        if (first == null) {
            return;
        }
        long start = first.start();
        if (header) {
            List<String> cells = Csv.split(first.text());
            if (positional == null) {
                positional = cells.stream().map(String::trim).collect(Collectors.toList());
                columns(positional.size());
            } else if (cells.size() != positional.size()) {
                throw new ClientError("the header of " + file + " has " + cells.size()
                        + " columns, the first file's has " + positional.size());
            }
            start = first.next();
        } else if (positional == null) {
            namePositional(Csv.split(first.text()).size());
        }
        // in ranges on several threads only where merging them keeps one pass's outputs: a baselining read (a
        // monitoring read keeps the categories of numeric columns too, and those overflow on merging)
        int ranges = baselining && only == null ? CsvRanges.defaultRanges() : 1;
        rows += CsvRanges.read(f, file, start, features, ranges);
    }

    private void readJson(Path f, String file, boolean lines) throws IOException {
        if (!lines) {
            JsonNode doc = parse(Files.readString(f, StandardCharsets.UTF_8), file, 1);
            for (JsonNode record : doc.isArray() ? doc : List.of(doc)) {
                rowByName(record, file, 1);
            }
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    rowByName(parse(line, file, lineNo), file, lineNo);
                }
            }
        }
    }

    /** SageMaker's capture records: the output's columns, then the input's (output_columns_position START). */
    private void readCapture(Path f, String file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = parse(line, file, lineNo);
                JsonNode data = record.path("captureData");
                if (data.isMissingNode()) {
                    throw new ClientError("line " + lineNo + " of " + file + " is not a capture record"
                            + " (no captureData)");
                }
                List<List<String>> in = payloadRows(data.path("endpointInput"), file, lineNo);
                List<List<String>> out = payloadRows(data.path("endpointOutput"), file, lineNo);
                int n = Math.max(in.size(), out.size());
                for (int i = 0; i < n; i++) {
                    List<String> row = new ArrayList<>();
                    if (!out.isEmpty()) {
                        row.addAll(i < out.size() ? out.get(i) : List.of());
                    }
                    if (!in.isEmpty()) {
                        row.addAll(i < in.size() ? in.get(i) : List.of());
                    }
                    rowByPosition(row, file, lineNo);
                }
            }
        }
    }

    private static List<List<String>> payloadRows(JsonNode payload, String file, long lineNo) {
        List<List<String>> rows = new ArrayList<>();
        if (payload.isMissingNode() || payload.path("data").isMissingNode()) {
            return rows;
        }
        String encoding = payload.path("encoding").asText("");
        String data = payload.path("data").asText();
        if (encoding.equals("BASE64")) {
            data = new String(java.util.Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
        }
        String type = payload.path("observedContentType").asText("");
        if (encoding.equals("CSV") || type.startsWith("text/csv")) {
            for (String l : data.split("\\r?\\n")) {
                if (!l.isBlank()) {
                    rows.add(Csv.split(l));
                }
            }
            return rows;
        }
        for (String l : data.split("\\r?\\n")) {
            if (l.isBlank()) {
                continue;
            }
            JsonNode node = parse(l, file, lineNo);
            if (node.isArray() && node.size() > 0 && node.get(0).isArray()) {
                node.forEach(r -> rows.add(scalars(r)));
            } else if (node.isObject() && node.size() == 1 && node.elements().next().isArray()) {
                // {"instances": [...]} or {"predictions": [...]}: one row per element
                for (JsonNode r : node.elements().next()) {
                    rows.add(scalars(r));
                }
            } else {
                rows.add(scalars(node));
            }
        }
        return rows;
    }

    private static List<String> scalars(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray() || node.isObject()) {
            node.forEach(v -> out.add(v.isValueNode() ? (v.isNull() ? null : v.asText()) : v.toString()));
        } else {
            out.add(node.isNull() ? null : node.asText());
        }
        return out;
    }

    private static JsonNode parse(String text, String file, long lineNo) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new ClientError("line " + lineNo + " of " + file + " is not JSON: " + e.getMessage());
        }
    }

    private void columns(int n) {
        for (int i = features.size(); i < n; i++) {
            String name = positional != null && i < positional.size() ? positional.get(i) : "_c" + i;
            FeatureStats s = newFeature(name);
            features.add(s);
            byName.put(name, s);
        }
    }

    private FeatureStats newFeature(String name) {
        return new FeatureStats(name, rows, baselining, only != null && !only.contains(name));
    }

    private void rowByPosition(List<String> cells, String file, long lineNo) {
        if (positional == null) {
            namePositional(cells.size());
        } else if (cells.size() != features.size()) {
            throw new ClientError("row at line " + lineNo + " of " + file + " has " + cells.size()
                    + " columns where the data set has " + features.size() + " (ragged rows)");
        }
        for (int i = 0; i < cells.size(); i++) {
            features.get(i).add(cells.get(i));
        }
        rows++;
    }

    /** Names positional columns (the given names, then _c0, _c1, ...) and creates their statistics. */
    private void namePositional(int count) {
        positional = new ArrayList<>();
        if (positionalNames != null) {
            positional.addAll(positionalNames);
        }
        for (int i = positional.size(); i < count; i++) {
            positional.add("_c" + i);
        }
        columns(count);
    }

    private void rowByName(JsonNode record, String file, long lineNo) {
        if (!record.isObject()) {
            throw new ClientError("line " + lineNo + " of " + file + " is not a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            String name = field.getKey();
            if (!byName.containsKey(name)) {
                FeatureStats s = newFeature(name);
                features.add(s);
                byName.put(name, s);
            }
        }
        for (FeatureStats s : features) {
            JsonNode v = record.get(s.name);
            s.add(v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
        }
        rows++;
    }

    /** A CSV line split by RFC 4180 rules (quoted fields, doubled quotes); a field spans no line break. */
    static final class Csv {
        private Csv() {
        }

        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            split(line, out);
            return out;
        }

        /** Splits into {@code out}, cleared first; a line without quotes is cut at its commas. */
        static void split(String line, List<String> out) {
            out.clear();
            if (line.indexOf('"') < 0) {
                int start = 0;
                int comma;
                while ((comma = line.indexOf(',', start)) >= 0) {
                    out.add(line.substring(start, comma));
                    start = comma + 1;
                }
                out.add(line.substring(start));
                return;
            }
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            cur.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
        }
    }
}
