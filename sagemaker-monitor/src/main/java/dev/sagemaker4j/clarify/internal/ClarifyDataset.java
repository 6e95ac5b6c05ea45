/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * A CSV data set of a Clarify job: every file under the input folder (sorted), its column names (the config's
 * {@code headers}, else a header row when the first row names the label, else {@code column_0, column_1, ...}) and
 * its rows as text. A row whose column count differs from the header's fails with a ClientError naming the file
 * and line.
 */
public final class ClarifyDataset {
    final List<String> columns;
    final List<String[]> rows;

    private ClarifyDataset(List<String> columns, List<String[]> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * The column names.
     *
     * @return the names
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The rows.
     *
     * @return each row's cells
     */
    public List<String[]> rows() {
        return rows;
    }

    /**
     * Reads the data set.
     *
     * @param source  the folder (or file)
     * @param headers the config's {@code headers}, or a missing node
     * @param label   the config's {@code label}, or a missing node
     * @param gzip    whether the files are gzipped
     * @return the data set
     * @throws IOException when a file cannot be read
     */
    public static ClarifyDataset read(Path source, JsonNode headers, JsonNode label, boolean gzip)
            throws IOException {
        if (!Files.exists(source)) {
            throw new ClientError("the data set input " + source.getFileName() + " does not exist");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        List<String> names = null;
        if (headers != null && headers.isArray()) {
            names = new ArrayList<>();
            for (JsonNode h : headers) {
                names.add(h.asText());
            }
        }
        List<String[]> rows = new ArrayList<>();
        boolean first = true;
        for (Path f : files) {
            String file = source.relativize(f).toString();
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = gzip ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] cells = split(line);
                    if (first) {
                        first = false;
                        if (names != null && List.of(cells).equals(names)) {
                            continue;
                        }
                        if (names == null && label != null && label.isTextual()
                                && List.of(cells).contains(label.asText())) {
                            names = List.of(cells);
                            continue;
                        }
                        if (names == null) {
                            names = new ArrayList<>();
                            for (int i = 0; i < cells.length; i++) {
                                names.add("column_" + i);
                            }
                        }
                    }
                    if (cells.length != names.size()) {
                        throw new ClientError("line " + lineNo + " of " + file + " has " + cells.length
                                + " column(s), but the data set has " + names.size() + " (" + names + "): every row"
                                + " needs the same columns");
                    }
                    rows.add(cells);
                }
            }
        }
        if (rows.isEmpty()) {
            throw new ClientError("the data set has no rows: there is nothing to analyze");
        }
        return new ClarifyDataset(List.copyOf(names), rows);
    }

    /** Splits a CSV line (double quotes, doubled quotes inside). */
    static String[] split(String line) {
        List<String> cells = new ArrayList<>();
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
                cells.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().trim());
        return cells.toArray(new String[0]);
    }

    /**
     * The index of a column named or numbered in the config.
     *
     * @param what        the config key, for the error
     * @param nameOrIndex a name or an index
     * @return the index
     */
    public int column(String what, JsonNode nameOrIndex) {
        if (nameOrIndex.isIntegralNumber()) {
            int i = nameOrIndex.asInt();
            if (i < 0 || i >= columns.size()) {
                throw new ClientError("the " + what + " column index " + i + " is out of range: the data set has "
                        + columns.size() + " column(s) " + columns);
            }
            return i;
        }
        int i = columns.indexOf(nameOrIndex.asText());
        if (i < 0) {
            throw new ClientError("the " + what + " " + nameOrIndex.asText() + " is not a column of the data set "
                    + columns + ": name one of its columns or give its index");
        }
        return i;
    }

    /**
     * One column's values.
     *
     * @param index the column
     * @return the values
     */
    public String[] values(int index) {
        String[] v = new String[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[index];
        }
        return v;
    }

    /**
     * Parses a number, or NaN.
     *
     * @param s the text
     * @return the number
     */
    public static double number(String s) {
        if (s == null || s.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Whether a column is continuous as Clarify infers it: every value a number, more than two distinct values,
     * and distinct values more than 5% of the rows.
     *
     * @param values the column
     * @return whether it is continuous
     */
    public static boolean continuous(String[] values) {
        Set<Double> distinct = new HashSet<>();
        for (String v : values) {
            double d = number(v);
            if (Double.isNaN(d)) {
                return false;
            }
            distinct.add(d);
        }
        return distinct.size() > 2 && distinct.size() > 0.05 * values.length;
    }
}
