/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable n-dimensional numeric array, as numpy's {@code ndarray} is written to and read from
 * a {@code .npy} file: a {@link NpyDType}, a shape, a Fortran-order flag and the element bytes.
 *
 * <pre>{@code
 * NpyArray a = NpyArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
 * a.shape();            // [2, 3]
 * a.getDouble(4);       // 5.0 (flat index, row-major as numpy's a.flat)
 * byte[] npy = Npy.toBytes(a);
 * NpyArray back = Npy.read(new ByteArrayInputStream(npy));
 * back.equals(a);       // true
 * }</pre>
 *
 * <p>Flat indexes are always in row-major (C) order, whatever {@link #fortranOrder()} says of the
 * storage, as numpy's {@code a.flat} is. Arrays hold at most {@value #MAX_BYTES} bytes (one Java
 * byte array). The array holds only heap memory and needs no closing.
 *
 * <p>Two arrays are {@link #equals(Object) equal} when their dtypes (byte order included), shapes
 * and element bit patterns in row-major order are the same; the storage order does not count.
 */
public final class NpyArray {

    /** The most element bytes one array can hold. */
    public static final int MAX_BYTES = Integer.MAX_VALUE - 8;

    private final NpyDType dtype;
    private final long[] shape;
    private final boolean fortranOrder;
    /** Heap buffer wrapping exactly the element bytes, in the dtype's byte order; never handed out writable. */
    private final ByteBuffer data;
    private final long size;

    NpyArray(NpyDType dtype, long[] shape, boolean fortranOrder, ByteBuffer data) {
        this.dtype = dtype;
        this.shape = shape;
        this.fortranOrder = fortranOrder && shape.length > 1;
        this.size = sizeOf(shape);
        this.data = data.order(dtype.byteOrder());
    }

    // ------------------------------------------------------------------------------------------
    // factories

    /**
     * A 1-D {@code float64} array holding a copy of the values.
     *
     * @param values the elements
     * @return the array
     */
    public static NpyArray of(double[] values) {
        Objects.requireNonNull(values, "values");
        ByteBuffer buf = allocate(NpyDType.FLOAT64, values.length);
        buf.asDoubleBuffer().put(values);
        return new NpyArray(NpyDType.FLOAT64, new long[] {values.length}, false, buf);
    }

    /**
     * A 2-D {@code float64} array of the rows, which must all have the same length.
     *
     * @param rows the rows
     * @return the array of shape {@code (rows.length, rows[0].length)}
     * @throws ValidationException if a row is {@code null} or the rows differ in length
     */
    public static NpyArray of(double[][] rows) {
        int cols = rectangular(rows);
        ByteBuffer buf = allocate(NpyDType.FLOAT64, (long) rows.length * cols);
        java.nio.DoubleBuffer view = buf.asDoubleBuffer();
        for (double[] row : rows) {
            view.put(row);
        }
        return new NpyArray(NpyDType.FLOAT64, new long[] {rows.length, cols}, false, buf);
    }

    /**
     * A 1-D {@code float32} array holding a copy of the values.
     *
     * @param values the elements
     * @return the array
     */
    public static NpyArray of(float[] values) {
        Objects.requireNonNull(values, "values");
        ByteBuffer buf = allocate(NpyDType.FLOAT32, values.length);
        buf.asFloatBuffer().put(values);
        return new NpyArray(NpyDType.FLOAT32, new long[] {values.length}, false, buf);
    }

    /**
     * A 2-D {@code float32} array of the rows, which must all have the same length.
     *
     * @param rows the rows
     * @return the array
     * @throws ValidationException if a row is {@code null} or the rows differ in length
     */
    public static NpyArray of(float[][] rows) {
        Objects.requireNonNull(rows, "rows");
        int cols = rows.length == 0 || rows[0] == null ? rectangular(rows) : rows[0].length;
        // the predictor's typed path builds one of these per call: rows are checked with .length and
        // joined with arraycopy, then put in one bulk copy (a put per short row cost more than the copy)
        float[] flat = new float[Math.multiplyExact(rows.length, cols)];
        for (int r = 0; r < rows.length; r++) {
            float[] row = rows[r];
            if (row == null || row.length != cols) {
                rectangular(rows);
            }
            System.arraycopy(row, 0, flat, r * cols, cols);
        }
        ByteBuffer buf = allocate(NpyDType.FLOAT32, flat.length);
        buf.asFloatBuffer().put(flat);
        return new NpyArray(NpyDType.FLOAT32, new long[] {rows.length, cols}, false, buf);
    }

    /**
     * A 1-D {@code int32} array holding a copy of the values.
     *
     * @param values the elements
     * @return the array
     */
    public static NpyArray of(int[] values) {
        Objects.requireNonNull(values, "values");
        ByteBuffer buf = allocate(NpyDType.INT32, values.length);
        buf.asIntBuffer().put(values);
        return new NpyArray(NpyDType.INT32, new long[] {values.length}, false, buf);
    }

    /**
     * A 2-D {@code int32} array of the rows, which must all have the same length.
     *
     * @param rows the rows
     * @return the array
     * @throws ValidationException if a row is {@code null} or the rows differ in length
     */
    public static NpyArray of(int[][] rows) {
        int cols = rectangular(rows);
        ByteBuffer buf = allocate(NpyDType.INT32, (long) rows.length * cols);
        java.nio.IntBuffer view = buf.asIntBuffer();
        for (int[] row : rows) {
            view.put(row);
        }
        return new NpyArray(NpyDType.INT32, new long[] {rows.length, cols}, false, buf);
    }

    /**
     * A 1-D {@code int64} array holding a copy of the values.
     *
     * @param values the elements
     * @return the array
     */
    public static NpyArray of(long[] values) {
        Objects.requireNonNull(values, "values");
        ByteBuffer buf = allocate(NpyDType.INT64, values.length);
        buf.asLongBuffer().put(values);
        return new NpyArray(NpyDType.INT64, new long[] {values.length}, false, buf);
    }

    /**
     * A 2-D {@code int64} array of the rows, which must all have the same length.
     *
     * @param rows the rows
     * @return the array
     * @throws ValidationException if a row is {@code null} or the rows differ in length
     */
    public static NpyArray of(long[][] rows) {
        int cols = rectangular(rows);
        ByteBuffer buf = allocate(NpyDType.INT64, (long) rows.length * cols);
        java.nio.LongBuffer view = buf.asLongBuffer();
        for (long[] row : rows) {
            view.put(row);
        }
        return new NpyArray(NpyDType.INT64, new long[] {rows.length, cols}, false, buf);
    }

    /**
     * A 1-D {@code int16} array holding a copy of the values.
     *
     * @param values the elements
     * @return the array
     */
    public static NpyArray of(short[] values) {
        Objects.requireNonNull(values, "values");
        ByteBuffer buf = allocate(NpyDType.INT16, values.length);
        buf.asShortBuffer().put(values);
        return new NpyArray(NpyDType.INT16, new long[] {values.length}, false, buf);
    }

    /**
     * A 2-D {@code int16} array of the rows, which must all have the same length.
     *
     * @param rows the rows
     * @return the array
     * @throws ValidationException if a row is {@code null} or the rows differ in length
     */
    public static NpyArray of(short[][] rows) {
        int cols = rectangular(rows);
        ByteBuffer buf = allocate(NpyDType.INT16, (long) rows.length * cols);
        java.nio.ShortBuffer view = buf.asShortBuffer();
        for (short[] row : rows) {
            view.put(row);
        }
        return new NpyArray(NpyDType.INT16, new long[] {rows.length, cols}, false, buf);
    }

    /**
     * A 1-D {@code int8} array holding a copy of the values (Java's {@code byte} is signed, as
     * {@code int8} is; use {@link #astype(NpyDType)} with {@link NpyDType#UINT8} for unsigned).
     *
     * @param values the elements
     * @return the array
     */
    public static NpyArray of(byte[] values) {
        Objects.requireNonNull(values, "values");
        ByteBuffer buf = allocate(NpyDType.INT8, values.length);
        buf.put(values).clear();
        return new NpyArray(NpyDType.INT8, new long[] {values.length}, false, buf);
    }

    /**
     * A 2-D {@code int8} array of the rows, which must all have the same length.
     *
     * @param rows the rows
     * @return the array
     * @throws ValidationException if a row is {@code null} or the rows differ in length
     */
    public static NpyArray of(byte[][] rows) {
        int cols = rectangular(rows);
        ByteBuffer buf = allocate(NpyDType.INT8, (long) rows.length * cols);
        for (byte[] row : rows) {
            buf.put(row);
        }
        buf.clear();
        return new NpyArray(NpyDType.INT8, new long[] {rows.length, cols}, false, buf);
    }

    /**
     * A 1-D {@code bool} array holding a copy of the values.
     *
     * @param values the elements
     * @return the array
     */
    public static NpyArray of(boolean[] values) {
        Objects.requireNonNull(values, "values");
        ByteBuffer buf = allocate(NpyDType.BOOL, values.length);
        for (int i = 0; i < values.length; i++) {
            buf.put(i, values[i] ? (byte) 1 : (byte) 0);
        }
        return new NpyArray(NpyDType.BOOL, new long[] {values.length}, false, buf);
    }

    /**
     * A 2-D {@code bool} array of the rows, which must all have the same length.
     *
     * @param rows the rows
     * @return the array
     * @throws ValidationException if a row is {@code null} or the rows differ in length
     */
    public static NpyArray of(boolean[][] rows) {
        int cols = rectangular(rows);
        ByteBuffer buf = allocate(NpyDType.BOOL, (long) rows.length * cols);
        int i = 0;
        for (boolean[] row : rows) {
            for (boolean v : row) {
                buf.put(i++, v ? (byte) 1 : (byte) 0);
            }
        }
        return new NpyArray(NpyDType.BOOL, new long[] {rows.length, cols}, false, buf);
    }

    /**
     * An array of any dtype from raw element bytes in row-major (C) order. The bytes from the
     * buffer's position to its limit are copied and read in the dtype's byte order, whatever the
     * buffer's own order is; the buffer is not changed.
     *
     * <pre>{@code
     * ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(1).putDouble(-2).flip();
     * NpyArray z = NpyArray.of(NpyDType.COMPLEX128, new long[0], b);   // 0-d: 1-2j
     * }</pre>
     *
     * @param dtype the element type
     * @param shape the shape; {@code new long[0]} for a 0-d (scalar) array
     * @param data  exactly {@code product(shape) * dtype.itemSize()} bytes
     * @return the array
     * @throws ValidationException if the shape has a negative dimension, or the byte count does
     *                             not match
     */
    public static NpyArray of(NpyDType dtype, long[] shape, ByteBuffer data) {
        return of(dtype, shape, false, data);
    }

    /**
     * An array of any dtype from raw element bytes, in Fortran (column-major) order when
     * {@code fortranOrder} is set, as numpy stores {@code np.asfortranarray(a)}.
     *
     * @param dtype        the element type
     * @param shape        the shape
     * @param fortranOrder whether the bytes are in column-major order
     * @param data         exactly {@code product(shape) * dtype.itemSize()} bytes
     * @return the array
     * @throws ValidationException if the shape has a negative dimension, or the byte count does
     *                             not match
     */
    public static NpyArray of(NpyDType dtype, long[] shape, boolean fortranOrder, ByteBuffer data) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        long[] copy = shape.clone();
        long bytes = byteCount(dtype, copy);
        if (data.remaining() != bytes) {
            throw new ValidationException("data", data.remaining() + " bytes",
                    "does not match shape " + shapeText(copy) + " of " + dtype.name() + ", which needs " + bytes
                            + " bytes",
                    "pass exactly product(shape) * " + dtype.itemSize() + " bytes");
        }
        byte[] bytesCopy = new byte[(int) bytes];
        data.duplicate().get(bytesCopy);
        return new NpyArray(dtype, copy, fortranOrder, ByteBuffer.wrap(bytesCopy));
    }

    /**
     * An array over the bytes of {@code data} without copying them, as numpy's {@code frombuffer}:
     * for code that already holds the element bytes in a buffer of its own, such as a copy of a
     * model's output tensor. The caller hands the bytes over and must not change them afterwards. A
     * buffer that is not a heap buffer holding exactly the element bytes (array offset 0, position 0,
     * limit at the end of its array) is copied, as {@link #of(NpyDType, long[], ByteBuffer)} does.
     *
     * @param dtype the element type
     * @param shape the shape
     * @param data  exactly {@code product(shape) * dtype.itemSize()} bytes in the dtype's byte order
     * @return the array
     * @throws ValidationException if the shape has a negative dimension, or the byte count does
     *                             not match
     */
    public static NpyArray wrap(NpyDType dtype, long[] shape, ByteBuffer data) {
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        boolean whole = data.hasArray() && !data.isReadOnly() && data.arrayOffset() == 0 && data.position() == 0
                && data.limit() == data.array().length;
        if (!whole || data.remaining() != byteCount(dtype, shape)) {
            return of(dtype, shape, data); // copies, or names the byte count the shape needs
        }
        return new NpyArray(dtype, shape.clone(), false, data);
    }

    /**
     * An array from nested Java sequences, as {@code np.array(list)} builds one from nested
     * lists. Sequences are {@link java.util.Collection}s, object arrays and primitive arrays;
     * leaves are {@link Number}s and {@link Boolean}s. The dtype is the narrowest that holds
     * every leaf, by numpy's promotion rules on the Java types: {@code Boolean} → bool,
     * {@code Byte/Short/Integer/Long} → int8/16/32/64, {@code Float} → float32,
     * {@code Double}, {@code BigDecimal} and integers beyond {@code long} → float64; an empty
     * array is float64 unless a primitive array says otherwise.
     *
     * <pre>{@code
     * NpyArray.fromNested(List.of(List.of(1, 2), List.of(3, 4)));  // int32, shape (2, 2)
     * NpyArray.fromNested(List.of(1, 2.5));                        // float64, shape (2,)
     * NpyArray.fromNested(7L);                                     // int64, shape ()
     * }</pre>
     *
     * @param nested a number, boolean, or nested sequences of them with equal lengths at each level
     * @return the array
     * @throws ValidationException naming the element path (e.g. {@code data[1][0]}) when the
     *                             sequences are ragged, or a leaf is {@code null} or not a number
     */
    public static NpyArray fromNested(Object nested) {
        return NestedArrays.build(nested);
    }

    // ------------------------------------------------------------------------------------------
    // accessors

    /**
     * The element type.
     *
     * @return the dtype
     */
    public NpyDType dtype() {
        return dtype;
    }

    /**
     * A copy of the shape; empty for a 0-d array.
     *
     * @return the dimensions
     */
    public long[] shape() {
        return shape.clone();
    }

    /**
     * The shape as ints (every dimension fits, as arrays hold at most {@value #MAX_BYTES} bytes).
     *
     * @return the dimensions
     */
    public int[] intShape() {
        int[] out = new int[shape.length];
        for (int i = 0; i < shape.length; i++) {
            out[i] = (int) shape[i];
        }
        return out;
    }

    /**
     * The number of dimensions; 0 for a scalar.
     *
     * @return the rank
     */
    public int ndim() {
        return shape.length;
    }

    /**
     * The number of elements (1 for a 0-d array).
     *
     * @return the element count
     */
    public long size() {
        return size;
    }

    /**
     * Whether the elements are stored column-major. Always {@code false} for arrays of fewer than
     * two dimensions, where both orders are the same.
     *
     * @return the storage order flag
     */
    public boolean fortranOrder() {
        return fortranOrder;
    }

    /**
     * A read-only view of the element bytes, in storage order (see {@link #fortranOrder()}) and
     * in the dtype's byte order.
     *
     * @return the bytes, position 0
     */
    public ByteBuffer data() {
        return data.asReadOnlyBuffer().order(dtype.byteOrder());
    }

    /**
     * The element at a row-major flat index as a double: booleans are 0 or 1, unsigned integers
     * keep their unsigned value, int64 and uint64 round to the nearest double.
     *
     * @param flatIndex index in {@code 0 .. size()-1}, row-major
     * @return the value
     * @throws IndexOutOfBoundsException if the index is outside the array
     * @throws ValidationException       for complex arrays, where this would drop the imaginary
     *                                   part (use {@link #getReal} and {@link #getImag})
     */
    public double getDouble(long flatIndex) {
        rejectComplex("getDouble");
        return realAt(byteOffset(flatIndex));
    }

    /**
     * The element at a row-major flat index as a long: integers exactly (a {@code uint64} above
     * {@link Long#MAX_VALUE} comes back as its two's-complement bits, readable with
     * {@link Long#toUnsignedString(long)}), booleans 0 or 1, floats truncated toward zero as a
     * Java {@code (long)} cast does (NaN gives 0).
     *
     * @param flatIndex index in {@code 0 .. size()-1}, row-major
     * @return the value
     * @throws IndexOutOfBoundsException if the index is outside the array
     * @throws ValidationException       for complex arrays
     */
    public long getLong(long flatIndex) {
        rejectComplex("getLong");
        return longAt(byteOffset(flatIndex));
    }

    /**
     * The element at a row-major flat index as a boolean: non-zero (NaN included) is
     * {@code true}, as numpy's {@code astype(bool)}.
     *
     * @param flatIndex index in {@code 0 .. size()-1}, row-major
     * @return the truth value
     * @throws IndexOutOfBoundsException if the index is outside the array
     */
    public boolean getBoolean(long flatIndex) {
        return booleanAt(byteOffset(flatIndex));
    }

    /**
     * The real part of the element at a row-major flat index; for real arrays the same as
     * {@link #getDouble(long)}.
     *
     * @param flatIndex index in {@code 0 .. size()-1}, row-major
     * @return the real part
     * @throws IndexOutOfBoundsException if the index is outside the array
     */
    public double getReal(long flatIndex) {
        return realAt(byteOffset(flatIndex));
    }

    /**
     * The imaginary part of the element at a row-major flat index; 0 for real arrays.
     *
     * @param flatIndex index in {@code 0 .. size()-1}, row-major
     * @return the imaginary part
     * @throws IndexOutOfBoundsException if the index is outside the array
     */
    public double getImag(long flatIndex) {
        return imagAt(byteOffset(flatIndex));
    }

    /**
     * All elements in row-major order as doubles (see {@link #getDouble(long)}).
     *
     * @return a new array of {@link #size()} values
     * @throws ValidationException for complex arrays
     */
    public double[] toDoubleArray() {
        rejectComplex("toDoubleArray");
        NpyArray c = toCOrder();
        double[] out = new double[(int) size];
        int item = dtype.itemSize();
        for (int i = 0; i < out.length; i++) {
            out[i] = c.realAt(i * item);
        }
        return out;
    }

    /**
     * All elements in row-major order as floats, each rounded from its double value.
     *
     * @return a new array of {@link #size()} values
     * @throws ValidationException for complex arrays
     */
    public float[] toFloatArray() {
        rejectComplex("toFloatArray");
        NpyArray c = toCOrder();
        float[] out = new float[(int) size];
        int item = dtype.itemSize();
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) c.realAt(i * item);
        }
        return out;
    }

    /**
     * All elements in row-major order as longs (see {@link #getLong(long)}).
     *
     * @return a new array of {@link #size()} values
     * @throws ValidationException for complex arrays
     */
    public long[] toLongArray() {
        rejectComplex("toLongArray");
        NpyArray c = toCOrder();
        long[] out = new long[(int) size];
        int item = dtype.itemSize();
        for (int i = 0; i < out.length; i++) {
            out[i] = c.longAt(i * item);
        }
        return out;
    }

    /**
     * All elements in row-major order as ints, each as {@link #getLong(long)} gives it.
     *
     * @return a new array of {@link #size()} values
     * @throws ValidationException for complex arrays, or when a value does not fit in an int
     *                             (narrow it on purpose with {@code astype(NpyDType.INT32)})
     */
    public int[] toIntArray() {
        long[] longs = toLongArray();
        int[] out = new int[longs.length];
        for (int i = 0; i < longs.length; i++) {
            long v = longs[i];
            if (v != (int) v) {
                throw new ValidationException("flatIndex " + i, dtype.isUnsigned() && dtype.itemSize() == 8
                        ? Long.toUnsignedString(v) : Long.toString(v),
                        "does not fit in a Java int", "use toLongArray(), or astype(NpyDType.INT32) to wrap on purpose");
            }
            out[i] = (int) v;
        }
        return out;
    }

    /**
     * The elements of a 2-D array as rows of doubles.
     *
     * @return {@code shape[0]} rows of {@code shape[1]} values
     * @throws ValidationException if the array is not 2-D, or is complex
     */
    public double[][] toDouble2D() {
        if (shape.length != 2) {
            throw new ValidationException("shape", shapeText(shape), "is not 2-D",
                    "use toDoubleArray() for other ranks, or reshape(rows, cols) first");
        }
        double[] flat = toDoubleArray();
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(flat, r * cols, r * cols + cols);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // conversions

    /**
     * This array with its elements converted to another dtype, as numpy's {@code astype} with
     * its default unsafe casting: integers wrap to the narrower width, floats are truncated toward
     * zero into integers, complex numbers lose their imaginary part when made real, non-zero
     * becomes {@code true}. Also changes byte order ({@code astype(dtype().withByteOrder(..))}).
     *
     * @param target the dtype of the result
     * @return this array when nothing changes, else a new row-major array
     */
    public NpyArray astype(NpyDType target) {
        Objects.requireNonNull(target, "target");
        if (target.equals(dtype) && !fortranOrder) {
            return this;
        }
        NpyArray c = toCOrder();
        ByteBuffer out = allocate(target, size);
        NpyElements.cast(dtype, c.data, target, out, size);
        return new NpyArray(target, shape.clone(), false, out);
    }

    /**
     * This array with the same elements in row-major storage, as {@code np.ascontiguousarray}.
     *
     * @return this array when it is already row-major, else a copy
     */
    public NpyArray toCOrder() {
        if (!fortranOrder) {
            return this;
        }
        byte[] dst = NpyShapes.fortranToC(data.array(), shape, size, dtype.itemSize());
        return new NpyArray(dtype, shape.clone(), false, ByteBuffer.wrap(dst));
    }

    /**
     * The same elements in a new shape, read and laid out in row-major order as numpy's
     * {@code reshape}. One dimension may be {@code -1}, meaning whatever is left.
     *
     * @param newShape the dimensions
     * @return the reshaped array
     * @throws ValidationException if the sizes do not match
     */
    public NpyArray reshape(long... newShape) {
        Objects.requireNonNull(newShape, "newShape");
        long[] dims = NpyShapes.resolveReshape(newShape, size, shape);
        // the row-major bytes are the reshaped array's bytes: only a Fortran-order array is copied
        NpyArray c = toCOrder();
        return new NpyArray(dtype, dims, false, c.data);
    }

    // ------------------------------------------------------------------------------------------
    // equality

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NpyArray)) {
            return false;
        }
        NpyArray other = (NpyArray) o;
        return dtype.equals(other.dtype)
                && Arrays.equals(shape, other.shape)
                && Arrays.equals(toCOrder().data.array(), other.toCOrder().data.array());
    }

    @Override
    public int hashCode() {
        return (dtype.hashCode() * 31 + Arrays.hashCode(shape)) * 31 + Arrays.hashCode(toCOrder().data.array());
    }

    /** Dtype, shape, order and the first few values, for logs and test failures. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NpyArray[dtype=").append(dtype.descr())
                .append(", shape=").append(shapeText(shape));
        if (fortranOrder) {
            sb.append(", fortranOrder=true");
        }
        sb.append(", values=[");
        long shown = Math.min(size, 10);
        for (long i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(elementText(i));
        }
        if (shown < size) {
            sb.append(", ...");
        }
        return sb.append("]]").toString();
    }

    // ------------------------------------------------------------------------------------------
    // internals

    /** The shape as numpy prints it: {@code ()}, {@code (5,)}, {@code (2, 3)}. */
    static String shapeText(long[] shape) {
        return NpyShapes.shapeText(shape);
    }

    /** The element bytes backing this array (package use only: never handed out). */
    byte[] rawBytes() {
        return data.array();
    }

    /** The number of elements of a shape; see {@link NpyShapes#sizeOf}. */
    static long sizeOf(long[] shape) {
        return NpyShapes.sizeOf(shape);
    }

    /** Validates a shape and returns its byte count for a dtype. */
    static long byteCount(NpyDType dtype, long[] shape) {
        return NpyShapes.byteCount(dtype, shape);
    }

    static ByteBuffer allocate(NpyDType dtype, long count) {
        long bytes = byteCount(dtype, new long[] {count});
        return ByteBuffer.wrap(new byte[(int) bytes]).order(dtype.byteOrder());
    }

    private static int rectangular(Object[] rows) {
        return NpyShapes.rectangular(rows);
    }

    private void rejectComplex(String method) {
        if (dtype.isComplex()) {
            throw new ValidationException("dtype", dtype.name(),
                    method + " would drop the imaginary part of a complex array",
                    "use getReal(i) and getImag(i), or astype(NpyDType.FLOAT64) to drop it on purpose");
        }
    }

    /** The byte offset of a row-major flat index in this array's storage order. */
    private int byteOffset(long flatIndex) {
        Objects.checkIndex(flatIndex, size);
        long storage = fortranOrder ? NpyShapes.fortranIndex(shape, flatIndex) : flatIndex;
        // fits an int: every factory bounds the element bytes by MAX_BYTES
        return (int) (storage * dtype.itemSize());
    }

    private double realAt(int b) {
        return NpyElements.real(dtype, data, b);
    }

    private double imagAt(int b) {
        return NpyElements.imag(dtype, data, b);
    }

    private long longAt(int b) {
        return NpyElements.integral(dtype, data, b);
    }

    private boolean booleanAt(int b) {
        return NpyElements.truth(dtype, data, b);
    }

    private String elementText(long flatIndex) {
        return NpyElements.text(dtype, data, byteOffset(flatIndex));
    }
}
