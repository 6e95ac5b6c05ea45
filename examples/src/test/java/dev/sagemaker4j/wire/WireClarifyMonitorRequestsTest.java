/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.SHAPConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.monitor.BatchTransformInput;
import dev.sagemaker4j.monitor.BiasAnalysisConfig;
import dev.sagemaker4j.monitor.CronExpressionGenerator;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.EndpointInput;
import dev.sagemaker4j.monitor.ExplainabilityAnalysisConfig;
import dev.sagemaker4j.monitor.ModelBiasMonitor;
import dev.sagemaker4j.monitor.ModelExplainabilityMonitor;
import dev.sagemaker4j.monitor.ModelMonitor;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;

/**
 * What {@code ModelBiasMonitor} and {@code ModelExplainabilityMonitor} send, compared field by field with the dicts
 * of the Python SDK v2.257.6's {@code tests/unit/sagemaker/monitor/test_clarify_model_monitor.py}
 * ({@code BIAS_JOB_DEFINITION}, {@code NEW_BIAS_JOB_DEFINITION}, {@code EXPLAINABILITY_JOB_DEFINITION},
 * {@code BIAS_ANALYSIS_CONFIG}, {@code EXPLAINABILITY_ANALYSIS_CONFIG_WITH_LABEL_HEADERS} and the schedule dicts of
 * {@code _test_model_bias_monitor_create_schedule} / {@code _update_schedule} / {@code _delete_schedule}). The
 * sagemaker backend talks to a loopback stub that records each request and answers canned JSON.
 */
class WireClarifyMonitorRequestsTest {
    // the module constants of test_clarify_model_monitor.py
    static final String CLARIFY_IMAGE_URI = "306415355426.dkr.ecr.us-west-2.amazonaws.com/sagemaker-clarify-processing:1.0";
    static final String ROLE_ARN = "arn:aws:iam::012345678901:role/SageMakerRole";
    static final String NEW_ROLE_ARN = "arn:aws:iam::012345678902:role/SageMakerRole";

    @TempDir
    static Path tmp;
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

    @BeforeEach
    void reset() {
        CAPTURED.clear();
        ANSWERS.clear();
    }

    static JsonNode dict(String python) throws Exception {
        return SdkJson.MAPPER.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false"));
    }

