/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.pca;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.recordio.RecordRows;
import dev.sagemaker4j.recordio.RecordValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads PCA's inputs: RecordIO-protobuf (each record's {@code values} feature, dense or sparse), CSV (no label
 * column) and, for inference, JSON ({@code {"instances": [{"features": [...]}]}}, one {@code {"features": [...]}}
 * or nested arrays).
 */
final class PcaData {
    /** The first bytes of a RecordIO file: the magic number, little-endian. */
    private static final byte[] MAGIC = {(byte) 0x0a, (byte) 0x23, (byte) 0xd7, (byte) 0xce};

    private PcaData() {
    }

    /** The files of a channel folder, sorted, hidden and temporary ones left out. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !AtomicFiles.isTemporary(p)).sorted().toList();
        }
    }

    /**
     * Reads a training channel.
     *
     * @param dir         the channel folder
     * @param contentType the channel's content type, or {@code null} to tell from the bytes
     * @param featureDim  the features of a record
     * @return the rows one after the other, {@code featureDim} values each
     */
    static float[] readChannel(Path dir, String contentType, int featureDim) throws IOException {
        List<float[]> parts = new ArrayList<>();
        long total = 0;
        for (Path file : files(dir)) {
            byte[] bytes = Files.readAllBytes(file);
            boolean recordio = contentType != null ? isRecordIO(contentType) : startsWithMagic(bytes);
            float[] part;
            try {
                // RecordIO straight into one array (RecordRows); what it cannot read plainly goes through the
                // Record parser, which names the problem
                part = recordio ? RecordRows.read(bytes, featureDim).map(RecordRows::features)
                        .orElseGet(() -> flatten(fromRecordIO(bytes, featureDim), featureDim))
                        : flatten(fromCsv(bytes, featureDim), featureDim);
            } catch (ValidationException e) {
                throw new ValidationException("train channel", file.getFileName().toString(),
                        (recordio ? "is not valid RecordIO-protobuf: " : "is not valid CSV: ") + e.getMessage(),
                        recordio ? "pass complete RecordIO-protobuf files (RecordIO.writeDenseTensor writes them)"
                                : "pass CSV rows of feature_dim numbers, no label column", e);
            }
            parts.add(part);
            total += part.length;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        float[] all = new float[Math.toIntExact(total)];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static float[] flatten(List<float[]> rows, int featureDim) {
        float[] flat = new float[Math.multiplyExact(rows.size(), featureDim)];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(rows.get(r), 0, flat, r * featureDim, featureDim);
        }
        return flat;
    }

    static boolean isRecordIO(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.startsWith("application/x-recordio-protobuf") || t.startsWith("application/x-recordio");
    }

    private static boolean startsWithMagic(byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The {@code values} feature of each record, as dense rows. */
    static List<float[]> fromRecordIO(byte[] body, int featureDim) {
        RecordRows plain = RecordRows.read(body, featureDim).orElse(null);
        if (plain != null) {
            return java.util.Arrays.asList(plain.toRows());
        }
        List<float[]> rows = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(body)) {
            int n = 0;
            for (Record r : RecordIO.readRecords(in)) {
                n++;
                RecordValue v = r.features().get("values");
                if (v == null) {
                    throw new ValidationException("values", "record " + n, "has no \"values\" feature",
                            "write each record's vector under feature \"values\"");
                }
                double[] values = v.values().toDoubleArray();
                float[] row = new float[featureDim];
                // keys [] with a shape: an all-zero row of a sparse matrix, as the Python SDK writes it
                if (v.isSparse() || (values.length == 0 && v.shape().length > 0)) {
                    long[] keys = v.keys();
                    for (int i = 0; i < keys.length; i++) {
                        if (keys[i] < 0 || keys[i] >= featureDim) {
                            throw new ValidationException("feature_dim", featureDim, "is smaller than key " + keys[i]
                                    + " of record " + n, "set feature_dim to the records' dimension");
                        }
                        row[(int) keys[i]] = (float) values[i];
                    }
                } else {
                    checkWidth(values.length, featureDim, n);
                    for (int j = 0; j < featureDim; j++) {
                        row[j] = (float) values[j];
                    }
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new ValidationException("body", e.getMessage(), "cannot be read", "pass RecordIO-protobuf");
        }
        return rows;
    }

    /** CSV rows of numbers. */
    static List<float[]> fromCsv(byte[] body, int featureDim) {
        List<float[]> rows = new ArrayList<>();
        int n = 0;
        for (String line : new String(body, StandardCharsets.UTF_8).split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            n++;
            String[] cells = line.split(",", -1);
            checkWidth(cells.length, featureDim, n);
            float[] row = new float[featureDim];
            for (int j = 0; j < featureDim; j++) {
                try {
                    row[j] = Float.parseFloat(cells[j].trim());
                } catch (NumberFormatException e) {
                    throw new ValidationException("CSV", cells[j], "is not a number (row " + n + ", column "
                            + (j + 1) + ")", "send numbers only, no header");
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** JSON: {@code {"instances": [{"features": [...]}, ...]}}, {@code {"features": [...]}} or nested arrays. */
    static List<float[]> fromJson(byte[] body, int featureDim) {
        JsonNode root;
        try {
            root = SdkJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ValidationException("body", "body of " + body.length + " bytes", "is not JSON",
                    "send {\"instances\": [{\"features\": [...]}]}");
        }
        List<JsonNode> vectors = new ArrayList<>();
        if (root != null && root.has("instances")) {
            for (JsonNode i : root.get("instances")) {
                vectors.add(i.has("features") ? i.get("features") : i);
            }
        } else if (root != null && root.has("features")) {
            vectors.add(root.get("features"));
        } else if (root != null && root.isArray() && root.size() > 0 && root.get(0).isArray()) {
            root.forEach(vectors::add);
        } else if (root != null && root.isArray()) {
            vectors.add(root);
        } else {
            throw new ValidationException("body", String.valueOf(root), "holds no instances",
                    "send {\"instances\": [{\"features\": [...]}]}");
        }
        List<float[]> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode v : vectors) {
            n++;
            checkWidth(v.size(), featureDim, n);
            float[] row = new float[featureDim];
            for (int j = 0; j < featureDim; j++) {
                if (!v.get(j).isNumber()) {
                    throw new ValidationException("features", v.get(j).toString(), "is not a number (record " + n
                            + ")", "send numbers only");
                }
                row[j] = (float) v.get(j).asDouble();
            }
            rows.add(row);
        }
        return rows;
    }

    private static void checkWidth(int width, int featureDim, int record) {
        if (width != featureDim) {
            throw new ValidationException("feature_dim", featureDim, "does not match the " + width
                    + " values of record " + record, "send records of " + featureDim + " features");
        }
    }
}
