/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.enums.EndpointType;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.spi.HostingApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

class ModelDeployOptionsTest {
    @TempDir
    static Path tmp;
    static Session session;

    /** Answers with what it was sent, upper-cased. */
    public static final class Upper implements InferenceHandler<String, String, String> {
        @Override
        public String modelFn(Path modelDir) {
            return "upper";
        }

        @Override
        public String inputFn(byte[] body, String contentType) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String predictFn(String input, String model) {
            return input.toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public Output outputFn(String prediction, String accept) {
            return Output.of(prediction, "text/plain");
        }
    }

    @BeforeAll
    static void open() {
        session = Session.local(tmp);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    static Model.Builder upper() {
        return Model.builder().entryPoint(Upper.class).session(session);
    }

    static DescribeEndpointConfigResponse config(String endpoint) {
        HostingApi api = session.api(HostingApi.CAPABILITY);
        return api.describeEndpointConfig(DescribeEndpointConfigRequest.builder().endpointConfigName(api
                .describeEndpoint(DescribeEndpointRequest.builder().endpointName(endpoint).build())
                .endpointConfigName()).build());
    }

    @Test
    void baseNameFromImage_asThePythonSdk_repositoryWithoutRegistryOrTag() {
        assertThat(Model.baseNameFromImage("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1"))
                .isEqualTo("sagemaker-xgboost");
        assertThat(Model.baseNameFromImage("mi")).isEqualTo("mi");
        assertThat(Model.baseNameFromImage("host:5000/team/repo")).isEqualTo("repo");
        assertThat(Model.baseFromName("mi-2020-07-02-20-10-30-288")).isEqualTo("mi");
        assertThat(Model.baseFromName("my-model-200702-2010")).isEqualTo("my-model");
        assertThat(Model.baseFromName("my-model")).isEqualTo("my-model");
    }

    @Test
    void deployOptions_defaultsAreThePythonSdks_andRoundTripThroughToBuilder() {
        Model.DeployOptions d = Model.DeployOptions.builder().build();
        assertThat(d.waitFor()).isTrue();
        assertThat(d.endpointType()).isEqualTo(EndpointType.MODEL_BASED);
        assertThat(d.tags()).isEmpty();
        assertThat(d.initialInstanceCount()).isNull();
        assertThat(d.updateEndpoint()).isFalse();
        assertThat(d.endpointLogging()).isFalse();
        Model.DeployOptions full = d.toBuilder().initialInstanceCount(2).instanceType("local").kmsKey("alias/k")
                .tags(Map.of("a", "b")).build();
        assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full).isNotEqualTo(d);
        assertThat(full.toString()).contains("alias/k");
    }

