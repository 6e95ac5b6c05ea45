/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.AutoMlApi;
import dev.sagemaker4j.spi.InferenceRecommenderApi;
import dev.sagemaker4j.spi.MlflowApi;
import dev.sagemaker4j.spi.MonitoringApi;
import dev.sagemaker4j.spi.OptimizationJobsApi;
import dev.sagemaker4j.spi.TrainingPlansApi;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.AutoMLChannel;
import software.amazon.awssdk.services.sagemaker.model.AutoMLJobChannel;
import software.amazon.awssdk.services.sagemaker.model.AutoMLJobConfig;
import software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective;
import software.amazon.awssdk.services.sagemaker.model.AutoMLOutputDataConfig;
import software.amazon.awssdk.services.sagemaker.model.AutoMLProblemTypeConfig;
import software.amazon.awssdk.services.sagemaker.model.AutoMLSecurityConfig;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameter;
import software.amazon.awssdk.services.sagemaker.model.CreatePresignedMlflowTrackingServerUrlRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingPlanRequest;
import software.amazon.awssdk.services.sagemaker.model.EndpointInputConfiguration;
import software.amazon.awssdk.services.sagemaker.model.ListCandidatesForAutoMlJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringAlertHistoryRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringExecutionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringSchedulesRequest;
import software.amazon.awssdk.services.sagemaker.model.ModelLatencyThreshold;
import software.amazon.awssdk.services.sagemaker.model.MonitoringInput;
import software.amazon.awssdk.services.sagemaker.model.MonitoringOutput;
import software.amazon.awssdk.services.sagemaker.model.MonitoringOutputConfig;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.Phase;
import software.amazon.awssdk.services.sagemaker.model.RecommendationJobResourceLimit;
import software.amazon.awssdk.services.sagemaker.model.RecommendationJobStoppingConditions;
import software.amazon.awssdk.services.sagemaker.model.StartMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrafficPattern;
import software.amazon.awssdk.services.sagemaker.model.UpdateMonitoringAlertRequest;

/**
 * What the Python {@code Session}'s model monitoring, AutoML, Inference Recommender, optimization job, training
 * plan and MLflow helpers send, compared field by field with the dicts of the Python SDK v2.257.6's
 * {@code tests/unit/test_session.py} (and, where no test holds one, with the dict {@code session.py} builds). The
 * sagemaker backend talks to a loopback stub that records each request and answers canned JSON; the local backend,
 * which lacks these capabilities, answers OperationNotSupportedException naming the operation and the backend.
 */
class WireMonitoringRequestsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    static final String IMAGE = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer";

    @TempDir
    static Path tmp;
    static HttpServer stub;
    static Session client;
    static final List<RecordingClients.Captured> CAPTURED = new CopyOnWriteArrayList<>();
    /** The JSON the stub answers, by operation; {@code {}} for the others. */
    static final Map<String, String> ANSWERS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        stub = RecordingClients.answeringStub(ANSWERS);
        client = RecordingClients.session(URI.create("http://127.0.0.1:" + stub.getAddress().getPort()), CAPTURED);
    }

    @AfterAll
    static void stop() {
        client.close();
        stub.stop(0);
    }

    @BeforeEach
    void reset() {
        CAPTURED.clear();
        ANSWERS.clear();
    }

    static List<String> sent() {
        return CAPTURED.stream().map(c -> c.target().substring(c.target().indexOf('.') + 1)).toList();
    }

    static JsonNode body(String operation) throws Exception {
        RecordingClients.Captured c = CAPTURED.stream().filter(r -> ("SageMaker." + operation).equals(r.target()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + operation + " request was sent"));
        return SdkJson.MAPPER.readTree(c.body());
    }

    /** A Python dict literal (single quotes, True/False) as JSON. */
    static JsonNode dict(String python) throws Exception {
        return SdkJson.MAPPER.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false"));
    }

    static final String INPUTS = "[{'EndpointInput': {'EndpointName': 'churn', 'LocalPath': '/opt/ml/processing/input'}}]";

    static List<MonitoringInput> inputs() {
        return List.of(MonitoringInput.builder().endpointInput(e -> e.endpointName("churn")
                .localPath("/opt/ml/processing/input")).build());
    }

    // ---- create_monitoring_schedule / update_monitoring_schedule ----

    @Test
    void createMonitoringSchedule_everyKeyword_sendsWhatThePythonSessionSends() throws Exception {
        // test_create_monitoring_schedule_with_sagemaker_config_injection, with the values its config supplies
        // given as keywords, and the keywords that test leaves out
        client.createMonitoringSchedule("churn-monitor", m -> m.scheduleExpression("cron(0 * ? * * *)")
                .statisticsS3Uri("s3://b/baseline/statistics.json").constraintsS3Uri("s3://b/baseline/constraints.json")
                .monitoringInputs(inputs())
                .monitoringOutputConfig(MonitoringOutputConfig.builder().monitoringOutputs(MonitoringOutput.builder().s3Output(s -> s
                        .s3Uri("s3://sagemaker-123/output/jobname").localPath("/opt/ml/processing/output")).build())
                        .kmsKeyId("configKmsKeyId").build())
                .instanceCount(1).instanceType("ml.m4.xlarge").volumeSizeInGb(4).volumeKmsKey("configVolumeKmsKeyId")
                .imageUri(IMAGE).entrypoint(List.of("python3", "/opt/run.py")).arguments(List.of("--x", "1"))
                .recordPreprocessorSourceUri("s3://b/pre.py").postAnalyticsProcessorSourceUri("s3://b/post.py")
                .maxRuntimeInSeconds(1800).environment(Map.of("configEnvVar1", "value1"))
                .networkConfig(NetworkConfig.builder().vpcConfig(v -> v.subnets("subnets-123")
                        .securityGroupIds("sg-asparam")).enableNetworkIsolation(true)
                        .enableInterContainerTrafficEncryption(true).build())
                .roleArn(ROLE).tags(Map.of("some-tag", "value-for-tag")));
        assertThat(body("CreateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'churn-monitor',"
                + " 'MonitoringScheduleConfig': {"
                + "  'ScheduleConfig': {'ScheduleExpression': 'cron(0 * ? * * *)'},"
                + "  'MonitoringJobDefinition': {"
                + "   'Environment': {'configEnvVar1': 'value1'},"
                + "   'MonitoringInputs': " + INPUTS + ","
                + "   'MonitoringResources': {'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m4.xlarge',"
                + "     'VolumeSizeInGB': 4, 'VolumeKmsKeyId': 'configVolumeKmsKeyId'}},"
                + "   'MonitoringAppSpecification': {'ImageUri': '" + IMAGE + "',"
                + "     'RecordPreprocessorSourceUri': 's3://b/pre.py', 'PostAnalyticsProcessorSourceUri': 's3://b/post.py',"
                + "     'ContainerEntrypoint': ['python3', '/opt/run.py'], 'ContainerArguments': ['--x', '1']},"
                + "   'RoleArn': '" + ROLE + "',"
                + "   'MonitoringOutputConfig': {'MonitoringOutputs': [{'S3Output': {"
                + "     'S3Uri': 's3://sagemaker-123/output/jobname', 'LocalPath': '/opt/ml/processing/output'}}],"
                + "     'KmsKeyId': 'configKmsKeyId'},"
                + "   'BaselineConfig': {'StatisticsResource': {'S3Uri': 's3://b/baseline/statistics.json'},"
                + "     'ConstraintsResource': {'S3Uri': 's3://b/baseline/constraints.json'}},"
                + "   'StoppingCondition': {'MaxRuntimeInSeconds': 1800},"
                + "   'NetworkConfig': {'VpcConfig': {'Subnets': ['subnets-123'], 'SecurityGroupIds': ['sg-asparam']},"
                + "     'EnableNetworkIsolation': True, 'EnableInterContainerTrafficEncryption': True}}},"
                + " 'Tags': [{'Key': 'some-tag', 'Value': 'value-for-tag'}]}"));
    }

    @Test
    void createMonitoringSchedule_requiredOnly_sendsNoOptionalBlock() throws Exception {
        // schedule_expression=None, statistics/constraints None: no ScheduleConfig, no BaselineConfig
        client.createMonitoringSchedule("churn-monitor", m -> m.monitoringInputs(inputs()).instanceCount(1)
                .instanceType("ml.m4.xlarge").volumeSizeInGb(4).imageUri(IMAGE).roleArn(ROLE)
                .dataAnalysisStartTime("-PT1H"));
        assertThat(body("CreateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'churn-monitor',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinition': {"
                + "   'MonitoringInputs': " + INPUTS + ","
                + "   'MonitoringResources': {'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m4.xlarge',"
                + "     'VolumeSizeInGB': 4}},"
                + "   'MonitoringAppSpecification': {'ImageUri': '" + IMAGE + "'}, 'RoleArn': '" + ROLE + "'}}}"));
    }

    @Test
    void createMonitoringSchedule_oneTimeSchedule_sendsTheAnalysisWindow() throws Exception {
        client.createMonitoringSchedule("churn-once", m -> m.scheduleExpression("NOW").dataAnalysisStartTime("-PT1H")
                .dataAnalysisEndTime("-PT0H").monitoringInputs(inputs()).instanceCount(1).instanceType("ml.m4.xlarge")
                .volumeSizeInGb(4).imageUri(IMAGE).roleArn(ROLE));
        assertThat(body("CreateMonitoringSchedule").at("/MonitoringScheduleConfig/ScheduleConfig")).isEqualTo(
                dict("{'ScheduleExpression': 'NOW', 'DataAnalysisStartTime': '-PT1H', 'DataAnalysisEndTime': '-PT0H'}"));
    }

    @Test
    void createMonitoringSchedule_withoutImageUri_isValidationExceptionBeforeAnyRequest() {
        assertThatThrownBy(() -> client.createMonitoringSchedule("churn-monitor", m -> m.monitoringInputs(inputs())
                .instanceCount(1).instanceType("ml.m4.xlarge").volumeSizeInGb(4).roleArn(ROLE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("imageUri");
        assertThatThrownBy(() -> client.createMonitoringSchedule("churn-monitor", m -> m.instanceCount(0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("instanceCount");
        assertThatThrownBy(() -> client.createMonitoringSchedule("churn-monitor", m -> m.volumeKmsKey("not a key!")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("volumeKmsKey");
        assertThat(CAPTURED).isEmpty();
    }

    static final String EXISTING = "{'MonitoringScheduleName': 'churn-monitor', 'MonitoringScheduleConfig': {"
            + " 'ScheduleConfig': {'ScheduleExpression': 'cron(0 * ? * * *)'},"
            + " 'MonitoringJobDefinition': {"
            + "  'BaselineConfig': {'StatisticsResource': {'S3Uri': 's3://b/old/statistics.json'},"
            + "    'ConstraintsResource': {'S3Uri': 's3://b/old/constraints.json'}},"
            + "  'MonitoringInputs': " + INPUTS + ","
            + "  'MonitoringOutputConfig': {'MonitoringOutputs': [{'S3Output': {'S3Uri': 's3://b/out',"
            + "    'LocalPath': '/opt/ml/processing/output'}}]},"
            + "  'MonitoringResources': {'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m5.xlarge',"
            + "    'VolumeSizeInGB': 30, 'VolumeKmsKeyId': 'old-key'}},"
            + "  'MonitoringAppSpecification': {'ImageUri': '" + IMAGE + "', 'ContainerArguments': ['--old']},"
            + "  'StoppingCondition': {'MaxRuntimeInSeconds': 3600},"
            + "  'Environment': {'publish_cloudwatch_metrics': 'Enabled'},"
            + "  'NetworkConfig': {'EnableNetworkIsolation': False},"
            + "  'RoleArn': '" + ROLE + "'}}}";

    @Test
    void updateMonitoringSchedule_someKeywords_keepsTheRestFromTheDescription() throws Exception {
        ANSWERS.put("DescribeMonitoringSchedule", EXISTING.replace('\'', '"').replace("False", "false"));
        client.updateMonitoringSchedule("churn-monitor", m -> m.instanceType("ml.m5.2xlarge")
                .statisticsS3Uri("s3://b/new/statistics.json").environment(Map.of("x", "1")));
        assertThat(sent()).containsExactly("DescribeMonitoringSchedule", "UpdateMonitoringSchedule");
        assertThat(body("DescribeMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'churn-monitor'}"));
        // as session.py builds it, except that the existing constraints stay the ConstraintsResource (Python
        // 2.257.6 sends them as the StatisticsResource: a defect there)
        assertThat(body("UpdateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'churn-monitor',"
                + " 'MonitoringScheduleConfig': {"
                + "  'ScheduleConfig': {'ScheduleExpression': 'cron(0 * ? * * *)'},"
                + "  'MonitoringJobDefinition': {"
                + "   'MonitoringInputs': " + INPUTS + ","
                + "   'MonitoringResources': {'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m5.2xlarge',"
                + "     'VolumeSizeInGB': 30, 'VolumeKmsKeyId': 'old-key'}},"
                + "   'MonitoringAppSpecification': {'ImageUri': '" + IMAGE + "', 'ContainerArguments': ['--old']},"
                + "   'RoleArn': '" + ROLE + "',"
                + "   'MonitoringOutputConfig': {'MonitoringOutputs': [{'S3Output': {'S3Uri': 's3://b/out',"
                + "     'LocalPath': '/opt/ml/processing/output'}}]},"
                + "   'BaselineConfig': {'StatisticsResource': {'S3Uri': 's3://b/new/statistics.json'},"
                + "     'ConstraintsResource': {'S3Uri': 's3://b/old/constraints.json'}},"
                + "   'StoppingCondition': {'MaxRuntimeInSeconds': 3600},"
                + "   'Environment': {'x': '1'},"
                + "   'NetworkConfig': {'EnableNetworkIsolation': False}}}}"));
    }

    @Test
    void updateMonitoringSchedule_oneTimeScheduleWithoutWindow_isValidationExceptionBeforeTheUpdate() {
        ANSWERS.put("DescribeMonitoringSchedule", EXISTING.replace('\'', '"').replace("False", "false"));
        assertThatThrownBy(() -> client.updateMonitoringSchedule("churn-monitor", m -> m.scheduleExpression("NOW")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("dataAnalysisStartTime");
        assertThatThrownBy(() -> client.updateMonitoringSchedule("churn-monitor", m -> m.tags(Map.of("a", "b"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tags");
        assertThat(sent()).doesNotContain("UpdateMonitoringSchedule");
    }

    @Test
    void monitoringApi_oneCallHelpers_sendWhatThePythonSessionSends() throws Exception {
        MonitoringApi monitoring = client.api(MonitoringApi.CAPABILITY);
        monitoring.startMonitoringSchedule(StartMonitoringScheduleRequest.builder()
                .monitoringScheduleName("churn-monitor").build());
        assertThat(body("StartMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'churn-monitor'}"));
        // list_monitoring_executions(name): Python's defaults, written out
        monitoring.listMonitoringExecutions(ListMonitoringExecutionsRequest.builder()
                .monitoringScheduleName("churn-monitor").sortBy("ScheduledTime").sortOrder("Descending")
                .maxResults(100).build());
        assertThat(body("ListMonitoringExecutions")).isEqualTo(dict("{'MonitoringScheduleName': 'churn-monitor',"
                + " 'SortBy': 'ScheduledTime', 'SortOrder': 'Descending', 'MaxResults': 100}"));
        monitoring.listMonitoringSchedules(ListMonitoringSchedulesRequest.builder().endpointName("churn")
                .sortBy("CreationTime").sortOrder("Descending").maxResults(100).build());
        assertThat(body("ListMonitoringSchedules")).isEqualTo(dict("{'EndpointName': 'churn',"
                + " 'SortBy': 'CreationTime', 'SortOrder': 'Descending', 'MaxResults': 100}"));
        // test_update_monitoring_alert, test_list_monitoring_alert_history
        monitoring.updateMonitoringAlert(UpdateMonitoringAlertRequest.builder().monitoringScheduleName("schedule-name")
                .monitoringAlertName("alert-name").datapointsToAlert(1).evaluationPeriod(1).build());
        assertThat(body("UpdateMonitoringAlert")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule-name',"
                + " 'MonitoringAlertName': 'alert-name', 'DatapointsToAlert': 1, 'EvaluationPeriod': 1}"));
        monitoring.listMonitoringAlertHistory(ListMonitoringAlertHistoryRequest.builder()
                .monitoringScheduleName("schedule-name").monitoringAlertName("alert-name").sortBy("CreationTime")
                .sortOrder("Descending").nextToken("next_token").maxResults(100).statusEquals("InAlert").build());
        assertThat(body("ListMonitoringAlertHistory")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule-name',"
                + " 'MonitoringAlertName': 'alert-name', 'SortBy': 'CreationTime', 'SortOrder': 'Descending',"
                + " 'NextToken': 'next_token', 'MaxResults': 100, 'StatusEquals': 'InAlert'}"));
    }

    // ---- was_processing_job_successful ----

    @Test
    void wasProcessingJobSuccessful_describesOnce_trueOnlyWhenCompleted() throws Exception {
        ANSWERS.put("DescribeProcessingJob", "{\"ProcessingJobName\": \"p\", \"ProcessingJobStatus\": \"Completed\"}");
        assertThat(client.wasProcessingJobSuccessful("p")).isTrue();
        assertThat(body("DescribeProcessingJob")).isEqualTo(dict("{'ProcessingJobName': 'p'}"));
        ANSWERS.put("DescribeProcessingJob", "{\"ProcessingJobName\": \"p\", \"ProcessingJobStatus\": \"Failed\"}");
        assertThat(client.wasProcessingJobSuccessful("p")).isFalse();
        ANSWERS.put("DescribeProcessingJob", "{\"ProcessingJobName\": \"p\", \"ProcessingJobStatus\": \"InProgress\"}");
        assertThat(client.wasProcessingJobSuccessful("p")).isFalse();
        assertThat(sent()).containsExactly("DescribeProcessingJob", "DescribeProcessingJob", "DescribeProcessingJob");
    }

    // ---- auto_ml / create_auto_ml_v2 / list_candidates / waiters ----

    static final String JOB_NAME = "jobname";
    static final String S3_INPUT = "s3://bucket/input";
    static final String S3_OUTPUT = "s3://sagemaker-123/output/jobname";
    static final String COMPLETION = "'CompletionCriteria': {'MaxCandidates': 10, 'MaxAutoMLJobRuntimeInSeconds': 36000,"
            + " 'MaxRuntimePerTrainingJobInSeconds': 7200}";

    static AutoMLJobConfig completion() {
        return AutoMLJobConfig.builder().completionCriteria(c -> c.maxCandidates(10).maxAutoMLJobRuntimeInSeconds(36000)
                .maxRuntimePerTrainingJobInSeconds(7200)).build();
    }

    static AutoMLChannel channel(String type, String uri) {
        return AutoMLChannel.builder().channelType(type).compressionType(type == null ? null : "Gzip")
                .dataSource(d -> d.s3DataSource(s -> s.s3DataType("S3Prefix").s3Uri(uri))).targetAttributeName("y")
                .sampleWeightAttributeName("sampleWeight").build();
    }

    @Test
    void autoMl_positionalAndRequired_sendsWhatThePythonSessionSends() throws Exception {
        // test_auto_ml_pack_to_request
        client.autoMl(List.of(channel(null, S3_INPUT)), AutoMLOutputDataConfig.builder().s3OutputPath(S3_OUTPUT).build(),
                completion(), a -> a.role(ROLE).jobName(JOB_NAME));
        assertThat(body("CreateAutoMLJob")).isEqualTo(dict("{'AutoMLJobName': 'jobname',"
                + " 'InputDataConfig': [{'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': '"
                + S3_INPUT + "'}}, 'TargetAttributeName': 'y', 'SampleWeightAttributeName': 'sampleWeight'}],"
                + " 'OutputDataConfig': {'S3OutputPath': '" + S3_OUTPUT + "'},"
                + " 'AutoMLJobConfig': {" + COMPLETION + "}, 'RoleArn': '" + ROLE + "',"
                + " 'GenerateCandidateDefinitionsOnly': False}"));
    }

    @Test
    void autoMl_everyKeyword_sendsWhatThePythonSessionSends() throws Exception {
        // test_auto_ml_pack_to_request_with_optional_args (its tags are a Key/Value list here)
        AutoMLJobConfig config = completion().toBuilder()
                .candidateGenerationConfig(c -> c.featureSpecificationS3Uri("s3://mybucket/features.json"))
                .mode("ENSEMBLING").securityConfig(s -> s.volumeKmsKeyId("volume-kms-key-id-string")
                        .enableInterContainerTrafficEncryption(false)
                        .vpcConfig(v -> v.securityGroupIds("security-group-id").subnets("subnet"))).build();
        client.autoMl(List.of(channel("training", S3_INPUT), channel("validation", "s3://bucket/validation")),
                AutoMLOutputDataConfig.builder().s3OutputPath(S3_OUTPUT).build(), config,
                a -> a.role(ROLE).jobName(JOB_NAME).problemType("Regression")
                        .jobObjective(AutoMLJobObjective.builder().metricName("metric-name").build())
                        .generateCandidateDefinitionsOnly(true).tags(Map.of("tag", "v")));
        assertThat(body("CreateAutoMLJob")).isEqualTo(dict("{'AutoMLJobName': 'jobname',"
                + " 'InputDataConfig': [{'ChannelType': 'training', 'CompressionType': 'Gzip', 'DataSource':"
                + "  {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': '" + S3_INPUT + "'}},"
                + "  'TargetAttributeName': 'y', 'SampleWeightAttributeName': 'sampleWeight'},"
                + " {'ChannelType': 'validation', 'CompressionType': 'Gzip', 'DataSource':"
                + "  {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': 's3://bucket/validation'}},"
                + "  'TargetAttributeName': 'y', 'SampleWeightAttributeName': 'sampleWeight'}],"
                + " 'OutputDataConfig': {'S3OutputPath': '" + S3_OUTPUT + "'}, 'ProblemType': 'Regression',"
                + " 'AutoMLJobObjective': {'MetricName': 'metric-name'},"
                + " 'AutoMLJobConfig': {'CandidateGenerationConfig': {'FeatureSpecificationS3Uri':"
                + "  's3://mybucket/features.json'}, 'Mode': 'ENSEMBLING', " + COMPLETION + ","
                + "  'SecurityConfig': {'VolumeKmsKeyId': 'volume-kms-key-id-string',"
                + "   'EnableInterContainerTrafficEncryption': False,"
                + "   'VpcConfig': {'SecurityGroupIds': ['security-group-id'], 'Subnets': ['subnet']}}},"
                + " 'RoleArn': '" + ROLE + "', 'GenerateCandidateDefinitionsOnly': True,"
                + " 'Tags': [{'Key': 'tag', 'Value': 'v'}]}"));
    }

    @Test
    void autoMl_withoutRoleOrJobName_isValidationExceptionBeforeAnyRequest() {
        AutoMLOutputDataConfig out = AutoMLOutputDataConfig.builder().s3OutputPath(S3_OUTPUT).build();
        assertThatThrownBy(() -> client.autoMl(List.of(channel(null, S3_INPUT)), out, completion(),
                a -> a.jobName(JOB_NAME))).isInstanceOf(ValidationException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> client.autoMl(List.of(channel(null, S3_INPUT)), out, completion(),
                a -> a.role(ROLE))).isInstanceOf(ValidationException.class).hasMessageContaining("jobName");
        assertThat(CAPTURED).isEmpty();
    }

    static final String TABULAR = "{'TabularJobConfig': {'TargetAttributeName': 'y',"
            + " 'SampleWeightAttributeName': 'sampleWeight', " + COMPLETION + ", 'GenerateCandidateDefinitionsOnly': False";

    static AutoMLProblemTypeConfig.Builder tabular() {
        return AutoMLProblemTypeConfig.builder().tabularJobConfig(t -> t.targetAttributeName("y")
                .sampleWeightAttributeName("sampleWeight").completionCriteria(c -> c.maxCandidates(10)
                        .maxAutoMLJobRuntimeInSeconds(36000).maxRuntimePerTrainingJobInSeconds(7200))
                .generateCandidateDefinitionsOnly(false));
    }

    @Test
    void createAutoMlV2_requiredOnly_sendsWhatThePythonSessionSends() throws Exception {
        // test_auto_ml_v2_pack_to_request
        client.createAutoMlV2(List.of(AutoMLJobChannel.builder().dataSource(d -> d.s3DataSource(s -> s
                        .s3DataType("S3Prefix").s3Uri(S3_INPUT))).build()), JOB_NAME, tabular().build(),
                AutoMLOutputDataConfig.builder().s3OutputPath(S3_OUTPUT).build(), a -> a.role(ROLE));
        assertThat(body("CreateAutoMLJobV2")).isEqualTo(dict("{'AutoMLJobName': 'jobname',"
                + " 'AutoMLJobInputDataConfig': [{'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix',"
                + "  'S3Uri': '" + S3_INPUT + "'}}}],"
                + " 'OutputDataConfig': {'S3OutputPath': '" + S3_OUTPUT + "'},"
                + " 'AutoMLProblemTypeConfig': " + TABULAR + "}}, 'RoleArn': '" + ROLE + "'}"));
    }

    @Test
    void createAutoMlV2_everyKeyword_sendsWhatThePythonSessionSends() throws Exception {
        // test_auto_ml_v2_pack_to_request_with_optional_args (its tags are a Key/Value list here)
        AutoMLProblemTypeConfig problem = AutoMLProblemTypeConfig.builder().tabularJobConfig(tabular().build()
                .tabularJobConfig().toBuilder().featureSpecificationS3Uri("s3://mybucket/features.json")
                .mode("ENSEMBLING").problemType("Regression").build()).build();
        client.createAutoMlV2(List.of(AutoMLJobChannel.builder().channelType("training").compressionType("Gzip")
                        .dataSource(d -> d.s3DataSource(s -> s.s3DataType("S3Prefix").s3Uri(S3_INPUT))).build()),
                JOB_NAME, problem, AutoMLOutputDataConfig.builder().s3OutputPath(S3_OUTPUT).build(),
                a -> a.role(ROLE).securityConfig(AutoMLSecurityConfig.builder()
                                .volumeKmsKeyId("volume-kms-key-id-string").enableInterContainerTrafficEncryption(false)
                                .vpcConfig(v -> v.securityGroupIds("security-group-id").subnets("subnet")).build())
                        .jobObjective(AutoMLJobObjective.builder().metricName("metric-name").build())
                        .tags(List.of(Tag.builder().key("tag").value("v").build())));
        assertThat(body("CreateAutoMLJobV2")).isEqualTo(dict("{'AutoMLJobName': 'jobname',"
                + " 'AutoMLJobInputDataConfig': [{'ChannelType': 'training', 'CompressionType': 'Gzip',"
                + "  'DataSource': {'S3DataSource': {'S3DataType': 'S3Prefix', 'S3Uri': '" + S3_INPUT + "'}}}],"
                + " 'OutputDataConfig': {'S3OutputPath': '" + S3_OUTPUT + "'},"
                + " 'AutoMLProblemTypeConfig': " + TABULAR + ", 'ProblemType': 'Regression',"
                + "  'FeatureSpecificationS3Uri': 's3://mybucket/features.json', 'Mode': 'ENSEMBLING'}},"
                + " 'AutoMLJobObjective': {'MetricName': 'metric-name'},"
                + " 'SecurityConfig': {'VolumeKmsKeyId': 'volume-kms-key-id-string',"
                + "  'EnableInterContainerTrafficEncryption': False,"
                + "  'VpcConfig': {'SecurityGroupIds': ['security-group-id'], 'Subnets': ['subnet']}},"
                + " 'RoleArn': '" + ROLE + "', 'Tags': [{'Key': 'tag', 'Value': 'v'}]}"));
    }

    @Test
    void autoMlApi_listCandidates_sendsWhatThePythonSessionSends() throws Exception {
        // COMPLETE_EXPECTED_LIST_CANDIDATES_ARGS
        client.api(AutoMlApi.CAPABILITY).listCandidatesForAutoMLJob(ListCandidatesForAutoMlJobRequest.builder()
                .autoMLJobName(JOB_NAME).statusEquals("Completed").sortOrder("Descending").sortBy("Status")
                .maxResults(10).build());
        assertThat(body("ListCandidatesForAutoMLJob")).isEqualTo(dict("{'AutoMLJobName': 'jobname',"
                + " 'StatusEquals': 'Completed', 'SortOrder': 'Descending', 'SortBy': 'Status', 'MaxResults': 10}"));
    }

    @Test
    void waitForAutoMlJob_completedOrFailed_returnsOrThrows() throws Exception {
        ANSWERS.put("DescribeAutoMLJob", "{\"AutoMLJobName\": \"jobname\", \"AutoMLJobStatus\": \"Completed\"}");
        assertThat(client.waitForAutoMlJob(JOB_NAME, Duration.ofSeconds(30)).autoMLJobStatusAsString())
                .isEqualTo("Completed");
        assertThat(body("DescribeAutoMLJob")).isEqualTo(dict("{'AutoMLJobName': 'jobname'}"));
        ANSWERS.put("DescribeAutoMLJob", "{\"AutoMLJobStatus\": \"Failed\", \"FailureReason\": \"no data\"}");
        assertThatThrownBy(() -> client.waitForAutoMlJob(JOB_NAME, Duration.ofSeconds(30),
                w -> w.poll(Duration.ofMillis(10)))).isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("no data");
    }

    @Test
    void waitForOptimizationJob_upperCaseStatuses_endTheWait() throws Exception {
        ANSWERS.put("DescribeOptimizationJob", "{\"OptimizationJobName\": \"opt\", \"OptimizationJobStatus\": \"COMPLETED\"}");
        assertThat(client.waitForOptimizationJob("opt", Duration.ofSeconds(30)).optimizationJobStatusAsString())
                .isEqualTo("COMPLETED");
        assertThat(body("DescribeOptimizationJob")).isEqualTo(dict("{'OptimizationJobName': 'opt'}"));
        ANSWERS.put("DescribeOptimizationJob", "{\"OptimizationJobStatus\": \"FAILED\", \"FailureReason\": \"oom\"}");
        assertThatThrownBy(() -> client.waitForOptimizationJob("opt", Duration.ofSeconds(30)))
                .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("oom");
    }

    // ---- create_inference_recommendations_job / wait_for_inference_recommendations_job ----

    static final String IR_ROLE = "arn:aws:iam::123456789123:role/service-role/AmazonSageMaker-ExecutionRole-UnitTest";
    static final String IR_PAYLOAD = "s3://sagemaker-us-west-2-123456789123/payload/payload.tar.gz";
    static final String IR_PACKAGE = "arn:aws:sagemaker:us-west-2:123456789123:model-package/unit-test-package-version/1";

    static String irDefault(String model) {
        return "{'JobName': 'custom-job-name', 'JobType': 'Default', 'RoleArn': '" + IR_ROLE + "',"
                + " 'InputConfig': {'ContainerConfig': {'Domain': 'MACHINE_LEARNING', 'Task': 'OTHER',"
                + "  'Framework': 'XGBOOST', 'PayloadConfig': {'SamplePayloadUrl': '" + IR_PAYLOAD + "',"
                + "  'SupportedContentTypes': ['text/csv']}, 'FrameworkVersion': '1.2.0', 'NearestModelName': 'xgboost',"
                + "  'SupportedInstanceTypes': ['ml.c5.xlarge', 'ml.c5.2xlarge']}, " + model + "},"
                + " 'JobDescription': '#python-sdk-create', 'Tags': [{'Key': 'ClientType', 'Value': 'PythonSDK-RightSize'}]}";
    }

    @Test
    void createInferenceRecommendationsJob_default_sendsWhatThePythonSessionSends() throws Exception {
        // test_create_inference_recommendations_job_default_happy
        String job = client.createInferenceRecommendationsJob(IR_ROLE, IR_PAYLOAD, r -> r
                .supportedContentTypes(List.of("text/csv")).modelPackageVersionArn(IR_PACKAGE).framework("XGBOOST")
                .frameworkVersion("1.2.0").nearestModelName("xgboost")
                .supportedInstanceTypes(List.of("ml.c5.xlarge", "ml.c5.2xlarge")).jobName("custom-job-name")
                // Advanced keywords of a Default job are not sent
                .resourceLimit(RecommendationJobResourceLimit.builder().maxNumberOfTests(10).build()));
        assertThat(job).isEqualTo("custom-job-name");
        assertThat(body("CreateInferenceRecommendationsJob")).isEqualTo(dict(irDefault(
                "'ModelPackageVersionArn': '" + IR_PACKAGE + "'")));
    }

    @Test
    void createInferenceRecommendationsJob_advancedWithModelName_sendsWhatThePythonSessionSends() throws Exception {
        // test_create_inference_recommendations_job_advanced_model_name_happy (the job name from a random UUID)
        String job = client.createInferenceRecommendationsJob(IR_ROLE, IR_PAYLOAD, r -> r
                .supportedContentTypes(List.of("text/csv")).modelName("MODEL_NAME").framework("XGBOOST")
                .frameworkVersion("1.2.0").nearestModelName("xgboost")
                .supportedInstanceTypes(List.of("ml.c5.xlarge", "ml.c5.2xlarge"))
                .endpointConfigurations(List.of(EndpointInputConfiguration.builder().instanceType("ml.c5.xlarge")
                        .inferenceSpecificationName("unit-test-specification")
                        .environmentParameterRanges(e -> e.categoricalParameterRanges(CategoricalParameter.builder()
                                .name("OMP_NUM_THREADS").value("2", "4", "10").build())).build()))
                .trafficPattern(TrafficPattern.builder().phases(Phase.builder().durationInSeconds(120).initialNumberOfUsers(1)
                        .spawnRate(1).build()).trafficType("PHASES").build())
                .stoppingConditions(RecommendationJobStoppingConditions.builder().maxInvocations(300)
                        .modelLatencyThresholds(ModelLatencyThreshold.builder().percentile("P95")
                                .valueInMilliseconds(100).build()).build())
                .resourceLimit(RecommendationJobResourceLimit.builder().maxNumberOfTests(10).maxParallelOfTests(1)
                        .build())
                .jobType("Advanced").jobDurationInSeconds(7200));
        assertThat(job).matches("SMPYTHONSDK-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        String expected = irDefault("'ModelName': 'MODEL_NAME', 'JobDurationInSeconds': 7200,"
                + " 'EndpointConfigurations': [{'EnvironmentParameterRanges': {'CategoricalParameterRanges':"
                + "  [{'Name': 'OMP_NUM_THREADS', 'Value': ['2', '4', '10']}]},"
                + "  'InferenceSpecificationName': 'unit-test-specification', 'InstanceType': 'ml.c5.xlarge'}],"
                + " 'TrafficPattern': {'Phases': [{'DurationInSeconds': 120, 'InitialNumberOfUsers': 1, 'SpawnRate': 1}],"
                + "  'TrafficType': 'PHASES'},"
                + " 'ResourceLimit': {'MaxNumberOfTests': 10, 'MaxParallelOfTests': 1}")
                .replace("'custom-job-name', 'JobType': 'Default'", "'" + job + "', 'JobType': 'Advanced',"
                        + " 'StoppingConditions': {'MaxInvocations': 300, 'ModelLatencyThresholds':"
                        + " [{'Percentile': 'P95', 'ValueInMilliseconds': 100}]}");
        assertThat(body("CreateInferenceRecommendationsJob")).isEqualTo(dict(expected));
    }

    @Test
    void createInferenceRecommendationsJob_bothOrNeitherModel_isValidationExceptionBeforeAnyRequest() {
        assertThatThrownBy(() -> client.createInferenceRecommendationsJob(IR_ROLE, IR_PAYLOAD,
                r -> r.supportedContentTypes(List.of("text/csv")))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("modelPackageVersionArn");
        assertThatThrownBy(() -> client.createInferenceRecommendationsJob(IR_ROLE, IR_PAYLOAD,
                r -> r.supportedContentTypes(List.of("text/csv")).modelName("m").modelPackageVersionArn(IR_PACKAGE)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("both given");
        assertThatThrownBy(() -> client.createInferenceRecommendationsJob(IR_ROLE, IR_PAYLOAD, r -> r.jobType("Fast")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("jobType");
        assertThat(CAPTURED).isEmpty();
    }

    @Test
    void waitForInferenceRecommendationsJob_completedOrFailed_returnsOrThrows() throws Exception {
        ANSWERS.put("DescribeInferenceRecommendationsJob", "{\"JobName\": \"ir\", \"Status\": \"COMPLETED\"}");
        assertThat(client.waitForInferenceRecommendationsJob("ir", Duration.ofSeconds(30), w -> w.logLevel("Quiet"))
                .statusAsString()).isEqualTo("COMPLETED");
        assertThat(body("DescribeInferenceRecommendationsJob")).isEqualTo(dict("{'JobName': 'ir'}"));
        ANSWERS.put("DescribeInferenceRecommendationsJob", "{\"Status\": \"FAILED\", \"FailureReason\": \"bad payload\"}");
        assertThatThrownBy(() -> client.waitForInferenceRecommendationsJob("ir", Duration.ofSeconds(30),
                w -> w.logLevel("Quiet"))).isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("bad payload");
        assertThatThrownBy(() -> client.waitForInferenceRecommendationsJob("ir", null, w -> w.logLevel("Loud")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("logLevel");
    }

    // ---- training plans, MLflow ----

    @Test
    void trainingPlansAndMlflow_sendWhatThePythonSessionSends() throws Exception {
        client.api(TrainingPlansApi.CAPABILITY).describeTrainingPlan(DescribeTrainingPlanRequest.builder()
                .trainingPlanName("plan").build());
        assertThat(body("DescribeTrainingPlan")).isEqualTo(dict("{'TrainingPlanName': 'plan'}"));
        // test_create_presigned_mlflow_tracking_server_url: ("ts", 1, 2)
        client.api(MlflowApi.CAPABILITY).createPresignedMlflowTrackingServerUrl(
                CreatePresignedMlflowTrackingServerUrlRequest.builder().trackingServerName("ts").expiresInSeconds(1)
                        .sessionExpirationDurationInSeconds(2).build());
        assertThat(body("CreatePresignedMlflowTrackingServerUrl")).isEqualTo(dict("{'TrackingServerName': 'ts',"
                + " 'ExpiresInSeconds': 1, 'SessionExpirationDurationInSeconds': 2}"));
    }

    // ---- the local backend ----

    @Test
    void localBackend_withoutTheseCapabilities_answersOperationNotSupportedNamingOperationAndBackend() {
        try (Session local = Session.local(tmp.resolve("local"))) {
            // model monitoring is served locally when sagemaker-monitor is on the class path (it is here)
            local.createMonitoringSchedule("m", m -> m.monitoringInputs(inputs()).instanceCount(1)
                    .instanceType("ml.m5.xlarge").volumeSizeInGb(1).imageUri(IMAGE).roleArn(ROLE));
            assertThat(local.api(MonitoringApi.CAPABILITY).listMonitoringSchedules(
                    ListMonitoringSchedulesRequest.builder().build()).monitoringScheduleSummaries())
                    .extracting(s -> s.monitoringScheduleName()).containsExactly("m");
            assertThatThrownBy(() -> local.waitForAutoMlJob("a", Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(OperationNotSupportedException.class,
                            e -> assertThat(e.operation()).isEqualTo("DescribeAutoMLJob"));
            assertThatThrownBy(() -> local.logsForAutoMlJob("a", l -> l.wait(false)))
                    .isInstanceOfSatisfying(OperationNotSupportedException.class,
                            e -> assertThat(e.operation()).isEqualTo("DescribeAutoMLJobV2"));
            assertThatThrownBy(() -> local.waitForOptimizationJob("o", Duration.ofSeconds(5)))
                    .isInstanceOfSatisfying(OperationNotSupportedException.class,
                            e -> assertThat(e.operation()).isEqualTo("DescribeOptimizationJob"));
            assertThatThrownBy(() -> local.createInferenceRecommendationsJob(ROLE, "s3://b/p.tar.gz",
                    r -> r.supportedContentTypes(List.of("text/csv")).modelName("m")))
                    .isInstanceOfSatisfying(OperationNotSupportedException.class,
                            e -> assertThat(e.operation()).isEqualTo("CreateInferenceRecommendationsJob"));
            assertThatThrownBy(() -> local.api(InferenceRecommenderApi.CAPABILITY).listInferenceRecommendationsJobs(
                    software.amazon.awssdk.services.sagemaker.model.ListInferenceRecommendationsJobsRequest.builder()
                            .build())).isInstanceOf(OperationNotSupportedException.class);
            assertThatThrownBy(() -> local.api(TrainingPlansApi.CAPABILITY).describeTrainingPlan(
                    DescribeTrainingPlanRequest.builder().trainingPlanName("p").build()))
                    .isInstanceOfSatisfying(OperationNotSupportedException.class,
                            e -> assertThat(e.operation()).isEqualTo("DescribeTrainingPlan"));
            assertThatThrownBy(() -> local.api(OptimizationJobsApi.CAPABILITY).listOptimizationJobs(
                    software.amazon.awssdk.services.sagemaker.model.ListOptimizationJobsRequest.builder().build()))
                    .isInstanceOf(OperationNotSupportedException.class);
            assertThatThrownBy(() -> local.api(MlflowApi.CAPABILITY).createPresignedMlflowTrackingServerUrl(
                    CreatePresignedMlflowTrackingServerUrlRequest.builder().trackingServerName("ts").build()))
                    .isInstanceOfSatisfying(OperationNotSupportedException.class,
                            e -> assertThat(e.operation()).isEqualTo("CreatePresignedMlflowTrackingServerUrl"));
        }
    }
}
