/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRangesTest {
    private static final int COLUMNS = 7;

    @TempDir
    Path dir;

    @Test
    void read_manyRanges_sameStatisticsAsOnePass() throws Exception {
        // quoted cells, non-ASCII cells, CRLF and lone CR line ends, blank lines, missing and "null" cells
        Path csv = dir.resolve("data.csv");
        StringBuilder text = new StringBuilder();
        Random r = new Random(3);
        for (int i = 0; i < 20_011; i++) {
            text.append(String.join(",", row(r, i))).append(i % 97 == 0 ? "\r\n" : i % 89 == 0 ? "\r" : "\n");
            if (i % 1_000 == 0) {
                text.append("  \n");
            }
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        List<FeatureStats> onePass = features(true);
        List<FeatureStats> ranges = features(true);

        long rowsOne = CsvRanges.read(csv, "data.csv", 0, onePass, 1, 1);
        long rowsMany = CsvRanges.read(csv, "data.csv", 0, ranges, 7, 1);

        assertThat(rowsOne).isEqualTo(20_011);
        assertThat(rowsMany).isEqualTo(rowsOne);
        for (int j = 0; j < COLUMNS; j++) {
            FeatureStats one = onePass.get(j);
            FeatureStats many = ranges.get(j);
            assertThat(many.inferredType()).as("column %d", j).isEqualTo(one.inferredType());
            assertThat(new long[] {many.present, many.missing, many.integral, many.fractional, many.strings})
                    .as("column %d", j)
                    .containsExactly(one.present, one.missing, one.integral, one.fractional, one.strings);
            assertThat(many.categories()).as("column %d", j).isEqualTo(one.categories());
            assertThat(many.needsCategoryReplay()).isEqualTo(one.needsCategoryReplay());
            assertThat(many.sketch().getN()).isEqualTo(one.sketch().getN());
            JsonNode a = numbers(one);
            JsonNode b = numbers(many);
            if (a != null) {
                assertThat(b.path("min").asDouble()).isEqualTo(a.path("min").asDouble());
                assertThat(b.path("max").asDouble()).isEqualTo(a.path("max").asDouble());
                for (String field : new String[] {"mean", "sum", "std_dev"}) {
                    double expected = a.path(field).asDouble();
                    assertThat(b.path(field).asDouble()).as("column %d %s", j, field)
                            .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
                }
            }
        }
        // 900 distinct values fit the kept categories in every range and merged; the mixed column asks for a replay
        assertThat(ranges.get(3).needsCategoryReplay()).isFalse();
        assertThat(ranges.get(4).needsCategoryReplay()).isTrue();
    }

    @Test
    void read_categoriesOverflowOnlyOnMerging_asksForAReplay() throws Exception {
        // 1,600 distinct values: each half keeps its own (at most 1,000), the merge would keep more than 1,000
        Path csv = dir.resolve("ids.csv");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1_600; i++) {
            text.append("id").append(i).append(",1\n");
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        List<FeatureStats> halves = List.of(new FeatureStats("id", 0, true, false),
                new FeatureStats("n", 0, true, false));

        CsvRanges.read(csv, "ids.csv", 0, halves, 2, 1);

        assertThat(halves.get(0).needsCategoryReplay()).isTrue();
        assertThat(halves.get(1).needsCategoryReplay()).isFalse();
    }

    @Test
    void read_raggedRowInALaterRange_failsWithTheFirstRaggedLineOfTheFile() throws Exception {
        Path csv = dir.resolve("ragged.csv");
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 2; i <= 40_000; i++) {
            text.append(i == 30_001 || i == 35_000 ? "1,2,3" : "1,2").append(i % 2 == 0 ? "\r\n" : "\n");
        }
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        List<FeatureStats> features = List.of(new FeatureStats("a", 0), new FeatureStats("b", 0));

        assertThatThrownBy(() -> CsvRanges.read(csv, "ragged.csv", 4, features, 4, 1))
                .isInstanceOf(Table.ClientError.class)
                .hasMessageContaining("row at line 30001 of ragged.csv has 3 columns where the data set has 2");
    }

    @Test
    void read_malformedUtf8_failsAsTheJdkReader() throws Exception {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> CsvRanges.read(csv, "latin1.csv", 0, features(2), 1))
                .isInstanceOf(MalformedInputException.class);
    }

    @Test
    void firstLine_blankLinesFirst_theFirstLineWithText() throws Exception {
        Path csv = dir.resolve("h.csv");
        Files.writeString(csv, "\n \r\n\"x\",y\r\n1,2\n", StandardCharsets.UTF_8);

        CsvRanges.Line first = CsvRanges.firstLine(csv);

        assertThat(first.text()).isEqualTo("\"x\",y");
        assertThat(first.start()).isEqualTo(4);
        assertThat(first.next()).isEqualTo(11);
    }

    @Test
    void add_bytes_sameStatisticsAsTheText() {
        String[] cells = {" 12 ", "+5", "-0", "1e5", "0x1p3", "1.5f", "2d", "NaN", "Infinity", "-Infinity", "NULL",
            "", "  ", "abc", "1abc", ".5", "5.", "1_0", "99999999999999999999", "123456789012345678", "-", "+",
            "0.1", "-3.25", "\t7\t", "nULl", "1e400", "4.9e-324", "Nope", "Info", "-0.0", "00012.50", "1.2.3",
            "123456789012345.6", "0.000000000000001", "9007199254740993", "-.", ".", "1-2", "3.14159265358979"};
        FeatureStats text = new FeatureStats("f", 0);
        FeatureStats bytes = new FeatureStats("f", 0);
        for (String c : cells) {
            text.add(c);
            byte[] b = ("," + c + ",").getBytes(StandardCharsets.US_ASCII);
            bytes.add(b, 1, b.length - 1);
        }

        assertThat(bytes.toJson(JsonNodeFactory.instance)).isEqualTo(text.toJson(JsonNodeFactory.instance));
        assertThat(bytes.categories()).isEqualTo(text.categories());
        assertThat(new long[] {bytes.integral, bytes.fractional, bytes.strings, bytes.missing})
                .containsExactly(text.integral, text.fractional, text.strings, text.missing);
    }

    private static List<FeatureStats> features(boolean baselining) {
        List<FeatureStats> out = new ArrayList<>();
        for (int j = 0; j < COLUMNS; j++) {
            out.add(new FeatureStats("f" + j, 0, baselining, false));
        }
        return out;
    }

    private static List<FeatureStats> features(int n) {
        List<FeatureStats> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            out.add(new FeatureStats("f" + j, 0));
        }
        return out;
    }

    /** Fractional, integral, categorical (quoted, non-ASCII, many values), mixed, sparse and constant cells. */
    private static List<String> row(Random r, int i) {
        return List.of(String.valueOf(r.nextGaussian()), String.valueOf(r.nextInt(500)),
                i % 11 == 0 ? "\"c, " + r.nextInt(5) + "\"" : i % 13 == 0 ? "caf\u00e9" : "c" + r.nextInt(5),
                "v" + r.nextInt(900), i % 50 == 0 ? "x" : String.valueOf(i % 70), i % 3 == 0 ? "" : i % 5 == 0
                        ? "null" : "1.5", "7");
    }

    private static JsonNode numbers(FeatureStats s) {
        ObjectNode node = s.toJson(JsonNodeFactory.instance);
        JsonNode n = node.path("numerical_statistics");
        return n.isObject() ? n : null;
    }
}
