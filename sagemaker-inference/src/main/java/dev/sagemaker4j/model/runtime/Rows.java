/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.utils.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Request bodies as rows of features, in the formats SageMaker's built-in containers read:
 * {@code text/csv} (one record a line, no header, no label), {@code text/libsvm},
 * {@code application/json} ({@code {"instances":[{"features":[...]}, ...]}}, {@code {"instances":[[...]]}},
 * {@code [[...], ...]} or one {@code {"features":[...]}}), {@code application/jsonlines} (one
 * {@code {"features":[...]}} or {@code [...]} a line) and {@code application/x-npy} (1-D or 2-D).
 * Bad input is a {@link ModelInvocationException} 400 naming the record; an unsupported type is 415
 * naming what the model accepts. Sparse bodies (LibSVM, sparse JSON) are expanded to dense rows, so
 * their width and total size are capped ({@link #MAX_FEATURES}, {@link #MAX_VALUES}): a few bytes
 * must not make the server allocate gigabytes.
 */
public final class Rows {
    /** The widest row a body without a fixed feature count may expand to (a feature index below it). */
    public static final int MAX_FEATURES = 1 << 20;
    /** The most values (rows times features) one body may expand to: 256 MiB of floats. */
    public static final long MAX_VALUES = 1L << 26;

    private Rows() {
    }

    /**
     * The MIME type without parameters, lower case.
     *
     * @param contentType e.g. {@code text/csv; charset=utf-8}
     * @return e.g. {@code text/csv}
     */
    public static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Decodes a body into rows.
     *
     * @param body        the request body
     * @param contentType its content type
     * @param features    the feature count each row must have, or -1 for any (all rows alike)
     * @param accepted    the types the model accepts, for the 415 message
     * @return the rows
     */
    public static float[][] decode(byte[] body, String contentType, int features, List<String> accepted) {
        String type = baseType(contentType);
        if (body.length == 0) {
            throw new ModelInvocationException(400, "The request body is empty; send at least one record as "
                    + (type.isEmpty() ? accepted.get(0) : type));
        }
        float[][] rows;
        switch (type) {
            case "text/csv":
            case "csv":
                rows = csv(body);
                break;
            case "text/libsvm":
            case "libsvm":
            case "text/x-libsvm":
                rows = libsvm(body, features);
                break;
            case "application/json":
                rows = json(body, false);
                break;
            case "application/jsonlines":
            case "application/json-lines":
            case "application/x-jsonlines":
                rows = json(body, true);
                break;
            case "application/x-npy":
                rows = npy(body);
                break;
            default:
                throw unsupported(contentType, accepted);
        }
        check(rows, features);
        return rows;
    }

    /**
     * The 415 answer for a content type the model does not read.
     *
     * @param contentType the request's type
     * @param accepted    what the model accepts
     * @return the exception
     */
    public static ModelInvocationException unsupported(String contentType, List<String> accepted) {
        return new ModelInvocationException(415, "Content type " + (contentType == null || contentType.isEmpty()
                ? "(none)" : contentType) + " is not supported by this model; it accepts " + String.join(", ", accepted));
    }

    private static void check(float[][] rows, int features) {
        int expected = features >= 0 ? features : rows[0].length;
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != expected) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features; the model expects " + expected);
            }
        }
    }

    /**
     * Parses CSV rows of numbers (blank cells are missing values, NaN).
     *
     * @param body the bytes
     * @return the rows
     */
    public static float[][] csv(byte[] body) {
        List<float[]> rows = new ArrayList<>();
        int line = 1;
        int start = 0;
        int n = body.length;
        float[] cells = new float[16];
        while (start < n) {
            int end = start;
            while (end < n && body[end] != '\n') {
                end++;
            }
            int stop = end > start && body[end - 1] == '\r' ? end - 1 : end;
            if (stop > start && !blank(body, start, stop)) {
                int count = 0;
                int cellStart = start;
                for (int i = start; i <= stop; i++) {
                    if (i == stop || body[i] == ',') {
                        if (count == cells.length) {
                            cells = java.util.Arrays.copyOf(cells, count * 2);
                        }
                        cells[count] = parse(body, cellStart, i, line, count + 1);
                        count++;
                        cellStart = i + 1;
                    }
                }
                rows.add(java.util.Arrays.copyOf(cells, count));
            }
            start = end + 1;
            line++;
        }
        if (rows.isEmpty()) {
            throw new ModelInvocationException(400, "The CSV body has no records");
        }
        return rows.toArray(new float[0][]);
    }

    /**
     * Parses CSV rows of exactly {@code features} numbers into one row-major array.
     *
     * @param body     the bytes
     * @param features the cells each row must have
     * @return rows x features values
     */
    public static float[] csvFlat(byte[] body, int features) {
        return csvFlat(body, body.length, features);
    }

    /**
     * Parses the first {@code length} bytes of {@code body} as CSV rows of exactly {@code features}
     * numbers into one row-major array, in one pass over the bytes: lines end at {@code '\n'} (a
     * {@code '\r'} before it is dropped), blank lines are skipped, a blank cell is NaN.
     *
     * @param body     the bytes
     * @param length   how many of them to read
     * @param features the cells each row must have
     * @return rows x features values
     */
    public static float[] csvFlat(byte[] body, int length, int features) {
        Flat parsed = csvFlatRows(body, length, features);
        int size = parsed.rows() * features;
        return size == parsed.values().length ? parsed.values() : java.util.Arrays.copyOf(parsed.values(), size);
    }

    /**
     * Rows parsed into one row-major array that may be longer than they need: the values of row
     * {@code r} are {@code values[r * features, (r + 1) * features)}, and nothing past
     * {@code rows * features} is a value.
     *
     * @param values the values, row-major, possibly with unused room at the end
     * @param rows   how many rows the array holds
     */
    public record Flat(float[] values, int rows) {
    }

    /**
     * Parses as {@link #csvFlat(byte[], int, int)} does, but leaves the array as it was sized (from
     * the first line, with room to spare) instead of copying it to the exact length: for callers that
     * pass the row count on, as {@code inplace_predict} takes it.
     *
     * @param body     the bytes
     * @param length   how many of them to read
     * @param features the cells each row must have
     * @return the values and the row count
     */
    public static Flat csvFlatRows(byte[] body, int length, int features) {
        int n = length;
        int first = 0;
        while (first < n && body[first] != '\n') {
            first++;
        }
        // sized from the first line (a row needs at least `features` bytes: its commas and line end), grown if
        // the rows are shorter, cut to size at the end
        long bound = ((long) n / Math.max(1, features) + 1) * features;
        long guess = ((long) n / (first + 1) + 1) * features;
        float[] out = new float[(int) Math.min(Integer.MAX_VALUE - 8, Math.min(bound, guess + guess / 16 + features))];
        int rows = 0;
        int line = 1;
        int pos = 0;
        while (pos < n) {
            byte lead = body[pos];
            if (lead == '\n') {
                pos++;
                line++;
                continue;
            }
            if (lead == '\r' || lead == ' ' || lead == '\t') {
                int end = pos;
                while (end < n && body[end] != '\n') {
                    end++;
                }
                if (blank(body, pos, end > pos && body[end - 1] == '\r' ? end - 1 : end)) {
                    pos = end + 1; // a blank line: no record
                    line++;
                    continue;
                }
            }
            int base = rows * features;
            if (base + features > out.length) {
                out = java.util.Arrays.copyOf(out, (int) Math.min(Integer.MAX_VALUE - 8,
                        Math.max(base + features, out.length + (long) out.length / 2)));
            }
            int count = 0;
            while (true) {
                if (count == features) {
                    throw new ModelInvocationException(400, "Record " + (rows + 1) + " has more than "
                            + features + " features; the model expects " + features);
                }
                int end = cell(body, pos, n, out, base + count, line, count + 1);
                count++;
                pos = end + 1;
                if (end >= n || body[end] == '\n') {
                    break;
                }
            }
            if (count != features) {
                throw new ModelInvocationException(400, "Record " + (rows + 1) + " has " + count
                        + " features; the model expects " + features);
            }
            rows++;
            line++;
        }
        if (rows == 0) {
            throw new ModelInvocationException(400, "The CSV body has no records");
        }
        return new Flat(out, rows);
    }

    /**
     * Reads the cell starting at {@code from} into {@code out[index]} and returns where it ends: at its
     * {@code ','}, its line's {@code '\n'} or {@code n}. A plain {@code [-]digits[.digits]} cell is
     * parsed as it is scanned, in one pass; anything else (blanks, quotes, signs, exponents, a
     * {@code '\r'} inside a line) is cut at its delimiter and parsed by {@link #parse}, which gives the
     * same value for the plain form.
     */
    private static int cell(byte[] b, int from, int n, float[] out, int index, int line, int column) {
        int i = from;
        boolean negative = i < n && b[i] == '-';
        if (negative) {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        boolean any = false;
        for (; i < n; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                if (digits >= 17) {
                    any = false;
                    break;
                }
                mantissa = mantissa * 10 + d;
                if (mantissa != 0) {
                    digits++;
                }
                if (dot) {
                    scale++;
                }
                any = true;
            } else if (b[i] == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (any && scale <= 22) {
            int end = i;
            if (end < n && b[end] == '\r' && (end + 1 == n || b[end + 1] == '\n')) {
                end++;
            } else if (end < n && b[end] != ',' && b[end] != '\n') {
                end = -1;
            }
            if (end >= 0) {
                double v = scale == 0 ? mantissa : mantissa / POW10[scale];
                out[index] = (float) (negative ? -v : v);
                return end;
            }
        }
        int end = from;
        while (end < n && b[end] != ',' && b[end] != '\n') {
            end++;
        }
        int stop = end;
        if ((end == n || b[end] == '\n') && stop > from && b[stop - 1] == '\r') {
            stop--;
        }
        out[index] = parse(b, from, stop, line, column);
        return end;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static float parse(byte[] b, int from, int to, int line, int column) {
        while (from < to && (b[from] == ' ' || b[from] == '\t' || b[from] == '"')) {
            from++;
        }
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t' || b[to - 1] == '"')) {
            to--;
        }
        if (from == to) {
            return Float.NaN;
        }
        // fast path: [-]digits[.digits]
        int i = from;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        boolean ok = i < to;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits >= 17) {
                    ok = false;
                    break;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0) {
                    digits++;
                }
                if (dot) {
                    scale++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                ok = false;
                break;
            }
        }
        if (ok && scale <= 22) {
            double v = scale == 0 ? mantissa : mantissa / POW10[scale];
            return (float) (negative ? -v : v);
        }
        String text = new String(b, from, to - from, StandardCharsets.UTF_8);
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            throw new ModelInvocationException(400, "Record " + line + ", column " + column + ": '" + Texts.excerpt(text)
                    + "' is not a number; send numeric CSV without header or label");
        }
    }

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static float[][] libsvm(byte[] body, int features) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<float[]> rows = new ArrayList<>();
        int line = 0;
        long cells = 0;
        for (String raw : text.split("\n")) {
            line++;
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] tokens = s.split("\\s+");
            List<int[]> indices = new ArrayList<>();
            List<Float> values = new ArrayList<>();
            int max = -1;
            for (String token : tokens) {
                int colon = token.indexOf(':');
                if (colon < 0) {
                    continue; // the label, if any
                }
                if (token.startsWith("qid:")) {
                    continue;
                }
                int index;
                float value;
                try {
                    index = Integer.parseInt(token.substring(0, colon));
                    value = Float.parseFloat(token.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new ModelInvocationException(400, "Record " + line + ": '" + Texts.excerpt(token)
                            + "' is not an index:value pair");
                }
                if (index < 0) {
                    throw new ModelInvocationException(400, "Record " + line + ": '" + token
                            + "' has a negative feature index; LibSVM indices start at 0");
                }
                indices.add(new int[] {index});
                values.add(value);
                max = Math.max(max, index);
            }
            int width = features >= 0 ? features : max + 1;
            if (max >= width || features < 0 && max >= MAX_FEATURES) {
                throw new ModelInvocationException(400, "Record " + line + " has feature index " + max
                        + "; the model has " + (features >= 0 ? features + " features"
                        : "no fixed width and rows may have at most " + MAX_FEATURES + " features"));
            }
            cells += width;
            if (cells > MAX_VALUES) {
                throw tooLarge(line);
            }
            float[] row = new float[width];
            java.util.Arrays.fill(row, Float.NaN);
            for (int k = 0; k < indices.size(); k++) {
                row[indices.get(k)[0]] = values.get(k);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new ModelInvocationException(400, "The LibSVM body has no records");
        }
        if (features < 0) {
            int width = 0;
            for (float[] r : rows) {
                width = Math.max(width, r.length);
            }
            if ((long) width * rows.size() > MAX_VALUES) {
                throw tooLarge(rows.size());
            }
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).length < width) {
                    float[] padded = java.util.Arrays.copyOf(rows.get(i), width);
                    java.util.Arrays.fill(padded, rows.get(i).length, width, Float.NaN);
                    rows.set(i, padded);
                }
            }
        }
        return rows.toArray(new float[0][]);
    }

    private static ModelInvocationException tooLarge(int record) {
        return new ModelInvocationException(400, "Record " + record + " takes the body past " + MAX_VALUES
                + " values once expanded to dense rows; send fewer records per request");
    }

    private static float[][] json(byte[] body, boolean lines) {
        List<float[]> rows = new ArrayList<>();
        try {
            if (lines) {
                String text = new String(body, StandardCharsets.UTF_8);
                int line = 0;
                long cells = 0;
                for (String raw : text.split("\n")) {
                    line++;
                    if (raw.isBlank()) {
                        continue;
                    }
                    float[] row = record(SdkJson.MAPPER.readTree(raw), line);
                    cells += row.length;
                    if (cells > MAX_VALUES) {
                        throw tooLarge(line);
                    }
                    rows.add(row);
                }
            } else {
                JsonNode root = SdkJson.MAPPER.readTree(body);
                JsonNode instances = root.isObject() && root.has("instances") ? root.get("instances")
                        : root.isObject() && root.has("inputs") ? root.get("inputs") : root;
                if (instances.isArray() && instances.size() > 0 && (instances.get(0).isArray()
                        || instances.get(0).isObject())) {
                    long cells = 0;
                    for (int i = 0; i < instances.size(); i++) {
                        float[] row = record(instances.get(i), i + 1);
                        cells += row.length;
                        if (cells > MAX_VALUES) {
                            throw tooLarge(i + 1);
                        }
                        rows.add(row);
                    }
                } else {
                    rows.add(record(instances, 1));
                }
            }
        } catch (IOException e) {
            throw new ModelInvocationException(400, "The body is not valid JSON: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new ModelInvocationException(400, "The JSON body has no records");
        }
        return rows.toArray(new float[0][]);
    }

    private static float[] record(JsonNode node, int number) {
        JsonNode features = node;
        if (node.isObject()) {
            if (node.has("features")) {
                features = node.get("features");
            } else if (node.has("data") && node.get("data").has("features")) {
                JsonNode sparse = node.get("data").get("features");
                return sparse(sparse, number);
            } else {
                throw new ModelInvocationException(400, "Record " + number + " has no \"features\"; send"
                        + " {\"instances\":[{\"features\":[...]}]} or arrays of numbers");
            }
        }
        if (!features.isArray()) {
            throw new ModelInvocationException(400, "Record " + number + " is not an array of numbers");
        }
        float[] row = new float[features.size()];
        for (int j = 0; j < row.length; j++) {
            JsonNode v = features.get(j);
            if (v.isNull()) {
                row[j] = Float.NaN;
            } else if (v.isNumber()) {
                row[j] = v.floatValue();
            } else {
                throw new ModelInvocationException(400, "Record " + number + ", feature " + (j + 1) + ": "
                        + v + " is not a number");
            }
        }
        return row;
    }

    private static float[] sparse(JsonNode sparse, int number) {
        JsonNode keys = sparse.path("keys");
        JsonNode values = sparse.path("values");
        JsonNode shape = sparse.path("shape");
        if (!shape.isArray() || shape.size() != 1 || !keys.isArray() || !values.isArray()
                || keys.size() != values.size()) {
            throw new ModelInvocationException(400, "Record " + number + " is a sparse record without a valid"
                    + " shape, keys and values");
        }
        JsonNode width = shape.get(0);
        if (!width.canConvertToInt() || !width.isIntegralNumber() || width.intValue() < 0
                || width.intValue() > MAX_FEATURES) {
            throw new ModelInvocationException(400, "Record " + number + " has shape " + shape + "; a sparse"
                    + " record's shape is [n] with n from 0 to " + MAX_FEATURES);
        }
        float[] row = new float[width.intValue()];
        for (int k = 0; k < keys.size(); k++) {
            JsonNode key = keys.get(k);
            int index = key.isIntegralNumber() && key.canConvertToInt() ? key.intValue() : -1;
            if (index < 0 || index >= row.length) {
                throw new ModelInvocationException(400, "Record " + number + " has key " + key + " outside shape "
                        + row.length);
            }
            JsonNode value = values.get(k);
            if (!value.isNumber()) {
                throw new ModelInvocationException(400, "Record " + number + ", key " + index + ": " + value
                        + " is not a number");
            }
            row[index] = value.floatValue();
        }
        return row;
    }

    private static float[][] npy(byte[] body) {
        NpyArray array;
        long[] shape;
        float[] flat;
        try {
            array = Npy.read(new ByteArrayInputStream(body));
            shape = array.shape();
            if (shape.length != 1 && shape.length != 2) {
                throw new ModelInvocationException(400, "The .npy array has " + shape.length
                        + " dimensions; send a 1-D record or a 2-D batch");
            }
            if (shape.length == 2 && (shape[0] == 0 || shape[1] == 0)) {
                // (0, n) has no record; (n, 0) has records of no features, and n could be 10^9 in a few bytes
                throw new ModelInvocationException(400, "The .npy array has shape (" + shape[0] + ", " + shape[1]
                        + "); send at least one row of at least one feature");
            }
            // complex, text or datetime elements are refused here with a ValidationException
            flat = array.toFloatArray();
        } catch (ModelInvocationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ModelInvocationException(400, "The body is not a valid .npy array: " + e.getMessage());
        }
        if (shape.length == 1) {
            return new float[][] {flat};
        }
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        float[][] out = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, out[r], 0, cols);
        }
        return out;
    }

    /**
     * Picks the response type: the first of the accepted types the model can produce.
     *
     * @param accept    the request's Accept (comma separated, may be {@code null} or wildcards)
     * @param producible what the model can produce, the default first
     * @return the chosen type
     * @throws ModelInvocationException 406 when none fits
     */
    public static String chooseAccept(String accept, List<String> producible) {
        if (accept == null || accept.isBlank()) {
            return producible.get(0);
        }
        for (String part : accept.split(",")) {
            String type = baseType(part);
            if (type.equals("*/*") || type.isEmpty()) {
                return producible.get(0);
            }
            for (String p : producible) {
                if (p.equals(type) || (type.endsWith("/*") && p.startsWith(type.substring(0, type.length() - 1)))) {
                    return p;
                }
            }
        }
        throw new ModelInvocationException(406, "Accept " + accept + " is not supported by this model; it answers "
                + String.join(", ", producible));
    }

    /**
     * Appends a float as the shortest text that reads back to the same float.
     *
     * @param sb the builder
     * @param v  the value
     */
    public static void appendFloat(StringBuilder sb, float v) {
        sb.append(v);
    }

    /**
     * Appends a number to JSON text: the shortest text that reads back to the same double, or
     * {@code null} for NaN and infinities, which JSON (RFC 8259) has no form for: a strict parser
     * would reject the whole answer.
     *
     * @param sb the builder
     * @param v  the value
     */
    public static void appendJsonNumber(StringBuilder sb, double v) {
        if (Double.isFinite(v)) {
            sb.append(v);
        } else {
            sb.append("null");
        }
    }

    /**
     * Appends a float to JSON text: as {@link #appendFloat}, or {@code null} for NaN and infinities.
     *
     * @param sb the builder
     * @param v  the value
     */
    public static void appendJsonFloat(StringBuilder sb, float v) {
        if (Float.isFinite(v)) {
            sb.append(v);
        } else {
            sb.append("null");
        }
    }
}
