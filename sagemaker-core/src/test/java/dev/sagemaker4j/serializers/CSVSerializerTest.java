/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

class CSVSerializerTest {
    private final CSVSerializer csv = new CSVSerializer();

    private String text(Object data) {
        return new String(csv.serialize(data), UTF_8);
    }

    @Test
    void contentType_defaultsToTextCsvAndCanBeOverridden() {
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(new CSVSerializer("text/csv; charset=utf-8").contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(csv.toString()).isEqualTo("CSVSerializer[contentType=text/csv]");
    }

    @Test
    void serialize_doubleMatrix_writesOneLinePerRow() {
        assertThat(text(new double[][] {{1, 2.5}, {-3, 4e-7}})).isEqualTo("1.0,2.5\n-3.0,4.0E-7");
    }

    @Test
    void serialize_primitiveRows_writeOneRow() {
        assertThat(text(new double[] {1.5, 2})).isEqualTo("1.5,2.0");
        assertThat(text(new float[] {0.1f, 3})).isEqualTo("0.1,3.0");
        assertThat(text(new int[] {1, -2})).isEqualTo("1,-2");
        assertThat(text(new long[] {Long.MAX_VALUE})).isEqualTo("9223372036854775807");
        assertThat(text(new short[] {7})).isEqualTo("7");
        assertThat(text(new boolean[] {true, false})).isEqualTo("True,False");
    }

    @Test
    void serialize_primitiveMatrices_writeRows() {
        assertThat(text(new float[][] {{1, 2}, {3, 4}})).isEqualTo("1.0,2.0\n3.0,4.0");
        assertThat(text(new int[][] {{1, 2}, {3, 4}})).isEqualTo("1,2\n3,4");
        assertThat(text(new long[][] {{1}, {2}})).isEqualTo("1\n2");
    }

    @Test
    void serialize_lists_writeARowOrRows() {
        assertThat(text(List.of(1, 2.5, 3L))).isEqualTo("1,2.5,3");
        assertThat(text(List.of(List.of(1, 2), List.of(3, 4)))).isEqualTo("1,2\n3,4");
        assertThat(text(List.of(new double[] {1, 2}, new double[] {3, 4}))).isEqualTo("1.0,2.0\n3.0,4.0");
        assertThat(text(new Object[] {"a", 1, null, true, new BigDecimal("1.10")})).isEqualTo("a,1,,True,1.10");
    }

    @Test
    void serialize_textFields_areQuotedOnlyWhenNeeded() {
        assertThat(text(List.of(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere"))))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"");
        assertThat(text(List.of(List.of(""), List.of("x")))).as("a lone empty field is quoted, as Python does")
                .isEqualTo("\"\"\nx");
    }

    @Test
    void serialize_nanAndInfinity_areWrittenAsPythonWritesThem() {
        assertThat(text(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}))
                .isEqualTo("nan,inf,-inf");
        assertThat(text(new float[] {Float.NaN, Float.NEGATIVE_INFINITY})).isEqualTo("nan,-inf");
    }

    @Test
    void serialize_passThroughInputs_areSentAsTheyAre() {
        assertThat(text("1,2\n3,4")).isEqualTo("1,2\n3,4");
        byte[] raw = "x,y".getBytes(UTF_8);
        assertThat(csv.serialize(raw)).isSameAs(raw);
        TrackingInputStream in = new TrackingInputStream("5,6");
        assertThat(text(in)).isEqualTo("5,6");
        assertThat(in.available()).isZero();
        assertThat(in.isClosed()).as("the caller's stream is not closed").isFalse();
    }

    @Test
    void serialize_npyArrays_writeRowsFlatteningInnerAxes() {
        assertThat(text(NpyArray.of(new double[] {1, 2}))).isEqualTo("1.0,2.0");
        assertThat(text(NpyArray.of(new int[][] {{1, 2}, {3, 4}}))).isEqualTo("1,2\n3,4");
        NpyArray cube = NpyArray.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7}).reshape(2, 2, 2);
        assertThat(text(cube)).isEqualTo("0,1,2,3\n4,5,6,7");
        assertThat(text(NpyArray.of(new float[] {0.1f}))).isEqualTo("0.1");
        assertThat(text(NpyArray.of(new boolean[] {true}))).isEqualTo("True");
        assertThat(text(NpyArray.of(new long[] {-1}).astype(NpyDType.UINT64))).isEqualTo("18446744073709551615");
        assertThat(text(NpyArray.of(new double[] {0.1}).astype(NpyDType.FLOAT16))).isEqualTo("0.099975586");
        assertThat(text(List.of(NpyArray.of(new int[] {1}), NpyArray.of(new int[] {2})))).isEqualTo("1\n2");
    }

    @Test
    void serialize_arrowTable_writesRowsWithoutHeaderAndNullsEmpty() {
        try (BufferAllocator allocator = new RootAllocator();
                VectorSchemaRoot root = table(allocator)) {
            assertThat(text(root)).isEqualTo("1,0.5,1.25,\"a,b\",True\n,-1.5,,,False\n3,nan,2.0,c,");
            assertThat(root.getRowCount()).as("the root is left as it was").isEqualTo(3);
        }
    }

    static VectorSchemaRoot table(BufferAllocator allocator) {
        BigIntVector id = new BigIntVector("id", allocator);
        Float8Vector score = new Float8Vector("score", allocator);
        Float4Vector weight = new Float4Vector("weight", allocator);
        VarCharVector name = new VarCharVector("name", allocator);
        BitVector flag = new BitVector("flag", allocator);
        id.allocateNew(3);
        score.allocateNew(3);
        weight.allocateNew(3);
        name.allocateNew(3);
        flag.allocateNew(3);
        id.set(0, 1);
        id.setNull(1);
        id.set(2, 3);
        score.set(0, 0.5);
        score.set(1, -1.5);
        score.set(2, Double.NaN);
        weight.set(0, 1.25f);
        weight.setNull(1);
        weight.set(2, 2f);
        name.set(0, "a,b".getBytes(UTF_8));
        name.setNull(1);
        name.set(2, "c".getBytes(UTF_8));
        flag.set(0, 1);
        flag.set(1, 0);
        flag.setNull(2);
        VectorSchemaRoot root = VectorSchemaRoot.of(id, score, weight, name, flag);
        root.setRowCount(3);
        return root;
    }

    @Test
    void serialize_randomDoubles_readBackExactly() {
        Random random = new Random(42);
        double[][] rows = new double[50][4];
        for (double[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Double.longBitsToDouble(random.nextLong());
                if (Double.isNaN(row[i])) {
                    row[i] = random.nextGaussian() * 1e-300;
                }
            }
        }
        List<List<String>> parsed = new CSVDeserializer().deserialize(new ByteArrayInputStream(csv.serialize(rows)),
                "text/csv");
        assertThat(parsed).hasSize(rows.length);
        for (int r = 0; r < rows.length; r++) {
            double[] back = parsed.get(r).stream().mapToDouble(Double::parseDouble).toArray();
            assertThat(back).as("row %d", r).containsExactly(rows[r]);
        }
    }

    @Test
    void serialize_emptyInputs_areRejected() {
        for (Object empty : new Object[] {new double[0], new double[0][], new double[][] {{1}, {}}, List.of(),
            List.of(List.of()), NpyArray.of(new double[0]), new Object[0]}) {
            assertThatThrownBy(() -> csv.serialize(empty)).as(empty.toString())
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("empty")
                    .satisfies(e -> assertThat(((ValidationException) e).fix()).isNotBlank());
        }
        try (BufferAllocator allocator = new RootAllocator();
                VectorSchemaRoot root = VectorSchemaRoot.of(new Float8Vector("x", allocator))) {
            assertThatThrownBy(() -> csv.serialize(root)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("empty");
        }
    }

    @Test
    void serialize_unsupportedType_namesTheTypeAndWhatIsAccepted() {
        assertThatThrownBy(() -> csv.serialize(Map.of("a", 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not supported by CSVSerializer")
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.field()).isEqualTo("data");
                    assertThat(v.value()).startsWith("java.util.ImmutableCollections$Map");
                    assertThat(v.fix()).startsWith("pass one of: String, byte[], InputStream");
                });
        assertThatThrownBy(() -> csv.serialize(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("null is not supported");
    }

    @Test
    void serialize_badCells_areRejectedWithTheirPath() {
        assertThatThrownBy(() -> csv.serialize(List.of(List.of(1, List.of(2)))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[0][1]"));
        assertThatThrownBy(() -> csv.serialize(List.of(List.of(1), 2)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("data[1]"));
        assertThatThrownBy(() -> csv.serialize(List.of(new Object())))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void serialize_complexOrScalarNpy_isRejected() {
        NpyArray z = NpyArray.of(NpyDType.COMPLEX64, new long[] {1}, ByteBuffer.allocate(8));
        assertThatThrownBy(() -> csv.serialize(z)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("complex");
        NpyArray scalar = NpyArray.fromNested(1.0);
        assertThatThrownBy(() -> csv.serialize(scalar)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("0-d");
    }
}
