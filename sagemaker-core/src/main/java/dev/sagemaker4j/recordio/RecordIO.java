/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.recordio;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writing and reading RecordIO-protobuf, as the Python SDK's {@code sagemaker.amazon.common}
 * ({@code serializer_utils}): each record is framed by the magic number {@code 0xced7230a} and its length
 * (both little-endian 32-bit, as Python's {@code struct.pack("I", ...)} writes them on the hosts SageMaker
 * runs), then the record's bytes, padded with zeros to a multiple of 4 bytes. The tensor writers put one
 * {@link Record} per row of a matrix, with the row under feature {@code "values"} and its label, when given,
 * under label {@code "values"}; the bytes are the Python SDK's for the same data.
 *
 * <p>Types, as Python's {@code _resolve_type}: float32 arrays give a {@code Float32Tensor}, float64 a
 * {@code Float64Tensor}, and integer arrays an {@code Int32Tensor} (Python takes only {@code int}, numpy's
 * int64; Java's {@code int[]}, int32, is taken too); an int64 value outside int32 is an error, as the protobuf
 * runtime's. Other dtypes are rejected.
 *
 * <pre>{@code
 * RecordIO.writeDenseTensor(out, NpyArray.of(new float[][] {{1, 2}, {3, 4}}), NpyArray.of(new double[] {0, 1}));
 * RecordIO.writeSparseTensor(out, CsrMatrix.fromDense(dense), labels);
 * List<Record> records = RecordIO.readRecords(in);
 * }</pre>
 */
public final class RecordIO {
    /** The magic number that starts each record. */
    public static final int MAGIC = 0xCED7230A;
    /** The content type of RecordIO-protobuf bodies. */
    public static final String CONTENT_TYPE = "application/x-recordio-protobuf";

    private static final byte[] PADDING = new byte[3];

    private RecordIO() {
    }

    /**
     * Writes each row of a matrix as a record with a dense tensor, as Python's
     * {@code write_numpy_to_dense_tensor(file, array)}.
     *
     * @param out   where to write (not closed)
     * @param array a 2-D float32, float64 or integer array
     * @throws ValidationException if the array is not a matrix or its dtype is not supported
     * @throws StorageException    if writing fails
     */
    public static void writeDenseTensor(OutputStream out, NpyArray array) {
        writeDenseTensor(out, array, null);
    }

    /**
     * Writes each row of a matrix as a record with a dense tensor and its label, as Python's
     * {@code write_numpy_to_dense_tensor(file, array, labels=None)}.
     *
     * @param out    where to write (not closed)
     * @param array  a 2-D float32, float64 or integer array
     * @param labels a 1-D array with one label per row, or {@code null} for none
     * @throws ValidationException if the array is not a matrix, the labels not one per row, or a dtype not
     *                             supported
     * @throws StorageException    if writing fails
     */
    public static void writeDenseTensor(OutputStream out, NpyArray array, NpyArray labels) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(array, "array");
        if (array.ndim() != 2) {
            throw new ValidationException("array", Arrays.toString(array.shape()), "Array must be a Matrix",
                    "pass a 2-D array, one record per row");
        }
        int rows = (int) array.shape()[0];
        int cols = (int) array.shape()[1];
        checkLabels(labels, rows);
        RecordValue.Kind kind = resolveType("array", array);
        RecordValue.Kind labelKind = labels == null ? null : resolveType("labels", labels);
        NpyArray c = array.toCOrder();
        for (int r = 0; r < rows; r++) {
            Record.Builder record = Record.builder();
            record.feature("values", cols == 0 ? RecordValue.empty()
                    : RecordValue.tensor(kind, slice(c, kind, (long) r * cols, cols), null, null));
            if (labels != null) {
                record.label("values", RecordValue.tensor(labelKind, slice(labels, labelKind, r, 1), null, null));
            }
            writeRecord(out, record.build().toByteArray());
        }
    }

    /**
     * Writes each row of a sparse matrix as a record with a sparse tensor (values, their columns as keys, and
     * the number of columns as shape), as Python's {@code write_spmatrix_to_sparse_tensor(file, array)}.
     *
     * @param out    where to write (not closed)
     * @param matrix the matrix
     * @throws ValidationException if its dtype is not supported
     * @throws StorageException    if writing fails
     */
    public static void writeSparseTensor(OutputStream out, CsrMatrix matrix) {
        writeSparseTensor(out, matrix, null);
    }

    /**
     * Writes each row of a sparse matrix as a record with a sparse tensor and its label, as Python's
     * {@code write_spmatrix_to_sparse_tensor(file, array, labels=None)}.
     *
     * @param out    where to write (not closed)
     * @param matrix the matrix
     * @param labels a 1-D array with one label per row, or {@code null} for none
     * @throws ValidationException if the labels are not one per row, or a dtype is not supported
     * @throws StorageException    if writing fails
     */
    public static void writeSparseTensor(OutputStream out, CsrMatrix matrix, NpyArray labels) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(matrix, "matrix");
        int rows = (int) matrix.rows();
        checkLabels(labels, rows);
        RecordValue.Kind kind = resolveType("array", matrix.data());
        RecordValue.Kind labelKind = labels == null ? null : resolveType("labels", labels);
        long[] shape = {matrix.columns()};
        for (int r = 0; r < rows; r++) {
            int start = matrix.rowStart(r);
            int end = matrix.rowEnd(r);
            long[] keys = new long[end - start];
            for (int i = start; i < end; i++) {
                keys[i - start] = matrix.indexAt(i);
            }
            Record.Builder record = Record.builder()
                    .feature("values", RecordValue.tensor(kind, slice(matrix.data(), kind, start, end - start), keys,
                            shape));
            if (labels != null) {
                record.label("values", RecordValue.tensor(labelKind, slice(labels, labelKind, r, 1), null, null));
            }
            writeRecord(out, record.build().toByteArray());
        }
    }

    /**
     * Writes one RecordIO record, as Python's {@code _write_recordio(f, data)}: magic, length, the data, and
     * zeros to a multiple of 4 bytes.
     *
     * @param out  where to write (not closed)
     * @param data the record's bytes, e.g. {@link Record#toByteArray()}
     * @throws StorageException if writing fails
     */
    public static void writeRecord(OutputStream out, byte[] data) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(data, "data");
        ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(MAGIC).putInt(data.length);
        int pad = ((data.length + 3) >>> 2 << 2) - data.length;
        try {
            out.write(header.array());
            out.write(data);
            out.write(PADDING, 0, pad);
        } catch (IOException e) {
            throw new StorageException("out", "writing a RecordIO record failed: " + e.getMessage(), false, e);
        }
    }

    /**
     * Reads the records of a RecordIO stream to its end, as Python's {@code read_recordio(f)}: the bytes of
     * each, without framing and padding.
     *
     * @param in the stream (read to its end, not closed)
     * @return the records' bytes, in order
     * @throws ValidationException if a record does not start with the magic number or is cut short
     * @throws StorageException    if reading fails
     */
    public static List<byte[]> readRecordIO(InputStream in) {
        Objects.requireNonNull(in, "in");
        List<byte[]> records = new ArrayList<>();
        try {
            long offset = 0;
            while (true) {
                byte[] header = in.readNBytes(8);
                if (header.length < 4) {
                    if (header.length == 0) {
                        return records;
                    }
                    throw malformed(offset, "ends " + header.length + " bytes into a record's magic number");
                }
                ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
                int magic = h.getInt();
                if (magic != MAGIC) {
                    throw malformed(offset, String.format("starts with 0x%08x, not the magic number 0xced7230a",
                            magic));
                }
                if (header.length < 8) {
                    throw malformed(offset, "ends inside a record's length");
                }
                long length = Integer.toUnsignedLong(h.getInt());
                if (length > Integer.MAX_VALUE - 8) {
                    throw malformed(offset, "has a record of " + length + " bytes, more than a Java array holds");
                }
                byte[] data = in.readNBytes((int) length);
                if (data.length < length) {
                    throw malformed(offset, "ends after " + data.length + " of the record's " + length + " bytes");
                }
                records.add(data);
                int pad = (int) (((length + 3) >>> 2 << 2) - length);
                in.readNBytes(pad); // Python reads the padding without checking it
                offset += 8 + length + pad;
            }
        } catch (IOException e) {
            throw new StorageException("in", "reading RecordIO failed: " + e.getMessage(), false, e);
        }
    }

    /**
     * Reads the records of a RecordIO-protobuf stream to its end, as Python's {@code read_records(file)}.
     *
     * @param in the stream (read to its end, not closed)
     * @return the records, in order
     * @throws ValidationException if the framing is broken or a record is not a valid {@code Record}
     * @throws StorageException    if reading fails
     */
    public static List<Record> readRecords(InputStream in) {
        List<Record> records = new ArrayList<>();
        for (byte[] data : readRecordIO(in)) {
            records.add(Record.parseFrom(data));
        }
        return records;
    }

    private static ValidationException malformed(long offset, String problem) {
        return new ValidationException("in", "byte " + offset, "is not RecordIO: the stream " + problem,
                "pass the bytes RecordIO.writeRecord (Python's _write_recordio) writes");
    }

    private static void checkLabels(NpyArray labels, int rows) {
        if (labels == null) {
            return;
        }
        if (labels.ndim() != 1) {
            throw new ValidationException("labels", Arrays.toString(labels.shape()), "Labels must be a Vector",
                    "pass a 1-D array, one label per row");
        }
        if (labels.size() != rows) {
            throw new ValidationException("labels", Arrays.toString(labels.shape()),
                    "Label shape not compatible with array shape: " + labels.size() + " labels for " + rows
                            + " rows", "pass one label per row");
        }
    }

    static RecordValue.Kind resolveType(String field, NpyArray array) {
        NpyDType t = array.dtype();
        if (t.isFloatingPoint() && t.itemSize() == 4) {
            return RecordValue.Kind.FLOAT32_TENSOR;
        }
        if (t.isFloatingPoint() && t.itemSize() == 8) {
            return RecordValue.Kind.FLOAT64_TENSOR;
        }
        if (t.isInteger() && !t.isUnsigned() && (t.itemSize() == 4 || t.itemSize() == 8)) {
            return RecordValue.Kind.INT32_TENSOR;
        }
        throw new ValidationException(field, t.descr(), "Unsupported dtype " + t.name() + " on array",
                "pass float32, float64, int64 or int32 values (astype(...) converts)");
    }

    /** Elements [start, start + count) of a C-order array, as a 1-D array of the tensor's dtype. */
    static NpyArray slice(NpyArray array, RecordValue.Kind kind, long start, int count) {
        ByteBuffer out;
        switch (kind) {
            case FLOAT32_TENSOR:
                out = ByteBuffer.allocate(count * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < count; i++) {
                    out.putFloat((float) array.getDouble(start + i));
                }
                break;
            case FLOAT64_TENSOR:
                out = ByteBuffer.allocate(count * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < count; i++) {
                    out.putDouble(array.getDouble(start + i));
                }
                break;
            default:
                out = ByteBuffer.allocate(count * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < count; i++) {
                    long v = array.getLong(start + i);
                    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                        throw new ValidationException("array", v, "Value out of range: an Int32Tensor holds int32",
                                "pass values from -2147483648 to 2147483647, or a float array");
                    }
                    out.putInt((int) v);
                }
                break;
        }
        out.flip();
        return NpyArray.of(RecordValue.dtypeOf(kind), new long[] {count}, out);
    }
}
