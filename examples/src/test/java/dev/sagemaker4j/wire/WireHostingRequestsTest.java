/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.wire.RecordingClients.Captured;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

/**
 * The hosting requests (CreateModel, CreateEndpointConfig, CreateEndpoint, UpdateEndpoint, InvokeEndpoint)
 * the sagemaker backend sends, field by field, against what the Python SDK v2.257.6 sends for the same
 * call: its {@code tests/unit/sagemaker/model/test_deploy.py} ({@code BASE_PRODUCTION_VARIANT}, tags, KMS
 * key, data capture), {@code tests/unit/sagemaker/model/test_model.py} (VPC, network isolation),
 * {@code tests/unit/test_session.py} ({@code endpoint_from_production_variants}) and
 * {@code tests/unit/test_predictor.py} (InvokeEndpoint arguments). The requests are captured by an SDK
 * interceptor and then really sent to the local API server, which answers them.
 */
class WireHostingRequestsTest {
    static final StaticCredentialsProvider CREDENTIALS = RecordingClients.CREDENTIALS;
    static final String ROLE = "arn:aws:iam::111122223333:role/SM";
    static final String IMAGE = Model.JAVA_INFERENCE_IMAGE;
    static final String MODEL_DATA = "s3://wire-hosting/echo/model.tar.gz";
    /** Python's {@code name_from_base}: base, a hyphen and {@code %Y-%m-%d-%H-%M-%S-<ms>}. */
    static final String TIMESTAMP = "-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}";
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;
    static final List<Captured> CAPTURED = new CopyOnWriteArrayList<>();

    /** Answers with what it was sent. */
    public static final class Echo implements InferenceHandler<String, String, String> {
        @Override
        public String modelFn(Path modelDir) {
            return "echo";
        }

        @Override
        public String inputFn(byte[] body, String contentType) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String predictFn(String input, String model) {
            return input;
        }

        @Override
        public Output outputFn(String prediction, String accept) {
            return Output.of(prediction, "text/plain");
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        URI uri = URI.create(api.url());
        client = RecordingClients.session(uri, CAPTURED);
        // an empty model.tar.gz (two zero tar blocks) in the server's local bucket
        Path archive = tmp.resolve("server/s3/wire-hosting/echo/model.tar.gz");
        Files.createDirectories(archive.getParent());
        try (GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(archive))) {
            gz.write(new byte[1024]);
        }
    }

    @AfterAll
    static void stop() {
        client.close();
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

    static Model echo() {
        return Model.builder().entryPoint(Echo.class).modelData(MODEL_DATA).role(ROLE).session(client).build();
    }

    static String container() {
        return "{'Image':'" + IMAGE + "','Environment':{'SAGEMAKER_PROGRAM':'" + Echo.class.getName() + "'},"
                + "'ModelDataUrl':'" + MODEL_DATA + "'}";
    }

    @Test
    void deploy_defaults_sendBaseProductionVariantAndNamesFromTheImage() throws Exception {
        Model model = echo();
        Predictor<?> p = model.deploy(2, "ml.c4.4xlarge");

        // test_deploy: name_from_base(base_name_from_image(image)) for the model and again for the endpoint
        String modelName = model.name();
        assertThat(modelName).matches("java-inference" + TIMESTAMP);
        assertThat(p.endpointName()).matches("java-inference" + TIMESTAMP).isEqualTo(model.endpointName());
        assertThat(body("SageMaker.CreateModel")).isEqualTo(json("{'ModelName':'" + modelName + "',"
                + "'PrimaryContainer':" + container() + ",'ExecutionRoleArn':'" + ROLE + "'}"));
        // BASE_PRODUCTION_VARIANT: ModelName, InstanceType, InitialInstanceCount, VariantName AllTraffic, weight 1
        assertThat(body("SageMaker.CreateEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'"
                + p.endpointName() + "','ProductionVariants':[{'VariantName':'AllTraffic','ModelName':'" + modelName
                + "','InitialInstanceCount':2,'InstanceType':'ml.c4.4xlarge','InitialVariantWeight':1.0}]}"));
        assertThat(body("SageMaker.CreateEndpoint")).isEqualTo(json("{'EndpointName':'" + p.endpointName()
                + "','EndpointConfigName':'" + p.endpointName() + "'}"));
        p.deleteModel();
        p.deleteEndpoint();
        assertThat(body("SageMaker.DeleteModel")).isEqualTo(json("{'ModelName':'" + modelName + "'}"));
    }

    @Test
    void deploy_namedModel_endpointNameFromBaseFromName() throws Exception {
        Model model = Model.builder().entryPoint(Echo.class).modelData(MODEL_DATA).role(ROLE).name("mi-2020-07-02-20"
                + "-10-30-288").session(client).build();
        Predictor<?> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("ml.c4.4xlarge").wait(false));
        // test_deploy_generates_endpoint_name_each_time_from_model_name: name_from_base(base_from_name(name))
        assertThat(p.endpointName()).matches("mi" + TIMESTAMP).isNotEqualTo(model.name());
        assertThat(body("SageMaker.CreateModel").get("ModelName").asText()).isEqualTo("mi-2020-07-02-20-10-30-288");
        p.waitForEndpoint(null);
        p.deleteEndpoint();
        model.deleteModel();
    }

