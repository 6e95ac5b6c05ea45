/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.monitor.BatchTransformInput;
import dev.sagemaker4j.monitor.CronExpressionGenerator;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.DefaultModelMonitor;
import dev.sagemaker4j.monitor.EndpointInput;
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
 * What {@code DefaultModelMonitor.suggest_baseline} sends: the CreateProcessingJob request Python v2.257.6 builds
 * in {@code model_monitoring.py} ({@code _generate_env_map}, {@code _normalize_baseline_output},
 * {@code _upload_and_convert_to_processing_input} with the constants {@code _CONTAINER_BASE_PATH},
 * {@code _BASELINE_DATASET_INPUT_NAME}, {@code _DEFAULT_OUTPUT_NAME}); the unit tests in
 * {@code tests/unit/sagemaker/monitor/test_model_monitoring.py} mock the Processor and check only its {@code env},
 * so the dict below is the one that code produces for their arguments.
 */
class WireModelMonitorRequestsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    static final String IMAGE = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer";

    static HttpServer stub;
    static Session client;
    static final List<RecordingClients.Captured> CAPTURED = new CopyOnWriteArrayList<>();
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

    static JsonNode dict(String python) throws Exception {
        return SdkJson.MAPPER.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false"));
    }

    @Test
    void suggestBaseline_csvWithoutHeader_sendsWhatPythonSends() throws Exception {
        DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceCount(1)
                .instanceType("ml.m5.xlarge").volumeSizeInGB(30).env(Map.of("env_key_1", "env_value_1"))
                .session(client).build();

        monitor.suggestBaseline("s3://bucket/baseline/data.csv", DatasetFormat.csv(false),
                o -> o.outputS3Uri("s3://bucket/baseline/results").wait(false).logs(false)
                        .jobName("baseline-job"));

        RecordingClients.Captured c = CAPTURED.stream().filter(r -> r.target().endsWith(".CreateProcessingJob"))
                .reduce((a, b) -> b).orElseThrow();
        JsonNode body = SdkJson.MAPPER.readTree(c.body());
        assertThat(monitor.imageUri()).isEqualTo(IMAGE);
        assertThat(body.path("ProcessingJobName").asText()).isEqualTo("baseline-job");
        assertThat(body.path("AppSpecification")).isEqualTo(dict("{'ImageUri': '" + IMAGE + "'}"));
        assertThat(body.path("RoleArn").asText()).isEqualTo(ROLE);
        ObjectNode env = (ObjectNode) dict("{'env_key_1': 'env_value_1',"
                + " 'output_path': '/opt/ml/processing/output', 'publish_cloudwatch_metrics': 'Disabled',"
                + " 'dataset_source': '/opt/ml/processing/input/baseline_dataset_input'}");
        // json.dumps(DatasetFormat.csv(header=False))
        env.put("dataset_format", "{\"csv\": {\"header\": false, \"output_columns_position\": \"START\"}}");
        assertThat(body.path("Environment")).isEqualTo(env);
        assertThat(body.path("ProcessingInputs")).isEqualTo(dict("[{'InputName': 'baseline_dataset_input',"
                + " 'AppManaged': False, 'S3Input': {'S3Uri': 's3://bucket/baseline/data.csv',"
                + " 'LocalPath': '/opt/ml/processing/input/baseline_dataset_input', 'S3DataType': 'S3Prefix',"
                + " 'S3InputMode': 'File', 'S3DataDistributionType': 'FullyReplicated',"
                + " 'S3CompressionType': 'None'}}]"));
        assertThat(body.path("ProcessingOutputConfig")).isEqualTo(dict("{'Outputs': [{'OutputName':"
                + " 'monitoring_output', 'AppManaged': False, 'S3Output': {'S3Uri': 's3://bucket/baseline/results',"
                + " 'LocalPath': '/opt/ml/processing/output', 'S3UploadMode': 'EndOfJob'}}]}"));
        assertThat(body.path("ProcessingResources")).isEqualTo(dict("{'ClusterConfig': {'InstanceCount': 1,"
                + " 'InstanceType': 'ml.m5.xlarge', 'VolumeSizeInGB': 30}}"));
    }

    @BeforeEach
    void reset() {
        CAPTURED.clear();
        ANSWERS.clear();
    }

    static JsonNode body(String operation) throws Exception {
        RecordingClients.Captured c = CAPTURED.stream().filter(r -> r.target().endsWith("." + operation))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + operation + " was sent"));
        return SdkJson.MAPPER.readTree(c.body());
    }

    static List<String> sent() {
        return CAPTURED.stream().map(c -> c.target().substring(c.target().indexOf('.') + 1)).toList();
    }

    // tests/unit/sagemaker/monitor/test_model_monitoring.py (v2.257.6): the data_quality_monitor fixture
    static final String PY_ROLE = "arn:aws:iam::012345678901:role/SageMakerRole";
    static final String NEW_ROLE_ARN = "arn:aws:iam::012345678902:role/" + PY_ROLE;
    static final String PY_IMAGE = "159807026194.dkr.ecr.us-west-2.amazonaws.com/sagemaker-model-monitor-analyzer";

    static DefaultModelMonitor dataQualityMonitor() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("env_key_1", "env_key_1");
        env.put("publish_cloudwatch_metrics", "Enabled");
        return DefaultModelMonitor.builder().role(PY_ROLE).instanceCount(1).instanceType("ml.m5.10xlarge")
                .volumeSizeInGB(2).volumeKmsKey("volume-kms-key").outputKmsKey("output-kms-key")
                .maxRuntimeInSeconds(3).baseJobName("base-job-name").imageUri(PY_IMAGE).env(env)
                .tags(Map.of("tag_key_1", "tag_value_1"))
                .networkConfig(NetworkConfig.builder().enableNetworkIsolation(false)
                        .enableInterContainerTrafficEncryption(true).build())
                .session(client).build();
    }

    /** DATA_QUALITY_JOB_DEFINITION's parts but its job input. */
    static final String DEFINITION_COMMON = "'DataQualityAppSpecification': {'ImageUri': '" + PY_IMAGE + "',"
            + " 'Environment': {'env_key_1': 'env_key_1', 'publish_cloudwatch_metrics': 'Enabled'},"
            + " 'RecordPreprocessorSourceUri': 's3://my_bucket/preprocessor.py',"
            + " 'PostAnalyticsProcessorSourceUri': 's3://my_bucket/postprocessor.py'},"
            + " 'DataQualityBaselineConfig': {'ConstraintsResource': {'S3Uri': 's3://bucket/constraints.json'},"
            + " 'StatisticsResource': {'S3Uri': 's3://bucket/statistics.json'}},"
            + " 'DataQualityJobOutputConfig': {'MonitoringOutputs': [{'S3Output': {'S3Uri': 's3://output-s3-uri/',"
            + " 'LocalPath': '/opt/ml/processing/output', 'S3UploadMode': 'Continuous'}}],"
            + " 'KmsKeyId': 'output-kms-key'},"
            + " 'JobResources': {'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m5.10xlarge',"
            + " 'VolumeSizeInGB': 2, 'VolumeKmsKeyId': 'volume-kms-key'}},"
            + " 'RoleArn': '" + PY_ROLE + "', 'StoppingCondition': {'MaxRuntimeInSeconds': 3},"
            + " 'NetworkConfig': {'EnableNetworkIsolation': False, 'EnableInterContainerTrafficEncryption': True},"
            + " 'Tags': [{'Key': 'tag_key_1', 'Value': 'tag_value_1'}]";

    @Test
    void createMonitoringSchedule_endpointInput_sendsPythonsJobDefinitionThenSchedule() throws Exception {
        // _test_data_quality_monitor_create_schedule
        DefaultModelMonitor monitor = dataQualityMonitor();
        monitor.createMonitoringSchedule(s -> s.endpointInput(EndpointInput.builder().endpointName("endpoint")
                        .destination("/opt/ml/processing/input/endpoint").build())
                .recordPreprocessorScript("s3://my_bucket/preprocessor.py")
                .postAnalyticsProcessorScript("s3://my_bucket/postprocessor.py").outputS3Uri("s3://output-s3-uri/")
                .constraints("s3://bucket/constraints.json").statistics("s3://bucket/statistics.json")
                .monitorScheduleName("schedule").scheduleCronExpression(CronExpressionGenerator.hourly()));

        assertThat(sent()).containsExactly("CreateDataQualityJobDefinition", "CreateMonitoringSchedule");
        assertThat(monitor.jobDefinitionName()).startsWith("data-quality-job-definition-");
        ObjectNode expected = (ObjectNode) dict("{'JobDefinitionName': '" + monitor.jobDefinitionName() + "', "
                + DEFINITION_COMMON + ", 'DataQualityJobInput': {'EndpointInput': {'EndpointName': 'endpoint',"
                + " 'LocalPath': '/opt/ml/processing/input/endpoint', 'S3InputMode': 'File',"
                + " 'S3DataDistributionType': 'FullyReplicated'}}}");
        assertThat(body("CreateDataQualityJobDefinition")).isEqualTo(expected);
        assertThat(body("CreateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'DataQuality', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 * ? * * *)'}},"
                + " 'Tags': [{'Key': 'tag_key_1', 'Value': 'tag_value_1'}]}"));

        // _test_data_quality_monitor_update_schedule: only the cron changes, the job definition stays
        CAPTURED.clear();
        monitor.updateMonitoringSchedule(u -> u.scheduleCronExpression(CronExpressionGenerator.daily()));
        assertThat(sent()).containsExactly("UpdateMonitoringSchedule");
        assertThat(body("UpdateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'DataQuality', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 0 ? * * *)'}}}"));
        // NOW with its window is three keywords: Python makes a new job definition for it too
        CAPTURED.clear();
        String jobInput = "'DataQualityJobInput': {'EndpointInput': {'EndpointName': 'endpoint',"
                + " 'LocalPath': '/opt/ml/processing/input/endpoint', 'S3InputMode': 'File',"
                + " 'S3DataDistributionType': 'FullyReplicated'}}";
        ANSWERS.put("DescribeDataQualityJobDefinition", dict("{'JobDefinitionName': 'job-definition', "
                + DEFINITION_COMMON + ", " + jobInput + "}").toString());
        Thread.sleep(2); // a new timestamp, so a new job definition name
        monitor.updateMonitoringSchedule(u -> u.scheduleCronExpression(CronExpressionGenerator.now())
                .dataAnalysisStartTime("-PT24H").dataAnalysisEndTime("-PT0H"));
        assertThat(sent()).containsExactly("DescribeMonitoringSchedule", "DescribeDataQualityJobDefinition",
                "CreateDataQualityJobDefinition", "UpdateMonitoringSchedule");
        assertThat(body("UpdateMonitoringSchedule").path("MonitoringScheduleConfig")).isEqualTo(dict(
                "{'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName() + "', 'MonitoringType':"
                + " 'DataQuality', 'ScheduleConfig': {'ScheduleExpression': 'NOW', 'DataAnalysisStartTime': '-PT24H',"
                + " 'DataAnalysisEndTime': '-PT0H'}}"));

        // one property: a new job definition from the described one, with the new role; the cron stays
        CAPTURED.clear();
        ANSWERS.put("DescribeMonitoringSchedule", dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': 'job-definition',"
                + " 'MonitoringType': 'DataQuality', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 0 ? * * *)'}}}")
                .toString());
        String old = monitor.jobDefinitionName();
        Thread.sleep(2);
        monitor.updateMonitoringSchedule(u -> u.role(NEW_ROLE_ARN));
        assertThat(sent()).containsExactly("DescribeMonitoringSchedule", "DescribeDataQualityJobDefinition",
                "CreateDataQualityJobDefinition", "UpdateMonitoringSchedule");
        assertThat(body("DescribeDataQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '" + old + "'}"));
        assertThat(monitor.jobDefinitionName()).isNotEqualTo(old).startsWith("data-quality-job-definition-");
        ObjectNode roleOnly = (ObjectNode) dict("{'JobDefinitionName': '" + monitor.jobDefinitionName() + "', "
                + DEFINITION_COMMON + ", " + jobInput + "}");
        roleOnly.put("RoleArn", NEW_ROLE_ARN); // all but the role from the existing job definition
        assertThat(body("CreateDataQualityJobDefinition")).isEqualTo(roleOnly);
        assertThat(body("UpdateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'DataQuality', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 0 ? * * *)'}}}"));
        assertThat(monitor.role()).isEqualTo(NEW_ROLE_ARN);
        assertThat(monitor.instanceType()).isEqualTo("ml.m5.10xlarge");
        assertThat(monitor.maxRuntimeInSeconds()).isEqualTo(3);

        // every keyword: the new values replace the described ones (NEW_DATA_QUALITY_JOB_DEFINITION)
        CAPTURED.clear();
        Map<String, String> newEnvironment = new LinkedHashMap<>();
        newEnvironment.put("new_env_key_1", "new_env_key_1");
        newEnvironment.put("publish_cloudwatch_metrics", "Disabled");
        Thread.sleep(2);
        monitor.updateMonitoringSchedule(u -> u.endpointInput(EndpointInput.builder().endpointName("new-endpoint")
                        .destination("/opt/ml/processing/input/endpoint").build())
                .recordPreprocessorScript("s3://my_new_bucket/preprocessor.py")
                .postAnalyticsProcessorScript("s3://my_new_bucket/postprocessor.py")
                .outputS3Uri("s3://bucket/new/output").constraints("s3://new_bucket/constraints.json")
                .statistics("s3://new_bucket/statistics.json").enableCloudwatchMetrics(false).role(NEW_ROLE_ARN)
                .instanceCount(2).instanceType("ml.m4.xlarge").volumeSizeInGB(20).volumeKmsKey("new-volume-kms-key")
                .outputKmsKey("new-output-kms-key").maxRuntimeInSeconds(3600).env(newEnvironment)
                .networkConfig(NetworkConfig.builder().enableNetworkIsolation(false)
                        .vpcConfig(v -> v.securityGroupIds("new_test_security_group_ids").subnets("new_test_subnets"))
                        .build())
                .scheduleCronExpression(CronExpressionGenerator.daily()));
        assertThat(body("CreateDataQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '"
                + monitor.jobDefinitionName() + "', 'DataQualityAppSpecification': {'ImageUri': '" + PY_IMAGE + "',"
                + " 'Environment': {'new_env_key_1': 'new_env_key_1', 'publish_cloudwatch_metrics': 'Disabled'},"
                + " 'RecordPreprocessorSourceUri': 's3://my_new_bucket/preprocessor.py',"
                + " 'PostAnalyticsProcessorSourceUri': 's3://my_new_bucket/postprocessor.py'},"
                + " 'DataQualityJobInput': {'EndpointInput': {'EndpointName': 'new-endpoint',"
                + " 'LocalPath': '/opt/ml/processing/input/endpoint', 'S3InputMode': 'File',"
                + " 'S3DataDistributionType': 'FullyReplicated'}},"
                + " 'DataQualityJobOutputConfig': {'MonitoringOutputs': [{'S3Output': {'S3Uri':"
                + " 's3://bucket/new/output', 'LocalPath': '/opt/ml/processing/output',"
                + " 'S3UploadMode': 'Continuous'}}], 'KmsKeyId': 'new-output-kms-key'},"
                + " 'JobResources': {'ClusterConfig': {'InstanceCount': 2, 'InstanceType': 'ml.m4.xlarge',"
                + " 'VolumeSizeInGB': 20, 'VolumeKmsKeyId': 'new-volume-kms-key'}},"
                + " 'RoleArn': '" + NEW_ROLE_ARN + "',"
                + " 'DataQualityBaselineConfig': {'ConstraintsResource': {'S3Uri': 's3://new_bucket/constraints.json'},"
                + " 'StatisticsResource': {'S3Uri': 's3://new_bucket/statistics.json'}},"
                + " 'NetworkConfig': {'EnableNetworkIsolation': False,"
                + " 'VpcConfig': {'SecurityGroupIds': ['new_test_security_group_ids'], 'Subnets': ['new_test_subnets']}},"
                + " 'StoppingCondition': {'MaxRuntimeInSeconds': 3600},"
                + " 'Tags': [{'Key': 'tag_key_1', 'Value': 'tag_value_1'}]}"));
        assertThat(body("UpdateMonitoringSchedule").path("MonitoringScheduleConfig")).isEqualTo(dict(
                "{'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName() + "', 'MonitoringType':"
                + " 'DataQuality', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 0 ? * * *)'}}"));
        assertThat(monitor.instanceCount()).isEqualTo(2);
        assertThat(monitor.volumeKmsKey()).isEqualTo("new-volume-kms-key");
        assertThat(monitor.env()).isEqualTo(newEnvironment);
        assertThat(monitor.networkConfig().vpcConfig().subnets()).containsExactly("new_test_subnets");

        // _test_data_quality_monitor_delete_schedule: the schedule, then its job definition
        CAPTURED.clear();
        String definition = monitor.jobDefinitionName();
        monitor.deleteMonitoringSchedule();
        assertThat(sent()).containsExactly("DeleteMonitoringSchedule", "DeleteDataQualityJobDefinition");
        assertThat(body("DeleteMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule'}"));
        assertThat(body("DeleteDataQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '" + definition
                + "'}"));
    }

    @Test
    void createMonitoringSchedule_batchTransformInput_sendsPythonsJobInput() throws Exception {
        // _test_data_quality_batch_transform_monitor_create_schedule
        DefaultModelMonitor monitor = dataQualityMonitor();
        monitor.createMonitoringSchedule(s -> s.batchTransformInput(BatchTransformInput.builder()
                        .dataCapturedDestinationS3Uri("s3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/")
                        .destination("/opt/ml/processing/data").datasetFormat(DatasetFormat.csv(false)).build())
                .recordPreprocessorScript("s3://my_bucket/preprocessor.py")
                .postAnalyticsProcessorScript("s3://my_bucket/postprocessor.py").outputS3Uri("s3://output-s3-uri/")
                .constraints("s3://bucket/constraints.json").statistics("s3://bucket/statistics.json")
                .monitorScheduleName("schedule").scheduleCronExpression(CronExpressionGenerator.hourly()));

        assertThat(body("CreateDataQualityJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '"
                + monitor.jobDefinitionName() + "', " + DEFINITION_COMMON + ", 'DataQualityJobInput': {"
                + "'BatchTransformInput': {'DataCapturedDestinationS3Uri':"
                + " 's3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/',"
                + " 'LocalPath': '/opt/ml/processing/data', 'S3DataDistributionType': 'FullyReplicated',"
                + " 'S3InputMode': 'File', 'DatasetFormat': {'Csv': {'Header': False}}}}}"));
        assertThat(body("CreateMonitoringSchedule").path("MonitoringScheduleConfig")).isEqualTo(dict(
                "{'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName() + "', 'MonitoringType': 'DataQuality',"
                + " 'ScheduleConfig': {'ScheduleExpression': 'cron(0 * ? * * *)'}}"));
    }
}
