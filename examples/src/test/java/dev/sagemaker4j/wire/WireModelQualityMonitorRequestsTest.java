/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.monitor.BatchTransformInput;
import dev.sagemaker4j.monitor.CronExpressionGenerator;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.EndpointInput;
import dev.sagemaker4j.monitor.ModelMonitor;
import dev.sagemaker4j.monitor.ModelQualityMonitor;
import dev.sagemaker4j.monitor.ProblemType;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;

/**
 * What {@code ModelQualityMonitor}'s schedule calls send, field by field against the dicts of the Python SDK
 * v2.257.6's {@code tests/unit/sagemaker/monitor/test_model_monitoring.py}: {@code MODEL_QUALITY_JOB_DEFINITION}
 * (its {@code MODEL_QUALITY_APP_SPECIFICATION}, {@code MODEL_QUALITY_JOB_INPUT}, {@code JOB_OUTPUT_CONFIG},
 * {@code JOB_RESOURCES}, {@code NETWORK_CONFIG._to_request_dict()}, {@code STOP_CONDITION}) and {@code TAGS}, as
 * {@code _test_model_quality_monitor_create_schedule}, {@code _test_model_quality_monitor_batch_transform_create_
 * schedule}, {@code _test_model_quality_monitor_update_schedule}, {@code _test_model_quality_monitor_delete_schedule},
 * {@code test_model_quality_monitor_creation_failure} and {@code test_model_quality_monitor_created_by_attach} expect
 * them. The sagemaker backend talks to a loopback stub that records each request and answers canned JSON.
 */
class WireModelQualityMonitorRequestsTest {
    static final String PY_ROLE = "arn:aws:iam::012345678901:role/SageMakerRole";
    static final String NEW_ROLE_ARN = "arn:aws:iam::012345678902:role/" + PY_ROLE;
    static final String PY_IMAGE = "159807026194.dkr.ecr.us-west-2.amazonaws.com/sagemaker-model-monitor-analyzer";
    static final String GROUND_TRUTH_S3_URI = "s3://bucket/monitoring_captured/actuals";

    static HttpServer stub;
    static Session client;
    static final List<RecordingClients.Captured> CAPTURED = new CopyOnWriteArrayList<>();
    /** The JSON the stub answers, by operation ({@code {}} for the others); {@code ERROR} answers a 400. */
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

    static JsonNode dict(String python) throws Exception {
        return SdkJson.MAPPER.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false"));
    }

