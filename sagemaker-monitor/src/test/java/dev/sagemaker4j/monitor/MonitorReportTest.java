/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorReportTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

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

    static String fixture(String name) throws IOException {
        try (InputStream in = MonitorReportTest.class.getResourceAsStream("/python-fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Asserts a valid 800 × 500 PNG. */
    static void assertPng(byte[] png) throws IOException {
        assertThat(png).startsWith(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    /** The section of the page about one feature. */
    static String section(String html, String id) {
        Matcher m = Pattern.compile("<section id=\"" + Pattern.quote(id) + "\"[^>]*>.*?</section>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("the page has a section %s", id).isTrue();
        return m.group();
    }

    @Test
    void visualize_shiftedFeature_writesPngsAndMarksOnlyTheViolatingFeature() throws Exception {
        DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceType("local").session(session)
                .build();
        String bucket = "s3://" + session.defaultBucket();
        String train = session.uploadString(DefaultModelMonitorTest.table(1, 3000, 0.0), bucket + "/pic/train.csv");
        String shifted = session.uploadString(DefaultModelMonitorTest.table(3, 2000, 1.0),
                bucket + "/pic/current.csv");
        monitor.suggestBaseline(train, DatasetFormat.csv(true), o -> o.outputS3Uri(bucket + "/pic/baseline"));
        MonitoringExecution execution = monitor.runMonitoring(shifted, DatasetFormat.csv(true),
                o -> o.outputS3Uri(bucket + "/pic/run1"));
        assertThat(execution.status()).isEqualTo("CompletedWithViolations");
        Path dir = tmp.resolve("execution-pictures");

        List<Path> files = execution.visualize(dir);

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("statistics.json",
                "constraint_violations.json", "feature-x.png", "feature-y.png", "feature-id.png", "feature-color.png",
                "data-quality.html");
        for (Path f : files) {
            assertThat(f).isRegularFile();
            if (f.toString().endsWith(".png")) {
                assertPng(Files.readAllBytes(f));
            }
        }
        assertThat(Statistics.fromFilePath(dir.resolve("statistics.json")).bodyDict())
                .isEqualTo(execution.statistics().bodyDict());
        assertThat(execution.baselineStatistics().bodyDict()).isEqualTo(monitor.baselineStatistics().bodyDict());
        String html = Files.readString(dir.resolve("data-quality.html"));
        for (String feature : List.of("x", "y", "id", "color")) {
            assertThat(html).contains("<section id=\"feature-" + feature + "\"");
        }
        assertThat(section(html, "feature-x")).contains("class=\"violation\"").contains("baseline_drift_check");
        for (String unchanged : List.of("y", "id", "color")) {
            assertThat(section(html, "feature-" + unchanged)).doesNotContain("violation");
        }
        assertThat(section(html, "summary")).contains("<tr class=\"violation\"><td>x</td>")
                .containsOnlyOnce("<tr class=\"violation\">");
        // the latest execution through the monitor writes the same files
        assertThat(monitor.visualizeLatestExecution(tmp.resolve("latest")))
                .extracting(p -> p.getFileName().toString()).contains("feature-x.png", "data-quality.html");
    }

    @Test
    void dataQuality_serviceFixtures_namesEveryFeatureAndMarksEachViolatedOne() throws Exception {
        Statistics baseline = Statistics.fromString(fixture("data_quality-statistics.json"));
        Statistics current = Statistics.fromString(fixture("monitor-statistics.json"));
        ConstraintViolations violations = ConstraintViolations.fromString(fixture("monitor-constraint_violations.json"));

        MonitorReport report = MonitorReport.dataQuality(baseline, current, violations);

        String html = report.html();
        for (var f : baseline.bodyDict().path("features")) {
            assertThat(html).contains("<section id=\"feature-" + f.path("name").asText() + "\"");
        }
        assertThat(section(html, "feature-message")).doesNotContain("class=\"violation\"");
        for (ConstraintViolations.Violation v : violations.violations()) {
            assertThat(section(html, "feature-" + v.featureName())).contains("class=\"violation\"")
                    .contains(v.constraintCheckType());
        }
        assertThat(report.charts()).containsKeys("feature-_c0", "feature-message");
        for (byte[] png : report.charts().values()) {
            assertPng(png);
        }
    }

    @Test
    void modelQuality_serviceFixtures_chartsEveryMetricOverTheExecutions() throws Exception {
        List<Statistics> executions = List.of(Statistics.fromString(fixture("model_quality-statistics.json")),
                Statistics.fromString(fixture("model_card-model_quality_regression.json")));

        MonitorReport report = MonitorReport.modelQuality(executions);
        List<Path> files = report.write(tmp.resolve("model-quality"));

        assertThat(report.charts()).containsOnlyKeys("metric-mae", "metric-mse", "metric-rmse", "metric-r2");
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("metric-mae.png",
                "metric-mse.png", "metric-rmse.png", "metric-r2.png", "model-quality.html");
        for (Path f : files.subList(0, 4)) {
            assertPng(Files.readAllBytes(f));
        }
        String html = Files.readString(files.get(4));
        assertThat(section(html, "metric-mae")).contains("<td>0.504065</td>").contains("<td>1.59159</td>");
    }

    @Test
    void modelQuality_binaryClassificationFixture_skipsMatricesAndCurves() throws Exception {
        MonitorReport report = MonitorReport.modelQuality(List.of(
                Statistics.fromString(fixture("model_card-model_quality_binary_classification.json"))));

        assertThat(report.charts()).containsKeys("metric-accuracy", "metric-auc", "metric-f1", "metric-precision",
                "metric-recall").doesNotContainKeys("metric-confusion_matrix",
                "metric-receiver_operating_characteristic_curve", "metric-precision_recall_curve");
    }

    @Test
    void modelQuality_dataQualityStatistics_isRefused() throws Exception {
        Statistics dataQuality = Statistics.fromString(fixture("data_quality-statistics.json"));

        assertThatThrownBy(() -> MonitorReport.modelQuality(List.of(dataQuality)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("regression_metrics");
        assertThatThrownBy(() -> MonitorReport.modelQuality(List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> MonitorReport.dataQuality(dataQuality, null, null))
                .isInstanceOf(ValidationException.class);
    }
}
