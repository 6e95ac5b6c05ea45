/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Writes data as CSV ({@code text/csv}), as {@code sagemaker.serializers.CSVSerializer}: one line
 * per row, lines joined by {@code "\n"} with no trailing newline, no header, fields quoted only
 * where they hold a comma, a quote or a line break (Python's {@code csv.writer}).
 *
 * <pre>{@code
 * CSVSerializer csv = new CSVSerializer();
 * csv.serialize(new double[] {1.5, 2});                         // "1.5,2.0"
 * csv.serialize(new int[][] {{1, 2}, {3, 4}});                  // "1,2\n3,4"
 * csv.serialize(List.of(List.of("a,b", 1), List.of("c", 2)));   // "\"a,b\",1\nc,2"
 * }</pre>
 *
 * <p>Accepts:
 * <ul>
 *   <li>{@link String} — sent as it is (UTF-8); {@code byte[]} — sent as it is; {@link InputStream}
 *       — read to its end, not closed;</li>
 *   <li>{@code double[]}, {@code float[]}, {@code long[]}, {@code int[]}, {@code short[]},
 *       {@code boolean[]}, or a {@link Collection} or object array of numbers — one row;</li>
 *   <li>their 2-D forms ({@code double[][]}, ...), or a collection/object array whose elements are
 *       arrays or collections — one row each;</li>
 *   <li>{@link NpyArray} — 1-D as one row; n-D as one row per index of the first axis, the rest
 *       flattened, as the Python SDK does with an {@code ndarray};</li>
 *   <li>Arrow {@link VectorSchemaRoot} — one row per record, no header, nulls as empty fields (as
 *       {@code DataFrame.to_csv(header=False, index=False)}); the root is not closed.</li>
 * </ul>
 *
 * <p>Numbers are written so that they read back exactly: doubles and floats with
 * {@link Double#toString(double)} / {@link Float#toString(float)} ({@code 1.0}, {@code 1.0E-5}),
 * NaN and infinities as Python writes them ({@code nan}, {@code inf}, {@code -inf}); booleans as
 * {@code True}/{@code False} and nulls as empty fields, as Python's {@code csv} module does.
 * Empty data, and complex numbers, are rejected with a {@link ValidationException}.
 */
public final class CSVSerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = "text/csv";

    private static final String ACCEPTED = "String, byte[], InputStream, double[]/float[]/long[]/int[]/short[]/"
            + "boolean[] (one row) or their 2-D forms (rows), a List of numbers (one row) or of Lists/arrays (rows),"
            + " NpyArray, or an Arrow VectorSchemaRoot";

    /** Creates a CSV serializer with content type {@code text/csv}. */
    public CSVSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates a CSV serializer that labels its bodies with another content type.
     *
     * @param contentType the MIME type to send
     */
    public CSVSerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        byte[] raw = Payloads.asIs(data, true);
        if (raw != null) {
            return raw;
        }
        StringBuilder sb = new StringBuilder();
        if (data instanceof VectorSchemaRoot) {
            writeArrow(sb, (VectorSchemaRoot) data);
        } else if (data instanceof NpyArray) {
            writeNpy(sb, (NpyArray) data);
        } else if (Payloads.isSequence(data)) {
            List<Object> items = elements(data);
            if (items.isEmpty()) {
                throw Payloads.empty("CSVSerializer", Payloads.typeName(data) + " of 0 elements");
            }
            if (isRowLike(items.get(0))) {
                for (int r = 0; r < items.size(); r++) {
                    if (r > 0) {
                        sb.append('\n');
                    }
                    Object row = items.get(r);
                    if (row instanceof NpyArray) {
                        writeNpyRow(sb, (NpyArray) row, 0, ((NpyArray) row).size(), "data[" + r + "]");
                    } else if (Payloads.isSequence(row)) {
                        writeRow(sb, elements(row), "data[" + r + "]");
                    } else {
                        throw new ValidationException("data[" + r + "]", Payloads.typeName(row),
                                "is not a row, but data[0] is (mixed rows and values)",
                                "pass either a list of values (one row) or a list of rows");
                    }
                }
            } else {
                writeRow(sb, items, "data");
            }
        } else {
            throw Payloads.unsupported(data, "CSVSerializer", ACCEPTED);
        }
        return Payloads.utf8(sb.toString());
    }

    private static boolean isRowLike(Object o) {
        return Payloads.isSequence(o) || o instanceof NpyArray;
    }

    static List<Object> elements(Object sequence) {
        if (sequence instanceof Collection) {
            return new ArrayList<>((Collection<?>) sequence);
        }
        int n = Array.getLength(sequence);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(Array.get(sequence, i));
        }
        return out;
    }

    private static void writeRow(StringBuilder sb, List<Object> cells, String path) {
        if (cells.isEmpty()) {
            throw Payloads.empty("CSVSerializer", path + " has 0 elements");
        }
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            Object cell = cells.get(c);
            if (isRowLike(cell)) {
                throw new ValidationException(path + "[" + c + "]", Payloads.typeName(cell),
                        "is a sequence inside a row; CSV holds one value per field",
                        "flatten each row into a list of numbers or strings");
            }
            appendField(sb, cellText(cell, path + "[" + c + "]"), cells.size() == 1);
        }
    }

    private static void writeNpy(StringBuilder sb, NpyArray array) {
        if (array.ndim() == 0) {
            throw new ValidationException("data", array.toString(), "is a 0-d array, which has no rows",
                    "reshape it to 1-D first: array.reshape(1)");
        }
        if (array.size() == 0) {
            throw Payloads.empty("CSVSerializer", array.toString());
        }
        if (array.dtype().isComplex()) {
            throw complex(array);
        }
        if (array.ndim() == 1) {
            writeNpyRow(sb, array, 0, array.size(), "data");
            return;
        }
        long rows = array.shape()[0];
        long perRow = array.size() / rows;
        for (long r = 0; r < rows; r++) {
            if (r > 0) {
                sb.append('\n');
            }
            writeNpyRow(sb, array, r * perRow, perRow, "data[" + r + "]");
        }
    }

    private static void writeNpyRow(StringBuilder sb, NpyArray array, long from, long count, String path) {
        if (count == 0) {
            throw Payloads.empty("CSVSerializer", path + " has 0 elements");
        }
        if (array.dtype().isComplex()) {
            throw complex(array);
        }
        for (long i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(npyText(array, from + i));
        }
    }

    private static ValidationException complex(NpyArray array) {
        return new ValidationException("data", array.dtype().name(), "complex numbers have no CSV form",
                "send real and imaginary parts as separate columns, or use NumpySerializer");
    }

    static String npyText(NpyArray array, long i) {
        NpyDType t = array.dtype();
        if (t.isBool()) {
            return array.getLong(i) != 0 ? "True" : "False";
        }
        if (t.isInteger()) {
            long v = array.getLong(i);
            return t.isUnsigned() ? Long.toUnsignedString(v) : Long.toString(v);
        }
        double d = array.getDouble(i);
        return t.itemSize() == 8 ? number(d) : number((float) d);
    }

    private static void writeArrow(StringBuilder sb, VectorSchemaRoot root) {
        List<FieldVector> vectors = root.getFieldVectors();
        if (vectors.isEmpty() || root.getRowCount() == 0) {
            throw Payloads.empty("CSVSerializer", "VectorSchemaRoot of " + root.getRowCount() + " rows and "
                    + vectors.size() + " columns");
        }
        for (int r = 0; r < root.getRowCount(); r++) {
            if (r > 0) {
                sb.append('\n');
            }
            for (int c = 0; c < vectors.size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                FieldVector v = vectors.get(c);
                Object value = v.isNull(r) ? null : v.getObject(r);
                String text;
                if (value == null || value instanceof Number || value instanceof Boolean
                        || value instanceof CharSequence) {
                    text = cellText(value, "data row " + r + " column " + v.getName());
                } else {
                    text = value.toString(); // Arrow's Text, temporal values, lists and structs as JSON text
                }
                appendField(sb, text, vectors.size() == 1);
            }
        }
    }

    private static String cellText(Object cell, String path) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof CharSequence || cell instanceof Character) {
            return cell.toString();
        }
        if (cell instanceof Boolean) {
            return (Boolean) cell ? "True" : "False";
        }
        if (cell instanceof Double) {
            return number((Double) cell);
        }
        if (cell instanceof Float) {
            return number((Float) cell);
        }
        if (cell instanceof BigDecimal || cell instanceof BigInteger || cell instanceof Number) {
            return cell.toString();
        }
        throw new ValidationException(path, Payloads.typeName(cell), "is not a value CSVSerializer can write",
                "put numbers, strings, booleans or nulls in rows");
    }

    /** A double as text that parses back to the same double; NaN and infinities as Python writes them. */
    static String number(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return Double.toString(d);
    }

    /** A float as text that parses back to the same float. */
    static String number(float f) {
        if (Float.isNaN(f)) {
            return "nan";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "inf" : "-inf";
        }
        return Float.toString(f);
    }

    /** Python csv QUOTE_MINIMAL: quote fields with a delimiter, quote or line break, and a lone empty field. */
    static void appendField(StringBuilder sb, String field, boolean onlyField) {
        boolean quote = (onlyField && field.isEmpty());
        for (int i = 0; i < field.length() && !quote; i++) {
            char ch = field.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            sb.append(field);
            return;
        }
        sb.append('"');
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch == '"') {
                sb.append('"');
            }
            sb.append(ch);
        }
        sb.append('"');
    }
}
