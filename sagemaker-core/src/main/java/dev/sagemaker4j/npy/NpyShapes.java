/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.lang.reflect.Array;
import java.util.Objects;

/**
 * Shape and index arithmetic of {@link NpyArray}: sizes and byte counts (bounded by
 * {@link NpyArray#MAX_BYTES}), numpy's shape text, {@code reshape}'s {@code -1}, and the mapping
 * between row-major flat indexes and Fortran-order storage.
 */
final class NpyShapes {
    private NpyShapes() {
    }

    /** The shape as numpy prints it: {@code ()}, {@code (5,)}, {@code (2, 3)}. */
    static String shapeText(long[] shape) {
        // numpy's one-tuple keeps its comma, so that (5,) is not read as a parenthesised 5
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** The number of elements; 1 for a 0-d shape. The shape must have passed {@link #byteCount}. */
    static long sizeOf(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** Validates a shape and returns its byte count for a dtype. */
    static long byteCount(NpyDType dtype, long[] shape) {
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new ValidationException("shape", shapeText(shape), "has a negative dimension",
                        "use dimensions >= 0");
            }
            // saturate instead of overflowing: a hostile header's (2^40, 2^40) must not wrap to a small count;
            // a later 0 dimension still brings it back to 0, as the true product is
            if (d != 0 && n > NpyArray.MAX_BYTES / d) {
                n = Long.MAX_VALUE;
            } else {
                n *= d;
            }
        }
        if (n > NpyArray.MAX_BYTES / dtype.itemSize()) {
            throw new ValidationException("shape", shapeText(shape),
                    "needs more than " + NpyArray.MAX_BYTES + " bytes of " + dtype.name(),
                    "split the array; one NpyArray holds at most " + NpyArray.MAX_BYTES + " bytes");
        }
        return n * dtype.itemSize();
    }

    /**
     * The column count of rows that must all have the same length.
     *
     * @throws ValidationException naming the first null or ragged row
     */
    static int rectangular(Object[] rows) {
        Objects.requireNonNull(rows, "rows");
        if (rows.length == 0) {
            return 0;
        }
        int cols = -1;
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                throw new ValidationException("rows[" + r + "]", null, "is null", "pass a row of values");
            }
            int len = Array.getLength(rows[r]);
            if (cols < 0) {
                cols = len;
            } else if (len != cols) {
                throw new ValidationException("rows[" + r + "]", len + " values",
                        "differs in length from rows[0], which has " + cols,
                        "give every row the same number of values");
            }
        }
        return cols;
    }

    /** Fortran-order strides in elements: the first axis fastest. */
    private static long[] fortranStrides(long[] shape) {
        long[] stride = new long[shape.length];
        long s = 1;
        for (int k = 0; k < shape.length; k++) {
            stride[k] = s;
            s *= shape[k];
        }
        return stride;
    }

    /** The Fortran-order storage index of a row-major flat index (already checked against the size). */
    static long fortranIndex(long[] shape, long flatIndex) {
        long[] stride = fortranStrides(shape);
        long storage = 0;
        long rem = flatIndex;
        // peel the row-major digits off, last axis first, and weigh each by its Fortran stride
        for (int k = shape.length - 1; k >= 0; k--) {
            long idx = rem % shape[k];
            rem /= shape[k];
            storage += idx * stride[k];
        }
        return storage;
    }

    /**
     * The element bytes of a Fortran-order array rewritten in row-major order. One pass in output
     * order; the source offset follows an odometer instead of a division per element.
     */
    static byte[] fortranToC(byte[] src, long[] shape, long size, int item) {
        byte[] dst = new byte[src.length];
        int n = shape.length;
        long[] fStride = fortranStrides(shape);
        long[] index = new long[n];
        long fOffset = 0;
        for (long c = 0; c < size; c++) {
            System.arraycopy(src, (int) (fOffset * item), dst, (int) (c * item), item);
            // advance the row-major odometer, last axis fastest
            for (int k = n - 1; k >= 0; k--) {
                index[k]++;
                fOffset += fStride[k];
                if (index[k] < shape[k]) {
                    break;
                }
                // this axis wrapped: take back its whole run and carry into the next one
                fOffset -= index[k] * fStride[k];
                index[k] = 0;
            }
        }
        return dst;
    }

    /**
     * {@code reshape}'s new shape with its {@code -1} (if any) filled in.
     *
     * @throws ValidationException if a dimension is negative or the product is not {@code size}
     */
    static long[] resolveReshape(long[] newShape, long size, long[] oldShape) {
        long[] dims = newShape.clone();
        int unknown = -1;
        long known = 1;
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == -1 && unknown < 0) {
                unknown = i;
            } else if (dims[i] < 0) {
                throw new ValidationException("newShape", shapeText(dims), "has a negative dimension",
                        "use non-negative dimensions and at most one -1");
            } else {
                known *= dims[i];
            }
        }
        if (unknown >= 0) {
            // a zero among the known dimensions leaves -1 undetermined
            if (known == 0 || size % known != 0) {
                throw new ValidationException("newShape", shapeText(dims),
                        "cannot hold the " + size + " elements of shape " + shapeText(oldShape),
                        "pick dimensions whose product is " + size);
            }
            dims[unknown] = size / known;
            known = size;
        }
        if (known != size) {
            throw new ValidationException("newShape", shapeText(dims),
                    "cannot hold the " + size + " elements of shape " + shapeText(oldShape),
                    "pick dimensions whose product is " + size);
        }
        return dims;
    }
}
