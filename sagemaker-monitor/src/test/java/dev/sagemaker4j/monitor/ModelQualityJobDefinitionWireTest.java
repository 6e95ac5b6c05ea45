/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.SdkJson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.BatchTransformInput;
import software.amazon.awssdk.services.sagemaker.model.EndpointInput;
import software.amazon.awssdk.services.sagemaker.model.MonitoringCsvDatasetFormat;
import software.amazon.awssdk.services.sagemaker.model.MonitoringDatasetFormat;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * The CreateModelQualityJobDefinition request of a model-quality schedule against the dicts of Python v2.257.6's
 * {@code tests/unit/sagemaker/monitor/test_model_monitoring.py}: {@code MODEL_QUALITY_JOB_DEFINITION} (with
 * {@code MODEL_QUALITY_APP_SPECIFICATION}, {@code MODEL_QUALITY_JOB_INPUT}, {@code JOB_OUTPUT_CONFIG},
 * {@code JOB_RESOURCES}, {@code NETWORK_CONFIG._to_request_dict()}, {@code STOP_CONDITION}) plus {@code TAGS}, as
 * {@code _test_model_quality_monitor_create_schedule} expects it after
 * {@code test_model_quality_monitor_suggest_baseline} ({@code BaseliningJobName}) and in
 * {@code test_model_quality_monitor} ({@code ConstraintsResource}), and
 * {@code MODEL_QUALITY_BATCH_TRANSFORM_INPUT_JOB_DEFINITION} of {@code test_model_quality_batch_transform_monitor}.
 */
class ModelQualityJobDefinitionWireTest {
    static final String ROLE = "arn:aws:iam::012345678901:role/SageMakerRole";

    /** Python's dict, with the test module's constants written out. */
    static final String MODEL_QUALITY_JOB_DEFINITION = "{"
            + "'JobDefinitionName': 'job-definition',"
            + "'ModelQualityAppSpecification': {"
            + "  'ImageUri': '159807026194.dkr.ecr.us-west-2.amazonaws.com/sagemaker-model-monitor-analyzer',"
            + "  'ProblemType': 'Regression',"
            + "  'Environment': {'env_key_1': 'env_key_1', 'publish_cloudwatch_metrics': 'Enabled'},"
            + "  'RecordPreprocessorSourceUri': 's3://my_bucket/preprocessor.py',"
            + "  'PostAnalyticsProcessorSourceUri': 's3://my_bucket/postprocessor.py'},"
            + "'ModelQualityJobInput': {"
            + "  'EndpointInput': {'EndpointName': 'endpoint', 'LocalPath': '/opt/ml/processing/input/endpoint',"
            + "    'S3InputMode': 'File', 'S3DataDistributionType': 'FullyReplicated', 'StartTimeOffset': '-PT1H',"
            + "    'EndTimeOffset': '-PT0H', 'FeaturesAttribute': 'features', 'InferenceAttribute': 'predicted_label',"
            + "    'ProbabilityAttribute': 'probabilities', 'ProbabilityThresholdAttribute': 0.6},"
            + "  'GroundTruthS3Input': {'S3Uri': 's3://bucket/monitoring_captured/actuals'}},"
            + "'ModelQualityJobOutputConfig': {"
            + "  'MonitoringOutputs': [{'S3Output': {'S3Uri': 's3://output-s3-uri/',"
            + "    'LocalPath': '/opt/ml/processing/output', 'S3UploadMode': 'Continuous'}}],"
            + "  'KmsKeyId': 'output-kms-key'},"
            + "'JobResources': {'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m5.10xlarge',"
            + "  'VolumeSizeInGB': 2, 'VolumeKmsKeyId': 'volume-kms-key'}},"
            + "'RoleArn': '" + ROLE + "',"
            + "'ModelQualityBaselineConfig': {'BaseliningJobName': 'baselining-job'},"
            + "'NetworkConfig': {'EnableNetworkIsolation': False, 'EnableInterContainerTrafficEncryption': True},"
            + "'StoppingCondition': {'MaxRuntimeInSeconds': 3},"
            + "'Tags': [{'Key': 'tag_key_1', 'Value': 'tag_value_1'}]}";

    @TempDir
    static Path tmp;
    static Session session;

    @BeforeAll
    static void setUp() {
        session = Session.builder().backend("local").root(tmp.resolve("root")).region("us-west-2").build();
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static JsonNode dict(String python) throws Exception {
        return SdkJson.MAPPER.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false"));
    }

    /** Python's {@code model_quality_monitor} fixture. */
    static ModelQualityMonitor monitor() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("env_key_1", "env_key_1");
        env.put("publish_cloudwatch_metrics", "Enabled");
        return ModelQualityMonitor.builder().role(ROLE).instanceCount(1).instanceType("ml.m5.10xlarge")
                .volumeSizeInGB(2).volumeKmsKey("volume-kms-key").outputKmsKey("output-kms-key")
                .maxRuntimeInSeconds(3).baseJobName("base-job-name").session(session).env(env)
                .tags(List.of(Tag.builder().key("tag_key_1").value("tag_value_1").build()))
                .networkConfig(NetworkConfig.builder().enableNetworkIsolation(false)
                        .enableInterContainerTrafficEncryption(true).build())
                .build();
    }

