/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.Predictions;
import dev.sagemaker4j.model.runtime.Rows;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the built-in algorithms' containers (LinearLearner, K-Means) share: CSV, JSON, JSON Lines and
 * NPY in; {@code application/json} {@code {"predictions":[{…},{…}]}}, {@code application/jsonlines}
 * (one object a line), {@code text/csv} (one line a record) or NPY out. A subclass scores one record
 * and writes one record's answer.
 */
abstract class BuiltInAlgorithmRuntime implements ModelRuntime {
    private static final List<String> CONTENT_TYPES = List.of("text/csv", "application/json",
            "application/jsonlines", "application/x-npy");
    private static final List<String> ACCEPTS = List.of("application/json", "application/jsonlines", "text/csv",
            Predictions.NPY);

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
        float[][] rows = Rows.decode(body, contentType, featureDim(), CONTENT_TYPES);
        if (out.equals(Predictions.NPY)) {
            return new Invocation(Predictions.npyBytes(predictRows(rows)), out);
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
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != featureDim()) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features; the model expects " + featureDim());
            }
            out[r] = predictRow(rows[r]);
        }
        return out;
    }

    @Override
    public void close() {
        // plain Java: nothing to release
    }
}
