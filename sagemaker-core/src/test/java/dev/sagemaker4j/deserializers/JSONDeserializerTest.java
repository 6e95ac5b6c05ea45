/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSONDeserializer and JSONLinesDeserializer. */
class JSONDeserializerTest {

    @Test
    void deserialize_object_givesMapsListsAndNumbersAsJsonLoad() {
        TrackingInputStream body = new TrackingInputStream(
                "{\"predictions\": [[0.25, 1], [2, null]], \"ok\": true, \"big\": 123456789012345678901234567890,"
                        + " \"long\": 3000000000, \"name\": \"x\"}");
        Object out = new JSONDeserializer().deserialize(body, "application/json");
        assertThat(body.isClosed()).isTrue();
        assertThat(out).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) out;
        assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("predictions", "ok", "big", "long", "name"));
        assertThat(map.get("predictions")).isEqualTo(List.of(List.of(0.25, 1), java.util.Arrays.asList(2, null)));
        assertThat(map.get("ok")).isEqualTo(true);
        assertThat(map.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(map.get("long")).isEqualTo(3_000_000_000L);
    }

    @Test
    void deserialize_scalarsAndNan_areReadAsPythonReadsThem() {
        assertThat(new JSONDeserializer().deserialize(new TrackingInputStream("[NaN, Infinity, -Infinity]"), null))
                .isEqualTo(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        assertThat(new JSONDeserializer().deserialize(new TrackingInputStream(" \"s\" "), null)).isEqualTo("s");
        assertThat(new JSONDeserializer().deserialize(new TrackingInputStream("null"), null)).isNull();
    }

    @Test
    void deserialize_malformed_namesContentTypeLineAndColumn() {
        assertThatThrownBy(() -> new JSONDeserializer().deserialize(new TrackingInputStream("{\n  \"a\": [1, 2,,]\n}"),
                "application/json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("application/json body is malformed at line 2, column 14")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("stream"));
    }

    @Test
    void deserialize_trailingDataOrEmpty_isRejected() {
        assertThatThrownBy(() -> new JSONDeserializer().deserialize(new TrackingInputStream("{} {}"), "application/json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 1, column 4");
        TrackingInputStream empty = new TrackingInputStream("");
        assertThatThrownBy(() -> new JSONDeserializer().deserialize(empty, "application/json"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("application/json body is malformed");
        assertThat(empty.isClosed()).as("closed also on failure").isTrue();
    }

    @Test
    void lines_deserialize_giveOneValuePerLine() {
        TrackingInputStream body = new TrackingInputStream("{\"a\": 1}\n[1, 2]\r\n\n\"s\"\n");
        List<Object> out = new JSONLinesDeserializer().deserialize(body, "application/jsonlines");
        assertThat(out).containsExactly(Map.of("a", 1), List.of(1, 2), "s");
        assertThat(body.isClosed()).isTrue();
        assertThat(new JSONLinesDeserializer().deserialize(new TrackingInputStream(""), null)).isEmpty();
    }

    @Test
    void lines_deserialize_badLine_namesItsLineNumber() {
        assertThatThrownBy(() -> new JSONLinesDeserializer().deserialize(
                new TrackingInputStream("{\"a\": 1}\n{\"a\": 2}\n{\"a\": }\n"), "application/jsonlines"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("application/jsonlines body is malformed at line 3, column 7")
                .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("each line"));
        assertThatThrownBy(() -> new JSONLinesDeserializer().deserialize(
                new TrackingInputStream("1 2\n"), "application/jsonlines"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 1");
    }
}