    static JsonNode body(String operation) throws Exception {
        RecordingClients.Captured c = CAPTURED.stream().filter(r -> r.target().endsWith("." + operation))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + operation + " was sent"));
        return SdkJson.MAPPER.readTree(c.body());
    }

    static List<String> sent() {
        return CAPTURED.stream().map(c -> c.target().substring(c.target().indexOf('.') + 1)).toList();
    }

    /** Python's {@code model_quality_monitor} fixture (with the image its region's lookup gives). */
    static ModelQualityMonitor modelQualityMonitor() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("env_key_1", "env_key_1");
        env.put("publish_cloudwatch_metrics", "Enabled");
        return ModelQualityMonitor.builder().role(PY_ROLE).instanceCount(1).instanceType("ml.m5.10xlarge")
                .volumeSizeInGB(2).volumeKmsKey("volume-kms-key").outputKmsKey("output-kms-key")
                .maxRuntimeInSeconds(3).baseJobName("base-job-name").imageUri(PY_IMAGE).env(env)
                .tags(Map.of("tag_key_1", "tag_value_1"))
                .networkConfig(NetworkConfig.builder().enableNetworkIsolation(false)
                        .enableInterContainerTrafficEncryption(true).build())
                .session(client).build();
    }

    /** {@code NEW_ENVIRONMENT}. */
    static Map<String, String> newEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("new_env_key_1", "new_env_key_1");
        env.put("publish_cloudwatch_metrics", "Disabled");
        return env;
    }

    /** The test module's {@code EndpointInput(...)} of {@code _test_model_quality_monitor_create_schedule}. */
    static EndpointInput endpointInput() {
        return EndpointInput.builder().endpointName("endpoint").destination("/opt/ml/processing/input/endpoint")
                .startTimeOffset("-PT1H").endTimeOffset("-PT0H").featuresAttribute("features")
                .inferenceAttribute("predicted_label").probabilityAttribute("probabilities")
                .probabilityThresholdAttribute(0.6).build();
    }

    /** {@code MODEL_QUALITY_JOB_DEFINITION}, with the test module's constants written out. */
    static final String MODEL_QUALITY_JOB_DEFINITION = "'ModelQualityAppSpecification': {"
            + "  'ImageUri': '" + PY_IMAGE + "', 'ProblemType': 'Regression',"
            + "  'Environment': {'env_key_1': 'env_key_1', 'publish_cloudwatch_metrics': 'Enabled'},"
            + "  'RecordPreprocessorSourceUri': 's3://my_bucket/preprocessor.py',"
            + "  'PostAnalyticsProcessorSourceUri': 's3://my_bucket/postprocessor.py'},"
            + "'ModelQualityJobInput': {"
            + "  'EndpointInput': {'EndpointName': 'endpoint', 'LocalPath': '/opt/ml/processing/input/endpoint',"
            + "    'S3InputMode': 'File', 'S3DataDistributionType': 'FullyReplicated', 'StartTimeOffset': '-PT1H',"
            + "    'EndTimeOffset': '-PT0H', 'FeaturesAttribute': 'features', 'InferenceAttribute': 'predicted_label',"
            + "    'ProbabilityAttribute': 'probabilities', 'ProbabilityThresholdAttribute': 0.6},"
            + "  'GroundTruthS3Input': {'S3Uri': '" + GROUND_TRUTH_S3_URI + "'}},"
            + "'ModelQualityJobOutputConfig': {"
            + "  'MonitoringOutputs': [{'S3Output': {'S3Uri': 's3://output-s3-uri/',"
            + "    'LocalPath': '/opt/ml/processing/output', 'S3UploadMode': 'Continuous'}}],"
            + "  'KmsKeyId': 'output-kms-key'},"
            + "'JobResources': {'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m5.10xlarge',"
            + "  'VolumeSizeInGB': 2, 'VolumeKmsKeyId': 'volume-kms-key'}},"
            + "'RoleArn': '" + PY_ROLE + "',"
            + "'ModelQualityBaselineConfig': {'BaseliningJobName': 'baselining-job'},"
            + "'NetworkConfig': {'EnableNetworkIsolation': False, 'EnableInterContainerTrafficEncryption': True},"
            + "'StoppingCondition': {'MaxRuntimeInSeconds': 3}";
    static final String TAGS = "'Tags': [{'Key': 'tag_key_1', 'Value': 'tag_value_1'}]";

    static void create(ModelQualityMonitor monitor, String constraints) {
        monitor.createMonitoringSchedule(s -> s.endpointInput(endpointInput()).groundTruthInput(GROUND_TRUTH_S3_URI)
                .problemType(ProblemType.REGRESSION).recordPreprocessorScript("s3://my_bucket/preprocessor.py")
                .postAnalyticsProcessorScript("s3://my_bucket/postprocessor.py").outputS3Uri("s3://output-s3-uri/")
                .constraints(constraints).monitorScheduleName("schedule")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));
    }

    static JsonNode schedule(String definition) throws Exception {
        return dict("{'MonitoringScheduleName': 'schedule', 'MonitoringScheduleConfig': {"
                + "'MonitoringJobDefinitionName': '" + definition + "', 'MonitoringType': 'ModelQuality',"
                + " 'ScheduleConfig': {'ScheduleExpression': 'cron(0 * ? * * *)'}}, " + TAGS + "}");
    }

    @Test
    void createMonitoringSchedule_afterSuggestBaseline_sendsPythonsJobDefinitionThenScheduleAndUpdatesAndDeletes()
            throws Exception {
        // test_model_quality_monitor_suggest_baseline
        ModelQualityMonitor monitor = modelQualityMonitor();
        monitor.suggestBaseline("s3://bucket/baseline.csv", DatasetFormat.csv(false), ProblemType.REGRESSION,
                o -> o.inferenceAttribute("predicted_label").probabilityAttribute("probabilities")
                        .groundTruthAttribute("TestAttribute").probabilityThresholdAttribute(0.6)
                        .outputS3Uri("s3://output-s3-uri/").jobName("baselining-job"));
        CAPTURED.clear();

        create(monitor, null);

        assertThat(sent()).containsExactly("CreateModelQualityJobDefinition", "CreateMonitoringSchedule");
        assertThat(monitor.jobDefinitionName()).startsWith("model-quality-job-definition-");
        assertThat(body("CreateModelQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '"
                + monitor.jobDefinitionName() + "', " + MODEL_QUALITY_JOB_DEFINITION + ", " + TAGS + "}"));
        assertThat(body("CreateMonitoringSchedule")).isEqualTo(schedule(monitor.jobDefinitionName()));

        // _test_model_quality_monitor_update_schedule: the cron alone keeps the job definition
        CAPTURED.clear();
        monitor.updateMonitoringSchedule(u -> u.scheduleCronExpression(CronExpressionGenerator.daily()));
        assertThat(sent()).containsExactly("UpdateMonitoringSchedule");
        assertThat(body("UpdateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'ModelQuality', 'ScheduleConfig': {'ScheduleExpression':"
                + " 'cron(0 0 ? * * *)'}}}"));

        // one property: a new job definition from the described one, with the new role
        CAPTURED.clear();
        ANSWERS.put("DescribeModelQualityJobDefinition", dict("{'JobDefinitionName': 'job-definition', "
                + MODEL_QUALITY_JOB_DEFINITION + "}").toString());
        String old = monitor.jobDefinitionName();
        Thread.sleep(2); // a new timestamp, so a new job definition name
        monitor.updateMonitoringSchedule(u -> u.role(NEW_ROLE_ARN));
        assertThat(sent()).containsExactly("DescribeModelQualityJobDefinition", "CreateModelQualityJobDefinition",
                "UpdateMonitoringSchedule");
        assertThat(body("DescribeModelQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '" + old + "'}"));
        assertThat(monitor.jobDefinitionName()).isNotEqualTo(old).startsWith("model-quality-job-definition-");
        ObjectNode expected = (ObjectNode) dict("{'JobDefinitionName': '" + monitor.jobDefinitionName() + "', "
                + MODEL_QUALITY_JOB_DEFINITION + ", " + TAGS + "}");
        expected.put("RoleArn", NEW_ROLE_ARN);
        assertThat(body("CreateModelQualityJobDefinition")).isEqualTo(expected);
        assertThat(body("UpdateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'ModelQuality'}}"));
        assertThat(monitor.role()).isEqualTo(NEW_ROLE_ARN);
        assertThat(monitor.instanceCount()).isEqualTo(1);
        assertThat(monitor.instanceType()).isEqualTo("ml.m5.10xlarge");
        assertThat(monitor.maxRuntimeInSeconds()).isEqualTo(3);

        // every keyword: the new values replace the described ones
        CAPTURED.clear();
        Thread.sleep(2);
        monitor.updateMonitoringSchedule(u -> u.endpointInput(EndpointInput.builder().endpointName("new-endpoint")
                        .destination("/opt/ml/processing/input/endpoint").startTimeOffset("-PT2H")
                        .endTimeOffset("-PT1H").featuresAttribute("new_features")
                        .inferenceAttribute("new_predicted_label").probabilityAttribute("new_probabilities")
                        .probabilityThresholdAttribute(0.4).build())
                .groundTruthInput("s3://bucket/monitoring_captured/groundtruth")
                .problemType(ProblemType.BINARY_CLASSIFICATION)
                .recordPreprocessorScript("s3://my_new_bucket/preprocessor.py")
                .postAnalyticsProcessorScript("s3://my_new_bucket/postprocessor.py")
                .outputS3Uri("s3://bucket/new/output").constraints("s3://new_bucket/constraints.json")
                .scheduleCronExpression(CronExpressionGenerator.daily()).enableCloudwatchMetrics(false)
                .role(NEW_ROLE_ARN).instanceCount(2).instanceType("ml.m4.xlarge").volumeSizeInGB(20)
                .volumeKmsKey("new-volume-kms-key").outputKmsKey("new-output-kms-key").maxRuntimeInSeconds(3600)
                .env(newEnvironment())
                .networkConfig(NetworkConfig.builder().enableNetworkIsolation(false)
                        .vpcConfig(v -> v.securityGroupIds("new_test_security_group_ids").subnets("new_test_subnets"))
                        .build()));
        // NEW_MODEL_QUALITY_JOB_DEFINITION
        assertThat(body("CreateModelQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '"
                + monitor.jobDefinitionName() + "', 'ModelQualityAppSpecification': {'ImageUri': '" + PY_IMAGE + "',"
                + " 'ProblemType': 'BinaryClassification', 'Environment': {'new_env_key_1': 'new_env_key_1',"
                + " 'publish_cloudwatch_metrics': 'Disabled'},"
                + " 'RecordPreprocessorSourceUri': 's3://my_new_bucket/preprocessor.py',"
                + " 'PostAnalyticsProcessorSourceUri': 's3://my_new_bucket/postprocessor.py'},"
                + " 'ModelQualityJobInput': {'EndpointInput': {'EndpointName': 'new-endpoint',"
                + " 'LocalPath': '/opt/ml/processing/input/endpoint', 'S3InputMode': 'File',"
                + " 'S3DataDistributionType': 'FullyReplicated', 'StartTimeOffset': '-PT2H', 'EndTimeOffset': '-PT1H',"
                + " 'FeaturesAttribute': 'new_features', 'InferenceAttribute': 'new_predicted_label',"
                + " 'ProbabilityAttribute': 'new_probabilities', 'ProbabilityThresholdAttribute': 0.4},"
                + " 'GroundTruthS3Input': {'S3Uri': 's3://bucket/monitoring_captured/groundtruth'}},"
                + " 'ModelQualityJobOutputConfig': {'MonitoringOutputs': [{'S3Output': {'S3Uri':"
                + " 's3://bucket/new/output', 'LocalPath': '/opt/ml/processing/output',"
                + " 'S3UploadMode': 'Continuous'}}], 'KmsKeyId': 'new-output-kms-key'},"
                + " 'JobResources': {'ClusterConfig': {'InstanceCount': 2, 'InstanceType': 'ml.m4.xlarge',"
                + " 'VolumeSizeInGB': 20, 'VolumeKmsKeyId': 'new-volume-kms-key'}},"
                + " 'RoleArn': '" + NEW_ROLE_ARN + "',"
                + " 'ModelQualityBaselineConfig': {'ConstraintsResource': {'S3Uri': 's3://new_bucket/constraints.json'},"
                + " 'BaseliningJobName': 'baselining-job'},"
                + " 'NetworkConfig': {'EnableNetworkIsolation': False,"
                + " 'VpcConfig': {'SecurityGroupIds': ['new_test_security_group_ids'], 'Subnets': ['new_test_subnets']}},"
                + " 'StoppingCondition': {'MaxRuntimeInSeconds': 3600}, " + TAGS + "}"));
        assertThat(body("UpdateMonitoringSchedule").path("MonitoringScheduleConfig")).isEqualTo(dict(
                "{'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName() + "', 'MonitoringType':"
                + " 'ModelQuality', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 0 ? * * *)'}}"));
        assertThat(monitor.instanceCount()).isEqualTo(2);
        assertThat(monitor.env()).isEqualTo(newEnvironment());
        assertThat(monitor.networkConfig().vpcConfig().subnets()).containsExactly("new_test_subnets");

        // _test_model_quality_monitor_delete_schedule: the schedule, then its job definition
        CAPTURED.clear();
        String definition = monitor.jobDefinitionName();
        monitor.deleteMonitoringSchedule();
        assertThat(sent()).containsExactly("DeleteMonitoringSchedule", "DeleteModelQualityJobDefinition");
        assertThat(body("DeleteMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule'}"));
        assertThat(body("DeleteModelQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '" + definition
                + "'}"));
        assertThat(monitor.jobDefinitionName()).isNull();
        assertThat(monitor.monitoringScheduleName()).isNull();
    }

    @Test
    void createMonitoringSchedule_withConstraints_sendsConstraintsResource() throws Exception {
        // test_model_quality_monitor: constraints=CONSTRAINTS, no baselining job
        ModelQualityMonitor monitor = modelQualityMonitor();

        create(monitor, "s3://bucket/constraints.json");

        ObjectNode expected = (ObjectNode) dict("{'JobDefinitionName': '" + monitor.jobDefinitionName() + "', "
                + MODEL_QUALITY_JOB_DEFINITION + ", " + TAGS + "}");
        expected.set("ModelQualityBaselineConfig", dict("{'ConstraintsResource': {'S3Uri':"
                + " 's3://bucket/constraints.json'}}"));
        assertThat(body("CreateModelQualityJobDefinition")).isEqualTo(expected);
        assertThat(body("CreateMonitoringSchedule")).isEqualTo(schedule(monitor.jobDefinitionName()));
    }

    @Test
    void createMonitoringSchedule_batchTransformInput_sendsPythonsJobInput() throws Exception {
        // _test_model_quality_monitor_batch_transform_create_schedule
        ModelQualityMonitor monitor = modelQualityMonitor();
        monitor.createMonitoringSchedule(s -> s.batchTransformInput(BatchTransformInput.builder()
                        .dataCapturedDestinationS3Uri("s3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/")
                        .destination("/opt/ml/processing/data").startTimeOffset("-PT1H").endTimeOffset("-PT0H")
                        .featuresAttribute("features").inferenceAttribute("predicted_label")
                        .probabilityAttribute("probabilities").probabilityThresholdAttribute(0.6)
                        .datasetFormat(DatasetFormat.csv(false)).build())
                .groundTruthInput(GROUND_TRUTH_S3_URI).problemType(ProblemType.REGRESSION)
                .recordPreprocessorScript("s3://my_bucket/preprocessor.py")
                .postAnalyticsProcessorScript("s3://my_bucket/postprocessor.py").outputS3Uri("s3://output-s3-uri/")
                .constraints("s3://bucket/constraints.json").monitorScheduleName("schedule")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));

        ObjectNode expected = (ObjectNode) dict("{'JobDefinitionName': '" + monitor.jobDefinitionName() + "', "
                + MODEL_QUALITY_JOB_DEFINITION + ", " + TAGS + "}");
        expected.set("ModelQualityJobInput", dict("{'BatchTransformInput': {"
                + "'DataCapturedDestinationS3Uri': 's3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/',"
                + "'LocalPath': '/opt/ml/processing/data', 'S3InputMode': 'File',"
                + "'S3DataDistributionType': 'FullyReplicated', 'StartTimeOffset': '-PT1H',"
                + "'EndTimeOffset': '-PT0H', 'FeaturesAttribute': 'features',"
                + "'InferenceAttribute': 'predicted_label', 'ProbabilityAttribute': 'probabilities',"
                + "'ProbabilityThresholdAttribute': 0.6, 'DatasetFormat': {'Csv': {'Header': False}}},"
                + "'GroundTruthS3Input': {'S3Uri': '" + GROUND_TRUTH_S3_URI + "'}}"));
        expected.set("ModelQualityBaselineConfig", dict("{'ConstraintsResource': {'S3Uri':"
                + " 's3://bucket/constraints.json'}}"));
        assertThat(body("CreateModelQualityJobDefinition")).isEqualTo(expected);
    }

    @Test
    void createMonitoringSchedule_scheduleRefused_deletesTheJobDefinitionAndKeepsNoNames() throws Exception {
        // test_model_quality_monitor_creation_failure
        ModelQualityMonitor monitor = modelQualityMonitor();
        ANSWERS.put("CreateMonitoringSchedule", "ERROR");

        assertThatThrownBy(() -> create(monitor, "s3://bucket/constraints.json")).isInstanceOf(RuntimeException.class);

        assertThat(sent()).containsExactly("CreateModelQualityJobDefinition", "CreateMonitoringSchedule",
                "DeleteModelQualityJobDefinition");
        assertThat(body("DeleteModelQualityJobDefinition").path("JobDefinitionName").asText())
                .isEqualTo(body("CreateModelQualityJobDefinition").path("JobDefinitionName").asText());
        assertThat(monitor.jobDefinitionName()).isNull();
        assertThat(monitor.monitoringScheduleName()).isNull();
    }

    @Test
    void attach_modelQualitySchedule_takesTheJobDefinitionsSettings() throws Exception {
        // test_model_quality_monitor_created_by_attach / test_model_quality_monitor_invalid_attach
        ANSWERS.put("DescribeMonitoringSchedule", dict("{'MonitoringScheduleArn': 'arn:aws:sagemaker:us-west-2:"
                + "012345678901:monitoring-schedule/schedule', 'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': 'job-definition',"
                + " 'MonitoringType': 'ModelQuality'}}").toString());
        ANSWERS.put("DescribeModelQualityJobDefinition", dict("{'JobDefinitionName': 'job-definition', "
                + MODEL_QUALITY_JOB_DEFINITION + "}").toString());

        ModelMonitor attached = ModelMonitor.attach("schedule", client);

        assertThat(attached).isInstanceOf(ModelQualityMonitor.class);
        assertThat(attached.monitoringScheduleName()).isEqualTo("schedule");
        assertThat(attached.jobDefinitionName()).isEqualTo("job-definition");
        assertThat(attached.role()).isEqualTo(PY_ROLE);
        assertThat(attached.instanceCount()).isEqualTo(1);
        assertThat(attached.instanceType()).isEqualTo("ml.m5.10xlarge");
        assertThat(attached.volumeSizeInGB()).isEqualTo(2);
        assertThat(attached.volumeKmsKey()).isEqualTo("volume-kms-key");
        assertThat(attached.outputKmsKey()).isEqualTo("output-kms-key");
        assertThat(attached.maxRuntimeInSeconds()).isEqualTo(3);
        assertThat(attached.env()).containsEntry("env_key_1", "env_key_1");
        assertThat(attached.networkConfig().enableInterContainerTrafficEncryption()).isTrue();
        assertThat(body("DescribeModelQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName':"
                + " 'job-definition'}"));

        ANSWERS.put("DescribeMonitoringSchedule", dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': 'job-definition',"
                + " 'MonitoringType': 'DataQuality'}}").toString());
        assertThatThrownBy(() -> ModelQualityMonitor.attach("schedule", client))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("MonitoringType"));
    }
}