    /** The test module's {@code EndpointInput(...)} of {@code _test_model_quality_monitor_create_schedule}. */
    static EndpointInput endpointInput() {
        return EndpointInput.builder().endpointName("endpoint").localPath("/opt/ml/processing/input/endpoint")
                .s3InputMode("File").s3DataDistributionType("FullyReplicated").startTimeOffset("-PT1H")
                .endTimeOffset("-PT0H").featuresAttribute("features").inferenceAttribute("predicted_label")
                .probabilityAttribute("probabilities").probabilityThresholdAttribute(0.6).build();
    }

    @Test
    void createModelQualityJobDefinitionRequest_afterSuggestBaseline_isPythonsDict() throws Exception {
        ModelQualityMonitor monitor = monitor();
        String data = session.uploadString("1,1\n0,0\n", "s3://" + session.defaultBucket() + "/wire/baseline.csv");
        monitor.suggestBaseline(data, DatasetFormat.csv(false), ProblemType.REGRESSION,
                o -> o.groundTruthAttribute("0").inferenceAttribute("1").jobName("baselining-job")
                        .outputS3Uri("s3://" + session.defaultBucket() + "/wire/out").wait(true));

        ObjectNode actual = SdkJson.toJson(monitor.createModelQualityJobDefinitionRequest("schedule",
                "job-definition", endpointInput(), null, "s3://bucket/monitoring_captured/actuals",
                ProblemType.REGRESSION, "s3://my_bucket/preprocessor.py", "s3://my_bucket/postprocessor.py",
                "s3://output-s3-uri/", null, true));

        assertThat(actual).isEqualTo(dict(MODEL_QUALITY_JOB_DEFINITION));
    }

    @Test
    void createModelQualityJobDefinitionRequest_withConstraints_isPythonsDict() throws Exception {
        String uri = session.uploadString("{\"version\": 0.0}", "s3://bucket/constraints.json");
        Constraints constraints = Constraints.fromS3Uri(uri, session);

        ObjectNode actual = SdkJson.toJson(monitor().createModelQualityJobDefinitionRequest("schedule",
                "job-definition", endpointInput(), null, "s3://bucket/monitoring_captured/actuals",
                ProblemType.REGRESSION, "s3://my_bucket/preprocessor.py", "s3://my_bucket/postprocessor.py",
                "s3://output-s3-uri/", constraints, true));

        ObjectNode expected = (ObjectNode) dict(MODEL_QUALITY_JOB_DEFINITION);
        expected.set("ModelQualityBaselineConfig", dict("{'ConstraintsResource': {'S3Uri': "
                + "'s3://bucket/constraints.json'}}"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void createModelQualityJobDefinitionRequest_batchTransformInput_isPythonsDict() throws Exception {
        BatchTransformInput batch = BatchTransformInput.builder()
                .dataCapturedDestinationS3Uri("s3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/")
                .localPath("/opt/ml/processing/data").s3InputMode("File")
                .s3DataDistributionType("FullyReplicated").startTimeOffset("-PT1H").endTimeOffset("-PT0H")
                .featuresAttribute("features").inferenceAttribute("predicted_label")
                .probabilityAttribute("probabilities").probabilityThresholdAttribute(0.6)
                .datasetFormat(MonitoringDatasetFormat.builder()
                        .csv(MonitoringCsvDatasetFormat.builder().header(false).build()).build())
                .build();
        String uri = session.uploadString("{\"version\": 0.0}", "s3://bucket/constraints.json");

        ObjectNode actual = SdkJson.toJson(monitor().createModelQualityJobDefinitionRequest("schedule",
                "job-definition", null, batch, "s3://bucket/monitoring_captured/actuals", ProblemType.REGRESSION,
                "s3://my_bucket/preprocessor.py", "s3://my_bucket/postprocessor.py", "s3://output-s3-uri/",
                Constraints.fromS3Uri(uri, session), true));

        ObjectNode expected = (ObjectNode) dict(MODEL_QUALITY_JOB_DEFINITION);
        expected.set("ModelQualityJobInput", dict("{'BatchTransformInput': {"
                + "'DataCapturedDestinationS3Uri': 's3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/',"
                + "'LocalPath': '/opt/ml/processing/data', 'S3InputMode': 'File',"
                + "'S3DataDistributionType': 'FullyReplicated', 'StartTimeOffset': '-PT1H',"
                + "'EndTimeOffset': '-PT0H', 'FeaturesAttribute': 'features',"
                + "'InferenceAttribute': 'predicted_label', 'ProbabilityAttribute': 'probabilities',"
                + "'ProbabilityThresholdAttribute': 0.6, 'DatasetFormat': {'Csv': {'Header': False}}},"
                + "'GroundTruthS3Input': {'S3Uri': 's3://bucket/monitoring_captured/actuals'}}"));
        expected.set("ModelQualityBaselineConfig", dict("{'ConstraintsResource': {'S3Uri': "
                + "'s3://bucket/constraints.json'}}"));
        assertThat(actual).isEqualTo(expected);
    }
}