    @Test
    void deploy_badArguments_validationErrorsNamingTheKeywordBeforeAnyRequest() {
        Model model = upper().build();
        assertThatThrownBy(() -> model.deploy(d -> d.initialInstanceCount(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("instanceType"));
        assertThatThrownBy(() -> model.deploy(d -> d.instanceType("local")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("initialInstanceCount"));
        assertThatThrownBy(() -> model.deploy(d -> d.initialInstanceCount(0)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("initialInstanceCount"));
        assertThatThrownBy(() -> model.deploy(d -> d.kmsKey("not a key!")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("kmsKey"));
        assertThatThrownBy(() -> model.deploy(d -> d.endpointName("bad_name")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("endpointName"));
        assertThatThrownBy(() -> model.deploy(d -> d.tags(List.of(Tag.builder().key("").value("v").build()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tags"));
        assertThatThrownBy(() -> upper().vpcConfig(VpcConfig.builder().subnets("subnet_1").securityGroupIds("sg-1")
                .build())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("vpcConfig.Subnets"));
        assertThatThrownBy(() -> upper().vpcConfig(VpcConfig.builder().subnets("subnet-1").build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("vpcConfig.SecurityGroupIds"));
        assertThatThrownBy(() -> model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .endpointType(EndpointType.INFERENCE_COMPONENT_BASED)))
                .isInstanceOf(OperationNotSupportedException.class).hasMessageContaining("CreateInferenceComponent");
        assertThatThrownBy(() -> model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .inferenceRecommendationId("ir-job/6ab0ff22"))).isInstanceOf(OperationNotSupportedException.class);
        assertThatThrownBy(() -> model.deploy(d -> d.initialInstanceCount(1).instanceType("local").updateEndpoint(true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("endpointName"));
        assertThat(model.name()).as("nothing was created").isNull();
    }

    @Test
    void deploy_predictorCls_getsTheDeploysSerializerAndDeserializer() {
        Model model = upper().predictorCls((endpoint, s) -> Predictor.builder(endpoint, s)
                .serializer(new StringSerializer("text/plain")).deserializer(new StringDeserializer()).build()).build();
        Predictor<String> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/plain")));
        assertThat(p.serializer().contentType()).isEqualTo("text/plain");
        assertThat(p.accept()).isEqualTo("text/plain");
        assertThat(p.predict("abc")).isEqualTo("ABC");
        p.deleteEndpoint();
        model.deleteModel();
    }

    @Test
    void deploy_updateEndpoint_movesTheEndpointToAConfigurationNamedAfterTheModel() {
        Model first = upper().build();
        Predictor<?> p = first.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName("moving"));
        Model second = upper().name("second-model").build();
        second.deploy(d -> d.initialInstanceCount(2).instanceType("local").endpointName("moving").updateEndpoint(true));
        assertThat(p.describeEndpoint().endpointConfigName()).isEqualTo("second-model");
        assertThat(config("moving").productionVariants().get(0).modelName()).isEqualTo("second-model");
        assertThat(config("moving").productionVariants().get(0).initialInstanceCount()).isEqualTo(2);
        p.deleteEndpoint();
        first.deleteModel();
        second.deleteModel();
    }

    @Test
    void deploy_serverless_variantWithoutInstancesServedLocally() {
        Model model = upper().build();
        Predictor<String> p = model.deploy(d -> d.serverlessInferenceConfig(ProductionVariantServerlessConfig.builder()
                .memorySizeInMB(2048).maxConcurrency(5).build()).serializer(new StringSerializer("text/plain"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/plain")));
        var variant = config(p.endpointName()).productionVariants().get(0);
        assertThat(variant.serverlessConfig().memorySizeInMB()).isEqualTo(2048);
        assertThat(variant.instanceTypeAsString()).isNull();
        assertThat(variant.initialInstanceCount()).isNull();
        assertThat(variant.initialVariantWeight()).isEqualTo(1f);
        assertThat(p.predict("serverless")).isEqualTo("SERVERLESS");
        p.deleteEndpoint();
        model.deleteModel();
    }

    @Test
    void multiDataModel_fromModel_takesItsImageEnvironmentAndRole() {
        Model base = upper().role("arn:aws:iam::111122223333:role/SM").env(Map.of("A", "1")).build();
        MultiDataModel mme = MultiDataModel.builder().name("from-model").modelDataPrefix("s3://b/models")
                .model(base).session(session).build();
        var container = mme.containerDefinition();
        assertThat(container.image()).isEqualTo(base.imageUri());
        assertThat(container.environment()).isEqualTo(base.env()).containsEntry("A", "1");
        assertThat(container.modelDataUrl()).isEqualTo("s3://b/models/");
        assertThat(container.modeAsString()).isEqualTo("MultiModel");
        assertThat(mme.role()).isEqualTo(base.role());
        assertThatThrownBy(() -> MultiDataModel.builder().name("both").modelDataPrefix("s3://b/models").model(base)
                .imageUri("other").session(session).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("model"));
    }

    @Test
    void create_tagsVpcAndIsolation_recordedInDescribeModel() {
        VpcConfig vpc = VpcConfig.builder().subnets("subnet-1").securityGroupIds("sg-1").build();
        Model model = upper().vpcConfig(vpc).enableNetworkIsolation(true).modelKmsKey("alias/repack").build();
        model.addTags(List.of(Tag.builder().key("a").value("1").build(), Tag.builder().key("b").value("2").build()));
        model.addTags(List.of(Tag.builder().key("a").value("3").build()));
        model.removeTagWithKey("b");
        String name = model.create(c -> c.tags(Map.of("c", "4")));
        assertThat(model.tags()).extracting(Tag::key, Tag::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "3"), org.assertj.core.groups.Tuple.tuple("c", "4"));
        var described = session.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder().modelName(name)
                .build());
        assertThat(described.vpcConfig()).isEqualTo(vpc);
        assertThat(described.enableNetworkIsolation()).isTrue();
        assertThat(model.enableNetworkIsolation()).isTrue();
        assertThat(model.modelKmsKey()).isEqualTo("alias/repack");
        assertThat(model.create()).as("created once").isEqualTo(name);
        model.deleteModel();
    }
}
