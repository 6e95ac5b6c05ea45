/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A numeric numpy dtype as the {@code .npy} format spells it in its {@code descr} field: kind,
 * item size and byte order. Every number type the format carries is here: {@code bool}
 * ({@code |b1}), {@code int8..int64} ({@code i1..i8}), {@code uint8..uint64} ({@code u1..u8}),
 * {@code float16/32/64} ({@code f2, f4, f8}) and {@code complex64/128} ({@code c8, c16}), in
 * either byte order.
 *
 * <p>The constants are little-endian, the order numpy writes on every common platform; use
 * {@link #withByteOrder(ByteOrder)} for big-endian. Instances are immutable and compare by kind,
 * size and byte order (byte order is ignored for one-byte types, which numpy writes with
 * {@code |}).
 *
 * <pre>{@code
 * NpyDType f8 = NpyDType.of("<f8");              // same as NpyDType.FLOAT64
 * NpyDType be = NpyDType.of("float32").withByteOrder(ByteOrder.BIG_ENDIAN);
 * be.descr();                                    // ">f4"
 * }</pre>
 *
 * <p>Long double ({@code f16}, {@code c32}), text, datetime, structured and object (pickled)
 * dtypes are rejected by {@link #of(String)} with a {@link ValidationException} that says why.
 */
public final class NpyDType {

    /** The kind of number, in numpy's one-letter codes. */
    private enum Type {
        BOOL("bool", 'b', 1),
        INT8("int8", 'i', 1),
        INT16("int16", 'i', 2),
        INT32("int32", 'i', 4),
        INT64("int64", 'i', 8),
        UINT8("uint8", 'u', 1),
        UINT16("uint16", 'u', 2),
        UINT32("uint32", 'u', 4),
        UINT64("uint64", 'u', 8),
        FLOAT16("float16", 'f', 2),
        FLOAT32("float32", 'f', 4),
        FLOAT64("float64", 'f', 8),
        COMPLEX64("complex64", 'c', 8),
        COMPLEX128("complex128", 'c', 16);

        final String numpyName;
        final char code;
        final int size;

        Type(String numpyName, char code, int size) {
            this.numpyName = numpyName;
            this.code = code;
            this.size = size;
        }
    }

    /** numpy {@code bool}, descr {@code |b1}. */
    public static final NpyDType BOOL = new NpyDType(Type.BOOL, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code int8}, descr {@code |i1}. */
    public static final NpyDType INT8 = new NpyDType(Type.INT8, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code int16}, descr {@code <i2}. */
    public static final NpyDType INT16 = new NpyDType(Type.INT16, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code int32}, descr {@code <i4}. */
    public static final NpyDType INT32 = new NpyDType(Type.INT32, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code int64}, descr {@code <i8}. */
    public static final NpyDType INT64 = new NpyDType(Type.INT64, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code uint8}, descr {@code |u1}. */
    public static final NpyDType UINT8 = new NpyDType(Type.UINT8, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code uint16}, descr {@code <u2}. */
    public static final NpyDType UINT16 = new NpyDType(Type.UINT16, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code uint32}, descr {@code <u4}. */
    public static final NpyDType UINT32 = new NpyDType(Type.UINT32, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code uint64}, descr {@code <u8}. */
    public static final NpyDType UINT64 = new NpyDType(Type.UINT64, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code float16} (IEEE half precision), descr {@code <f2}. */
    public static final NpyDType FLOAT16 = new NpyDType(Type.FLOAT16, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code float32}, descr {@code <f4}. */
    public static final NpyDType FLOAT32 = new NpyDType(Type.FLOAT32, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code float64}, descr {@code <f8}. */
    public static final NpyDType FLOAT64 = new NpyDType(Type.FLOAT64, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code complex64} (two float32), descr {@code <c8}. */
    public static final NpyDType COMPLEX64 = new NpyDType(Type.COMPLEX64, ByteOrder.LITTLE_ENDIAN);
    /** numpy {@code complex128} (two float64), descr {@code <c16}. */
    public static final NpyDType COMPLEX128 = new NpyDType(Type.COMPLEX128, ByteOrder.LITTLE_ENDIAN);

    private static final NpyDType[] ALL = {
        BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64,
        FLOAT16, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128,
    };

    private static final Map<String, NpyDType> ALIASES = Map.ofEntries(
            Map.entry("bool_", BOOL),
            Map.entry("float", FLOAT64),
            Map.entry("double", FLOAT64),
            Map.entry("single", FLOAT32),
            Map.entry("half", FLOAT16),
            Map.entry("int", INT64),
            Map.entry("complex", COMPLEX128));

    private static final String SUPPORTED = "one of bool, int8, int16, int32, int64, uint8, uint16, uint32,"
            + " uint64, float16, float32, float64, complex64, complex128, or a descr such as '<f8', '>i4', '|u1'";

    private final Type type;
    private final ByteOrder order;

    private NpyDType(Type type, ByteOrder order) {
        this.type = type;
        this.order = type.size == 1 ? ByteOrder.nativeOrder() : order;
    }

    /**
     * Parses a numpy dtype name ({@code "float32"}, {@code "uint8"}, {@code "bool"}, also
     * {@code "float"}, {@code "double"}, {@code "int"}) or an {@code .npy} descr with an optional
     * byte-order character ({@code "<f8"}, {@code ">i4"}, {@code "|b1"}, {@code "=u2"},
     * {@code "c16"}); without one, or with {@code =} or {@code |}, the platform's native order is
     * used, as numpy does.
     *
     * @param dtype the name or descr
     * @return the dtype
     * @throws ValidationException if the text names no numeric dtype, or one the format allows but
     *                             Java cannot represent (long double), or a non-numeric one
     *                             (object, text, datetime, structured)
     */
    public static NpyDType of(String dtype) {
        if (dtype == null || dtype.isBlank()) {
            throw new ValidationException("dtype", dtype, "is empty", "pass " + SUPPORTED);
        }
        String text = dtype.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        for (NpyDType candidate : ALL) {
            if (candidate.type.numpyName.equals(lower)) {
                return candidate;
            }
        }
        NpyDType alias = ALIASES.get(lower);
        if (alias != null) {
            return alias;
        }
        return parseDescr(dtype, text);
    }

    private static NpyDType parseDescr(String original, String text) {
        ByteOrder order = ByteOrder.nativeOrder();
        String rest = text;
        char first = text.charAt(0);
        if (first == '<' || first == '>' || first == '|' || first == '=') {
            if (first == '<') {
                order = ByteOrder.LITTLE_ENDIAN;
            } else if (first == '>') {
                order = ByteOrder.BIG_ENDIAN;
            }
            rest = text.substring(1);
        }
        if (rest.isEmpty()) {
            throw new ValidationException("dtype", original, "has a byte order but no type", "pass " + SUPPORTED);
        }
        char code = rest.charAt(0);
        String digits = rest.substring(1);
        rejectUnsupportedKind(original, code, digits);
        if (code == '?' && digits.isEmpty()) {
            return BOOL;
        }
        int size;
        try {
            size = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new ValidationException("dtype", original, "is not a numpy dtype name or .npy descr",
                    "pass " + SUPPORTED, e);
        }
        for (Type t : Type.values()) {
            if (t.code == code && t.size == size) {
                return new NpyDType(t, order).canonical();
            }
        }
        throw new ValidationException("dtype", original, "is not a numeric type the .npy format defines",
                "pass " + SUPPORTED);
    }

    private static void rejectUnsupportedKind(String original, char code, String digits) {
        boolean longDouble = code == 'g' || code == 'G'
                || (code == 'f' && (digits.equals("16") || digits.equals("12") || digits.equals("10")))
                || (code == 'c' && (digits.equals("32") || digits.equals("24") || digits.equals("20")));
        if (longDouble) {
            throw new ValidationException("dtype", original,
                    "is numpy's long double, which is not supported: it is the platform's 80-bit x87 extended"
                            + " precision padded to 12 or 16 bytes (or IEEE quad on some machines), so its bytes"
                            + " mean different numbers on different platforms and Java has no such type",
                    "convert it in Python before saving, e.g. a.astype(np.float64) or a.astype(np.complex128)");
        }
        switch (code) {
            case 'O':
                throw new ValidationException("dtype", original,
                        "is an object array, which is not supported: its data is a Python pickle, which only a"
                                + " Python interpreter can read and which can run code when loaded (numpy itself"
                                + " refuses it unless allow_pickle=True)",
                        "save a numeric array instead, e.g. np.asarray(a, dtype=np.float64)");
            case 'U':
            case 'S':
            case 'a':
                throw new ValidationException("dtype", original,
                        "is a numpy text/bytes dtype, which is not supported: NpyArray holds numbers only",
                        "send text with JSONSerializer or CSVSerializer instead");
            case 'M':
            case 'm':
                throw new ValidationException("dtype", original,
                        "is a numpy datetime64/timedelta64 dtype, which is not supported: NpyArray holds numbers"
                                + " only",
                        "convert it in Python first, e.g. a.astype('datetime64[ns]').astype(np.int64)");
            case 'V':
                throw new ValidationException("dtype", original,
                        "is a numpy void/structured dtype, which is not supported: NpyArray holds one number type",
                        "save each field as its own array, or use Arrow (ArrowSerializer) for tables");
            default:
                // numeric or unknown: decided by the caller
        }
    }

    private NpyDType canonical() {
        for (NpyDType c : ALL) {
            if (c.equals(this)) {
                return c;
            }
        }
        return this;
    }

    /**
     * This dtype in the given byte order. One-byte types have no byte order and come back as they
     * are.
     *
     * @param byteOrder {@link ByteOrder#LITTLE_ENDIAN} or {@link ByteOrder#BIG_ENDIAN}
     * @return the dtype with that order
     */
    public NpyDType withByteOrder(ByteOrder byteOrder) {
        Objects.requireNonNull(byteOrder, "byteOrder");
        if (type.size == 1 || byteOrder.equals(order)) {
            return this;
        }
        return new NpyDType(type, byteOrder).canonical();
    }

    /**
     * The descr the {@code .npy} header carries: {@code <f8}, {@code >i4}, {@code |u1}.
     *
     * @return the descr
     */
    public String descr() {
        char orderChar = type.size == 1 ? '|' : (order.equals(ByteOrder.LITTLE_ENDIAN) ? '<' : '>');
        return "" + orderChar + type.code + type.size;
    }

    /**
     * numpy's name of the type, without byte order: {@code float64}, {@code uint8}, {@code bool}.
     *
     * @return the name
     */
    public String name() {
        return type.numpyName;
    }

    /**
     * Bytes per element (16 for {@code complex128}).
     *
     * @return the item size
     */
    public int itemSize() {
        return type.size;
    }

    /**
     * The byte order of the elements; for one-byte types, where order does not apply, the
     * platform's native order.
     *
     * @return the byte order
     */
    public ByteOrder byteOrder() {
        return order;
    }

    /**
     * Whether this is {@code bool}.
     *
     * @return {@code true} for bool
     */
    public boolean isBool() {
        return type == Type.BOOL;
    }

    /**
     * Whether this is a signed or unsigned integer type.
     *
     * @return {@code true} for {@code int8..int64} and {@code uint8..uint64}
     */
    public boolean isInteger() {
        return type.code == 'i' || type.code == 'u';
    }

    /**
     * Whether this is an unsigned integer type.
     *
     * @return {@code true} for {@code uint8..uint64}
     */
    public boolean isUnsigned() {
        return type.code == 'u';
    }

    /**
     * Whether this is a real floating-point type.
     *
     * @return {@code true} for {@code float16}, {@code float32}, {@code float64}
     */
    public boolean isFloatingPoint() {
        return type.code == 'f';
    }

    /**
     * Whether this is a complex type.
     *
     * @return {@code true} for {@code complex64} and {@code complex128}
     */
    public boolean isComplex() {
        return type.code == 'c';
    }

    /** The kind code ('b', 'i', 'u', 'f', 'c'), for the array's element access. */
    char code() {
        return type.code;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NpyDType)) {
            return false;
        }
        NpyDType other = (NpyDType) o;
        return type == other.type && (type.size == 1 || order.equals(other.order));
    }

    @Override
    public int hashCode() {
        return type.ordinal() * 2 + (type.size == 1 || order.equals(ByteOrder.LITTLE_ENDIAN) ? 0 : 1);
    }

    /** Returns the descr, e.g. {@code <f8}. */
    @Override
    public String toString() {
        return descr();
    }
}
