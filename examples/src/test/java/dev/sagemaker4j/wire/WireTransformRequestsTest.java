/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.transformer.TransformInput;
import dev.sagemaker4j.transformer.Transformer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * The CreateTransformJob requests the sagemaker backend sends, field by field, against what the Python SDK
 * v2.257.6 sends for the same calls: the values are those of its {@code tests/unit/test_transformer.py}
 * ({@code MODEL_NAME}, {@code INSTANCE_TYPE}, {@code KMS_KEY_ID}, {@code DATA}, {@code OUTPUT_PATH}, ...) and
 * the expected shapes those its {@code test_load_config}, {@code test_start_new},
 * {@code test_transform_with_all_params}, {@code test_transform_with_generated_output_path},
 * {@code test_restart_output_path}, {@code test_transform_with_job_name_based_on_containers} and
 * {@code test_transform_with_base_job_name_provided} check, through {@code Session._get_transform_request}.
 * The requests are captured by an SDK interceptor and really sent to the local API server.
 */
class WireTransformRequestsTest {
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKID", "SECRET"));
    static final String MODEL_NAME = "model";
    static final String IMAGE_URI = "image-for-model";
    static final String INSTANCE_TYPE = "ml.m4.xlarge";
    static final String KMS_KEY_ID = "kms-key-id";
    static final String DATA = "s3://bucket/input-data";
    static final String OUTPUT_PATH = "s3://bucket/output";
    /** Python's {@code sagemaker_timestamp()}: one per generated name. */
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}";
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;
    static final List<String[]> CAPTURED = new CopyOnWriteArrayList<>();

    /** Records each SageMaker request (target, body) after signing, then lets it go. */
    static final class Recorder implements ExecutionInterceptor {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            String body = context.requestBody().map(b -> {
                try (InputStream in = b.contentStreamProvider().newStream()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).orElse("");
            context.httpRequest().firstMatchingHeader("X-Amz-Target")
                    .ifPresent(target -> CAPTURED.add(new String[] {target, body}));
        }
    }

    @BeforeAll
    static void start() {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        URI uri = URI.create(api.url());
        Recorder recorder = new Recorder();
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS)
                .endpointOverride(uri).overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        SageMakerRuntimeClient rt = SageMakerRuntimeClient.builder().region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS).endpointOverride(uri).build();
        SageMakerFeatureStoreRuntimeClient fs = SageMakerFeatureStoreRuntimeClient.builder().region(Region.US_WEST_2)
                .credentialsProvider(CREDENTIALS).endpointOverride(uri).build();
        S3Client s3 = S3Client.builder().region(Region.US_WEST_2).credentialsProvider(CREDENTIALS)
                .endpointOverride(uri).forcePathStyle(true).build();
        client = Session.builder().backend("sagemaker").sageMakerClient(sm).runtimeClient(rt)
                .featureStoreRuntimeClient(fs).s3Client(s3).defaultBucket("bucket").build();
        client.api(HostingApi.CAPABILITY).createModel(CreateModelRequest.builder().modelName(MODEL_NAME)
                .primaryContainer(c -> c.image(IMAGE_URI).modelDataUrl("s3://bucket/model/model.tar.gz"))
                .executionRoleArn("arn:aws:iam::111122223333:role/DummyRole").build());
    }

    @AfterAll
    static void stop() {
        client.close();
        api.close();
        server.close();
    }

    static JsonNode body(String target) throws Exception {
        String[] c = CAPTURED.stream().filter(r -> ("SageMaker." + target).equals(r[0])).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + target + " request was sent"));
        return SdkJson.MAPPER.readTree(c[1]);
    }

    static long count(String target) {
        return CAPTURED.stream().filter(r -> ("SageMaker." + target).equals(r[0])).count();
    }

    static JsonNode json(String text) throws Exception {
        return SdkJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    /** Python's {@code transformer} fixture: output_path and volume_kms_key. */
    static Transformer fixture() {
        return Transformer.builder().modelName(MODEL_NAME).instanceCount(1).instanceType(INSTANCE_TYPE)
                .outputPath(OUTPUT_PATH).volumeKmsKey(KMS_KEY_ID).session(client).build();
    }

    @Test
    void transform_jobNameOnly_sendsPythonsLoadConfig() throws Exception {
        // Python: transformer.transform(DATA, job_name="job", wait=False)
        fixture().transform(DATA, o -> o.jobName("job").wait(false));

        assertThat(body("CreateTransformJob")).isEqualTo(json("{'TransformJobName':'job','ModelName':'model',"
                + "'TransformInput':{'DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://bucket/input-data'}}},"
                + "'TransformOutput':{'S3OutputPath':'s3://bucket/output'},"
                + "'TransformResources':{'InstanceCount':1,'InstanceType':'ml.m4.xlarge',"
                + "'VolumeKmsKeyId':'kms-key-id'}}"));
    }

    @Test
    void transform_everyKeyword_sendsWhatPythonsStartNewSends() throws Exception {
        Transformer t = Transformer.builder().modelName(MODEL_NAME).instanceCount(1).instanceType(INSTANCE_TYPE)
                .strategy("MultiRecord").assembleWith("Line").outputPath(OUTPUT_PATH).outputKmsKey(KMS_KEY_ID)
                .accept("text/csv").maxConcurrentTransforms(100).maxPayload(100)
                .tags(List.of(Tag.builder().key("foo").value("bar").build())).env(Map.of("FOO", "BAR"))
                .baseTransformJobName("job").volumeKmsKey(KMS_KEY_ID).session(client).build();

        // Python: transformer.transform(DATA, "S3Prefix", content_type="text/csv", compression_type="Gzip",
        //     split_type="Line", job_name="job-all", input_filter="$.feature",
        //     output_filter="$['sagemaker_output', 'id']", join_source="Input", experiment_config={...},
        //     model_client_config={...},
        //     batch_data_capture_config=BatchDataCaptureConfig(destination_s3_uri=OUTPUT_PATH,
        //         kms_key_id=KMS_KEY_ID, generate_inference_id=False), wait=False)
        t.transform(DATA, o -> o.dataType("S3Prefix").contentType("text/csv").compressionType("Gzip")
                .splitType("Line").jobName("job-all").inputFilter("$.feature")
                .outputFilter("$['sagemaker_output', 'id']").joinSource("Input")
                .experimentConfig(e -> e.experimentName("exp").trialName("t").trialComponentDisplayName("tc"))
                .modelClientConfig(m -> m.invocationsTimeoutInSeconds(60).invocationsMaxRetries(2))
                .batchDataCaptureConfig(c -> c.destinationS3Uri(OUTPUT_PATH).kmsKeyId(KMS_KEY_ID)
                        .generateInferenceId(false))
                .wait(false));

        assertThat(body("CreateTransformJob")).isEqualTo(json("{'TransformJobName':'job-all','ModelName':'model',"
                + "'MaxConcurrentTransforms':100,'MaxPayloadInMB':100,'BatchStrategy':'MultiRecord',"
                + "'Environment':{'FOO':'BAR'},"
                + "'TransformInput':{'DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://bucket/input-data'}},'ContentType':'text/csv','CompressionType':'Gzip',"
                + "'SplitType':'Line'},"
                + "'TransformOutput':{'S3OutputPath':'s3://bucket/output','Accept':'text/csv','AssembleWith':'Line',"
                + "'KmsKeyId':'kms-key-id'},"
                + "'DataCaptureConfig':{'DestinationS3Uri':'s3://bucket/output','KmsKeyId':'kms-key-id',"
                + "'GenerateInferenceId':false},"
                + "'TransformResources':{'InstanceCount':1,'InstanceType':'ml.m4.xlarge',"
                + "'VolumeKmsKeyId':'kms-key-id'},"
                + "'DataProcessing':{'InputFilter':'$.feature',"
                + "'OutputFilter':'$[\\u0027sagemaker_output\\u0027, \\u0027id\\u0027]','JoinSource':'Input'},"
                + "'Tags':[{'Key':'foo','Value':'bar'}],"
                + "'ExperimentConfig':{'ExperimentName':'exp','TrialName':'t','TrialComponentDisplayName':'tc'},"
                + "'ModelClientConfig':{'InvocationsTimeoutInSeconds':60,'InvocationsMaxRetries':2}}"));
        // the local backend records what it cannot enforce
        var recorded = t.describe();
        assertThat(recorded.transformOutput().kmsKeyId()).isEqualTo(KMS_KEY_ID);
        assertThat(recorded.transformResources().volumeKmsKeyId()).isEqualTo(KMS_KEY_ID);
        assertThat(recorded.modelClientConfig().invocationsMaxRetries()).isEqualTo(2);
        assertThat(recorded.dataCaptureConfig().destinationS3Uri()).isEqualTo(OUTPUT_PATH);
        assertThat(recorded.experimentConfig().trialName()).isEqualTo("t");
    }

    @Test
    void transform_transformInput_sendsWhatTheSameKeywordsSend() throws Exception {
        // Python (pipelines): TransformStep(step_args=transformer.transform(...)) or
        //     TransformInput(data=DATA, content_type="text/csv", compression_type="Gzip", split_type="Line",
        //         input_filter="$.feature", output_filter="$.id", join_source="Input", model_client_config={...},
        //         batch_data_capture_config=BatchDataCaptureConfig(destination_s3_uri=OUTPUT_PATH))
        TransformInput in = TransformInput.builder().data(DATA).contentType("text/csv").compressionType("Gzip")
                .splitType("Line").inputFilter("$.feature").outputFilter("$.id").joinSource("Input")
                .modelClientConfig(m -> m.invocationsTimeoutInSeconds(60).invocationsMaxRetries(2))
                .batchDataCaptureConfig(c -> c.destinationS3Uri(OUTPUT_PATH)).build();
        fixture().transform(DATA, o -> o.contentType("text/csv").compressionType("Gzip").splitType("Line")
                .inputFilter("$.feature").outputFilter("$.id").joinSource("Input")
                .modelClientConfig(m -> m.invocationsTimeoutInSeconds(60).invocationsMaxRetries(2))
                .batchDataCaptureConfig(c -> c.destinationS3Uri(OUTPUT_PATH)).jobName("job-keywords").wait(false));
        ObjectNode keywords = (ObjectNode) body("CreateTransformJob");

        fixture().transform(in.data(), in.toTransformOptions().jobName("job-input").wait(false).build());
        ObjectNode input = (ObjectNode) body("CreateTransformJob");

        assertThat(input.get("TransformJobName").asText()).isEqualTo("job-input");
        assertThat(input.get("TransformInput")).isEqualTo(json("{'DataSource':{'S3DataSource':{"
                + "'S3DataType':'S3Prefix','S3Uri':'s3://bucket/input-data'}},'ContentType':'text/csv',"
                + "'CompressionType':'Gzip','SplitType':'Line'}"));
        keywords.remove("TransformJobName");
        input.remove("TransformJobName");
        assertThat(input).isEqualTo(keywords);
    }

    @Test
    void transform_noOutputPath_usesDefaultBucketAndJobName_anewForEachJob() throws Exception {
        Transformer t = Transformer.builder().modelName(MODEL_NAME).instanceType(INSTANCE_TYPE)
                .volumeKmsKey(KMS_KEY_ID).session(client).build();

        // Python: test_restart_output_path
        t.transform(DATA, o -> o.jobName("job-1").wait(false));
        assertThat(body("CreateTransformJob").at("/TransformOutput")).isEqualTo(json(
                "{'S3OutputPath':'s3://bucket/job-1'}"));
        t.transform(DATA, o -> o.jobName("job-2").wait(false));
        assertThat(body("CreateTransformJob").at("/TransformOutput")).isEqualTo(json(
                "{'S3OutputPath':'s3://bucket/job-2'}"));
    }

    @Test
    void transform_noJobName_namesTheJobAfterTheModelsImage_withOneTimestamp() throws Exception {
        long describes = count("DescribeModel");

        // Python: test_transform_with_job_name_based_on_containers
        fixture().transform(DATA, o -> o.wait(false));

        assertThat(count("DescribeModel")).isEqualTo(describes + 1);
        assertThat(body("DescribeModel")).isEqualTo(json("{'ModelName':'model'}"));
        assertThat(body("CreateTransformJob").get("TransformJobName").asText()).matches(IMAGE_URI + "-" + TIMESTAMP);

        // Python: test_transform_with_base_job_name_provided: name_from_base(base), no DescribeModel
        Transformer.builder().modelName(MODEL_NAME).instanceType(INSTANCE_TYPE).outputPath(OUTPUT_PATH)
                .baseTransformJobName("base-job-name").session(client).build().transform(DATA, o -> o.wait(false));
        assertThat(count("DescribeModel")).isEqualTo(describes + 1);
        assertThat(body("CreateTransformJob").get("TransformJobName").asText()).matches("base-job-name-" + TIMESTAMP);
    }
}
