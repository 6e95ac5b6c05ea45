/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void csvFlat_wrongWidthOrEmpty_is400NamingTheRecord() {
        assertThatThrownBy(() -> Rows.csvFlat(bytes("1,2,3\n4,5\n"), 3)).isInstanceOf(ModelInvocationException.class)
                .hasMessage("Record 2 has 2 features; the model expects 3");
        assertThatThrownBy(() -> Rows.csvFlat(bytes("1,2,3,4\n"), 3)).isInstanceOf(ModelInvocationException.class)
                .hasMessageContaining("Record 1 has more than 3 features");
        assertThatThrownBy(() -> Rows.csvFlat(bytes("\n \n"), 3)).isInstanceOf(ModelInvocationException.class)
                .hasMessage("The CSV body has no records");
    }
}
