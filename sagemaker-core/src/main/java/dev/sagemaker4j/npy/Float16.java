/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

/**
 * IEEE 754 binary16 ("half", numpy {@code float16}) conversions. {@code Float.float16ToFloat}
 * arrives only in Java 20, so this is written out here; rounding is to nearest, ties to even, as
 * numpy's {@code npy_double_to_half} does, and NaN payloads are kept.
 */
final class Float16 {
    private Float16() {
    }

    /** Converts half bits to the float of exactly the same value (every half is a float). */
    static float toFloat(short half) {
        int h = half & 0xFFFF;
        int sign = (h & 0x8000) << 16;
        int exp = (h >>> 10) & 0x1F;
        int mant = h & 0x3FF;
        if (exp == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F80_0000 | (mant << 13));
        }
        if (exp == 0) {
            if (mant == 0) {
                return Float.intBitsToFloat(sign);
            }
            float magnitude = mant * 0x1p-24f;
            return sign != 0 ? -magnitude : magnitude;
        }
        return Float.intBitsToFloat(sign | ((exp - 15 + 127) << 23) | (mant << 13));
    }

    /** Rounds a float to the nearest half (ties to even). */
    static short fromFloat(float value) {
        return fromDouble(value);
    }

    /** Rounds a double to the nearest half (ties to even), without rounding twice through float. */
    static short fromDouble(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int sign = (int) ((bits >>> 48) & 0x8000);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & 0x000F_FFFF_FFFF_FFFFL;
        if (exp == 0x7FF) {
            if (mant == 0) {
                return (short) (sign | 0x7C00);
            }
            int payload = (int) (mant >>> 42);
            return (short) (sign | 0x7C00 | (payload == 0 ? 1 : payload));
        }
        if (exp == 0) {
            // double zero or subnormal: far below the smallest half subnormal
            return (short) sign;
        }
        int e = exp - 1023;
        if (e > 15) {
            return (short) (sign | 0x7C00);
        }
        if (e >= -14) {
            int h = ((e + 15) << 10) | (int) (mant >>> 42);
            long rem = mant & ((1L << 42) - 1);
            long halfway = 1L << 41;
            if (rem > halfway || (rem == halfway && (h & 1) == 1)) {
                h++; // a carry into the exponent is right, up to and including infinity
            }
            return (short) (sign | h);
        }
        // half subnormal: value / 2^-24, rounded
        int shift = 28 - e;
        if (shift > 53) {
            return (short) sign;
        }
        long sig = mant | (1L << 52);
        long q = sig >>> shift;
        long rem = sig & ((1L << shift) - 1);
        long halfway = 1L << (shift - 1);
        if (rem > halfway || (rem == halfway && (q & 1) == 1)) {
            q++;
        }
        return (short) (sign | (int) q);
    }
}
