/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.computeresourcerequirements.ResourceRequirements;
import dev.sagemaker4j.enums.EndpointType;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.spi.InferenceComponentsApi;
import dev.sagemaker4j.wire.RecordingClients.Captured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentRequest;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig;
import software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * The inference component requests the sagemaker backend sends, field by field, against what the Python SDK
 * v2.257.6 sends for the same call: its {@code tests/unit/test_session.py} ({@code create_inference_component},
 * {@code update_inference_component}, {@code delete_inference_component}, {@code describe_inference_component},
 * {@code list_inference_components}, {@code list_and_paginate_...}, {@code is_inference_component_based_endpoint}
 * with {@code RESOURCES}), {@code tests/unit/test_predictor.py} ({@code update_predictor},
 * {@code list_related_models}), {@code tests/unit/sagemaker/model/test_model.py} (the inference-component deploy
 * path) and {@code session.py}'s {@code create_endpoint_config_from_existing(endpoint_type=...)}.
 *
 * <p>The local backend has no inference components, so the requests go to a loopback stand-in of the service
 * that answers each operation from a script (Describe* statuses, pages, "Could not find" errors); the recording
 * clients are {@link RecordingClients}'. Python's tests use names with underscores, which the service's name
 * pattern refuses; these use hyphens. NumberOfCpuCoresRequired and NumberOfAcceleratorDevicesRequired are floats
 * in the service model: the AWS SDK v2 writes {@code 1.0} where Python writes {@code 1}, the same number to the
 * service, so numbers are compared by value.
 */
class WireInferenceComponentRequestsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SM";
    static final String NOT_FOUND = "!Could not find inference component";
    /** Python's RESOURCES: num_cpus 1, memory 1024, copies 1, no limits. */
    static final ResourceRequirements RESOURCES = ResourceRequirements.of(
            Map.of("num_cpus", 1, "memory", 1024, "copies", 1), Map.of());
    static HttpServer fake;
    static Session client;
    static final List<Captured> CAPTURED = new CopyOnWriteArrayList<>();
    /** Scripted answers per operation: the last one stays; "!message" is a ValidationException. */
    static final Map<String, Deque<String>> ANSWERS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        fake.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String op = target == null ? "" : target.substring(target.indexOf('.') + 1);
            Deque<String> queue = ANSWERS.get(op);
            String answer = "{}";
            if (queue != null && !queue.isEmpty()) {
                answer = queue.size() > 1 ? queue.poll() : queue.peek();
            }
            int status = 200;
            if (answer.startsWith("!")) {
                status = 400;
                answer = "{\"__type\":\"ValidationException\",\"message\":\"" + answer.substring(1) + "\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        fake.start();
        client = RecordingClients.session(URI.create("http://127.0.0.1:" + fake.getAddress().getPort()), CAPTURED);
    }

    @AfterAll
    static void stop() {
        client.close();
        fake.stop(0);
    }

    @BeforeEach
    void reset() {
        CAPTURED.clear();
        ANSWERS.clear();
    }

    static void answer(String operation, String... answers) {
        ANSWERS.put(operation, new ArrayDeque<>(List.of(answers).stream().map(a -> a.replace('\'', '"'))
                .collect(Collectors.toList())));
    }

    static List<String> operations() {
        return CAPTURED.stream().map(c -> c.target().substring(c.target().indexOf('.') + 1))
                .collect(Collectors.toList());
    }

    static JsonNode body(String operation) throws Exception {
        Captured c = CAPTURED.stream().filter(r -> ("SageMaker." + operation).equals(r.target()))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + operation + " request was sent"));
        return numbersByValue(SdkJson.MAPPER.readTree(c.body()));
    }

    static JsonNode json(String text) throws Exception {
        return SdkJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    /** Whole floating-point numbers as integers (1.0 and 1 are one value to the service). */
    static JsonNode numbersByValue(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(f -> o.set(f, numbersByValue(o.get(f))));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                a.set(i, numbersByValue(a.get(i)));
            }
        } else if (node.isFloatingPointNumber() && node.doubleValue() == Math.rint(node.doubleValue())) {
            return IntNode.valueOf((int) node.doubleValue());
        }
        return node;
    }

    static InferenceComponentSpecification spec(String modelName) {
        return InferenceComponentSpecification.builder().modelName(modelName)
                .computeResourceRequirements(RESOURCES.computeResourceRequirements()).build();
    }

    static final String SPEC = "{'ModelName':'test-model','ComputeResourceRequirements':"
            + "{'MinMemoryRequiredInMb':1024,'NumberOfCpuCoresRequired':1}}";

    @Test
    void createInferenceComponent_pythonsRequest_thenWaitsForInService() throws Exception {
        answer("DescribeInferenceComponent", "{'InferenceComponentStatus':'Creating'}",
                "{'InferenceComponentStatus':'InService'}");
        String name = client.createInferenceComponent("test-inference-component", "test-endpoint",
                c -> c.variantName("AllTraffic").specification(spec("test-model"))
                        .runtimeConfig(InferenceComponentRuntimeConfig.builder().copyCount(RESOURCES.copyCount()).build())
                        .tags(List.of(Tag.builder().key("TagtestKey").value("TagtestValue").build())));

        assertThat(name).isEqualTo("test-inference-component");
        // test_create_inference_component
        assertThat(body("CreateInferenceComponent")).isEqualTo(json("{'InferenceComponentName':'test-inference-component',"
                + "'EndpointName':'test-endpoint','VariantName':'AllTraffic','Specification':" + SPEC + ","
                + "'RuntimeConfig':{'CopyCount':1},'Tags':[{'Key':'TagtestKey','Value':'TagtestValue'}]}"));
        assertThat(operations()).containsExactly("CreateInferenceComponent", "DescribeInferenceComponent",
                "DescribeInferenceComponent");
        assertThat(body("DescribeInferenceComponent")).isEqualTo(json(
                "{'InferenceComponentName':'test-inference-component'}"));
    }

    @Test
    void createInferenceComponent_defaults_copyCountOneNoTagsAndFailureIsUnexpectedStatus() throws Exception {
        answer("DescribeInferenceComponent", "{'InferenceComponentStatus':'Failed','FailureReason':'CapacityError:"
                + " no ml.g5 instances'}");
        assertThatThrownBy(() -> client.createInferenceComponent("ic-1", "ep-1",
                c -> c.variantName("AllTraffic").specification(spec("test-model"))))
                .isInstanceOf(dev.sagemaker4j.exceptions.UnexpectedStatusException.class)
                .hasMessageContaining("CapacityError");
        // session.py: runtime_config None becomes {"CopyCount": 1}; no Tags key without tags
        assertThat(body("CreateInferenceComponent")).isEqualTo(json("{'InferenceComponentName':'ic-1',"
                + "'EndpointName':'ep-1','VariantName':'AllTraffic','Specification':" + SPEC + ","
                + "'RuntimeConfig':{'CopyCount':1}}"));

        CAPTURED.clear();
        client.createInferenceComponent("ic-2", "ep-1", c -> c.variantName("AllTraffic")
                .specification(spec("test-model")).wait(false));
        assertThat(operations()).containsExactly("CreateInferenceComponent");
        assertThatThrownBy(() -> client.createInferenceComponent("ic-3", "ep-1", c -> c.specification(spec("m"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("variantName"));
        assertThatThrownBy(() -> client.createInferenceComponent("ic_3", "ep-1", c -> c.variantName("AllTraffic")
                .specification(spec("m")))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("inferenceComponentName"));
        assertThat(operations()).as("nothing sent for bad arguments").containsExactly("CreateInferenceComponent");
    }

    @Test
    void describeAndDelete_pythonsRequests_deleteWaitsUntilNotFound() throws Exception {
        client.api(InferenceComponentsApi.CAPABILITY).describeInferenceComponent(DescribeInferenceComponentRequest
                .builder().inferenceComponentName("sagemaker-inference-component-name").build());
        // test_describe_inference_component
        assertThat(body("DescribeInferenceComponent")).isEqualTo(json(
                "{'InferenceComponentName':'sagemaker-inference-component-name'}"));

        CAPTURED.clear();
        client.deleteInferenceComponent("my-inference-component");
        // test_delete_inference_component: no wait by default
        assertThat(operations()).containsExactly("DeleteInferenceComponent");
        assertThat(body("DeleteInferenceComponent")).isEqualTo(json(
                "{'InferenceComponentName':'my-inference-component'}"));

        CAPTURED.clear();
        answer("DescribeInferenceComponent", "{'InferenceComponentStatus':'Deleting'}", NOT_FOUND);
        client.deleteInferenceComponent("my-inference-component", true);
        assertThat(operations()).containsExactly("DeleteInferenceComponent", "DescribeInferenceComponent",
                "DescribeInferenceComponent");
    }

    @Test
    void listInferenceComponents_pythonsRequest() throws Exception {
        client.listInferenceComponents(l -> l.endpointNameEquals("test-endpoint").variantNameEquals("test-variant-name")
                .sortBy("Status").sortOrder("Ascending").maxResults(5).nameContains("model").statusEquals("InService"));
        // test_list_inference_components (Python passes max_results="5"; the service's MaxResults is an integer)
        assertThat(body("ListInferenceComponents")).isEqualTo(json("{'EndpointNameEquals':'test-endpoint',"
                + "'VariantNameEquals':'test-variant-name','SortBy':'Status','SortOrder':'Ascending','MaxResults':5,"
                + "'NameContains':'model','StatusEquals':'InService'}"));

        CAPTURED.clear();
        client.listInferenceComponents();
        assertThat(body("ListInferenceComponents")).isEqualTo(json("{}"));
    }

    @Test
    void listAndPaginate_followsNextTokenAndSortsTheNames() throws Exception {
        answer("ListInferenceComponents",
                "{'InferenceComponents':[{'InferenceComponentName':'icname2','EndpointName':'test-endpoint'}],"
                        + "'NextToken':'1234'}",
                "{'InferenceComponents':[{'InferenceComponentName':'icname1','EndpointName':'test-endpoint'}]}");
        List<String> names = client.listAndPaginateInferenceComponentNamesAssociatedWithEndpoint("test-endpoint");

        assertThat(names).containsExactly("icname1", "icname2");
        // test_list_and_paginate_...: endpoint_name_equals with next_token None, then "1234"
        List<JsonNode> bodies = CAPTURED.stream().map(c -> {
            try {
                return SdkJson.MAPPER.readTree(c.body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).collect(Collectors.toList());
        assertThat(bodies).containsExactly(json("{'EndpointNameEquals':'test-endpoint'}"),
                json("{'EndpointNameEquals':'test-endpoint','NextToken':'1234'}"));
    }

    @Test
    void updateInferenceComponent_pythonsRequest_andAMissingComponentIsValidationError() throws Exception {
        answer("DescribeInferenceComponent", "{'InferenceComponentStatus':'InService'}");
        client.updateInferenceComponent("test-inference-component", u -> u.specification(spec("test-model"))
                .runtimeConfig(InferenceComponentRuntimeConfig.builder().copyCount(1).build()));
        // test_update_inference_component: exists? (describe), update, wait (describe)
        assertThat(operations()).containsExactly("DescribeInferenceComponent", "UpdateInferenceComponent",
                "DescribeInferenceComponent");
        assertThat(body("UpdateInferenceComponent")).isEqualTo(json("{'InferenceComponentName':"
                + "'test-inference-component','Specification':" + SPEC + ",'RuntimeConfig':{'CopyCount':1}}"));

        CAPTURED.clear();
        answer("DescribeInferenceComponent", NOT_FOUND);
        assertThatThrownBy(() -> client.updateInferenceComponent("missing", u -> u.specification(spec("m"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("inferenceComponentName"))
                .hasMessageContaining("does not exist");
        assertThat(operations()).containsExactly("DescribeInferenceComponent");
    }

    @Test
    void isInferenceComponentBasedEndpoint_pythonsFiveCases() throws Exception {
        String[][] cases = {
            {"{'ExecutionRoleArn':'some-role-arn','ProductionVariants':[{'VariantName':'AllTraffic'}]}", "true"},
            {"{'ProductionVariants':[{'VariantName':'AllTraffic'}]}", "false"},
            {"{'ExecutionRoleArn':'some-role-arn','ProductionVariants':[{'VariantName':'AllTraffic1'},"
                    + "{'VariantName':'AllTraffic2'}]}", "true"},
            {"{'ExecutionRoleArn':'some-role-arn','ProductionVariants':[]}", "false"},
            {"{'ExecutionRoleArn':'some-role-arn','ProductionVariants':[{'VariantName':'AllTraffic',"
                    + "'ModelName':'blah'},{'VariantName':'AllTraffic1'}]}", "false"}};
        for (String[] c : cases) {
            reset();
            answer("DescribeEndpoint", "{'EndpointConfigName':'some-endpoint-config'}");
            answer("DescribeEndpointConfig", c[0]);
            assertThat(client.isInferenceComponentBasedEndpoint("endpoint-name")).as(c[0])
                    .isEqualTo(Boolean.parseBoolean(c[1]));
            assertThat(body("DescribeEndpoint")).isEqualTo(json("{'EndpointName':'endpoint-name'}"));
            assertThat(body("DescribeEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'some-endpoint-config'}"));
            assertThat(operations()).containsExactly("DescribeEndpoint", "DescribeEndpointConfig");
        }
    }

    @Test
    void updatePredictor_pythonsRequest_resourcesWithALimit() throws Exception {
        answer("DescribeInferenceComponent", "{'InferenceComponentStatus':'InService'}");
        Predictor<byte[]> predictor = Predictor.builder("test-endpoint", client).componentName("test-component-name")
                .build();
        predictor.updatePredictor(u -> u.resources(ResourceRequirements.of(Map.of("num_cpus", 1, "memory", 1024,
                "copies", 1), Map.of("memory", 4096))));
        // test_update_predictor
        assertThat(body("UpdateInferenceComponent")).isEqualTo(json("{'InferenceComponentName':'test-component-name',"
                + "'Specification':{'ComputeResourceRequirements':{'MinMemoryRequiredInMb':1024,"
                + "'MaxMemoryRequiredInMb':4096,'NumberOfCpuCoresRequired':1}},'RuntimeConfig':{'CopyCount':1}}"));

        CAPTURED.clear();
        predictor.updatePredictor(u -> u.imageUri("img:1").modelData("s3://b/m.tar.gz").env(Map.of("A", "1"))
                .modelDataDownloadTimeout(600));
        // ModelName XOR Container; empty parts left out
        assertThat(body("UpdateInferenceComponent")).isEqualTo(json("{'InferenceComponentName':'test-component-name',"
                + "'Specification':{'Container':{'Image':'img:1','ArtifactUrl':'s3://b/m.tar.gz','Environment':"
                + "{'A':'1'}},'StartupParameters':{'ModelDataDownloadTimeoutInSeconds':600}}}"));

        assertThatThrownBy(() -> Predictor.of("test-endpoint", client).updatePredictor(u -> u.modelName("m")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("componentName"));
    }

    @Test
    void listRelatedModelsAndDeletePredictor_pythonsRequests() throws Exception {
        answer("ListInferenceComponents", "{'InferenceComponents':[{'InferenceComponentName':'test-component-name'}]}");
        Predictor<byte[]> predictor = Predictor.of("test-endpoint", client);
        var related = predictor.listRelatedModels();
        // test_list_related_models_only_inference_components: endpoint_name_equals the predictor's, the rest None
        assertThat(body("ListInferenceComponents")).isEqualTo(json("{'EndpointNameEquals':'test-endpoint'}"));
        assertThat(related.inferenceComponents()).hasSize(1);
        assertThat(related.nextToken()).isNull();

        CAPTURED.clear();
        Predictor.builder("test-endpoint", client).componentName("test-component-name").build().deletePredictor();
        assertThat(operations()).containsExactly("DeleteInferenceComponent");
        assertThat(body("DeleteInferenceComponent")).isEqualTo(json("{'InferenceComponentName':'test-component-name'}"));

        CAPTURED.clear();
        answer("DescribeEndpoint", "{'EndpointConfigName':'test-endpoint-config'}");
        predictor.deletePredictor();
        assertThat(operations()).contains("DeleteEndpoint", "DeleteEndpointConfig")
                .doesNotContain("DeleteInferenceComponent");
    }

    @Test
    void deploy_inferenceComponentBased_endpointWithoutModelThenModelThenComponent() throws Exception {
        answer("DescribeEndpoint", "!Could not find endpoint", "{'EndpointStatus':'InService'}");
        answer("DescribeModel", "!Could not find model");
        answer("DescribeInferenceComponent", "{'InferenceComponentStatus':'InService'}");
        Model model = Model.builder().imageUri("123456789012.dkr.ecr.us-east-1.amazonaws.com/mi:1")
                .modelData("s3://bucket/model.tar.gz").name("test-model").role(ROLE).session(client).build();
        Predictor<?> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("ml.m2.xlarge")
                .endpointType(EndpointType.INFERENCE_COMPONENT_BASED)
                .resources(ResourceRequirements.of(Map.of("num_accelerators", 1, "memory", 8192, "copies", 1), Map.of())));

        assertThat(operations()).containsExactly("DescribeEndpoint", "CreateEndpointConfig", "CreateEndpoint",
                "DescribeEndpoint", "DescribeModel", "CreateModel", "CreateInferenceComponent",
                "DescribeInferenceComponent");
        String endpoint = p.endpointName();
        assertThat(endpoint).startsWith("test-model-").isEqualTo(model.endpointName());
        // model.py: production_variant without a model (no ModelName, no weight), the role, VPC and isolation
        assertThat(body("CreateEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'" + endpoint + "',"
                + "'ProductionVariants':[{'VariantName':'AllTraffic','InitialInstanceCount':1,"
                + "'InstanceType':'ml.m2.xlarge'}],'ExecutionRoleArn':'" + ROLE + "','EnableNetworkIsolation':false}"));
        assertThat(body("CreateEndpoint")).isEqualTo(json("{'EndpointName':'" + endpoint + "','EndpointConfigName':'"
                + endpoint + "'}"));
        String component = model.inferenceComponentName();
        assertThat(component).matches("test-model-\\d{10}-[0-9a-f]{4}");
        assertThat(p.componentName()).isEqualTo(component);
        // create_inference_component: variant AllTraffic, the model, StartupParameters {}, the resources, copies
        assertThat(body("CreateInferenceComponent")).isEqualTo(json("{'InferenceComponentName':'" + component + "',"
                + "'EndpointName':'" + endpoint + "','VariantName':'AllTraffic','Specification':{'ModelName':"
                + "'test-model','StartupParameters':{},'ComputeResourceRequirements':{'MinMemoryRequiredInMb':8192,"
                + "'NumberOfAcceleratorDevicesRequired':1}},'RuntimeConfig':{'CopyCount':1}}"));

        // an endpoint already InService gets only the model and the component
        reset();
        answer("DescribeEndpoint", "{'EndpointStatus':'InService'}");
        answer("DescribeModel", "!Could not find model");
        answer("DescribeInferenceComponent", "{'InferenceComponentStatus':'InService'}");
        Model second = Model.builder().imageUri("123456789012.dkr.ecr.us-east-1.amazonaws.com/mi:1")
                .modelData("s3://bucket/model.tar.gz").name("second-model").role(ROLE).session(client)
                .resources(RESOURCES).build();
        second.deploy(d -> d.initialInstanceCount(1).instanceType("ml.m2.xlarge").endpointName(endpoint)
                .endpointType(EndpointType.INFERENCE_COMPONENT_BASED).inferenceComponentName("second-ic"));
        assertThat(operations()).containsExactly("DescribeEndpoint", "DescribeModel", "CreateModel",
                "CreateInferenceComponent", "DescribeInferenceComponent");
        assertThat(body("CreateInferenceComponent").get("Specification").get("ComputeResourceRequirements"))
                .as("the model's resources when the deploy gives none").isEqualTo(json(
                        "{'MinMemoryRequiredInMb':1024,'NumberOfCpuCoresRequired':1}"));

        assertThatThrownBy(() -> second.deploy(d -> d.initialInstanceCount(1).instanceType("ml.m2.xlarge")
                .endpointName(endpoint).endpointType(EndpointType.INFERENCE_COMPONENT_BASED).updateEndpoint(true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("updateEndpoint"));
    }

    @Test
    void createEndpointConfigFromExisting_inferenceComponentBased_dropsInitialVariantWeight() throws Exception {
        answer("DescribeEndpointConfig", "{'EndpointConfigName':'old','EndpointConfigArn':"
                + "'arn:aws:sagemaker:us-east-1:111122223333:endpoint-config/old','ProductionVariants':[{'VariantName':"
                + "'AllTraffic','ModelName':'m','InitialInstanceCount':1,'InstanceType':'ml.m5.large',"
                + "'InitialVariantWeight':1.0}]}");
        client.createEndpointConfigFromExisting("old", "new", c -> c.endpointType(EndpointType.INFERENCE_COMPONENT_BASED));
        assertThat(body("CreateEndpointConfig").get("ProductionVariants")).isEqualTo(json("[{'VariantName':"
                + "'AllTraffic','ModelName':'m','InitialInstanceCount':1,'InstanceType':'ml.m5.large'}]"));

        CAPTURED.clear();
        client.createEndpointConfigFromExisting("old", "newer");
        assertThat(body("CreateEndpointConfig").get("ProductionVariants").get(0).get("InitialVariantWeight").asInt())
                .as("MODEL_BASED keeps the weight").isEqualTo(1);
    }

    @Test
    void predictStream_sagemakerBackend_notSupportedWithTheReason() {
        assertThatThrownBy(() -> Predictor.of("test-endpoint", client).predictStream("dummy".getBytes(
                StandardCharsets.UTF_8))).isInstanceOfSatisfying(OperationNotSupportedException.class, e -> {
                    assertThat(e.operation()).startsWith("InvokeEndpointWithResponseStream")
                            .contains("SageMakerRuntimeAsyncClient");
                    assertThat(e.backend()).isEqualTo("sagemaker");
                });
        assertThat(CAPTURED).as("nothing sent").isEmpty();
    }
}
