/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.deserializers.ArrowDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArrowSerializerTest {
    private final BufferAllocator allocator = new RootAllocator();

    @AfterEach
    void noLeaks() {
        assertThat(allocator.getAllocatedMemory()).as("every Arrow buffer is released").isZero();
        allocator.close();
    }

    /** A batch of (id int, score double, name string), with nulls where a value is null. */
    private VectorSchemaRoot batch(Integer[] ids, Double[] scores, String[] names) {
        IntVector id = new IntVector("id", allocator);
        Float8Vector score = new Float8Vector("score", allocator);
        VarCharVector name = new VarCharVector("name", allocator);
        int n = ids.length;
        id.allocateNew(n);
        score.allocateNew(n);
        name.allocateNew(n);
        for (int i = 0; i < n; i++) {
            if (ids[i] == null) {
                id.setNull(i);
            } else {
                id.set(i, ids[i]);
            }
            if (scores[i] == null) {
                score.setNull(i);
            } else {
                score.set(i, scores[i]);
            }
            if (names[i] == null) {
                name.setNull(i);
            } else {
                name.setSafe(i, names[i].getBytes(UTF_8));
            }
        }
        VectorSchemaRoot root = VectorSchemaRoot.of(id, score, name);
        root.setRowCount(n);
        return root;
    }

    @Test
    void contentType_isTheArrowStreamType() {
        assertThat(new ArrowSerializer().contentType()).isEqualTo("application/vnd.apache.arrow.stream");
        assertThat(new ArrowDeserializer(allocator).accept()).isEqualTo("application/vnd.apache.arrow.stream");
    }

    @Test
    void serializeThenDeserialize_multipleBatchesWithNulls_giveOneTable() throws Exception {
        List<VectorSchemaRoot> batches = new ArrayList<>();
        batches.add(batch(new Integer[] {1, null, 3}, new Double[] {0.5, -1.0, null}, new String[] {"a", null, "c,d"}));
        batches.add(batch(new Integer[] {4, 5}, new Double[] {Double.NaN, 1e300}, new String[] {"\u00e9", ""}));
        try {
            byte[] body = new ArrowSerializer().serialize(batches);
            try (ArrowStreamReader reader = new ArrowStreamReader(new ByteArrayInputStream(body), allocator)) {
                int count = 0;
                while (reader.loadNextBatch()) {
                    count++;
                }
                assertThat(count).as("one record batch per root").isEqualTo(2);
            }
            try (VectorSchemaRoot table = new ArrowDeserializer(allocator).deserialize(new ByteArrayInputStream(body),
                    ArrowSerializer.CONTENT_TYPE)) {
                assertThat(table.getSchema()).isEqualTo(batches.get(0).getSchema());
                assertThat(table.getRowCount()).isEqualTo(5);
                IntVector id = (IntVector) table.getVector("id");
                Float8Vector score = (Float8Vector) table.getVector("score");
                VarCharVector name = (VarCharVector) table.getVector("name");
                assertThat(id.getObject(0)).isEqualTo(1);
                assertThat(id.isNull(1)).isTrue();
                assertThat(id.getObject(4)).isEqualTo(5);
                assertThat(score.getObject(1)).isEqualTo(-1.0);
                assertThat(score.isNull(2)).isTrue();
                assertThat(score.get(3)).isNaN();
                assertThat(score.get(4)).isEqualTo(1e300);
                assertThat(name.getObject(2).toString()).isEqualTo("c,d");
                assertThat(name.isNull(1)).isTrue();
                assertThat(name.getObject(3).toString()).isEqualTo("\u00e9");
                assertThat(name.getObject(4).toString()).isEmpty();
            }
            assertThat(batches.get(0).getRowCount()).as("the caller's roots are untouched").isEqualTo(3);
        } finally {
            batches.forEach(VectorSchemaRoot::close);
        }
    }

    @Test
    void serialize_singleRoot_roundTripsAndCsvSeesTheSameRows() {
        try (VectorSchemaRoot root = batch(new Integer[] {7}, new Double[] {2.5}, new String[] {"x"});
                VectorSchemaRoot back = new ArrowDeserializer(allocator).deserialize(
                        new ByteArrayInputStream(new ArrowSerializer().serialize(root)), null)) {
            assertThat(back.contentToTSVString()).isEqualTo(root.contentToTSVString());
            assertThat(new String(new CSVSerializer().serialize(back), UTF_8)).isEqualTo("7,2.5,x");
        }
    }

    @Test
    void serialize_zeroRowTable_keepsTheSchema() {
        try (VectorSchemaRoot root = batch(new Integer[0], new Double[0], new String[0]);
                VectorSchemaRoot back = new ArrowDeserializer(allocator).deserialize(
                        new ByteArrayInputStream(new ArrowSerializer().serialize(root)), null)) {
            assertThat(back.getRowCount()).isZero();
            assertThat(back.getSchema().getFields()).extracting(f -> f.getName()).containsExactly("id", "score", "name");
        }
    }

    @Test
    void serialize_differentSchemas_areRejected() {
        try (VectorSchemaRoot a = batch(new Integer[] {1}, new Double[] {1.0}, new String[] {"a"});
                VectorSchemaRoot b = VectorSchemaRoot.of(new IntVector("other", allocator))) {
            assertThatThrownBy(() -> new ArrowSerializer().serialize(List.of(a, b)))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[1]"))
                    .hasMessageContaining("schema");
        }
    }

    @Test
    void serialize_unsupportedInputs_areRejected() {
        ArrowSerializer arrow = new ArrowSerializer();
        assertThatThrownBy(() -> arrow.serialize(List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no table");
        assertThatThrownBy(() -> arrow.serialize(List.of("x"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[0]"));
        assertThatThrownBy(() -> arrow.serialize(new double[] {1})).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not supported by ArrowSerializer");
        byte[] raw = {1, 2};
        assertThat(arrow.serialize(raw)).isSameAs(raw);
    }
}
