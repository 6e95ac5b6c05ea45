/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.recordio;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A sparse matrix in compressed sparse row form, as {@code scipy.sparse.csr_matrix} holds it: the stored
 * values ({@code data}), the column of each ({@code indices}), where each row starts in them ({@code indptr},
 * one more than the rows) and the shape. What {@link RecordIO#writeSparseTensor(java.io.OutputStream,
 * CsrMatrix, NpyArray)} writes, as Python's {@code write_spmatrix_to_sparse_tensor}. Immutable.
 *
 * <pre>{@code
 * CsrMatrix m = CsrMatrix.fromDense(NpyArray.of(new double[][] {{0, 1.5, 0}, {2, 0, 0}}));  // csr_matrix(dense)
 * CsrMatrix same = CsrMatrix.builder().data(NpyArray.of(new double[] {1.5, 2}))
 *         .indices(new long[] {1, 0}).indptr(new long[] {0, 1, 2}).shape(2, 3).build();
 * }</pre>
 */
public final class CsrMatrix {
    private final NpyArray data;
    private final long[] indices;
    private final long[] indptr;
    private final long rows;
    private final long columns;

    private CsrMatrix(NpyArray data, long[] indices, long[] indptr, long rows, long columns) {
        this.data = data;
        this.indices = indices;
        this.indptr = indptr;
        this.rows = rows;
        this.columns = columns;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The non-zero values of a dense 2-D array, as {@code scipy.sparse.csr_matrix(dense)}: row by row, in
     * column order, keeping the array's dtype.
     *
     * @param dense a 2-D array
     * @return the sparse matrix
     * @throws ValidationException if the array is not 2-D
     */
    public static CsrMatrix fromDense(NpyArray dense) {
        Objects.requireNonNull(dense, "dense");
        if (dense.ndim() != 2) {
            throw new ValidationException("dense", Arrays.toString(dense.shape()), "is not a matrix (2-D array)",
                    "pass a 2-D array");
        }
        long rows = dense.shape()[0];
        long cols = dense.shape()[1];
        NpyArray c = dense.toCOrder();
        long[] indptr = new long[(int) rows + 1];
        long nonZero = 0;
        for (long i = 0; i < c.size(); i++) {
            if (nonZero(c, i)) {
                nonZero++;
            }
        }
        long[] indices = new long[(int) nonZero];
        int itemSize = c.dtype().itemSize();
        ByteBuffer values = ByteBuffer.allocate((int) nonZero * itemSize).order(c.dtype().byteOrder());
        ByteBuffer source = c.data();
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int col = 0; col < cols; col++) {
                long flat = (long) r * cols + col;
                if (nonZero(c, flat)) {
                    indices[k++] = col;
                    for (int b = 0; b < itemSize; b++) {
                        values.put(source.get((int) flat * itemSize + b));
                    }
                }
            }
            indptr[r + 1] = k;
        }
        values.flip();
        return new CsrMatrix(NpyArray.of(c.dtype(), new long[] {nonZero}, values), indices, indptr, rows, cols);
    }

    private static boolean nonZero(NpyArray a, long flat) {
        return a.dtype().isFloatingPoint() ? a.getDouble(flat) != 0 : a.getLong(flat) != 0;
    }

    /**
     * The stored values, a 1-D array.
     *
     * @return the values
     */
    public NpyArray data() {
        return data;
    }

    /**
     * The column of each stored value.
     *
     * @return a copy of the indices
     */
    public long[] indices() {
        return indices.clone();
    }

    /**
     * Where each row's values start in {@link #data()}; the last element is the number of values.
     *
     * @return a copy of the row pointers
     */
    public long[] indptr() {
        return indptr.clone();
    }

    /**
     * The shape, rows and columns.
     *
     * @return {@code {rows, columns}}
     */
    public long[] shape() {
        return new long[] {rows, columns};
    }

    /**
     * The dtype of the values.
     *
     * @return the dtype
     */
    public NpyDType dtype() {
        return data.dtype();
    }

    int rowStart(int row) {
        return (int) indptr[row];
    }

    int rowEnd(int row) {
        return (int) indptr[row + 1];
    }

    long indexAt(int i) {
        return indices[i];
    }

    long rows() {
        return rows;
    }

    long columns() {
        return columns;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CsrMatrix)) {
            return false;
        }
        CsrMatrix other = (CsrMatrix) o;
        return rows == other.rows && columns == other.columns && data.equals(other.data)
                && Arrays.equals(indices, other.indices) && Arrays.equals(indptr, other.indptr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, Arrays.hashCode(indices), Arrays.hashCode(indptr), rows, columns);
    }

    /** The shape, dtype and number of stored values. */
    @Override
    public String toString() {
        return "CsrMatrix[shape=(" + rows + ", " + columns + "), dtype=" + data.dtype().descr() + ", nnz="
                + data.size() + "]";
    }

    /** Builds a {@link CsrMatrix} from its arrays. */
    public static final class Builder {
        private NpyArray data;
        private long[] indices;
        private long[] indptr;
        private long rows = -1;
        private long columns = -1;

        private Builder() {
        }

        /**
         * Sets the stored values ({@code data}).
         *
         * @param data a 1-D array
         * @return this builder
         */
        public Builder data(NpyArray data) {
            this.data = data;
            return this;
        }

        /**
         * Sets the column of each stored value ({@code indices}).
         *
         * @param indices one column per value
         * @return this builder
         */
        public Builder indices(long[] indices) {
            this.indices = indices == null ? null : indices.clone();
            return this;
        }

        /**
         * Sets where each row starts ({@code indptr}): rows + 1 non-decreasing offsets from 0 to the number of
         * values.
         *
         * @param indptr the row pointers
         * @return this builder
         */
        public Builder indptr(long[] indptr) {
            this.indptr = indptr == null ? null : indptr.clone();
            return this;
        }

        /**
         * Sets the shape ({@code shape}).
         *
         * @param rows    the number of rows
         * @param columns the number of columns
         * @return this builder
         */
        public Builder shape(long rows, long columns) {
            this.rows = rows;
            this.columns = columns;
            return this;
        }

        /**
         * Builds the matrix.
         *
         * @return the matrix
         * @throws ValidationException if the arrays do not fit together
         */
        public CsrMatrix build() {
            if (data == null || data.ndim() != 1) {
                throw new ValidationException("data", data == null ? null : Arrays.toString(data.shape()),
                        "is not a 1-D array", "pass the stored values as a 1-D array");
            }
            if (rows < 0 || columns < 0) {
                throw new ValidationException("shape", "(" + rows + ", " + columns + ")", "is not set",
                        "call shape(rows, columns)");
            }
            if (indices == null || indices.length != data.size()) {
                throw new ValidationException("indices", indices == null ? null : Arrays.toString(indices),
                        "does not hold one column per value (" + data.size() + ")", "give one column per value");
            }
            if (indptr == null || indptr.length != rows + 1 || indptr[0] != 0 || indptr[(int) rows] != data.size()) {
                throw new ValidationException("indptr", indptr == null ? null : Arrays.toString(indptr),
                        "is not rows + 1 offsets from 0 to " + data.size(),
                        "give " + (rows + 1) + " non-decreasing offsets, the first 0 and the last the number of values");
            }
            for (int i = 0; i < rows; i++) {
                if (indptr[i + 1] < indptr[i]) {
                    throw new ValidationException("indptr", Arrays.toString(indptr), "decreases at row " + i,
                            "give non-decreasing offsets");
                }
            }
            for (long c : indices) {
                if (c < 0 || c >= columns) {
                    throw new ValidationException("indices", c, "is not a column of a matrix with " + columns
                            + " columns", "give columns from 0 to " + (columns - 1));
                }
            }
            return new CsrMatrix(data, indices, indptr, rows, columns);
        }
    }
}
