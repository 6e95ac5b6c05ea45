/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.transformer.Transformer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

/**
 * Both directions of wire compatibility: real AWS SDK v2 clients (the sagemaker backend) marshal real
 * HTTP into the local SageMaker API server, which runs the requests on the local backend; S3 is a real
 * S3-compatible server (s3proxy) on loopback that both sides use. The same flow through
 * {@code Session.local()} gives the same results.
 */
class WireCompatibilityTest {
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("test-access", "test-secret"));
    @TempDir
    static Path tmp;
    static S3Proxy s3;
    static URI s3Endpoint;
    static Session serverSide;
    static EndpointServer api;
    static Session client;

    @BeforeAll
    static void start() throws Exception {
        Path blobs = Files.createDirectories(tmp.resolve("blobs"));
        s3 = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(blobs.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret").build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        s3Endpoint = URI.create("http://127.0.0.1:" + s3.getPort());
        serverSide = Session.builder().backend("local").root(tmp.resolve("server")).endpointOverride("s3", s3Endpoint)
                .s3PathStyle(true).credentialsProvider(CREDENTIALS).build();
        api = LocalApiServer.start(serverSide, 0);
        URI apiUri = URI.create(api.url());
        client = Session.builder().backend("sagemaker").region("us-east-1").credentialsProvider(CREDENTIALS)
                .endpointOverride("sagemaker", apiUri).endpointOverride("sagemaker-runtime", apiUri)
                .endpointOverride("sagemaker-featurestore-runtime", apiUri).endpointOverride("s3", s3Endpoint)
                .s3PathStyle(true).property("accountId", "000000000000").root(tmp.resolve("client")).build();
    }

    @AfterAll
    static void stop() throws Exception {
        client.close();
        api.close();
        serverSide.close();
        s3.stop();
    }

    /** What the quickstart flow produced, to compare the two paths. */
    static final class Outcome {
        Map<String, Float> metrics;
        List<List<String>> predictions;
        List<String> transformed;
    }

    static Outcome quickstart(Session session, Path data) {
        String bucket = session.defaultBucket();
        String train = session.uploadData(data.resolve("train.csv"), bucket, "wire/train");
        String batch = session.uploadData(data.resolve("batch.csv"), bucket, "wire/batch");
        Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .role("arn:aws:iam::000000000000:role/SageMakerRole").instanceType("local").session(session)
                .outputPath("s3://" + bucket + "/wire/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 20, "eval_metric", "auc")).build();
        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()),
                f -> f.logs(false));
        Outcome o = new Outcome();
        o.metrics = xgb.latestTrainingJob().describe().finalMetricDataList().stream()
                .collect(Collectors.toMap(MetricData::metricName, MetricData::value));
        Predictor<List<List<String>>> p = xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
        o.predictions = p.predict(new double[][] {{0.5, -1, 2}, {-2, 1, 0.1}});
        Transformer t = xgb.transformer(1, "local", c -> c.strategy("MultiRecord").assembleWith("Line")
                .outputPath("s3://" + bucket + "/wire/scores"));
        t.transform(batch, x -> x.contentType("text/csv").splitType("Line").inputFilter("$[1:]")
                .outputFilter("$[0,-1]").joinSource("Input").logs(false));
        o.transformed = List.of(session.readS3File(bucket, "wire/scores/batch.csv.out").split("\n"));
        p.deleteModel();
        p.deleteEndpoint();
        return o;
    }

    static Path data() throws Exception {
        return dataIn(tmp.resolve("data"));
    }

    static Path dataIn(Path folder) throws Exception {
        Path dir = Files.createDirectories(folder);
        Random r = new Random(3);
        StringBuilder train = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            double a = r.nextGaussian();
            double b = r.nextGaussian();
            double c = r.nextGaussian();
            train.append(a + b - c > 0 ? 1 : 0).append(',').append((float) a).append(',').append((float) b).append(',')
                    .append((float) c).append('\n');
        }
        Files.writeString(dir.resolve("train.csv"), train);
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            batch.append("id").append(i).append(',').append((float) r.nextGaussian()).append(',')
                    .append((float) r.nextGaussian()).append(',').append((float) r.nextGaussian()).append('\n');
        }
        Files.writeString(dir.resolve("batch.csv"), batch);
        return dir;
    }

    @Test
    void quickstartFlow_throughRealAwsClientsAndTheLocalApiServer_equalsTheLocalSession() throws Exception {
        Path data = data();

        Outcome remote = quickstart(client, data);
        Outcome local;
        try (Session direct = Session.local(tmp.resolve("direct"))) {
            local = quickstart(direct, data);
        }

        assertThat(remote.metrics).isEqualTo(local.metrics).containsKey("train:auc");
        assertThat(remote.predictions).isEqualTo(local.predictions).hasSize(2);
        assertThat(remote.transformed).isEqualTo(local.transformed).hasSize(20);
        assertThat(remote.transformed.get(0)).startsWith("id0,");
        // the job ran behind the API server, on the local backend
        assertThat(serverSide.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder()
                .build())
                .trainingJobSummaries()).isNotEmpty();
    }

    @Test
    void errors_comeBackInTheServicesShape_andTheServerKeepsServing() throws Exception {
        assertThatThrownBy(() -> client.api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest.builder()
                .endpointName("no-such-endpoint").build()))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("no-such-endpoint");
        assertThatThrownBy(() -> client.api(TrainingJobsApi.CAPABILITY)
                .createTrainingJob(CreateTrainingJobRequest.builder()
                .trainingJobName("bad_name").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("TrainingJobName");
        assertThatThrownBy(() -> Predictor.builder("missing-endpoint", client).serializer(new CSVSerializer())
                .deserializer(new CSVDeserializer()).build().predict("1,2,3"))
                .isInstanceOf(dev.sagemaker4j.exceptions.SageMakerException.class)
                .hasMessageContaining("missing-endpoint");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(api.url() + "/"))
                .header("X-Amz-Target", "SageMaker.LaunchRocket").header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"__type\":\"UnknownOperationException\"");
        HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(URI.create(api.url() + "/"))
                .header("X-Amz-Target", "SageMaker.DescribeTrainingJob")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("SerializationException");
        HttpResponse<String> wrongType = http.send(HttpRequest.newBuilder(URI.create(api.url() + "/"))
                .header("X-Amz-Target", "SageMaker.ListTrainingJobs")
                .POST(HttpRequest.BodyPublishers.ofString("{\"MaxResults\":\"ten\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("ValidationException").contains("MaxResults");
        HttpResponse<String> tooBig = http.send(HttpRequest.newBuilder(URI.create(api.url() + "/"))
                .header("X-Amz-Target", "SageMaker.ListTrainingJobs")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[17 * 1024 * 1024])).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tooBig.statusCode()).isEqualTo(413);

        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(api.url() + "/"))
                .header("X-Amz-Target", "SageMaker.ListTrainingJobs").header("Content-Type",
                        "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).startsWith("{\"TrainingJobSummaries\":");
        assertThat(LocalApiServer.operations(serverSide)).contains("CreateTrainingJob", "DescribeEndpoint",
                "CreateTransformJob");
    }

    @Test
    void fileInputs_areUploadedToS3BeforeTheJobIsCreated() throws Exception {
        Path data = data();
        Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", "us-east-1", "1.7-1"))
                .instanceType("local").session(client).outputPath("s3://" + client.defaultBucket() + "/wire/file-out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 3)).build();

        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(data.resolve("train.csv").toUri().toString())
                .contentType("text/csv").build()),
                f -> f.logs(false).jobName("file-input-job"));

        DescribeTrainingJobResponse job = xgb.latestTrainingJob().describe();
        String uri = job.inputDataConfig().get(0).dataSource().s3DataSource().s3Uri();
        assertThat(uri).isEqualTo("s3://" + client.defaultBucket() + "/file-input-job/input/train/train.csv");
        assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
        List<String> keys = new ArrayList<>(client.listS3Files(client.defaultBucket(), "file-input-job/"));
        assertThat(keys).containsExactly("file-input-job/input/train/train.csv");
    }

    @Test
    void featureStoreRuntime_restJsonThroughTheServer_reachesTheLocalFeatureStore() {
        client.api(FeatureGroupsApi.CAPABILITY).createFeatureGroup(software.amazon.awssdk.services.sagemaker.model
                .CreateFeatureGroupRequest.builder().featureGroupName("wire-customers")
                .recordIdentifierFeatureName("customer_id").eventTimeFeatureName("event_time")
                .featureDefinitions(
                        software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder()
                                .featureName("customer_id").featureType("String").build(),
                        software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder()
                                .featureName("event_time").featureType("String").build(),
                        software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder()
                                .featureName("spend").featureType("Fractional").build())
                .onlineStoreConfig(o -> o.enableOnlineStore(true))
                .offlineStoreConfig(o -> o.s3StorageConfig(c -> c.s3Uri("s3://" + client.defaultBucket() + "/fs")))
                .build());
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!"Created".equals(client.api(FeatureGroupsApi.CAPABILITY).describeFeatureGroup(
                software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupRequest.builder()
                        .featureGroupName("wire-customers").build())
                .featureGroupStatusAsString()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        var fs = client.featureStoreRuntimeApi();
        fs.putRecord(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordRequest.builder()
                .featureGroupName("wire-customers").record(
                        value("customer_id", "c 42/x"), value("event_time", "2026-11-27T10:00:00Z"),
                        value("spend", "12.5")).build());

        var got = fs.getRecord(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest.builder()
                .featureGroupName("wire-customers").recordIdentifierValueAsString("c 42/x").featureNames("spend")
                .build());
        assertThat(got.record()).hasSize(1);
        assertThat(got.record().get(0).valueAsString()).isEqualTo("12.5");
        var batch = fs.batchGetRecord(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordRequest.builder()
                .identifiers(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordIdentifier
                        .builder().featureGroupName("wire-customers").recordIdentifiersValueAsString("c 42/x",
                        "nobody").build()).build());
        assertThat(batch.records()).hasSize(1);
        assertThat(batch.unprocessedIdentifiers()).isEmpty();
        fs.deleteRecord(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordRequest.builder().featureGroupName("wire-customers")
                .recordIdentifierValueAsString("c 42/x").eventTime("2026-11-27T11:00:00Z").deletionMode("HardDelete")
                .build());
        assertThat(fs.getRecord(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest.builder().featureGroupName("wire-customers")
                .recordIdentifierValueAsString("c 42/x").build()).record()).isEmpty();
        assertThatThrownBy(() -> fs.getRecord(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest.builder()
                .featureGroupName("no-such-group").recordIdentifierValueAsString("1").build()))
                        .isInstanceOf(ResourceNotFoundException.class);
    }

    static software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue value(String name,
                                                                                                   String value) {
        return software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue.builder()
                .featureName(name).valueAsString(value).build();
    }

    @Test
    void modelErrors_keepTheModelsStatusAndMessageAcrossTheWire() throws Exception {
        Path data = data();
        String bucket = client.defaultBucket();
        String train = client.uploadData(data.resolve("train.csv"), bucket, "wire/err-train");
        Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", "us-east-1", "1.7-1"))
                .instanceType("local").session(client).outputPath("s3://" + bucket + "/wire/err-out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 3)).build();
        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()),
                f -> f.logs(false));
        Predictor<List<List<String>>> p = xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));

        assertThatThrownBy(() -> p.predict("1,2"))
                .isInstanceOfSatisfying(ModelErrorException.class, e -> {
                    assertThat(e.originalStatusCode()).isEqualTo(400);
                    assertThat(e.originalMessage()).isEqualTo("Record 1 has 2 features; the model expects 3");
                });
        assertThat(p.predict("1,2,3")).hasSize(1);
        p.deleteEndpoint();
    }
}
