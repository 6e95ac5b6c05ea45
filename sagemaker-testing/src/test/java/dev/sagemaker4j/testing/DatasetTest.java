/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {
    @TempDir
    Path dir;

    @Test
    void upload_localSession_objectHoldsTheCsvUnderThePrefix() {
        Dataset data = Datasets.binaryClassification(50, 3, 1);
        try (Session session = Session.builder().backend("local").root(dir.resolve("root")).region("us-east-1")
                .build()) {
            String uri = data.upload(session, "/churn/train/");

            assertThat(uri).isEqualTo("s3://sagemaker-us-east-1-000000000000/churn/train/data.csv");
            assertThat(session.readS3File(session.defaultBucket(), "churn/train/data.csv")).isEqualTo(data.toCsv());
        }
    }

    @Test
    void upload_wholeUriInsteadOfPrefix_failsWithTheFix() {
        Dataset data = Datasets.binaryClassification(5, 2, 1);
        try (Session session = Session.local(dir.resolve("root"))) {
            assertThatThrownBy(() -> data.upload(session, "s3://bucket/train"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("keyPrefix").hasMessageContaining("churn/train");
        }
    }

    @Test
    void features_csvAndArrays_holdTheSameValues() {
        Dataset data = Datasets.regression(20, 4, 3);
        double[][] x = data.features();
        String[] first = data.featuresCsv().lines().findFirst().orElseThrow().split(",");

        assertThat(first).hasSize(4);
        for (int j = 0; j < 4; j++) {
            assertThat((double) Float.parseFloat(first[j])).isEqualTo(x[0][j]);
        }
        assertThat(data.toCsv().lines().findFirst().orElseThrow()).endsWith("," + String.join(",", first));
    }

    @Test
    void features_returnedArrayChanged_datasetUnchanged() {
        Dataset data = Datasets.binaryClassification(10, 2, 1);
        double before = data.features()[0][0];

        data.features()[0][0] = 1e9;
        data.labels()[0] = 5;

        assertThat(data.features()[0][0]).isEqualTo(before);
        assertThat(data.labels()[0]).isIn(0.0, 1.0);
    }

    @Test
    void slice_range_keepsThoseRowsInOrder() {
        Dataset data = Datasets.binaryClassification(10, 2, 1);

        Dataset tail = data.slice(7, 10);

        assertThat(tail.rows()).isEqualTo(3);
        assertThat(tail.toCsv()).isEqualTo(String.join("\n", data.toCsv().lines().skip(7).toList()) + "\n");
        assertThat(tail.toString()).endsWith("rows 7..9");
        assertThatThrownBy(() -> data.slice(5, 5)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("0 <= from < to <= 10");
    }

    @Test
    void floatFeaturesAndFlatFeatures_sameValuesAsFeatures() {
        Dataset data = Datasets.regression(7, 3, 4);
        double[][] x = data.features();

        float[][] rows = data.floatFeatures();
        float[] flat = data.flatFeatures();

        assertThat(rows).hasNumberOfRows(7);
        assertThat(flat).hasSize(21);
        for (int i = 0; i < 7; i++) {
            assertThat(rows[i]).hasSize(3);
            for (int j = 0; j < 3; j++) {
                assertThat((double) rows[i][j]).isEqualTo(x[i][j]);
                assertThat(flat[i * 3 + j]).isEqualTo(rows[i][j]);
            }
        }
        rows[0][0] = 1e9f;
        flat[0] = 1e9f;
        assertThat(data.features()[0][0]).isEqualTo(x[0][0]);
    }

    @Test
    void toLibSvm_supervised_labelThenZeroBasedIndexValuePairsOfTheCsvsValues() {
        Dataset data = Datasets.builder().rows(20).features(3).seed(2).multiclassClassification(3);
        List<String> csv = data.toCsv().lines().toList();

        List<String> libsvm = data.toLibSvm().lines().toList();

        assertThat(libsvm).hasSize(20);
        for (int i = 0; i < 20; i++) {
            String[] cells = csv.get(i).split(",");
            assertThat(libsvm.get(i)).isEqualTo(cells[0] + " 0:" + cells[1] + " 1:" + cells[2] + " 2:" + cells[3]);
        }
        assertThat(Datasets.regression(3, 2, 1).toLibSvm()).endsWith("\n")
                .startsWith(Datasets.regression(3, 2, 1).toCsv().split(",")[0] + " 0:");
    }

    @Test
    void toLibSvm_clusters_failsForWantOfALabel() {
        Dataset data = Datasets.builder().rows(5).features(2).clusters(2);

        assertThatThrownBy(data::toLibSvm).isInstanceOf(ValidationException.class).hasMessageContaining("toCsv()");
        assertThatThrownBy(() -> data.writeLibSvm(dir.resolve("x.libsvm"))).isInstanceOf(ValidationException.class);
        assertThat(dir.resolve("x.libsvm")).doesNotExist();
    }

    @Test
    void writeLibSvm_file_writesToLibSvm() throws Exception {
        Dataset data = Datasets.regression(30, 2, 2);

        Path file = data.writeLibSvm(dir.resolve("train.libsvm"));

        assertThat(Files.readString(file)).isEqualTo(data.toLibSvm());
    }

    @Test
    void writeCsv_file_writesToCsv() throws Exception {
        Dataset data = Datasets.builder().rows(30).features(2).seed(2).multiclassClassification(4);

        Path file = data.writeCsv(dir.resolve("train.csv"));

        assertThat(Files.readString(file)).isEqualTo(data.toCsv());
    }
}
