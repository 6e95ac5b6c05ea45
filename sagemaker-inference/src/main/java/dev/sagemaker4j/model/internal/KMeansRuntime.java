/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Serves a {@link KMeansModel} as SageMaker's K-Means container answers:
 * {@code application/json} {@code {"predictions":[{"closest_cluster":1.0,"distance_to_cluster":0.42}]}},
 * {@code application/jsonlines} and {@code text/csv} ({@code closest_cluster,distance_to_cluster} a line).
 */
public final class KMeansRuntime implements ModelRuntime {
    private static final List<String> CONTENT_TYPES = List.of("text/csv", "application/json",
            "application/jsonlines", "application/x-npy");
    private static final List<String> ACCEPTS = List.of("application/json", "application/jsonlines", "text/csv",
            Predictions.NPY);

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
        StringBuilder sb = new StringBuilder(rows.length * 50);
        if (out.equals("application/json")) {
            sb.append("{\"predictions\":[");
        }
        for (int r = 0; r < rows.length; r++) {
            double[] c = model.closest(rows[r]);
            if (out.equals("text/csv")) {
                sb.append(c[0]).append(',').append(c[1]).append('\n');
                continue;
            }
            if (out.equals("application/json") && r > 0) {
                sb.append(',');
            }
            sb.append("{\"closest_cluster\":").append(c[0]).append(",\"distance_to_cluster\":").append(c[1])
                    .append('}');
            if (out.equals("application/jsonlines")) {
                sb.append('\n');
            }
        }
        if (out.equals("application/json")) {
            sb.append("]}");
        }
        return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
    }

    @Override
    public float[][] predictRows(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != model.featureDim()) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features; the model expects " + model.featureDim());
            }
            double[] c = model.closest(rows[r]);
            out[r] = new float[] {(float) c[0], (float) c[1]};
        }
        return out;
    }

    @Override
    public long sizeBytes() {
        return 8L * model.k() * model.featureDim() + 1024;
    }

    @Override
    public void close() {
        // plain Java: nothing to release
    }
}
