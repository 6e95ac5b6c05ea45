/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.formats.LinearLearnerModel;
import dev.sagemaker4j.model.runtime.Rows;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordValue;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Serves a {@link LinearLearnerModel} as SageMaker's LinearLearner container answers:
 * {@code application/json} {@code {"predictions":[{"score":0.93,"predicted_label":1}]}} (regressor:
 * {@code score} only; multiclass: {@code score} is the list of class probabilities),
 * {@code application/jsonlines} (one such object a line), {@code text/csv}
 * ({@code predicted_label,score} a line; regressor: {@code score}) and {@code application/x-recordio-protobuf}
 * (each record's label map: {@code score}, a float32 tensor of one value or of the class probabilities, and for a
 * classifier {@code predicted_label}, a float32 tensor of one value).
 */
public final class LinearLearnerRuntime extends BuiltInAlgorithmRuntime {
    private final LinearLearnerModel model;
    private final boolean regressor;

    private LinearLearnerRuntime(LinearLearnerModel model) {
        this.model = model;
        this.regressor = "regressor".equals(model.predictorType());
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
    int featureDim() {
        return model.featureDim();
    }

    @Override
    float[] predictRow(float[] row) {
        double[] scores = model.score(row);
        float[] out = new float[scores.length];
        for (int j = 0; j < scores.length; j++) {
            out[j] = (float) scores[j];
        }
        return out;
    }

    @Override
    void appendAnswer(StringBuilder sb, float[] row, boolean csv) {
        double[] scores = model.score(row);
        double label = model.predictedLabel(scores);
        if (csv) {
            if (!regressor) {
                sb.append((long) label).append(',');
            }
            appendScores(sb, scores, true);
            return;
        }
        sb.append("{\"score\":");
        if (scores.length == 1) {
            Rows.appendJsonNumber(sb, scores[0]);
        } else {
            sb.append('[');
            appendScores(sb, scores, false);
            sb.append(']');
        }
        if (!regressor) {
            sb.append(",\"predicted_label\":").append((long) label);
        }
        sb.append('}');
    }

    @Override
    void labelAnswer(Record.Builder record, float[] row) {
        double[] scores = model.score(row);
        float[] score = new float[scores.length];
        for (int j = 0; j < scores.length; j++) {
            score[j] = (float) scores[j];
        }
        record.label("score", RecordValue.float32Tensor(score));
        if (!regressor) {
            record.label("predicted_label", RecordValue.float32Tensor(new float[] {
                (float) model.predictedLabel(scores)}));
        }
    }

    private static void appendScores(StringBuilder sb, double[] scores, boolean csv) {
        for (int j = 0; j < scores.length; j++) {
            if (j > 0) {
                sb.append(',');
            }
            if (csv) {
                sb.append(scores[j]);
            } else {
                Rows.appendJsonNumber(sb, scores[j]);
            }
        }
    }

    @Override
    public long sizeBytes() {
        return 64L * model.featureDim() * Math.max(1, model.numClasses()) + 1024;
    }
}
