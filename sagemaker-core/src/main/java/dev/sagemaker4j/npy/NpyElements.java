/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import java.nio.ByteBuffer;

/**
 * Reading and writing one element of each dtype at a byte offset of a buffer already set to the
 * dtype's byte order. Every read switches on the dtype's kind code ({@code b i u f c}) and item size;
 * the conversions between kinds follow numpy's unsafe casting, which {@link NpyArray#astype} documents.
 */
final class NpyElements {
    private static final double TWO_POW_63 = 0x1p63;

    private NpyElements() {
    }

    /** The element (the real part of a complex one) as a double. */
    static double real(NpyDType dtype, ByteBuffer data, int b) {
        int item = dtype.itemSize();
        switch (dtype.code()) {
            case 'b':
                return data.get(b) != 0 ? 1 : 0;
            case 'i':
                return integral(dtype, data, b);
            case 'u':
                // a uint64 above Long.MAX_VALUE must not come back negative
                return item == 8 ? unsignedToDouble(data.getLong(b)) : integral(dtype, data, b);
            case 'f':
                if (item == 2) {
                    return Float16.toFloat(data.getShort(b));
                }
                return item == 4 ? data.getFloat(b) : data.getDouble(b);
            default: // 'c': the real part comes first
                return item == 8 ? data.getFloat(b) : data.getDouble(b);
        }
    }

    /** The imaginary part of a complex element, 0 for any other. */
    static double imag(NpyDType dtype, ByteBuffer data, int b) {
        if (!dtype.isComplex()) {
            return 0;
        }
        return dtype.itemSize() == 8 ? data.getFloat(b + 4) : data.getDouble(b + 8);
    }

    /**
     * The element as a long: integers exactly (unsigned ones zero-extended, a uint64 as its bits),
     * booleans 0 or 1, floating point truncated toward zero.
     */
    static long integral(NpyDType dtype, ByteBuffer data, int b) {
        int item = dtype.itemSize();
        switch (dtype.code()) {
            case 'b':
                return data.get(b) != 0 ? 1 : 0;
            case 'i':
                switch (item) {
                    case 1:
                        return data.get(b);
                    case 2:
                        return data.getShort(b);
                    case 4:
                        return data.getInt(b);
                    default:
                        return data.getLong(b);
                }
            case 'u':
                switch (item) {
                    case 1:
                        return data.get(b) & 0xFFL;
                    case 2:
                        return data.getShort(b) & 0xFFFFL;
                    case 4:
                        return data.getInt(b) & 0xFFFF_FFFFL;
                    default:
                        return data.getLong(b);
                }
            default:
                return (long) real(dtype, data, b);
        }
    }

    /** Non-zero is true; a complex element is true when either part is non-zero (NaN counts). */
    static boolean truth(NpyDType dtype, ByteBuffer data, int b) {
        // the integral read is exact: a double would lose int64 bits, and bits are what count here
        if (dtype.isBool() || dtype.isInteger()) {
            return integral(dtype, data, b) != 0;
        }
        return real(dtype, data, b) != 0 || imag(dtype, data, b) != 0;
    }

    /** The element as numpy prints it: {@code True}, {@code 3}, {@code 1.5}, {@code (1.0-2.0j)}. */
    static String text(NpyDType dtype, ByteBuffer data, int b) {
        switch (dtype.code()) {
            case 'b':
                return integral(dtype, data, b) != 0 ? "True" : "False";
            case 'i':
                return Long.toString(integral(dtype, data, b));
            case 'u':
                return Long.toUnsignedString(integral(dtype, data, b));
            case 'f':
                // a float32 printed as a double would show digits the value never had
                return dtype.itemSize() == 8 ? Double.toString(real(dtype, data, b))
                        : Float.toString((float) real(dtype, data, b));
            default:
                double re = real(dtype, data, b);
                double im = imag(dtype, data, b);
                return "(" + re + (im >= 0 || Double.isNaN(im) ? "+" : "") + im + "j)";
        }
    }

    /** A uint64's bits as the nearest double. */
    static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // halve (keeping the low bit for correct rounding), convert, double
        return ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** A double truncated toward zero into the bits of an integer of the target type. */
    static long doubleToIntegralBits(double d, NpyDType target) {
        // (long) saturates at 2^63 - 1: a uint64 in [2^63, 2^64) is shifted down, cast, and shifted back
        if (target.isUnsigned() && target.itemSize() == 8 && d >= TWO_POW_63) {
            return (long) (d - TWO_POW_63) + Long.MIN_VALUE;
        }
        return (long) d;
    }

    /** Writes the low bytes of {@code v} as an integer (or bool) of the target's width: wraps, as numpy does. */
    static void putIntegral(ByteBuffer out, int b, NpyDType target, long v) {
        switch (target.itemSize()) {
            case 1:
                out.put(b, (byte) v);
                break;
            case 2:
                out.putShort(b, (short) v);
                break;
            case 4:
                out.putInt(b, (int) v);
                break;
            default:
                out.putLong(b, v);
        }
    }

    /** Writes a floating-point or complex element; {@code im} is dropped unless the target is complex. */
    static void putFloating(ByteBuffer out, int b, NpyDType target, double re, double im) {
        int item = target.itemSize();
        if (target.isComplex()) {
            if (item == 8) {
                out.putFloat(b, (float) re);
                out.putFloat(b + 4, (float) im);
            } else {
                out.putDouble(b, re);
                out.putDouble(b + 8, im);
            }
        } else if (item == 2) {
            out.putShort(b, Float16.fromDouble(re));
        } else if (item == 4) {
            out.putFloat(b, (float) re);
        } else {
            out.putDouble(b, re);
        }
    }

    /**
     * Converts {@code count} row-major elements to the target dtype. Integral sources go through
     * {@link #integral} so that int64 values keep every bit, which a double would round away.
     */
    static void cast(NpyDType source, ByteBuffer in, NpyDType target, ByteBuffer out, long count) {
        int inItem = source.itemSize();
        int outItem = target.itemSize();
        boolean integralSource = source.isBool() || source.isInteger();
        for (int i = 0; i < count; i++) {
            int src = i * inItem;
            int dst = i * outItem;
            if (target.isComplex() || target.isFloatingPoint()) {
                putFloating(out, dst, target, real(source, in, src), imag(source, in, src));
            } else if (target.isBool()) {
                out.put(dst, truth(source, in, src) ? (byte) 1 : (byte) 0);
            } else if (integralSource) {
                putIntegral(out, dst, target, integral(source, in, src));
            } else {
                putIntegral(out, dst, target, doubleToIntegralBits(real(source, in, src), target));
            }
        }
    }
}
