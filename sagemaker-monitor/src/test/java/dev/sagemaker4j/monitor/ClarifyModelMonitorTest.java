/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.ModelPredictedLabelConfig;
import dev.sagemaker4j.clarify.SHAPConfig;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.monitor.internal.CaptureRecords;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ModelBiasMonitor and ModelExplainabilityMonitor on the local backend, end to end from the public API: an XGBoost
 * model trained on {@code y ~ a + 0.3 sex}, served by endpoints with data capture; a Clarify baseline; schedules
 * whose executions merge the capture of the window with the ground truth uploaded by inference id and compare
 * the window's analysis with the baseline's.
 */
class ClarifyModelMonitorTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);
    static final int N = 200;

    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;
    static Estimator xgb;
    static String modelName;
    static String trainUri;
    /** The training rows: y, sex, a, b as the CSV holds them. */
    static final List<String[]> ROWS = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        bucket = "s3://" + session.defaultBucket();
        Random r = new Random(11);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < N; i++) {
            int sex = r.nextBoolean() ? 1 : 0;
            double a = r.nextDouble();
            double b = r.nextDouble();
            int y = a + 0.3 * sex + 0.2 * r.nextGaussian() > 0.7 ? 1 : 0;
            String[] row = {Integer.toString(y), Integer.toString(sex), Double.toString(a), Double.toString(b)};
            ROWS.add(row);
            csv.append(String.join(",", row)).append('\n');
        }
        trainUri = session.uploadString(csv.toString(), bucket + "/clarify-monitor/train.csv");
        xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).role(ROLE).outputPath(bucket + "/clarify-monitor/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 20, "max_depth", 3)).build();
        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build()));
        modelName = xgb.createModel().create();
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Predictor<String> deploy(String endpoint) {
        return xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName(endpoint)
                .serializer(new StringSerializer("text/csv"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/csv"))
                .dataCaptureConfig(DataCaptureConfig.builder().enableCapture(true).samplingPercentage(100)
                        .destinationS3Uri(bucket + "/capture").build()));
    }

    static DataConfig data(String name) {
        return DataConfig.builder().s3DataInputPath(trainUri).s3OutputPath(bucket + "/" + name + "/baseline")
                .label("y").headers(List.of("y", "sex", "a", "b")).build();
    }

    static ModelConfig model() {
        return ModelConfig.builder().modelName(modelName).instanceType("ml.m5.xlarge").instanceCount(1)
                .contentType("text/csv").acceptType("text/csv").build();
    }

    static ModelBiasMonitor baselinedBiasMonitor(String name) {
        ModelBiasMonitor monitor = ModelBiasMonitor.builder().role(ROLE).instanceType("local").session(session)
                .build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("sex")
                .facetValuesOrThreshold(List.of(0)).build();
        monitor.suggestBaseline(data(name), bias, s -> s.modelConfig(model()).modelPredictedLabelConfig(
                ModelPredictedLabelConfig.builder().probabilityThreshold(0.5).build()).wait(true));
        return monitor;
    }

    /**
     * Sends each row's features (sex, a, b; {@code a} replaced where {@code a} is given) with the inference id
     * {@code <name>-<i>}, and uploads the rows' labels as ground truth keyed by those ids.
     */
    static void traffic(Predictor<String> predictor, String name, java.util.function.Function<String[], String> a,
            String extraGroundTruth) throws InterruptedException {
        StringBuilder truth = new StringBuilder();
        for (int i = 0; i < ROWS.size(); i++) {
            String[] row = ROWS.get(i);
            String id = name + "-" + i;
            predictor.predict(row[1] + "," + a.apply(row) + "," + row[3], o -> o.inferenceId(id));
            truth.append("{\"groundTruthData\":{\"data\":\"").append(row[0]).append("\",\"encoding\":\"CSV\"},")
                    .append("\"eventMetadata\":{\"eventId\":\"").append(id).append("\"},\"eventVersion\":\"0\"}\n");
        }
        if (extraGroundTruth != null) {
            truth.append(extraGroundTruth).append('\n');
        }
        session.uploadString(truth.toString(), bucket + "/" + name + "/ground-truth/"
                + HOUR.format(Instant.now()) + "/gt.jsonl");
        awaitCapture(predictor.endpointName(), ROWS.size());
    }

    static void awaitCapture(String endpoint, int rows) throws InterruptedException {
        for (int i = 0; i < 600 && captured(endpoint) < rows; i++) {
            Thread.sleep(100);
        }
        assertThat(captured(endpoint)).isEqualTo(rows);
    }

    static long captured(String endpoint) {
        Instant now = Instant.now();
        return CaptureRecords.readAll(session.objectStore(), CaptureRecords.files(session.objectStore(),
                bucket + "/capture", endpoint, null, now.minus(2, ChronoUnit.HOURS), now.plusSeconds(3600))).size();
    }

    static JsonNode violations(ModelMonitor monitor) {
        return monitor.latestMonitoringConstraintViolations().bodyDict().path("violations");
    }

    @Test
    void biasSchedule_unchangedTrafficAndPlantedBias_violatesOnlyWhenTheBiasChanged() throws Exception {
        ModelBiasMonitor monitor = baselinedBiasMonitor("bias-same");
        assertThat(monitor.suggestedConstraints().bodyDict().path("post_training_bias_metrics").path("facets")
                .has("sex")).isTrue();
        Predictor<String> same = deploy("bias-same");
        traffic(same, "bias-same", row -> row[2], null);
        monitor.createMonitoringSchedule(s -> s.endpointInput(same.endpointName())
                .groundTruthInput(bucket + "/bias-same/ground-truth").outputS3Uri(bucket + "/bias-same/reports")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));

        MonitoringExecution unchanged = monitor.runMonitoringSchedule();

        assertThat(unchanged.status()).as(unchanged.failureReason()).isEqualTo("Completed");
        assertThat(violations(monitor)).isEmpty();
        JsonNode analysis = SdkJson.MAPPER.readTree(session.objectStore().getString(unchanged.outputS3Uri()
                + "/analysis.json"));
        assertThat(analysis.path("post_training_bias_metrics").path("facets").path("sex").get(0)
                .path("value_or_threshold").asText()).isEqualTo("0");
        // the same metrics as the baseline: same rows, same labels, same model
        assertThat(analysis.path("post_training_bias_metrics")).isEqualTo(monitor.suggestedConstraints().bodyDict()
                .path("post_training_bias_metrics"));

        // planted bias: the model's main feature pushed down for sex 0 and up for sex 1
        ModelBiasMonitor shifted = baselinedBiasMonitor("bias-shift");
        Predictor<String> shift = deploy("bias-shift");
        traffic(shift, "bias-shift", row -> "0".equals(row[1]) ? "0.05" : "0.95", null);
        shifted.createMonitoringSchedule(s -> s.endpointInput(shift.endpointName())
                .groundTruthInput(bucket + "/bias-shift/ground-truth").outputS3Uri(bucket + "/bias-shift/reports")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));

        MonitoringExecution drifted = shifted.runMonitoringSchedule();

        assertThat(drifted.status()).as(drifted.failureReason()).isEqualTo("CompletedWithViolations");
        List<String> found = new ArrayList<>();
        for (JsonNode v : violations(shifted)) {
            assertThat(v.path("constraint_check_type").asText()).isEqualTo("bias_drift_check");
            assertThat(v.path("description").asText()).contains("does not meet the constraint requirement");
            found.add(v.path("facet").asText() + "=" + v.path("facet_value").asText() + ":"
                    + v.path("metric_name").asText());
        }
        assertThat(found).contains("sex=0:DPPL").doesNotContain("sex=0:CI");
        assertThat(shifted.listExecutions()).hasSize(1);
        assertThatThrownBy(shifted::latestMonitoringStatistics).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void biasSchedule_badInput_failsTheExecutionNamingTheCause() throws Exception {
        ModelBiasMonitor monitor = baselinedBiasMonitor("bias-bad");
        Predictor<String> endpoint = deploy("bias-bad");
        traffic(endpoint, "bias-bad", row -> row[2], "{\"groundTruthData\":{\"data\":\"1\",\"encoding\":\"CSV\"},"
                + "\"eventMetadata\":{\"eventId\":\"ghost-event\"},\"eventVersion\":\"0\"}");
        monitor.createMonitoringSchedule(s -> s.endpointInput(endpoint.endpointName())
                .groundTruthInput(bucket + "/bias-bad/ground-truth").outputS3Uri(bucket + "/bias-bad/reports")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));

        MonitoringExecution unknownIds = monitor.runMonitoringSchedule();

        assertThat(unknownIds.status()).isEqualTo("Failed");
        assertThat(unknownIds.failureReason()).contains("ghost-event").contains("inferenceId");
        assertThat(monitor.latestMonitoringConstraintViolations()).isNull();

        // a facet that is not a column
        ModelBiasMonitor facet = ModelBiasMonitor.builder().role(ROLE).instanceType("local").session(session).build();
        BiasAnalysisConfig config = BiasAnalysisConfig.builder().biasConfig(BiasConfig.builder()
                .labelValuesOrThreshold(List.of(1)).facetName("gender").facetValuesOrThreshold(List.of(0)).build())
                .headers(List.of("y", "sex", "a", "b")).label("y").build();
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < ROWS.size(); i++) {
            clean.append("{\"groundTruthData\":{\"data\":\"").append(ROWS.get(i)[0]).append("\"},")
                    .append("\"eventMetadata\":{\"eventId\":\"bias-bad-").append(i).append("\"}}\n");
        }
        session.uploadString(clean.toString(), bucket + "/bias-bad/clean-truth/" + HOUR.format(Instant.now())
                + "/gt.jsonl");
        facet.createMonitoringSchedule(s -> s.endpointInput(endpoint.endpointName())
                .groundTruthInput(bucket + "/bias-bad/clean-truth").analysisConfig(config)
                .outputS3Uri(bucket + "/bias-bad/facet-reports").scheduleCronExpression(CronExpressionGenerator.hourly()));
        MonitoringExecution noColumn = facet.runMonitoringSchedule();
        assertThat(noColumn.status()).isEqualTo("Failed");
        assertThat(noColumn.failureReason()).contains("gender");

        // an empty capture window
        ModelBiasMonitor empty = baselinedBiasMonitor("bias-empty");
        Predictor<String> quiet = deploy("bias-empty");
        empty.createMonitoringSchedule(s -> s.endpointInput(quiet.endpointName())
                .groundTruthInput(bucket + "/bias-empty/ground-truth").outputS3Uri(bucket + "/bias-empty/reports")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));
        MonitoringExecution none = empty.runMonitoringSchedule();
        assertThat(none.status()).isEqualTo("Failed");
        assertThat(none.failureReason()).contains("no captured records");
    }

    @Test
    void explainabilitySchedule_featureAttributionDrift_raisesAViolation() throws Exception {
        ModelExplainabilityMonitor monitor = ModelExplainabilityMonitor.builder().role(ROLE).instanceType("local")
                .session(session).build();
        monitor.suggestBaseline(data("explain"), SHAPConfig.builder().baseline(List.of(List.of(0, 0.5, 0.5)))
                .build(), s -> s.modelConfig(model()).wait(true));
        JsonNode baseline = monitor.suggestedConstraints().bodyDict().path("explanations").path("kernel_shap")
                .path("label0").path("global_shap_values");
        assertThat(baseline.path("a").asDouble()).isGreaterThan(baseline.path("b").asDouble());
        Predictor<String> endpoint = deploy("explain");
        // a, the model's main feature, held at its SHAP baseline value: it explains nothing any more
        traffic(endpoint, "explain", row -> "0.5", null);
        monitor.createMonitoringSchedule(s -> s.endpointInput(endpoint.endpointName())
                .outputS3Uri(bucket + "/explain/reports").scheduleCronExpression(CronExpressionGenerator.hourly()));

        MonitoringExecution run = monitor.runMonitoringSchedule();

        assertThat(run.status()).as(run.failureReason()).isEqualTo("CompletedWithViolations");
        JsonNode v = violations(monitor).get(0);
        assertThat(v.path("label").asText()).isEqualTo("label0");
        assertThat(v.path("metric_name").asText()).isEqualTo("shap");
        assertThat(v.path("constraint_check_type").asText()).isEqualTo("feature_attribution_drift_check");
        assertThat(v.path("description").asText()).startsWith("Feature attribution drift ")
                .endsWith(" exceeds threshold 0.9");
        assertThat(ModelMonitor.attach(monitor.monitoringScheduleName(), session))
                .isInstanceOf(ModelExplainabilityMonitor.class);
    }
}
