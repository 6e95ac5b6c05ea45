/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

class JSONSerializerTest {
    private final JSONSerializer json = new JSONSerializer();

    private String text(Object data) {
        return new String(json.serialize(data), UTF_8);
    }

    record Instance(String name, double[] features) {
    }

    @Test
    void contentType_defaultsToApplicationJson() {
        assertThat(json.contentType()).isEqualTo("application/json");
        assertThat(new JSONSerializer("application/vnd+json").contentType()).isEqualTo("application/vnd+json");
    }

    @Test
    void serialize_mapsListsAndArrays_writeJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("instances", List.of(List.of(1, 2), List.of(3, 4)));
        body.put("k", 3);
        assertThat(text(body)).isEqualTo("{\"instances\":[[1,2],[3,4]],\"k\":3}");
        assertThat(text(new double[][] {{1.5}, {2}})).isEqualTo("[[1.5],[2.0]]");
        assertThat(text(List.of(true, "x"))).isEqualTo("[true,\"x\"]");
        assertThat(text(new Instance("a", new double[] {0.5}))).isEqualTo("{\"name\":\"a\",\"features\":[0.5]}");
    }

    @Test
    void serialize_string_isAJsonStringLiteralAsJsonDumps() {
        assertThat(text("hello \"you\"")).isEqualTo("\"hello \\\"you\\\"\"");
    }

    @Test
    void serialize_npyArrays_areNestedListsAsTolist() {
        assertThat(text(NpyArray.of(new double[][] {{1, 2}, {3, 4}}))).isEqualTo("[[1.0,2.0],[3.0,4.0]]");
        assertThat(text(Map.of("x", NpyArray.of(new int[] {1, 2})))).isEqualTo("{\"x\":[1,2]}");
        assertThat(text(NpyArray.fromNested(2.5))).isEqualTo("2.5");
        assertThat(text(NpyArray.of(new boolean[] {true, false}))).isEqualTo("[true,false]");
        assertThat(text(NpyArray.of(new float[] {0.1f}))).isEqualTo("[0.1]");
        assertThat(text(NpyArray.of(new long[] {-1}).astype(NpyDType.UINT64))).isEqualTo("[18446744073709551615]");
        assertThat(text(NpyArray.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7}).reshape(2, 2, 2)))
                .isEqualTo("[[[0,1],[2,3]],[[4,5],[6,7]]]");
    }

    @Test
    void serialize_nanOrInfinity_isRefusedNamingTheFix() {
        // JSON has no NaN: a bare NaN (as Python writes it) fails strict parsers on the model server
        for (Object data : new Object[] {new double[] {1, Double.NaN}, List.of(Double.POSITIVE_INFINITY),
                Map.of("x", Float.NEGATIVE_INFINITY), NpyArray.of(new double[] {Double.NaN}),
                NpyArray.of(new float[] {Float.POSITIVE_INFINITY})}) {
            assertThatThrownBy(() -> json.serialize(data))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("RFC 8259 has no NaN or Infinity")
                    .hasMessageContaining("CSVSerializer or NumpySerializer");
        }
    }

    @Test
    void serialize_passThroughInputs_areSentAsTheyAre() {
        byte[] raw = "{\"a\":1}".getBytes(UTF_8);
        assertThat(json.serialize(raw)).isSameAs(raw);
        TrackingInputStream in = new TrackingInputStream("[1]");
        assertThat(text(in)).isEqualTo("[1]");
        assertThat(in.isClosed()).isFalse();
    }

    @Test
    void serializeThenDeserialize_roundTripsValues() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ints", List.of(1, -2, 3_000_000_000L));
        body.put("floats", List.of(0.1, -1e-300, 1.7976931348623157e308));
        body.put("nested", Map.of("ok", true, "none", List.of()));
        body.put("text", "h\u00e9llo \u2603");
        body.put("big", new BigInteger("123456789012345678901234567890"));
        Object back = new JSONDeserializer().deserialize(new ByteArrayInputStream(json.serialize(body)),
                "application/json");
        assertThat(back).isEqualTo(body);
    }

    @Test
    void serialize_unsupportedValues_areRejected() {
        NpyArray z = NpyArray.of(NpyDType.COMPLEX128, new long[] {1}, ByteBuffer.allocate(16));
        assertThatThrownBy(() -> json.serialize(List.of(z))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("complex");
        assertThatThrownBy(() -> json.serialize(new Object())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cannot be written as JSON by JSONSerializer")
                .satisfies(e -> assertThat(((ValidationException) e).value()).isEqualTo("java.lang.Object"));
        try (BufferAllocator allocator = new RootAllocator();
                VectorSchemaRoot root = CSVSerializerTest.table(allocator)) {
            assertThatThrownBy(() -> json.serialize(root)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("ArrowSerializer"));
        }
    }
}
