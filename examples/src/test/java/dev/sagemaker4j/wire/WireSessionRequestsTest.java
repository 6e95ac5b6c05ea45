/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.featurestore.FeatureDefinition;
import dev.sagemaker4j.featurestore.FeatureGroup;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.TransformJobsApi;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * The helpers of Python's {@code Session} that sagemaker4j's {@link Session} mirrors: what they send through the
 * sagemaker backend (to the local API server), and what they do on the local backend.
 */
class WireSessionRequestsTest {
    @TempDir
    static Path tmp;
    static Session local;
    static EndpointServer api;
    static Session client;
    static final List<String[]> CAPTURED = new CopyOnWriteArrayList<>();

    /** Records each request's target and body. */
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
            CAPTURED.add(new String[] {context.httpRequest().firstMatchingHeader("X-Amz-Target").orElse(""), body});
        }
    }

    @BeforeAll
    static void start() {
        local = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(local, 0);
        URI uri = URI.create(api.url());
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKID", "SECRET"));
        Recorder recorder = new Recorder();
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
                .endpointOverride(uri).overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        SageMakerRuntimeClient rt = SageMakerRuntimeClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(credentials).endpointOverride(uri).build();
        SageMakerFeatureStoreRuntimeClient fs = SageMakerFeatureStoreRuntimeClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(credentials).endpointOverride(uri).build();
        S3Client s3 = S3Client.builder().region(Region.US_EAST_1).credentialsProvider(credentials)
                .endpointOverride(URI.create("http://127.0.0.1:1")).build();
        client = Session.sagemaker(sm, rt, fs, s3);
    }

    @AfterAll
    static void stop() {
        client.close();
        api.close();
        local.close();
    }

    static JsonNode body(String target) throws Exception {
        String[] c = CAPTURED.stream().filter(r -> target.equals(r[0])).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no " + target + " request was sent"));
        return SdkJson.MAPPER.readTree(c[1]);
    }

    static JsonNode json(String text) throws Exception {
        return SdkJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void featureMetadataAndListTags_sendWhatThePythonSessionSends() throws Exception {
        FeatureGroup group = new FeatureGroup("wire-session", client);
        group.featureDefinitions(List.of(FeatureDefinition.string("customer_id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.fractional("spend")));
        group.create(c -> c.s3Uri("s3://wire-bucket/features").recordIdentifierName("customer_id")
                .eventTimeFeatureName("event_time").roleArn("arn:aws:iam::111122223333:role/SM")
                .enableOnlineStore(true).tag("team", "growth"));

        // Python: session.update_feature_metadata("wire-session", "spend", description="monthly"): only the
        // keywords given are sent (unlike FeatureGroup.update_feature_metadata, which sends [] for the lists)
        client.updateFeatureMetadata("wire-session", "spend", u -> u.description("monthly"));
        assertThat(body("SageMaker.UpdateFeatureMetadata")).isEqualTo(json(
                "{'FeatureGroupName':'wire-session','FeatureName':'spend','Description':'monthly'}"));
        client.updateFeatureMetadata("wire-session", "spend", u -> u.parameterAdditions(Map.of("unit", "usd")));
        assertThat(body("SageMaker.UpdateFeatureMetadata")).isEqualTo(json("{'FeatureGroupName':'wire-session',"
                + "'FeatureName':'spend','ParameterAdditions':[{'Key':'unit','Value':'usd'}]}"));
        assertThat(client.describeFeatureMetadata("wire-session", "spend").description()).isEqualTo("monthly");
        assertThat(body("SageMaker.DescribeFeatureMetadata")).isEqualTo(json(
                "{'FeatureGroupName':'wire-session','FeatureName':'spend'}"));
        assertThat(local.describeFeatureMetadata("wire-session", "spend").parameters())
                .extracting(p -> p.key() + "=" + p.value()).containsExactly("unit=usd");
        client.updateFeatureMetadata("wire-session", "spend", u -> u.parameterRemovals(List.of("unit")));
        assertThat(body("SageMaker.UpdateFeatureMetadata")).isEqualTo(json("{'FeatureGroupName':'wire-session',"
                + "'FeatureName':'spend','ParameterRemovals':['unit']}"));

        // Python: session.list_tags(arn): MaxResults 50, every page
        String arn = group.describe().featureGroupArn();
        assertThat(client.listTags(arn)).extracting(t -> t.key() + "=" + t.value()).containsExactly("team=growth");
        assertThat(body("SageMaker.ListTags")).isEqualTo(json("{'ResourceArn':'" + arn + "','MaxResults':50}"));
        assertThat(client.listTags(arn, 100)).hasSize(1);
        assertThat(body("SageMaker.ListTags").get("MaxResults").asInt()).isEqualTo(100);
        assertThatThrownBy(() -> client.listTags(arn, 49)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.listTags("wire-session")).isInstanceOf(ValidationException.class);
    }

    @Test
    void identityAndS3Helpers_localBackend() throws Exception {
        String account = local.accountId();
        // Python: expand_role("SageMakerRole") asks IAM; an ARN comes back unchanged
        assertThat(local.expandRole("SageMakerRole")).isEqualTo("arn:aws:iam::" + account + ":role/SageMakerRole");
        assertThat(local.expandRole("arn:aws:iam::111122223333:role/service/SM"))
                .isEqualTo("arn:aws:iam::111122223333:role/service/SM");
        assertThatThrownBy(() -> local.expandRole(" ")).isInstanceOf(ValidationException.class);
        assertThat(local.getCallerIdentityArn()).isEqualTo("arn:aws:iam::" + account + ":role/sagemaker4j-local");

        // Python: upload_string_as_file_body(body, bucket, key) -> s3://bucket/key
        String bucket = local.defaultBucket();
        assertThat(local.uploadStringAsFileBody("a,b\n1,2\n", bucket, "athena/q-1.csv"))
                .isEqualTo("s3://" + bucket + "/athena/q-1.csv");
        assertThat(local.readS3File(bucket, "athena/q-1.csv")).isEqualTo("a,b\n1,2\n");
        assertThat(local.uploadStringAsFileBody("x", null, "k/x.txt")).isEqualTo("s3://" + bucket + "/k/x.txt");
        // Python: download_athena_query_result(bucket, "athena", "q-1", filename) reads athena/q-1.csv
        Path file = tmp.resolve("result.csv");
        assertThat(local.downloadAthenaQueryResult("s3://" + bucket + "/athena/", "q-1", file)).isEqualTo(file);
        assertThat(Files.readString(file)).isEqualTo("a,b\n1,2\n");
    }

    @Test
    void waitersAndTransformLog_followTheLocalJobs() throws Exception {
        Path bucketFolder = Files.createDirectories(tmp.resolve("server/s3/session-bucket/train"));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rows.append(i % 2).append(',').append(i % 7).append(',').append(i % 3).append('\n');
        }
        Files.writeString(bucketFolder.resolve("train.csv"), rows);
        String image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
        Estimator est = Estimator.builder().imageUri(image).role("arn:aws:iam::111122223333:role/SM")
                .instanceCount(1).instanceType("ml.m5.xlarge").outputPath("s3://session-bucket/out")
                .hyperparameters(Map.of("num_round", 3, "objective", "binary:logistic")).session(local).build();
        est.fit(Map.of("train", TrainingInput.builder().s3Data("s3://session-bucket/train/").contentType("text/csv")
                .build()), f -> f.logs(false).wait(false).jobName("session-job-1"));

        // Python: wait_for_job(job, poll=5)
        assertThat(local.waitForJob("session-job-1", Duration.ofMinutes(5), w -> w.poll(Duration.ofMillis(20)))
                .trainingJobStatusAsString()).isEqualTo("Completed");
        assertThatThrownBy(() -> Session.WaitForJobOptions.builder().poll(Duration.ZERO))
                .isInstanceOf(ValidationException.class);

        // Python: endpoint_from_job(job_name, 1, "ml.m5.large"): the job's image, role and name, its artifacts as
        // a ModelDataSource (S3Object, Gzip), then the configuration and the endpoint, waiting until InService
        String artifacts = local.api(dev.sagemaker4j.spi.TrainingJobsApi.CAPABILITY).describeTrainingJob(
                software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest.builder()
                        .trainingJobName("session-job-1").build()).modelArtifacts().s3ModelArtifacts();
        assertThat(client.endpointFromJob("session-job-1", 1, "ml.m5.large")).isEqualTo("session-job-1");
        assertThat(body("SageMaker.CreateModel")).isEqualTo(json("{'ModelName':'session-job-1',"
                + "'PrimaryContainer':{'Image':'" + image + "','Environment':{},'ModelDataSource':{'S3DataSource':"
                + "{'S3Uri':'" + artifacts + "','S3DataType':'S3Object','CompressionType':'Gzip'}}},"
                + "'ExecutionRoleArn':'arn:aws:iam::111122223333:role/SM'}"));
        assertThat(body("SageMaker.CreateEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'session-job-1',"
                + "'ProductionVariants':[{'VariantName':'AllTraffic','ModelName':'session-job-1',"
                + "'InitialInstanceCount':1,'InstanceType':'ml.m5.large','InitialVariantWeight':1.0}]}"));
        assertThat(body("SageMaker.CreateEndpoint")).isEqualTo(json(
                "{'EndpointName':'session-job-1','EndpointConfigName':'session-job-1'}"));
        assertThat(client.endpointInServiceOrNot("session-job-1")).isTrue();
        // an endpoint of that name exists: Python raises ValueError
        assertThatThrownBy(() -> client.endpointFromJob("session-job-1", 1, "ml.m5.large"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> client.endpointFromJob("session-job-1", e -> e.instanceType("ml.m5.large")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("initialInstanceCount");

        // Python: endpoint_from_model_data(model_s3_location, image_uri, 1, "ml.m5.large", name=..., role=...,
        //   model_environment_vars={"A": "1"}, tags=[{"Key": "team", "Value": "ml"}])
        assertThat(client.endpointFromModelData(artifacts, image, e -> e.initialInstanceCount(1)
                .instanceType("ml.m5.large").name("session-md").role("arn:aws:iam::111122223333:role/SM").modelEnvironmentVars(Map.of("A", "1"))
                .tags(Map.of("team", "ml")).wait(false))).isEqualTo("session-md");
        assertThat(body("SageMaker.CreateModel")).isEqualTo(json("{'ModelName':'session-md',"
                + "'PrimaryContainer':{'Image':'" + image + "','ModelDataUrl':'" + artifacts
                + "','Environment':{'A':'1'}},'ExecutionRoleArn':'arn:aws:iam::111122223333:role/SM'}"));
        assertThat(body("SageMaker.CreateEndpointConfig").get("Tags")).isEqualTo(json("[{'Key':'team','Value':'ml'}]"));
        assertThat(body("SageMaker.CreateEndpoint")).isEqualTo(json("{'EndpointName':'session-md',"
                + "'EndpointConfigName':'session-md','Tags':[{'Key':'team','Value':'ml'}]}"));
        assertThat(client.waitForEndpoint("session-md", Duration.ofMinutes(2)).endpointStatusAsString())
                .isEqualTo("InService");
        // Python: create_endpoint_config_from_existing("session-md", "session-md-2", new_kms_key=...): the
        // existing variants, the new key
        assertThat(client.createEndpointConfigFromExisting("session-md", "session-md-2",
                c -> c.newKmsKey("alias/k"))).isEqualTo("session-md-2");
        JsonNode copied = body("SageMaker.CreateEndpointConfig");
        assertThat(copied.get("EndpointConfigName").asText()).isEqualTo("session-md-2");
        assertThat(copied.get("KmsKeyId").asText()).isEqualTo("alias/k");
        assertThat(copied.get("ProductionVariants").get(0).get("ModelName").asText()).isEqualTo("session-md");
        assertThat(copied.get("ProductionVariants").get(0).get("InstanceType").asText()).isEqualTo("ml.m5.large");
        client.createEndpointConfigFromExisting("session-md-2", "session-md-3", c -> c.newTags(Map.of("v", "3"))
                .newProductionVariants(List.of(Session.productionVariant("session-md", "ml.m5.xlarge", 2))));
        assertThat(body("SageMaker.CreateEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'session-md-3',"
                + "'ProductionVariants':[{'VariantName':'AllTraffic','ModelName':'session-md',"
                + "'InitialInstanceCount':2,'InstanceType':'ml.m5.xlarge','InitialVariantWeight':1.0}],"
                + "'Tags':[{'Key':'v','Value':'3'}],'KmsKeyId':'alias/k'}"));
        assertThat(local.api(HostingApi.CAPABILITY).describeEndpointConfig(DescribeEndpointConfigRequest.builder()
                .endpointConfigName("session-md-3").build()).kmsKeyId()).isEqualTo("alias/k");
        for (String endpoint : List.of("session-job-1", "session-md")) {
            client.api(HostingApi.CAPABILITY).deleteEndpoint(
                    software.amazon.awssdk.services.sagemaker.model.DeleteEndpointRequest.builder()
                            .endpointName(endpoint).build());
        }

        est.deploy(d -> d.initialInstanceCount(1).instanceType("ml.m5.large").endpointName("session-endpoint")
                .wait(false));
        // Python: wait_for_endpoint(endpoint, poll=30, live_logging=True); local endpoints keep no log
        List<String> live = new CopyOnWriteArrayList<>();
        assertThat(local.waitForEndpoint("session-endpoint", Duration.ofMinutes(2),
                w -> w.poll(Duration.ofMillis(20)).liveLogging(true).sink(live::add)).endpointStatusAsString())
                .isEqualTo("InService");
        assertThat(live).isEmpty();
        // Python: endpoint_in_service_or_not: False for an endpoint that does not exist
        assertThat(local.endpointInServiceOrNot("session-endpoint")).isTrue();
        assertThat(local.endpointInServiceOrNot("no-such-endpoint")).isFalse();
        assertThat(client.endpointInServiceOrNot("session-endpoint")).isTrue();
        assertThat(client.endpointInServiceOrNot("no-such-endpoint")).isFalse();

        String model = local.api(HostingApi.CAPABILITY).describeEndpointConfig(DescribeEndpointConfigRequest.builder()
                .endpointConfigName("session-endpoint").build()).productionVariants().get(0).modelName();
        Path batch = Files.createDirectories(tmp.resolve("server/s3/session-bucket/batch"));
        Files.writeString(batch.resolve("b.csv"), "1,2\n3,4\n");
        local.api(TransformJobsApi.CAPABILITY).createTransformJob(CreateTransformJobRequest.builder()
                .transformJobName("session-transform").modelName(model)
                .transformInput(i -> i.contentType("text/csv").splitType("Line").dataSource(s -> s.s3DataSource(
                        d -> d.s3DataType("S3Prefix").s3Uri("s3://session-bucket/batch/"))))
                .transformOutput(o -> o.s3OutputPath("s3://session-bucket/scores"))
                .transformResources(r -> r.instanceType("ml.m5.large").instanceCount(1)).build());
        // Python: wait_for_transform_job(job, poll=5), then logs_for_transform_job(job_name) shows its log
        assertThat(local.waitForTransformJob("session-transform", Duration.ofMinutes(2),
                w -> w.poll(Duration.ofMillis(20))).transformJobStatusAsString()).isEqualTo("Completed");
        List<String> lines = new CopyOnWriteArrayList<>();
        assertThat(local.logsForTransformJob("session-transform", l -> l.wait(true).sink(lines::add))
                .transformJobStatusAsString()).isEqualTo("Completed");
        assertThat(lines).isNotEmpty();
        assertThat(lines).isEqualTo(local.backend().logs().readLog(
                dev.sagemaker4j.spi.LogsApi.TRANSFORM_JOBS, "session-transform", 0));
        local.api(HostingApi.CAPABILITY).deleteEndpoint(
                software.amazon.awssdk.services.sagemaker.model.DeleteEndpointRequest.builder()
                        .endpointName("session-endpoint").build());
    }
}