    @Test
    void deploy_everyKeyword_sendsThemWhereThePythonSdkDoes() throws Exception {
        VpcConfig vpc = VpcConfig.builder().subnets("subnet-0a1b2c3d").securityGroupIds("sg-0a1b2c3d").build();
        Model model = Model.builder().entryPoint(Echo.class).modelData(MODEL_DATA).role(ROLE).vpcConfig(vpc)
                .enableNetworkIsolation(true).session(client).build();
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("ModelName", "TestModel");
        tags.put("team", "ml");
        Predictor<String> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("ml.c4.4xlarge")
                .serializer(new StringSerializer("text/plain")).deserializer(new StringDeserializer())
                .endpointName("wire-hosting-all").tags(tags).kmsKey("some-key-arn")
                .dataCaptureConfig(DataCaptureConfig.builder().enableCapture(true).samplingPercentage(50)
                        .destinationS3Uri("s3://wire-hosting/capture").kmsKeyId("capture-key").build())
                .volumeSize(30).modelDataDownloadTimeout(600).containerStartupHealthCheckTimeout(300));

        String tagList = "[{'Key':'ModelName','Value':'TestModel'},{'Key':'team','Value':'ml'}]";
        String modelName = model.name();
        // test_model.py: Tags, VpcConfig and EnableNetworkIsolation on CreateModel
        assertThat(body("SageMaker.CreateModel")).isEqualTo(json("{'ModelName':'" + modelName + "',"
                + "'PrimaryContainer':" + container() + ",'ExecutionRoleArn':'" + ROLE + "','Tags':" + tagList + ","
                + "'VpcConfig':{'SecurityGroupIds':['sg-0a1b2c3d'],'Subnets':['subnet-0a1b2c3d']},"
                + "'EnableNetworkIsolation':true}"));
        // test_deploy_tags, test_deploy_kms_key, test_deploy_data_capture_config,
        // test_deploy_customized_volume_size_and_timeout
        assertThat(body("SageMaker.CreateEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'wire-hosting-all',"
                + "'ProductionVariants':[{'VariantName':'AllTraffic','ModelName':'" + modelName + "',"
                + "'InitialInstanceCount':1,'InstanceType':'ml.c4.4xlarge','InitialVariantWeight':1.0,"
                + "'VolumeSizeInGB':30,'ModelDataDownloadTimeoutInSeconds':600,"
                + "'ContainerStartupHealthCheckTimeoutInSeconds':300}],"
                + "'DataCaptureConfig':{'EnableCapture':true,'InitialSamplingPercentage':50,"
                + "'DestinationS3Uri':'s3://wire-hosting/capture','KmsKeyId':'capture-key',"
                + "'CaptureOptions':[{'CaptureMode':'Input'},{'CaptureMode':'Output'}],"
                + "'CaptureContentTypeHeader':{'CsvContentTypes':['text/csv'],'JsonContentTypes':['application/json']}},"
                + "'Tags':" + tagList + ",'KmsKeyId':'some-key-arn'}"));
        assertThat(body("SageMaker.CreateEndpoint")).isEqualTo(json("{'EndpointName':'wire-hosting-all',"
                + "'EndpointConfigName':'wire-hosting-all','Tags':" + tagList + "}"));
        assertThat(model.tags()).extracting(Tag::key).containsExactly("ModelName", "team");

