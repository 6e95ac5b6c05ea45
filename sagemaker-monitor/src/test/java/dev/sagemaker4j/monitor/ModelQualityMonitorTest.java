/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.evaluation.ClassificationEvaluation;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelQualityMonitorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    private static final List<String> BINARY_METRICS = List.of("confusion_matrix", "recall", "precision", "accuracy",
            "recall_best_constant_classifier", "precision_best_constant_classifier",
            "accuracy_best_constant_classifier", "true_positive_rate", "true_negative_rate", "false_positive_rate",
            "false_negative_rate", "receiver_operating_characteristic_curve", "precision_recall_curve", "auc",
            "f0_5", "f1", "f2", "f0_5_best_constant_classifier", "f1_best_constant_classifier",
            "f2_best_constant_classifier");

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

    static String bucket() {
        return "s3://" + session.defaultBucket();
    }

    static ModelQualityMonitor monitor() {
        return ModelQualityMonitor.builder().role(ROLE).instanceType("local").session(session).build();
    }

    static String upload(String body, String key) {
        return session.uploadString(body, bucket() + "/" + key);
    }

    /** Labels and a model's probabilities: positives score higher on average, with overlap. */
    static double[][] scored(long seed, int n) {
        Random r = new Random(seed);
        double[] labels = new double[n];
        double[] probabilities = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextDouble() < 0.4 ? 1 : 0;
            double z = (labels[i] == 1 ? 0.8 : -0.8) + r.nextGaussian();
            probabilities[i] = Math.round(1e6 / (1 + Math.exp(-z))) / 1e6;
        }
        return new double[][] {labels, probabilities};
    }

    static String labelledCsv(double[] labels, double[] probabilities) {
        StringBuilder b = new StringBuilder("label,probability,prediction\n");
        for (int i = 0; i < labels.length; i++) {
            b.append((int) labels[i]).append(',').append(probabilities[i]).append(',')
                    .append(probabilities[i] >= 0.5 ? 1 : 0).append('\n');
        }
        return b.toString();
    }

    /** Capture records whose output is the probability (CSV); even records carry an inferenceId. */
    static String capture(double[] probabilities) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < probabilities.length; i++) {
            b.append("{\"captureData\":{\"endpointInput\":{\"observedContentType\":\"text/csv\",\"mode\":\"INPUT\","
                    + "\"data\":\"1.0,2.0\",\"encoding\":\"CSV\"},\"endpointOutput\":{\"observedContentType\":"
                    + "\"text/csv; charset=utf-8\",\"mode\":\"OUTPUT\",\"data\":\"").append(probabilities[i])
                    .append("\",\"encoding\":\"CSV\"}},\"eventMetadata\":{\"eventId\":\"event-").append(i)
                    .append('"');
            if (i % 2 == 0) {
                b.append(",\"inferenceId\":\"req-").append(i).append('"');
            }
            b.append(",\"inferenceTime\":\"2026-12-06T05:00:00Z\"},\"eventVersion\":\"0\"}\n");
        }
        return b.toString();
    }

    /** The id the service merges by: the inferenceId where the request had one, the eventId otherwise. */
    static String id(int i) {
        return i % 2 == 0 ? "req-" + i : "event-" + i;
    }

    static String groundTruth(double[] labels, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append("{\"groundTruthData\":{\"data\":\"").append((int) labels[i])
                    .append("\",\"encoding\":\"CSV\"},\"eventMetadata\":{\"eventId\":\"").append(id(i))
                    .append("\"},\"eventVersion\":\"0\"}\n");
        }
        return b.toString();
    }

    static double value(JsonNode metrics, String name) {
        return metrics.path(name).path("value").asDouble();
    }

    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static void assertSameAsEvaluation(JsonNode m, ClassificationEvaluation e) {
        assertThat(value(m, "accuracy")).isCloseTo(e.accuracy(), within(1e-12));
        assertThat(value(m, "precision")).isCloseTo(e.precision(), within(1e-12));
        assertThat(value(m, "recall")).isCloseTo(e.recall(), within(1e-12));
        assertThat(value(m, "f1")).isCloseTo(e.f1(), within(1e-12));
        assertThat(value(m, "auc")).isCloseTo(e.auc(), within(1e-12));
        long[][] matrix = e.confusionMatrix();
        for (int a = 0; a < 2; a++) {
            for (int p = 0; p < 2; p++) {
                assertThat(m.path("confusion_matrix").path(Integer.toString(a)).path(Integer.toString(p)).asLong())
                        .as("confusion_matrix[%s][%s]", a, p).isEqualTo(matrix[a][p]);
            }
        }
    }

    @Test
    void suggestBaseline_binary_metricsEqualClassificationEvaluationInTheServicesLayout() {
        double[][] d = scored(1, 400);
        String data = upload(labelledCsv(d[0], d[1]), "mq/binary/validation.csv");
        ModelQualityMonitor monitor = monitor();

        monitor.suggestBaseline(data, DatasetFormat.csv(true), ProblemType.BINARY_CLASSIFICATION,
                o -> o.inferenceAttribute("prediction").probabilityAttribute("probability")
                        .groundTruthAttribute("label").outputS3Uri(bucket() + "/mq/binary/baseline").wait(true));

        JsonNode stats = monitor.baselineStatistics().bodyDict();
        assertThat(stats.path("dataset").path("item_count").asLong()).isEqualTo(400);
        JsonNode m = stats.path("binary_classification_metrics");
        assertThat(names(m)).containsExactlyElementsOf(BINARY_METRICS);
        ClassificationEvaluation e = ClassificationEvaluation.of(d[0], d[1], 0.5);
        assertSameAsEvaluation(m, e);
        assertThat(m.path("receiver_operating_characteristic_curve").path("false_positive_rates"))
                .hasSize(e.falsePositiveRates().length);
        // the rates and the best constant classifier (it predicts 1 for every record), by hand
        double positives = e.truePositives() + e.falseNegatives();
        assertThat(value(m, "false_positive_rate"))
                .isEqualTo((double) e.falsePositives() / (e.falsePositives() + e.trueNegatives()));
        assertThat(value(m, "true_negative_rate"))
                .isEqualTo((double) e.trueNegatives() / (e.falsePositives() + e.trueNegatives()));
        assertThat(value(m, "precision_best_constant_classifier")).isEqualTo(positives / 400);
        assertThat(value(m, "recall_best_constant_classifier")).isEqualTo(1.0);
        double p = e.precision();
        double r = e.recall();
        assertThat(value(m, "f2")).isCloseTo(5 * p * r / (4 * p + r), within(1e-12));
        // 400 records: a standard deviation over five 80% samples, as the service gives from 200 on
        assertThat(m.path("f1").path("standard_deviation").isNumber()).isTrue();
        assertThat(m.path("f1").path("standard_deviation").asDouble()).isBetween(0.0, 0.1);

        JsonNode c = monitor.suggestedConstraints().bodyDict().path("binary_classification_constraints");
        assertThat(names(c)).containsExactly("recall", "precision", "accuracy", "true_positive_rate",
                "true_negative_rate", "false_positive_rate", "false_negative_rate", "auc", "f0_5", "f1", "f2");
        assertThat(c.path("f1").path("threshold").asDouble()).isEqualTo(value(m, "f1"));
        assertThat(c.path("f1").path("comparison_operator").asText()).isEqualTo("LessThanThreshold");
        assertThat(c.path("false_positive_rate").path("comparison_operator").asText())
                .isEqualTo("GreaterThanThreshold");
    }

    @Test
    void suggestBaseline_regression_metricsEqualHandComputation() {
        // scikit-learn's documentation example: mae 0.5, mse 0.375, r2 0.9486081370449679
        String data = upload("{\"y\": 3, \"yhat\": 2.5}\n{\"y\": -0.5, \"yhat\": 0.0}\n{\"y\": 2, \"yhat\": 2}\n"
                + "{\"y\": 7, \"yhat\": 8}\n", "mq/regression/validation.jsonl");
        ModelQualityMonitor monitor = monitor();

        monitor.suggestBaseline(data, DatasetFormat.json(true), ProblemType.REGRESSION,
                o -> o.inferenceAttribute("yhat").groundTruthAttribute("$.y").wait(true));

        JsonNode m = monitor.baselineStatistics().bodyDict().path("regression_metrics");
        assertThat(names(m)).containsExactly("mae", "mse", "rmse", "r2");
        assertThat(value(m, "mae")).isCloseTo(0.5, within(1e-12));
        assertThat(value(m, "mse")).isCloseTo(0.375, within(1e-12));
        assertThat(value(m, "rmse")).isCloseTo(Math.sqrt(0.375), within(1e-12));
        // the service's r2 = 1 - SSE / sum((yhat - mean yhat)^2): mean yhat 3.125,
        // 0.390625 + 9.765625 + 1.265625 + 23.765625 = 35.1875 (scikit-learn's, over the labels, is 0.9486)
        assertThat(value(m, "r2")).isCloseTo(1 - 1.5 / 35.1875, within(1e-12));
        assertThat(m.path("mae").path("standard_deviation").asText()).isEqualTo("NaN");
        JsonNode c = monitor.suggestedConstraints().bodyDict().path("regression_constraints");
        assertThat(c.path("mae").path("comparison_operator").asText()).isEqualTo("GreaterThanThreshold");
        assertThat(c.path("r2").path("comparison_operator").asText()).isEqualTo("LessThanThreshold");
        assertThat(c.path("rmse").path("threshold").asDouble()).isCloseTo(Math.sqrt(0.375), within(1e-12));
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = ModelQualityMonitorTest.class.getResourceAsStream("/python-fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void suggestBaseline_pythonRegressionFixture_suggestsTheServicesConstraints() throws Exception {
        String data = upload(fixture("model_quality-baseline_dataset.csv"), "mq/fixture/baseline_dataset.csv");
        ModelQualityMonitor monitor = monitor();

        monitor.suggestBaseline(data, DatasetFormat.csv(true), ProblemType.REGRESSION,
                o -> o.groundTruthAttribute("Label").inferenceAttribute("Prediction").wait(true));

        JsonNode expected = JSON.readTree(fixture("model_quality-good_cases-constraints.json"));
        JsonNode actual = monitor.suggestedConstraints().bodyDict();
        assertThat(names(actual)).isEqualTo(names(expected));
        JsonNode e = expected.path("regression_constraints");
        JsonNode a = actual.path("regression_constraints");
        assertThat(names(a)).isEqualTo(names(e));
        for (String metric : names(e)) {
            assertThat(a.path(metric).path("threshold").asDouble()).as(metric)
                    .isCloseTo(e.path(metric).path("threshold").asDouble(), within(1e-12));
            assertThat(a.path(metric).path("comparison_operator"))
                    .isEqualTo(e.path(metric).path("comparison_operator"));
        }
    }

    @Test
    void suggestBaseline_serviceDocumentationExample_metricsEqualTheServicesStatistics() throws Exception {
        // the example's confusion matrix: actual 0 predicted 0 once, predicted 1 twice; actual 1 predicted 1 once
        String data = upload("label,prediction\n0,0\n0,1\n0,1\n1,1\n", "mq/fixture/documentation.csv");
        ModelQualityMonitor monitor = monitor();

        monitor.suggestBaseline(data, DatasetFormat.csv(true), ProblemType.BINARY_CLASSIFICATION,
                o -> o.groundTruthAttribute("label").inferenceAttribute("prediction").wait(true));

        JsonNode e = JSON.readTree(fixture("model_quality-binary_classification-statistics.json"))
                .path("binary_classification_metrics");
        JsonNode a = monitor.baselineStatistics().bodyDict().path("binary_classification_metrics");
        assertThat(new TreeSet<>(names(a))).isEqualTo(new TreeSet<>(names(e)));
        assertThat(a.path("confusion_matrix")).isEqualTo(e.path("confusion_matrix"));
        for (String metric : names(e)) {
            if (e.path(metric).has("value") && !metric.equals("auc")) { // the example's auc is of unknown scores
                assertThat(a.path(metric).path("value").asDouble()).as(metric)
                        .isCloseTo(e.path(metric).path("value").asDouble(), within(1e-12));
            }
        }
        assertThat(a.path("f1").path("standard_deviation").asText()).isEqualTo("NaN");
    }

    @Test
    void suggestBaseline_multiclass_weightedMetricsEqualHandComputation() {
        // actual 0 1 2 2 1 0, predicted 0 2 2 2 1 1, no header: columns by index
        String data = upload("0,0\n1,2\n2,2\n2,2\n1,1\n0,1\n", "mq/multiclass/validation.csv");
        ModelQualityMonitor monitor = monitor();

        monitor.suggestBaseline(data, DatasetFormat.csv(false), ProblemType.MULTICLASS_CLASSIFICATION,
                o -> o.groundTruthAttribute("0").inferenceAttribute("1").wait(true));

        JsonNode m = monitor.baselineStatistics().bodyDict().path("multiclass_classification_metrics");
        assertThat(m.path("confusion_matrix").toString())
                .isEqualTo("{\"0\":{\"0\":1,\"1\":1,\"2\":0},\"1\":{\"0\":0,\"1\":1,\"2\":1},"
                        + "\"2\":{\"0\":0,\"1\":0,\"2\":2}}");
        // per class: recall 1/2, 1/2, 1; precision 1, 1/2, 2/3; every class has a third of the records
        assertThat(value(m, "accuracy")).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(value(m, "weighted_recall")).isCloseTo((0.5 + 0.5 + 1) / 3, within(1e-12));
        assertThat(value(m, "weighted_precision")).isCloseTo((1 + 0.5 + 2.0 / 3) / 3, within(1e-12));
        assertThat(value(m, "weighted_f1")).isCloseTo((2.0 / 3 + 0.5 + 0.8) / 3, within(1e-12));
        assertThat(value(m, "accuracy_best_constant_classifier")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(names(monitor.suggestedConstraints().bodyDict().path("multiclass_classification_constraints")))
                .containsExactly("accuracy", "weighted_recall", "weighted_precision", "weighted_f0_5",
                        "weighted_f1", "weighted_f2");
    }

    @Test
    void suggestBaseline_labelColumnNotThere_failsWithTheReason() {
        String data = upload("a,b\n1,0\n", "mq/bad/validation.csv");

        assertThatThrownBy(() -> monitor().suggestBaseline(data, DatasetFormat.csv(true),
                ProblemType.BINARY_CLASSIFICATION, o -> o.groundTruthAttribute("label").inferenceAttribute("b")
                        .wait(true)))
                .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("ClientError")
                .hasMessageContaining("label is not a column");
    }

    /** A monitor with a baseline of the model on (labels, probabilities). */
    static ModelQualityMonitor baselined(String prefix, double[] labels, double[] probabilities) {
        ModelQualityMonitor monitor = monitor();
        monitor.suggestBaseline(upload(labelledCsv(labels, probabilities), prefix + "/validation.csv"),
                DatasetFormat.csv(true), ProblemType.BINARY_CLASSIFICATION,
                o -> o.probabilityAttribute("probability").groundTruthAttribute("label").wait(true));
        return monitor;
    }

    @Test
    void runMonitoring_partialGroundTruth_mergesByInferenceIdOrEventIdAndEvaluatesTheMatched() {
        double[][] d = scored(2, 300);
        ModelQualityMonitor monitor = baselined("mq/merge", d[0], d[1]);
        upload(capture(d[1]), "mq/merge/capture/ep/AllTraffic/2026/12/06/05/00-00-000-a.jsonl");
        // ground truth arrives for the first 250 requests only, in two hourly folders
        upload(groundTruth(d[0], 0, 120), "mq/merge/ground-truth/2026/12/06/06/gt-1.jsonl");
        upload(groundTruth(d[0], 120, 250), "mq/merge/ground-truth/2026/12/06/07/gt-2.jsonl");

        MonitoringExecution run = monitor.runMonitoring(bucket() + "/mq/merge/capture/ep",
                bucket() + "/mq/merge/ground-truth", o -> o.probabilityAttribute("0").logs(false));

        assertThat(run.failureReason()).isNull();
        JsonNode stats = run.statistics().bodyDict();
        assertThat(stats.path("dataset").path("item_count").asLong()).isEqualTo(250);
        double[] labels = java.util.Arrays.copyOf(d[0], 250);
        double[] probabilities = java.util.Arrays.copyOf(d[1], 250);
        assertSameAsEvaluation(stats.path("binary_classification_metrics"),
                ClassificationEvaluation.of(labels, probabilities, 0.5));
        assertThat(monitor.listExecutions()).containsExactly(run);
        assertThat(monitor.latestMonitoringStatistics().bodyDict().path("dataset"))
                .isEqualTo(stats.path("dataset"));
    }

    @Test
    void runMonitoring_unchangedModel_completesWithoutViolations() {
        double[][] d = scored(3, 300);
        ModelQualityMonitor monitor = baselined("mq/same", d[0], d[1]);
        upload(capture(d[1]), "mq/same/capture/ep/AllTraffic/2026/12/06/05/a.jsonl");
        upload(groundTruth(d[0], 0, 300), "mq/same/ground-truth/2026/12/06/06/gt.jsonl");

        MonitoringExecution run = monitor.runMonitoring(bucket() + "/mq/same/capture/ep",
                bucket() + "/mq/same/ground-truth", o -> o.probabilityAttribute("0").logs(false));

        assertThat(run.status()).isEqualTo("Completed");
        assertThat(run.constraintViolations().violations()).isEmpty();
    }

    @Test
    void runMonitoring_degradedModel_reportsTheMetricsBelowTheirThresholds() {
        double[][] d = scored(4, 300);
        ModelQualityMonitor monitor = baselined("mq/worse", d[0], d[1]);
        // the model got worse: every third probability is flipped
        double[] worse = d[1].clone();
        for (int i = 0; i < worse.length; i += 3) {
            worse[i] = 1 - worse[i];
        }
        upload(capture(worse), "mq/worse/capture/ep/AllTraffic/2026/12/06/05/a.jsonl");
        upload(groundTruth(d[0], 0, 300), "mq/worse/ground-truth/2026/12/06/06/gt.jsonl");

        MonitoringExecution run = monitor.runMonitoring(bucket() + "/mq/worse/capture/ep",
                bucket() + "/mq/worse/ground-truth", o -> o.probabilityAttribute("0").logs(false));

        assertThat(run.status()).isEqualTo("CompletedWithViolations");
        JsonNode violations = run.constraintViolations().bodyDict().path("violations");
        List<String> metrics = new ArrayList<>();
        for (Iterator<JsonNode> it = violations.elements(); it.hasNext();) {
            metrics.add(it.next().path("metric_name").asText());
        }
        assertThat(metrics).contains("accuracy", "f1", "auc");
        JsonNode accuracy = null;
        for (JsonNode v : violations) {
            if (v.path("metric_name").asText().equals("accuracy")) {
                accuracy = v;
            }
        }
        double baseline = monitor.suggestedConstraints().bodyDict().path("binary_classification_constraints")
                .path("accuracy").path("threshold").asDouble();
        double current = run.statistics().bodyDict().path("binary_classification_metrics").path("accuracy")
                .path("value").asDouble();
        assertThat(current).isLessThan(baseline);
        assertThat(accuracy.path("constraint_check_type").asText()).isEqualTo("LessThanThreshold");
        assertThat(accuracy.path("description").asText()).startsWith("Metric accuracy with " + current + " +/- ")
                .endsWith(" was LessThanThreshold '" + baseline + "'");
        assertThat(run.constraintViolations().violations()).extracting(ConstraintViolations.Violation::description)
                .anyMatch(x -> x.startsWith("Metric falsePositiveRate with ")
                        || x.startsWith("Metric falseNegativeRate with "));
    }

    @Test
    void runMonitoring_groundTruthForUnknownEventIds_isAFailedExecutionNamingThem() {
        double[][] d = scored(5, 20);
        ModelQualityMonitor monitor = baselined("mq/unknown", d[0], d[1]);
        upload(capture(d[1]), "mq/unknown/capture/ep/AllTraffic/2026/12/06/05/a.jsonl");
        // request 1 carried no InferenceId: its ground truth must be keyed by the eventId, not "req-1"
        upload(groundTruth(d[0], 0, 10) + "{\"groundTruthData\":{\"data\":\"1\",\"encoding\":\"CSV\"},"
                + "\"eventMetadata\":{\"eventId\":\"req-1\"},\"eventVersion\":\"0\"}\n",
                "mq/unknown/ground-truth/2026/12/06/06/gt.jsonl");

        MonitoringExecution run = monitor.runMonitoring(bucket() + "/mq/unknown/capture/ep",
                bucket() + "/mq/unknown/ground-truth", o -> o.probabilityAttribute("0").logs(false));

        assertThat(run.status()).isEqualTo("Failed");
        assertThat(run.failureReason()).startsWith("ClientError: ").contains("1 of 11 ground-truth record(s)")
                .contains("req-1").contains("inferenceId");
        assertThat(session.objectStore().exists(run.outputS3Uri() + "/statistics.json")).isFalse();
    }

    @Test
    void runMonitoring_noGroundTruthAtAll_isAFailedExecutionWithItsReason() {
        double[][] d = scored(6, 20);
        ModelQualityMonitor monitor = baselined("mq/none", d[0], d[1]);
        upload(capture(d[1]), "mq/none/capture/ep/AllTraffic/2026/12/06/05/a.jsonl");
        upload("\n", "mq/none/ground-truth/2026/12/06/06/empty.jsonl");

        MonitoringExecution run = monitor.runMonitoring(bucket() + "/mq/none/capture/ep",
                bucket() + "/mq/none/ground-truth", o -> o.probabilityAttribute("0").logs(false));

        assertThat(run.status()).isEqualTo("Failed");
        assertThat(run.failureReason()).contains("there is no ground truth");
    }

    @Test
    void runMonitoring_withoutProblemTypeOrBaseline_isValidationException() {
        assertThatThrownBy(() -> monitor().runMonitoring(bucket() + "/c", bucket() + "/g"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("problem_type");
        assertThatThrownBy(() -> monitor().runMonitoring(bucket() + "/c", bucket() + "/g",
                o -> o.problemType(ProblemType.REGRESSION)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("constraints");
        assertThatThrownBy(() -> monitor().runMonitoring(bucket() + "/c", null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ground_truth_input");
        assertThatThrownBy(() -> monitor().suggestBaseline(bucket() + "/c", DatasetFormat.csv(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("problem_type");
        assertThat(ProblemType.fromValue("BinaryClassification")).isEqualTo(ProblemType.BINARY_CLASSIFICATION);
        assertThatThrownBy(() -> ProblemType.fromValue("Ranking")).isInstanceOf(ValidationException.class);
    }
}
