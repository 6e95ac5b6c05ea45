/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.recordio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.deserializers.RecordDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import dev.sagemaker4j.serializers.RecordSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RecordIO-protobuf against fixtures the protobuf runtime for Python wrote from the Python SDK v2.257.6's
 * {@code record.proto} by the steps of its {@code serializer_utils.py} ({@code make_fixtures.py} and README.md
 * next to them): our writers give the same bytes for the same data, and our readers read them back.
 */
class RecordIOTest {
    static byte[] fixture(String name) throws IOException {
        try (InputStream in = RecordIOTest.class.getResourceAsStream("/dev/sagemaker4j/recordio/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    static byte[] dense(NpyArray array, NpyArray labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordIO.writeDenseTensor(out, array, labels);
        return out.toByteArray();
    }

    static byte[] sparse(CsrMatrix matrix, NpyArray labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordIO.writeSparseTensor(out, matrix, labels);
        return out.toByteArray();
    }

    static final float[][] F32 = {{1.5f, -2.25f, 3.0f, 0.0f}, {4.0f, 5.5f, -6.125f, 7.0f}, {0.1f, 0.2f, 0.3f, 1e30f}};
    static final double[][] F64 = {{0.1, 2.0, -3.5}, {1e-300, 4.0, 6.02e23}};
    static final long[][] INTS = {{1, -2, 300}, {2147483647, -2147483648, 0}};
    static final double[][] SPARSE = {{0.0, 1.5, 0.0, 0.0, -2.0}, {0, 0, 0, 0, 0}, {3.25, 0.0, 0.0, 200.0, 0.0}};

    @Test
    void writeDenseTensor_float32WithFloat64Labels_writesThePythonSdksBytes() throws Exception {
        byte[] ours = dense(NpyArray.of(F32), NpyArray.of(new double[] {0.0, 1.0, 0.5}));

        assertThat(ours).isEqualTo(fixture("dense_float32_labels.rec"));
    }

    @Test
    void writeDenseTensor_float64WithoutLabels_writesThePythonSdksBytes() throws Exception {
        assertThat(dense(NpyArray.of(F64), null)).isEqualTo(fixture("dense_float64.rec"));
    }

    @Test
    void writeDenseTensor_int64AndInt32_writeThePythonSdksInt32Tensors() throws Exception {
        byte[] expected = fixture("dense_int_labels.rec");

        assertThat(dense(NpyArray.of(INTS), NpyArray.of(new long[] {7, -1}))).isEqualTo(expected);
        int[][] ints = {{1, -2, 300}, {2147483647, -2147483648, 0}};
        assertThat(dense(NpyArray.of(ints), NpyArray.of(new int[] {7, -1}))).isEqualTo(expected);
    }

    @Test
    void writeSparseTensor_float64WithEmptyRowAndLabels_writesThePythonSdksBytes() throws Exception {
        byte[] ours = sparse(CsrMatrix.fromDense(NpyArray.of(SPARSE)), NpyArray.of(new double[] {1.0, 0.0, 2.0}));

        assertThat(ours).isEqualTo(fixture("sparse_float64_labels.rec"));
    }

    @Test
    void writeSparseTensor_float32FromItsArrays_writesThePythonSdksBytes() throws Exception {
        CsrMatrix m = CsrMatrix.builder().data(NpyArray.of(new float[] {0.5f, -1.0f})).indices(new long[] {2, 0})
                .indptr(new long[] {0, 1, 2}).shape(2, 3).build();

        assertThat(sparse(m, null)).isEqualTo(fixture("sparse_float32.rec"));
        assertThat(m).isEqualTo(CsrMatrix.fromDense(NpyArray.of(new float[][] {{0, 0, 0.5f}, {-1, 0, 0}})));
    }

    @Test
    void readRecords_denseFixture_givesTheRowsAndLabels() throws Exception {
        List<Record> records = RecordIO.readRecords(new ByteArrayInputStream(fixture("dense_float32_labels.rec")));

        assertThat(records).hasSize(3);
        for (int r = 0; r < 3; r++) {
            RecordValue values = records.get(r).features().get("values");
            assertThat(values.kind()).isEqualTo(RecordValue.Kind.FLOAT32_TENSOR);
            assertThat(values.values().toFloatArray()).containsExactly(F32[r]);
            assertThat(values.isSparse()).isFalse();
            assertThat(records.get(r).label().get("values"))
                    .isEqualTo(RecordValue.float64Tensor(new double[] {new double[] {0.0, 1.0, 0.5}[r]}));
            assertThat(records.get(r).uid()).isEmpty();
        }
        List<Record> ints = RecordIO.readRecords(new ByteArrayInputStream(fixture("dense_int_labels.rec")));
        assertThat(ints.get(1).features().get("values"))
                .isEqualTo(RecordValue.int32Tensor(new int[] {2147483647, -2147483648, 0}));
        assertThat(ints.get(1).label().get("values")).isEqualTo(RecordValue.int32Tensor(new int[] {-1}));
        List<Record> f64 = RecordIO.readRecords(new ByteArrayInputStream(fixture("dense_float64.rec")));
        assertThat(f64.get(1).features().get("values").values().toDoubleArray()).containsExactly(F64[1]);
        assertThat(f64.get(1).label()).isEmpty();
    }

    @Test
    void readRecords_sparseFixture_givesKeysShapeAndTheEmptyRow() throws Exception {
        List<Record> records = RecordIO.readRecords(new ByteArrayInputStream(fixture("sparse_float64_labels.rec")));

        assertThat(records).hasSize(3);
        RecordValue first = records.get(0).features().get("values");
        assertThat(first).isEqualTo(RecordValue.float64Tensor(new double[] {1.5, -2.0}, new long[] {1, 4},
                new long[] {5}));
        assertThat(first.isSparse()).isTrue();
        RecordValue empty = records.get(1).features().get("values");
        assertThat(empty.kind()).isEqualTo(RecordValue.Kind.FLOAT64_TENSOR);
        assertThat(empty.values().size()).isZero();
        assertThat(empty.shape()).containsExactly(5);
        assertThat(records.get(2).label().get("values").values().toDoubleArray()).containsExactly(2.0);
        // written again, record by record, the same bytes
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        for (Record r : records) {
            RecordIO.writeRecord(again, r.toByteArray());
        }
        assertThat(again.toByteArray()).isEqualTo(fixture("sparse_float64_labels.rec"));
    }

    @Test
    void record_allFieldsAndBytes_roundTrip() {
        Record r = Record.builder()
                .feature("values", RecordValue.int32Tensor(new int[] {-5, 0, 9}, new long[] {0, 3, 7}, new long[] {8}))
                .feature("image", RecordValue.bytes(List.of("abc".getBytes(StandardCharsets.UTF_8), new byte[0]),
                        "image/png"))
                .label("values", RecordValue.float32Tensor(new float[] {1}))
                .uid("row-1").metadata("{\"source\": \"x\"}").configuration("{\"k\": 1}").build();

        Record back = Record.parseFrom(r.toByteArray());

        assertThat(back).isEqualTo(r);
        assertThat(back.features().keySet()).containsExactly("values", "image");
        assertThat(back.features().get("image").contentType()).contains("image/png");
        assertThat(back.features().get("image").bytes().get(0)).isEqualTo("abc".getBytes(StandardCharsets.UTF_8));
        assertThat(back.uid()).contains("row-1");
        assertThat(back.configuration()).contains("{\"k\": 1}");
        assertThat(back.toBuilder().uid(null).build().uid()).isEmpty();
    }

    @Test
    void parseFrom_unpackedRepeatedFields_areReadAsPackedOnes() {
        // Float32Tensor{values: 1.0, 2.0 unpacked (tag 0x0d), shape: 2 unpacked (tag 0x18)} in Value field 2,
        // in a features entry "values"
        byte[] tensor = {0x0d, 0, 0, (byte) 0x80, 0x3f, 0x0d, 0, 0, 0, 0x40, 0x18, 0x02};
        byte[] value = concat(new byte[] {0x12, (byte) tensor.length}, tensor);
        byte[] key = {0x0a, 0x06, 'v', 'a', 'l', 'u', 'e', 's'};
        byte[] entry = concat(key, concat(new byte[] {0x12, (byte) value.length}, value));
        byte[] record = concat(new byte[] {0x0a, (byte) entry.length}, entry);

        Record r = Record.parseFrom(record);

        assertThat(r.features().get("values")).isEqualTo(RecordValue.float32Tensor(new float[] {1, 2}, null,
                new long[] {2}));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void writeRecord_lengths_padToFourBytes() {
        for (int n = 0; n < 6; n++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RecordIO.writeRecord(out, new byte[n]);
            byte[] b = out.toByteArray();
            assertThat(b.length).isEqualTo(8 + (n + 3) / 4 * 4);
            assertThat(Arrays.copyOf(b, 4)).containsExactly(0x0a, 0x23, 0xd7, 0xce);
            assertThat(RecordIO.readRecordIO(new ByteArrayInputStream(b))).singleElement()
                    .satisfies(d -> assertThat(d).hasSize(b[4]));
        }
    }

    @Test
    void readRecordIO_badMagicOrCutShort_namesTheOffset() {
        assertThatThrownBy(() -> RecordIO.readRecordIO(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 0, 0, 0, 0})))
                .isInstanceOf(ValidationException.class).hasMessageContaining("byte 0")
                .hasMessageContaining("0x04030201");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordIO.writeRecord(out, new byte[] {0x1a, 0x01, 'x', 0});
        byte[] cut = Arrays.copyOf(out.toByteArray(), 10);
        assertThatThrownBy(() -> RecordIO.readRecordIO(new ByteArrayInputStream(cut)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ends after 2 of the record's 4 bytes");
        assertThatThrownBy(() -> Record.parseFrom(new byte[] {0x0a, 0x09, 0x01}))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not a RecordIO-protobuf Record");
    }

    @Test
    void writeDenseTensor_badShapesAndTypes_failAsPythonDoes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> RecordIO.writeDenseTensor(out, NpyArray.of(new double[] {1, 2})))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Array must be a Matrix");
        assertThatThrownBy(() -> RecordIO.writeDenseTensor(out, NpyArray.of(F64), NpyArray.of(new double[] {1})))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 labels for 2 rows");
        assertThatThrownBy(() -> RecordIO.writeDenseTensor(out, NpyArray.of(new short[][] {{1}})))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Unsupported dtype");
        assertThatThrownBy(() -> RecordIO.writeDenseTensor(out, NpyArray.of(new long[][] {{1L << 40}})))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Value out of range");
        assertThat(out.size()).isZero();
    }

    @Test
    void recordSerializer_vectorAndMatrix_areDenseTensorRecords() throws Exception {
        RecordSerializer s = new RecordSerializer();

        assertThat(s.contentType()).isEqualTo("application/x-recordio-protobuf");
        assertThat(s.serialize(NpyArray.of(F64))).isEqualTo(fixture("dense_float64.rec"));
        assertThat(s.serialize(F64)).isEqualTo(fixture("dense_float64.rec"));
        assertThat(s.serialize(new float[] {1.5f, 2f})).isEqualTo(dense(NpyArray.of(new float[][] {{1.5f, 2f}}), null));
        assertThat(new RecordSerializer("application/octet-stream").contentType())
                .isEqualTo("application/octet-stream");
        assertThatThrownBy(() -> s.serialize(NpyArray.of(NpyDType.FLOAT32, new long[] {1, 1, 1},
                java.nio.ByteBuffer.allocate(4)))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Expected a 1D or 2D array, but got a 3D array instead.");
        assertThatThrownBy(() -> s.serialize("text")).isInstanceOf(ValidationException.class);
    }

    @Test
    void recordDeserializer_fixture_readsTheRecordsAndClosesTheStream() throws Exception {
        RecordDeserializer d = new RecordDeserializer();
        boolean[] closed = {false};
        InputStream body = new ByteArrayInputStream(fixture("sparse_float32.rec")) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        List<Record> records = d.deserialize(body, "application/x-recordio-protobuf");

        assertThat(d.acceptTypes()).containsExactly("application/x-recordio-protobuf");
        assertThat(records).extracting(r -> r.features().get("values")).containsExactly(
                RecordValue.float32Tensor(new float[] {0.5f}, new long[] {2}, new long[] {3}),
                RecordValue.float32Tensor(new float[] {-1f}, new long[] {0}, new long[] {3}));
        assertThat(closed[0]).isTrue();
        assertThat(new RecordDeserializer("application/octet-stream").acceptTypes())
                .containsExactly("application/octet-stream");
    }
}
