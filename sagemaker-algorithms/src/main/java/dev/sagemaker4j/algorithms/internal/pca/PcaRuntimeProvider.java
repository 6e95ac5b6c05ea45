/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.pca;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.ModelRuntimeProvider;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.recordio.RecordValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serves a PCA model ({@link PcaModel#FILE}) as SageMaker's PCA container answers: CSV, JSON or RecordIO-protobuf
 * in; {@code application/json} {@code {"projections":[{"projection":[...]}]}}, {@code application/jsonlines} or
 * {@code application/x-recordio-protobuf} (each record's projection under label {@code "projection"}) out.
 */
public final class PcaRuntimeProvider implements ModelRuntimeProvider {

    @Override
    public String name() {
        return "pca";
    }

    @Override
    public String serves() {
        return "a PCA model (" + PcaModel.FILE + ")";
    }

    @Override
    public boolean claims(Path modelDir, Map<String, String> environment) {
        return Files.isRegularFile(modelDir.resolve(PcaModel.FILE));
    }

    @Override
    public ModelRuntime load(Path modelDir, Map<String, String> environment) {
        return new Runtime(PcaModel.load(modelDir));
    }

    /** A loaded PCA model; immutable, so thread-safe. */
    static final class Runtime implements ModelRuntime {
        private static final String JSON = "application/json";
        private static final String JSONLINES = "application/jsonlines";
        private static final List<String> CONTENT_TYPES = List.of("text/csv", JSON, RecordIO.CONTENT_TYPE);
        private static final List<String> ACCEPTS = List.of(JSON, JSONLINES, RecordIO.CONTENT_TYPE);
        private final PcaModel model;

        Runtime(PcaModel model) {
            this.model = model;
        }

        @Override
        public String name() {
            return "pca";
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
            String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
            String out = chooseAccept(accept);
            List<float[]> rows;
            try {
                if (type.equals("text/csv")) {
                    rows = PcaData.fromCsv(body, model.featureDim());
                } else if (type.equals(JSON)) {
                    rows = PcaData.fromJson(body, model.featureDim());
                } else if (PcaData.isRecordIO(type)) {
                    rows = PcaData.fromRecordIO(body, model.featureDim());
                } else {
                    throw new ModelInvocationException(415, "PCA does not read content type '" + contentType
                            + "'; send one of " + CONTENT_TYPES);
                }
            } catch (ValidationException e) {
                throw new ModelInvocationException(400, e.getMessage(), e);
            }
            if (out.equals(RecordIO.CONTENT_TYPE)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                for (float[] row : rows) {
                    RecordIO.writeRecord(bytes, Record.builder()
                            .label("projection", RecordValue.float32Tensor(model.project(row))).build().toByteArray());
                }
                return new Invocation(bytes.toByteArray(), out);
            }
            boolean json = out.equals(JSON);
            StringBuilder sb = new StringBuilder(rows.size() * 16 * (model.numComponents() + 1));
            if (json) {
                sb.append("{\"projections\":[");
            }
            for (int r = 0; r < rows.size(); r++) {
                if (json && r > 0) {
                    sb.append(',');
                }
                sb.append("{\"projection\":[");
                float[] p = model.project(rows.get(r));
                for (int c = 0; c < p.length; c++) {
                    if (c > 0) {
                        sb.append(',');
                    }
                    sb.append(p[c]);
                }
                sb.append("]}");
                if (!json) {
                    sb.append('\n');
                }
            }
            if (json) {
                sb.append("]}");
            }
            return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
        }

        private static String chooseAccept(String accept) {
            if (accept == null || accept.isBlank() || accept.contains("*/*")) {
                return JSON;
            }
            for (String part : accept.split(",")) {
                String t = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (ACCEPTS.contains(t)) {
                    return t;
                }
            }
            throw new ModelInvocationException(406, "PCA does not answer in '" + accept + "'; accept one of "
                    + ACCEPTS);
        }

        @Override
        public float[][] predictRows(float[][] rows) {
            float[][] out = new float[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                if (rows[r].length != model.featureDim()) {
                    throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                            + " features; the model expects " + model.featureDim());
                }
                out[r] = model.project(rows[r]);
            }
            return out;
        }

        @Override
        public long sizeBytes() {
            return 8L * model.featureDim() * (model.numComponents() + 1) + 256;
        }

        @Override
        public void close() {
            // plain Java: nothing to release
        }
    }
}
