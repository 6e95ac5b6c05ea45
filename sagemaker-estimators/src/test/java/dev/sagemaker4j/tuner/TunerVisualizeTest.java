/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.TuningVisualization;
import dev.sagemaker4j.analytics.internal.Charts;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;

/**
 * The tuning charts: {@code HyperparameterTuningJobAnalytics.plot} (objective per job with the best so far, the
 * objective against each hyperparameter, PNG and HTML) and the tuner's {@code visualizeJob} / {@code visualizeJobs}
 * with Python's keywords; every PNG decodes at the charts' size and the page holds every job's point.
 */
class TunerVisualizeTest {
    @TempDir
    static Path tmp;
    static Session session;
    static HyperparameterTuner first;
    static HyperparameterTuner second;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        String train = session.uploadString("1\n", "s3://" + session.defaultBucket() + "/viz/rows.csv");
        Map<String, TrainingInput> inputs = Map.of("train", TrainingInput.of(train));
        first = tuner(3).build();
        first.fit(inputs, f -> f.jobName("viz-first"));
        second = tuner(4).build();
        second.fit(inputs, f -> f.jobName("viz-second"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static HyperparameterTuner.Builder tuner(int seed) {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        ranges.put("x", new ContinuousParameter(0.01, 0.9, "Logarithmic"));
        ranges.put("n", new IntegerParameter(1, 10));
        ranges.put("kernel", CategoricalParameter.of("a", "b", "c"));
        return HyperparameterTuner.builder()
                .estimator(JavaEstimator.builder().entryPoint(LocalTuningTest.KnownFunction.class)
                        .instanceType("local").session(session).build())
                .objectiveMetricName("objective").metricDefinition("objective", LocalTuningTest.METRIC_REGEX)
                .hyperparameterRanges(ranges).strategy("Random").maxJobs(5).maxParallelJobs(2).randomSeed(seed);
    }

    static void assertPng(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
    }

    static void assertHoldsEveryJob(String html, HyperparameterTuner tuner) {
        List<HyperParameterTrainingJobSummary> jobs = tuner.analytics().trainingJobSummaries();
        assertThat(jobs).hasSize(5);
        for (HyperParameterTrainingJobSummary s : jobs) {
            assertThat(html).contains("<td>" + s.trainingJobName() + "</td>")
                    .contains("<td>" + Charts.number(s.finalHyperParameterTuningJobObjectiveMetric().value())
                            + "</td>")
                    .contains("<td>" + s.tunedHyperParameters().get("x") + "</td>");
        }
    }

    @Test
    void plot_tuningJob_writesObjectiveAndPerHyperparameterPngsAndAPageWithEveryJob() throws Exception {
        List<Path> files = first.analytics().plot(tmp.resolve("plots"));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("viz-first-objective.png",
                // the ranges in tuningRanges()'s order: integer, continuous, categorical
                "viz-first-objective-vs-n.png", "viz-first-objective-vs-x.png", "viz-first-objective-vs-kernel.png",
                "viz-first-tuning.html");
        for (Path png : files.subList(0, 4)) {
            assertPng(Files.readAllBytes(png));
        }
        String html = Files.readString(files.get(4));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("best so far")
                .containsOnlyOnce("<h2>objective per training job, and the best so far</h2>");
        assertHoldsEveryJob(html, first);
        // the best-so-far column ends at the tuning job's best
        assertThat(html).contains("<td>" + Charts.number(first.describe().bestTrainingJob()
                .finalHyperParameterTuningJobObjectiveMetric().value()) + "</td>");
    }

    @Test
    void visualizeJob_withPythonsKeywords_addsOverTimeAndJobMetricsAndKeepsTheTables() throws Exception {
        TuningVisualization v = first.visualizeJob(o -> o.advanced(true).jobMetrics(List.of("objective"))
                .returnDfs(true));

        assertThat(v.charts()).containsOnlyKeys("objective", "objective-vs-x", "objective-vs-n",
                "objective-vs-kernel", "objective-over-time", "metric-objective");
        for (byte[] png : v.charts().values()) {
            assertPng(png);
        }
        assertHoldsEveryJob(v.html(), first);
        assertThat(v.trials()).hasSize(5).allSatisfy(row -> assertThat(row).containsEntry("TuningJobName",
                "viz-first").containsKeys("x", "n", "kernel", "FinalObjectiveValue"));
        assertThat(v.jobMetricsRows()).hasSize(5).allSatisfy(row -> assertThat(row)
                .containsEntry("metric_name", "objective"));
        List<Path> files = v.write(tmp.resolve("viz"));
        assertThat(files).hasSize(7);
        assertThat(files.get(6).getFileName().toString()).isEqualTo("viz-first-tuning.html");

        TuningVisualization trialsOnly = first.visualizeJob(o -> o.trialsOnly(true)
                .jobMetrics(List.of("objective")));
        assertThat(trialsOnly.charts()).doesNotContainKey("metric-objective").doesNotContainKey(
                "objective-over-time");
        assertThat(trialsOnly.trials()).isEmpty();
    }

    @Test
    void visualizeJobs_twoTuningJobs_chartsBothAndRefusesNone() throws Exception {
        TuningVisualization v = HyperparameterTuner.visualizeJobs(List.of("viz-first", "viz-second"), session);

        assertPng(v.charts().get("objective"));
        assertHoldsEveryJob(v.html(), first);
        assertHoldsEveryJob(v.html(), second);
        assertThat(v.html()).contains("<td>viz-second</td>");
        assertThatThrownBy(() -> HyperparameterTuner.visualizeJobs(List.of(), session))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tuningJobs"));
    }
}
