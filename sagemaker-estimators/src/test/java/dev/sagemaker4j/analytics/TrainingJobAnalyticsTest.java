/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.progress.ProgressListener;
import dev.sagemaker4j.spi.MetricPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python's constructor keywords, {@code name}, {@code clear_cache}, {@code dataframe} and {@code export_csv}. */
class TrainingJobAnalyticsTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String trainUri;
    static String timedJob;

    /** Four epochs of a loss and an AUC, 40 ms apart, so that each epoch has its own instant. */
    public static final class TimedScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            for (int epoch = 0; epoch < 4; epoch++) {
                env.logMetric("train:loss", 1.0 / (epoch + 1), epoch);
                env.logMetric("validation:auc", 0.5 + epoch / 10.0, epoch);
                Thread.sleep(40);
            }
            Files.writeString(env.modelDir().resolve("model.txt"), "timed");
        }
    }

    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final CountDownLatch FIRST_REPORTED = new CountDownLatch(1);

    /** Reports one value, waits for the test, then reports another. */
    public static final class GatedScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            env.logMetric("loss", 1.0, 0);
            FIRST_REPORTED.countDown();
            RELEASE.await(60, TimeUnit.SECONDS);
            env.logMetric("loss", 0.5, 1);
            Files.writeString(env.modelDir().resolve("model.txt"), "gated");
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.builder().backend("local").root(tmp.resolve("root"))
                .progressListener(ProgressListener.none()).build();
        trainUri = session.uploadString("1\n", "s3://" + session.defaultBucket() + "/analytics/rows.csv");
        JavaEstimator estimator = JavaEstimator.builder().entryPoint(TimedScript.class).instanceType("local")
                .session(session).build();
        timedJob = estimator.fit(Map.of("train", TrainingInput.of(trainUri))).name();
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void builder_noKeywords_keepsEveryReportedValue_asTheTwoArgumentConstructor() {
        TrainingJobAnalytics all = TrainingJobAnalytics.builder().trainingJobName(timedJob).session(session).build();

        assertThat(all.name()).isEqualTo(timedJob).isEqualTo(all.trainingJobName());
        assertThat(all.points()).hasSize(8);
        assertThat(all.points()).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(new TrainingJobAnalytics(timedJob, session).points());
        assertThat(all.startTime()).isNull();
        assertThat(all.endTime()).isNull();
        assertThat(all.period()).isNull();
    }

    @Test
    void metricNames_keepsOnlyThoseMetrics() {
        TrainingJobAnalytics auc = TrainingJobAnalytics.builder().trainingJobName(timedJob)
                .metricNames(List.of("validation:auc", "never:reported")).session(session).build();

        assertThat(auc.metricNames()).containsExactly("validation:auc");
        assertThat(auc.series("validation:auc")).containsExactly(0.5, 0.6, 0.7, 0.8);
        assertThat(auc.dataframe()).extracting(r -> r.get("metric_name")).containsOnly("validation:auc");
        assertThat(auc.dataframe().get(0).get("timestamp")).isEqualTo(0.0);
    }

    @Test
    void startAndEndTime_keepTheValuesFromStartInclusiveToEndExclusive() {
        List<MetricPoint> all = new TrainingJobAnalytics(timedJob, session).points();
        Instant second = all.get(2).timestamp();
        Instant fourth = all.get(6).timestamp();
        assertThat(all.get(1).timestamp()).isBefore(second);
        assertThat(all.get(5).timestamp()).isBefore(fourth);

        TrainingJobAnalytics window = TrainingJobAnalytics.builder().trainingJobName(timedJob).session(session)
                .startTime(second).endTime(fourth).period(60).build();

        assertThat(window.points()).extracting(MetricPoint::step).containsExactly(1L, 1L, 2L, 2L);
        assertThat(window.series("train:loss")).containsExactly(1.0 / 2, 1.0 / 3);
        assertThat(window.period()).isEqualTo(60);
        assertThat(TrainingJobAnalytics.builder().trainingJobName(timedJob).session(session).startTime(second)
                .build().points()).extracting(MetricPoint::step).containsExactly(1L, 1L, 2L, 2L, 3L, 3L);
    }

    @Test
    void badKeywords_areValidationErrors() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> TrainingJobAnalytics.builder().trainingJobName(timedJob).session(session)
                .startTime(now).endTime(now).build()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("endTime"));
        assertThatThrownBy(() -> TrainingJobAnalytics.builder().trainingJobName(timedJob).session(session)
                .period(90).build()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("period"));
        assertThatThrownBy(() -> TrainingJobAnalytics.builder().trainingJobName(timedJob).session(session)
                .metricNames(List.of("")).build()).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("metricNames"));
    }

    @Test
    void clearCache_whileTheJobRuns_readsTheValuesReportedSince() throws Exception {
        JavaEstimator estimator = JavaEstimator.builder().entryPoint(GatedScript.class).instanceType("local")
                .session(session).build();
        TrainingJob job = estimator.fit(Map.of("train", TrainingInput.of(trainUri)), f -> f.wait(false).logs(false));
        try {
            assertThat(FIRST_REPORTED.await(60, TimeUnit.SECONDS)).isTrue();
            TrainingJobAnalytics analytics = new TrainingJobAnalytics(job.name(), session);
            assertThat(analytics.series("loss")).containsExactly(1.0);
            RELEASE.countDown();
            job.waitForCompletion(false);

            assertThat(analytics.series("loss")).containsExactly(1.0);
            assertThat(analytics.dataframe(false)).hasSize(1);
            assertThat(analytics.dataframe(true)).hasSize(2);
            analytics.clearCache();
            assertThat(analytics.series("loss")).containsExactly(1.0, 0.5);
        } finally {
            RELEASE.countDown();
        }
    }

    @Test
    void exportCsv_writesTheTableWithItsHeader() throws Exception {
        TrainingJobAnalytics analytics = new TrainingJobAnalytics(timedJob, session);

        Path file = analytics.exportCsv(tmp.resolve("export/metrics.csv"));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("timestamp,metric_name,value,step");
        assertThat(lines).hasSize(9);
        assertThat(lines.subList(1, 3).stream().map(l -> l.split(",", 2)[1]).collect(Collectors.toList()))
                .containsExactly("train:loss,1.0,0", "validation:auc,0.5,0");
        assertThat(String.join("\n", lines) + "\n").isEqualTo(analytics.toCsv());
    }
}
