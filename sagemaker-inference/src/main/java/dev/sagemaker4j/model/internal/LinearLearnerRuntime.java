/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Serves a {@link LinearLearnerModel} as SageMaker's LinearLearner container answers:
 * {@code application/json} {@code {"predictions":[{"score":0.93,"predicted_label":1}]}} (regressor:
 * {@code score} only; multiclass: {@code score} is the list of class probabilities),
 * {@code application/jsonlines} (one such object a line) and {@code text/csv}
 * ({@code predicted_label,score} a line; regressor: {@code score}).
 */
public final class LinearLearnerRuntime implements ModelRuntime {
    private static final List<String> CONTENT_TYPES = List.of("text/csv", "application/json",
            "application/jsonlines", "application/x-npy");
    private static final List<String> ACCEPTS = List.of("application/json", "application/jsonlines", "text/csv",
            Predictions.NPY);

    private final LinearLearnerModel model;

    private LinearLearnerRuntime(LinearLearnerModel model) {
        this.model = model;
    }

    /**
     * Loads the model from a folder.
     *
     * @param modelDir the unpacked model.tar.gz
     * @return the runtime
     * @throws IOException when it cannot be read
     */
    public static LinearLearnerRuntime load(Path modelDir) throws IOException {
        return new LinearLearnerRuntime(LinearLearnerModel.load(modelDir));
    }

    @Override
    public String name() {
        return "linear-learner";
    }

    @Override
    public List<String> contentTypes() {
        return CONTENT_TYPES;
    }

    @Override
    public List<String> accepts() {
        return ACCEPTS;
    }

    @Override
    public Invocation invoke(byte[] body, String contentType, String accept) {
        if (!CONTENT_TYPES.contains(Rows.baseType(contentType))) {
            throw Rows.unsupported(contentType, CONTENT_TYPES);
        }
        String out = Rows.chooseAccept(accept, ACCEPTS);
        float[][] rows = Rows.decode(body, contentType, model.featureDim(), CONTENT_TYPES);
        if (out.equals(Predictions.NPY)) {
            return new Invocation(Predictions.npyBytes(predictRows(rows)), out);
        }
        StringBuilder sb = new StringBuilder(rows.length * 40);
        boolean regressor = "regressor".equals(model.predictorType());
        if (out.equals("application/json")) {
            sb.append("{\"predictions\":[");
        }
        for (int r = 0; r < rows.length; r++) {
            double[] scores = model.score(rows[r]);
            double label = model.predictedLabel(scores);
            if (out.equals("text/csv")) {
                if (!regressor) {
                    sb.append((long) label).append(',');
                }
                appendScores(sb, scores, ",");
                sb.append('\n');
                continue;
            }
            if (out.equals("application/json") && r > 0) {
                sb.append(',');
            }
            sb.append("{\"score\":");
            if (scores.length == 1) {
                sb.append(scores[0]);
            } else {
                sb.append('[');
                appendScores(sb, scores, ",");
                sb.append(']');
            }
            if (!regressor) {
                sb.append(",\"predicted_label\":").append((long) label);
            }
            sb.append('}');
            if (out.equals("application/jsonlines")) {
                sb.append('\n');
            }
        }
        if (out.equals("application/json")) {
            sb.append("]}");
        }
        return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
    }

    private static void appendScores(StringBuilder sb, double[] scores, String separator) {
        for (int j = 0; j < scores.length; j++) {
            if (j > 0) {
                sb.append(separator);
            }
            sb.append(scores[j]);
        }
    }

    @Override
    public float[][] predictRows(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != model.featureDim()) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features; the model expects " + model.featureDim());
            }
            double[] scores = model.score(rows[r]);
            out[r] = new float[scores.length];
            for (int j = 0; j < scores.length; j++) {
                out[r][j] = (float) scores[j];
            }
        }
        return out;
    }

    @Override
    public long sizeBytes() {
        return 64L * model.featureDim() * Math.max(1, model.numClasses()) + 1024;
    }

    @Override
    public void close() {
        // plain Java: nothing to release
    }
}
