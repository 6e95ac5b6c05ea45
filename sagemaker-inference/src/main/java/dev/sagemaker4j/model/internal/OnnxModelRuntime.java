/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.Predictions;
import dev.sagemaker4j.model.runtime.Rows;
import dev.sagemaker4j.model.runtime.Tensors;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Serves a {@code .onnx} model with ONNX Runtime. Tensor mapping: the request (CSV rows, JSON nested
 * arrays, JSON Lines of one record a line, or {@code .npy} of any rank, see {@link Tensors}) becomes the
 * model's single float input of whatever rank it has ({@code [rows, features]}, a CNN's {@code [N, 1, 8, 8]}
 * ...; a single record gets a batch of one, flattened records take the record's shape); a shape that does not
 * fit is a 400 naming both shapes. The first output comes back as {@code application/json}
 * ({@code {"predictions":[...]}}, nested as the output is), {@code text/csv} (one record a line, flattened),
 * JSON Lines (one record a line) or {@code .npy} (the output's shape).
 */
public final class OnnxModelRuntime implements ModelRuntime {
    private static final List<String> CONTENT_TYPES = List.of("text/csv", "application/json",
            "application/jsonlines", "application/x-npy");
    private static final List<String> ACCEPTS = List.of("application/json", "text/csv", "application/jsonlines",
            Predictions.NPY);

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final long[] inputShape;
    private final long size;

    private OnnxModelRuntime(OrtEnvironment env, OrtSession session, String inputName, long[] inputShape,
            long size) {
        this.env = env;
        this.session = session;
        this.inputName = inputName;
        this.inputShape = inputShape;
        this.size = size;
    }

    /**
     * Loads an ONNX model.
     *
     * @param file the .onnx file
     * @return the runtime
     * @throws IOException  when the file cannot be read
     * @throws OrtException when ONNX Runtime rejects the model
     */
    public static OnnxModelRuntime load(Path file) throws IOException, OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        byte[] bytes = Files.readAllBytes(file);
        OrtSession session = env.createSession(bytes, new OrtSession.SessionOptions());
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (inputs.size() != 1) {
            session.close();
            throw new IOException(file.getFileName() + " has " + inputs.size() + " inputs; the local hosting maps"
                    + " request rows to one float input");
        }
        Map.Entry<String, NodeInfo> input = inputs.entrySet().iterator().next();
        long[] shape = ((TensorInfo) input.getValue().getInfo()).getShape();
        return new OnnxModelRuntime(env, session, input.getKey(), shape, bytes.length * 2L);
    }

    @Override
    public String name() {
        return "onnx";
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
        Tensors.Tensor input = Tensors.fit(Tensors.decode(body, contentType, CONTENT_TYPES), inputShape, inputName);
        return run(input.data, input.shape, value -> {
            long[] shape = value instanceof OnnxTensor ? ((OnnxTensor) value).getInfo().getShape() : new long[0];
            if (shape.length > 2) {
                return encodeTensor(value, shape, out);
            }
            float[][] predictions = rows(value);
            if (out.equals(Predictions.NPY)) {
                return new Invocation(Predictions.npyBytes(predictions), out);
            }
            return encodeRows(predictions, out);
        });
    }

    private static Invocation encodeRows(float[][] predictions, String out) {
        StringBuilder sb = new StringBuilder();
        if (out.equals("application/json")) {
            sb.append("{\"predictions\":[");
        }
        for (int r = 0; r < predictions.length; r++) {
            if (out.equals("application/json") && r > 0) {
                sb.append(',');
            }
            if (!out.equals("text/csv")) {
                sb.append('[');
            }
            for (int j = 0; j < predictions[r].length; j++) {
                if (j > 0) {
                    sb.append(',');
                }
                if (out.equals("text/csv")) {
                    Rows.appendFloat(sb, predictions[r][j]);
                } else {
                    Rows.appendJsonFloat(sb, predictions[r][j]);
                }
            }
            if (!out.equals("text/csv")) {
                sb.append(']');
            }
            if (!out.equals("application/json")) {
                sb.append('\n');
            }
        }
        if (out.equals("application/json")) {
            sb.append("]}");
        }
        return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
    }

    /** An output of rank 3 or more: nested as it is in JSON, a record a line in CSV (flattened) and JSON Lines. */
    private static Invocation encodeTensor(OnnxValue value, long[] shape, String out) throws OrtException {
        OnnxTensor tensor = (OnnxTensor) value;
        if (tensor.getInfo().type != OnnxJavaType.FLOAT) {
            throw new ModelInvocationException(500, "The model's first output is a " + tensor.getInfo().type
                    + " tensor of rank " + shape.length + "; the local hosting answers float tensors of any rank");
        }
        FloatBuffer values = tensor.getFloatBuffer();
        if (out.equals(Predictions.NPY)) {
            float[] flat = new float[values.remaining()];
            values.get(flat);
            return new Invocation(dev.sagemaker4j.npy.Npy.toBytes(new Tensors.Tensor(flat, shape).toNpy()), out);
        }
        StringBuilder sb = new StringBuilder();
        boolean json = out.equals("application/json");
        sb.append(json ? "{\"predictions\":[" : "");
        for (long r = 0; r < shape[0]; r++) {
            if (json && r > 0) {
                sb.append(',');
            }
            if (out.equals("text/csv")) {
                long each = values.remaining() / Math.max(1, shape[0]);
                for (long j = 0; j < each; j++) {
                    sb.append(j > 0 ? "," : "");
                    Rows.appendFloat(sb, values.get());
                }
            } else {
                nest(sb, values, shape, 1);
            }
            sb.append(json ? "" : "\n");
        }
        sb.append(json ? "]}" : "");
        return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
    }

    private static void nest(StringBuilder sb, FloatBuffer values, long[] shape, int depth) {
        sb.append('[');
        for (long i = 0; i < shape[depth]; i++) {
            sb.append(i > 0 ? "," : "");
            if (depth == shape.length - 1) {
                Rows.appendJsonFloat(sb, values.get());
            } else {
                nest(sb, values, shape, depth + 1);
            }
        }
        sb.append(']');
    }

    @Override
    public float[][] predictRows(float[][] rows) {
        return runRows(rows, OnnxModelRuntime::rows);
    }

    /**
     * The first output's bytes as they come out of ONNX Runtime, wrapped without another copy when it
     * is a float tensor of rank 1 or 2 (the rows of {@link #predictRows} are never built); any
     * other output through them.
     */
    @Override
    public NpyArray predictArray(float[][] rows) {
        return runRows(rows, OnnxModelRuntime::array);
    }

    /** Any rank in, the array the {@code .npy} answer holds out: the typed path for tensors. */
    @Override
    public NpyArray predictTensor(NpyArray input) {
        if (input.dtype().isComplex()) {
            throw new ModelInvocationException(400, "The array holds complex numbers; send real numbers");
        }
        Tensors.Tensor t = Tensors.fit(new Tensors.Tensor(input.toCOrder().toFloatArray(), input.shape()),
                inputShape, inputName);
        return run(t.data, t.shape, OnnxModelRuntime::array);
    }

    private static NpyArray array(OnnxValue value) throws OrtException {
        if (value instanceof OnnxTensor && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            TensorInfo info = ((OnnxTensor) value).getInfo();
            long[] shape = info.getShape();
            if (info.type == OnnxJavaType.FLOAT) {
                // one output a record is a 1-D array of the records, as Predictions.toNpy makes it
                long[] npyShape = shape.length == 2 && shape[1] == 1 ? new long[] {shape[0]} : shape;
                return NpyArray.wrap(NpyDType.FLOAT32, npyShape, ((OnnxTensor) value).getByteBuffer());
            }
        }
        return Predictions.toNpy(rows(value));
    }

    private <R> R runRows(float[][] rows, OrtFunction<OnnxValue, R> output) {
        int cols = rows[0].length;
        float[] flat = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features where record 1 has " + cols);
            }
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        Tensors.Tensor t = Tensors.fit(new Tensors.Tensor(flat, new long[] {rows.length, cols}), inputShape,
                inputName);
        return run(t.data, t.shape, output);
    }

    private <R> R run(float[] flat, long[] shape, OrtFunction<OnnxValue, R> output) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), shape);
             OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
            return output.apply(result.get(0));
        } catch (OrtException e) {
            throw new ModelInvocationException(400, "ONNX Runtime rejected the input of shape "
                    + Tensors.show(shape) + ": " + e.getMessage(), e);
        }
    }

    /** A function over an ONNX value that ONNX Runtime may fail. */
    @FunctionalInterface
    private interface OrtFunction<T, R> {
        R apply(T value) throws OrtException;
    }

    /** The first output as rows: a float or integer tensor of rank 1 (one value a row) or 2. */
    private static float[][] rows(OnnxValue value) throws OrtException {
        Object v = value.getValue();
        if (v instanceof float[][]) {
            return (float[][]) v;
        }
        if (v instanceof long[]) {
            long[] labels = (long[]) v;
            float[] asFloats = new float[labels.length];
            for (int i = 0; i < labels.length; i++) {
                asFloats[i] = labels[i];
            }
            v = asFloats;
        }
        if (v instanceof float[]) {
            float[] one = (float[]) v;
            float[][] outRows = new float[one.length][];
            for (int i = 0; i < one.length; i++) {
                outRows[i] = new float[] {one[i]};
            }
            return outRows;
        }
        throw new ModelInvocationException(500, "The model's first output is a " + v.getClass().getSimpleName()
                + "; the local hosting answers float or integer tensors of rank 1 or 2");
    }

    @Override
    public long sizeBytes() {
        return size;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException ignored) {
            // closing: nothing more to do
        }
    }
}
