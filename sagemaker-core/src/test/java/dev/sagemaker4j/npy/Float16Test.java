/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Float16Test {

    @Test
    void toFloat_thenFromFloat_returnsEveryNonNanHalfUnchanged() {
        for (int bits = 0; bits <= 0xFFFF; bits++) {
            if ((bits & 0x7C00) == 0x7C00 && (bits & 0x03FF) != 0) {
                continue; // NaN, below
            }
            short half = (short) bits;
            float f = Float16.toFloat(half);
            assertThat(Float16.fromFloat(f) & 0xFFFF).as("half 0x%04x via %s", bits, f).isEqualTo(bits);
        }
    }

    @Test
    void toFloat_thenFromFloat_keepsNanSignAndPayload() {
        // The JVM may set the quiet bit (0x0200) of a signalling NaN that passes through a float,
        // so the payload is compared with that bit set on both sides.
        for (int bits = 0x7C01; bits <= 0x7FFF; bits++) {
            for (int sign : new int[] {0, 0x8000}) {
                short half = (short) (sign | bits);
                float f = Float16.toFloat(half);
                assertThat(f).isNaN();
                assertThat((Float16.fromFloat(f) | 0x0200) & 0xFFFF).as("half 0x%04x", half & 0xFFFF)
                        .isEqualTo(sign | bits | 0x0200);
            }
        }
    }

    @Test
    void toFloat_knownBitPatterns_giveIeeeValues() {
        assertThat(Float16.toFloat((short) 0x3C00)).isEqualTo(1.0f);
        assertThat(Float16.toFloat((short) 0xC000)).isEqualTo(-2.0f);
        assertThat(Float16.toFloat((short) 0x7BFF)).isEqualTo(65504.0f);
        assertThat(Float16.toFloat((short) 0x0001)).isEqualTo(0x1p-24f);
        assertThat(Float16.toFloat((short) 0x03FF)).isEqualTo(1023 * 0x1p-24f);
        assertThat(Float16.toFloat((short) 0x0400)).isEqualTo(0x1p-14f);
        assertThat(Float16.toFloat((short) 0x7C00)).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(Float16.toFloat((short) 0xFC00)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(Float16.toFloat((short) 0x7E00)).isNaN();
        assertThat(Float.floatToRawIntBits(Float16.toFloat((short) 0x8000))).isEqualTo(0x8000_0000);
    }

    @Test
    void fromDouble_roundsToNearestEven() {
        // 1 + 2^-11 lies exactly between 1.0 (0x3C00, even) and the next half 0x3C01
        assertThat(Float16.fromDouble(1 + 0x1p-11)).isEqualTo((short) 0x3C00);
        // 1 + 3 * 2^-11 lies between 0x3C01 (odd) and 0x3C02 (even)
        assertThat(Float16.fromDouble(1 + 3 * 0x1p-11)).isEqualTo((short) 0x3C02);
        assertThat(Float16.fromDouble(0.1)).isEqualTo((short) 0x2E66);
        assertThat(Float16.fromDouble(65519.99)).isEqualTo((short) 0x7BFF);
        assertThat(Float16.fromDouble(65520)).isEqualTo((short) 0x7C00);
        assertThat(Float16.fromDouble(-1e10)).isEqualTo((short) 0xFC00);
    }

    @Test
    void fromDouble_subnormalsAndUnderflow_roundCorrectly() {
        assertThat(Float16.fromDouble(0x1p-24)).isEqualTo((short) 0x0001);
        assertThat(Float16.fromDouble(0x1p-25)).as("tie between 0 and the smallest subnormal").isEqualTo((short) 0);
        assertThat(Float16.fromDouble(0x1.8p-25)).isEqualTo((short) 0x0001);
        assertThat(Float16.fromDouble(0x1p-26)).isEqualTo((short) 0);
        assertThat(Float16.fromDouble(-0x1p-30)).isEqualTo((short) 0x8000);
        assertThat(Float16.fromDouble(1023.5 * 0x1p-24)).as("rounds up into the smallest normal")
                .isEqualTo((short) 0x0400);
    }

    @Test
    void fromDouble_doesNotRoundTwiceThroughFloat() {
        // float(1 + 2^-11 + 2^-40) is 1 + 2^-11, a tie that would round down to 0x3C00
        double value = 1 + 0x1p-11 + 0x1p-40;
        assertThat(Float16.fromFloat((float) value)).isEqualTo((short) 0x3C00);
        assertThat(Float16.fromDouble(value)).isEqualTo((short) 0x3C01);
    }

    @Test
    void fromDouble_nan_staysNan() {
        short half = Float16.fromDouble(Double.NaN);
        assertThat(half & 0x7C00).isEqualTo(0x7C00);
        assertThat(half & 0x03FF).isNotZero();
        assertThat(Float16.fromDouble(Double.longBitsToDouble(0x7FF0_0000_0000_0001L)) & 0x03FF)
                .as("a payload below the half's mantissa must not turn NaN into infinity").isNotZero();
    }
}
