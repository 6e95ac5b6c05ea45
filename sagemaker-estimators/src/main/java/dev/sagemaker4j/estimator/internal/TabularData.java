/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.utils.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A channel's rows as the built-in algorithms read them: label-first CSV without header, or
 * LibSVM. Parsed in Java so that a bad cell fails the job with the file, line and value, as
 * SageMaker's containers report them. Features are dense row-major floats (missing = NaN) or CSR.
 */
public final class TabularData {
    /** Rows. */
    public final int rows;
    /** Feature columns. */
    public final int cols;
    /** Dense features, row-major, {@code rows * cols}; {@code null} for sparse data. */
    public final float[] dense;
    /** CSR row offsets, {@code rows + 1}; {@code null} for dense data. */
    public final long[] rowOffsets;
    /** CSR column indices; {@code null} for dense data. */
    public final int[] colIndices;
    /** CSR values; {@code null} for dense data. */
    public final float[] values;
    /** Labels, one per row ({@code null} when the data has none). */
    public final float[] labels;
    /** Instance weights, or {@code null}. */
    public final float[] weights;

    private TabularData(int rows, int cols, float[] dense, long[] rowOffsets, int[] colIndices, float[] values,
                        float[] labels, float[] weights) {
        this.rows = rows;
        this.cols = cols;
        this.dense = dense;
        this.rowOffsets = rowOffsets;
        this.colIndices = colIndices;
        this.values = values;
        this.labels = labels;
        this.weights = weights;
    }

