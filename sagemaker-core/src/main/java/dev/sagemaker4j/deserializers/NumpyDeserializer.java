/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a response into an {@link NpyArray}, as {@code sagemaker.deserializers.NumpyDeserializer}.
 * Like Python, it goes by the response's content type:
 * <ul>
 *   <li>{@code application/x-npy} — a {@code .npy} body, read by {@link Npy#read(InputStream)}
 *       (the {@code dtype} is not applied, as {@code np.load} does not apply it);</li>
 *   <li>{@code text/csv} — numbers separated by commas, as {@code np.genfromtxt(..., delimiter=",")}
 *       reads them: float64, empty fields are NaN, {@code nan}/{@code inf} are read, blank lines and
 *       {@code #} comments skipped, and dimensions of length one squeezed out (one row gives a 1-D
 *       array, a single value a 0-d one). Unlike numpy, a field that is not a number is an error
 *       naming its line and column rather than a silent NaN, and the dtype is float64 rather than
 *       per-column inferred;</li>
 *   <li>{@code application/json} — nested lists of numbers, as {@code np.array(json.load(...))}:
 *       int64 if all are integers, bool if all booleans, else float64.</li>
 * </ul>
 * For CSV and JSON the {@code dtype}, when set, is applied to the result. Other content types
 * (including {@code application/x-npz}, which this library does not read) are rejected, as in
 * Python. Pickled object arrays are never read ({@code allow_pickle} is always off).
 *
 * <pre>{@code
 * NpyArray scores = new NumpyDeserializer().deserialize(body, "application/x-npy");
 * NpyArray fromCsv = new NumpyDeserializer(NpyDType.FLOAT32).deserialize(csvBody, "text/csv");
 * }</pre>
 */
public final class NumpyDeserializer extends SimpleBaseDeserializer<NpyArray> {
    /** The default accept value. */
    public static final String ACCEPT = Npy.CONTENT_TYPE;

    private final NpyDType dtype;

    /** Creates a deserializer accepting {@code application/x-npy}, keeping the body's dtype. */
    public NumpyDeserializer() {
        this(null, ACCEPT);
    }

    /**
     * Creates a deserializer that converts CSV and JSON bodies to a dtype.
     *
     * @param dtype the dtype, or {@code null} to keep float64 / inferred
     */
    public NumpyDeserializer(NpyDType dtype) {
        this(dtype, ACCEPT);
    }

    /**
     * Creates a deserializer with a dtype and accept type.
     *
     * @param dtype  the dtype for CSV and JSON bodies, or {@code null}
     * @param accept the MIME type to send as {@code Accept}
     */
    public NumpyDeserializer(NpyDType dtype, String accept) {
        super(List.of(accept == null ? "" : accept));
        this.dtype = dtype;
    }

    /**
     * The dtype CSV and JSON bodies are converted to, if any.
     *
     * @return the dtype, or empty
     */
    public Optional<NpyDType> dtype() {
        return Optional.ofNullable(dtype);
    }

    @Override
    public NpyArray deserialize(InputStream stream, String contentType) {
        String media = Bodies.mediaType(contentType);
        try (InputStream in = Bodies.require(stream)) {
            if ("application/x-npy".equals(media)) {
                return Npy.read(in);
            }
            if ("text/csv".equals(media)) {
                byte[] bytes = in.readAllBytes();
                NpyArray array = parseCsv(Bodies.decode(bytes, StandardCharsets.UTF_8, contentType), contentType);
                return dtype == null ? array : array.astype(dtype);
            }
            if ("application/json".equals(media)) {
                return fromJson(in, contentType);
            }
        } catch (IOException e) {
            throw Bodies.ioFailure(contentType, e);
        }
        throw new ValidationException("contentType", contentType,
                "NumpyDeserializer cannot read content type " + Bodies.label(contentType),
                "have the endpoint answer with application/x-npy, text/csv or application/json (this"
                        + " deserializer sends Accept: " + accept() + ")");
    }

    private NpyArray fromJson(InputStream in, String contentType) throws IOException {
        Object value;
        try {
            value = JsonReading.MAPPER.readValue(in, Object.class);
        } catch (JsonProcessingException e) {
            throw JsonReading.malformed(contentType, e, 0, "send nested JSON lists of numbers");
        } catch (CharConversionException e) {
            throw JsonReading.badEncoding(contentType, e, "send nested JSON lists of numbers in UTF-8");
        }
        NpyArray array;
        try {
            array = NpyArray.fromNested(value);
        } catch (ValidationException e) {
            throw new ValidationException("stream", e.value(),
                    Bodies.label(contentType) + " body is not an array of numbers: " + e.getMessage(),
                    "send nested JSON lists of numbers with equal lengths at each level", e);
        }
        if (dtype != null) {
            return array.astype(dtype);
        }
        // Python's json numbers are int (int64 in numpy) or float (float64), whatever their size
        if (array.dtype().isInteger()) {
            return array.astype(NpyDType.INT64);
        }
        if (array.dtype().isFloatingPoint()) {
            return array.astype(NpyDType.FLOAT64);
        }
        return array;
    }

    /** {@code np.genfromtxt(text, delimiter=",")} for numeric CSV, squeezed. */
    static NpyArray parseCsv(String text, String contentType) {
        List<double[]> rows = new ArrayList<>();
        int cols = -1;
        int firstRowLine = 0;
        int pos = 0;
        int line = 0;
        int n = text.length();
        while (pos <= n) {
            int end = pos;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            line++;
            int lineStart = pos;
            int contentEnd = pos;
            while (contentEnd < end && text.charAt(contentEnd) != '#') {
                contentEnd++;
            }
            String content = text.substring(pos, contentEnd);
            if (!content.isBlank()) {
                List<Double> values = new ArrayList<>();
                int fieldStart = 0;
                while (true) {
                    int comma = content.indexOf(',', fieldStart);
                    int fieldEnd = comma < 0 ? content.length() : comma;
                    String field = content.substring(fieldStart, fieldEnd);
                    values.add(parseNumber(field, text, lineStart + fieldStart, contentType));
                    if (comma < 0) {
                        break;
                    }
                    fieldStart = comma + 1;
                }
                if (cols < 0) {
                    cols = values.size();
                    firstRowLine = line;
                } else if (values.size() != cols) {
                    throw Bodies.malformed(contentType, "line " + line,
                            "the line has " + values.size() + " fields but line " + firstRowLine + " has " + cols,
                            "give every line the same number of fields", Bodies.snippet(text, lineStart));
                }
                double[] row = new double[values.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = values.get(i);
                }
                rows.add(row);
            }
            if (end >= n) {
                break;
            }
            pos = end + 1;
            if (text.charAt(end) == '\r' && pos < n && text.charAt(pos) == '\n') {
                pos++;
            }
        }
        long[] shape;
        if (rows.isEmpty()) {
            shape = new long[] {0};
        } else if (rows.size() == 1 && cols == 1) {
            shape = new long[0];
        } else if (rows.size() == 1) {
            shape = new long[] {cols};
        } else if (cols == 1) {
            shape = new long[] {rows.size()};
        } else {
            shape = new long[] {rows.size(), cols};
        }
        long count = (long) rows.size() * Math.max(cols, 0);
        if (count > NpyArray.MAX_BYTES / Double.BYTES) {
            throw Bodies.malformed(contentType, "line " + line, "the body holds " + count
                    + " numbers, more than one NpyArray holds", "send the data in smaller parts", null);
        }
        ByteBuffer buf = ByteBuffer.allocate((int) count * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double[] row : rows) {
            for (double v : row) {
                buf.putDouble(v);
            }
        }
        buf.flip();
        return NpyArray.of(NpyDType.FLOAT64, shape, buf);
    }

    private static double parseNumber(String field, String text, int offset, String contentType) {
        String s = field.strip();
        if (s.isEmpty()) {
            return Double.NaN; // genfromtxt's missing value
        }
        String lower = s.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        char last = lower.charAt(lower.length() - 1);
        boolean javaOnly = last == 'd' || last == 'f' || lower.contains("x");
        if (!javaOnly) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw Bodies.malformed(contentType, Bodies.lineColumn(text, offset), "'" + s + "' is not a number",
                "send only numbers (empty fields are read as NaN); read text with CSVDeserializer",
                Bodies.snippet(text, offset));
    }
}
