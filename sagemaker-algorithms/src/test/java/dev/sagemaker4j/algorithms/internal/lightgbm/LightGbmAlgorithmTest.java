/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_float;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.algorithms.LightGBM;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.transformer.Transformer;
import dev.sagemaker4j.tuner.HyperparameterTuner;
import dev.sagemaker4j.tuner.IntegerParameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

/**
 * SageMaker LightGBM through the generic {@link Estimator} with its image, deployed and invoked as a user does, on
 * data the tests generate: known accuracy and error, the same predictions as a raw lightgbmlib training on the same
 * data, early stopping, batch transform, and each bad hyperparameter named.
 */
class LightGbmAlgorithmTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        bucket = session.defaultBucket();
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Estimator estimator(String image, Map<String, ?> hyperparameters) {
        return Estimator.builder().imageUri(image).instanceType("local").session(session)
                .outputPath("s3://" + bucket + "/lightgbm").hyperparameters(hyperparameters).build();
    }

    static String csvText(float[][] x, float[] y) {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < x.length; r++) {
            if (y != null) {
                sb.append(y[r]).append(',');
            }
            for (int j = 0; j < x[r].length; j++) {
                sb.append(j == 0 ? "" : ",").append(x[r][j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Label-first CSV uploaded under data/name/data.csv. */
    static TrainingInput csv(String name, float[][] x, float[] y) throws Exception {
        return upload(name, Map.of("data.csv", csvText(x, y)));
    }

    static TrainingInput upload(String name, Map<String, String> files) throws Exception {
        Path dir = tmp.resolve("data/" + name);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        return TrainingInput.builder().s3Data(session.uploadData(dir, bucket, "data/" + name) + "/")
                .contentType("text/csv").build();
    }

    static Map<String, Float> finals(Estimator e) {
        return e.latestTrainingJob().describe().finalMetricDataList().stream()
                .collect(Collectors.toMap(MetricData::metricName, MetricData::value));
    }

    static JsonNode predict(Predictor<?> p, float[][] rows, String accept) {
        p.serializer(new CSVSerializer());
        p.accept(accept);
        return SdkJson.MAPPER.valueToTree(p.withDeserializer(new JSONDeserializer()).predict(rows));
    }

    static float[][] gaussian(Random random, int rows, int dim) {
        float[][] x = new float[rows][dim];
        for (float[] row : x) {
            for (int j = 0; j < dim; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return x;
    }

    /** A non-linear rule with label noise: about 5% of the labels flipped. */
    static float[] binary(Random random, float[][] x) {
        float[] y = new float[x.length];
        for (int r = 0; r < x.length; r++) {
            boolean positive = x[r][0] * x[r][1] + Math.sin(2 * x[r][2]) > 0;
            y[r] = positive ^ random.nextDouble() < 0.05 ? 1 : 0;
        }
        return y;
    }

    /**
     * The raw lightgbmlib calls a LightGBM user writes, with SageMaker's default parameters spelled out: the
     * predictions of class 1 (or of the regression) on {@code test}.
     */
    static double[] rawLightGbm(float[][] x, float[] y, float[][] validX, float[] validY, String params, int rounds,
                                float[][] test) {
        LightGbmNative.ensureLoaded();
        int cols = x[0].length;
        SWIGTYPE_p_p_void out = lightgbmlib.new_voidpp();
        SWIGTYPE_p_float data = rowMajor(x);
        SWIGTYPE_p_float labels = rowMajor(new float[][] {y});
        SWIGTYPE_p_float vdata = rowMajor(validX);
        SWIGTYPE_p_float vlabels = rowMajor(new float[][] {validY});
        SWIGTYPE_p_float tdata = rowMajor(test);
        SWIGTYPE_p_int finished = lightgbmlib.new_intp();
        SWIGTYPE_p_long_long length = lightgbmlib.new_int64_tp();
        SWIGTYPE_p_double result = lightgbmlib.new_doubleArray(test.length);
        SWIGTYPE_p_void train = null;
        SWIGTYPE_p_void valid = null;
        SWIGTYPE_p_void booster = null;
        try {
            assertThat(lightgbmlib.LGBM_DatasetCreateFromMat(lightgbmlib.float_to_voidp_ptr(data),
                    lightgbmlib.C_API_DTYPE_FLOAT32, x.length, cols, 1, params, null, out)).isZero();
            train = lightgbmlib.voidpp_value(out);
            assertThat(lightgbmlib.LGBM_DatasetSetField(train, "label", lightgbmlib.float_to_voidp_ptr(labels),
                    y.length, lightgbmlib.C_API_DTYPE_FLOAT32)).isZero();
            assertThat(lightgbmlib.LGBM_DatasetCreateFromMat(lightgbmlib.float_to_voidp_ptr(vdata),
                    lightgbmlib.C_API_DTYPE_FLOAT32, validX.length, cols, 1, params, train, out)).isZero();
            valid = lightgbmlib.voidpp_value(out);
            assertThat(lightgbmlib.LGBM_DatasetSetField(valid, "label", lightgbmlib.float_to_voidp_ptr(vlabels),
                    validY.length, lightgbmlib.C_API_DTYPE_FLOAT32)).isZero();
            assertThat(lightgbmlib.LGBM_BoosterCreate(train, params, out)).isZero();
            booster = lightgbmlib.voidpp_value(out);
            assertThat(lightgbmlib.LGBM_BoosterAddValidData(booster, valid)).isZero();
            for (int i = 0; i < rounds; i++) {
                assertThat(lightgbmlib.LGBM_BoosterUpdateOneIter(booster, finished)).isZero();
            }
            assertThat(lightgbmlib.LGBM_BoosterPredictForMat(booster, lightgbmlib.float_to_voidp_ptr(tdata),
                    lightgbmlib.C_API_DTYPE_FLOAT32, test.length, cols, 1, lightgbmlib.C_API_PREDICT_NORMAL, 0, -1, "",
                    length, result)).isZero();
            double[] predictions = new double[test.length];
            for (int i = 0; i < test.length; i++) {
                predictions[i] = lightgbmlib.doubleArray_getitem(result, i);
            }
            return predictions;
        } finally {
            lightgbmlib.LGBM_BoosterFree(booster);
            lightgbmlib.LGBM_DatasetFree(valid);
            lightgbmlib.LGBM_DatasetFree(train);
            for (SWIGTYPE_p_float f : List.of(data, labels, vdata, vlabels, tdata)) {
                lightgbmlib.delete_floatArray(f);
            }
            lightgbmlib.delete_doubleArray(result);
            lightgbmlib.delete_intp(finished);
            lightgbmlib.delete_int64_tp(length);
            lightgbmlib.delete_voidpp(out);
        }
    }

    static SWIGTYPE_p_float rowMajor(float[][] rows) {
        SWIGTYPE_p_float a = lightgbmlib.new_floatArray((long) rows.length * rows[0].length);
        long i = 0;
        for (float[] row : rows) {
            for (float v : row) {
                lightgbmlib.floatArray_setitem(a, i++, v);
            }
        }
        return a;
    }

    /** SageMaker LightGBM's documented defaults, in LightGBM's parameter names. */
    static final String DEFAULTS = "learning_rate=0.1 num_leaves=64 feature_fraction=0.9 bagging_fraction=0.9 "
            + "bagging_freq=1 max_depth=6 min_data_in_leaf=3 max_delta_step=0 lambda_l1=0 lambda_l2=0 boosting=gbdt "
            + "min_gain_to_split=0 tree_learner=serial feature_fraction_bynode=1 is_unbalance=false max_bin=255 "
            + "num_threads=0 verbosity=-1";

    @Test
    void nativeLibraries_loadOnceFromTheJar() {
        assertThat(LightGbmNative.available()).isTrue();
        LightGbmNative.ensureLoaded();
        LightGbmNative.ensureLoaded();
        // another platform: a typed error naming it, with the cause, instead of a load attempt
        assertThat(LightGbmNative.platformProblem("Linux", "amd64")).isNull();
        Throwable mac = LightGbmNative.platformProblem("Mac OS X", "aarch64");
        assertThat(LightGbmNative.unavailable(mac)).isInstanceOf(OperationNotSupportedException.class)
                .hasMessageContaining("mac os x/aarch64").hasMessageContaining("sagemaker backend").hasCause(mac);
    }

    @Test
    void binaryClassification_reachesItsAccuracy_andPredictsAsRawLightgbmlib() throws Exception {
        Random random = new Random(21);
        float[][] x = gaussian(random, 3000, 6);
        float[] y = binary(random, x);
        float[][] validX = gaussian(random, 600, 6);
        float[] validY = binary(random, validX);
        float[][] test = gaussian(random, 500, 6);
        float[] testY = binary(random, test);

        Estimator e = estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of("num_boost_round", 60,
                "early_stopping_rounds", 0));
        e.fit(Map.of("train", csv("bin-train", x, y), "validation", csv("bin-valid", validX, validY)));
        assertThat(finals(e)).containsKeys("val:binary_logloss", "train:binary_logloss");
        assertThat(finals(e).get("val:binary_logloss")).isLessThan(0.4f);

        Predictor<?> p = e.deploy(1, "local");
        JsonNode answer = predict(p, test, "application/json;verbose");
        double[] raw = rawLightGbm(x, y, validX, validY, "objective=binary metric=binary_logloss " + DEFAULTS
                + " scale_pos_weight=1", 60, test);
        int correct = 0;
        for (int r = 0; r < test.length; r++) {
            JsonNode probabilities = answer.at("/probabilities/" + r);
            assertThat(probabilities.get(0).doubleValue() + probabilities.get(1).doubleValue()).isCloseTo(1.0,
                    within(1e-6));
            // the endpoint answers float32: the raw double within float precision
            assertThat(probabilities.get(1).doubleValue()).as("row %d", r).isCloseTo(raw[r], within(1e-6));
            int label = answer.at("/predicted_label/" + r).intValue();
            assertThat(label).isEqualTo(raw[r] > 0.5 ? 1 : 0);
            correct += label == testY[r] ? 1 : 0;
        }
        // about 5% of the labels are flipped at random: 0.88 leaves room for the model's own errors
        assertThat(correct / (double) test.length).isGreaterThan(0.88);
        // application/json without ;verbose: the probabilities only, as the JumpStart script answers
        assertThat(predict(p, new float[][] {test[0]}, "application/json").has("predicted_label")).isFalse();
        // a bad request is answered 4xx and the endpoint keeps serving
        assertThatThrownBy(() -> predict(p, new float[][] {{1, 2, 3}}, "application/json")).hasMessageContaining("6");
        assertThat(predict(p, new float[][] {test[0]}, "application/json").at("/probabilities/0/1").doubleValue())
                .isCloseTo(raw[0], within(1e-6));
        p.deleteEndpoint();
    }

    @Test
    void multiClass_fromTheTrainingChannelsFolders_withACategoricalFeature() throws Exception {
        Random random = new Random(23);
        int n = 2400;
        float[][] x = new float[n][4];
        float[] y = new float[n];
        for (int r = 0; r < n; r++) {
            int category = random.nextInt(6);
            x[r][0] = category;
            x[r][1] = (float) random.nextGaussian();
            x[r][2] = (float) random.nextGaussian();
            x[r][3] = (float) random.nextGaussian();
            // categories 0, 3 and 5 push towards class 2, which no ordering of the codes expresses in one split
            int cls = x[r][1] > 0.5 ? 1 : 0;
            if (category == 0 || category == 3 || category == 5) {
                cls = x[r][2] > -0.5 ? 2 : cls;
            }
            y[r] = cls;
        }
        int cut = 2000;
        Map<String, String> files = new HashMap<>();
        files.put("train/data.csv", csvText(Arrays.copyOf(x, cut), Arrays.copyOf(y, cut)));
        files.put("validation/data.csv", csvText(Arrays.copyOfRange(x, cut, n), Arrays.copyOfRange(y, cut, n)));
        files.put(LightGbmData.CATEGORICAL_INDEX, "{\"cat_index_list\": [1]}");
        Estimator e = estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of("num_boost_round", 80));
        e.fit(Map.of("training", upload("multi", files)));
        assertThat(finals(e)).containsKey("val:multi_logloss");

        Random fresh = new Random(29);
        float[][] test = new float[300][4];
        int[] truth = new int[300];
        for (int r = 0; r < 300; r++) {
            int category = fresh.nextInt(6);
            test[r] = new float[] {category, (float) fresh.nextGaussian(), (float) fresh.nextGaussian(),
                (float) fresh.nextGaussian()};
            truth[r] = test[r][1] > 0.5 ? 1 : 0;
            if (category == 0 || category == 3 || category == 5) {
                truth[r] = test[r][2] > -0.5 ? 2 : truth[r];
            }
        }
        Predictor<?> p = e.deploy(1, "local");
        JsonNode answer = predict(p, test, "application/json;verbose");
        int correct = 0;
        for (int r = 0; r < test.length; r++) {
            JsonNode probabilities = answer.at("/probabilities/" + r);
            assertThat(probabilities).hasSize(3);
            double sum = 0;
            for (JsonNode v : probabilities) {
                sum += v.doubleValue();
            }
            assertThat(sum).isCloseTo(1.0, within(1e-5));
            correct += answer.at("/predicted_label/" + r).intValue() == truth[r] ? 1 : 0;
        }
        // noise-free rule: a boosted tree model learns it almost exactly
        assertThat(correct).isGreaterThan(285);
        p.deleteEndpoint();
    }

    @Test
    void regression_reachesItsError_inAnEndpointAndABatchTransform() throws Exception {
        Random random = new Random(31);
        float[][] x = gaussian(random, 3000, 5);
        float[] y = new float[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = (float) (3 * Math.sin(x[r][0]) + x[r][1] * x[r][2] + 0.1 * random.nextGaussian());
        }
        float[][] test = gaussian(random, 200, 5);
        double[] truth = new double[test.length];
        for (int r = 0; r < test.length; r++) {
            truth[r] = 3 * Math.sin(test[r][0]) + test[r][1] * test[r][2];
        }
        // no validation channel: 20% of the training rows validate
        Estimator e = estimator(LightGBM.REGRESSION_IMAGE, Map.of("num_boost_round", 300,
                "learning_rate", 0.1, "early_stopping_rounds", 20));
        e.fit(Map.of("train", csv("reg-train", x, y)));
        assertThat(finals(e)).containsKey("val:rmse");

        Predictor<?> p = e.deploy(1, "local");
        JsonNode answer = predict(p, test, "application/json");
        double squares = 0;
        for (int r = 0; r < test.length; r++) {
            double d = answer.at("/prediction/" + r).doubleValue() - truth[r];
            squares += d * d;
        }
        double rmse = Math.sqrt(squares / test.length);
        // the target's spread is about 2.5; the trees approximate the smooth function to well under 0.5
        assertThat(rmse).isLessThan(0.5);
        p.deleteEndpoint();

        Transformer t = e.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
                .accept("text/csv"));
        String data = upload("reg-batch", Map.of("batch.csv", csvText(test, null))).s3Data();
        String job = t.transform(data, o -> o.contentType("text/csv").splitType("Line"));
        t.waitForCompletion();
        List<String> lines = session.readS3File(bucket, job + "/batch.csv.out").lines()
                .filter(l -> !l.isBlank()).collect(Collectors.toList());
        assertThat(lines).hasSize(test.length);
        for (int r = 0; r < test.length; r++) {
            assertThat(Double.parseDouble(lines.get(r))).isCloseTo(answer.at("/prediction/" + r).doubleValue(),
                    within(1e-6));
        }
    }

    @Test
    void earlyStopping_stopsWhenTheValidationMetricStopsImproving() throws Exception {
        Random random = new Random(37);
        float[][] x = gaussian(random, 800, 5);
        float[] y = new float[x.length];
        for (int r = 0; r < y.length; r++) {
            y[r] = random.nextBoolean() ? 1 : 0; // pure noise: validation loss gets worse after a few iterations
        }
        LightGbmData[] split = LightGbmAlgorithm.split(new LightGbmData(x, y), 1);
        List<Integer> iterations = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Path model = tmp.resolve("early.txt");
        LightGbmTrainer.Result result = LightGbmTrainer.train(split[0], split[1], "objective=binary "
                + "metric=binary_logloss " + DEFAULTS, "binary_logloss", 500, 5, model, new LightGbmTrainer.Listener() {
                    @Override
                    public void iteration(int iteration, String line, double validation, double train) {
                        iterations.add(iteration);
                        lines.add(line);
                    }

                    @Override
                    public void log(String line) {
                        lines.add(line);
                    }
                });
        assertThat(result.stoppedEarly()).isTrue();
        assertThat(result.iterations()).isLessThan(500).isEqualTo(iterations.size())
                .isEqualTo(result.bestIteration() + 5);
        assertThat(lines).contains("Early stopping, best iteration is:");
        assertThat(lines.get(0)).matches("\\[1\\]#011val's binary_logloss: [0-9.]+#011train's binary_logloss: "
                + "[0-9.]+");
        // the saved model holds the best iteration only
        assertThat(Files.readString(model)).contains("Tree=" + (result.bestIteration() - 1))
                .doesNotContain("Tree=" + result.bestIteration() + "\n");

        // and through a job: the same data stops early too
        Estimator e = estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of("num_boost_round", 500,
                "early_stopping_rounds", 5));
        e.fit(Map.of("train", csv("noise", split[0].x, split[0].y), "validation", csv("noise-v", split[1].x,
                split[1].y)));
        assertThat(e.latestTrainingJob().describe().finalMetricDataList()).isNotEmpty();
    }

    @Test
    void badHyperparameters_failBeforeTheJob_namingTheHyperparameter() throws Exception {
        TrainingInput input = csv("bad", new float[][] {{1, 2}, {3, 4}, {5, 6}}, new float[] {0, 1, 0});
        Map<String, Object> cases = new java.util.LinkedHashMap<>();
        cases.put("num_boost_round", 0);
        cases.put("learning_rate", 1.5);
        cases.put("num_leaves", 1);
        cases.put("feature_fraction", 0);
        cases.put("bagging_fraction", 1.2);
        cases.put("bagging_freq", -1);
        cases.put("min_data_in_leaf", -3);
        cases.put("lambda_l1", -0.1);
        cases.put("lambda_l2", "x");
        cases.put("boosting", "xgboost");
        cases.put("tree_learner", "parallel");
        cases.put("feature_fraction_bynode", 0);
        cases.put("is_unbalance", "yes");
        cases.put("max_bin", 1);
        cases.put("num_threads", -2);
        cases.put("min_gain_to_split", -1);
        cases.put("scale_pos_weight", 0);
        cases.put("metric", "rmse");
        cases.put("num_round", 10);
        for (Map.Entry<String, Object> c : cases.entrySet()) {
            assertThatThrownBy(() -> estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of(c.getKey(),
                    c.getValue())).fit(Map.of("train", input))).as(c.getKey())
                    .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.field())
                            .isEqualTo(c.getKey()));
        }
        assertThatThrownBy(() -> estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of("is_unbalance", "True",
                "scale_pos_weight", 3)).fit(Map.of("train", input))).isInstanceOfSatisfying(
                        ValidationException.class, ex -> assertThat(ex.field()).isEqualTo("scale_pos_weight"));
        assertThatThrownBy(() -> estimator(LightGBM.REGRESSION_IMAGE, Map.of("tweedie_variance_power", 2))
                .fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("tweedie_variance_power"));
        assertThatThrownBy(() -> estimator(LightGBM.REGRESSION_IMAGE, Map.of("metric", "auc"))
                .fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        ex -> assertThat(ex.field()).isEqualTo("metric"));
    }

    @Test
    void tuning_readsTheObjectiveFromTheIterationLines() throws Exception {
        Random random = new Random(41);
        float[][] x = gaussian(random, 1500, 6);
        float[] y = binary(random, x);
        float[][] validX = gaussian(random, 400, 6);
        float[] validY = binary(random, validX);
        Map<String, TrainingInput> inputs = Map.of("train", csv("tune-train", x, y), "validation", csv("tune-valid",
                validX, validY));
        HyperparameterTuner tuner = HyperparameterTuner.builder().estimator(estimator(LightGBM.CLASSIFICATION_IMAGE,
                Map.of("num_boost_round", 30, "metric", "auc"))).objectiveMetricName("val:auc").objectiveType("Maximize")
                .hyperparameterRanges(Map.of("num_leaves", new IntegerParameter(4, 64))).strategy("Random").maxJobs(2)
                .maxParallelJobs(1).randomSeed(3).build();
        tuner.fit(inputs);
        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.objectiveStatusCounters().succeeded()).isEqualTo(2);
        // the objective is the best validation AUC the job logged: a real score of this learnable rule
        assertThat(d.bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().value()).isBetween(0.85f, 1.0f);
    }

    @Test
    void imageUri_ofAnotherModel_namesTheTwoItServes() {
        assertThat(LightGBM.imageUri("lightgbm-regression-model")).isEqualTo("sagemaker4j/lightgbm-regression-model:1");
        assertThatThrownBy(() -> LightGBM.imageUri("catboost-classification-model"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("modelId"))
                .hasMessageContaining("lightgbm-classification-model");
    }

    @Test
    void badData_failsTheJob_namingTheCause() throws Exception {
        assertThatThrownBy(() -> estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of())
                .fit(Map.of("test", csv("no-train", new float[][] {{1}, {2}}, new float[] {0, 1}))))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, ex -> assertThat(ex.failureReason())
                        .contains("has no training channel").contains("\"train\""));
        TrainingInput ragged = upload("ragged", Map.of("data.csv", "0,1.0,2.0\n1,3.0,4.0\n0,5.0\n"));
        assertThatThrownBy(() -> estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of())
                .fit(Map.of("train", ragged))).isInstanceOfSatisfying(UnexpectedStatusException.class,
                        ex -> assertThat(ex.failureReason()).contains("data.csv line 3").contains("ragged"));
        TrainingInput notNumber = upload("cell", Map.of("data.csv", "0,1.0,2.0\n1, 3.0 ,abc\n"));
        assertThatThrownBy(() -> estimator(LightGbmAlgorithm.CLASSIFICATION_IMAGE, Map.of())
                .fit(Map.of("train", notNumber))).isInstanceOfSatisfying(UnexpectedStatusException.class,
                        ex -> assertThat(ex.failureReason()).contains("is not a number (file data.csv, line 2, "
                                + "column 3)").contains("abc"));
        TrainingInput noTarget = upload("target", Map.of("data.csv", "0,1.0,2.0\n,3.0,\n"));
        assertThatThrownBy(() -> estimator(LightGbmAlgorithm.CLASSIFICATION_IMAGE, Map.of())
                .fit(Map.of("train", noTarget))).isInstanceOfSatisfying(UnexpectedStatusException.class,
                        ex -> assertThat(ex.failureReason()).contains("data.csv line 2")
                                .contains("has no finite target in column 1"));
        TrainingInput notClasses = csv("labels", new float[][] {{1}, {2}, {3}, {4}, {5}}, new float[] {1, 2, 1, 2, 1});
        assertThatThrownBy(() -> estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of())
                .fit(Map.of("train", notClasses))).isInstanceOfSatisfying(UnexpectedStatusException.class,
                        ex -> assertThat(ex.failureReason()).contains("is not a class in 0 .. 1"));
        TrainingInput binaryData = csv("bin3", new float[][] {{1}, {2}, {3}, {4}, {5}}, new float[] {0, 1, 0, 1, 0});
        assertThatThrownBy(() -> estimator(LightGBM.imageUri("lightgbm-classification-model"), Map.of("metric", "multi_error"))
                .fit(Map.of("train", binaryData))).isInstanceOfSatisfying(UnexpectedStatusException.class,
                        ex -> assertThat(ex.failureReason()).contains("metric").contains("2 classes"));
    }
}
