/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.formats.KMeansModel;
import dev.sagemaker4j.model.runtime.Rows;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordValue;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Serves a {@link KMeansModel} as SageMaker's K-Means container answers:
 * {@code application/json} {@code {"predictions":[{"closest_cluster":1.0,"distance_to_cluster":0.42}]}},
 * {@code application/jsonlines}, {@code text/csv} ({@code closest_cluster,distance_to_cluster} a line) and
 * {@code application/x-recordio-protobuf} (each record's label map: {@code closest_cluster} and
 * {@code distance_to_cluster}, float32 tensors of one value).
 */
public final class KMeansRuntime extends BuiltInAlgorithmRuntime {
    private final KMeansModel model;

    private KMeansRuntime(KMeansModel model) {
        this.model = model;
    }

    /**
     * Loads the model from a folder.
     *
     * @param modelDir the unpacked model.tar.gz
     * @return the runtime
     * @throws IOException when it cannot be read
     */
    public static KMeansRuntime load(Path modelDir) throws IOException {
        return new KMeansRuntime(KMeansModel.load(modelDir));
    }

    @Override
    public String name() {
        return "kmeans";
    }

    @Override
    int featureDim() {
        return model.featureDim();
    }

    @Override
    float[] predictRow(float[] row) {
        double[] c = model.closest(row);
        return new float[] {(float) c[0], (float) c[1]};
    }

    @Override
    void appendAnswer(StringBuilder sb, float[] row, boolean csv) {
        double[] c = model.closest(row);
        if (csv) {
            sb.append(c[0]).append(',').append(c[1]);
        } else {
            sb.append("{\"closest_cluster\":");
            Rows.appendJsonNumber(sb, c[0]);
            sb.append(",\"distance_to_cluster\":");
            Rows.appendJsonNumber(sb, c[1]);
            sb.append('}');
        }
    }

    @Override
    void labelAnswer(Record.Builder record, float[] row) {
        double[] c = model.closest(row);
        record.label("closest_cluster", RecordValue.float32Tensor(new float[] {(float) c[0]}));
        record.label("distance_to_cluster", RecordValue.float32Tensor(new float[] {(float) c[1]}));
    }

    @Override
    public long sizeBytes() {
        return 8L * model.k() * model.featureDim() + 1024;
    }
}
