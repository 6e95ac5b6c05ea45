/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.amazon.AmazonAlgorithmEstimatorBase;
import dev.sagemaker4j.amazon.FactorizationMachines;
import dev.sagemaker4j.amazon.KMeans;
import dev.sagemaker4j.amazon.KNN;
import dev.sagemaker4j.amazon.LinearLearner;
import dev.sagemaker4j.amazon.PCA;
import dev.sagemaker4j.amazon.RandomCutForest;
import dev.sagemaker4j.amazon.RecordSet;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CreateTrainingJob request of the Amazon algorithms' {@code fit(RecordSet, mini_batch_size)} on the wire,
 * field by field, against what the Python SDK v2.257.6 sends: the hyperparameter dicts of {@code
 * tests/unit/test_pca.py}, {@code test_kmeans.py}, {@code test_linear_learner.py}, {@code test_knn.py}, {@code
 * test_fm.py} and {@code test_randomcutforest.py} ({@code ALL_REQ_ARGS}, plus the {@code feature_dim} and {@code
 * mini_batch_size} that {@code _prepare_for_training} adds for {@code RecordSet("s3://Some-Bucket/prefix",
 * num_records=1, feature_dim=10, channel="train")} and {@code fit(data, 200)}), and the channel {@code
 * RecordSet.records_s3_input()} makes ({@code ManifestFile}, {@code ShardedByS3Key}, no content type), put
 * through {@code Session._get_train_request}. Known difference, as in {@link WireTrainingRequestsTest}: Python
 * adds a default {@code DebugHookConfig} and {@code ProfilerConfig}.
 */
class WireAmazonEstimatorsRequestsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SM";
    static final String DATA = "s3://some-bucket/prefix";
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;

    @BeforeAll
    static void start() throws Exception {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        client = RecordingClients.session(URI.create(api.url()), WireRequestsTest.CAPTURED);
    }

    @AfterAll
    static void stop() {
        client.close();
        api.close();
        server.close();
    }

    static <B extends AmazonAlgorithmEstimatorBase.Builder<B, ?>> B common(B b) {
        // a data_location given: the constructor asks for no default bucket (test_data_location_does_not_call_default_bucket)
        return b.role(ROLE).instanceCount(1).instanceType("ml.c4.xlarge").outputPath("s3://bucket/output")
                .dataLocation("s3://bucket/record-sets")
                .baseJobName("amazon").session(client);
    }

    /** Sends fit and returns the request body (the local server may refuse an algorithm it has no engine for). */
    static JsonNode fit(AmazonAlgorithmEstimatorBase estimator, Integer miniBatchSize) throws Exception {
        RecordSet data = RecordSet.builder().s3Data(DATA).numRecords(1).featureDim(10).channel("train").build();
        try {
            estimator.fit(data, f -> f.miniBatchSize(miniBatchSize).wait(false));
        } catch (RuntimeException refusedByTheLocalServer) {
            // the request was captured before it was sent
        }
        return WireRequestsTest.body("SageMaker.CreateTrainingJob");
    }

    static JsonNode expected(String repo, String jobName, String hyperparameters) throws Exception {
        return WireRequestsTest.json("{'TrainingJobName':'" + jobName + "',"
                + "'HyperParameters':{" + hyperparameters + "},"
                + "'AlgorithmSpecification':{'TrainingImage':'" + ImageUris.retrieve(repo, client.region(), "1")
                + "','TrainingInputMode':'File'},"
                + "'RoleArn':'" + ROLE + "',"
                + "'InputDataConfig':[{'ChannelName':'train','DataSource':{'S3DataSource':{'S3DataType':'ManifestFile',"
                + "'S3Uri':'" + DATA + "','S3DataDistributionType':'ShardedByS3Key'}}}],"
                + "'OutputDataConfig':{'S3OutputPath':'s3://bucket/output'},"
                + "'ResourceConfig':{'InstanceType':'ml.c4.xlarge','InstanceCount':1,'VolumeSizeInGB':30},"
                + "'StoppingCondition':{'MaxRuntimeInSeconds':86400}}");
    }

    static String job(JsonNode body) {
        return body.path("TrainingJobName").asText();
    }

    @Test
    void fit_pca_sendsWhatThePythonSdkSends() throws Exception {
        JsonNode body = fit(common(PCA.builder()).numComponents(5).build(), 200);
        assertThat(body).isEqualTo(expected("pca", job(body),
                "'num_components':'5','feature_dim':'10','mini_batch_size':'200'"));
    }

    @Test
    void fit_kmeans_sendsWhatThePythonSdkSends() throws Exception {
        JsonNode body = fit(common(KMeans.builder()).k(2).build(), 200);
        assertThat(body).isEqualTo(expected("kmeans", job(body),
                "'force_dense':'True','k':'2','feature_dim':'10','mini_batch_size':'200'"));
    }

    @Test
    void fit_linearLearner_sendsWhatThePythonSdkSends() throws Exception {
        JsonNode body = fit(common(LinearLearner.builder()).predictorType("binary_classifier").build(), null);
        // no mini_batch_size given: min(DEFAULT_MINI_BATCH_SIZE 1000, max(1, 1 record / 1 instance)) = 1
        assertThat(body).isEqualTo(expected("linear-learner", job(body),
                "'predictor_type':'binary_classifier','feature_dim':'10','mini_batch_size':'1'"));
    }

    @Test
    void fit_knn_sendsWhatThePythonSdkSends() throws Exception {
        JsonNode body = fit(common(KNN.builder()).k(5).sampleSize(1000).predictorType("regressor").build(), 200);
        assertThat(body).isEqualTo(expected("knn", job(body), "'k':'5','sample_size':'1000',"
                + "'predictor_type':'regressor','feature_dim':'10','mini_batch_size':'200'"));
    }

    @Test
    void fit_factorizationMachines_sendsWhatThePythonSdkSends() throws Exception {
        JsonNode body = fit(common(FactorizationMachines.builder()).numFactors(3).predictorType("regressor")
                .build(), 200);
        assertThat(body).isEqualTo(expected("factorization-machines", job(body),
                "'num_factors':'3','predictor_type':'regressor','feature_dim':'10','mini_batch_size':'200'"));
    }

    @Test
    void fit_randomCutForest_sendsWhatThePythonSdkSends() throws Exception {
        JsonNode body = fit(common(RandomCutForest.builder()).numTrees(50).numSamplesPerTree(20)
                .evalMetrics(List.of("accuracy", "precision_recall_fscore")).build(), null);
        JsonNode expected = expected("randomcutforest", job(body),
                "'num_samples_per_tree':'20','num_trees':'50','feature_dim':'10','mini_batch_size':'1000'");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("HyperParameters"))
                .put("eval_metrics", "[\"accuracy\", \"precision_recall_fscore\"]");
        assertThat(body).isEqualTo(expected);
    }
}
