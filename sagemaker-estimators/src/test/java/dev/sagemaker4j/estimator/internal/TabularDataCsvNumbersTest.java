/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV reader's numbers are bit for bit what {@link Float#parseFloat} makes of each (trimmed) cell, for
 * every decimal form SageMaker's CSV takes; an empty cell is NaN (missing). Each case is one feature cell of a
 * row {@code 1,<cell>}, so it goes through the same line and cell scanning as training data.
 */
class TabularDataCsvNumbersTest {
    @TempDir
    Path tmp;

    /** The feature cells, parsed as training data (label 1 first). */
    private float[] read(List<String> cells) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (String cell : cells) {
            csv.append("1,").append(cell).append('\n');
        }
        Path file = Files.writeString(tmp.resolve("cells.csv"), csv, StandardCharsets.UTF_8);
        TabularData data = TabularData.readCsv("train", List.of(file), true, false);
        assertThat(data.rows).isEqualTo(cells.size());
        assertThat(data.cols).isEqualTo(1);
        return data.dense;
    }

    private static void assertSameBits(List<String> cells, float[] parsed) {
        for (int i = 0; i < cells.size(); i++) {
            String trimmed = cells.get(i).strip();
            float expected = trimmed.isEmpty() ? Float.NaN : Float.parseFloat(trimmed);
            if (Float.floatToRawIntBits(parsed[i]) != Float.floatToRawIntBits(expected)) {
                assertThat(Float.floatToRawIntBits(parsed[i])).as("cell '%s': %s against Float.parseFloat's %s",
                        cells.get(i), parsed[i], expected).isEqualTo(Float.floatToRawIntBits(expected));
            }
        }
    }

    @Test
    void readCsv_edgeCaseDecimals_equalFloatParseFloatBitForBit() throws IOException {
        List<String> cells = List.of("0", "-0", "+0", "0.0", "-0.0", "00012", "1.", ".5", "-.5", "+.5", "+1.5",
                "-1.5", "3.14159", "-2.718281828459045", "1e10", "1E10", "1e+10", "1e-10", "-1e-45", "1e-46", "1.4e-45",
                "1.5e-45", "7e-46", "3.4028235e38", "3.4028236e38", "3.4028234663852886e38", "-3.5e38", "1e39",
                "1e-50", "1e400", "-1e400", "1.17549435e-38", "1.1754942e-38", "0.000001", "123456.7", "1234567",
                "12345678", "16777216", "16777217", "16777219", "0.1", "0.2", "0.3", "9999999", "99999999",
                "0.30000001192092896", "1.00000017881393432617187499", "1.000000178813934326171875",
                "1.00000017881393432617187501", "123456789012345678901234567890", "0.00000000000000000000000012345",
                "1e0", "1e-0", "5e-324", "2.5e-7", "  4.25", "4.25  ", "\t-4.25\t", " \t 7 \t ", "", " ", "\t",
                "  ");
        assertSameBits(cells, read(cells));
    }

    @Test
    void readCsv_randomDecimals_equalFloatParseFloatBitForBit() throws IOException {
        Random random = new Random(13);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder cell = new StringBuilder();
            int form = random.nextInt(4);
            if (random.nextInt(4) == 0) {
                cell.append(random.nextBoolean() ? '-' : '+');
            }
            int digits = 1 + random.nextInt(form == 0 ? 7 : 25);
            int point = random.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
                if (d == point && form != 3) {
                    cell.append('.');
                }
                cell.append((char) ('0' + random.nextInt(10)));
            }
            if (form >= 2) {
                cell.append(random.nextBoolean() ? 'e' : 'E');
                int exponent = random.nextInt(100) - 55;
                cell.append(exponent >= 0 && random.nextBoolean() ? "+" : "").append(exponent);
            }
            cells.add(cell.toString());
        }
        assertSameBits(cells, read(cells));
    }

    /**
     * Decimals at and around the midpoint between two neighbouring floats, where a parser that rounds to
     * double first and then to float can round twice the wrong way.
     */
    @Test
    void readCsv_decimalsNearFloatMidpoints_equalFloatParseFloatBitForBit() throws IOException {
        Random random = new Random(17);
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt(0x7f000000));
            BigDecimal low = new BigDecimal(f);
            BigDecimal mid = low.add(new BigDecimal(Math.nextUp(f)).subtract(low).divide(BigDecimal.valueOf(2)));
            BigDecimal nudge = mid.ulp().max(mid.multiply(new BigDecimal("1e-30")));
            for (BigDecimal value : List.of(mid, mid.add(nudge), mid.subtract(nudge))) {
                cells.add(value.round(new MathContext(40)).toString().toLowerCase(Locale.ROOT));
                cells.add(value.round(new MathContext(17)).toString().toLowerCase(Locale.ROOT));
                cells.add(value.round(new MathContext(9)).toString().toLowerCase(Locale.ROOT));
            }
        }
        assertSameBits(cells, read(cells));
    }

    @Test
    void readCsv_rowsAcrossTheReadBuffer_keepEveryCellAndRow() throws IOException {
        // rows of 100,000 cells (about 0.6 MB each) cross the 1 MiB read buffer; one row is longer than it
        int cols = 100_000;
        StringBuilder csv = new StringBuilder();
        float[][] expected = new float[3][cols];
        int[] widths = {cols, cols, cols};
        for (int r = 0; r < 3; r++) {
            csv.append(r);
            for (int c = 0; c < widths[r]; c++) {
                expected[r][c] = (r * 7 + c % 1000) / 8f;
                String cell = r == 2 ? String.format(Locale.ROOT, "%.20f", expected[r][c]) : Float.toString(
                        expected[r][c]);
                csv.append(',').append(cell);
            }
            csv.append(r == 1 ? "\r\n" : "\n");
        }
        Path file = Files.writeString(tmp.resolve("wide.csv"), csv, StandardCharsets.UTF_8);

        TabularData data = TabularData.readCsv("train", List.of(file), true, false);

        assertThat(data.rows).isEqualTo(3);
        assertThat(data.cols).isEqualTo(cols);
        for (int r = 0; r < 3; r++) {
            assertThat(data.labels[r]).isEqualTo(r);
            for (int c = 0; c < cols; c++) {
                if (data.get(r, c) != expected[r][c]) {
                    assertThat(data.get(r, c)).as("row %d column %d", r, c).isEqualTo(expected[r][c]);
                }
            }
        }
    }

    @Test
    void readCsv_blankLinesCarriageReturnsAndNoFinalNewline_areReadAsBefore() throws IOException {
        Path file = Files.writeString(tmp.resolve("lines.csv"), "\n1,2.5,\r\n  \n\t\r\n0, 3 ,-4e1\r\n\n1,,7",
                StandardCharsets.UTF_8);

        TabularData data = TabularData.readCsv("train", List.of(file), true, false);

        assertThat(data.rows).isEqualTo(3);
        assertThat(data.labels).containsExactly(1f, 0f, 1f);
        assertThat(data.dense).containsExactly(2.5f, Float.NaN, 3f, -40f, Float.NaN, 7f);
    }
}
