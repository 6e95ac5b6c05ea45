/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Request bodies as float tensors of any rank, for models whose input is not a table of rows (a CNN's
 * {@code [N, 1, 8, 8]}): {@code .npy} arrays of any rank, JSON nested arrays (bare, or under {@code instances}
 * or {@code inputs}, as SageMaker's framework containers read them), JSON Lines of one nested array a record,
 * and CSV rows, which fit an input whose record holds as many values (flattened records). Public for the
 * runtimes of other modules (DJL's in {@code sagemaker-djl}); not API.
 */
public final class Tensors {
    /** numpy's own limit on dimensions. */
    private static final int MAX_RANK = 32;

    private Tensors() {
    }

    /** A float tensor: values in C order and the shape. */
    public static final class Tensor {
        /** The values in C order. */
        public final float[] data;
        /** The shape, its first dimension the records. */
        public final long[] shape;

        /**
         * Creates a tensor.
         *
         * @param data  the values in C order
         * @param shape the shape
         */
        public Tensor(float[] data, long[] shape) {
            this.data = data;
            this.shape = shape;
        }

        /**
         * As an {@code NpyArray}.
         *
         * @return the array
         */
        public NpyArray toNpy() {
            ByteBuffer bytes = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(data);
            return NpyArray.of(NpyDType.FLOAT32, shape, bytes);
        }
    }

    /**
     * Decodes a request body.
     *
     * @param body        the body
     * @param contentType its content type
     * @param accepted    the types the model reads, for the 415 answer
     * @return the tensor, its first dimension the records
     */
    public static Tensor decode(byte[] body, String contentType, List<String> accepted) {
        String type = Rows.baseType(contentType);
        if (body.length == 0) {
            throw new ModelInvocationException(400, "The request body is empty; send at least one record as "
                    + (type.isEmpty() ? accepted.get(0) : type));
        }
        switch (type) {
            case "application/x-npy":
                return npy(body);
            case "application/json":
                return json(body);
            case "application/jsonlines":
            case "application/json-lines":
            case "application/x-jsonlines":
                return jsonLines(body);
            default:
                return rowsTensor(Rows.decode(body, contentType, -1, accepted));
        }
    }

    /**
     * Fits a request's tensor to a model input: a single record (one dimension fewer) becomes a batch of one,
     * flattened records (rows of as many values as a record holds) take the record's shape; any other
     * difference is a 400 that names both shapes.
     *
     * @param t     the request's tensor
     * @param input the model input's shape, -1 (or 0) for a dimension of any size
     * @param name  the input's name
     * @return the tensor in the input's shape
     */
    public static Tensor fit(Tensor t, long[] input, String name) {
        long[] shape = t.shape;
        if (shape.length == input.length - 1) {
            shape = prepend(1, shape);
        } else if (shape.length == 2 && input.length > 2) {
            long record = 1;
            for (int i = 1; i < input.length; i++) {
                record = input[i] > 0 && record > 0 ? record * input[i] : -1;
            }
            if (record > 0 && shape[1] == record) {
                shape = prepend(shape[0], Arrays.copyOfRange(input, 1, input.length));
            }
        }
        boolean fits = shape.length == input.length;
        for (int i = 0; fits && i < shape.length; i++) {
            fits = input[i] <= 0 || input[i] == shape[i];
        }
        if (!fits) {
            throw new ModelInvocationException(400, "The model's input '" + name + "' has shape " + show(input)
                    + " (-1: any size); the request's data has shape " + show(t.shape) + ". Send records of shape "
                    + show(Arrays.copyOfRange(input, 1, input.length)) + ", a batch of them, or records flattened"
                    + " to rows");
        }
        return shape == t.shape ? t : new Tensor(t.data, shape);
    }

    private static Tensor npy(byte[] body) {
        NpyArray array;
        try {
            array = Npy.fromBytes(body);
        } catch (RuntimeException e) {
            throw new ModelInvocationException(400, "The body is not a valid .npy array: " + e.getMessage());
        }
        if (array.dtype().isComplex()) {
            throw new ModelInvocationException(400, "The .npy array holds complex numbers; send real numbers");
        }
        long[] shape = array.shape();
        return new Tensor(array.toCOrder().toFloatArray(), shape.length == 0 ? new long[] {1} : shape);
    }

    private static Tensor json(byte[] body) {
        JsonNode root = readJson(new String(body, StandardCharsets.UTF_8), "The body");
        JsonNode data = root.isObject() && root.has("instances") ? root.get("instances")
                : root.isObject() && root.has("inputs") ? root.get("inputs") : root;
        if (data.isArray() && data.size() > 0 && data.get(0).isObject()) {
            // {"features": [...]} records and sparse records are rows
            float[][] rows = Rows.decode(body, "application/json", -1, List.of("application/json"));
            return rowsTensor(rows);
        }
        return nested(data, "The JSON body");
    }

    private static Tensor rowsTensor(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * rows[0].length, rows[0].length);
        }
        return new Tensor(flat, new long[] {rows.length, rows[0].length});
    }

    private static Tensor jsonLines(byte[] body) {
        List<Tensor> records = new ArrayList<>();
        int line = 0;
        for (String raw : new String(body, StandardCharsets.UTF_8).split("\n")) {
            line++;
            if (!raw.isBlank()) {
                Tensor record = nested(readJson(raw, "Line " + line), "Line " + line);
                if (!records.isEmpty() && !Arrays.equals(records.get(0).shape, record.shape)) {
                    throw new ModelInvocationException(400, "Line " + line + " has shape " + show(record.shape)
                            + " where line 1 has " + show(records.get(0).shape) + "; give every record one shape");
                }
                records.add(record);
            }
        }
        if (records.isEmpty()) {
            throw new ModelInvocationException(400, "The JSON Lines body has no records");
        }
        int each = records.get(0).data.length;
        float[] flat = new float[records.size() * each];
        for (int i = 0; i < records.size(); i++) {
            System.arraycopy(records.get(i).data, 0, flat, i * each, each);
        }
        return new Tensor(flat, prepend(records.size(), records.get(0).shape));
    }

    private static JsonNode readJson(String text, String what) {
        try {
            return SdkJson.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new ModelInvocationException(400, what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A rectangular nested array of numbers (null: missing) as a tensor; errors name the index, never the data. */
    private static Tensor nested(JsonNode node, String what) {
        List<Long> dims = new ArrayList<>();
        for (JsonNode n = node; n.isArray(); n = n.get(0)) {
            if (dims.size() == MAX_RANK) {
                throw new ModelInvocationException(400, what + " nests arrays deeper than " + MAX_RANK + " levels");
            }
            dims.add((long) n.size());
            if (n.size() == 0) {
                break;
            }
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        long size = 1;
        for (long d : shape) {
            size *= d;
        }
        if (shape.length == 0 || size == 0) {
            throw new ModelInvocationException(400, what + " holds no numbers; send a nested array of numbers");
        }
        float[] data = new float[(int) size];
        fill(node, shape, 0, data, new int[] {0}, new int[shape.length], what);
        return new Tensor(data, shape);
    }

    private static void fill(JsonNode node, long[] shape, int depth, float[] data, int[] next, int[] index,
            String what) {
        if (depth == shape.length) {
            if (node.isNumber()) {
                data[next[0]++] = node.floatValue();
            } else if (node.isNull()) {
                data[next[0]++] = Float.NaN;
            } else {
                throw new ModelInvocationException(400, what + " at " + at(index, depth) + " is "
                        + (node.isArray() ? "an array" : node.isObject() ? "an object" : "'" + cut(node.asText())
                        + "'") + ", not a number; give every record the same nesting");
            }
            return;
        }
        if (!node.isArray() || node.size() != shape[depth]) {
            throw new ModelInvocationException(400, what + " is not a rectangular array: " + at(index, depth) + " has "
                    + (node.isArray() ? node.size() + " elements" : "a single value") + " where the first has "
                    + shape[depth]);
        }
        for (int i = 0; i < node.size(); i++) {
            index[depth] = i;
            fill(node.get(i), shape, depth + 1, data, next, index, what);
        }
    }

    private static String at(int[] index, int depth) {
        StringBuilder sb = new StringBuilder(depth == 0 ? "the top level" : "");
        for (int i = 0; i < depth; i++) {
            sb.append('[').append(index[i]).append(']');
        }
        return sb.toString();
    }

    private static String cut(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static long[] prepend(long first, long[] rest) {
        long[] shape = new long[rest.length + 1];
        shape[0] = first;
        System.arraycopy(rest, 0, shape, 1, rest.length);
        return shape;
    }

    /**
     * A shape as numpy prints it, -1 for a dimension of any size.
     *
     * @param shape the shape
     * @return e.g. {@code [-1, 1, 8, 8]}
     */
    public static String show(long[] shape) {
        return Arrays.stream(shape).mapToObj(d -> Long.toString(d <= 0 ? -1 : d))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
