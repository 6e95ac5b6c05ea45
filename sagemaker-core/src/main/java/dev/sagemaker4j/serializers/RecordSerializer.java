/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.recordio.RecordIO;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Writes a matrix as RecordIO-protobuf ({@code application/x-recordio-protobuf}), as
 * {@code sagemaker.serializers.RecordSerializer}: one {@code Record} per row, the row a dense tensor under
 * feature {@code "values"} ({@link RecordIO#writeDenseTensor(java.io.OutputStream, NpyArray)}, Python's
 * {@code write_numpy_to_dense_tensor}); a 1-D array is one row. The bytes are the Python SDK's. For the
 * Amazon algorithms (linear learner, k-means, PCA, factorization machines, ...).
 *
 * <pre>{@code
 * predictor.serializer(new RecordSerializer());
 * predictor.predict(new float[][] {{1.5f, 2f}, {3f, 4f}});   // float32 tensors, as np.float32 arrays
 * }</pre>
 *
 * <p>Accepts an {@link NpyArray}, primitive arrays and their 2-D forms, and collections or object arrays of
 * numbers (converted as by {@link NpyArray#fromNested(Object)}): float32, float64 or integer data (see
 * {@link RecordIO} for the types).
 */
public final class RecordSerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = RecordIO.CONTENT_TYPE;

    private static final String ACCEPTED = "NpyArray, a primitive array or 2-D array, a List (nested) of numbers";

    /** Creates a serializer with content type {@code application/x-recordio-protobuf}. */
    public RecordSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates a serializer with another content type ({@code content_type}, default
     * {@code "application/x-recordio-protobuf"}).
     *
     * @param contentType the MIME type to send
     */
    public RecordSerializer(String contentType) {
        super(contentType);
    }

    /**
     * Serializes a vector or matrix into RecordIO records, as Python's {@code serialize(data)}.
     *
     * @param data a 1-D or 2-D array of numbers
     * @return the records
     * @throws ValidationException if the data is not 1-D or 2-D, or its type is not supported
     */
    @Override
    public byte[] serialize(Object data) {
        NpyArray array;
        if (data instanceof NpyArray) {
            array = (NpyArray) data;
        } else if (Payloads.isSequence(data)) {
            array = NpyArray.fromNested(data);
        } else {
            throw Payloads.unsupported(data, "RecordSerializer", ACCEPTED);
        }
        if (array.ndim() == 1) {
            array = array.reshape(1, array.shape()[0]);
        }
        if (array.ndim() != 2) {
            throw new ValidationException("data", Arrays.toString(array.shape()),
                    "Expected a 1D or 2D array, but got a " + array.ndim() + "D array instead.",
                    "pass a vector (one record) or a matrix (one record per row)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordIO.writeDenseTensor(out, array);
        return out.toByteArray();
    }
}
