/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowsTest {
    static final long[] LONGS = {0, 1, -1, 63, 64, -64, -65, 127, 128, 1_000_003, -1_000_003, Integer.MAX_VALUE,
        Integer.MIN_VALUE, 999_999_999_999_999_999L, -999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
        Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
    static final double[] DOUBLES = {0.0, -0.0, 1.5, -1.5, 0.1, 1.0 / 3, 2e-3, 1e-3, 1e7, 1e-7, 1e23, 2e23,
        123456.33333333333, 2.82879384806159E17, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, 9007199254740993.0, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, Math.PI * 1e300};
    static final String[] TEXTS = {"", "1.50", "1", "-0", "+1", "01", "1e3", "NaN", "Infinity", " 1.5", "1.5E10",
        "-0.0", "9223372036854775808", "héllo ✓ 𝄞", "x".repeat(127), "y".repeat(128), "z".repeat(20_000)};

    @Test
    void cellForm_everyNumberAndEdgeValue_readsBackTheTextOfTheNumber() {
        List<String> expected = new ArrayList<>();
        List<Byte> kinds = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (long x : LONGS) {
            expected.add(Long.toString(x));
            kinds.add(Rows.LONG);
            numbers.add(x);
        }
        for (double x : DOUBLES) {
            expected.add(Double.toString(x));
            kinds.add(Rows.DOUBLE);
            numbers.add(Double.doubleToRawLongBits(x));
        }
        for (String s : TEXTS) {
            expected.add(s);
            kinds.add(Rows.TEXT);
            numbers.add(0L);
        }
        int width = expected.size();
        String[] values = new String[width];
        byte[] k = new byte[width];
        long[] n = new long[width + 3];
        for (int i = 0; i < width; i++) {
            values[i] = kinds.get(i) == Rows.TEXT ? expected.get(i) : "mark";
            k[i] = kinds.get(i);
            n[3 + i] = numbers.get(i);
        }
        Rows.Writer w = new Rows.Writer();
        byte[] row = w.row(7L, 8L, (byte) 0, w.body(values, k, n, 3));

        assertThat(Rows.values(row, width)).containsExactly(expected.toArray(new String[0]));
        assertThat(Rows.first(row)).isEqualTo(7L);
        assertThat(Rows.second(row)).isEqualTo(8L);
        assertThat(Rows.deleted(row)).isFalse();
        // the same texts in the text form read back the same strings
        assertThat(Rows.values(TextFormRows.encode(7L, 8L, (byte) 0, expected.toArray(new String[0])), width))
                .containsExactly(Rows.values(row, width));
    }

    @Test
    void cellForm_numbers_areSmallerThanTheirText() {
        String[] values = {"1", "2024-01-01T00:00:00.037Z", "mark", "mark", "mark", "mark", "mark", "mark", "tag-17",
            "DE"};
        byte[] kinds = {Rows.NUMBER_TEXT, Rows.TEXT, Rows.LONG, Rows.LONG, Rows.LONG, Rows.DOUBLE, Rows.DOUBLE,
            Rows.DOUBLE, Rows.TEXT, Rows.TEXT};
        long[] numbers = new long[10];
        String[] texts = values.clone();
        for (int i = 2; i < 8; i++) {
            numbers[i] = i < 5 ? 999_999L * i : Double.doubleToRawLongBits(999_999 / (double) i);
            texts[i] = i < 5 ? Long.toString(numbers[i]) : Double.toString(999_999 / (double) i);
        }
        Rows.Writer w = new Rows.Writer();
        byte[] row = w.row(1L, 0L, (byte) 0, w.body(values, kinds, numbers, 0));

        assertThat(Rows.values(row, 10)).containsExactly(texts);
        assertThat(row.length).isLessThan(TextFormRows.encode(1L, 0L, (byte) 0, texts).length * 3 / 4);
    }

    @Test
    void cellForm_manyFeaturesSparseAndNulls_keepsEveryIndex() {
        int width = 2500;
        String[] values = new String[width];
        byte[] kinds = new byte[width];
        long[] numbers = new long[width];
        String[] expected = new String[width];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < width; i++) {
            switch (random.nextInt(4)) {
                case 0 -> {
                    kinds[i] = Rows.LONG;
                    numbers[i] = random.nextLong();
                    values[i] = "mark";
                    expected[i] = Long.toString(numbers[i]);
                }
                case 1 -> {
                    kinds[i] = Rows.DOUBLE;
                    double d = Double.longBitsToDouble(random.nextLong());
                    numbers[i] = Double.doubleToRawLongBits(d);
                    values[i] = "mark";
                    expected[i] = Double.toString(d);
                }
                case 2 -> {
                    kinds[i] = Rows.TEXT;
                    values[i] = "v" + i;
                    expected[i] = values[i];
                }
                default -> {
                    // absent: a kind without a value
                    kinds[i] = Rows.LONG;
                }
            }
        }
        Rows.Writer w = new Rows.Writer();
        byte[] row = w.row(1L, 2L, Rows.SOFT_DELETED, w.body(values, kinds, numbers, 0));

        assertThat(Rows.values(row, width)).containsExactly(expected);
        assertThat(Rows.deleted(row)).isTrue();
        // a narrower reader (a feature index past its width) skips the rest
        assertThat(Rows.values(row, 10)).containsExactly(Arrays.copyOf(expected, 10));
    }

    @Test
    void textForm_writtenByTheOldEncoder_readsAsBefore() {
        String[] values = {"42", null, "1.50", "héllo", "", null, "-0.0"};
        byte[] old = TextFormRows.encode(5L, 6L, Rows.SOFT_DELETED, values);

        assertThat(Rows.values(old, values.length)).containsExactly(values);
        assertThat(Rows.first(old)).isEqualTo(5L);
        assertThat(Rows.second(old)).isEqualTo(6L);
        assertThat(Rows.deleted(old)).isTrue();
        assertThat(Rows.deleted(TextFormRows.encode(5L, 6L, (byte) 0, values))).isFalse();
    }

    @Test
    void encode_textValues_sameTextsAsTheOldEncoder() {
        String[] values = {"42", null, "1.50", "héllo", "", null, "-0.0"};

        assertThat(Rows.values(Rows.encode(1L, 2L, (byte) 1, values), values.length))
                .containsExactly(Rows.values(TextFormRows.encode(1L, 2L, (byte) 1, values), values.length));
        assertThat(Rows.deleted(Rows.encode(1L, 2L, (byte) 1, values))).isTrue();
    }

    @Test
    void stringSize_edgeValues_isTheLengthOfTheText() {
        for (long x : LONGS) {
            assertThat(LocalFeatureStore.stringSize(x)).as("%d", x).isEqualTo(Long.toString(x).length());
        }
        for (long p = 1; p > 0 && p < Long.MAX_VALUE / 10; p *= 10) {
            for (long x : new long[] {p - 1, p, p + 1, -p + 1, -p, -p - 1}) {
                assertThat(LocalFeatureStore.stringSize(x)).as("%d", x).isEqualTo(Long.toString(x).length());
            }
        }
    }
}
