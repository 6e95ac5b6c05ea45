/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.Predictions;
import dev.sagemaker4j.model.runtime.Rows;
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
 * What the Amazon algorithms' inference containers share: {@code application/x-recordio-protobuf}, CSV, JSON, JSON
 * Lines and NPY records in; {@code application/json} (an object holding one list of per-record objects, e.g.
 * {@code {"predictions":[{"predicted_label":1.0}]}}), {@code application/jsonlines}, {@code text/csv} or
 * {@code application/x-recordio-protobuf} (one record a row, its answer under the record's label map, as the
 * service writes it) out. A subclass answers rows of numbers, one value per {@link #keys()} entry.
 */
abstract class EngineRuntime implements ModelRuntime {
    private static final List<String> CONTENT_TYPES = List.of(RecordIO.CONTENT_TYPE, "text/csv", "application/json",
            "application/jsonlines", Predictions.NPY);
    private static final List<String> ACCEPTS = List.of("application/json", "application/jsonlines", "text/csv",
            RecordIO.CONTENT_TYPE, Predictions.NPY);

    /** The features a record must have. */
    abstract int featureDim();

    /** The names of a record's answer values, e.g. {@code [score, predicted_label]}. */
    abstract List<String> keys();

    /** The JSON answer's list name: {@code predictions}, or {@code scores} for Random Cut Forest. */
    String listName() {
        return "predictions";
    }

    /** The answers, one row of {@link #keys()} values per record. */
    abstract float[][] answer(float[][] rows);

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
        String type = Rows.baseType(contentType);
        if (!CONTENT_TYPES.contains(type) && !type.equals("csv")) {
            throw Rows.unsupported(contentType, CONTENT_TYPES);
        }
        String out = Rows.chooseAccept(accept, ACCEPTS);
        float[][] rows = type.equals(RecordIO.CONTENT_TYPE) ? recordRows(body)
                : Rows.decode(body, contentType, featureDim(), CONTENT_TYPES);
        float[][] answers = predictRows(rows);
        if (out.equals(Predictions.NPY)) {
            return new Invocation(Predictions.npyBytes(answers), out);
        }
        if (out.equals(RecordIO.CONTENT_TYPE)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(answers.length * 32);
            for (float[] a : answers) {
                Record.Builder record = Record.builder();
                for (int k = 0; k < a.length; k++) {
                    record.label(keys().get(k), RecordValue.float32Tensor(new float[] {a[k]}));
                }
                RecordIO.writeRecord(bytes, record.build().toByteArray());
            }
            return new Invocation(bytes.toByteArray(), out);
        }
        StringBuilder sb = new StringBuilder(answers.length * 32);
        boolean json = out.equals("application/json");
        if (json) {
            sb.append("{\"").append(listName()).append("\":[");
        }
        for (int r = 0; r < answers.length; r++) {
            if (out.equals("text/csv")) {
                for (int k = 0; k < answers[r].length; k++) {
                    if (k > 0) {
                        sb.append(',');
                    }
                    Rows.appendFloat(sb, answers[r][k]);
                }
                sb.append('\n');
                continue;
            }
            if (json && r > 0) {
                sb.append(',');
            }
            sb.append('{');
            for (int k = 0; k < answers[r].length; k++) {
                if (k > 0) {
                    sb.append(',');
                }
                sb.append('"').append(keys().get(k)).append("\":");
                Rows.appendJsonFloat(sb, answers[r][k]);
            }
            sb.append('}');
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
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != featureDim()) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features; the model expects " + featureDim() + " (feature_dim)");
            }
        }
        return answer(rows);
    }

    /** RecordIO-protobuf records, their features under {@code "values"}, dense or sparse. */
    private float[][] recordRows(byte[] body) {
        RecordRows plain = RecordRows.read(body, featureDim()).orElse(null);
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
        int dim = featureDim();
        float[][] rows = new float[records.size()][];
        for (int r = 0; r < rows.length; r++) {
            RecordValue v = records.get(r).features().get("values");
            if (v == null) {
                throw new ModelInvocationException(400, "Record " + (r + 1)
                        + " has no feature tensor under \"values\"");
            }
            float[] values = v.values().toFloatArray();
            // keys [] with a shape: an all-zero row of a sparse matrix, as the Python SDK writes it
            if (!v.isSparse() && !(values.length == 0 && v.shape().length > 0)) {
                rows[r] = values;
                continue;
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
