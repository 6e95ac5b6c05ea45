/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.driftcheckbaselines.DriftCheckBaselines;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.model.ModelPackage;
import dev.sagemaker4j.modelmetrics.MetricsSource;
import dev.sagemaker4j.modelmetrics.ModelMetrics;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;

/**
 * A Model Monitor baseline as the {@code ModelMetrics} and {@code DriftCheckBaselines} of a registered model
 * version (issue 19, point 6): registered through {@code Model.register}, read back from a new session on the same
 * root (a new JVM sees the same records).
 */
class MonitorBaselineRegistryTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

    @TempDir
    Path tmp;

    @Test
    void register_monitorBaselineAsMetricsAndDriftBaselines_readBackFromANewSession() {
        Path root = tmp.resolve("root");
        String arn;
        String statisticsUri;
        String constraintsUri;
        try (Session session = Session.local(root)) {
            String data = session.uploadString(DefaultModelMonitorTest.table(1, 200, 0),
                    "s3://" + session.defaultBucket() + "/registry/train.csv");
            DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceType("local")
                    .session(session).build();
            monitor.suggestBaseline(data, DatasetFormat.csv(true));
            Statistics statistics = monitor.baselineStatistics();
            Constraints constraints = monitor.suggestedConstraints();
            statisticsUri = statistics.fileS3Uri();
            constraintsUri = constraints.fileS3Uri();
            assertThat(statistics.metricsSource()).isEqualTo(MetricsSource.of("application/json", statisticsUri));

            Model model = Model.builder().imageUri("123456789012.dkr.ecr.us-west-2.amazonaws.com/xgb:1")
                    .modelData("s3://" + session.defaultBucket() + "/model.tar.gz").role(ROLE).session(session)
                    .build();
            ModelPackage pkg = model.register(r -> r.modelPackageGroupName("churn").approvalStatus("Approved")
                    .modelMetrics(ModelMetrics.builder().modelDataStatistics(statistics.metricsSource())
                            .modelDataConstraints(constraints.metricsSource()).build())
                    .driftCheckBaselines(DriftCheckBaselines.builder()
                            .modelDataStatistics(statistics.metricsSource())
                            .modelDataConstraints(constraints.metricsSource()).build()));
            arn = pkg.modelPackageArn();
        }
        try (Session again = Session.local(root)) {
            DescribeModelPackageResponse d = again.waitForModelPackage(arn);
            assertThat(d.modelPackageGroupName()).isEqualTo("churn");
            ModelMetrics metrics = ModelMetrics.fromRequest(d.modelMetrics());
            assertThat(metrics.modelDataStatistics().s3Uri()).isEqualTo(statisticsUri);
            assertThat(metrics.modelDataConstraints().s3Uri()).isEqualTo(constraintsUri);
            assertThat(metrics.modelDataStatistics().contentType()).isEqualTo("application/json");
            DriftCheckBaselines baselines = DriftCheckBaselines.fromRequest(d.driftCheckBaselines());
            assertThat(baselines).isEqualTo(DriftCheckBaselines.builder()
                    .modelDataStatistics(MetricsSource.of("application/json", statisticsUri))
                    .modelDataConstraints(MetricsSource.of("application/json", constraintsUri)).build());
            // the registered baseline's files read back through the new session
            Constraints read = Constraints.fromS3Uri(baselines.modelDataConstraints().s3Uri(), again);
            assertThat(read.bodyDict().path("features")).hasSize(4);
            assertThat(Statistics.fromS3Uri(metrics.modelDataStatistics().s3Uri(), again).bodyDict()
                    .path("dataset").path("item_count").asLong()).isEqualTo(200);
        }
    }

    @Test
    void metricsSource_fileNotInS3_failsNamingTheField() {
        Statistics local = Statistics.fromString("{\"version\":0.0}");
        assertThatThrownBy(local::metricsSource).isInstanceOf(ValidationException.class)
                .hasMessageContaining("file_s3_uri");
        assertThatThrownBy(() -> MetricsSource.of("application/json", " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("s3Uri");
    }
}
