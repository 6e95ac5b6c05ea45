/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.datasketches.kll.KllSketch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultModelMonitorTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    static DefaultModelMonitor monitor() {
        return DefaultModelMonitor.builder().role(ROLE).instanceType("local").session(session).build();
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = DefaultModelMonitorTest.class.getResourceAsStream("/python-fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String upload(String body, String key) {
        return session.uploadString(body, bucket() + "/" + key);
    }

    /** Rows of x ~ N(mean, 1), y ~ N(5, 1), an integral id in 0..99 and a category, with a header. */
    static String table(long seed, int rows, double xMean) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("x,y,id,color\n");
        String[] colors = {"red", "green", "blue"};
        for (int i = 0; i < rows; i++) {
            b.append(xMean + r.nextGaussian()).append(',').append(5 + r.nextGaussian()).append(',')
                    .append(r.nextInt(100))
                    .append(',').append(colors[i % 3]).append('\n');
        }
        return b.toString();
    }

    static List<String> checks(ConstraintViolations v) {
        return v.violations().stream().map(x -> x.featureName() + ":" + x.constraintCheckType())
                .collect(Collectors.toList());
    }

    @Test
    void suggestBaseline_pythonFixtureCsv_writesTheServicesStatisticsAndConstraints() throws Exception {
        String data = upload(fixture("data_quality-baseline_dataset.csv"), "dq/baseline_dataset.csv");
        DefaultModelMonitor monitor = monitor();

        monitor.suggestBaseline(data, DatasetFormat.csv(false), o -> o.outputS3Uri(bucket() + "/dq/baseline"));

        JsonNode expected = JSON.readTree(fixture("data_quality-statistics.json"));
        JsonNode actual = monitor.baselineStatistics().bodyDict();
        assertThat(monitor.baselineStatistics().fileS3Uri()).isEqualTo(bucket() + "/dq/baseline/statistics.json");
        assertThat(actual.path("dataset")).isEqualTo(expected.path("dataset"));
        assertThat(actual.path("features")).hasSameSizeAs(expected.path("features"));
        for (int i = 0; i < expected.path("features").size(); i++) {
            JsonNode e = expected.path("features").get(i);
            JsonNode a = actual.path("features").get(i);
            assertThat(fieldPaths(a)).as("the field names of %s", e.path("name")).isEqualTo(fieldPaths(e));
            assertThat(a.path("name")).isEqualTo(e.path("name"));
            assertThat(a.path("inferred_type")).isEqualTo(e.path("inferred_type"));
            JsonNode en = e.path("numerical_statistics");
            JsonNode an = a.path("numerical_statistics");
            assertThat(an.path("common")).isEqualTo(en.path("common"));
            for (String stat : List.of("mean", "sum", "std_dev", "min", "max")) {
                assertThat(an.path(stat).asDouble()).as(stat).isCloseTo(en.path(stat).asDouble(), within(1e-9));
            }
            JsonNode eb = en.path("distribution").path("kll").path("buckets");
            JsonNode ab = an.path("distribution").path("kll").path("buckets");
            assertThat(ab).hasSameSizeAs(eb);
            for (int j = 0; j < eb.size(); j++) {
                assertThat(ab.get(j).path("lower_bound").asDouble())
                        .isCloseTo(eb.get(j).path("lower_bound").asDouble(), within(1e-9));
                assertThat(ab.get(j).path("upper_bound").asDouble())
                        .isCloseTo(eb.get(j).path("upper_bound").asDouble(), within(1e-9));
                assertThat(ab.get(j).path("count").asDouble()).isEqualTo(eb.get(j).path("count").asDouble());
            }
            assertThat(an.path("distribution").path("kll").path("sketch").path("parameters"))
                    .isEqualTo(en.path("distribution").path("kll").path("sketch").path("parameters"));
            // 100 values stay in the sketch's first level: the same multiset as the service's
            assertThat(sorted(an.path("distribution").path("kll").path("sketch").path("data").get(0)))
                    .isEqualTo(sorted(en.path("distribution").path("kll").path("sketch").path("data").get(0)));
        }

        JsonNode good = JSON.readTree(fixture("data_quality-good_cases-constraints.json"));
        JsonNode constraints = monitor.suggestedConstraints().bodyDict();
        assertThat(constraints.path("features")).isEqualTo(good.path("features"));
        assertThat(fieldPaths(constraints.path("monitoring_config")))
                .containsAll(fieldPaths(good.path("monitoring_config")));
        assertThat(constraints.path("monitoring_config").path("distribution_constraints").path("comparison_method")
                .asText()).isEqualTo("Robust");
    }

    @Test
    void suggestBaseline_generatedCsv_statisticsEqualIndependentValuesAndQuantilesWithinTheSketchError()
            throws Exception {
        int rows = 20_000;
        Random r = new Random(7);
        StringBuilder b = new StringBuilder("value,count,label,sparse\n");
        double[] values = new double[rows];
        long countSum = 0;
        int sparsePresent = 0;
        Map<String, Long> labels = new TreeMap<>();
        for (int i = 0; i < rows; i++) {
            values[i] = r.nextGaussian() * 3 + 10;
            int count = r.nextInt(1000);
            countSum += count;
            String label = "L" + r.nextInt(4);
            labels.merge(label, 1L, Long::sum);
            boolean present = i % 10 != 0;
            sparsePresent += present ? 1 : 0;
            b.append(values[i]).append(',').append(count).append(',').append(label).append(',')
                    .append(present ? String.valueOf(i % 7) : "").append('\n');
        }
        String data = upload(b.toString(), "gen/train.csv");
        DefaultModelMonitor monitor = monitor();

        monitor.suggestBaseline(data, DatasetFormat.csv(true), o -> o.logs(false));

        Statistics stats = monitor.baselineStatistics();
        assertThat(stats.itemCount()).isEqualTo(rows);
        JsonNode value = stats.feature("value");
        assertThat(value.path("inferred_type").asText()).isEqualTo("Fractional");
        JsonNode vn = value.path("numerical_statistics");
        double mean = Arrays.stream(values).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / rows);
        assertThat(vn.path("common").path("num_present").asLong()).isEqualTo(rows);
        assertThat(vn.path("mean").asDouble()).isCloseTo(mean, within(1e-9));
        assertThat(vn.path("std_dev").asDouble()).isCloseTo(sd, within(1e-9));
        assertThat(vn.path("min").asDouble()).isEqualTo(Arrays.stream(values).min().orElseThrow());
        assertThat(vn.path("max").asDouble()).isEqualTo(Arrays.stream(values).max().orElseThrow());
        long bucketTotal = 0;
        for (JsonNode bucket : vn.path("distribution").path("kll").path("buckets")) {
            bucketTotal += bucket.path("count").asLong();
        }
        assertThat(bucketTotal).isEqualTo(rows);
        // quantiles from the sketch data as written (level i has weight 2^i) against the exact ranks
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double eps = KllSketch.getNormalizedRankError(2048, false);
        for (double q = 0.05; q < 1; q += 0.05) {
            double v = sketchQuantile(vn.path("distribution").path("kll").path("sketch").path("data"), q);
            double rank = (double) upperBound(sorted, v) / rows;
            assertThat(rank).as("rank of the %s-quantile", q).isCloseTo(q, within(eps + 1.0 / rows));
        }
        JsonNode count = stats.feature("count");
        assertThat(count.path("inferred_type").asText()).isEqualTo("Integral");
        assertThat(count.path("numerical_statistics").path("sum").asDouble()).isEqualTo((double) countSum);
        JsonNode label = stats.feature("label");
        assertThat(label.path("inferred_type").asText()).isEqualTo("String");
        assertThat(label.path("string_statistics").path("distinct_count").asDouble()).isEqualTo(labels.size());
        Map<String, Long> buckets = new TreeMap<>();
        label.path("string_statistics").path("distribution").path("categorical").path("buckets")
                .forEach(x -> buckets.put(x.path("value").asText(), x.path("count").asLong()));
        assertThat(buckets).isEqualTo(labels);
        JsonNode sparse = stats.feature("sparse").path("numerical_statistics").path("common");
        assertThat(sparse.path("num_present").asLong()).isEqualTo(sparsePresent);
        assertThat(sparse.path("num_missing").asLong()).isEqualTo(rows - sparsePresent);

        Constraints c = monitor.suggestedConstraints();
        Map<String, JsonNode> byName = new TreeMap<>();
        c.bodyDict().path("features").forEach(f -> byName.put(f.path("name").asText(), f));
        assertThat(byName.get("sparse").path("completeness").asDouble()).isEqualTo((double) sparsePresent / rows);
        assertThat(byName.get("value").path("num_constraints").path("is_non_negative").asBoolean())
                .isEqualTo(sorted[0] >= 0);
        assertThat(byName.get("count").path("num_constraints").path("is_non_negative").asBoolean()).isTrue();
        assertThat(byName.get("label").path("string_constraints").path("domains"))
                .extracting(JsonNode::asText).containsExactlyElementsOf(labels.keySet());
    }

    @Test
    void suggestBaseline_columnsWithNumbersAndStrings_areStringWithEveryValueCounted() {
        // "few": the numbers 0..39 and "n/a" (41 categories); "many": 0..2999 and "none" (3001, over the kept 1000)
        int rows = 9_000;
        StringBuilder b = new StringBuilder("few,many,x\n");
        Map<String, Long> few = new TreeMap<>();
        Set<String> many = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            String f = i % 97 == 5 ? "n/a" : String.valueOf(i % 40);
            // the first string comes late, after many numbers
            String m = i == 8_000 ? "none" : String.valueOf(i % 3000);
            few.merge(f, 1L, Long::sum);
            many.add(m);
            b.append(f).append(',').append(m).append(',').append(i * 0.5).append('\n');
        }
        DefaultModelMonitor monitor = monitor();

        monitor.suggestBaseline(upload(b.toString(), "mixed/train.csv"), DatasetFormat.csv(true),
                o -> o.logs(false));

        Statistics stats = monitor.baselineStatistics();
        JsonNode f = stats.feature("few");
        assertThat(f.path("inferred_type").asText()).isEqualTo("String");
        assertThat(f.path("string_statistics").path("distinct_count").asDouble()).isEqualTo(few.size());
        Map<String, Long> buckets = new TreeMap<>();
        f.path("string_statistics").path("distribution").path("categorical").path("buckets")
                .forEach(x -> buckets.put(x.path("value").asText(), x.path("count").asLong()));
        assertThat(buckets).isEqualTo(few);
        JsonNode m = stats.feature("many");
        assertThat(m.path("inferred_type").asText()).isEqualTo("String");
        // HLL with lgK 12: relative standard error 1.04 / sqrt(4096) = 1.6%; three of them
        assertThat(m.path("string_statistics").path("distinct_count").asDouble())
                .isCloseTo(many.size(), within(many.size() * 0.05));
        assertThat(m.path("string_statistics").path("common").path("num_present").asLong()).isEqualTo(rows);
        assertThat(stats.feature("x").path("inferred_type").asText()).isEqualTo("Fractional");
        Map<String, JsonNode> byName = new TreeMap<>();
        monitor.suggestedConstraints().bodyDict().path("features")
                .forEach(x -> byName.put(x.path("name").asText(), x));
        assertThat(byName.get("few").path("string_constraints").path("domains"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(few.keySet());
    }

    @Test
    void suggestBaseline_jsonLinesAndCsvWithoutHeader_sameStatisticsAsTheCsvWithHeader() {
        int rows = 5_000;
        Random r = new Random(11);
        StringBuilder csv = new StringBuilder("a,b,c,d\n");
        StringBuilder headless = new StringBuilder();
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            double a = r.nextGaussian();
            int bValue = r.nextInt(50);
            String c = "k" + r.nextInt(7);
            String d = i % 4 == 0 ? "" : String.valueOf(r.nextInt(10));
            String line = a + "," + bValue + "," + c + "," + d + "\n";
            csv.append(line);
            headless.append(line);
            jsonl.append("{\"a\":").append(a).append(",\"b\":").append(bValue).append(",\"c\":\"").append(c)
                    .append('"').append(d.isEmpty() ? "" : ",\"d\":" + d).append("}\n");
        }
        DefaultModelMonitor monitor = monitor();
        monitor.suggestBaseline(upload(csv.toString(), "formats/header.csv"), DatasetFormat.csv(true),
                o -> o.logs(false));
        JsonNode withHeader = monitor.baselineStatistics().bodyDict();
        monitor.suggestBaseline(upload(headless.toString(), "formats/headless.csv"), DatasetFormat.csv(false),
                o -> o.logs(false));
        JsonNode withoutHeader = monitor.baselineStatistics().bodyDict();
        monitor.suggestBaseline(upload(jsonl.toString(), "formats/data.jsonl"), DatasetFormat.json(true),
                o -> o.logs(false));
        JsonNode lines = monitor.baselineStatistics().bodyDict();

        assertThat(withHeader.path("dataset").path("item_count").asLong()).isEqualTo(rows);
        List<String> names = List.of("a", "b", "c", "d");
        for (int i = 0; i < names.size(); i++) {
            JsonNode expected = withoutSketch(withHeader.path("features").get(i));
            assertThat(expected.path("name").asText()).isEqualTo(names.get(i));
            JsonNode headlessFeature = withoutSketch(withoutHeader.path("features").get(i));
            assertThat(headlessFeature.path("name").asText()).isEqualTo("_c" + i);
            ((ObjectNode) headlessFeature).put("name", names.get(i));
            assertThat(headlessFeature).isEqualTo(expected);
            assertThat(withoutSketch(lines.path("features").get(i))).isEqualTo(expected);
        }
        assertThat(withHeader.path("features").get(3).path("numerical_statistics").path("common")
                .path("num_missing").asLong()).isEqualTo(rows / 4);
    }

    /** A feature's statistics without the KLL sketch's buckets and data, which depend on its random compaction. */
    private static JsonNode withoutSketch(JsonNode feature) {
        JsonNode copy = feature.deepCopy();
        JsonNode n = copy.path("numerical_statistics");
        if (n.isObject()) {
            ((ObjectNode) n).remove("distribution");
        }
        return copy;
    }

    @Test
    void runMonitoring_shiftedFeature_raisesBaselineDriftForItAndNotForTheUnchangedOne() {
        DefaultModelMonitor monitor = monitor();
        monitor.suggestBaseline(upload(table(1, 3000, 0), "drift/train.csv"), DatasetFormat.csv(true));

        MonitoringExecution same = monitor.runMonitoring(upload(table(2, 2000, 0), "drift/same.csv"),
                DatasetFormat.csv(true));
        MonitoringExecution shifted = monitor.runMonitoring(upload(table(3, 2000, 1.0), "drift/shifted.csv"),
                DatasetFormat.csv(true));

        assertThat(same.status()).isEqualTo("Completed");
        assertThat(same.constraintViolations().violations()).isEmpty();
        assertThat(shifted.status()).isEqualTo("CompletedWithViolations");
        assertThat(checks(shifted.constraintViolations())).containsExactly("x:baseline_drift_check");
        assertThat(shifted.constraintViolations().violations().get(0).description())
                .startsWith("Baseline drift distance: ").contains("exceeds threshold: 0.1");
        assertThat(monitor.latestMonitoringConstraintViolations().violations()).hasSize(1);
        assertThat(monitor.latestMonitoringStatistics().itemCount()).isEqualTo(2000);
        assertThat(monitor.listExecutions()).containsExactly(same, shifted);
    }

    @Test
    void runMonitoring_missingExtraTypeCompletenessAndCategories_areEachReported() {
        DefaultModelMonitor monitor = monitor();
        monitor.suggestBaseline(upload(table(4, 600, 0), "checks/train.csv"), DatasetFormat.csv(true));
        StringBuilder current = new StringBuilder("x,id,color,extra\n");
        Random r = new Random(5);
        String[] colors = {"red", "green", "blue", "purple"};
        for (int i = 0; i < 600; i++) {
            current.append(i % 5 == 0 ? "" : String.valueOf(r.nextGaussian())).append(',')
                    .append(i % 2 == 0 ? String.valueOf(i) : i + ".5").append(',').append(colors[i % 3 == 0 ? 3
                            : i % 3]).append(',').append(i).append('\n');
        }

        MonitoringExecution run = monitor.runMonitoring(upload(current.toString(), "checks/current.csv"),
                DatasetFormat.csv(true), o -> o.logs(false));

        assertThat(run.status()).isEqualTo("CompletedWithViolations");
        assertThat(checks(run.constraintViolations())).contains("y:missing_column_check",
                "extra:extra_column_check", "x:completeness_check", "id:data_type_check",
                "color:categorical_values_check", "color:baseline_drift_check");
        assertThat(run.constraintViolations().violations()).filteredOn(v -> v.featureName().equals("id"))
                .first().extracting(ConstraintViolations.Violation::description).asString()
                .contains("Expected data type: Integral").contains("Only 50.0% of data is Integral");
    }

    @Test
    void runMonitoring_capturedTraffic_readsSageMakersCaptureFormat() {
        DefaultModelMonitor monitor = monitor();
        // the baseline: the label first (output_columns_position START), then the two inputs, no header
        StringBuilder train = new StringBuilder();
        Random r = new Random(11);
        for (int i = 0; i < 500; i++) {
            train.append(i % 2).append(',').append(r.nextGaussian()).append(',').append(r.nextGaussian())
                    .append('\n');
        }
        monitor.suggestBaseline(upload(train.toString(), "capture/train.csv"), DatasetFormat.csv(false));
        StringBuilder capture = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            capture.append("{\"captureData\":{\"endpointInput\":{\"observedContentType\":\"text/csv\",\"mode\":"
                    + "\"INPUT\",\"data\":\"").append(r.nextGaussian()).append(',').append(r.nextGaussian() + 3)
                    .append("\",\"encoding\":\"CSV\"},\"endpointOutput\":{\"observedContentType\":\"text/csv\","
                            + "\"mode\":\"OUTPUT\",\"data\":\"").append(i % 2).append("\",\"encoding\":\"CSV\"}},"
                            + "\"eventMetadata\":{\"eventId\":\"e").append(i).append("\",\"inferenceTime\":"
                            + "\"2026-12-06T05:00:00Z\"},\"eventVersion\":\"0\"}\n");
        }
        String prefix = bucket() + "/capture/data/my-endpoint/AllTraffic/2026/12/06/05";
        session.uploadString(capture.toString(), prefix + "/00-00-000-a.jsonl");

        MonitoringExecution run = monitor.runMonitoring(bucket() + "/capture/data/my-endpoint",
                DatasetFormat.sagemakerCaptureJson());

        assertThat(run.statistics().itemCount()).isEqualTo(300);
        assertThat(checks(run.constraintViolations())).containsExactly("_c2:baseline_drift_check");
    }

    @Test
    void suggestBaseline_raggedRows_failsTheJobWithTheReason() {
        String data = upload("a,b\n1,2\n3\n", "bad/ragged.csv");

        assertThatThrownBy(() -> monitor().suggestBaseline(data, DatasetFormat.csv(true), o -> o.logs(false)))
                .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("ClientError")
                .hasMessageContaining("ragged");
    }

    @Test
    void suggestBaseline_emptyDataset_failsTheJobAndWritesNoReport() {
        String data = upload("a,b\n", "bad/empty/only-header.csv");
        DefaultModelMonitor monitor = monitor();

        assertThatThrownBy(() -> monitor.suggestBaseline(data, DatasetFormat.csv(true),
                o -> o.outputS3Uri(bucket() + "/bad/empty-out").logs(false)))
                .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("has no records");
        assertThat(session.objectStore().exists(bucket() + "/bad/empty-out/statistics.json")).isFalse();
        assertThatThrownBy(monitor::baselineStatistics).isInstanceOf(ValidationException.class);
    }

    @Test
    void runMonitoring_emptyCapture_isAFailedExecutionWithItsReason() {
        DefaultModelMonitor monitor = monitor();
        monitor.suggestBaseline(upload(table(6, 100, 0), "empty/train.csv"), DatasetFormat.csv(true));
        session.uploadString("\n", bucket() + "/empty/capture/ep/AllTraffic/2026/12/06/05/x.jsonl");

        MonitoringExecution run = monitor.runMonitoring(bucket() + "/empty/capture/ep",
                DatasetFormat.sagemakerCaptureJson(), o -> o.logs(false));

        assertThat(run.status()).isEqualTo("Failed");
        assertThat(run.failureReason()).startsWith("ClientError: ").contains("no records");
    }

    @Test
    void runMonitoring_withoutBaseline_isValidationException() {
        assertThatThrownBy(() -> monitor().runMonitoring(bucket() + "/x", DatasetFormat.csv()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("constraints");
        assertThatThrownBy(() -> monitor().suggestBaseline(null, DatasetFormat.csv()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("baseline_dataset");
    }

    @Test
    void datasetFormat_toJson_isWhatPythonsJsonDumpsWrites() {
        assertThat(DatasetFormat.csv(false).toJson())
                .isEqualTo("{\"csv\": {\"header\": false, \"output_columns_position\": \"START\"}}");
        assertThat(DatasetFormat.json().toJson()).isEqualTo("{\"json\": {\"lines\": true}}");
        assertThat(DatasetFormat.sagemakerCaptureJson().toJson()).isEqualTo("{\"sagemakerCaptureJson\": {}}");
        assertThatThrownBy(() -> DatasetFormat.csv(true, "MIDDLE")).isInstanceOf(ValidationException.class);
    }

    @Test
    void monitoringFiles_pythonFixtures_areRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("fixtures"));
        Path stats = Files.writeString(dir.resolve("statistics.json"), fixture("monitor-statistics.json"));
        Statistics s = Statistics.fromFilePath(stats);
        assertThat(s.itemCount()).isEqualTo(418);
        assertThat(s.feature("message").path("inferred_type").asText()).isEqualTo("String");

        Constraints c = Constraints.fromString(fixture("monitor-constraints.json"));
        c.setMonitoring(false, "second_message");
        assertThat(c.bodyDict().at("/features/1/string_constraints/monitoring_config_overrides/"
                + "evaluate_constraints").asText()).isEqualTo("Disabled");
        c.setMonitoring(false);
        assertThat(c.bodyDict().at("/monitoring_config/evaluate_constraints").asText()).isEqualTo("Disabled");
        assertThatThrownBy(() -> c.setMonitoring(true, "nope")).isInstanceOf(ValidationException.class);

        String uri = upload(fixture("monitor-constraint_violations.json"), "fixtures/constraint_violations.json");
        ConstraintViolations v = ConstraintViolations.fromS3Uri(uri, session);
        assertThat(v.violations()).hasSize(7);
        assertThat(v.violations().get(0)).isEqualTo(new ConstraintViolations.Violation("store_and_fwd_flag",
                "categorical_values_check", "Value: 0.009009009009009009 does not meet the constraint requirement! "));
        assertThat(v.fileS3Uri()).isEqualTo(uri);

        Constraints good = Constraints.fromString(fixture("data_quality-good_cases-constraints.json"));
        assertThat(good.bodyDict().at("/monitoring_config/distribution_constraints/comparison_threshold")
                .asDouble()).isEqualTo(0.1);
        assertThatThrownBy(() -> Statistics.fromString("[1]")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Statistics.fromS3Uri(bucket() + "/none.json", session))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void runMonitoring_serviceMadeBaselineWithDisabledConstraints_reportsNothing() throws Exception {
        String data = upload(fixture("data_quality-baseline_dataset.csv").replace("3.0,", "30.0,"),
                "svc/current.csv");
        Constraints constraints = Constraints.fromString(fixture("data_quality-good_cases-constraints.json"));
        Statistics statistics = Statistics.fromString(fixture("data_quality-statistics.json"));
        DefaultModelMonitor monitor = monitor();

        MonitoringExecution enabled = monitor.runMonitoring(data, DatasetFormat.csv(false),
                o -> o.constraints(constraints).statistics(statistics).logs(false));
        constraints.setMonitoring(false);
        MonitoringExecution disabled = monitor.runMonitoring(data, DatasetFormat.csv(false),
                o -> o.constraints(constraints).statistics(statistics).logs(false));

        assertThat(checks(enabled.constraintViolations())).isNotEmpty()
                .allMatch(x -> x.endsWith(":baseline_drift_check"));
        assertThat(disabled.status()).isEqualTo("Completed");
    }

    private static List<Double> sorted(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asDouble()));
        out.sort(null);
        return out;
    }

    private static TreeSet<String> fieldPaths(JsonNode node) {
        TreeSet<String> out = new TreeSet<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, TreeSet<String> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                out.add(prefix + f);
                if (!f.equals("data")) {
                    collect(node.get(f), prefix + f + ".", out);
                }
            }
        } else if (node.isArray() && node.size() > 0) {
            collect(node.get(0), prefix, out);
        }
    }

    /** The q-quantile of a KLL sketch written as levels (level i: items of weight 2^i). */
    private static double sketchQuantile(JsonNode levels, double q) {
        TreeMap<Double, Double> weights = new TreeMap<>();
        double total = 0;
        for (int level = 0; level < levels.size(); level++) {
            for (JsonNode v : levels.get(level)) {
                weights.merge(v.asDouble(), Math.pow(2, level), Double::sum);
                total += Math.pow(2, level);
            }
        }
        double cumulative = 0;
        for (Map.Entry<Double, Double> e : weights.entrySet()) {
            cumulative += e.getValue();
            if (cumulative >= q * total) {
                return e.getKey();
            }
        }
        return weights.lastKey();
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
