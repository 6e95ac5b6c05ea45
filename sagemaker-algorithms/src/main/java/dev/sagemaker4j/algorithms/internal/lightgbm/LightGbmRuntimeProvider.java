/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.ModelRuntimeProvider;
import dev.sagemaker4j.model.runtime.Predictions;
import dev.sagemaker4j.model.runtime.Rows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a model of {@link LightGbmAlgorithm} as SageMaker LightGBM's inference script answers: {@code text/csv}
 * records without the target in; for {@code application/json} a classifier answers
 * {@code {"probabilities": [[0.1, 0.9], ...]}} and, for {@code application/json;verbose}, also
 * {@code "predicted_label": [1, ...]} (the most probable class); a regressor answers {@code {"prediction": [3.2,
 * ...]}}. Also {@code text/csv} (one row of probabilities, or the prediction, per record) and
 * {@code application/x-npy}. A request's rows go to the engine in one call.
 */
public final class LightGbmRuntimeProvider implements ModelRuntimeProvider {

    @Override
    public String name() {
        return "lightgbm";
    }

    @Override
    public String serves() {
        return "a LightGBM model (" + LightGbmModel.MANIFEST + " and " + LightGbmModel.MODEL + ")";
    }

    @Override
    public boolean claims(Path modelDir, Map<String, String> environment) {
        return Files.isRegularFile(modelDir.resolve(LightGbmModel.MANIFEST));
    }

    @Override
    public ModelRuntime load(Path modelDir, Map<String, String> environment) throws Exception {
        return new Runtime(LightGbmModel.load(modelDir));
    }

    /** The endpoint's runtime over one native booster. */
    static final class Runtime implements ModelRuntime {
        private static final List<String> CONTENT_TYPES = List.of("text/csv");
        private static final List<String> ACCEPTS = List.of("application/json", "text/csv", Predictions.NPY);
        private final LightGbmModel model;

        Runtime(LightGbmModel model) {
            this.model = model;
        }

        @Override
        public String name() {
            return "lightgbm";
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
            String type = Rows.baseType(contentType);
            if (!type.equals("text/csv") && !type.equals("csv")) {
                throw Rows.unsupported(contentType, CONTENT_TYPES);
            }
            String out = Rows.chooseAccept(accept, ACCEPTS);
            float[][] answers = predictRows(Rows.decode(body, contentType, model.featureDim, CONTENT_TYPES));
            if (out.equals(Predictions.NPY)) {
                return new Invocation(Predictions.npyBytes(answers), out);
            }
            StringBuilder sb = new StringBuilder(answers.length * 24);
            if (out.equals("text/csv")) {
                for (float[] row : answers) {
                    for (int k = 0; k < row.length; k++) {
                        if (k > 0) {
                            sb.append(',');
                        }
                        Rows.appendFloat(sb, row[k]);
                    }
                    sb.append('\n');
                }
                return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
            }
            if (!model.classification) {
                sb.append("{\"prediction\":[");
                for (int r = 0; r < answers.length; r++) {
                    sb.append(r > 0 ? "," : "");
                    Rows.appendJsonFloat(sb, answers[r][0]);
                }
                sb.append("]}");
            } else {
                sb.append("{\"probabilities\":[");
                for (int r = 0; r < answers.length; r++) {
                    sb.append(r > 0 ? ",[" : "[");
                    for (int k = 0; k < answers[r].length; k++) {
                        sb.append(k > 0 ? "," : "");
                        Rows.appendJsonFloat(sb, answers[r][k]);
                    }
                    sb.append(']');
                }
                sb.append(']');
                if (verbose(accept)) {
                    sb.append(",\"predicted_label\":[");
                    for (int r = 0; r < answers.length; r++) {
                        sb.append(r > 0 ? "," : "").append(argmax(answers[r]));
                    }
                    sb.append(']');
                }
                sb.append('}');
            }
            return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), "application/json");
        }

        /** {@code application/json;verbose}, the JumpStart scripts' ask for the predicted label as well. */
        static boolean verbose(String accept) {
            if (accept == null) {
                return false;
            }
            for (String part : accept.split(",")) {
                String p = part.trim().toLowerCase(Locale.ROOT);
                if (p.startsWith("application/json") && p.replace(" ", "").contains(";verbose")) {
                    return true;
                }
            }
            return false;
        }

        static int argmax(float[] row) {
            int best = 0;
            for (int k = 1; k < row.length; k++) {
                if (row[k] > row[best]) {
                    best = k;
                }
            }
            return best;
        }

        @Override
        public float[][] predictRows(float[][] rows) {
            if (rows.length == 0) {
                throw new ModelInvocationException(400, "The request has no records; send at least one CSV row");
            }
            for (int r = 0; r < rows.length; r++) {
                if (rows[r].length != model.featureDim) {
                    throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                            + " features; the model expects " + model.featureDim + " (CSV without the target column)");
                }
            }
            return model.predict(rows);
        }

        @Override
        public long sizeBytes() {
            return 4096L + model.modelBytes;
        }

        @Override
        public void close() {
            model.close();
        }
    }
}
