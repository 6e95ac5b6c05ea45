/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.computeresourcerequirements.ResourceRequirements;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.enums.EndpointType;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.InferenceComponentsApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.AdditionalModelDataSource;
import software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentRequest;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification;
import software.amazon.awssdk.services.sagemaker.model.ListModelsRequest;
import software.amazon.awssdk.services.sagemaker.model.S3ModelDataSource;

/**
 * The local backend and inference components: it does not host them, so every operation and the
 * inference-component deploy answer OperationNotSupportedException naming the operation and the backend, before
 * anything is created; response streams are one part, the whole InvokeEndpoint body. Also the container
 * definition ({@code prepare_container_def}) and ResourceRequirements as Python builds them.
 */
class InferenceComponentsLocalTest {
    @TempDir
    static Path tmp;
    static Session session;

    @BeforeAll
    static void open() {
        session = Session.local(tmp);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    static Model.Builder upper() {
        return Model.builder().entryPoint(ModelDeployOptionsTest.Upper.class).session(session);
    }

    static void notSupported(Runnable call, String operation) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
            assertThat(e.operation()).startsWith(operation);
            assertThat(e.backend()).isEqualTo("local");
        });
    }

    @Test
    void sessionMethods_localBackend_operationNotSupportedNamingOperationAndBackend() {
        InferenceComponentSpecification spec = InferenceComponentSpecification.builder().modelName("m")
                .computeResourceRequirements(ResourceRequirements.builder().memory(1024).build()
                        .computeResourceRequirements()).build();
        notSupported(() -> session.createInferenceComponent("ic", "ep", c -> c.variantName("AllTraffic")
                .specification(spec)), "CreateInferenceComponent");
        notSupported(() -> session.api(InferenceComponentsApi.CAPABILITY).describeInferenceComponent(
                DescribeInferenceComponentRequest.builder().inferenceComponentName("ic").build()),
                "DescribeInferenceComponent");
        notSupported(() -> session.updateInferenceComponent("ic", u -> u.specification(spec)),
                "DescribeInferenceComponent");
        notSupported(() -> session.deleteInferenceComponent("ic"), "DeleteInferenceComponent");
        notSupported(session::listInferenceComponents, "ListInferenceComponents");
        notSupported(() -> session.listAndPaginateInferenceComponentNamesAssociatedWithEndpoint("ep"),
                "ListInferenceComponents");
        notSupported(() -> session.waitForInferenceComponent("ic", null), "DescribeInferenceComponent");
        assertThat(session.backend().find(InferenceComponentsApi.CAPABILITY)).isEmpty();
    }

    @Test
    void deployInferenceComponentBased_localBackend_notSupportedBeforeAnythingIsCreated() {
        int models = session.api(HostingApi.CAPABILITY).listModels(ListModelsRequest.builder().build()).models()
                .size();
        Model model = upper().resources(ResourceRequirements.builder().memory(512).build()).build();
        notSupported(() -> model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .endpointType(EndpointType.INFERENCE_COMPONENT_BASED)), "CreateInferenceComponent");
        assertThat(model.name()).isNull();
        assertThat(session.api(HostingApi.CAPABILITY).listModels(ListModelsRequest.builder().build()).models())
                .hasSize(models);
    }

    @Test
    void predictStream_local_onePartTheWholeBody_andComponentsRefused() {
        Model model = upper().build();
        Predictor<String> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new StringSerializer()).deserializer(new StringDeserializer()));
        try {
            List<byte[]> parts = new ArrayList<>();
            p.predictStream("streamed", o -> o.inferenceId("req-1")).forEachRemaining(parts::add);
            assertThat(parts).hasSize(1);
            assertThat(new String(parts.get(0), StandardCharsets.UTF_8)).isEqualTo(p.predict("streamed"))
                    .isEqualTo("STREAMED");
            notSupported(() -> p.predictStream("x", o -> o.componentName("some-ic")), "InvokeEndpoint with"
                    + " InferenceComponentName");
            notSupported(() -> p.predict("x", o -> o.componentName("some-ic")), "InvokeEndpoint with"
                    + " InferenceComponentName");
            notSupported(() -> p.predictStream("x", o -> o.targetContainerHostname("c1")),
                    "InvokeEndpointWithResponseStream with TargetContainerHostname");
            assertThatThrownBy(() -> p.updatePredictor(u -> u.modelName("m")))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("componentName"));
        } finally {
            p.deletePredictor();
            model.deleteModel();
        }
        assertThat(session.endpointInServiceOrNot(p.endpointName())).as("deletePredictor deleted the endpoint")
                .isFalse();
    }

    @Test
    void resourceRequirements_asPythonsClass() {
        ResourceRequirements r = ResourceRequirements.of(Map.of("num_cpus", 2, "memory", 1024, "copies", 3),
                Map.of("memory", 4096));
        assertThat(r.copyCount()).isEqualTo(3);
        assertThat(r.minMemory()).isEqualTo(1024);
        assertThat(r.maxMemory()).isEqualTo(4096);
        var c = r.computeResourceRequirements();
        assertThat(c.minMemoryRequiredInMb()).isEqualTo(1024);
        assertThat(c.maxMemoryRequiredInMb()).isEqualTo(4096);
        assertThat(c.numberOfCpuCoresRequired()).isEqualTo(2f);
        assertThat(c.numberOfAcceleratorDevicesRequired()).isNull();
        assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
        // get_compute_resource_requirements leaves out zero CPUs and accelerators
        assertThat(ResourceRequirements.builder().numCpus(0).numAccelerators(0).memory(8).build()
                .computeResourceRequirements().numberOfCpuCoresRequired()).isNull();
        assertThat(ResourceRequirements.builder().build().copyCount()).isEqualTo(1);
        assertThatThrownBy(() -> ResourceRequirements.of(Map.of("cpus", 1), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("requests"));
        assertThatThrownBy(() -> ResourceRequirements.builder().copies(0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("copies"));
    }

    @Test
    void prepareContainerDef_asContainerDef_additionalSourcesAndModelReference() {
        AdditionalModelDataSource extra = AdditionalModelDataSource.builder().channelName("draft")
                .s3DataSource(S3ModelDataSource.builder().s3Uri("s3://b/draft/").s3DataType("S3Prefix")
                        .compressionType("None").build()).build();
        Model model = Model.builder().imageUri("img:1").modelData("s3://b/model.tar.gz").session(session)
                .env(Map.of("A", "1")).additionalModelDataSources(List.of(extra))
                .modelReferenceArn("arn:aws:sagemaker:us-east-1:aws:hub-content/h/ModelReference/m/1").build();
        var plain = model.prepareContainerDef();
        assertThat(plain.image()).isEqualTo("img:1");
        assertThat(plain.environment()).containsExactlyEntriesOf(Map.of("A", "1"));
        assertThat(plain.modelDataUrl()).isEqualTo("s3://b/model.tar.gz");
        assertThat(plain.additionalModelDataSources()).containsExactly(extra);
        assertThat(plain.modelDataSource()).isNull();
        // with accept_eula: a ModelDataSource with ModelAccessConfig and the model's reference as HubAccessConfig
        var eula = model.prepareContainerDef(c -> c.acceptEula(true).instanceType("ml.g5.xlarge"));
        assertThat(eula.modelDataUrl()).isNull();
        assertThat(eula.modelDataSource().s3DataSource().modelAccessConfig().acceptEula()).isTrue();
        assertThat(eula.modelDataSource().s3DataSource().hubAccessConfig().hubContentArn())
                .isEqualTo(model.modelReferenceArn());
        assertThat(model.isRepack()).isFalse();

        MultiDataModel mme = MultiDataModel.builder().name("mme").modelDataPrefix("s3://b/models")
                .imageUri("img:1").session(session).build();
        assertThat(mme.prepareContainerDef().modeAsString()).isEqualTo("MultiModel");
        assertThat(mme.prepareContainerDef().modelDataUrl()).isEqualTo("s3://b/models/");
    }
}
