/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.recordio.RecordRows;
import dev.sagemaker4j.recordio.RecordValue;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A channel's records as the Amazon algorithms read them: {@code application/x-recordio-protobuf} (features under
 * {@code "values"}, dense or sparse, the label under label {@code "values"}), or {@code text/csv} with
 * {@code label_size} label columns first (the content type's parameter, e.g. {@code text/csv;label_size=0}). Every
 * record must have {@code feature_dim} features; a bad record fails the job naming the channel, the file and the
 * record.
 */
final class EngineData {
    /** The records' features, dense. */
    final float[][] x;
    /** One label per record, or {@code null} when the channel has none. */
    final float[] labels;

    private EngineData(float[][] x, float[] labels) {
        this.x = x;
        this.labels = labels;
    }

    /** Wraps rows already in memory (benchmarks, tests). */
    static EngineData of(float[][] x, float[] labels) {
        return new EngineData(x, labels);
    }

    int rows() {
        return x.length;
    }

    /** A log line with the phases' wall times, from five {@link System#nanoTime()} readings. */
    static String timings(long start, long read, long trained, long evaluated, long saved) {
        return String.format(java.util.Locale.ROOT, "[timing] read %.3f s, train %.3f s, metrics %.3f s, save %.3f s",
                (read - start) / 1e9, (trained - read) / 1e9, (evaluated - trained) / 1e9, (saved - evaluated) / 1e9);
    }

    /**
     * Reads a channel.
     *
     * @param env          the job
     * @param channel      the channel name
     * @param featureDim   the features every record must have
     * @param defaultLabel the label columns of CSV without {@code label_size} (1 for supervised algorithms)
     * @param needsLabel   whether every record must carry a label
     */
    static EngineData read(TrainingEnvironment env, String channel, int featureDim, int defaultLabel,
                           boolean needsLabel) throws IOException {
        String contentType = env.channelContentType(channel).orElse("application/x-recordio-protobuf");
        String base = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(env.channel(channel))) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.naturalOrder()).collect(Collectors.toList());
        }
        List<float[]> rows = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        if (base.equals(RecordIO.CONTENT_TYPE)) {
            for (Path file : files) {
                readRecordIO(channel, file, featureDim, rows, labels);
            }
        } else if (base.equals("text/csv") || base.equals("csv")) {
            int labelSize = labelSize(channel, contentType, defaultLabel);
            for (Path file : files) {
                readCsv(channel, file, featureDim, labelSize, rows, labels);
            }
        } else {
            throw new ValidationException("ContentType of channel " + channel, contentType,
                    "is not a format this algorithm reads", "use application/x-recordio-protobuf or text/csv");
        }
        if (rows.isEmpty()) {
            throw new ValidationException(channel, files.isEmpty() ? "(no files)" : files.get(0).getFileName(),
                    "has no records", "give the channel at least one record");
        }
        if (needsLabel && labels.size() != rows.size()) {
            throw new ValidationException(channel, "record " + (labels.size() + 1), "has no label",
                    "put each record's label in the record (RecordIO) or in the first CSV column");
        }
        float[] y = null;
        if (labels.size() == rows.size()) {
            y = new float[labels.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = labels.get(i);
            }
        }
        return new EngineData(rows.toArray(new float[0][]), y);
    }

    private static int labelSize(String channel, String contentType, int fallback) {
        for (String part : contentType.split(";")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("label_size=")) {
                String v = p.substring("label_size=".length()).trim();
                if (!v.equals("0") && !v.equals("1")) {
                    throw new ValidationException("ContentType of channel " + channel, contentType,
                            "has label_size=" + v + "; the algorithm takes 0 or 1 label column",
                            "use text/csv;label_size=1 (label first) or text/csv;label_size=0");
                }
                return Integer.parseInt(v);
            }
        }
        return fallback;
    }

    private static void readRecordIO(String channel, Path file, int featureDim, List<float[]> rows,
                                     List<Float> labels) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        RecordRows plain = RecordRows.read(bytes, featureDim).orElse(null);
        if (plain != null) {
            // the usual case, read straight into rows; anything unusual goes through the Record parser below,
            // which names the problem
            rows.addAll(Arrays.asList(plain.toRows()));
            for (int i = 0; i < plain.labelCount(); i++) {
                labels.add(plain.labels()[i]);
            }
            return;
        }
        List<Record> records;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            records = RecordIO.readRecords(in);
        } catch (ValidationException e) {
            // RecordIO's own problem reads "is not RecordIO: the stream ends after 41 of the record's 48 bytes"
            String problem = e.getMessage().replaceFirst("^in: is not RecordIO: ", "").replaceFirst(" \\(got.*$", "");
            throw new ValidationException(channel, file.getFileName() + " " + e.value(), "is truncated or not "
                    + "RecordIO-protobuf: " + problem, "upload the file whole, as RecordSerializer or recordSet "
                    + "writes it", e);
        }
        int n = 0;
        for (Record record : records) {
            n++;
            RecordValue features = record.features().get("values");
            if (features == null) {
                throw new ValidationException(channel, file.getFileName() + " record " + n,
                        "has no feature tensor under \"values\"", "write records as RecordSerializer does");
            }
            float[] row = new float[featureDim];
            float[] values = features.values().toFloatArray();
            // keys [] with a shape: an all-zero row of a sparse matrix, as the Python SDK writes it
            if (features.isSparse() || (values.length == 0 && features.shape().length > 0)) {
                long[] keys = features.keys();
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] < 0 || keys[i] >= featureDim) {
                        throw new ValidationException("feature_dim", featureDim, "is too small for feature index "
                                + keys[i] + " of channel " + channel + " (" + file.getFileName() + " record " + n + ")",
                                "set feature_dim to the number of features (largest index + 1)");
                    }
                    row[(int) keys[i]] = values[i];
                }
            } else {
                if (values.length != featureDim) {
                    throw dimensionMismatch(featureDim, values.length, channel, file, "record " + n);
                }
                row = values;
            }
            rows.add(row);
            RecordValue label = record.label().get("values");
            if (label != null) {
                NpyArray l = label.values();
                if (l.size() > 0) {
                    labels.add((float) l.getDouble(0));
                }
            }
        }
    }

    private static void readCsv(String channel, Path file, int featureDim, int labelSize, List<float[]> rows,
                                List<Float> labels) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                // cells found with indexOf and parsed in place (fastdoubleparser, bit-identical to
                // Float.parseFloat): String.split and a String per cell were half of a KNN job's time
                int cells = 1;
                for (int i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) {
                    cells++;
                }
                if (cells - labelSize != featureDim) {
                    throw dimensionMismatch(featureDim, cells - labelSize, channel, file, "line " + line);
                }
                float[] row = new float[featureDim];
                int from = 0;
                for (int c = 0; c < cells; c++) {
                    int to = text.indexOf(',', from);
                    if (to < 0) {
                        to = text.length();
                    }
                    float v = parseCell(channel, file, text, from, to, line, c);
                    if (c < labelSize) {
                        labels.add(v);
                    } else {
                        row[c - labelSize] = v;
                    }
                    from = to + 1;
                }
                rows.add(row);
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ValidationException(channel, file.getFileName(), "is not UTF-8 text",
                    "write CSV as UTF-8 text, or set the channel's ContentType to application/x-recordio-protobuf", e);
        }
    }

    /** The number in {@code text[from, to)}, blanks around it allowed, as {@code Float.parseFloat} reads it. */
    private static float parseCell(String channel, Path file, String text, int from, int to, long line, int c) {
        int a = from;
        int b = to;
        while (a < b && text.charAt(a) <= ' ') {
            a++;
        }
        while (b > a && text.charAt(b - 1) <= ' ') {
            b--;
        }
        float v;
        try {
            v = ch.randelshofer.fastdoubleparser.JavaFloatParser.parseFloat(text, a, b - a);
        } catch (NumberFormatException e) {
            String cell = text.substring(from, to);
            throw new ValidationException(channel, cell.length() > 40 ? cell.substring(0, 40) + "..." : cell,
                    "is not a number (file " + file.getFileName() + ", line " + line + ", column " + (c + 1) + ")",
                    "give numeric CSV without a header", e);
        }
        if (!Float.isFinite(v)) {
            throw new ValidationException(channel, text.substring(a, b), "is not a finite number (file "
                    + file.getFileName() + ", line " + line + ", column " + (c + 1) + ")",
                    "replace the cell with a finite number");
        }
        return v;
    }

    private static ValidationException dimensionMismatch(int featureDim, int found, String channel, Path file,
                                                         String where) {
        return new ValidationException("feature_dim", featureDim, "does not match the " + found + " features of "
                + channel + " (" + file.getFileName() + " " + where + ")", "set feature_dim to " + found
                + " or give every record " + featureDim + " features");
    }
}
