/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.recordio;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a {@link Record}: the {@code aialgs.data.Value} message of the Python SDK's
 * {@code sagemaker/amazon/record.proto}, a {@code Float32Tensor}, {@code Float64Tensor}, {@code Int32Tensor}
 * or {@code Bytes}. A tensor is dense when it has no keys; with keys it is sparse, each key the position of its
 * value, and its shape (e.g. the number of columns) is required. Immutable.
 *
 * <pre>{@code
 * RecordValue dense = RecordValue.float32Tensor(new float[] {1.5f, 2f});
 * RecordValue sparse = RecordValue.float64Tensor(new double[] {1.5, -2}, new long[] {1, 4}, new long[] {5});
 * }</pre>
 */
public final class RecordValue {
    /** Which member of the {@code Value} oneof is set. */
    public enum Kind {
        /** {@code float32_tensor} (field 2). */
        FLOAT32_TENSOR,
        /** {@code float64_tensor} (field 3). */
        FLOAT64_TENSOR,
        /** {@code int32_tensor} (field 7). */
        INT32_TENSOR,
        /** {@code bytes} (field 9). */
        BYTES,
        /** None: an empty {@code Value} message (Python writes one for a row without columns). */
        VALUE_NOT_SET
    }

    private static final long[] NONE = new long[0];
    private static final RecordValue EMPTY = new RecordValue(Kind.VALUE_NOT_SET, null, NONE, NONE, List.of(), null);

    private final Kind kind;
    private final NpyArray values;
    private final long[] keys;
    private final long[] shape;
    private final List<byte[]> bytes;
    private final String contentType;

    private RecordValue(Kind kind, NpyArray values, long[] keys, long[] shape, List<byte[]> bytes,
            String contentType) {
        this.kind = kind;
        this.values = values;
        this.keys = keys;
        this.shape = shape;
        this.bytes = bytes;
        this.contentType = contentType;
    }

    /**
     * A dense {@code Float32Tensor}.
     *
     * @param values the values
     * @return the value
     */
    public static RecordValue float32Tensor(float[] values) {
        return float32Tensor(values, null, null);
    }

    /**
     * A {@code Float32Tensor}, sparse when keys are given.
     *
     * @param values the values
     * @param keys   the position of each value, or {@code null} for a dense tensor
     * @param shape  the tensor's shape (required with keys), or {@code null}
     * @return the value
     */
    public static RecordValue float32Tensor(float[] values, long[] keys, long[] shape) {
        Objects.requireNonNull(values, "values");
        return tensor(Kind.FLOAT32_TENSOR, NpyArray.of(values.clone()), keys, shape);
    }

    /**
     * A dense {@code Float64Tensor}.
     *
     * @param values the values
     * @return the value
     */
    public static RecordValue float64Tensor(double[] values) {
        return float64Tensor(values, null, null);
    }

    /**
     * A {@code Float64Tensor}, sparse when keys are given.
     *
     * @param values the values
     * @param keys   the position of each value, or {@code null} for a dense tensor
     * @param shape  the tensor's shape (required with keys), or {@code null}
     * @return the value
     */
    public static RecordValue float64Tensor(double[] values, long[] keys, long[] shape) {
        Objects.requireNonNull(values, "values");
        return tensor(Kind.FLOAT64_TENSOR, NpyArray.of(values.clone()), keys, shape);
    }

    /**
     * A dense {@code Int32Tensor}.
     *
     * @param values the values
     * @return the value
     */
    public static RecordValue int32Tensor(int[] values) {
        return int32Tensor(values, null, null);
    }

    /**
     * An {@code Int32Tensor}, sparse when keys are given.
     *
     * @param values the values
     * @param keys   the position of each value, or {@code null} for a dense tensor
     * @param shape  the tensor's shape (required with keys), or {@code null}
     * @return the value
     */
    public static RecordValue int32Tensor(int[] values, long[] keys, long[] shape) {
        Objects.requireNonNull(values, "values");
        return tensor(Kind.INT32_TENSOR, NpyArray.of(values.clone()), keys, shape);
    }

