/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.ServiceApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.services.sagemaker.model.AthenaDatasetDefinition;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

/**
 * The request decorator: each rule of the Python SDK's {@code Session} for its {@code sagemaker_config}, with
 * the Python SDK's sample configuration (tests/data/config/config.yaml of v2.257.6).
 */
class ConfigDefaultsTest {
    static final String ROLE = "arn:aws:iam::555555555555:role/IMRole";

    static SageMakerConfig sample() throws Exception {
        try (InputStream in = ConfigDefaultsTest.class.getResourceAsStream(
                "/dev/sagemaker4j/config/python-sdk-config.yaml")) {
            return SageMakerConfig.fromYaml(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static ConfigDefaults yaml(String sageMakerSection) {
        return ConfigDefaults.of(SageMakerConfig.fromYaml("SchemaVersion: '1.0'\nSageMaker:\n" + sageMakerSection));
    }

    @Test
    void apply_emptyTrainingJob_takesEveryTrainingJobDefault() throws Exception {
        CreateTrainingJobRequest request = CreateTrainingJobRequest.builder().trainingJobName("j")
                .resourceConfig(r -> r.instanceType("ml.m5.xlarge").instanceCount(1).volumeSizeInGB(30)).build();

        CreateTrainingJobRequest filled = ConfigDefaults.of(sample()).apply(request);

        assertThat(filled.trainingJobName()).isEqualTo("j");
        assertThat(filled.roleArn()).isEqualTo(ROLE);
        assertThat(filled.enableNetworkIsolation()).isTrue();
        assertThat(filled.environment()).containsExactly(Map.entry("var1", "value1"), Map.entry("var2", "value2"));
        assertThat(filled.outputDataConfig().kmsKeyId()).isEqualTo("kmskeyid1");
        assertThat(filled.resourceConfig().volumeKmsKeyId()).isEqualTo("volumekmskeyid1");
        assertThat(filled.resourceConfig().instanceTypeAsString()).isEqualTo("ml.m5.xlarge");
        assertThat(filled.profilerConfig().disableProfiler()).isFalse();
        assertThat(filled.vpcConfig()).isEqualTo(VpcConfig.builder().securityGroupIds("sg123").subnets("subnet-1234")
                .build());
    }

    @Test
    void apply_callerValues_alwaysWin() {
        ConfigDefaults defaults = yaml("  TrainingJob:\n    RoleArn: arn:aws:iam::111122223333:role/Config\n"
                + "    EnableNetworkIsolation: true\n    Environment: {A: config, B: config}\n"
                + "    VpcConfig: {Subnets: [subnet-config], SecurityGroupIds: [sg-config]}\n"
                + "    Tags: [{Key: team, Value: config}, {Key: cost, Value: config}]\n");
        CreateTrainingJobRequest request = CreateTrainingJobRequest.builder()
                .roleArn("arn:aws:iam::111122223333:role/Caller").enableNetworkIsolation(false)
                .environment(Map.of("A", "caller")).vpcConfig(v -> v.subnets("subnet-caller"))
                .tags(Tag.builder().key("team").value("caller").build()).build();

        CreateTrainingJobRequest filled = defaults.apply(request);

        assertThat(filled.roleArn()).isEqualTo("arn:aws:iam::111122223333:role/Caller");
        assertThat(filled.enableNetworkIsolation()).isFalse();
        // resolve_value_from_config: the caller's environment, not a mix
        assertThat(filled.environment()).isEqualTo(Map.of("A", "caller"));
        // update_nested_dictionary_with_values_from_config: the caller's subnets, the configured groups
        assertThat(filled.vpcConfig()).isEqualTo(VpcConfig.builder().subnets("subnet-caller")
                .securityGroupIds("sg-config").build());
        // _append_sagemaker_config_tags: the caller's tag keeps its key, the others are appended after it
        assertThat(filled.tags()).containsExactly(Tag.builder().key("team").value("caller").build(),
                Tag.builder().key("cost").value("config").build());
    }

    @Test
    void apply_nothingToFill_returnsTheSameRequest() {
        ConfigDefaults defaults = yaml("  TrainingJob:\n    RoleArn: arn:aws:iam::111122223333:role/Config\n");
        CreateTrainingJobRequest request = CreateTrainingJobRequest.builder()
                .roleArn("arn:aws:iam::111122223333:role/Caller").build();
        DescribeTrainingJobRequest describe = DescribeTrainingJobRequest.builder().trainingJobName("j").build();

        assertThat(defaults.apply(request)).isSameAs(request);
        assertThat(defaults.apply(describe)).isSameAs(describe);
        assertThat(ConfigDefaults.of(SageMakerConfig.empty()).apply(CreateTrainingJobRequest.builder().build()))
                .isEqualTo(CreateTrainingJobRequest.builder().build());
    }

    @Test
    void apply_instanceWithoutEbsVolume_dropsTheConfiguredVolumeKey() {
        ConfigDefaults defaults = yaml("  TrainingJob:\n    ResourceConfig: {VolumeKmsKeyId: volume-key}\n"
                + "  EndpointConfig:\n    KmsKeyId: endpoint-key\n");

        assertThat(defaults.apply(CreateTrainingJobRequest.builder().resourceConfig(r -> r.instanceType("local"))
                .build()).resourceConfig().volumeKmsKeyId()).isNull();
        assertThat(defaults.apply(CreateTrainingJobRequest.builder().resourceConfig(r -> r.instanceType(
                "ml.p4d.24xlarge")).build()).resourceConfig().volumeKmsKeyId()).isNull();
        assertThat(defaults.apply(CreateTrainingJobRequest.builder().resourceConfig(r -> r.instanceType(
                "ml.c4.xlarge")).build()).resourceConfig().volumeKmsKeyId()).isEqualTo("volume-key");
        assertThat(defaults.apply(CreateEndpointConfigRequest.builder().productionVariants(ProductionVariant.builder()
                .instanceType("ml.g5.xlarge").build()).build()).kmsKeyId()).isNull();
        assertThat(defaults.apply(CreateEndpointConfigRequest.builder().productionVariants(ProductionVariant.builder()
                .instanceType("ml.m5.xlarge").build()).build()).kmsKeyId()).isEqualTo("endpoint-key");
        assertThat(ConfigDefaults.supportsKms("ml.trn1.2xlarge")).isFalse();
        assertThat(ConfigDefaults.supportsKms("ml.m5.large")).isTrue();
    }

    @Test
    void apply_endpointConfig_completesOnlyWhatTheCallerHas() throws Exception {
        ConfigDefaults defaults = ConfigDefaults.of(sample());
        ProductionVariant plain = ProductionVariant.builder().variantName("A").instanceType("ml.m5.xlarge").build();
        ProductionVariant dumping = ProductionVariant.builder().variantName("B").instanceType("ml.m5.xlarge")
                .coreDumpConfig(c -> c.destinationS3Uri("s3://b/dumps")).build();

        CreateEndpointConfigRequest bare = defaults.apply(CreateEndpointConfigRequest.builder().productionVariants(plain)
                .build());
        CreateEndpointConfigRequest capturing = defaults.apply(CreateEndpointConfigRequest.builder()
                .productionVariants(dumping).dataCaptureConfig(d -> d.destinationS3Uri("s3://b/capture")).build());

        assertThat(bare.kmsKeyId()).isEqualTo("kmskeyid3");
        assertThat(bare.productionVariants()).containsExactly(plain);
        assertThat(bare.dataCaptureConfig()).isNull();
        assertThat(bare.asyncInferenceConfig()).isNull();
        assertThat(capturing.productionVariants().get(0).coreDumpConfig().kmsKeyId()).isEqualTo("kmskeyid4");
        assertThat(capturing.dataCaptureConfig().kmsKeyId()).isEqualTo("kmskeyid2");
        assertThat(capturing.dataCaptureConfig().destinationS3Uri()).isEqualTo("s3://b/capture");
    }

    @Test
    void apply_modelContainersAndProcessingInputs_mergeItemByItem() throws Exception {
        ConfigDefaults defaults = ConfigDefaults.of(sample());

        CreateModelRequest model = defaults.apply(CreateModelRequest.builder().modelName("m")
                .containers(ContainerDefinition.builder().image("i").environment(Map.of("var1", "mine")).build(),
                        ContainerDefinition.builder().image("j").build()).build());
        CreateModelRequest primary = defaults.apply(CreateModelRequest.builder().modelName("m")
                .primaryContainer(c -> c.image("i")).build());
        CreateProcessingJobRequest processing = defaults.apply(CreateProcessingJobRequest.builder()
                .processingInputs(ProcessingInput.builder().inputName("s3").s3Input(s -> s.s3Uri("s3://b/in")).build(),
                        ProcessingInput.builder().inputName("athena").datasetDefinition(d -> d.athenaDatasetDefinition(
                                AthenaDatasetDefinition.builder().catalog("c").build())).build()).build());

        assertThat(model.executionRoleArn()).isEqualTo(ROLE);
        assertThat(model.enableNetworkIsolation()).isTrue();
        assertThat(model.containers().get(0).environment()).isEqualTo(Map.of("var1", "mine", "var2", "value2"));
        assertThat(model.containers().get(1).environment()).isEmpty();
        assertThat(primary.primaryContainer().environment()).isEqualTo(Map.of("var1", "value1", "var2", "value2"));
        // only the first item has a configured counterpart, and it has no dataset definition to complete
        assertThat(processing.processingInputs().get(0).datasetDefinition()).isNull();
        assertThat(processing.processingInputs().get(1).datasetDefinition().athenaDatasetDefinition().kmsKeyId())
                .isNull();
        assertThat(processing.roleArn()).isEqualTo(ROLE);
        assertThat(processing.networkConfig().enableNetworkIsolation()).isTrue();
        assertThat(processing.processingOutputConfig().kmsKeyId()).isEqualTo("kmskeyid3");
    }

    @Test
    void apply_transformFeatureGroupAndTuning_followPythonsRules() throws Exception {
        ConfigDefaults defaults = ConfigDefaults.of(sample());

        CreateTransformJobRequest transform = defaults.apply(CreateTransformJobRequest.builder()
                .transformOutput(o -> o.s3OutputPath("s3://b/out")).environment(Map.of("mine", "1")).build());
        CreateFeatureGroupRequest onlineOnly = defaults.apply(CreateFeatureGroupRequest.builder()
                .onlineStoreConfig(o -> o.enableOnlineStore(true)).build());
        CreateHyperParameterTuningJobRequest tuning = yaml("  TrainingJob:\n"
                + "    RoleArn: arn:aws:iam::111122223333:role/Config\n    Tags: [{Key: team, Value: ml}]\n")
                .apply(CreateHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName("t").build());

        assertThat(transform.transformOutput().kmsKeyId()).isEqualTo("kmskeyid2");
        assertThat(transform.transformOutput().s3OutputPath()).isEqualTo("s3://b/out");
        assertThat(transform.transformResources().volumeKmsKeyId()).isEqualTo("volumekmskeyid1");
        assertThat(transform.dataCaptureConfig()).isNull();
        assertThat(transform.environment()).isEqualTo(Map.of("mine", "1"));
        assertThat(onlineOnly.roleArn()).isEqualTo(ROLE);
        assertThat(onlineOnly.onlineStoreConfig().securityConfig().kmsKeyId()).isEqualTo("kmskeyid1");
        assertThat(onlineOnly.offlineStoreConfig()).isNull();
        assertThat(tuning.tags()).containsExactly(Tag.builder().key("team").value("ml").build());
        assertThat(tuning.trainingJobDefinition()).isNull();
    }

    @Test
    void entities_everySchemaPathOfAMappedEntity_isAFieldOfItsRequest() throws Exception {
        List<String> missing = new ArrayList<>();
        JsonNode entities = schema().path("properties").path("SageMaker").path("properties");
        for (Class<?> type : List.of(CreateTrainingJobRequest.class, CreateModelRequest.class,
                CreateEndpointConfigRequest.class, CreateTransformJobRequest.class, CreateProcessingJobRequest.class,
                CreateFeatureGroupRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreatePipelineRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreateMonitoringScheduleRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreateCompilationJobRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreateEdgePackagingJobRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobRequest.class,
                software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobV2Request.class)) {
            String entity = ConfigDefaults.entityOf(type).orElseThrow();
            assertThat(entities.has(entity)).as(entity).isTrue();
            SdkPojo builder = (SdkPojo) type.getMethod("builder").invoke(null);
            checkFields(builder.sdkFields(), entities.get(entity), entity, missing);
        }
        assertThat(missing).isEmpty();
    }

    private static void checkFields(List<SdkField<?>> fields, JsonNode schema, String path, List<String> missing) {
        JsonNode resolved = resolve(schema);
        for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
            SdkField<?> field = fields.stream().filter(f -> f.memberName().equals(property.getKey())).findFirst()
                    .orElse(null);
            if (field == null) {
                missing.add(path + "." + property.getKey());
                continue;
            }
            JsonNode child = resolve(property.getValue());
            if (field.marshallingType() == MarshallingType.SDK_POJO) {
                checkFields(field.constructor().get().sdkFields(), child, path + "." + property.getKey(), missing);
            } else if (field.marshallingType() == MarshallingType.LIST) {
                SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
                if (member.marshallingType() == MarshallingType.SDK_POJO) {
                    checkFields(member.constructor().get().sdkFields(), resolve(child.path("items")),
                            path + "." + property.getKey() + "[]", missing);
                }
            }
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode node = schema;
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = definitions().path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return node;
    }

    private static JsonNode definitions() {
        return schema().path("definitions");
    }

    private static JsonNode schema() {
        try (InputStream in = ConfigDefaultsTest.class.getResourceAsStream(
                "/dev/sagemaker4j/config/config-schema-2.257.6.json")) {
            return new ObjectMapper().readTree(in).path("schema");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void decorate_serviceApi_passesTheCompletedRequestToTheBackend() {
        List<CreateTrainingJobRequest> received = new ArrayList<>();
        TrainingJobsApi backend = new TrainingJobsApi() {
            @Override
            public String backendName() {
                return "test";
            }

            @Override
            public CreateTrainingJobResponse createTrainingJob(CreateTrainingJobRequest request) {
                received.add(request);
                return CreateTrainingJobResponse.builder().trainingJobArn("arn").build();
            }
        };
        ConfigDefaults defaults = yaml("  TrainingJob:\n    RoleArn: arn:aws:iam::111122223333:role/Config\n");

        TrainingJobsApi decorated = defaults.decorate(TrainingJobsApi.CAPABILITY, backend);
        decorated.createTrainingJob(CreateTrainingJobRequest.builder().trainingJobName("j").build());

        assertThat(received).singleElement().satisfies(r -> assertThat(r.roleArn())
                .isEqualTo("arn:aws:iam::111122223333:role/Config"));
        assertThat(decorated.backendName()).isEqualTo("test");
        assertThat(ConfigDefaults.of(SageMakerConfig.empty()).decorate(TrainingJobsApi.CAPABILITY, backend))
                .isSameAs(backend);
        Capability<Runnable> notAnApi = Capability.optional(Runnable.class);
        Runnable task = () -> { };
        assertThat(defaults.decorate(notAnApi, task)).isSameAs(task);
        assertThat(ServiceApi.class.isAssignableFrom(TrainingJobsApi.class)).isTrue();
    }
}
