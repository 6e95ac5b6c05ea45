/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.Rows;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RowsTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvFlat_readsRowsIntoOneArray_likeCsv() {
        String body = "1,2.5,-3\r\n\n 4,,6e1\n7,8,9";
        float[] flat = Rows.csvFlat(bytes(body), 3);
        float[][] rows = Rows.csv(bytes(body));

        assertThat(flat).hasSize(9);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(Float.valueOf(flat[r * 3 + c])).isEqualTo(Float.valueOf(rows[r][c]));
            }
        }
        assertThat(flat[4]).isNaN();
        assertThat(flat[5]).isEqualTo(60f);
    }

    /**
     * The one-pass parser against the line-then-cell parser {@link Rows#csv} on random bodies full of
     * the awkward cases: blanks, quotes, signs, exponents, long mantissas, a lone dot, empty cells,
     * {@code '\r'} inside and at the end of lines, blank lines, a last line without a line end.
     */
    @Test
    void csvFlat_equalsCsv_onRandomAwkwardBodies() {
        String[] cells = {"1", "-2.5", "0.000123", "+7", " 3 ", "\"4\"", "1e3", "-0", ".", "5.", ".5", "",
            "12345678901234567890", "0.12345678901234567890123", "9\r", "\t6", "NaN", "-Infinity", "00012.50"};
        java.util.Random random = new java.util.Random(3);
        for (int trial = 0; trial < 2000; trial++) {
            int features = 1 + random.nextInt(4);
            int rows = 1 + random.nextInt(5);
            StringBuilder body = new StringBuilder();
            for (int r = 0; r < rows; r++) {
                if (random.nextInt(5) == 0) {
                    body.append(random.nextBoolean() ? "\n" : random.nextBoolean() ? "\r\n" : " \t\n");
                }
                for (int c = 0; c < features; c++) {
                    if (c > 0) {
                        body.append(',');
                    }
                    body.append(cells[random.nextInt(cells.length)]);
                }
                if (r < rows - 1 || random.nextBoolean()) {
                    body.append(random.nextInt(3) == 0 ? "\r\n" : "\n");
                }
            }
            byte[] bytes = bytes(body.toString());
            float[][] expected;
            try {
                expected = Rows.csv(bytes);
            } catch (ModelInvocationException e) {
                assertThatThrownBy(() -> Rows.csvFlat(bytes, features)).as(body.toString())
                        .isInstanceOf(ModelInvocationException.class).hasMessage(e.getMessage());
                continue;
            }
            float[] flat = Rows.csvFlat(bytes, features);
            assertThat(flat).as(body.toString()).hasSize(expected.length * features);
            for (int r = 0; r < expected.length; r++) {
                for (int c = 0; c < features; c++) {
                    assertThat(Float.floatToIntBits(flat[r * features + c])).as(body.toString())
                            .isEqualTo(Float.floatToIntBits(expected[r][c]));
                }
            }
            // a prefix of a larger buffer reads the same
            byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 5);
            java.util.Arrays.fill(padded, bytes.length, padded.length, (byte) '9');
            assertThat(Rows.csvFlat(padded, bytes.length, features)).isEqualTo(flat);
            // and the untrimmed array holds the same rows
            Rows.Flat untrimmed = Rows.csvFlatRows(padded, bytes.length, features);
            assertThat(untrimmed.rows()).as(body.toString()).isEqualTo(expected.length);
            assertThat(java.util.Arrays.copyOf(untrimmed.values(), flat.length)).isEqualTo(flat);
        }
    }

    @Test
    void csvFlat_wrongWidthOrEmpty_is400NamingTheRecord() {
        assertThatThrownBy(() -> Rows.csvFlat(bytes("1,2,3\n4,5\n"), 3)).isInstanceOf(ModelInvocationException.class)
                .hasMessage("Record 2 has 2 features; the model expects 3");
        assertThatThrownBy(() -> Rows.csvFlat(bytes("1,2,3,4\n"), 3)).isInstanceOf(ModelInvocationException.class)
                .hasMessageContaining("Record 1 has more than 3 features");
        assertThatThrownBy(() -> Rows.csvFlat(bytes("\n \n"), 3)).isInstanceOf(ModelInvocationException.class)
                .hasMessage("The CSV body has no records");
    }

    /** Found by RowsFuzzTest: a non-numeric sparse key or value used to be read as 0, silently. */
    @Test
    void decode_sparseJsonWithTextKeyOrValue_is400NamingTheRecord() {
        java.util.List<String> types = java.util.List.of("application/json");
        assertThatThrownBy(() -> Rows.decode(bytes("{\"instances\":[{\"data\":{\"features\":{\"keys\":[\"a\"],"
                + "\"values\":[1],\"shape\":[4]}}}]}"), "application/json", -1, types))
                .isInstanceOfSatisfying(ModelInvocationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Record 1", "\"a\"", "outside shape 4");
                });
        assertThatThrownBy(() -> Rows.decode(bytes("{\"instances\":[{\"data\":{\"features\":{\"keys\":[1],"
                + "\"values\":[\"x\"],\"shape\":[4]}}}]}"), "application/json", -1, types))
                .isInstanceOf(ModelInvocationException.class).hasMessageContaining("is not a number");
    }

    /**
     * Found by RowsFuzzTest: LibSVM and sparse JSON are expanded to dense rows, so 780 bytes could ask
     * for 260 MB (65 rows of index 1048575) and 50 bytes for 8 GB; both are now a 400 before allocating.
     */
    @Test
    void decode_sparseBodyExpandingPastTheCaps_is400BeforeAllocating() {
        java.util.List<String> types = java.util.List.of("text/libsvm", "application/json");
        assertThatThrownBy(() -> Rows.decode(bytes("1 1048575:1\n".repeat(65)), "text/libsvm", -1, types))
                .isInstanceOfSatisfying(ModelInvocationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Record 65", String.valueOf(Rows.MAX_VALUES));
                });
        assertThatThrownBy(() -> Rows.decode(bytes("1 1048576:1\n"), "text/libsvm", -1, types))
                .isInstanceOf(ModelInvocationException.class).hasMessageContaining("at most " + Rows.MAX_FEATURES);
        assertThatThrownBy(() -> Rows.decode(bytes("{\"instances\":[{\"data\":{\"features\":{\"keys\":[],"
                + "\"values\":[],\"shape\":[2000000000]}}}]}"), "application/json", -1, types))
                .isInstanceOf(ModelInvocationException.class).hasMessageContaining("has shape [2000000000]");
        float[][] fits = Rows.decode(bytes("1 1048575:1\n".repeat(3)), "text/libsvm", -1, types);
        assertThat(fits).hasNumberOfRows(3);
        assertThat(fits[2]).hasSize(Rows.MAX_FEATURES);
    }
}
