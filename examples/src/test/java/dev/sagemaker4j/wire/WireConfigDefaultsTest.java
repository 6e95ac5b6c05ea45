/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.wire.RecordingClients.Captured;
import dev.sagemaker4j.wire.RecordingClients.Recorder;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * The configuration file's defaults on the wire: a session built with a SageMaker Python SDK config file sends
 * what the Python SDK v2.257.6 sends with the same file, field by field. The configurations are those of its
 * {@code tests/unit/__init__.py} ({@code SAGEMAKER_CONFIG_TRAINING_JOB}, {@code SAGEMAKER_CONFIG_MODEL},
 * {@code SAGEMAKER_CONFIG_ENDPOINT_CONFIG}) and the expectations those of {@code tests/unit/test_session.py}
 * ({@code test_train_with_sagemaker_config_injection},
 * {@code test_create_model_with_sagemaker_config_injection_with_primary_container},
 * {@code test_create_endpoint_config_with_sagemaker_config_injection}). The same defaults reach the local
 * backend, which records them in its Describe responses.
 */
class WireConfigDefaultsTest {
    static final String CONFIG_ROLE = "arn:aws:iam::111111111111:role/ConfigRole";
    static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    static final String MODEL_DATA = "s3://wire-config/echo/model.tar.gz";
    static final String CONFIG = """
            SchemaVersion: '1.0'
            SageMaker:
              PythonSDK:
                Modules:
                  Estimator:
                    DebugHookConfig: false
              TrainingJob:
                EnableInterContainerTrafficEncryption: true
                EnableNetworkIsolation: true
                Environment: {configEnvVar1: value1, configEnvVar2: value2}
                OutputDataConfig: {KmsKeyId: TestKms}
                ResourceConfig: {VolumeKmsKeyId: volumekey}
                ProfilerConfig: {DisableProfiler: false}
                RoleArn: arn:aws:iam::111111111111:role/ConfigRole
                VpcConfig: {Subnets: [subnets-123], SecurityGroupIds: [sg-123]}
                Tags: [{Key: some-tag, Value: value-for-tag}]
              Model:
                EnableNetworkIsolation: true
                ExecutionRoleArn: arn:aws:iam::111111111111:role/ConfigRole
                VpcConfig: {Subnets: [subnets-123], SecurityGroupIds: [sg-123]}
                Tags: [{Key: some-tag, Value: value-for-tag}]
              EndpointConfig:
                AsyncInferenceConfig: {OutputConfig: {KmsKeyId: testOutputKmsKeyId}}
                DataCaptureConfig: {KmsKeyId: testDataCaptureKmsKeyId}
                KmsKeyId: ConfigKmsKeyId
                ProductionVariants:
                  - CoreDumpConfig: {KmsKeyId: testCoreKmsKeyId}
                Tags: [{Key: some-tag, Value: value-for-tag}]
            """;
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;
    static Session local;
    static final List<Captured> CAPTURED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = Session.builder().backend("local").root(tmp.resolve("server")).sagemakerConfig(
                SageMakerConfig.empty()).build();
        api = LocalApiServer.start(server, 0);
        Path configFile = Files.writeString(tmp.resolve("config.yaml"), CONFIG);
        URI uri = URI.create(api.url());
        Recorder recorder = new Recorder(CAPTURED);
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        SageMakerRuntimeClient rt = SageMakerRuntimeClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build();
        SageMakerFeatureStoreRuntimeClient fs = SageMakerFeatureStoreRuntimeClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build();
        S3Client s3 = S3Client.builder().region(Region.US_EAST_1).credentialsProvider(RecordingClients.CREDENTIALS)
                .endpointOverride(URI.create("http://127.0.0.1:1")).build();
        client = Session.builder().backend("sagemaker").sageMakerClient(sm).runtimeClient(rt)
                .featureStoreRuntimeClient(fs).s3Client(s3).sagemakerConfig(configFile).build();
        local = Session.builder().backend("local").root(tmp.resolve("local")).sagemakerConfig(configFile).build();
        Path archive = tmp.resolve("server/s3/wire-config/echo/model.tar.gz");
        Files.createDirectories(archive.getParent());
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(archive))) {
            gz.write(new byte[1024]);
        }
    }

    @AfterAll
    static void stop() {
        client.close();
        local.close();
        api.close();
        server.close();
    }

    static JsonNode body(String target) throws Exception {
        Captured c = CAPTURED.stream().filter(r -> target.equals(r.target())).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no " + target + " request was sent"));
        return SdkJson.MAPPER.readTree(c.body());
    }

    static JsonNode json(String text) throws Exception {
        return SdkJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    static Estimator estimator(Session session) {
        // no role: test_train_with_sagemaker_config_injection takes the role from the configuration
        return Estimator.builder().imageUri(IMAGE).session(session).instanceCount(1).instanceType("ml.c4.xlarge")
                .outputPath("s3://wire-config/output").hyperparameter("num_round", 1)
                .tags(Map.of("caller-tag", "caller-value")).build();
    }

    @Test
    void fit_withConfigFile_sendsTheConfiguredDefaultsAsPythonDoes() throws Exception {
        TrainingJob job = estimator(client).fit("s3://wire-config/train", f -> f.wait(false));

        JsonNode sent = body("SageMaker.CreateTrainingJob");
        assertThat(sent.get("TrainingJobName").asText()).isEqualTo(job.name());
        assertThat(sent.get("RoleArn").asText()).isEqualTo(CONFIG_ROLE);
        assertThat(sent.get("VpcConfig")).isEqualTo(json("{'SecurityGroupIds':['sg-123'],'Subnets':['subnets-123']}"));
        assertThat(sent.get("EnableNetworkIsolation").asBoolean()).isTrue();
        assertThat(sent.get("EnableInterContainerTrafficEncryption").asBoolean()).isTrue();
        assertThat(sent.get("Environment")).isEqualTo(json("{'configEnvVar1':'value1','configEnvVar2':'value2'}"));
        assertThat(sent.get("ProfilerConfig")).isEqualTo(json("{'DisableProfiler':false}"));
        assertThat(sent.get("OutputDataConfig")).isEqualTo(json("{'S3OutputPath':'s3://wire-config/output',"
                + "'KmsKeyId':'TestKms'}"));
        assertThat(sent.get("ResourceConfig")).isEqualTo(json("{'InstanceCount':1,'InstanceType':'ml.c4.xlarge',"
                + "'VolumeSizeInGB':30,'VolumeKmsKeyId':'volumekey'}"));
        // _append_sagemaker_config_tags: the caller's tags, then the configured ones
        assertThat(sent.get("Tags")).isEqualTo(json("[{'Key':'caller-tag','Value':'caller-value'},"
                + "{'Key':'some-tag','Value':'value-for-tag'}]"));
    }

    @Test
    void fit_callerValues_winOverTheConfigFile() throws Exception {
        Estimator e = Estimator.builder().imageUri(IMAGE).session(client).instanceCount(1).instanceType("local")
                .role("arn:aws:iam::222222222222:role/Mine").subnets(List.of("subnet-0a1b2c3d"))
                .securityGroupIds(List.of("sg-0a1b2c3d")).outputKmsKey("alias/my-key")
                .environment(Map.of("mine", "1"))
                .outputPath("s3://wire-config/output").hyperparameter("num_round", 1).build();

        e.fit("s3://wire-config/train", f -> f.wait(false));

        JsonNode sent = body("SageMaker.CreateTrainingJob");
        assertThat(sent.get("RoleArn").asText()).isEqualTo("arn:aws:iam::222222222222:role/Mine");
        assertThat(sent.get("VpcConfig")).isEqualTo(json("{'SecurityGroupIds':['sg-0a1b2c3d'],'Subnets':['subnet-0a1b2c3d']}"));
        assertThat(sent.get("OutputDataConfig").get("KmsKeyId").asText()).isEqualTo("alias/my-key");
        assertThat(sent.get("Environment")).isEqualTo(json("{'mine':'1'}"));
        // test_train_with_sagemaker_config_injection_no_kms_support: no volume key on an instance without EBS
        assertThat(sent.get("ResourceConfig").has("VolumeKmsKeyId")).isFalse();
    }

    @Test
    void deploy_withConfigFile_modelAndEndpointConfigGetTheDefaults() throws Exception {
        Model model = Model.builder().entryPoint(WireHostingRequestsTest.Echo.class).modelData(MODEL_DATA)
                .session(client).build();

        Predictor<?> predictor = model.deploy(1, "ml.c4.4xlarge");

        JsonNode createModel = body("SageMaker.CreateModel");
        assertThat(createModel.get("ExecutionRoleArn").asText()).isEqualTo(CONFIG_ROLE);
        assertThat(createModel.get("VpcConfig")).isEqualTo(json("{'SecurityGroupIds':['sg-123'],"
                + "'Subnets':['subnets-123']}"));
        assertThat(createModel.get("EnableNetworkIsolation").asBoolean()).isTrue();
        assertThat(createModel.get("Tags")).isEqualTo(json("[{'Key':'some-tag','Value':'value-for-tag'}]"));
        JsonNode endpointConfig = body("SageMaker.CreateEndpointConfig");
        assertThat(endpointConfig.get("KmsKeyId").asText()).isEqualTo("ConfigKmsKeyId");
        assertThat(endpointConfig.get("Tags")).isEqualTo(json("[{'Key':'some-tag','Value':'value-for-tag'}]"));
        // no data capture, async inference or core dump config of the caller's: nothing to complete
        assertThat(endpointConfig.has("DataCaptureConfig")).isFalse();
        assertThat(endpointConfig.has("AsyncInferenceConfig")).isFalse();
        assertThat(endpointConfig.get("ProductionVariants").get(0).has("CoreDumpConfig")).isFalse();
        predictor.deleteEndpoint();
    }

    @Test
    void localBackend_withConfigFile_recordsTheDefaultsInDescribe() {
        TrainingJob job = estimator(local).fit("s3://wire-config/train", f -> f.wait(false));
        DescribeTrainingJobResponse described = local.api(TrainingJobsApi.CAPABILITY)
                .describeTrainingJob(DescribeTrainingJobRequest.builder().trainingJobName(job.name()).build());

        assertThat(described.roleArn()).isEqualTo(CONFIG_ROLE);
        assertThat(described.vpcConfig()).isEqualTo(VpcConfig.builder().subnets("subnets-123")
                .securityGroupIds("sg-123").build());
        assertThat(described.enableNetworkIsolation()).isTrue();
        assertThat(described.outputDataConfig().kmsKeyId()).isEqualTo("TestKms");

        String modelName = Model.builder().entryPoint(WireHostingRequestsTest.Echo.class).modelData(MODEL_DATA)
                .session(local).build().create(c -> { });
        DescribeModelResponse model = local.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder()
                .modelName(modelName).build());
        assertThat(model.executionRoleArn()).isEqualTo(CONFIG_ROLE);
        assertThat(model.enableNetworkIsolation()).isTrue();
    }
}
