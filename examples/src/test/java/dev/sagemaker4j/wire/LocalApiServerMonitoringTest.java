/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.monitor.CronExpressionGenerator;
import dev.sagemaker4j.monitor.EndpointInput;
import dev.sagemaker4j.monitor.ModelMonitor;
import dev.sagemaker4j.monitor.ModelQualityMonitor;
import dev.sagemaker4j.monitor.ProblemType;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateDataQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeDataQualityJobDefinitionResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelQualityJobDefinitionResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleResponse;
import software.amazon.awssdk.services.sagemaker.model.MonitoringJobDefinitionSummary;
import software.amazon.awssdk.services.sagemaker.model.MonitoringOutput;
import software.amazon.awssdk.services.sagemaker.model.MonitoringScheduleSummary;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

/**
 * Model Monitor job definitions and schedules served by LocalApiServer to the AWS SDK for Java v2's own
 * {@code SageMakerClient}: a data-quality job definition and a schedule that runs it are created, described and
 * listed over the wire; a cron the service refuses and deleting a definition a schedule uses are refused with the
 * service's errors; stop, start and delete change what is listed.
 */
class LocalApiServerMonitoringTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    static final String IMAGE = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer";

    @TempDir
    Path tmp;

    static CreateDataQualityJobDefinitionRequest definition(String name) {
        return CreateDataQualityJobDefinitionRequest.builder().jobDefinitionName(name).roleArn(ROLE)
                .dataQualityAppSpecification(a -> a.imageUri(IMAGE))
                .dataQualityBaselineConfig(b -> b.constraintsResource(c -> c.s3Uri("s3://b/constraints.json"))
                        .statisticsResource(c -> c.s3Uri("s3://b/statistics.json")))
                .dataQualityJobInput(i -> i.endpointInput(e -> e.endpointName("churn")
                        .localPath("/opt/ml/processing/input/endpoint")))
                .dataQualityJobOutputConfig(o -> o.monitoringOutputs(MonitoringOutput.builder().s3Output(s -> s
                        .s3Uri("s3://b/reports").localPath("/opt/ml/processing/output")).build()))
                .jobResources(r -> r.clusterConfig(c -> c.instanceCount(1).instanceType("ml.m5.xlarge")
                        .volumeSizeInGB(20)))
                .build();
    }

    @Test
    void sageMakerClient_createsDescribesListsAndDeletesJobDefinitionsAndSchedules() {
        try (Session serverSide = Session.local(tmp.resolve("server"));
             EndpointServer api = LocalApiServer.start(serverSide, 0);
             SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                     .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url()))
                     .build()) {
            assertThat(LocalApiServer.operations(serverSide)).contains("CreateDataQualityJobDefinition",
                    "DescribeModelQualityJobDefinition", "ListModelBiasJobDefinitions",
                    "DeleteModelExplainabilityJobDefinition", "CreateMonitoringSchedule", "ListMonitoringExecutions");

            String arn = sm.createDataQualityJobDefinition(definition("dq-churn")).jobDefinitionArn();
            assertThat(arn).endsWith(":data-quality-job-definition/dq-churn");
            DescribeDataQualityJobDefinitionResponse d = sm.describeDataQualityJobDefinition(b -> b
                    .jobDefinitionName("dq-churn"));
            assertThat(d.dataQualityJobInput().endpointInput().endpointName()).isEqualTo("churn");
            assertThat(d.dataQualityBaselineConfig().statisticsResource().s3Uri()).isEqualTo("s3://b/statistics.json");
            assertThat(d.creationTime()).isNotNull();
            assertThat(sm.listDataQualityJobDefinitions(l -> l.endpointName("churn")).jobDefinitionSummaries())
                    .extracting(MonitoringJobDefinitionSummary::monitoringJobDefinitionName).containsExactly("dq-churn");

            sm.createMonitoringSchedule(c -> c.monitoringScheduleName("churn-hourly").monitoringScheduleConfig(m -> m
                    .monitoringJobDefinitionName("dq-churn").monitoringType("DataQuality")
                    .scheduleConfig(s -> s.scheduleExpression("cron(0 * ? * * *)"))));
            DescribeMonitoringScheduleResponse schedule = sm.describeMonitoringSchedule(b -> b
                    .monitoringScheduleName("churn-hourly"));
            assertThat(schedule.monitoringScheduleStatusAsString()).isEqualTo("Scheduled");
            assertThat(schedule.endpointName()).isEqualTo("churn");
            assertThat(schedule.monitoringTypeAsString()).isEqualTo("DataQuality");
            assertThat(sm.listMonitoringSchedules(l -> l.endpointName("churn")).monitoringScheduleSummaries())
                    .extracting(MonitoringScheduleSummary::monitoringScheduleName).containsExactly("churn-hourly");
            assertThat(sm.listMonitoringExecutions(l -> l.monitoringScheduleName("churn-hourly"))
                    .monitoringExecutionSummaries()).isEmpty();

            assertThatThrownBy(() -> sm.createMonitoringSchedule(c -> c.monitoringScheduleName("every-15")
                    .monitoringScheduleConfig(m -> m.monitoringJobDefinitionName("dq-churn").monitoringType("DataQuality")
                            .scheduleConfig(s -> s.scheduleExpression("cron(15 * ? * * *)")))))
                    .isInstanceOfSatisfying(SageMakerException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.awsErrorDetails().errorMessage()).contains("ScheduleExpression");
                    });
            assertThatThrownBy(() -> sm.deleteDataQualityJobDefinition(b -> b.jobDefinitionName("dq-churn")))
                    .isInstanceOfSatisfying(SageMakerException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).contains("churn-hourly");
                    });

            sm.stopMonitoringSchedule(b -> b.monitoringScheduleName("churn-hourly"));
            assertThat(sm.listMonitoringSchedules(l -> l.statusEquals("Stopped")).monitoringScheduleSummaries())
                    .hasSize(1);
            sm.startMonitoringSchedule(b -> b.monitoringScheduleName("churn-hourly"));
            sm.deleteMonitoringSchedule(b -> b.monitoringScheduleName("churn-hourly"));
            sm.deleteDataQualityJobDefinition(b -> b.jobDefinitionName("dq-churn"));
            assertThat(sm.listMonitoringSchedules(l -> l.maxResults(100)).monitoringScheduleSummaries()).isEmpty();
            assertThatThrownBy(() -> sm.describeDataQualityJobDefinition(b -> b.jobDefinitionName("dq-churn")))
                    .isInstanceOfSatisfying(SageMakerException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        }
    }

    @Test
    void modelQualityMonitor_overTheWire_createsDescribesAttachesUpdatesAndDeletesItsSchedule() {
        try (Session serverSide = Session.local(tmp.resolve("server"));
             EndpointServer api = LocalApiServer.start(serverSide, 0);
             SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                     .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url()))
                     .build();
             Session client = RecordingClients.session(URI.create(api.url()), new CopyOnWriteArrayList<>())) {
            ModelQualityMonitor monitor = ModelQualityMonitor.builder().role(ROLE).session(client).build();
            monitor.createMonitoringSchedule(s -> s.endpointInput(EndpointInput.builder().endpointName("churn")
                            .probabilityAttribute("0").probabilityThresholdAttribute(0.5).build())
                    .groundTruthInput("s3://b/ground-truth").problemType(ProblemType.BINARY_CLASSIFICATION)
                    .constraints("s3://b/constraints.json").outputS3Uri("s3://b/reports")
                    .monitorScheduleName("churn-quality").scheduleCronExpression(CronExpressionGenerator.hourly()));

            DescribeMonitoringScheduleResponse schedule = sm.describeMonitoringSchedule(b -> b
                    .monitoringScheduleName("churn-quality"));
            assertThat(schedule.monitoringTypeAsString()).isEqualTo("ModelQuality");
            assertThat(schedule.endpointName()).isEqualTo("churn");
            DescribeModelQualityJobDefinitionResponse d = sm.describeModelQualityJobDefinition(b -> b
                    .jobDefinitionName(monitor.jobDefinitionName()));
            assertThat(d.modelQualityAppSpecification().problemTypeAsString()).isEqualTo("BinaryClassification");
            assertThat(d.modelQualityJobInput().groundTruthS3Input().s3Uri()).isEqualTo("s3://b/ground-truth");
            assertThat(d.modelQualityJobInput().endpointInput().probabilityThresholdAttribute()).isEqualTo(0.5);
            assertThat(d.modelQualityBaselineConfig().constraintsResource().s3Uri())
                    .isEqualTo("s3://b/constraints.json");
            assertThat(sm.listMonitoringSchedules(l -> l.monitoringTypeEquals("ModelQuality"))
                    .monitoringScheduleSummaries()).extracting(MonitoringScheduleSummary::monitoringScheduleName)
                    .containsExactly("churn-quality");

            ModelMonitor attached = ModelMonitor.attach("churn-quality", client);
            assertThat(attached).isInstanceOf(ModelQualityMonitor.class);
            assertThat(attached.jobDefinitionName()).isEqualTo(monitor.jobDefinitionName());
            ((ModelQualityMonitor) attached).updateMonitoringSchedule(u -> u.instanceCount(2));
            assertThat(sm.describeModelQualityJobDefinition(b -> b.jobDefinitionName(attached.jobDefinitionName()))
                    .jobResources().clusterConfig().instanceCount()).isEqualTo(2);
            assertThat(sm.describeMonitoringSchedule(b -> b.monitoringScheduleName("churn-quality"))
                    .monitoringScheduleConfig().monitoringJobDefinitionName()).isEqualTo(attached.jobDefinitionName());

            String latest = attached.jobDefinitionName();
            attached.deleteMonitoringSchedule();
            assertThat(sm.listMonitoringSchedules(l -> l.maxResults(100)).monitoringScheduleSummaries()).isEmpty();
            assertThat(sm.listModelQualityJobDefinitions(l -> l.maxResults(100)).jobDefinitionSummaries())
                    .extracting(MonitoringJobDefinitionSummary::monitoringJobDefinitionName)
                    .containsExactly(monitor.jobDefinitionName()); // the definition the update replaced stays
            assertThatThrownBy(() -> sm.describeModelQualityJobDefinition(b -> b.jobDefinitionName(latest)))
                    .isInstanceOfSatisfying(SageMakerException.class, e -> assertThat(e.statusCode()).isEqualTo(400));
        }
    }
}
