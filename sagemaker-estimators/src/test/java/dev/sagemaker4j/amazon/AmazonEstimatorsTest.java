/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.deserializers.RecordDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serializers.RecordSerializer;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * The Amazon algorithms' estimator classes: hyperparameters as the Python SDK v2.257.6's unit tests expect them
 * ({@code tests/unit/test_pca.py}, {@code test_kmeans.py}, {@code test_linear_learner.py}, {@code test_knn.py},
 * {@code test_fm.py}, {@code test_randomcutforest.py}: {@code test_all_hyperparameters}), Python's checks,
 * {@code record_set}'s shards and manifest ({@code test_amazon_estimator.py}), and LinearLearner and KMeans
 * trained end to end on record sets through the local algorithms.
 */
class AmazonEstimatorsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    @TempDir
    static Path tmp;
    static Session session;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static <B extends AmazonAlgorithmEstimatorBase.Builder<B, ?>> B common(B b) {
        return b.role(ROLE).instanceCount(1).instanceType("local").session(session)
                .outputPath("s3://" + session.defaultBucket() + "/amazon");
    }

    @Test
    void hyperparameters_everyKeyword_areWhatThePythonSdkSends() {
        assertThat(common(PCA.builder()).numComponents(5).algorithmMode("regular").subtractMean(true)
                .extraComponents(1).build().hyperparameters()).isEqualTo(Map.of("num_components", "5",
                        "algorithm_mode", "regular", "subtract_mean", "True", "extra_components", "1"));
        assertThat(common(KMeans.builder()).k(2).initMethod("random").maxIterations(3).tol(0.5).numTrials(5)
                .localInitMethod("kmeans++").halfLifeTimeSize(0).epochs(10).centerFactor(2)
                .evalMetrics(List.of("msd", "ssd")).build().hyperparameters()).isEqualTo(Map.ofEntries(
                        Map.entry("k", "2"), Map.entry("init_method", "random"),
                        Map.entry("local_lloyd_max_iter", "3"), Map.entry("local_lloyd_tol", "0.5"),
                        Map.entry("local_lloyd_num_trials", "5"), Map.entry("local_lloyd_init_method", "kmeans++"),
                        Map.entry("half_life_time_size", "0"), Map.entry("epochs", "10"),
                        Map.entry("extra_center_factor", "2"), Map.entry("eval_metrics", "[\"msd\", \"ssd\"]"),
                        Map.entry("force_dense", "True")));
        LinearLearner ll = common(LinearLearner.builder()).predictorType("binary_classifier")
                .binaryClassifierModelSelectionCriteria("accuracy").targetRecall(0.5).targetPrecision(0.6)
                .positiveExampleWeightMult(0.1).epochs(1).useBias(true).numModels(5).numCalibrationSamples(6)
                .initMethod("uniform").initScale(0.1).initSigma(0.001).initBias(0).optimizer("sgd").loss("logistic")
                .wd(0.4).l1(0.04).momentum(0.1).learningRate(0.001).beta1(0.2).beta2(0.03).biasLrMult(5.5)
                .biasWdMult(6.6).useLrScheduler(false).lrSchedulerStep(2).lrSchedulerFactor(0.03)
                .lrSchedulerMinimumLr(0.001).normalizeData(false).normalizeLabel(true).unbiasData(true)
                .unbiasLabel(false).numPointForScaler(3).margin(1.0).quantile(0.5).lossInsensitivity(0.1)
                .huberDelta(0.1).earlyStoppingPatience(3).earlyStoppingTolerance(0.001).numClasses(1)
                .accuracyTopK(3).fBeta(1.0).balanceMulticlassWeights(false).build();
        assertThat(ll.hyperparameters()).isEqualTo(Map.ofEntries(Map.entry("predictor_type", "binary_classifier"),
                Map.entry("binary_classifier_model_selection_criteria", "accuracy"), Map.entry("target_recall", "0.5"),
                Map.entry("target_precision", "0.6"), Map.entry("positive_example_weight_mult", "0.1"),
                Map.entry("epochs", "1"), Map.entry("use_bias", "True"), Map.entry("num_models", "5"),
                Map.entry("num_calibration_samples", "6"), Map.entry("init_method", "uniform"),
                Map.entry("init_scale", "0.1"), Map.entry("init_sigma", "0.001"), Map.entry("init_bias", "0.0"),
                Map.entry("optimizer", "sgd"), Map.entry("loss", "logistic"), Map.entry("wd", "0.4"),
                Map.entry("l1", "0.04"), Map.entry("momentum", "0.1"), Map.entry("learning_rate", "0.001"),
                Map.entry("beta_1", "0.2"), Map.entry("beta_2", "0.03"), Map.entry("bias_lr_mult", "5.5"),
                Map.entry("bias_wd_mult", "6.6"), Map.entry("use_lr_scheduler", "False"),
                Map.entry("lr_scheduler_step", "2"), Map.entry("lr_scheduler_factor", "0.03"),
                Map.entry("lr_scheduler_minimum_lr", "0.001"), Map.entry("normalize_data", "False"),
                Map.entry("normalize_label", "True"), Map.entry("unbias_data", "True"),
                Map.entry("unbias_label", "False"), Map.entry("num_point_for_scaler", "3"), Map.entry("margin", "1.0"),
                Map.entry("quantile", "0.5"), Map.entry("loss_insensitivity", "0.1"), Map.entry("huber_delta", "0.1"),
                Map.entry("early_stopping_patience", "3"), Map.entry("early_stopping_tolerance", "0.001"),
                Map.entry("num_classes", "1"), Map.entry("accuracy_top_k", "3"), Map.entry("f_beta", "1.0"),
                Map.entry("balance_multiclass_weights", "False")));
        assertThat(common(KNN.builder()).k(5).sampleSize(1000).predictorType("regressor")
                .dimensionReductionType("sign").dimensionReductionTarget(2).indexType("faiss.Flat")
                .indexMetric("COSINE").faissIndexIvfNlists("auto").faissIndexPqM(1).build().hyperparameters())
                .isEqualTo(Map.of("k", "5", "sample_size", "1000", "predictor_type", "regressor",
                        "dimension_reduction_type", "sign", "dimension_reduction_target", "2",
                        "index_type", "faiss.Flat", "index_metric", "COSINE", "faiss_index_ivf_nlists", "auto",
                        "faiss_index_pq_m", "1"));
        assertThat(common(FactorizationMachines.builder()).numFactors(3).predictorType("regressor").epochs(2)
                .clipGradient(1e2).eps(0.001).rescaleGrad(2.2).biasLr(0.01).linearLr(0.002).factorsLr(0.0003)
                .biasWd(0.0004).linearWd(1.01).factorsWd(1.002).biasInitMethod("uniform").biasInitScale(0.1)
                .biasInitSigma(0.05).biasInitValue(2.002).linearInitMethod("constant").linearInitScale(0.02)
                .linearInitSigma(0.003).linearInitValue(1.0).factorsInitMethod("normal").factorsInitScale(1.101)
                .factorsInitSigma(1.202).factorsInitValue(1.303).build().hyperparameters())
                .isEqualTo(Map.ofEntries(Map.entry("num_factors", "3"), Map.entry("predictor_type", "regressor"),
                        Map.entry("epochs", "2"), Map.entry("clip_gradient", "100.0"), Map.entry("eps", "0.001"),
                        Map.entry("rescale_grad", "2.2"), Map.entry("bias_lr", "0.01"), Map.entry("linear_lr", "0.002"),
                        Map.entry("factors_lr", "0.0003"), Map.entry("bias_wd", "0.0004"),
                        Map.entry("linear_wd", "1.01"), Map.entry("factors_wd", "1.002"),
                        Map.entry("bias_init_method", "uniform"), Map.entry("bias_init_scale", "0.1"),
                        Map.entry("bias_init_sigma", "0.05"), Map.entry("bias_init_value", "2.002"),
                        Map.entry("linear_init_method", "constant"), Map.entry("linear_init_scale", "0.02"),
                        Map.entry("linear_init_sigma", "0.003"), Map.entry("linear_init_value", "1.0"),
                        Map.entry("factors_init_method", "normal"), Map.entry("factors_init_scale", "1.101"),
                        Map.entry("factors_init_sigma", "1.202"), Map.entry("factors_init_value", "1.303")));
        assertThat(common(RandomCutForest.builder()).numTrees(50).numSamplesPerTree(20)
                .evalMetrics(List.of("accuracy", "precision_recall_fscore")).build().hyperparameters())
                .isEqualTo(Map.of("num_samples_per_tree", "20", "num_trees", "50", "eval_metrics",
                        "[\"accuracy\", \"precision_recall_fscore\"]"));
    }

    @Test
    void build_outOfRangeHyperparameters_throwValidationExceptionNamingThem() {
        assertThatThrownBy(() -> common(KMeans.builder()).k(1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("k"))
                .hasMessageContaining("An integer greater-than 1");
        assertThatThrownBy(() -> common(KMeans.builder()).tol(1.5).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tol"))
                .hasMessageContaining("local_lloyd_tol");
        assertThatThrownBy(() -> common(LinearLearner.builder()).predictorType("multiclass_classifier").numClasses(2)
                .build()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("numClasses"));
        assertThatThrownBy(() -> common(LinearLearner.builder()).momentum(1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("momentum"));
        assertThatThrownBy(() -> common(KNN.builder()).dimensionReductionType("sign").build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("dimensionReductionTarget"));
        assertThatThrownBy(() -> common(KNN.builder()).indexMetric("L1").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("indexMetric"));
        assertThatThrownBy(() -> common(FactorizationMachines.builder()).biasLr(-0.1).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("biasLr"));
        assertThatThrownBy(() -> common(RandomCutForest.builder()).numTrees(49).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("numTrees"));
        assertThatThrownBy(() -> common(PCA.builder()).dataLocation("file:///tmp/x").build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("dataLocation"));
        assertThatThrownBy(() -> AmazonAlgorithmEstimatorBase.FitOptions.builder().miniBatchSize(0).build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("miniBatchSize"));
    }

    @Test
    void requests_knnFmRcf_carryFeatureDimMiniBatchSizeAndTheManifestChannel() {
        RecordSet records = new RecordSet("s3://bucket/prefix/.amazon.manifest", 2000, 10);
        KNN knn = common(KNN.builder()).k(5).sampleSize(1000).predictorType("classifier").build();
        knn.prepareWorkflowForTraining(records, 100, "knn-job");
        CreateTrainingJobRequest r = knn.trainingJobRequest(records.dataChannel(), "knn-job");
        assertThat(r.algorithmSpecification().trainingImage()).isEqualTo(ImageUris.retrieve("knn",
                session.region(), "1"));
        assertThat(r.hyperParameters()).containsEntry("feature_dim", "10").containsEntry("mini_batch_size", "100")
                .containsEntry("k", "5");
        Channel train = r.inputDataConfig().get(0);
        assertThat(train.channelName()).isEqualTo("train");
        assertThat(train.contentType()).isNull();
        assertThat(train.dataSource().s3DataSource().s3DataTypeAsString()).isEqualTo("ManifestFile");
        assertThat(train.dataSource().s3DataSource().s3DataDistributionTypeAsString()).isEqualTo("ShardedByS3Key");
        assertThat(train.dataSource().s3DataSource().s3Uri()).isEqualTo("s3://bucket/prefix/.amazon.manifest");

        FactorizationMachines fm = common(FactorizationMachines.builder()).numFactors(4)
                .predictorType("binary_classifier").build();
        fm.prepareWorkflowForTraining(records, null, "fm-job");
        assertThat(fm.trainingJobRequest(records.dataChannel(), "fm-job").hyperParameters())
                .containsEntry("feature_dim", "10").doesNotContainKey("mini_batch_size")
                .containsEntry("num_factors", "4");
        assertThat(fm.trainingImageUri()).contains("factorization-machines:1");

        RandomCutForest rcf = common(RandomCutForest.builder()).build();
        rcf.prepareWorkflowForTraining(records, null, "rcf-job");
        assertThat(rcf.hyperparameters()).containsEntry("mini_batch_size", "1000").containsEntry("feature_dim", "10");
        assertThatThrownBy(() -> rcf.prepareWorkflowForTraining(records, 10, "rcf-job"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("miniBatchSize"));
        assertThatThrownBy(() -> rcf.prepareWorkflowForTraining(records.toBuilder().featureDim(10001).build(), null,
                "rcf-job")).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("featureDim"));
        assertThat(new RandomCutForestModel("s3://bucket/model.tar.gz", ROLE, session).imageUri())
                .isEqualTo(ImageUris.retrieve("randomcutforest", session.region(), "1"));
    }

    @Test
    void recordSet_threeInstances_writesThreeShardsAndAManifestAsPython() throws Exception {
        // test_amazon_estimator.py test_fit_ndarray: 4 rows on 3 instances -> matrix_0..2.pbr and .amazon.manifest
        PCA pca = common(PCA.builder()).instanceCount(3).numComponents(2)
                .dataLocation("s3://" + session.defaultBucket() + "/key-prefix").build();
        assertThat(pca.dataLocation()).isEqualTo("s3://" + session.defaultBucket() + "/key-prefix/");
        double[][] train = {{1, 2, 3}, {4, 5, 6}, {7, 8, 8}, {44, 55, 66}};
        RecordSet records = pca.recordSet(NpyArray.of(train), NpyArray.of(new long[] {99, 85, 87, 2}));
        String prefix = records.s3Data().substring(0, records.s3Data().length() - ".amazon.manifest".length());
        assertThat(prefix).matches("s3://" + session.defaultBucket()
                + "/key-prefix/PCA-\\d{4}-\\d\\d-\\d\\d-\\d\\d-\\d\\d-\\d\\d-\\d{3}/");
        String manifest;
        try (InputStream in = session.objectStore().get(records.s3Data())) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(manifest).isEqualTo("[{\"prefix\": \"" + prefix
                + "\"}, \"matrix_0.pbr\", \"matrix_1.pbr\", \"matrix_2.pbr\"]");
        List<Record> last;
        try (InputStream in = session.objectStore().get(prefix + "matrix_2.pbr")) {
            last = RecordIO.readRecords(in);
        }
        assertThat(last).hasSize(2);   // the last shard takes the remainder
        assertThat(last.get(1).features().get("values").values().toDoubleArray()).containsExactly(44, 55, 66);
        assertThat(last.get(1).label().get("values").values().toDoubleArray()).containsExactly(2);
        assertThat(records).isEqualTo(RecordSet.builder().s3Data(records.s3Data()).numRecords(4).featureDim(3)
                .build());
        assertThatThrownBy(() -> pca.recordSet(NpyArray.of(new double[][] {{1}, {2}})))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("Array length is less than num shards"));
    }

    @Test
    void fit_linearLearnerOnARecordSet_trainsAndServes() throws Exception {
        Dataset all = Datasets.builder().rows(2000).features(6).seed(11).noise(0.1).binaryClassification();
        LinearLearner ll = common(LinearLearner.builder()).predictorType("binary_classifier").epochs(10).build();
        RecordSet records = ll.recordSet(NpyArray.of(all.slice(0, 1600).features()),
                NpyArray.of(all.slice(0, 1600).labels()));
        ll.fit(records);
        assertThat(ll.hyperparameters()).containsEntry("feature_dim", "6").containsEntry("mini_batch_size", "1000");
        // create_model(vpc_config_override=...): the estimator's VPC (none) by default, else the override, checked
        software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc = software.amazon.awssdk.services.sagemaker
                .model.VpcConfig.builder().subnets("subnet-0a1b2c3d").securityGroupIds("sg-0a1b2c3d").build();
        assertThat(ll.createModel().vpcConfig()).isNull();
        LinearLearnerModel inVpc = ll.createModel(c -> c.vpcConfigOverride(vpc).name("ll-in-vpc"));
        assertThat(inVpc.vpcConfig()).isEqualTo(vpc);
        assertThat(inVpc.name()).isEqualTo("ll-in-vpc");
        assertThat(inVpc.modelData()).isEqualTo(ll.modelData());
        assertThat(ll.createModel(c -> c.vpcConfigOverride(null)).vpcConfig()).isNull();
        assertThatThrownBy(() -> ll.createModel(c -> c.vpcConfigOverride(vpc.toBuilder().subnets("net-1").build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("net-1");
        // the local LinearLearner container answers CSV/JSON (not recordIO): the predictor's serializers are swapped
        Predictor<?> predictor = ll.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new JSONDeserializer()));
        try {
            assertThat(predictor).isInstanceOf(LinearLearnerPredictor.class);
            Dataset test = all.slice(1600, 2000);
            JsonNode answer = SdkJson.MAPPER.valueToTree(predictor.predict(test.features()));
            int correct = 0;
            for (int i = 0; i < test.rows(); i++) {
                correct += answer.path("predictions").get(i).path("predicted_label").asDouble() == test.labels()[i]
                        ? 1 : 0;
            }
            assertThat((double) correct / test.rows()).isGreaterThan(0.9);

            // RecordIO-protobuf in and out, through Python's defaults (RecordSerializer / RecordDeserializer): the
            // service's record shape (label map: score, predicted_label) with the JSON answer's values
            List<Record> answers = new LinearLearnerPredictor(predictor.endpointName(), session)
                    .predict(NpyArray.of(test.features()));
            assertThat(answers).hasSize(test.rows());
            for (int i = 0; i < test.rows(); i++) {
                JsonNode json = answer.path("predictions").get(i);
                assertThat(answers.get(i).label().keySet()).containsExactly("score", "predicted_label");
                assertThat(answers.get(i).label().get("predicted_label").values().toFloatArray())
                        .containsExactly((float) json.path("predicted_label").asDouble());
                assertThat(answers.get(i).label().get("score").values().toFloatArray())
                        .containsExactly((float) json.path("score").asDouble());
            }
            assertRecordIOOverHttp(predictor.endpointName(), test.features(), answers);
        } finally {
            predictor.deleteEndpoint();
        }
    }

    /**
     * Over HTTP (EndpointServer's container contract, {@code POST /invocations}): a RecordIO request answers the
     * records the predictor got; a truncated one is the container's 400 saying so; the endpoint goes on serving.
     */
    static void assertRecordIOOverHttp(String endpoint, double[][] rows, List<Record> expected) throws Exception {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        RecordIO.writeDenseTensor(body, NpyArray.of(rows));
        byte[] whole = body.toByteArray();
        try (dev.sagemaker4j.serving.EndpointServer server = dev.sagemaker4j.serving.EndpointServer.builder()
                .session(session).endpointName(endpoint).start()) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<byte[], java.net.http.HttpResponse<byte[]>> post = bytes -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url()
                            + "/invocations")).header("Content-Type", RecordIO.CONTENT_TYPE)
                            .header("Accept", RecordIO.CONTENT_TYPE)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            };
            var truncated = post.apply(java.util.Arrays.copyOf(whole, whole.length - 5));
            assertThat(truncated.statusCode()).isEqualTo(400);
            assertThat(new String(truncated.body(), StandardCharsets.UTF_8))
                    .contains("truncated or not RecordIO-protobuf").contains("ends after");
            var ok = post.apply(whole);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("Content-Type")).hasValue(RecordIO.CONTENT_TYPE);
            assertThat(RecordIO.readRecords(new java.io.ByteArrayInputStream(ok.body()))).isEqualTo(expected);
        }
    }

    @Test
    void fit_kmeansOnARecordSet_findsTheClusters() throws Exception {
        double[][] centres = {{0, 0}, {10, 10}, {-10, 10}};
        Dataset blobs = Datasets.builder().rows(600).seed(7).clusters(centres);
        KMeans kmeans = common(KMeans.builder()).k(3).initMethod("kmeans++").build();
        kmeans.fit(kmeans.recordSet(NpyArray.of(blobs.features())));
        assertThat(kmeans.hyperparameters()).containsEntry("force_dense", "True").containsEntry("feature_dim", "2")
                .doesNotContainKey("mini_batch_size");
        Predictor<?> predictor = kmeans.createModel().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new JSONDeserializer()));
        try {
            assertThat(predictor).isInstanceOf(KMeansPredictor.class);
            assertThat(predictor.serializer()).isInstanceOf(CSVSerializer.class);
            JsonNode answer = SdkJson.MAPPER.valueToTree(predictor.predict(centres));
            // each centre lands in its own cluster, at a small distance from the centre found
            assertThat(answer.path("predictions").findValuesAsText("closest_cluster")).doesNotHaveDuplicates();
            for (JsonNode p : answer.path("predictions")) {
                assertThat(p.path("distance_to_cluster").asDouble()).isLessThan(1.0);
            }
            // RecordIO-protobuf through KMeansPredictor's defaults: closest_cluster and distance_to_cluster in each
            // record's label map, the JSON answer's values
            double[][] queries = {centres[0], centres[1], centres[2], {3, 4}, {-6, 9}};
            JsonNode json = SdkJson.MAPPER.valueToTree(predictor.predict(queries));
            List<Record> records = new KMeansPredictor(predictor.endpointName(), session)
                    .predict(NpyArray.of(queries));
            assertThat(records).hasSize(queries.length);
            for (int i = 0; i < queries.length; i++) {
                JsonNode p = json.path("predictions").get(i);
                assertThat(records.get(i).label().keySet()).containsExactly("closest_cluster", "distance_to_cluster");
                assertThat(records.get(i).label().get("closest_cluster").values().toFloatArray())
                        .containsExactly((float) p.path("closest_cluster").asDouble());
                assertThat(records.get(i).label().get("distance_to_cluster").values().toFloatArray())
                        .containsExactly((float) p.path("distance_to_cluster").asDouble());
            }
            assertRecordIOOverHttp(predictor.endpointName(), queries, records);
        } finally {
            predictor.deleteEndpoint();
        }
        PCAPredictor defaults = new PCAPredictor("any-endpoint", session);
        assertThat(defaults.serializer()).isInstanceOf(RecordSerializer.class);
        assertThat(defaults.deserializer()).isInstanceOf(RecordDeserializer.class);
    }
}
