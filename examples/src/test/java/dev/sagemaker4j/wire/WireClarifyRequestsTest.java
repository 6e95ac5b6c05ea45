/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.ModelPredictedLabelConfig;
import dev.sagemaker4j.clarify.SageMakerClarifyProcessor;
import dev.sagemaker4j.local.SdkJson;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * What {@code SageMakerClarifyProcessor} sends, against Python v2.257.6's {@code tests/unit/test_clarify.py}:
 * the analysis config of {@code test_pre_training_bias} and {@code test_post_training_bias} (their fixtures
 * {@code data_config}, {@code data_bias_config}, {@code model_config}, {@code model_predicted_label_config}), its
 * upload to {@code <s3_output_path>/analysis_config.json} ({@code test_run_on_s3_analysis_config_file}), and the
 * CreateProcessingJob request {@code _run} builds (inputs {@code dataset} and {@code analysis_config}, output
 * {@code analysis_result}).
 */
class WireClarifyRequestsTest {
    static final String ROLE = "arn:aws:iam::012345678901:role/SageMakerRole";
    static final String IMAGE = "205585389593.dkr.ecr.us-east-1.amazonaws.com/sagemaker-clarify-processing:1.0";

    static HttpServer stub;
    static Session client;
    static final List<RecordingClients.Captured> CAPTURED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        stub = RecordingClients.answeringStub(Map.of());
        URI uri = URI.create("http://127.0.0.1:" + stub.getAddress().getPort());
        RecordingClients.Recorder recorder = new RecordingClients.Recorder(CAPTURED);
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        SageMakerRuntimeClient rt = SageMakerRuntimeClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build();
        SageMakerFeatureStoreRuntimeClient fs = SageMakerFeatureStoreRuntimeClient.builder()
                .region(Region.US_EAST_1).credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri)
                .build();
        S3Client s3 = S3Client.builder().region(Region.US_EAST_1).credentialsProvider(RecordingClients.CREDENTIALS)
                .endpointOverride(uri).forcePathStyle(true)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        client = Session.sagemaker(sm, rt, fs, s3);
    }

    @AfterAll
    static void stop() {
        client.close();
        stub.stop(0);
    }

    static JsonNode dict(String python) throws Exception {
        return SdkJson.MAPPER.readTree(python.replace('\'', '"').replace("True", "true").replace("False", "false"));
    }

    static DataConfig dataConfig() {
        return DataConfig.builder().s3DataInputPath("s3://input/train.csv")
                .s3OutputPath("s3://output/analysis_test_result").label("Label")
                .headers(List.of("Label", "F1", "F2", "F3", "F4")).datasetType("text/csv").joinsource("F4").build();
    }

    static BiasConfig dataBiasConfig() {
        return BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("F1").groupName("F2").build();
    }

    static SageMakerClarifyProcessor processor() {
        return SageMakerClarifyProcessor.builder().role(ROLE).instanceCount(1)
                .instanceType("ml.c5.xlarge").session(client).build();
    }

    static RecordingClients.Captured last(String suffix) {
        return CAPTURED.stream().filter(r -> r.target() != null && r.target().endsWith(suffix))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void runPreTrainingBias_testPreTrainingBias_sendsWhatPythonSends() throws Exception {
        SageMakerClarifyProcessor clarify = processor();
        clarify.runPreTrainingBias(dataConfig(), dataBiasConfig(), o -> o.wait(false).logs(false).jobName("test")
                .experimentConfig(Map.of("ExperimentName", "AnExperiment")));

        assertThat(clarify.lastAnalysisConfig()).isEqualTo(dict("{'dataset_type': 'text/csv', 'headers': ['Label',"
                + " 'F1', 'F2', 'F3', 'F4'], 'joinsource_name_or_index': 'F4', 'label': 'Label',"
                + " 'label_values_or_threshold': [1], 'facet': [{'name_or_index': 'F1'}], 'group_variable': 'F2',"
                + " 'methods': {'report': {'name': 'report', 'title': 'Analysis Report'}, 'pre_training_bias':"
                + " {'methods': 'all'}}}"));
        RecordingClients.Captured put = CAPTURED.stream().filter(r -> "PUT".equals(r.method()))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(put.path()).isEqualTo("/output/analysis_test_result/analysis_config.json");
        JsonNode body = SdkJson.MAPPER.readTree(last(".CreateProcessingJob").body());
        assertThat(body.path("ProcessingJobName").asText()).isEqualTo("test");
        assertThat(body.path("AppSpecification")).isEqualTo(dict("{'ImageUri': '" + IMAGE + "'}"));
        // the fixture's expand_role answer
        assertThat(body.path("RoleArn").asText()).isEqualTo(ROLE);
        assertThat(body.path("ExperimentConfig")).isEqualTo(dict("{'ExperimentName': 'AnExperiment'}"));
        assertThat(body.path("ProcessingInputs")).isEqualTo(dict("[{'InputName': 'dataset', 'AppManaged': False,"
                + " 'S3Input': {'S3Uri': 's3://input/train.csv', 'LocalPath': '/opt/ml/processing/input/data',"
                + " 'S3DataType': 'S3Prefix', 'S3InputMode': 'File', 'S3DataDistributionType': 'FullyReplicated',"
                + " 'S3CompressionType': 'None'}}, {'InputName': 'analysis_config', 'AppManaged': False, 'S3Input':"
                + " {'S3Uri': 's3://output/analysis_test_result/analysis_config.json', 'LocalPath':"
                + " '/opt/ml/processing/input/config', 'S3DataType': 'S3Prefix', 'S3InputMode': 'File',"
                + " 'S3DataDistributionType': 'FullyReplicated', 'S3CompressionType': 'None'}}]"));
        assertThat(body.path("ProcessingOutputConfig")).isEqualTo(dict("{'Outputs': [{'OutputName':"
                + " 'analysis_result', 'AppManaged': False, 'S3Output': {'S3Uri':"
                + " 's3://output/analysis_test_result', 'LocalPath': '/opt/ml/processing/output', 'S3UploadMode':"
                + " 'EndOfJob'}}]}"));
        assertThat(body.path("ProcessingResources")).isEqualTo(dict("{'ClusterConfig': {'InstanceCount': 1,"
                + " 'InstanceType': 'ml.c5.xlarge', 'VolumeSizeInGB': 30}}"));
    }

    @Test
    void runPostTrainingBias_testPostTrainingBias_sendsWhatPythonSends() throws Exception {
        SageMakerClarifyProcessor clarify = SageMakerClarifyProcessor.builder().role(ROLE)
                .instanceCount(1).instanceType("ml.c5.xlarge").session(client).jobNamePrefix("my-prefix").build();
        ModelConfig model = ModelConfig.builder().modelName("xgboost-model").instanceType("ml.c5.xlarge")
                .instanceCount(1).build();
        clarify.runPostTrainingBias(dataConfig(), dataBiasConfig(), o -> o.modelConfig(model)
                .modelPredictedLabelConfig(ModelPredictedLabelConfig.builder().build()).wait(false).logs(false));

        assertThat(clarify.lastAnalysisConfig()).isEqualTo(dict("{'dataset_type': 'text/csv', 'headers': ['Label',"
                + " 'F1', 'F2', 'F3', 'F4'], 'label': 'Label', 'label_values_or_threshold': [1],"
                + " 'joinsource_name_or_index': 'F4', 'facet': [{'name_or_index': 'F1'}], 'group_variable': 'F2',"
                + " 'methods': {'report': {'name': 'report', 'title': 'Analysis Report'}, 'post_training_bias':"
                + " {'methods': 'all'}}, 'predictor': {'model_name': 'xgboost-model', 'instance_type':"
                + " 'ml.c5.xlarge', 'initial_instance_count': 1}}"));
        JsonNode body = SdkJson.MAPPER.readTree(last(".CreateProcessingJob").body());
        // name_from_base(job_name_prefix)
        assertThat(body.path("ProcessingJobName").asText()).startsWith("my-prefix-");
    }
}