        // the local backend records what was sent and does not enforce it
        DescribeModelResponse described = server.api(HostingApi.CAPABILITY).describeModel(
                DescribeModelRequest.builder().modelName(modelName).build());
        assertThat(described.vpcConfig()).isEqualTo(vpc);
        assertThat(described.enableNetworkIsolation()).isTrue();
        DescribeEndpointConfigResponse config = server.api(HostingApi.CAPABILITY).describeEndpointConfig(
                DescribeEndpointConfigRequest.builder().endpointConfigName("wire-hosting-all").build());
        assertThat(config.kmsKeyId()).isEqualTo("some-key-arn");
        assertThat(config.dataCaptureConfig().kmsKeyId()).isEqualTo("capture-key");
        assertThat(p.predict("hello")).isEqualTo("hello");
        p.deleteEndpoint();
        model.deleteModel();
    }

    @Test
    void endpointFromProductionVariants_tagsGoToTheConfigAndTheEndpoint() throws Exception {
        String modelName = echo().create();
        ProductionVariant a = Session.productionVariant(modelName, "ml.m5.large", 1);
        ProductionVariant b = Session.productionVariant(v -> v.modelName(modelName).instanceType("ml.m5.large")
                .variantName("B").initialWeight(0.5));
        // Python: endpoint_from_production_variants(name, production_variants, tags=None, kms_key=None, wait=True,
        // data_capture_config_dict=None, ...); the third argument is tags, not the data capture
        client.endpointFromProductionVariants("wire-hosting-variants", List.of(a, b), e -> e
                .tags(List.of(Tag.builder().key("k").value("v").build())).kmsKey("alias/my-key")
                .dataCaptureConfigDict(DataCaptureConfig.builder().enableCapture(false)
                        .destinationS3Uri("s3://wire-hosting/capture").build().toRequest()));

        assertThat(body("SageMaker.CreateEndpointConfig")).isEqualTo(json("{'EndpointConfigName':"
                + "'wire-hosting-variants','ProductionVariants':["
                + "{'VariantName':'AllTraffic','ModelName':'" + modelName + "','InitialInstanceCount':1,"
                + "'InstanceType':'ml.m5.large','InitialVariantWeight':1.0},"
                + "{'VariantName':'B','ModelName':'" + modelName + "','InitialInstanceCount':1,"
                + "'InstanceType':'ml.m5.large','InitialVariantWeight':0.5}],"
                + "'DataCaptureConfig':{'EnableCapture':false,'InitialSamplingPercentage':20,"
                + "'DestinationS3Uri':'s3://wire-hosting/capture',"
                + "'CaptureOptions':[{'CaptureMode':'Input'},{'CaptureMode':'Output'}],"
                + "'CaptureContentTypeHeader':{'CsvContentTypes':['text/csv'],'JsonContentTypes':['application/json']}},"
                + "'Tags':[{'Key':'k','Value':'v'}],'KmsKeyId':'alias/my-key'}"));
        assertThat(body("SageMaker.CreateEndpoint")).isEqualTo(json("{'EndpointName':'wire-hosting-variants',"
                + "'EndpointConfigName':'wire-hosting-variants','Tags':[{'Key':'k','Value':'v'}]}"));
        Predictor.of("wire-hosting-variants", client).deleteEndpoint();
    }

    @Test
    void predict_keywordsWinOverInitialArgs_asThePythonSdkBuildsInvokeEndpoint() throws Exception {
        Model model = echo();
        Predictor<?> deployed = model.deploy(1, "ml.m5.large");
        Predictor<byte[]> p = Predictor.of(deployed.endpointName(), client);
        // test_setting_serializer_deserializer_atts_changes_content_accept_types
        assertThat(p.contentType()).isEqualTo("application/octet-stream");
        assertThat(p.accept()).isEqualTo("*/*");
        p.serializer(new StringSerializer("text/plain"));
        assertThat(p.contentType()).isEqualTo("text/plain");

        // _create_request_args: initial_args first, then target_variant, inference_id, custom_attributes where given
        p.predict("payload", o -> o.initialArgs(Map.of("TargetVariant", "Nope", "CustomAttributes", "from-args",
                "Accept", "text/plain")).targetVariant("AllTraffic").inferenceId("id-1"));
        Captured invoke = CAPTURED.stream().filter(c -> c.path().endsWith("/invocations")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(invoke.path()).isEqualTo("/endpoints/" + deployed.endpointName() + "/invocations");
        assertThat(invoke.headers().get("Content-Type")).containsExactly("text/plain");
        assertThat(invoke.headers().get("Accept")).containsExactly("text/plain");
        assertThat(invoke.headers().get("X-Amzn-SageMaker-Target-Variant")).containsExactly("AllTraffic");
        assertThat(invoke.headers().get("X-Amzn-SageMaker-Custom-Attributes")).containsExactly("from-args");
        assertThat(invoke.headers().get("X-Amzn-SageMaker-Inference-Id")).containsExactly("id-1");
        assertThat(invoke.body()).isEqualTo("payload");

        // test_custom_attributes; content type set on the predictor wins over the serializer's
        p.contentType("application/x-text");
        p.accept("text/plain");
        p.predict("payload", o -> o.customAttributes("custom-attribute"));
        invoke = CAPTURED.stream().filter(c -> c.path().endsWith("/invocations")).reduce((a, b) -> b).orElseThrow();
        assertThat(invoke.headers().get("Content-Type")).containsExactly("application/x-text");
        assertThat(invoke.headers().get("X-Amzn-SageMaker-Custom-Attributes")).containsExactly("custom-attribute");
        assertThat(invoke.headers()).doesNotContainKey("X-Amzn-SageMaker-Target-Variant");
        p.deleteEndpoint();
        model.deleteModel();
    }

    @Test
    void updateEndpointAndDataCapture_sendANewConfigurationAndUpdateEndpoint() throws Exception {
        Model model = echo();
        Predictor<?> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("ml.m5.large")
                .endpointName("wire-hosting-update"));
        String modelName = model.name();

        // test_update_endpoint_instance_type_and_count: one new variant on the endpoint's only model
        p.updateEndpoint(u -> u.initialInstanceCount(2).instanceType("ml.c4.xlarge").kmsKey("new-key"));
        JsonNode config = body("SageMaker.CreateEndpointConfig");
        String configName = config.get("EndpointConfigName").asText();
        assertThat(configName).matches("wire-hosting-update" + TIMESTAMP);
        assertThat(config).isEqualTo(json("{'EndpointConfigName':'" + configName + "','ProductionVariants':["
                + "{'VariantName':'AllTraffic','ModelName':'" + modelName + "','InitialInstanceCount':2,"
                + "'InstanceType':'ml.c4.xlarge','InitialVariantWeight':1.0}],'KmsKeyId':'new-key'}"));
        assertThat(body("SageMaker.UpdateEndpoint")).isEqualTo(json("{'EndpointName':'wire-hosting-update',"
                + "'EndpointConfigName':'" + configName + "'}"));

        // update_data_capture_config: a copy of the current configuration with the new capture
        p.updateDataCaptureConfig(DataCaptureConfig.builder().destinationS3Uri("s3://wire-hosting/dc").build());
        p.waitForEndpoint(null);
        JsonNode capture = body("SageMaker.CreateEndpointConfig");
        assertThat(capture.get("EndpointConfigName").asText()).matches("wire-hosting-update" + TIMESTAMP);
        assertThat(capture.get("ProductionVariants")).isEqualTo(config.get("ProductionVariants"));
        assertThat(capture.get("KmsKeyId").asText()).isEqualTo("new-key");
        assertThat(capture.get("DataCaptureConfig")).isEqualTo(json("{'EnableCapture':true,"
                + "'InitialSamplingPercentage':20,'DestinationS3Uri':'s3://wire-hosting/dc',"
                + "'CaptureOptions':[{'CaptureMode':'Input'},{'CaptureMode':'Output'}],"
                + "'CaptureContentTypeHeader':{'CsvContentTypes':['text/csv'],'JsonContentTypes':['application/json']}}"));
        p.deleteEndpoint();
        model.deleteModel();
    }
}
