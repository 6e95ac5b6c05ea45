/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.model.formats.XGBoostModelFormat;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.Predictions;
import dev.sagemaker4j.model.runtime.Rows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Serves an {@code xgboost-model} as SageMaker's XGBoost container does: {@code text/csv} and
 * {@code text/libsvm} in (also JSON, JSON Lines and .npy rows), predictions out as {@code text/csv}
 * (one record a line; for several outputs per record, comma separated) or {@code application/json}
 * ({@code {"predictions":[{"score":0.93}, ...]}}), with xgboost4j's in-place predict.
 */
public final class XGBoostRuntime implements ModelRuntime {
    /** The model file name. */
    public static final String FILE = "xgboost-model";
    private static final List<String> CONTENT_TYPES = List.of("text/csv", "text/libsvm", "application/json",
            "application/jsonlines", "application/x-npy");
    private static final List<String> ACCEPTS = List.of("text/csv", "application/json", "application/jsonlines",
            Predictions.NPY);

    private final Booster booster;
    private final int features;
    private final long size;

    private XGBoostRuntime(Booster booster, int features, long size) {
        this.booster = booster;
        this.features = features;
        this.size = size;
    }

    /**
     * Loads {@value #FILE} from a model folder.
     *
     * @param modelDir the unpacked model.tar.gz
     * @return the runtime
     * @throws IOException when the file cannot be read or is not an XGBoost model
     */
    public static XGBoostRuntime load(Path modelDir) throws IOException {
        return load(modelDir, 1);
    }

    /**
     * Loads {@value #FILE} from a model folder, predicting with the given number of xgboost threads per
     * call. One is the default: calls already run in parallel (one per server thread or transform
     * request), and xgboost's idle OpenMP workers spin between calls, taking the CPUs from the others.
     *
     * @param modelDir the unpacked model.tar.gz
     * @param threads  xgboost's {@code nthread} for predictions, at least 1
     * @return the runtime
     * @throws IOException when the file cannot be read or is not an XGBoost model
     */
    public static XGBoostRuntime load(Path modelDir, int threads) throws IOException {
        byte[] bytes = Files.readAllBytes(modelDir.resolve(FILE));
        switch (XGBoostModelFormat.detect(bytes)) {
            case PICKLE:
                throw new IOException(FILE + " is a Python pickle (a booster pickled by a training script), which"
                        + " sagemaker4j does not unpickle: in Python, load it and save it with"
                        + " booster.save_model(\"xgboost-model.json\"), then pack that file as " + FILE);
            case LEGACY_BINARY:
                // what SageMaker's containers and xgboost 1.x write; xgboost4j 3.x reads only JSON and UBJSON
                bytes = XGBoostModelFormat.legacyBinaryToJson(bytes, FILE);
                break;
            default:
                break;
        }
        try {
            Booster booster = XGBoost.loadModel(bytes);
            booster.setParam("nthread", threads);
            return new XGBoostRuntime(booster, (int) booster.getNumFeature(), bytes.length * 3L);
        } catch (XGBoostError e) {
            throw new IOException(FILE + " is not a model xgboost can load: " + e.getMessage(), e);
        }
    }

    /**
     * The number of features a record must have.
     *
     * @return the feature count
     */
    public int features() {
        return features;
    }

    @Override
    public String name() {
        return "xgboost";
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
        return invoke(body, body.length, contentType, accept);
    }

    @Override
    public Invocation invoke(byte[] body, int length, String contentType, String accept) {
        String type = Rows.baseType(contentType);
        if (!CONTENT_TYPES.contains(type) && !type.equals("csv") && !type.equals("libsvm")) {
            throw Rows.unsupported(contentType, CONTENT_TYPES);
        }
        String out = Rows.chooseAccept(accept, ACCEPTS);
        float[][] predictions;
        if ((type.equals("text/csv") || type.equals("csv")) && length > 0) {
            // CSV straight into the flat array inplace_predict takes: no float[] per row, no second copy, and no
            // copy to the exact length either (inplace_predict reads the rows it is told)
            Rows.Flat flat = Rows.csvFlatRows(body, length, features);
            predictions = predictFlat(flat.values(), flat.rows());
        } else {
            byte[] exact = length == body.length ? body : java.util.Arrays.copyOf(body, length);
            predictions = predictRows(Rows.decode(exact, contentType, features, CONTENT_TYPES));
        }
        return new Invocation(encode(predictions, out), out);
    }

    static byte[] encode(float[][] predictions, String type) {
        if (type.equals(Predictions.NPY)) {
            return Predictions.npyBytes(predictions);
        }
        StringBuilder sb = new StringBuilder(predictions.length * 12);
        switch (type) {
            case "application/json":
                sb.append("{\"predictions\":[");
                for (int r = 0; r < predictions.length; r++) {
                    if (r > 0) {
                        sb.append(',');
                    }
                    sb.append("{\"score\":");
                    scores(sb, predictions[r]);
                    sb.append('}');
                }
                sb.append("]}");
                break;
            case "application/jsonlines":
                for (float[] p : predictions) {
                    sb.append("{\"score\":");
                    scores(sb, p);
                    sb.append("}\n");
                }
                break;
            default:
                for (float[] p : predictions) {
                    for (int j = 0; j < p.length; j++) {
                        if (j > 0) {
                            sb.append(',');
                        }
                        Rows.appendFloat(sb, p[j]);
                    }
                    sb.append('\n');
                }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void scores(StringBuilder sb, float[] p) {
        if (p.length == 1) {
            Rows.appendJsonFloat(sb, p[0]);
            return;
        }
        sb.append('[');
        for (int j = 0; j < p.length; j++) {
            if (j > 0) {
                sb.append(',');
            }
            Rows.appendJsonFloat(sb, p[j]);
        }
        sb.append(']');
    }

    @Override
    public float[][] predictRows(float[][] rows) {
        int n = rows.length;
        float[] flat = new float[n * features];
        for (int r = 0; r < n; r++) {
            if (rows[r].length != features) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features; the model expects " + features);
            }
            System.arraycopy(rows[r], 0, flat, r * features, features);
        }
        return predictFlat(flat, n);
    }

    private float[][] predictFlat(float[] flat, int n) {
        try {
            return booster.inplace_predict(flat, n, features, Float.NaN);
        } catch (XGBoostError e) {
            throw new ModelInvocationException(500, "XGBoost prediction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public long sizeBytes() {
        return size;
    }

    @Override
    public void close() {
        booster.dispose();
    }
}
