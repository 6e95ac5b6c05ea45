/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.Predictions;
import dev.sagemaker4j.model.runtime.Rows;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.recordio.RecordRows;
import dev.sagemaker4j.recordio.RecordValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * What the built-in algorithms' containers (LinearLearner, K-Means) share: CSV, JSON, JSON Lines, NPY and
 * {@code application/x-recordio-protobuf} (each record's features under {@code "values"}, dense or sparse) in;
 * {@code application/json} {@code {"predictions":[{…},{…}]}}, {@code application/jsonlines} (one object a line),
 * {@code text/csv} (one line a record), {@code application/x-recordio-protobuf} (one record a row, its answer in
 * the record's label map as float32 tensors, as the service writes it) or NPY out. A subclass scores one record
 * and writes one record's answer.
 */
abstract class BuiltInAlgorithmRuntime implements ModelRuntime {
    private static final List<String> CONTENT_TYPES = List.of("text/csv", "application/json",
            "application/jsonlines", "application/x-npy", RecordIO.CONTENT_TYPE);
    private static final List<String> ACCEPTS = List.of("application/json", "application/jsonlines", "text/csv",
            Predictions.NPY, RecordIO.CONTENT_TYPE);

    /** The number of features a record must have. */
    abstract int featureDim();

    /** One record's numbers, as the NPY answer carries them. */
    abstract float[] predictRow(float[] row);

    /**
     * Appends one record's answer: a CSV line without its newline when {@code csv}, else the JSON object.
     *
     * @param sb  where to write
     * @param row the record
     * @param csv whether to write CSV
     */
    abstract void appendAnswer(StringBuilder sb, float[] row, boolean csv);

    /**
     * Puts one record's answer in a RecordIO-protobuf record's label map, as the service's container does.
     *
     * @param record the answer record
     * @param row    the request record's features
     */
    abstract void labelAnswer(Record.Builder record, float[] row);

    @Override
    public final List<String> contentTypes() {
        return CONTENT_TYPES;
    }

    @Override
    public final List<String> accepts() {
        return ACCEPTS;
    }

    @Override
    public final Invocation invoke(byte[] body, String contentType, String accept) {
        if (!CONTENT_TYPES.contains(Rows.baseType(contentType))) {
            throw Rows.unsupported(contentType, CONTENT_TYPES);
        }
        String out = Rows.chooseAccept(accept, ACCEPTS);
        float[][] rows = Rows.baseType(contentType).equals(RecordIO.CONTENT_TYPE) ? recordRows(body)
                : Rows.decode(body, contentType, featureDim(), CONTENT_TYPES);
        if (out.equals(Predictions.NPY)) {
            return new Invocation(Predictions.npyBytes(predictRows(rows)), out);
        }
        if (out.equals(RecordIO.CONTENT_TYPE)) {
            checkWidths(rows);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.length * 48);
            for (float[] row : rows) {
                Record.Builder record = Record.builder();
                labelAnswer(record, row);
                RecordIO.writeRecord(bytes, record.build().toByteArray());
            }
            return new Invocation(bytes.toByteArray(), out);
        }
        boolean csv = out.equals("text/csv");
        boolean json = out.equals("application/json");
        StringBuilder sb = new StringBuilder(rows.length * 48);
        if (json) {
            sb.append("{\"predictions\":[");
        }
        for (int r = 0; r < rows.length; r++) {
            if (json && r > 0) {
                sb.append(',');
            }
            appendAnswer(sb, rows[r], csv);
            if (!json) {
                sb.append('\n');
            }
        }
        if (json) {
            sb.append("]}");
        }
        return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
    }

    @Override
    public final float[][] predictRows(float[][] rows) {
        checkWidths(rows);
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = predictRow(rows[r]);
        }
        return out;
    }

    private void checkWidths(float[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != featureDim()) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features; the model expects " + featureDim());
            }
        }
    }

    /**
     * RecordIO-protobuf records, their features under {@code "values"} (dense, or sparse with keys below the
     * model's feature count), read straight into rows when plain and through the {@link Record} parser otherwise,
     * which names what is wrong: a 400, and the endpoint goes on serving.
     */
    private float[][] recordRows(byte[] body) {
        int dim = featureDim();
        RecordRows plain = RecordRows.read(body, dim).orElse(null);
        if (plain != null && plain.size() > 0) {
            return plain.toRows();
        }
        List<Record> records;
        try {
            records = RecordIO.readRecords(new ByteArrayInputStream(body));
        } catch (ValidationException e) {
            throw new ModelInvocationException(400, "The request is truncated or not RecordIO-protobuf: "
                    + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new ModelInvocationException(400, "The request body is empty; send at least one record");
        }
        float[][] rows = new float[records.size()][];
        for (int r = 0; r < rows.length; r++) {
            RecordValue v = records.get(r).features().get("values");
            if (v == null || v.kind() == RecordValue.Kind.BYTES || v.kind() == RecordValue.Kind.VALUE_NOT_SET) {
                throw new ModelInvocationException(400, "Record " + (r + 1)
                        + " has no numeric feature tensor under \"values\"; write records as RecordSerializer does");
            }
            float[] values = v.values().toFloatArray();
            // keys [] with a shape: an all-zero row of a sparse matrix, as the Python SDK writes it
            if (!v.isSparse() && !(values.length == 0 && v.shape().length > 0)) {
                rows[r] = values;
                continue;
            }
            if (v.keys().length != values.length) {
                throw new ModelInvocationException(400, String.format(Locale.ROOT,
                        "Record %d has %d keys for %d values", r + 1, v.keys().length, values.length));
            }
            rows[r] = new float[dim];
            long[] keys = v.keys();
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] < 0 || keys[i] >= dim) {
                    throw new ModelInvocationException(400, String.format(Locale.ROOT,
                            "Record %d has feature index %d; the model has %d features", r + 1, keys[i], dim));
                }
                rows[r][(int) keys[i]] = values[i];
            }
        }
        return rows;
    }

    @Override
    public void close() {
        // plain Java: nothing to release
    }
}
