/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.evaluation.ClassificationEvaluation;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.monitor.internal.CaptureRecords;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.spi.MonitoringApi;
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
import software.amazon.awssdk.services.sagemaker.model.ListModelQualityJobDefinitionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringSchedulesRequest;

/**
 * Model-quality monitoring schedules on the local backend, end to end from the public API: an XGBoost model trained
 * and deployed locally with data capture, a baseline from its predictions on labelled data, traffic with
 * inference ids, ground truth uploaded in the service's layout, the schedule's execution run now.
 */
class ModelQualityScheduleTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    private static final String ENDPOINT = "mq-churn";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH")
            .withZone(ZoneOffset.UTC);

    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;
    static Predictor<String> predictor;
    /** The monitored traffic: its rows' labels and the endpoint's probabilities, by inference id req-i. */
    static double[] labels;
    static double[] probabilities;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.local(tmp.resolve("root"));
        bucket = "s3://" + session.defaultBucket();
        Random r = new Random(11);
        StringBuilder train = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            double[] x = row(r);
            train.append(label(x, r)).append(',').append(x[0]).append(',').append(x[1]).append('\n');
        }
        Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).role(ROLE).outputPath(bucket + "/mq/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 20, "max_depth", 3)).build();
        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(session.uploadString(train.toString(),
                bucket + "/mq/train.csv")).contentType("text/csv").build()));
        predictor = xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName(ENDPOINT)
                .serializer(new StringSerializer("text/csv"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/csv"))
                .dataCaptureConfig(DataCaptureConfig.builder().enableCapture(true).samplingPercentage(100)
                        .destinationS3Uri(bucket + "/mq/capture").build()));
        // traffic with inference ids, whose ground truth the tests upload
        labels = new double[200];
        probabilities = new double[200];
        for (int i = 0; i < 200; i++) {
            double[] x = row(r);
            labels[i] = label(x, r);
            int id = i;
            probabilities[i] = Double.parseDouble(predictor.predict(x[0] + "," + x[1],
                    o -> o.inferenceId("req-" + id)).trim());
        }
        for (int i = 0; i < 600 && captured() < 200; i++) {
            Thread.sleep(100);
        }
        assertThat(captured()).isEqualTo(200);
    }

    static double[] row(Random r) {
        return new double[] {r.nextGaussian(), r.nextGaussian()};
    }

    static int label(double[] x, Random r) {
        return x[0] + 0.5 * x[1] + 0.5 * r.nextGaussian() > 0 ? 1 : 0;
    }

    static long captured() {
        Instant now = Instant.now();
        return CaptureRecords.readAll(session.objectStore(), CaptureRecords.files(session.objectStore(),
                bucket + "/mq/capture", ENDPOINT, null, now.minus(2, ChronoUnit.HOURS), now.plusSeconds(3600))).size();
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static ModelQualityMonitor monitor() {
        return ModelQualityMonitor.builder().role(ROLE).instanceType("local").session(session).build();
    }

    /** A monitor with a baseline from the model's predictions on the traffic's labelled rows. */
    static ModelQualityMonitor baselined(String name) {
        StringBuilder csv = new StringBuilder("label,probability\n");
        for (int i = 0; i < labels.length; i++) {
            csv.append((int) labels[i]).append(',').append(probabilities[i]).append('\n');
        }
        ModelQualityMonitor monitor = monitor();
        monitor.suggestBaseline(session.uploadString(csv.toString(), bucket + "/mq/" + name + "/validation.csv"),
                DatasetFormat.csv(true), ProblemType.BINARY_CLASSIFICATION, o -> o.probabilityAttribute("probability")
                        .groundTruthAttribute("label").probabilityThresholdAttribute(0.5).wait(true));
        return monitor;
    }

    /** Ground truth lines for req-from .. req-(to - 1), with each label flipped when {@code flip}. */
    static String groundTruth(int from, int to, boolean flip) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            int label = (int) labels[i];
            b.append("{\"groundTruthData\":{\"data\":\"").append(flip ? 1 - label : label)
                    .append("\",\"encoding\":\"CSV\"},\"eventMetadata\":{\"eventId\":\"req-").append(i)
                    .append("\"},\"eventVersion\":\"0\"}\n");
        }
        return b.toString();
    }

    /** Uploads ground truth in this hour's folder, as a labelling job collecting it now would. */
    static void upload(String prefix, String file, String body) {
        session.uploadString(body, prefix + "/" + HOUR.format(Instant.now()) + "/" + file);
    }

    static void schedule(ModelQualityMonitor monitor, String name, String groundTruth) {
        monitor.createMonitoringSchedule(s -> s.endpointInput(EndpointInput.builder().endpointName(ENDPOINT)
                        .probabilityAttribute("0").probabilityThresholdAttribute(0.5).build())
                .groundTruthInput(groundTruth).problemType(ProblemType.BINARY_CLASSIFICATION)
                .outputS3Uri(bucket + "/mq/" + name + "/reports").constraints(monitor.suggestedConstraints())
                .monitorScheduleName(name).scheduleCronExpression(CronExpressionGenerator.hourly()));
    }

    static double value(JsonNode metrics, String name) {
        return metrics.path(name).path("value").asDouble();
    }

    @Test
    void runMonitoringSchedule_groundTruthForHalfTheTraffic_metricsEqualClassificationEvaluationThenShiftedLabelViolates() {
        ModelQualityMonitor monitor = baselined("hourly");
        String gt = bucket + "/mq/hourly/ground-truth";
        upload(gt, "labels.jsonl", groundTruth(0, 120, false));
        schedule(monitor, "mq-hourly", gt);

        MonitoringExecution run = monitor.runMonitoringSchedule();

        assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo("Completed");
        JsonNode m = monitor.latestMonitoringStatistics().bodyDict().path("binary_classification_metrics");
        assertThat(monitor.latestMonitoringStatistics().bodyDict().path("dataset").path("item_count").asLong())
                .isEqualTo(120);
        ClassificationEvaluation e = ClassificationEvaluation.of(java.util.Arrays.copyOf(labels, 120),
                java.util.Arrays.copyOf(probabilities, 120), 0.5);
        assertThat(value(m, "accuracy")).isCloseTo(e.accuracy(), within(1e-12));
        assertThat(value(m, "precision")).isCloseTo(e.precision(), within(1e-12));
        assertThat(value(m, "recall")).isCloseTo(e.recall(), within(1e-12));
        assertThat(value(m, "f1")).isCloseTo(e.f1(), within(1e-12));
        assertThat(value(m, "auc")).isCloseTo(e.auc(), within(1e-12));
        // by hand: accuracy is the share of records whose thresholded probability is the label
        int right = 0;
        for (int i = 0; i < 120; i++) {
            right += (probabilities[i] >= 0.5 ? 1 : 0) == (int) labels[i] ? 1 : 0;
        }
        assertThat(value(m, "accuracy")).isCloseTo(right / 120.0, within(1e-12));
        assertThat(monitor.latestMonitoringConstraintViolations().violations()).isEmpty();

        // the labels of the same records, collected again, flipped: the later file (in key order) wins
        upload(gt, "relabelled.jsonl", groundTruth(0, 120, true));
        MonitoringExecution shifted = monitor.runMonitoringSchedule();

        assertThat(shifted.status()).isEqualTo("CompletedWithViolations");
        List<String> checked = new ArrayList<>();
        monitor.latestMonitoringConstraintViolations().bodyDict().path("violations").forEach(v -> {
            String metric = v.path("metric_name").asText();
            checked.add(metric);
            // rates of errors violate upwards, the others downwards
            assertThat(v.path("constraint_check_type").asText()).as(metric).isEqualTo(
                    metric.startsWith("false_") ? "GreaterThanThreshold" : "LessThanThreshold");
        });
        assertThat(checked).contains("accuracy", "f1", "auc");
        assertThat(monitor.listExecutions()).extracting(MonitoringExecution::status)
                .containsExactly("Completed", "CompletedWithViolations");

        // describe / list / attach / update / delete
        assertThat(monitor.describeSchedule().monitoringScheduleConfig().monitoringTypeAsString())
                .isEqualTo("ModelQuality");
        MonitoringApi api = session.api(MonitoringApi.CAPABILITY);
        assertThat(api.listMonitoringSchedules(ListMonitoringSchedulesRequest.builder().build())
                .monitoringScheduleSummaries()).anySatisfy(s -> {
                    assertThat(s.monitoringScheduleName()).isEqualTo("mq-hourly");
                    assertThat(s.monitoringTypeAsString()).isEqualTo("ModelQuality");
                    assertThat(s.monitoringJobDefinitionName()).isEqualTo(monitor.jobDefinitionName());
                });
        ModelMonitor attached = ModelMonitor.attach("mq-hourly", session);
        assertThat(attached).isInstanceOf(ModelQualityMonitor.class);
        assertThat(attached.jobDefinitionName()).isEqualTo(monitor.jobDefinitionName());
        assertThat(attached.role()).isEqualTo(ROLE);
        assertThat(attached.instanceType()).isEqualTo("local");
        assertThat(attached.listExecutions()).extracting(MonitoringExecution::status)
                .containsExactly("Completed", "CompletedWithViolations");
        assertThat(attached.latestMonitoringConstraintViolations().violations())
                .hasSameSizeAs(monitor.latestMonitoringConstraintViolations().violations());
        ModelQualityMonitor quality = (ModelQualityMonitor) attached;
        String first = quality.jobDefinitionName();
        quality.updateMonitoringSchedule(u -> u.maxRuntimeInSeconds(1800));
        assertThat(quality.jobDefinitionName()).isNotEqualTo(first);
        assertThat(quality.maxRuntimeInSeconds()).isEqualTo(1800);
        assertThat(quality.describeSchedule().monitoringScheduleConfig().monitoringJobDefinitionName())
                .isEqualTo(quality.jobDefinitionName());
        assertThat(quality.runMonitoringSchedule().status()).isEqualTo("CompletedWithViolations");
        String latest = quality.jobDefinitionName();
        quality.deleteMonitoringSchedule();
        assertThat(api.listModelQualityJobDefinitions(ListModelQualityJobDefinitionsRequest.builder().build())
                .jobDefinitionSummaries()).extracting(s -> s.monitoringJobDefinitionName()).doesNotContain(latest)
                .contains(first); // Python keeps the definition an update replaced
        assertThat(api.listMonitoringSchedules(ListMonitoringSchedulesRequest.builder().build())
                .monitoringScheduleSummaries()).noneSatisfy(s -> assertThat(s.monitoringScheduleName())
                        .isEqualTo("mq-hourly"));
    }

    @Test
    void runMonitoringSchedule_noGroundTruthInTheWindow_isAFailedExecutionWithTheReason() {
        ModelQualityMonitor monitor = baselined("nogt");
        String gt = bucket + "/mq/nogt/ground-truth";
        // collected long ago: outside the window's hours
        session.uploadString(groundTruth(0, 10, false), gt + "/2020/01/01/00/labels.jsonl");
        schedule(monitor, "mq-nogt", gt);

        MonitoringExecution run = monitor.runMonitoringSchedule();

        assertThat(run.status()).isEqualTo("Failed");
        assertThat(run.failureReason()).contains("has no ground truth collected between").contains(gt);
        assertThat(monitor.latestMonitoringStatistics()).isNull();
        monitor.deleteMonitoringSchedule();
    }

    @Test
    void runMonitoringSchedule_groundTruthForUnknownEventIds_isAFailedExecutionNamingThem() {
        ModelQualityMonitor monitor = baselined("ghost");
        String gt = bucket + "/mq/ghost/ground-truth";
        upload(gt, "labels.jsonl", groundTruth(0, 20, false)
                + "{\"groundTruthData\":{\"data\":\"1\",\"encoding\":\"CSV\"},\"eventMetadata\":{\"eventId\":"
                + "\"ghost-1\"},\"eventVersion\":\"0\"}\n");
        schedule(monitor, "mq-ghost", gt);

        MonitoringExecution run = monitor.runMonitoringSchedule();

        assertThat(run.status()).isEqualTo("Failed");
        assertThat(run.failureReason()).contains("ghost-1").contains("1 of 21 ground-truth record(s)");
        monitor.deleteMonitoringSchedule();
    }

    @Test
    void createMonitoringSchedule_withoutGroundTruthOrProblemTypeOrInput_isValidationExceptionBeforeAnyRequest() {
        ModelQualityMonitor monitor = monitor();
        MonitoringApi api = session.api(MonitoringApi.CAPABILITY);
        int before = api.listModelQualityJobDefinitions(ListModelQualityJobDefinitionsRequest.builder().build())
                .jobDefinitionSummaries().size();

        assertThatThrownBy(() -> monitor.createMonitoringSchedule(s -> s.endpointInput(ENDPOINT)
                .problemType(ProblemType.REGRESSION))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("ground_truth_input"));
        assertThatThrownBy(() -> monitor.createMonitoringSchedule(s -> s.endpointInput(ENDPOINT)
                .groundTruthInput(bucket + "/gt"))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("problem_type"));
        assertThatThrownBy(() -> monitor.createMonitoringSchedule(s -> s.groundTruthInput(bucket + "/gt")
                .problemType(ProblemType.REGRESSION))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("endpoint_input"));
        assertThatThrownBy(() -> monitor.createMonitoringSchedule(s -> s.endpointInput(ENDPOINT)
                .groundTruthInput(bucket + "/gt").problemType(ProblemType.REGRESSION)
                .scheduleCronExpression(CronExpressionGenerator.now())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("data_analysis_start_time"));
        assertThatThrownBy(() -> monitor.updateMonitoringSchedule(u -> u.role(ROLE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("monitoring_schedule_name");

        assertThat(api.listModelQualityJobDefinitions(ListModelQualityJobDefinitionsRequest.builder().build())
                .jobDefinitionSummaries()).hasSize(before);
        assertThat(monitor.monitoringScheduleName()).isNull();
    }

    @Test
    void attach_dataQualitySchedule_isValidationExceptionNamingMonitoringType() {
        DefaultModelMonitor data = DefaultModelMonitor.builder().role(ROLE).instanceType("local").session(session)
                .build();
        data.createMonitoringSchedule(s -> s.endpointInput(ENDPOINT).monitorScheduleName("mq-data")
                .scheduleCronExpression(CronExpressionGenerator.daily()));
        try {
            assertThatThrownBy(() -> ModelQualityMonitor.attach("mq-data", session))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("MonitoringType"));
        } finally {
            data.deleteMonitoringSchedule();
        }
    }
}