    static JsonNode body(String operation) throws Exception {
        RecordingClients.Captured c = CAPTURED.stream().filter(r -> r.target() != null
                && r.target().endsWith("." + operation)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + operation + " was sent"));
        return SdkJson.MAPPER.readTree(c.body());
    }

    static List<String> sent() {
        return CAPTURED.stream().filter(c -> c.target() != null)
                .map(c -> c.target().substring(c.target().indexOf('.') + 1)).toList();
    }

    static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("env_key_1", "env_key_1");
        env.put("publish_cloudwatch_metrics", "Enabled");
        return env;
    }

    static NetworkConfig networkConfig() {
        return NetworkConfig.builder().enableNetworkIsolation(false).enableInterContainerTrafficEncryption(false)
                .vpcConfig(v -> v.securityGroupIds("test_security_group_ids").subnets("test_subnets")).build();
    }

    /** The model_bias_monitor fixture. */
    static ModelBiasMonitor modelBiasMonitor() {
        return ModelBiasMonitor.builder().role(ROLE_ARN).instanceCount(1).instanceType("ml.m5.xlarge")
                .volumeSizeInGB(40).volumeKmsKey("volume-kms-key").outputKmsKey("output-kms-key")
                .maxRuntimeInSeconds(45 * 60).imageUri(CLARIFY_IMAGE_URI).session(client).env(environment())
                .tags(Map.of("tag_key_1", "tag_value_1")).networkConfig(networkConfig()).build();
    }

    /** The model_explainability_monitor fixture. */
    static ModelExplainabilityMonitor modelExplainabilityMonitor() {
        return ModelExplainabilityMonitor.builder().role(ROLE_ARN).instanceCount(1).instanceType("ml.m5.xlarge")
                .volumeSizeInGB(40).volumeKmsKey("volume-kms-key").outputKmsKey("output-kms-key")
                .maxRuntimeInSeconds(45 * 60).imageUri(CLARIFY_IMAGE_URI).session(client).env(environment())
                .tags(Map.of("tag_key_1", "tag_value_1")).networkConfig(networkConfig()).build();
    }

    static final String APP_SPECIFICATION = "{'ConfigUri': 's3://bucket/analysis_config.json',"
            + " 'ImageUri': '" + CLARIFY_IMAGE_URI + "',"
            + " 'Environment': {'env_key_1': 'env_key_1', 'publish_cloudwatch_metrics': 'Enabled'}}";
    static final String JOB_OUTPUT_CONFIG = "{'MonitoringOutputs': [{'S3Output': {'S3Uri': 's3://bucket/output',"
            + " 'LocalPath': '/opt/ml/processing/output', 'S3UploadMode': 'Continuous'}}],"
            + " 'KmsKeyId': 'output-kms-key'}";
    static final String JOB_RESOURCES = "{'ClusterConfig': {'InstanceCount': 1, 'InstanceType': 'ml.m5.xlarge',"
            + " 'VolumeSizeInGB': 40, 'VolumeKmsKeyId': 'volume-kms-key'}}";
    static final String NETWORK_CONFIG = "{'EnableNetworkIsolation': False,"
            + " 'EnableInterContainerTrafficEncryption': False,"
            + " 'VpcConfig': {'SecurityGroupIds': ['test_security_group_ids'], 'Subnets': ['test_subnets']}}";
    static final String BIAS_JOB_INPUT = "{'EndpointInput': {'EndpointName': 'endpoint',"
            + " 'LocalPath': '/opt/ml/processing/input/endpoint', 'S3InputMode': 'File',"
            + " 'S3DataDistributionType': 'FullyReplicated', 'StartTimeOffset': '-PT1H', 'EndTimeOffset': '-PT0H',"
            + " 'FeaturesAttribute': 'features', 'InferenceAttribute': '0', 'ProbabilityAttribute': '1',"
            + " 'ProbabilityThresholdAttribute': 0.6},"
            + " 'GroundTruthS3Input': {'S3Uri': 's3://bucket/monitoring_captured/actuals'}}";
    static final String BIAS_JOB_DEFINITION = "{'ModelBiasAppSpecification': " + APP_SPECIFICATION + ","
            + " 'ModelBiasJobInput': " + BIAS_JOB_INPUT + ", 'ModelBiasJobOutputConfig': " + JOB_OUTPUT_CONFIG + ","
            + " 'JobResources': " + JOB_RESOURCES + ", 'RoleArn': '" + ROLE_ARN + "',"
            + " 'ModelBiasBaselineConfig': {'ConstraintsResource': {'S3Uri': 's3://bucket/analysis.json'}},"
            + " 'NetworkConfig': " + NETWORK_CONFIG + ", 'StoppingCondition': {'MaxRuntimeInSeconds': 2700}}";
    static final String TAGS = "[{'Key': 'tag_key_1', 'Value': 'tag_value_1'}]";

    static EndpointInput endpointInput() {
        return EndpointInput.builder().endpointName("endpoint").destination("/opt/ml/processing/input/endpoint")
                .startTimeOffset("-PT1H").endTimeOffset("-PT0H").featuresAttribute("features")
                .inferenceAttribute("0").probabilityAttribute("1").probabilityThresholdAttribute(0.6).build();
    }

    static ObjectNode withNameAndTags(String definition, String name) throws Exception {
        ObjectNode expected = (ObjectNode) dict(definition);
        expected.put("JobDefinitionName", name);
        expected.set("Tags", dict(TAGS));
        return expected;
    }

    @Test
    void imageUri_clarifyOfTheRegion_isPythonsImage() {
        assertThat(ImageUris.retrieve("clarify", "us-west-2")).isEqualTo(CLARIFY_IMAGE_URI);
    }

    @Test
    void createUpdateDelete_modelBiasMonitor_sendsPythonsDicts() throws Exception {
        ModelBiasMonitor monitor = modelBiasMonitor();
        // _test_model_bias_monitor_create_schedule(analysis_config=ANALYSIS_CONFIG_S3_URI, constraints=CONSTRAINTS)
        monitor.createMonitoringSchedule(s -> s.endpointInput(endpointInput())
                .groundTruthInput("s3://bucket/monitoring_captured/actuals")
                .analysisConfig("s3://bucket/analysis_config.json").outputS3Uri("s3://bucket/output")
                .constraints("s3://bucket/analysis.json").monitorScheduleName("schedule")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));

        assertThat(sent()).containsExactly("CreateModelBiasJobDefinition", "CreateMonitoringSchedule");
        assertThat(monitor.jobDefinitionName()).startsWith("model-bias-job-definition-");
        assertThat(body("CreateModelBiasJobDefinition"))
                .isEqualTo(withNameAndTags(BIAS_JOB_DEFINITION, monitor.jobDefinitionName()));
        assertThat(body("CreateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'ModelBias', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 * ? * * *)'}},"
                + " 'Tags': " + TAGS + "}"));

        // _test_model_bias_monitor_update_schedule: the cron alone
        CAPTURED.clear();
        monitor.updateMonitoringSchedule(u -> u.scheduleCronExpression(CronExpressionGenerator.daily()));
        assertThat(sent()).containsExactly("UpdateMonitoringSchedule");
        assertThat(body("UpdateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'ModelBias', 'ScheduleConfig': {'ScheduleExpression': 'cron(0 0 ? * * *)'}}}"));

        // one property of the job definition: a new definition from the described one, only RoleArn changed
        CAPTURED.clear();
        ObjectNode described = (ObjectNode) dict(BIAS_JOB_DEFINITION);
        described.put("JobDefinitionName", monitor.jobDefinitionName());
        ANSWERS.put("DescribeModelBiasJobDefinition", described.toString());
        String old = monitor.jobDefinitionName();
        Thread.sleep(2);
        monitor.updateMonitoringSchedule(u -> u.role(NEW_ROLE_ARN));
        assertThat(sent()).containsExactly("DescribeModelBiasJobDefinition", "CreateModelBiasJobDefinition",
                "UpdateMonitoringSchedule");
        assertThat(body("DescribeModelBiasJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '" + old + "'}"));
        assertThat(monitor.jobDefinitionName()).isNotEqualTo(old);
        ObjectNode expected = withNameAndTags(BIAS_JOB_DEFINITION, monitor.jobDefinitionName());
        expected.put("RoleArn", NEW_ROLE_ARN);
        assertThat(body("CreateModelBiasJobDefinition")).isEqualTo(expected);
        assertThat(body("UpdateMonitoringSchedule")).isEqualTo(dict("{'MonitoringScheduleName': 'schedule',"
                + " 'MonitoringScheduleConfig': {'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName()
                + "', 'MonitoringType': 'ModelBias'}}"));
        assertThat(monitor.role()).isEqualTo(NEW_ROLE_ARN); // Python sets self.role once the schedule moved

        // the full job definition: NEW_BIAS_JOB_DEFINITION
        CAPTURED.clear();
        Thread.sleep(2);
        Map<String, String> newEnv = new LinkedHashMap<>();
        newEnv.put("new_env_key_1", "new_env_key_1");
        newEnv.put("publish_cloudwatch_metrics", "Disabled");
        monitor.updateMonitoringSchedule(u -> u.endpointInput(EndpointInput.builder().endpointName("new-endpoint")
                        .destination("/opt/ml/processing/input/endpoint").startTimeOffset("-PT2H")
                        .endTimeOffset("-PT1H").featuresAttribute("new_features")
                        .inferenceAttribute("new_predicted_label").probabilityAttribute("new_probabilities")
                        .probabilityThresholdAttribute(0.4).build())
                .groundTruthInput("s3://bucket/monitoring_captured/groundtruth")
                .analysisConfig("s3://bucket/new/analysis_config.json").outputS3Uri("s3://bucket/new/output")
                .constraints("s3://bucket/new/analysis.json").enableCloudwatchMetrics(false).role(NEW_ROLE_ARN)
                .instanceCount(2).instanceType("ml.m4.xlarge").volumeSizeInGB(20).volumeKmsKey("new-volume-kms-key")
                .outputKmsKey("new-output-kms-key").maxRuntimeInSeconds(3600).env(newEnv)
                .networkConfig(NetworkConfig.builder().enableNetworkIsolation(false).vpcConfig(v -> v
                        .securityGroupIds("new_test_security_group_ids").subnets("new_test_subnets")).build())
                .scheduleCronExpression(CronExpressionGenerator.daily()));
        assertThat(monitor.instanceCount()).isEqualTo(2);
        assertThat(monitor.instanceType()).isEqualTo("ml.m4.xlarge");
        assertThat(monitor.maxRuntimeInSeconds()).isEqualTo(3600);
        assertThat(monitor.env()).isEqualTo(newEnv);
        assertThat(monitor.networkConfig().vpcConfig().subnets()).containsExactly("new_test_subnets");
        ObjectNode expectedNew = withNameAndTags("{'ModelBiasAppSpecification': {'ConfigUri':"
                + " 's3://bucket/new/analysis_config.json', 'ImageUri': '" + CLARIFY_IMAGE_URI + "',"
                + " 'Environment': {'new_env_key_1': 'new_env_key_1', 'publish_cloudwatch_metrics': 'Disabled'}},"
                + " 'ModelBiasJobInput': {'EndpointInput': {'EndpointName': 'new-endpoint',"
                + " 'LocalPath': '/opt/ml/processing/input/endpoint', 'S3InputMode': 'File',"
                + " 'S3DataDistributionType': 'FullyReplicated', 'StartTimeOffset': '-PT2H',"
                + " 'EndTimeOffset': '-PT1H', 'FeaturesAttribute': 'new_features',"
                + " 'InferenceAttribute': 'new_predicted_label', 'ProbabilityAttribute': 'new_probabilities',"
                + " 'ProbabilityThresholdAttribute': 0.4},"
                + " 'GroundTruthS3Input': {'S3Uri': 's3://bucket/monitoring_captured/groundtruth'}},"
                + " 'ModelBiasJobOutputConfig': {'MonitoringOutputs': [{'S3Output': {'S3Uri': 's3://bucket/new/output',"
                + " 'LocalPath': '/opt/ml/processing/output', 'S3UploadMode': 'Continuous'}}],"
                + " 'KmsKeyId': 'new-output-kms-key'},"
                + " 'JobResources': {'ClusterConfig': {'InstanceCount': 2, 'InstanceType': 'ml.m4.xlarge',"
                + " 'VolumeSizeInGB': 20, 'VolumeKmsKeyId': 'new-volume-kms-key'}}, 'RoleArn': '" + NEW_ROLE_ARN + "',"
                + " 'ModelBiasBaselineConfig': {'ConstraintsResource': {'S3Uri': 's3://bucket/new/analysis.json'}},"
                + " 'NetworkConfig': {'EnableNetworkIsolation': False, 'VpcConfig': {'SecurityGroupIds':"
                + " ['new_test_security_group_ids'], 'Subnets': ['new_test_subnets']}},"
                + " 'StoppingCondition': {'MaxRuntimeInSeconds': 3600}}", monitor.jobDefinitionName());
        assertThat(body("CreateModelBiasJobDefinition")).isEqualTo(expectedNew);
        assertThat(body("UpdateMonitoringSchedule").path("MonitoringScheduleConfig")).isEqualTo(dict(
                "{'MonitoringJobDefinitionName': '" + monitor.jobDefinitionName() + "', 'MonitoringType': 'ModelBias',"
                + " 'ScheduleConfig': {'ScheduleExpression': 'cron(0 0 ? * * *)'}}"));

        // _test_model_bias_monitor_delete_schedule
        CAPTURED.clear();
        String definition = monitor.jobDefinitionName();
        monitor.deleteMonitoringSchedule();
        assertThat(sent()).containsExactly("DeleteMonitoringSchedule", "DeleteModelBiasJobDefinition");
        assertThat(body("DeleteModelBiasJobDefinition")).isEqualTo(dict("{'JobDefinitionName': '" + definition
                + "'}"));
        assertThat(monitor.jobDefinitionName()).isNull();
    }

    @Test
    void createMonitoringSchedule_biasAnalysisConfigObject_uploadsPythonsAnalysisConfig() throws Exception {
        // test_model_bias_monitor_created_with_config: BIAS_ANALYSIS_CONFIG is uploaded, its URI is the ConfigUri
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("F1")
                .facetValuesOrThreshold(List.of(0.3)).groupName("F2").build();
        BiasAnalysisConfig config = BiasAnalysisConfig.builder().biasConfig(bias)
                .headers(List.of("F1", "F2", "F3", "Label")).label("Label").build();
        String output = tmp.resolve("bias-output").toUri().toString();
        ModelBiasMonitor monitor = modelBiasMonitor();
        monitor.createMonitoringSchedule(s -> s.endpointInput(endpointInput())
                .groundTruthInput("s3://bucket/monitoring_captured/actuals").analysisConfig(config)
                .outputS3Uri(output).monitorScheduleName("schedule")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));

        JsonNode app = body("CreateModelBiasJobDefinition").path("ModelBiasAppSpecification");
        String uri = app.path("ConfigUri").asText();
        assertThat(uri).startsWith(output.replaceAll("/+$", "") + "/" + monitor.jobDefinitionName() + "/")
                .endsWith("/analysis_config.json");
        JsonNode uploaded = SdkJson.MAPPER.readTree(Files.readString(Path.of(URI.create(uri))));
        assertThat(uploaded).isEqualTo(dict("{'label_values_or_threshold': [1], 'facet': [{'name_or_index': 'F1',"
                + " 'value_or_threshold': [0.3]}], 'group_variable': 'F2', 'headers': ['F1', 'F2', 'F3', 'Label'],"
                + " 'label': 'Label'}"));
        // no baseline: no ModelBiasBaselineConfig
        assertThat(body("CreateModelBiasJobDefinition").has("ModelBiasBaselineConfig")).isFalse();
    }

    @Test
    void createMonitoringSchedule_biasWithoutGroundTruth_isRefusedBeforeSending() {
        assertThatThrownBy(() -> modelBiasMonitor().createMonitoringSchedule(s -> s.endpointInput("endpoint")
                .analysisConfig("s3://bucket/analysis_config.json")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ground_truth_input");
        assertThatThrownBy(() -> modelBiasMonitor().createMonitoringSchedule(s -> s.groundTruthInput("s3://b/gt")
                .analysisConfig("s3://bucket/analysis_config.json")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("batch_transform_input");
        assertThatThrownBy(() -> modelBiasMonitor().createMonitoringSchedule(s -> s.groundTruthInput("s3://b/gt")
                .endpointInput("endpoint").outputS3Uri("s3://bucket/output")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("analysis_config");
        assertThat(sent()).isEmpty();
    }

    @Test
    void createMonitoringSchedule_explainabilityBatchTransform_sendsPythonsDicts() throws Exception {
        // test_model_explainability_batch_transform_monitor: EXPLAINABILITY__BATCH_TRANSFORM_JOB_DEFINITION (its
        // DatasetFormat is the service's shape, {'Csv': {'Header': False}}, not the SDK's lower-case dict)
        ModelExplainabilityMonitor monitor = modelExplainabilityMonitor();
        monitor.createMonitoringSchedule(s -> s.batchTransformInput(BatchTransformInput.builder()
                        .dataCapturedDestinationS3Uri("s3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/")
                        .destination("/opt/ml/processing/data").datasetFormat(DatasetFormat.csv(false))
                        .featuresAttribute("features").inferenceAttribute("0").build())
                .analysisConfig("s3://bucket/analysis_config.json").outputS3Uri("s3://bucket/output")
                .constraints("s3://bucket/analysis.json").monitorScheduleName("schedule")
                .scheduleCronExpression(CronExpressionGenerator.hourly()));

        assertThat(sent()).containsExactly("CreateModelExplainabilityJobDefinition", "CreateMonitoringSchedule");
        ObjectNode expected = withNameAndTags("{'ModelExplainabilityAppSpecification': " + APP_SPECIFICATION + ","
                + " 'ModelExplainabilityJobInput': {'BatchTransformInput': {'DataCapturedDestinationS3Uri':"
                + " 's3://my-bucket/batch-fraud-detection/on-schedule-monitoring/in/',"
                + " 'LocalPath': '/opt/ml/processing/data', 'S3InputMode': 'File',"
                + " 'S3DataDistributionType': 'FullyReplicated', 'FeaturesAttribute': 'features',"
                + " 'InferenceAttribute': '0', 'DatasetFormat': {'Csv': {'Header': False}}}},"
                + " 'ModelExplainabilityJobOutputConfig': " + JOB_OUTPUT_CONFIG + ", 'JobResources': " + JOB_RESOURCES
                + ", 'RoleArn': '" + ROLE_ARN + "', 'ModelExplainabilityBaselineConfig': {'ConstraintsResource':"
                + " {'S3Uri': 's3://bucket/analysis.json'}}, 'NetworkConfig': " + NETWORK_CONFIG + ","
                + " 'StoppingCondition': {'MaxRuntimeInSeconds': 2700}}", monitor.jobDefinitionName());
        assertThat(body("CreateModelExplainabilityJobDefinition")).isEqualTo(expected);
        assertThat(body("CreateMonitoringSchedule").path("MonitoringScheduleConfig").path("MonitoringType").asText())
                .isEqualTo("ModelExplainability");

        // nothing to update is refused (Python: ValueError "Nothing to update.")
        assertThatThrownBy(() -> monitor.updateMonitoringSchedule(u -> { }))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void explainabilityAnalysisConfig_shapAndModel_isPythonsDict() throws Exception {
        // test_explainability_analysis_config: EXPLAINABILITY_ANALYSIS_CONFIG_WITH_LABEL_HEADERS
        SHAPConfig shap = SHAPConfig.builder().baseline(List.of(List.of(0.26124998927116394, 0.2824999988079071,
                0.06875000149011612))).numSamples(100).aggMethod("mean_sq").useLogit(true).build();
        ModelConfig model = ModelConfig.builder().modelName("xgboost-model").instanceType("ml.m5.xlarge")
                .instanceCount(1).contentType("application/jsonlines").acceptType("text/csv")
                .contentTemplate("{\"instances\":$features}").build();
        ExplainabilityAnalysisConfig config = ExplainabilityAnalysisConfig.builder().explainabilityConfig(shap)
                .modelConfig(model).headers(List.of("F1", "F2", "F3")).labelHeaders(List.of("Decision")).build();
        ObjectNode expected = (ObjectNode) dict("{'headers': ['F1', 'F2', 'F3'], 'methods': {'shap': {"
                + "'baseline': [[0.26124998927116394, 0.2824999988079071, 0.06875000149011612]],"
                + " 'num_samples': 100, 'agg_method': 'mean_sq', 'use_logit': True, 'save_local_shap_values': True}},"
                + " 'predictor': {'model_name': 'xgboost-model', 'instance_type': 'ml.m5.xlarge',"
                + " 'initial_instance_count': 1, 'accept_type': 'text/csv', 'content_type': 'application/jsonlines',"
                + " 'label_headers': ['Decision']}}");
        ((ObjectNode) expected.path("predictor")).put("content_template", "{\"instances\":$features}");
        assertThat(config.analysisConfig()).isEqualTo(expected);
    }

    @Test
    void attach_modelBiasSchedule_takesTheJobDefinitionsSettings() throws Exception {
        // _test_clarify_model_monitor_created_by_attach
        ANSWERS.put("DescribeMonitoringSchedule", "{\"MonitoringScheduleName\": \"schedule\","
                + " \"MonitoringScheduleArn\": \"arn:aws:sagemaker:us-west-2:012345678901:monitoring-schedule/schedule\","
                + " \"MonitoringScheduleConfig\": {\"MonitoringJobDefinitionName\": \"job-definition\","
                + " \"MonitoringType\": \"ModelBias\"}}");
        ObjectNode definition = (ObjectNode) dict(BIAS_JOB_DEFINITION);
        definition.put("JobDefinitionName", "job-definition");
        ANSWERS.put("DescribeModelBiasJobDefinition", definition.toString());

        ModelMonitor attached = ModelMonitor.attach("schedule", client);

        assertThat(attached).isInstanceOf(ModelBiasMonitor.class);
        ModelBiasMonitor monitor = (ModelBiasMonitor) attached;
        assertThat(monitor.monitoringScheduleName()).isEqualTo("schedule");
        assertThat(monitor.jobDefinitionName()).isEqualTo("job-definition");
        assertThat(monitor.role()).isEqualTo(ROLE_ARN);
        assertThat(monitor.imageUri()).isEqualTo(CLARIFY_IMAGE_URI);
        assertThat(monitor.env()).isEqualTo(environment());
        assertThat(monitor.networkConfig()).isEqualTo(networkConfig());
        assertThatThrownBy(() -> ModelExplainabilityMonitor.attach("schedule", client))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ModelBias");
    }
}