    /**
     * Whether a channel holds RecordIO-protobuf: its content type says so, or, with none given (the Python SDK's
     * {@code RecordSet} sends none), its first file starts with RecordIO's magic number.
     *
     * @param contentType the channel's content type, if any
     * @param files       the channel's files
     * @return whether to read it with {@link #readRecordIO}
     * @throws IOException when the first file cannot be read
     */
    public static boolean isRecordIO(java.util.Optional<String> contentType, List<Path> files) throws IOException {
        if (contentType.isPresent()) {
            return contentType.get().toLowerCase(java.util.Locale.ROOT).startsWith("application/x-recordio");
        }
        if (files.isEmpty()) {
            return false;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(files.get(0))) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && java.nio.ByteBuffer.wrap(head).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt()
                    == dev.sagemaker4j.recordio.RecordIO.MAGIC;
        }
    }

    /**
     * Reads RecordIO-protobuf files (as the Python SDK's {@code record_set} writes them): each record's {@code
     * values} feature (dense, or sparse with its keys) as a dense row, and, when {@code hasLabel}, its label's
     * {@code values} as the label.
     *
     * @param channel  the channel, for errors
     * @param files    the files
     * @param hasLabel whether each record must carry a label
     * @return the data
     * @throws IOException when a file cannot be read
     * @throws dev.sagemaker4j.exceptions.ValidationException naming the file when it is truncated or not RecordIO, or
     *                                                        records disagree in width
     */
    public static TabularData readRecordIO(String channel, List<Path> files, boolean hasLabel) throws IOException {
        List<float[]> rows = new java.util.ArrayList<>();
        List<Float> labels = new java.util.ArrayList<>();
        int cols = -1;
        for (Path file : files) {
            List<dev.sagemaker4j.recordio.Record> records;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                records = dev.sagemaker4j.recordio.RecordIO.readRecords(in);
            } catch (dev.sagemaker4j.exceptions.ValidationException e) {
                throw new dev.sagemaker4j.exceptions.ValidationException(channel, file.getFileName().toString(),
                        "is not valid RecordIO-protobuf: " + e.getMessage(),
                        "pass complete RecordIO-protobuf files (recordSet(...) writes them)", e);
            }
            for (dev.sagemaker4j.recordio.Record r : records) {
                dev.sagemaker4j.recordio.RecordValue v = r.features().get("values");
                if (v == null) {
                    throw new dev.sagemaker4j.exceptions.ValidationException(channel, file.getFileName().toString(),
                            "has a record without a \"values\" feature", "write each vector under \"values\"");
                }
                double[] values = v.values().toDoubleArray();
                int width = v.isSparse() ? (int) v.shape()[0] : values.length;
                if (cols < 0) {
                    cols = width;
                } else if (cols != width) {
                    throw new dev.sagemaker4j.exceptions.ValidationException(channel, file.getFileName().toString(),
                            "has records of " + cols + " and of " + width + " features",
                            "write records of one width");
                }
                float[] row = new float[width];
                if (v.isSparse()) {
                    long[] keys = v.keys();
                    for (int i = 0; i < keys.length; i++) {
                        row[(int) keys[i]] = (float) values[i];
                    }
                } else {
                    for (int j = 0; j < width; j++) {
                        row[j] = (float) values[j];
                    }
                }
                rows.add(row);
                if (hasLabel) {
                    dev.sagemaker4j.recordio.RecordValue label = r.label().get("values");
                    if (label == null || label.values().size() < 1) {
                        throw new dev.sagemaker4j.exceptions.ValidationException(channel,
                                file.getFileName().toString(), "has a record without a label",
                                "pass labels to recordSet(train, labels)");
                    }
                    labels.add((float) label.values().getDouble(0));
                }
            }
        }
        int n = rows.size();
        int width = Math.max(cols, 0);
        float[] dense = new float[n * width];
        for (int r = 0; r < n; r++) {
            System.arraycopy(rows.get(r), 0, dense, r * width, width);
        }
        float[] y = null;
        if (hasLabel) {
            y = new float[n];
            for (int r = 0; r < n; r++) {
                y[r] = labels.get(r);
            }
        }
        return new TabularData(n, width, dense, null, null, null, y, null);
    }

    /**
     * The files of a channel folder, in path order.
     *
     * @param channelDir the channel folder
     * @return the regular files
     * @throws IOException when the folder cannot be listed
     */
    public static List<Path> files(Path channelDir) throws IOException {
        try (Stream<Path> walk = Files.walk(channelDir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.naturalOrder()).collect(Collectors.toList());
        }
    }

    /**
     * A feature value of a dense row.
     *
     * @param row the row
     * @param col the column
     * @return the value
     */
    public float get(int row, int col) {
        return dense[row * cols + col];
    }

    // ---- CSV ----

    /**
     * Reads label-first (or label-less) CSV without header.
     *
     * @param channel   the channel name, for errors
     * @param files     the files, read in order as one table
     * @param hasLabel  whether the first column is the label
     * @param hasWeight whether the column after the label is an instance weight ({@code csv_weights})
     * @return the data
     * @throws IOException when a file cannot be read
     * @throws ValidationException naming file, line and value of a bad cell or row
     */
    public static TabularData readCsv(String channel, List<Path> files, boolean hasLabel, boolean hasWeight)
            throws IOException {
        return readCsv(channel, files, hasLabel, hasWeight, false);
    }

    /**
     * Reads label-first (or label-less) CSV without header, optionally refusing non-finite cells.
     * An empty cell is a missing value (NaN) either way; with {@code finiteOnly}, a cell that is
     * written as NaN or infinity, or whose number is beyond the float range (such as {@code 1e309}
     * or {@code 1e39}), fails naming its file, line and column.
     *
     * @param channel    the channel name, for errors
     * @param files      the files, read in order as one table
     * @param hasLabel   whether the first column is the label
     * @param hasWeight  whether the column after the label is an instance weight ({@code csv_weights})
     * @param finiteOnly whether non-finite cells are refused (algorithms that cannot train on them)
     * @return the data
     * @throws IOException when a file cannot be read
     * @throws ValidationException naming file, line and value of a bad cell or row
     */
    public static TabularData readCsv(String channel, List<Path> files, boolean hasLabel, boolean hasWeight,
                                      boolean finiteOnly) throws IOException {
        if (files.size() == 1 && Runtime.getRuntime().availableProcessors() > 1
                && Files.size(files.get(0)) >= PARALLEL_MIN_BYTES) {
            TabularData parallel = readCsvInParallel(channel, files.get(0), hasLabel, hasWeight, finiteOnly);
            if (parallel != null) {
                return parallel;
            }
        }
        CsvParser parser = new CsvParser(channel, hasLabel, hasWeight, finiteOnly);
        for (Path file : files) {
            parser.parse(file, 0, Long.MAX_VALUE);
        }
        if (parser.rows == 0) {
            throw new ValidationException(channel, files.isEmpty() ? "(no files)" : files.get(0).getFileName(),
                    "has no rows", "give the channel label-first CSV rows without a header");
        }
        return new TabularData(parser.rows, parser.featureCols, Arrays.copyOf(parser.features,
                parser.rows * parser.featureCols), null, null, null,
                hasLabel ? Arrays.copyOf(parser.labels, parser.rows) : null,
                hasWeight ? Arrays.copyOf(parser.weights, parser.rows) : null);
    }

    /** Files at least this large are parsed in parallel ranges. */
    private static final long PARALLEL_MIN_BYTES = 8L << 20;

    /**
     * Parses one large file in line-aligned ranges, one per CPU, and joins them in order. Returns
     * {@code null} when any range finds a problem (a bad cell, rows of different widths, no rows):
     * the caller's sequential parse then reports it with its exact file and line.
     */
    private static TabularData readCsvInParallel(String channel, Path file, boolean hasLabel, boolean hasWeight,
                                                 boolean finiteOnly) throws IOException {
        long size = Files.size(file);
        int ranges = Runtime.getRuntime().availableProcessors();
        long[] bounds = new long[ranges + 1];
        bounds[ranges] = size;
        try (java.nio.channels.FileChannel channel0 = java.nio.channels.FileChannel.open(file)) {
            java.nio.ByteBuffer window = java.nio.ByteBuffer.allocate(1 << 16);
            for (int r = 1; r < ranges; r++) {
                long position = Math.max(bounds[r - 1], size * r / ranges);
                // the range starts after the next newline at or past its share of the file
                long start = -1;
                while (start < 0 && position < size) {
                    window.clear();
                    int n = channel0.read(window, position);
                    if (n <= 0) {
                        break;
                    }
                    for (int i = 0; i < n; i++) {
                        if (window.get(i) == '\n') {
                            start = position + i + 1;
                            break;
                        }
                    }
                    position += n;
                }
                bounds[r] = start < 0 ? size : start;
            }
        }
        List<CsvParser> parsers = new ArrayList<>();
        for (int r = 0; r < ranges; r++) {
            parsers.add(new CsvParser(channel, hasLabel, hasWeight, finiteOnly));
        }
        try {
            java.util.stream.IntStream.range(0, ranges).parallel().forEach(r -> {
                try {
                    parsers.get(r).parse(file, bounds[r], bounds[r + 1]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (ValidationException e) {
            return null;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        int rows = 0;
        int cols = -1;
        for (CsvParser parser : parsers) {
            if (parser.rows == 0) {
                continue;
            }
            if (cols >= 0 && parser.expectedCells != parsers.get(0).expectedCells) {
                return null;
            }
            cols = parser.featureCols;
            rows += parser.rows;
        }
        if (rows == 0 || parsers.get(0).rows == 0) {
            return null;
        }
        float[] features = new float[Math.multiplyExact(rows, cols)];
        float[] labels = hasLabel ? new float[rows] : null;
        float[] weights = hasWeight ? new float[rows] : null;
        int at = 0;
        for (CsvParser parser : parsers) {
            System.arraycopy(parser.features, 0, features, at * cols, parser.rows * cols);
            if (hasLabel) {
                System.arraycopy(parser.labels, 0, labels, at, parser.rows);
            }
            if (hasWeight) {
                System.arraycopy(parser.weights, 0, weights, at, parser.rows);
            }
            at += parser.rows;
        }
        return new TabularData(rows, cols, features, null, null, null, labels, weights);
    }

    /** A byte-level CSV parser for numbers: one pass, no per-cell strings on the fast path. */
    private static final class CsvParser {
        private final String channel;
        private final boolean hasLabel;
        private final boolean hasWeight;
        private final boolean finiteOnly;
        private int expectedCells = -1;
        private int featureCols;
        private int rows;
        private float[] features = new float[1 << 16];
        private float[] labels = new float[1 << 12];
        private float[] weights = new float[1 << 12];
        private float[] rowCells = new float[64];

        CsvParser(String channel, boolean hasLabel, boolean hasWeight, boolean finiteOnly) {
            this.channel = channel;
            this.hasLabel = hasLabel;
            this.hasWeight = hasWeight;
            this.finiteOnly = finiteOnly;
        }

        /**
         * Parses the bytes [from, to) of a file; {@code from} is 0 or just after a newline. Lines are
         * parsed where they lie in the read buffer (no copy per cell); a line that crosses the end of
         * the buffer is moved to its start before the next read.
         */
        void parse(Path file, long from, long to) throws IOException {
            byte[] buffer = new byte[1 << 20];
            int start = 0;
            int end = 0;
            long line = 1;
            long position = from;
            try (java.nio.channels.FileChannel channel0 = java.nio.channels.FileChannel.open(file)) {
                while (position < to) {
                    if (start > 0) {
                        System.arraycopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }
                    if (end == buffer.length) {
                        // one line longer than the buffer: grow it (bounded by the line's length)
                        buffer = Arrays.copyOf(buffer, buffer.length <= (1 << 29) ? buffer.length * 2
                                : Math.addExact(buffer.length, 1 << 28));
                    }
                    java.nio.ByteBuffer window = java.nio.ByteBuffer.wrap(buffer, end,
                            (int) Math.min(buffer.length - end, to - position));
                    int n = channel0.read(window, position);
                    if (n <= 0) {
                        break;
                    }
                    position += n;
                    end += n;
                    for (int i = start; i < end; i++) {
                        if (buffer[i] == '\n') {
                            parseLine(file, line, buffer, start, i, false);
                            line++;
                            start = i + 1;
                        }
                    }
                }
            }
            if (start < end) {
                parseLine(file, line, buffer, start, end, true);
            }
        }

        /**
         * One line [from, to) without its newline. A line of only blanks ({@code ' '}, {@code '\t'},
         * {@code '\r'}) is skipped, except a last line without newline that holds a space or tab, which
         * is a row of one empty cell as before. {@code '\r'} anywhere is ignored.
         */
        private void parseLine(Path file, long line, byte[] bytes, int from, int to, boolean last) {
            boolean content = false;
            boolean blanks = false;
            for (int i = from; i < to; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    content = true;
                    break;
                }
                blanks |= b != '\r';
            }
            if (!content && !(last && blanks)) {
                return;
            }
            int cells = 0;
            int cellStart = from;
            boolean carriageReturn = false;
            for (int i = from; ; i++) {
                if (i == to || bytes[i] == ',') {
                    if (cells == rowCells.length) {
                        rowCells = Arrays.copyOf(rowCells, rowCells.length * 2);
                    }
                    rowCells[cells] = carriageReturn ? parseWithoutCarriageReturns(file, line, cells, bytes, cellStart, i)
                            : parseFloat(file, line, cells, bytes, cellStart, i);
                    cells++;
                    if (i == to) {
                        break;
                    }
                    cellStart = i + 1;
                    carriageReturn = false;
                } else if (bytes[i] == '\r') {
                    carriageReturn = true;
                }
            }
            endRow(file, line, cells);
        }

        private float parseWithoutCarriageReturns(Path file, long line, int column, byte[] bytes, int from, int to) {
            byte[] cell = new byte[to - from];
            int length = 0;
            for (int i = from; i < to; i++) {
                if (bytes[i] != '\r') {
                    cell[length++] = bytes[i];
                }
            }
            return parseFloat(file, line, column, cell, 0, length);
        }

        private void endRow(Path file, long line, int cells) {
            if (expectedCells < 0) {
                int meta = (hasLabel ? 1 : 0) + (hasWeight ? 1 : 0);
                if (cells <= meta) {
                    throw new ValidationException(channel, file.getFileName() + " line " + line,
                            "has " + cells + " column(s), too few for " + (hasLabel ? "a label" : "") + (hasWeight
                                    ? ", a weight" : "") + " and features", "check the CSV layout (label first, no header)");
                }
                expectedCells = cells;
                featureCols = cells - meta;
            } else if (cells != expectedCells) {
                throw new ValidationException(channel, file.getFileName() + " line " + line,
                        "has " + cells + " columns where the rows before have " + expectedCells,
                        "give every row the same number of columns");
            }
            int offset = 0;
            if (rows == labels.length) {
                labels = Arrays.copyOf(labels, labels.length * 2);
                weights = Arrays.copyOf(weights, weights.length * 2);
            }
            if (hasLabel) {
                labels[rows] = rowCells[offset++];
                if (Float.isNaN(labels[rows])) {
                    throw new ValidationException(channel, file.getFileName() + " line " + line,
                            "has an empty label", "give every row a label in the first column");
                }
            }
            if (hasWeight) {
                weights[rows] = rowCells[offset++];
            }
            long needed = (long) (rows + 1) * featureCols;
            if (needed > features.length) {
                if (needed > Integer.MAX_VALUE - 8) {
                    throw new ValidationException(channel, file.getFileName(), "has more cells than one array holds",
                            "split the data or train on fewer rows");
                }
                features = Arrays.copyOf(features, (int) Math.min(Integer.MAX_VALUE - 8L,
                        Math.max(needed, features.length * 2L)));
            }
            System.arraycopy(rowCells, offset, features, rows * featureCols, featureCols);
            rows++;
        }

        /**
         * The cell [from, to) as {@link Float#parseFloat} reads it, for the decimal forms SageMaker's CSV
         * takes ({@code [+-]digits[.digits][(e|E)[+-]digits]}, blanks around it, empty = NaN); other text
         * goes to the checks below (NaN and infinity spelled out, or an error naming the cell).
         */
        private float parseFloat(Path file, long line, int column, byte[] cell, int from, int to) {
            int start = from;
            int end = to;
            while (start < end && (cell[start] == ' ' || cell[start] == '\t')) {
                start++;
            }
            while (end > start && (cell[end - 1] == ' ' || cell[end - 1] == '\t')) {
                end--;
            }
            if (start == end) {
                return Float.NaN;
            }
            int i = start;
            boolean negative = false;
            if (cell[i] == '-' || cell[i] == '+') {
                negative = cell[i] == '-';
                i++;
            }
            // the syntax check of the decimal form, and its significand while it has at most 7 digits
            int significand = 0;
            int digits = 0;
            int exponent = 0;
            boolean any = false;
            for (; i < end && cell[i] >= '0' && cell[i] <= '9'; i++) {
                any = true;
                if (significand != 0 || cell[i] != '0') {
                    digits++;
                    significand = digits <= 7 ? significand * 10 + (cell[i] - '0') : significand;
                }
            }
            if (i < end && cell[i] == '.') {
                i++;
                for (; i < end && cell[i] >= '0' && cell[i] <= '9'; i++) {
                    any = true;
                    if (significand != 0 || cell[i] != '0') {
                        digits++;
                        significand = digits <= 7 ? significand * 10 + (cell[i] - '0') : significand;
                    }
                    exponent--;
                }
            }
            if (any && i < end && (cell[i] == 'e' || cell[i] == 'E')) {
                i++;
                boolean expNegative = false;
                if (i < end && (cell[i] == '-' || cell[i] == '+')) {
                    expNegative = cell[i] == '-';
                    i++;
                }
                int e = 0;
                boolean expDigits = false;
                for (; i < end && cell[i] >= '0' && cell[i] <= '9'; i++) {
                    expDigits = true;
                    e = Math.min(10_000, e * 10 + (cell[i] - '0'));
                }
                any = expDigits;
                exponent += expNegative ? -e : e;
            }
            // long cells (thousands of digits) take the String path below, as Float.parseFloat bounds their cost
            if (any && i == end && end - start <= 64) {
                float f;
                if (digits <= 7 && exponent >= -10 && exponent <= 10) {
                    // exact: the significand (< 2^24) and 10^|exponent| (<= 10^10 = 5^10 * 2^10, 5^10 < 2^24) are
                    // floats, so one float operation rounds once, as Float.parseFloat does
                    float value = exponent >= 0 ? significand * FLOAT_POW10[exponent]
                            : significand / FLOAT_POW10[-exponent];
                    f = negative ? -value : value;
                } else {
                    // more digits or a larger exponent: an exact parser, without a String per cell
                    f = ch.randelshofer.fastdoubleparser.JavaFloatParser.parseFloat(cell, start, end - start);
                }
                if (finiteOnly && Float.isInfinite(f)) {
                    throw notFinite(file, line, column, new String(cell, start, end - start, StandardCharsets.UTF_8));
                }
                return f;
            }
            String text = new String(cell, start, end - start, StandardCharsets.UTF_8);
            if (NUMBER.matcher(text).matches()) {
                float f = Float.parseFloat(text);
                if (finiteOnly && Float.isInfinite(f)) {
                    throw notFinite(file, line, column, text);
                }
                return f;
            }
            if (SPECIAL.matcher(text).matches()) {
                if (finiteOnly) {
                    throw notFinite(file, line, column, text);
                }
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                return lower.contains("nan") ? Float.NaN
                        : lower.startsWith("-") ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
            }
            throw new ValidationException(channel, Texts.excerpt(text), "is not a number (file " + file.getFileName() + ", line "
                    + line + ", column " + (column + 1) + ")",
                    "give numeric CSV without a header; encode categories as numbers");
        }

        private ValidationException notFinite(Path file, long line, int column, String text) {
            return new ValidationException(channel, text, "is not a finite number (file " + file.getFileName()
                    + ", line " + line + ", column " + (column + 1) + "); the algorithm cannot train on NaN or"
                    + " infinity, and numbers beyond the float range (about 3.4e38) become infinity",
                    "replace the cell with a finite number, or leave it empty for a missing value");
        }
    }

    // possessive quantifiers: the greedy form backtracked quadratically on a long cell of digits followed by
    // something else (40 000 digits and an 'x' took 77 s); a decimal number needs no backtracking
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?+(\\d++\\.?+\\d*+|\\.\\d++)([eE][-+]?+\\d++)?+");
    private static final java.util.regex.Pattern SPECIAL =
            java.util.regex.Pattern.compile("(?i)[-+]?(nan|inf|infinity)");

    /** 10^0 to 10^10, each exact as a float. */
    private static final float[] FLOAT_POW10 = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    // ---- LibSVM ----

    /**
     * Reads LibSVM rows ({@code label index:value ...}, optional {@code qid:n}).
     *
     * @param channel the channel name, for errors
     * @param files   the files
     * @return sparse data (columns = largest index + 1)
     * @throws IOException when a file cannot be read
     */
    public static TabularData readLibSvm(String channel, List<Path> files) throws IOException {
        List<Float> labelList = new ArrayList<>();
        long[] offsets = new long[1024];
        int[] cols = new int[1 << 14];
        float[] vals = new float[1 << 14];
        int nnz = 0;
        int rows = 0;
        int maxCol = -1;
        for (Path file : files) {
            long line = 0;
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String text;
                while ((text = reader.readLine()) != null) {
                    line++;
                    String trimmed = text.strip();
                    if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                        continue;
                    }
                    String[] tokens = trimmed.split("\\s+");
                    float label;
                    try {
                        label = Float.parseFloat(tokens[0].contains(":") ? tokens[0].substring(0,
                                tokens[0].indexOf(':')) : tokens[0]);
                    } catch (NumberFormatException e) {
                        throw new ValidationException(channel, Texts.excerpt(tokens[0]), "is not a label (file " + file.getFileName()
                                + ", line " + line + ")", "start each LibSVM row with a numeric label", e);
                    }
                    labelList.add(label);
                    if (rows + 1 >= offsets.length) {
                        offsets = Arrays.copyOf(offsets, offsets.length * 2);
                    }
                    offsets[rows] = nnz;
                    for (int t = 1; t < tokens.length; t++) {
                        String token = tokens[t];
                        if (token.startsWith("qid:")) {
                            continue;
                        }
                        int colon = token.indexOf(':');
                        int index;
                        float value;
                        try {
                            if (colon < 0) {
                                throw new NumberFormatException("no ':'");
                            }
                            index = Integer.parseInt(token.substring(0, colon));
                            value = Float.parseFloat(token.substring(colon + 1));
                            if (index < 0) {
                                throw new NumberFormatException("negative index");
                            }
                            if (index == Integer.MAX_VALUE) {
                                // the column count, index + 1, must fit an int
                                throw new NumberFormatException("index too large");
                            }
                        } catch (NumberFormatException e) {
                            throw new ValidationException(channel, Texts.excerpt(token), "is not an index:value pair (file "
                                    + file.getFileName() + ", line " + line + ")",
                                    "write LibSVM rows as 'label index:value index:value ...'", e);
                        }
                        if (nnz == cols.length) {
                            cols = Arrays.copyOf(cols, cols.length * 2);
                            vals = Arrays.copyOf(vals, vals.length * 2);
                        }
                        cols[nnz] = index;
                        vals[nnz] = value;
                        nnz++;
                        maxCol = Math.max(maxCol, index);
                    }
                    rows++;
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                // found by TabularDataFuzzTest: bytes that are not UTF-8 escaped as a MalformedInputException
                throw new ValidationException(channel, file.getFileName() + " line " + (line + 1),
                        "is not UTF-8 text", "write LibSVM rows as UTF-8 (ASCII) text", e);
            }
        }
        if (rows == 0) {
            throw new ValidationException(channel, files.isEmpty() ? "(no files)" : files.get(0).getFileName(),
                    "has no rows", "give the channel LibSVM rows");
        }
        offsets[rows] = nnz;
        float[] labels = new float[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = labelList.get(r);
        }
        return new TabularData(rows, maxCol + 1, null, Arrays.copyOf(offsets, rows + 1), Arrays.copyOf(cols, nnz),
                Arrays.copyOf(vals, nnz), labels, null);
    }
}
