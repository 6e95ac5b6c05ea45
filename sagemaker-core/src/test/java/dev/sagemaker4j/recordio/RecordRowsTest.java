/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.recordio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.npy.NpyArray;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RecordRows}, the one-pass reader, against {@link RecordIO#readRecords} (the full parser) on the Python SDK's
 * fixtures and on bodies this test writes: the same rows and labels whenever it answers, and no answer (so the
 * caller takes the full parser's error) for every body that is not plain, including every truncation.
 */
class RecordRowsTest {
    /** The rows and labels the full parser reads, as the algorithms turn them into rows. */
    private static float[][] slowRows(byte[] body, int dim, List<Float> labels) {
        List<Record> records = RecordIO.readRecords(new ByteArrayInputStream(body));
        float[][] rows = new float[records.size()][];
        for (int r = 0; r < rows.length; r++) {
            RecordValue v = records.get(r).features().get("values");
            float[] values = v.values().toFloatArray();
            rows[r] = new float[dim];
            if (v.isSparse() || (values.length == 0 && v.shape().length > 0)) {
                for (int i = 0; i < v.keys().length; i++) {
                    rows[r][(int) v.keys()[i]] = values[i];
                }
            } else {
                rows[r] = values;
            }
            RecordValue label = records.get(r).label().get("values");
            if (label != null && label.values().size() > 0) {
                labels.add((float) label.values().getDouble(0));
            }
        }
        return rows;
    }

    private static void assertSameAsFullParser(byte[] body, int dim) {
        List<Float> labels = new ArrayList<>();
        float[][] expected = slowRows(body, dim, labels);
        RecordRows rows = RecordRows.read(body, dim).orElseThrow();
        assertThat(rows.size()).isEqualTo(expected.length);
        assertThat(rows.toRows()).isDeepEqualTo(expected);
        assertThat(rows.labelCount()).isEqualTo(labels.size());
        float[] l = new float[labels.size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels.get(i);
        }
        assertThat(rows.labels()).containsExactly(l);
    }

    @Test
    void read_pythonSdkFixtures_givesTheFullParsersRowsAndLabels() throws Exception {
        assertSameAsFullParser(RecordIOTest.fixture("dense_float32_labels.rec"), 4);
        assertSameAsFullParser(RecordIOTest.fixture("dense_float64.rec"), 3);
        assertSameAsFullParser(RecordIOTest.fixture("dense_int_labels.rec"), 3);
        assertSameAsFullParser(RecordIOTest.fixture("sparse_float32.rec"), 3);
        assertSameAsFullParser(RecordIOTest.fixture("sparse_float64_labels.rec"), 5);
    }

    @Test
    void read_writtenDenseAndSparse_givesTheFullParsersRows() {
        Random random = new Random(7);
        float[][] x = new float[300][12];
        float[] y = new float[300];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < 12; j++) {
                x[r][j] = random.nextInt(4) == 0 ? (float) random.nextGaussian() : 0f;
            }
            y[r] = random.nextInt(3);
        }
        ByteArrayOutputStream dense = new ByteArrayOutputStream();
        RecordIO.writeDenseTensor(dense, NpyArray.of(x), NpyArray.of(y));
        assertSameAsFullParser(dense.toByteArray(), 12);
        assertThat(RecordRows.read(dense.toByteArray(), 12).orElseThrow().toRows()).isDeepEqualTo(x);

        ByteArrayOutputStream sparse = new ByteArrayOutputStream();
        RecordIO.writeSparseTensor(sparse, CsrMatrix.fromDense(NpyArray.of(x)));
        assertSameAsFullParser(sparse.toByteArray(), 12);
        RecordRows rows = RecordRows.read(sparse.toByteArray(), 12).orElseThrow();
        assertThat(rows.toRows()).isDeepEqualTo(x);
        assertThat(rows.labelCount()).isZero();
    }

    @Test
    void read_sparseRowWithoutValues_isARowOfZeros() throws Exception {
        // the Python SDK writes an all-zero row of a sparse matrix as keys [], values [], shape [5]
        RecordRows rows = RecordRows.read(RecordIOTest.fixture("sparse_float64_labels.rec"), 5).orElseThrow();
        assertThat(rows.toRows()[1]).containsExactly(0f, 0f, 0f, 0f, 0f);
        assertThat(rows.labels()).containsExactly(1f, 0f, 2f);
    }

    @Test
    void read_uidAndMetadata_areSkippedAndOtherTensorTypesConverted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordIO.writeRecord(out, Record.builder().feature("values", RecordValue.float64Tensor(new double[] {1.5, -2,
                3})).label("values", RecordValue.int32Tensor(new int[] {-4})).uid("u-1").metadata("m").build()
                .toByteArray());
        RecordRows rows = RecordRows.read(out.toByteArray(), 3).orElseThrow();
        assertThat(rows.features()).containsExactly(1.5f, -2f, 3f);
        assertThat(rows.labels()).containsExactly(-4f);
    }

    @Test
    void read_bodiesThatAreNotPlain_answerEmptySoTheFullParserNamesTheProblem() {
        ByteArrayOutputStream ok = new ByteArrayOutputStream();
        RecordIO.writeDenseTensor(ok, NpyArray.of(new float[][] {{1, 2, 3}, {4, 5, 6}}));
        byte[] body = ok.toByteArray();
        // another width
        assertThat(RecordRows.read(body, 4)).isEmpty();
        // another feature beside "values": the full parser checks it
        ByteArrayOutputStream extra = new ByteArrayOutputStream();
        RecordIO.writeRecord(extra, Record.builder().feature("other", RecordValue.float32Tensor(new float[] {9}))
                .feature("values", RecordValue.float32Tensor(new float[] {1, 2, 3})).build().toByteArray());
        assertThat(RecordRows.read(extra.toByteArray(), 3)).isEmpty();
        // no "values" feature
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        RecordIO.writeRecord(other, Record.builder().feature("x", RecordValue.float32Tensor(new float[] {1, 2, 3}))
                .build().toByteArray());
        assertThat(RecordRows.read(other.toByteArray(), 3)).isEmpty();
        // a key outside the row
        ByteArrayOutputStream key = new ByteArrayOutputStream();
        RecordIO.writeRecord(key, Record.builder().feature("values", RecordValue.float32Tensor(new float[] {1},
                new long[] {7}, new long[] {8})).build().toByteArray());
        assertThat(RecordRows.read(key.toByteArray(), 3)).isEmpty();
        // bytes values
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordIO.writeRecord(bytes, Record.builder().feature("values", RecordValue.bytes(List.of(new byte[] {1}),
                "x")).build().toByteArray());
        assertThat(RecordRows.read(bytes.toByteArray(), 3)).isEmpty();
        // not RecordIO at all
        assertThat(RecordRows.read("1,2,3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 3)).isEmpty();
    }

    @Test
    void read_everyTruncationAndCorruption_neverThrowsAndNeverDisagreesWithTheFullParser() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordIO.writeSparseTensor(out, CsrMatrix.fromDense(NpyArray.of(new float[][] {{0, 2, 0}, {4, 0, 6}})),
                NpyArray.of(new float[] {1, 0}));
        RecordIO.writeDenseTensor(out, NpyArray.of(new double[][] {{1, 2, 3}}), NpyArray.of(new double[] {5}));
        byte[] body = out.toByteArray();
        Random random = new Random(11);
        for (int cut = 0; cut < body.length; cut++) {
            checkAgreement(Arrays.copyOf(body, cut));
            byte[] flipped = body.clone();
            flipped[cut] ^= (byte) (1 + random.nextInt(255));
            checkAgreement(flipped);
        }
    }

    /** When the one-pass reader answers, the full parser reads the same rows; it never throws. */
    private static void checkAgreement(byte[] body) {
        var fast = RecordRows.read(body, 3);
        if (fast.isEmpty()) {
            return;
        }
        List<Float> labels = new ArrayList<>();
        float[][] slow = slowRows(body, 3, labels);
        assertThat(fast.get().toRows()).isDeepEqualTo(slow);
        assertThat(fast.get().labelCount()).isEqualTo(labels.size());
    }
}
