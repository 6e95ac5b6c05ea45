/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.types.Types.MinorType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArrowDeserializerTest {
    private final BufferAllocator allocator = new RootAllocator();

    @AfterEach
    void noLeaks() {
        assertThat(allocator.getAllocatedMemory()).as("every Arrow buffer is released").isZero();
        allocator.close();
    }

    /** Three record batches of (n bigint, x float, s string) written with Arrow's own stream writer. */
    private byte[] threeBatches() throws IOException {
        BigIntVector n = new BigIntVector("n", allocator);
        Float4Vector x = new Float4Vector("x", allocator);
        VarCharVector s = new VarCharVector("s", allocator);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VectorSchemaRoot root = VectorSchemaRoot.of(n, x, s);
                ArrowStreamWriter writer = new ArrowStreamWriter(root, null, out)) {
            writer.start();
            int next = 0;
            for (int size : new int[] {2, 0, 3}) {
                root.allocateNew();
                for (int i = 0; i < size; i++, next++) {
                    n.set(i, next);
                    if (next % 2 == 0) {
                        x.set(i, next / 2f);
                    } else {
                        x.setNull(i);
                    }
                    s.setSafe(i, ("row" + next).getBytes(UTF_8));
                }
                root.setRowCount(size);
                writer.writeBatch();
            }
            writer.end();
        }
        return out.toByteArray();
    }

    @Test
    void deserialize_severalBatches_areConcatenatedIntoOneRoot() throws IOException {
        TrackingInputStream body = new TrackingInputStream(threeBatches());
        try (VectorSchemaRoot table = new ArrowDeserializer(allocator).deserialize(body, ArrowDeserializer.ACCEPT)) {
            assertThat(body.isClosed()).isTrue();
            assertThat(table.getRowCount()).isEqualTo(5);
            BigIntVector n = (BigIntVector) table.getVector("n");
            Float4Vector x = (Float4Vector) table.getVector("x");
            VarCharVector s = (VarCharVector) table.getVector("s");
            for (int i = 0; i < 5; i++) {
                assertThat(n.get(i)).isEqualTo(i);
                assertThat(s.getObject(i).toString()).isEqualTo("row" + i);
                assertThat(x.isNull(i)).isEqualTo(i % 2 == 1);
            }
            assertThat(x.get(4)).isEqualTo(2f);
        }
    }

    @Test
    void deserialize_dictionaryEncodedColumn_isDecodedToItsValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DictionaryEncoding encoding = new DictionaryEncoding(1L, false, null);
        try (VarCharVector values = new VarCharVector("color-dictionary", allocator);
                VarCharVector raw = new VarCharVector("color", allocator)) {
            values.allocateNew();
            values.setSafe(0, "red".getBytes(UTF_8));
            values.setSafe(1, "blue".getBytes(UTF_8));
            values.setValueCount(2);
            raw.allocateNew();
            raw.setSafe(0, "blue".getBytes(UTF_8));
            raw.setSafe(1, "red".getBytes(UTF_8));
            raw.setSafe(2, "blue".getBytes(UTF_8));
            raw.setValueCount(3);
            Dictionary dictionary = new Dictionary(values, encoding);
            DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider(dictionary);
            try (FieldVector encoded = (FieldVector) DictionaryEncoder.encode(raw, dictionary);
                    VectorSchemaRoot root = new VectorSchemaRoot(Arrays.asList(encoded));
                    ArrowStreamWriter writer = new ArrowStreamWriter(root, provider, out)) {
                root.setRowCount(3);
                writer.start();
                writer.writeBatch();
                writer.end();
            }
        }
        try (VectorSchemaRoot table = new ArrowDeserializer(allocator).deserialize(
                new TrackingInputStream(out.toByteArray()), ArrowDeserializer.ACCEPT)) {
            FieldVector color = table.getVector("color");
            assertThat(color.getField().getDictionary()).isNull();
            assertThat(color.getMinorType()).isEqualTo(MinorType.VARCHAR);
            assertThat(color.getObject(0).toString()).isEqualTo("blue");
            assertThat(color.getObject(1).toString()).isEqualTo("red");
            assertThat(table.getRowCount()).isEqualTo(3);
        }
    }

    @Test
    void deserialize_garbage_isMalformedWithAByteOffsetAndClosesTheStream() {
        TrackingInputStream body = new TrackingInputStream("this is not arrow at all, just text");
        assertThatThrownBy(() -> new ArrowDeserializer(allocator).deserialize(body, ArrowDeserializer.ACCEPT))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("application/vnd.apache.arrow.stream body is malformed at byte offset 0")
                .hasMessageContaining("not an Arrow IPC stream")
                .satisfies(e -> assertThat(((ValidationException) e).fix()).contains("Arrow IPC stream"));
        assertThat(body.isClosed()).isTrue();
    }

    @Test
    void deserialize_truncatedStream_isMalformed() throws IOException {
        byte[] full = threeBatches();
        byte[] cut = Arrays.copyOf(full, full.length / 2);
        assertThatThrownBy(() -> new ArrowDeserializer(allocator).deserialize(new TrackingInputStream(cut), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("byte offset");
        assertThatThrownBy(() -> new ArrowDeserializer(allocator).deserialize(new TrackingInputStream(new byte[0]), null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("byte offset 0");
    }

    @Test
    void deserialize_brokenConnection_isAStorageException() throws IOException {
        byte[] full = threeBatches();
        InputStream failing = new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                if (pos >= 100) {
                    throw new IOException("connection reset");
                }
                return full[pos++] & 0xFF;
            }
        };
        assertThatThrownBy(() -> new ArrowDeserializer(allocator).deserialize(failing, ArrowDeserializer.ACCEPT))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("connection reset");
    }

    @Test
    void deserialize_defaultAllocator_givesARootTheCallerCloses() throws IOException {
        ArrowDeserializer shared = new ArrowDeserializer();
        long before = shared.allocator().getAllocatedMemory();
        try (VectorSchemaRoot table = shared.deserialize(new TrackingInputStream(threeBatches()), null)) {
            assertThat(table.getRowCount()).isEqualTo(5);
            assertThat(shared.allocator().getAllocatedMemory()).isGreaterThan(before);
        }
        assertThat(shared.allocator().getAllocatedMemory()).isEqualTo(before);
        assertThat(new ArrowDeserializer().allocator()).isSameAs(shared.allocator());
    }

    @Test
    void deserialize_intColumnOnly_keepsValuesAcrossBatchBoundary() throws IOException {
        IntVector v = new IntVector("v", allocator);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (VectorSchemaRoot root = VectorSchemaRoot.of(v);
                ArrowStreamWriter writer = new ArrowStreamWriter(root, null, out)) {
            writer.start();
            for (int batch = 0; batch < 4; batch++) {
                root.allocateNew();
                for (int i = 0; i < 1000; i++) {
                    v.set(i, batch * 1000 + i);
                }
                root.setRowCount(1000);
                writer.writeBatch();
            }
            writer.end();
        }
        try (VectorSchemaRoot table = new ArrowDeserializer(allocator).deserialize(
                new TrackingInputStream(out.toByteArray()), null)) {
            IntVector back = (IntVector) table.getVector("v");
            assertThat(table.getRowCount()).isEqualTo(4000);
            for (int i = 0; i < 4000; i++) {
                assertThat(back.get(i)).isEqualTo(i);
            }
        }
    }
}
