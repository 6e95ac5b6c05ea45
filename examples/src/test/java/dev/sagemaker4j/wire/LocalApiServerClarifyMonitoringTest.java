/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.monitor.CronExpressionGenerator;
import dev.sagemaker4j.monitor.EndpointInput;
import dev.sagemaker4j.monitor.ModelBiasMonitor;
import dev.sagemaker4j.monitor.ModelExplainabilityMonitor;
import dev.sagemaker4j.monitor.ModelMonitor;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelBiasJobDefinitionResponse;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * ModelBiasMonitor and ModelExplainabilityMonitor on the sagemaker backend, against LocalApiServer: the job
 * definitions and schedules they create are served to the AWS SDK for Java v2's own {@code SageMakerClient}
 * (described, listed), attached to by name, and deleted with their job definitions.
 */
class LocalApiServerClarifyMonitoringTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";

    @TempDir
    Path tmp;

    @Test
    void clarifyMonitors_overTheWire_createDescribeAttachAndDelete() {
        try (Session serverSide = Session.local(tmp.resolve("server"));
             EndpointServer api = LocalApiServer.start(serverSide, 0);
             SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                     .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url()))
                     .build()) {
            URI uri = URI.create(api.url());
            Session remote = Session.sagemaker(sm, SageMakerRuntimeClient.builder().region(Region.US_EAST_1)
                    .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build(),
                    SageMakerFeatureStoreRuntimeClient.builder().region(Region.US_EAST_1)
                            .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build(),
                    S3Client.builder().region(Region.US_EAST_1).credentialsProvider(RecordingClients.CREDENTIALS)
                            .endpointOverride(URI.create("http://127.0.0.1:1")).build());
            ModelBiasMonitor bias = ModelBiasMonitor.builder().role(ROLE).session(remote).build();
            bias.createMonitoringSchedule(s -> s.endpointInput(EndpointInput.builder().endpointName("loans")
                            .inferenceAttribute("0").probabilityThresholdAttribute(0.6).build())
                    .groundTruthInput("s3://b/ground-truth").analysisConfig("s3://b/analysis_config.json")
                    .outputS3Uri("s3://b/bias-reports").constraints("s3://b/baseline/analysis.json")
                    .monitorScheduleName("loans-bias").scheduleCronExpression(CronExpressionGenerator.hourly()));

            DescribeModelBiasJobDefinitionResponse d = sm.describeModelBiasJobDefinition(b -> b
                    .jobDefinitionName(bias.jobDefinitionName()));
            assertThat(d.modelBiasAppSpecification().configUri()).isEqualTo("s3://b/analysis_config.json");
            assertThat(d.modelBiasAppSpecification().environment()).containsEntry("publish_cloudwatch_metrics",
                    "Enabled");
            assertThat(d.modelBiasJobInput().groundTruthS3Input().s3Uri()).isEqualTo("s3://b/ground-truth");
            assertThat(d.modelBiasJobInput().endpointInput().probabilityThresholdAttribute()).isEqualTo(0.6);
            assertThat(d.modelBiasBaselineConfig().constraintsResource().s3Uri())
                    .isEqualTo("s3://b/baseline/analysis.json");
            assertThat(sm.describeMonitoringSchedule(b -> b.monitoringScheduleName("loans-bias"))
                    .monitoringScheduleConfig().monitoringTypeAsString()).isEqualTo("ModelBias");
            assertThat(sm.listModelBiasJobDefinitions(l -> l.endpointName("loans")).jobDefinitionSummaries())
                    .hasSize(1);

            ModelMonitor attached = ModelMonitor.attach("loans-bias", remote);
            assertThat(attached).isInstanceOf(ModelBiasMonitor.class);
            assertThat(attached.jobDefinitionName()).isEqualTo(bias.jobDefinitionName());
            assertThat(attached.imageUri()).contains("sagemaker-clarify-processing");

            ModelExplainabilityMonitor explain = ModelExplainabilityMonitor.builder().role(ROLE).session(remote)
                    .build();
            explain.createMonitoringSchedule(s -> s.endpointInput("loans")
                    .analysisConfig("s3://b/explain/analysis_config.json").outputS3Uri("s3://b/explain-reports")
                    .monitorScheduleName("loans-shap").scheduleCronExpression(CronExpressionGenerator.daily()));
            assertThat(sm.describeModelExplainabilityJobDefinition(b -> b.jobDefinitionName(
                    explain.jobDefinitionName())).modelExplainabilityAppSpecification().configUri())
                    .isEqualTo("s3://b/explain/analysis_config.json");

            String definition = bias.jobDefinitionName();
            bias.deleteMonitoringSchedule();
            explain.deleteMonitoringSchedule();
            assertThat(sm.listMonitoringSchedules(l -> l.maxResults(100)).monitoringScheduleSummaries()).isEmpty();
            assertThatThrownBy(() -> sm.describeModelBiasJobDefinition(b -> b.jobDefinitionName(definition)))
                    .isInstanceOf(SageMakerException.class);
            remote.close();
        }
    }
}
