/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.pca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.amazon.PCA;
import dev.sagemaker4j.amazon.PCAModel;
import dev.sagemaker4j.amazon.PCAPredictor;
import dev.sagemaker4j.amazon.RecordSet;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.serializers.CSVSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PCA from the public API, as a Python SDK user runs it: {@code PCA.fit(pca.recordSet(...))}, deploy, predict with
 * the {@link PCAPredictor}'s RecordIO defaults. The reconstruction error of the top components is checked against
 * an independent SVD (commons-math3) of the same data.
 */
class PcaEndToEndTest {
    static final int ROWS = 600;
    static final int DIM = 12;
    static final int K = 3;
    @TempDir
    static Path tmp;
    static Session session;
    static double[][] data;
    static double[] singular;   // of the centred data, descending (commons-math3)
    static double total;        // squared Frobenius norm of the centred data

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        // three latent directions of scale 10, 5 and 3 in 12 dimensions, plus noise 0.5, off-centre
        Random random = new Random(7);
        double[][] basis = new double[K][DIM];
        for (double[] b : basis) {
            for (int j = 0; j < DIM; j++) {
                b[j] = random.nextGaussian();
            }
        }
        double[] scale = {10, 5, 3};
        data = new double[ROWS][DIM];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < K; c++) {
                double z = random.nextGaussian() * scale[c];
                for (int j = 0; j < DIM; j++) {
                    data[r][j] += z * basis[c][j];
                }
            }
            for (int j = 0; j < DIM; j++) {
                data[r][j] += 0.5 * random.nextGaussian() + j;
            }
        }
        double[][] centred = centred(data);
        singular = new SingularValueDecomposition(MatrixUtils.createRealMatrix(centred)).getSingularValues();
        for (double[] row : centred) {
            for (double v : row) {
                total += v * v;
            }
        }
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static double[][] centred(double[][] x) {
        double[] mean = new double[DIM];
        for (double[] row : x) {
            for (int j = 0; j < DIM; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        double[][] c = new double[x.length][DIM];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < DIM; j++) {
                c[r][j] = x[r][j] - mean[j];
            }
        }
        return c;
    }

    static PCA.Builder pca() {
        return PCA.builder().role("arn:aws:iam::123456789012:role/SageMakerRole").instanceCount(1)
                .instanceType("local").outputPath("s3://" + session.defaultBucket() + "/pca").session(session);
    }

    /** The expected reconstruction error of the top k components: the squared singular values left out. */
    static double expectedError() {
        double e = 0;
        for (int i = K; i < singular.length; i++) {
            e += singular[i] * singular[i];
        }
        return e;
    }

    /**
     * The reconstruction error from the projections alone: the components are orthonormal, so the residual of
     * the centred data is its squared norm less the projections' squared norm.
     */
    static double reconstructionError(List<Record> answers) {
        assertThat(answers).hasSize(ROWS);
        double kept = 0;
        for (Record r : answers) {
            double[] p = r.label().get("projection").values().toDoubleArray();
            assertThat(p).hasSize(K);
            for (double v : p) {
                kept += v * v;
            }
        }
        return total - kept;
    }

    @SuppressWarnings("unchecked")
    void fitDeployPredict(String mode) {
        PCA pca = pca().numComponents(K).algorithmMode(mode).build();
        RecordSet records = pca.recordSet(NpyArray.of(data));
        assertThat(records.numRecords()).isEqualTo(ROWS);
        assertThat(records.featureDim()).isEqualTo(DIM);
        assertThat(records.s3Data()).endsWith("/.amazon.manifest");
        pca.fit(records, 100);
        assertThat(pca.hyperparameters()).containsEntry("feature_dim", "12").containsEntry("mini_batch_size", "100")
                .containsEntry("num_components", "3").containsEntry("algorithm_mode", mode);
        PCAPredictor predictor = (PCAPredictor) pca.<List<Record>>deploy(1, "local");
        try {
            List<Record> answers = predictor.predict(NpyArray.of(data));
            double error = reconstructionError(answers);
            assertThat(error).isCloseTo(expectedError(), within(expectedError() * 1e-3));
            // the rows kept by 3 components explain almost everything: the error is small against the total
            assertThat(error / total).isLessThan(0.05);
        } finally {
            predictor.deleteEndpoint();
        }
    }

    @Test
    void fit_regularMode_reconstructionErrorMatchesAnIndependentSvd() {
        fitDeployPredict("regular");
    }

    @Test
    void fit_randomizedMode_reconstructionErrorMatchesAnIndependentSvd() {
        fitDeployPredict("randomized");
    }

    @Test
    void predict_csvInJsonOut_answersProjectionsAndKeepsServingAfterABadRequest() throws Exception {
        PCA pca = pca().numComponents(2).subtractMean(false).build();
        pca.fit(pca.recordSet(NpyArray.of(Arrays.copyOf(data, 100))));
        assertThat(pca.miniBatchSize()).isEqualTo(100);   // min(500, 100 records / 1 instance), as Python
        PCAModel model = pca.createModel();
        Predictor<?> endpoint = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new JSONDeserializer()));
        try {
            assertThat(endpoint).isInstanceOf(PCAPredictor.class);
            assertThatThrownBy(() -> endpoint.predict(new double[][] {{1, 2, 3}}))
                    .hasMessageContaining("feature_dim");
            Object answer = endpoint.predict(new double[][] {data[0], data[1]});
            JsonNode json = SdkJson.MAPPER.valueToTree(answer);
            assertThat(json.path("projections")).hasSize(2);
            assertThat(json.path("projections").get(0).path("projection")).hasSize(2);
        } finally {
            endpoint.deleteEndpoint();
        }
    }

    @Test
    void build_hyperparameterOutOfRange_throwsValidationExceptionNamingIt() {
        assertThatThrownBy(() -> pca().numComponents(0).build()).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("numComponents"))
                .hasMessageContaining("num_components");
        assertThatThrownBy(() -> pca().algorithmMode("fast").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("algorithm_mode").hasMessageContaining("regular");
    }

    @Test
    void fit_moreComponentsThanFeatures_failsWithAReasonNamingIt() {
        PCA pca = pca().numComponents(DIM + 1).build();
        RecordSet records = pca.recordSet(NpyArray.of(Arrays.copyOf(data, 50)));
        assertThatThrownBy(() -> pca.fit(records)).isInstanceOf(UnexpectedStatusException.class);
        assertThat(pca.latestTrainingJob().describe().failureReason()).contains("num_components");
    }

    @Test
    void fit_truncatedRecordIO_failsWithAReasonNamingTheFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dev.sagemaker4j.recordio.RecordIO.writeDenseTensor(out, NpyArray.of(Arrays.copyOf(data, 20)));
        byte[] whole = out.toByteArray();
        String prefix = "s3://" + session.defaultBucket() + "/truncated/";
        session.objectStore().put(prefix + "part-0.pbr", new ByteArrayInputStream(Arrays.copyOf(whole,
                whole.length - 7)));
        PCA pca = pca().numComponents(2).build();
        RecordSet records = RecordSet.builder().s3Data(prefix).s3DataType("S3Prefix").numRecords(20)
                .featureDim(DIM).build();
        assertThatThrownBy(() -> pca.fit(records)).isInstanceOf(UnexpectedStatusException.class);
        assertThat(pca.latestTrainingJob().describe().failureReason()).contains("part-0.pbr")
                .contains("RecordIO");
    }
}
