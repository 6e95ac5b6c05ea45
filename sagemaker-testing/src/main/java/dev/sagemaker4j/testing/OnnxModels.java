/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes small ONNX models for tests, examples and benchmarks without a Python toolchain, encoding
 * the ONNX protobuf by hand (field numbers from onnx.proto): a dense layer
 * {@code output = input · W + B}, optionally followed by a sigmoid, with a dynamic batch dimension.
 * Opset 13, IR version 8; input {@code input}, output {@code output}. Any ONNX file is served the
 * same way: one exported by PyTorch ({@code torch.onnx.export}), scikit-learn ({@code skl2onnx}) or
 * Tribuo.
 *
 * <pre>{@code
 * byte[] onnx = OnnxModels.dense(new float[][] {{1.5f}, {-2f}}, new float[] {0.1f}, true);
 * Files.write(Path.of("model.onnx"), onnx);
 * }</pre>
 */
public final class OnnxModels {
    private OnnxModels() {
    }

    /**
     * A linear (or logistic) layer.
     *
     * @param weights {@code [features][outputs]}
     * @param bias    {@code [outputs]}
     * @param sigmoid whether to apply a sigmoid
     * @return the .onnx bytes
     */
    public static byte[] dense(float[][] weights, float[] bias, boolean sigmoid) {
        Proto graph = new Proto();
        linear(graph, weights, bias, sigmoid ? "logits" : "output");
        if (sigmoid) {
            graph.message(1, node(new String[] {"logits"}, new String[] {"output"}, "sigmoid", "Sigmoid"));
        }
        graph.string(2, "dense");
        graph.message(11, valueInfo("input", weights.length));
        graph.message(12, valueInfo("output", bias.length));
        return model(graph);
    }

    /**
     * A linear classifier that answers class indices: {@code ArgMax(input · W + B, axis 1)}, an
     * {@code int64} output of shape {@code [batch]}, as exported classifiers answer labels.
     *
     * @param weights {@code [features][classes]}
     * @param bias    {@code [classes]}
     * @return the .onnx bytes
     */
    public static byte[] classifier(float[][] weights, float[] bias) {
        Proto graph = new Proto();
        linear(graph, weights, bias, "logits");
        Proto argMax = node(new String[] {"logits"}, new String[] {"output"}, "argmax", "ArgMax");
        argMax.message(5, intAttribute("axis", 1));
        argMax.message(5, intAttribute("keepdims", 0));
        graph.message(1, argMax);
        graph.string(2, "classifier");
        graph.message(11, valueInfo("input", weights.length));
        graph.message(12, valueInfo("output", -1, 7));
        return model(graph);
    }

    /** {@code out = input · W + B}: the MatMul and Add nodes and the W and B initializers. */
    private static void linear(Proto graph, float[][] weights, float[] bias, String out) {
        int features = weights.length;
        int outputs = bias.length;
        graph.message(1, node(new String[] {"input", "W"}, new String[] {"xw"}, "matmul", "MatMul"));
        graph.message(1, node(new String[] {"xw", "B"}, new String[] {out}, "add", "Add"));
        float[] w = new float[features * outputs];
        for (int i = 0; i < features; i++) {
            System.arraycopy(weights[i], 0, w, i * outputs, outputs);
        }
        graph.message(5, tensor("W", new long[] {features, outputs}, w));
        graph.message(5, tensor("B", new long[] {outputs}, bias));
    }

    private static byte[] model(Proto graph) {
        Proto model = new Proto();
        model.varint(1, 8);
        model.string(2, "sagemaker4j");
        model.message(7, graph);
        Proto opset = new Proto();
        opset.string(1, "");
        opset.varint(2, 13);
        model.message(8, opset);
        return model.bytes();
    }

    private static Proto intAttribute(String name, long value) {
        Proto a = new Proto();
        a.string(1, name);
        a.varint(3, value);
        a.varint(20, 2);
        return a;
    }

    private static Proto node(String[] inputs, String[] outputs, String name, String op) {
        Proto n = new Proto();
        for (String i : inputs) {
            n.string(1, i);
        }
        for (String o : outputs) {
            n.string(2, o);
        }
        n.string(3, name);
        n.string(4, op);
        return n;
    }

    private static Proto tensor(String name, long[] dims, float[] values) {
        Proto t = new Proto();
        for (long d : dims) {
            t.varint(1, d);
        }
        t.varint(2, 1);
        t.string(8, name);
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        t.bytes(9, raw.array());
        return t;
    }

    private static Proto valueInfo(String name, int width) {
        return valueInfo(name, width, 1);
    }

    /** A tensor of {@code [batch, width]}, or {@code [batch]} when width is negative; elemType 1 float, 7 int64. */
    private static Proto valueInfo(String name, int width, int elemType) {
        Proto batch = new Proto();
        batch.string(2, "batch");
        Proto shape = new Proto();
        shape.message(1, batch);
        if (width >= 0) {
            Proto cols = new Proto();
            cols.varint(1, width);
            shape.message(1, cols);
        }
        Proto tensorType = new Proto();
        tensorType.varint(1, elemType);
        tensorType.message(2, shape);
        Proto type = new Proto();
        type.message(1, tensorType);
        Proto info = new Proto();
        info.string(1, name);
        info.message(2, type);
        return info;
    }

    /** A protobuf message under construction. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void varint(int field, long value) {
            tag(field, 0);
            writeVarint(value);
        }

        void string(int field, String value) {
            bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(int field, byte[] value) {
            tag(field, 2);
            writeVarint(value.length);
            out.writeBytes(value);
        }

        void message(int field, Proto value) {
            bytes(field, value.bytes());
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void tag(int field, int wireType) {
            writeVarint(((long) field << 3) | wireType);
        }

        private void writeVarint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
