/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.deserializers.JSONLinesDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JSONLinesSerializerTest {
    private final JSONLinesSerializer lines = new JSONLinesSerializer();

    private String text(Object data) {
        return new String(lines.serialize(data), UTF_8);
    }

    @Test
    void contentType_defaultsToApplicationJsonlines() {
        assertThat(lines.contentType()).isEqualTo("application/jsonlines");
        assertThat(new JSONLinesSerializer("application/x-ndjson").contentType()).isEqualTo("application/x-ndjson");
    }

    @Test
    void serialize_list_writesOneJsonValuePerLine() {
        assertThat(text(List.of(Map.of("a", 1), List.of(1, 2), "s", 3.5))).isEqualTo("{\"a\":1}\n[1,2]\n\"s\"\n3.5");
    }

    @Test
    void serialize_arraysStreamsAndNpy_writeOneLinePerElementOrRow() {
        assertThat(text(new int[][] {{1, 2}, {3, 4}})).isEqualTo("[1,2]\n[3,4]");
        assertThat(text(new double[] {1, 2})).isEqualTo("1.0\n2.0");
        assertThat(text(Stream.of("a", "b"))).isEqualTo("\"a\"\n\"b\"");
        assertThat(text(List.of("x").iterator())).isEqualTo("\"x\"");
        assertThat(text(NpyArray.of(new double[][] {{1, 2}, {3, 4}}))).isEqualTo("[1.0,2.0]\n[3.0,4.0]");
        assertThat(text(NpyArray.of(new int[] {5, 6}))).isEqualTo("5\n6");
    }

    @Test
    void serialize_emptySequence_givesAnEmptyBodyAsPython() {
        assertThat(lines.serialize(List.of())).isEmpty();
    }

    @Test
    void serialize_passThroughInputs_areSentAsTheyAre() {
        assertThat(text("{\"a\":1}\n{\"a\":2}")).isEqualTo("{\"a\":1}\n{\"a\":2}");
        TrackingInputStream in = new TrackingInputStream("{}");
        assertThat(text(in)).isEqualTo("{}");
        assertThat(in.isClosed()).isFalse();
        byte[] raw = {'1'};
        assertThat(lines.serialize(raw)).isSameAs(raw);
    }

    @Test
    void serialize_mapOrScalar_isRejectedWithAFix() {
        assertThatThrownBy(() -> lines.serialize(Map.of("a", 1))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("List.of(map)"));
        assertThatThrownBy(() -> lines.serialize(42)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("java.lang.Integer is not supported by JSONLinesSerializer");
        assertThatThrownBy(() -> lines.serialize(NpyArray.fromNested(1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("0-d");
    }

    @Test
    void serializeThenDeserialize_roundTripsRecords() {
        List<Object> records = List.of(Map.of("id", 1, "score", 0.25), Map.of("id", 2, "score", -1.5), List.of());
        List<Object> back = new JSONLinesDeserializer().deserialize(
                new ByteArrayInputStream(lines.serialize(records)), "application/jsonlines");
        assertThat(back).isEqualTo(records);
    }

    @Test
    void serialize_nanInARowOrAnArray_isRefused() {
        assertThatThrownBy(() -> lines.serialize(List.of(List.of(1.0), List.of(Double.NaN))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("RFC 8259 has no NaN or Infinity");
        assertThatThrownBy(() -> lines.serialize(NpyArray.of(new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 3}})))
                .isInstanceOf(ValidationException.class).hasMessageContaining("RFC 8259 has no NaN or Infinity");
    }
}
