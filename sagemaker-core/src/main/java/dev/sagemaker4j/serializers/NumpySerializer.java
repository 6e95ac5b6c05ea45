/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.InputStream;
import java.util.Optional;

/**
 * Writes arrays in numpy's {@code .npy} format ({@code application/x-npy}), as
 * {@code sagemaker.serializers.NumpySerializer} ({@code np.save}); the bytes are those numpy
 * writes.
 *
 * <pre>{@code
 * new NumpySerializer().serialize(new float[][] {{1, 2}, {3, 4}});            // <f4, shape (2, 2)
 * new NumpySerializer(NpyDType.FLOAT32).serialize(List.of(1.5, 2.5));         // <f4, shape (2,)
 * }</pre>
 *
 * <p>Accepts an {@link NpyArray} (written as it is, as Python writes an {@code ndarray} without
 * applying {@code dtype}); primitive arrays and their 2-D forms, collections and object arrays of
 * numbers nested to any depth, or a single number (converted as by
 * {@link NpyArray#fromNested(Object)}, then to {@code dtype} when one is set, as
 * {@code np.array(data, dtype)}); an {@link InputStream} (read to its end, not closed) or a
 * {@code byte[]}, both taken to be {@code .npy} already. Empty arrays are rejected, as in Python.
 */
public final class NumpySerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = Npy.CONTENT_TYPE;

    private static final String ACCEPTED = "NpyArray, a primitive array or 2-D array, a List (nested) of numbers,"
            + " a number, InputStream or byte[]";

    private final NpyDType dtype;

    /** Creates a serializer that keeps the dtype of the data, with content type {@code application/x-npy}. */
    public NumpySerializer() {
        this(null, CONTENT_TYPE);
    }

    /**
     * Creates a serializer that converts Java arrays and lists to a dtype.
     *
     * @param dtype the dtype to convert to, or {@code null} to keep the data's own
     */
    public NumpySerializer(NpyDType dtype) {
        this(dtype, CONTENT_TYPE);
    }

    /**
     * Creates a serializer with a dtype and another content type.
     *
     * @param dtype       the dtype to convert to, or {@code null} to keep the data's own
     * @param contentType the MIME type to send
     */
    public NumpySerializer(NpyDType dtype, String contentType) {
        super(contentType);
        this.dtype = dtype;
    }

    /**
     * The dtype Java arrays and lists are converted to, if any.
     *
     * @return the dtype, or empty to keep the data's own
     */
    public Optional<NpyDType> dtype() {
        return Optional.ofNullable(dtype);
    }

    @Override
    public byte[] serialize(Object data) {
        byte[] raw = Payloads.asIs(data, false);
        if (raw != null) {
            return raw;
        }
        NpyArray array;
        if (data instanceof NpyArray) {
            array = (NpyArray) data;
        } else if (Payloads.isSequence(data) || data instanceof Number || data instanceof Boolean) {
            array = NpyArray.fromNested(data);
            if (dtype != null) {
                array = array.astype(dtype);
            }
        } else {
            throw Payloads.unsupported(data, "NumpySerializer", ACCEPTED);
        }
        if (array.size() == 0) {
            throw new ValidationException("data", array.toString(), "Cannot serialize empty array (NumpySerializer)",
                    "pass at least one value");
        }
        return Npy.toBytes(array);
    }

    /** The class name, dtype and content type. */
    @Override
    public String toString() {
        return "NumpySerializer[dtype=" + (dtype == null ? "None" : dtype.descr()) + ", contentType=" + contentType()
                + "]";
    }
}
