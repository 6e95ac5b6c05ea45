/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large channel file is parsed in parallel ranges; the result and the errors must be the sequential ones. */
class TabularDataTest {
    private static final int ROWS = 150_000;

    @TempDir
    Path tmp;

    /** Label, weight and 8 features a row, about 11 MB: above the parallel threshold. */
    private static String csv(float[][] expected) {
        Random random = new Random(5);
        StringBuilder sb = new StringBuilder(ROWS * 80);
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                expected[r][c] = c == 0 ? random.nextInt(2) : (float) random.nextGaussian();
                sb.append(c == 0 ? "" : ",").append(expected[r][c]);
            }
            sb.append(r % 1000 == 999 ? "\r\n" : "\n");
        }
        return sb.toString();
    }

    @Test
    void readCsv_largeFile_parallelRangesEqualTheRowsInOrder() throws IOException {
        float[][] expected = new float[ROWS][10];
        Path file = Files.writeString(tmp.resolve("train.csv"), csv(expected), StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(8L << 20);

        TabularData data = TabularData.readCsv("train", List.of(file), true, true);

        assertThat(data.rows).isEqualTo(ROWS);
        assertThat(data.cols).isEqualTo(8);
        for (int r = 0; r < ROWS; r++) {
            assertThat(data.labels[r]).isEqualTo(expected[r][0]);
            assertThat(data.weights[r]).isEqualTo(expected[r][1]);
            for (int c = 0; c < 8; c++) {
                if (data.get(r, c) != expected[r][c + 2]) {
                    assertThat(data.get(r, c)).as("row %d column %d", r, c).isEqualTo(expected[r][c + 2]);
                }
            }
        }
    }

    @Test
    void readCsv_largeFile_badCellLate_namesItsAbsoluteLine() throws IOException {
        float[][] expected = new float[ROWS][10];
        String text = csv(expected);
        int line = ROWS - 10;
        int at = 0;
        for (int i = 1; i < line; i++) {
            at = text.indexOf('\n', at) + 1;
        }
        String broken = text.substring(0, at) + "1,1,oops" + text.substring(text.indexOf(',', text.indexOf(',', at) + 1));
        Path file = Files.writeString(tmp.resolve("train.csv"), broken, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TabularData.readCsv("train", List.of(file), true, true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line " + line)
                .hasMessageContaining("oops");
    }

    @Test
    void readCsv_largeFile_rowWidthChangesInTheSecondHalf_isReportedAtItsLine() throws IOException {
        float[][] expected = new float[ROWS][10];
        String text = csv(expected);
        int at = text.length() - 200;
        at = text.indexOf('\n', at) + 1;
        long line = text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
        String broken = text.substring(0, at) + "1,1,2\n" + text.substring(at);
        Path file = Files.writeString(tmp.resolve("train.csv"), broken, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TabularData.readCsv("train", List.of(file), true, true))
                .isInstanceOf(ValidationException.class).hasMessageContaining("line " + line)
                .hasMessageContaining("columns");
    }

    /** Found while fuzzing the CSV reader: its number pattern backtracked quadratically on a long bad cell. */
    @Test
    void readCsv_longCellOfDigitsThenText_isRejectedInLinearTime() throws IOException {
        Path file = Files.writeString(tmp.resolve("long.csv"), "1," + "7".repeat(200_000) + "x\n");

        assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(() -> TabularData.readCsv("train", List.of(file), true, false))
                        .isInstanceOf(ValidationException.class).hasMessageContaining("line 1, column 2"));
    }

    /** Found by TabularDataFuzzTest: index 2147483647 made the column count (index + 1) negative. */
    @Test
    void readLibSvm_indexIntMax_isRejectedNamingTheToken() throws IOException {
        Path file = Files.writeString(tmp.resolve("max.libsvm"), "1 1:2\n0 2147483647:1\n");

        assertThatThrownBy(() -> TabularData.readLibSvm("train", List.of(file)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("2147483647:1")
                .hasMessageContaining("line 2");
    }
}