    /**
     * A {@code Bytes} value.
     *
     * @param values      the byte strings
     * @param contentType their MIME type, or {@code null} when not known
     * @return the value
     */
    public static RecordValue bytes(List<byte[]> values, String contentType) {
        Objects.requireNonNull(values, "values");
        List<byte[]> copy = new ArrayList<>(values.size());
        for (byte[] b : values) {
            copy.add(Objects.requireNonNull(b, "values holds null").clone());
        }
        return new RecordValue(Kind.BYTES, null, NONE, NONE, Collections.unmodifiableList(copy), contentType);
    }

    /**
     * The empty {@code Value} (no member of its oneof set).
     *
     * @return the value
     */
    public static RecordValue empty() {
        return EMPTY;
    }

    static RecordValue tensor(Kind kind, NpyArray values, long[] keys, long[] shape) {
        long[] k = keys == null ? NONE : keys.clone();
        long[] s = shape == null ? NONE : shape.clone();
        if (k.length != 0 && k.length != values.size()) {
            throw new ValidationException("keys", Arrays.toString(k), "has " + k.length + " keys for "
                    + values.size() + " values", "give one key (the position) per value, or none for a dense tensor");
        }
        return new RecordValue(kind, values, k, s, List.of(), null);
    }

    /**
     * Which member of the oneof is set.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The tensor's values: a 1-D array of float32, float64 or int32, as the kind says.
     *
     * @return the values (a 0-length float32 array for {@code BYTES} and {@code VALUE_NOT_SET})
     */
    public NpyArray values() {
        return values == null ? NpyArray.of(new float[0]) : values;
    }

    /**
     * The tensor's keys (sparse positions); empty for a dense tensor.
     *
     * @return a copy of the keys
     */
    public long[] keys() {
        return keys.clone();
    }

    /**
     * The tensor's shape; empty when not given.
     *
     * @return a copy of the shape
     */
    public long[] shape() {
        return shape.clone();
    }

    /**
     * Whether the tensor is sparse (has keys).
     *
     * @return true with keys
     */
    public boolean isSparse() {
        return keys.length > 0;
    }

    /**
     * The byte strings of a {@code BYTES} value.
     *
     * @return an unmodifiable list of copies, empty for a tensor
     */
    public List<byte[]> bytes() {
        List<byte[]> copy = new ArrayList<>(bytes.size());
        for (byte[] b : bytes) {
            copy.add(b.clone());
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * The content type of a {@code BYTES} value, when set.
     *
     * @return the content type, or empty
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    List<byte[]> rawBytes() {
        return bytes;
    }

    long[] rawKeys() {
        return keys;
    }

    long[] rawShape() {
        return shape;
    }

    static NpyDType dtypeOf(Kind kind) {
        switch (kind) {
            case FLOAT32_TENSOR:
                return NpyDType.FLOAT32;
            case FLOAT64_TENSOR:
                return NpyDType.FLOAT64;
            default:
                return NpyDType.INT32;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RecordValue)) {
            return false;
        }
        RecordValue other = (RecordValue) o;
        if (kind != other.kind || !Arrays.equals(keys, other.keys) || !Arrays.equals(shape, other.shape)
                || !Objects.equals(contentType, other.contentType) || bytes.size() != other.bytes.size()) {
            return false;
        }
        for (int i = 0; i < bytes.size(); i++) {
            if (!Arrays.equals(bytes.get(i), other.bytes.get(i))) {
                return false;
            }
        }
        return Objects.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(kind, values, contentType, bytes.size());
        h = 31 * h + Arrays.hashCode(keys);
        return 31 * h + Arrays.hashCode(shape);
    }

    /** The kind and content, e.g. {@code float32_tensor{values=[1.5, 2.0]}}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(kind.name().toLowerCase(Locale.ROOT)).append('{');
        if (kind == Kind.BYTES) {
            s.append("values=").append(bytes.size()).append(" byte strings");
            if (contentType != null) {
                s.append(", contentType=").append(contentType);
            }
        } else if (values != null) {
            s.append("values=").append(values.dtype().isFloatingPoint()
                    ? Arrays.toString(values.toDoubleArray()) : Arrays.toString(values.toLongArray()));
            if (keys.length > 0) {
                s.append(", keys=").append(Arrays.toString(keys));
            }
            if (shape.length > 0) {
                s.append(", shape=").append(Arrays.toString(shape));
            }
        }
        return s.append('}').toString();
    }
}
