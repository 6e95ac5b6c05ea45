/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.featurestore.FeatureDefinition;
import dev.sagemaker4j.featurestore.FeatureGroup;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.wire.RecordingClients.Captured;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;

/**
 * What the sagemaker backend puts on the wire for each call of the SDK, field by field, against what
 * the Python SDK v2 sends for the same call (its {@code _get_train_args}, {@code container_def},
 * {@code production_variant}, {@code create_endpoint}, {@code invoke_endpoint} and
 * {@code _get_transform_args}). Known difference: the Python SDK adds a default
 * {@code DebugHookConfig}/{@code ProfilerConfig} to training jobs in regions with SageMaker Debugger;
 * sagemaker4j sends neither. The requests are captured by an SDK interceptor and then really sent to
 * the local API server, which answers them.
 */
class WireRequestsTest {
    static final StaticCredentialsProvider CREDENTIALS = RecordingClients.CREDENTIALS;
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;
    static final List<Captured> CAPTURED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        URI uri = URI.create(api.url());
        client = RecordingClients.session(uri, CAPTURED);
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

    @Test
    void fitDeployPredict_sendWhatThePythonSdkSends() throws Exception {
        String bucketFolder = tmp.resolve("server/s3/wire-bucket").toString();
        Path train = Files.createDirectories(Path.of(bucketFolder, "train"));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rows.append(i % 2).append(',').append(i % 7).append(',').append(i % 3).append('\n');
        }
        Files.writeString(train.resolve("train.csv"), rows);
        String image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
        Estimator est = Estimator.builder().imageUri(image).role("arn:aws:iam::111122223333:role/SM")
                .instanceCount(1).instanceType("ml.m5.xlarge").outputPath("s3://wire-bucket/out")
                .hyperparameters(Map.of("num_round", 5, "objective", "binary:logistic")).session(client).build();

        est.fit(Map.of("train", TrainingInput.builder().s3Data("s3://wire-bucket/train/").contentType("text/csv")
                .build()), f -> f.logs(false).jobName("wire-job-1"));

        assertThat(body("SageMaker.CreateTrainingJob")).isEqualTo(json("{"
                + "'TrainingJobName':'wire-job-1',"
                + "'HyperParameters':{'num_round':'5','objective':'binary:logistic'},"
                + "'AlgorithmSpecification':{'TrainingImage':'" + image + "','TrainingInputMode':'File'},"
                + "'RoleArn':'arn:aws:iam::111122223333:role/SM',"
                + "'InputDataConfig':[{'ChannelName':'train','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://wire-bucket/train/','S3DataDistributionType':'FullyReplicated'}},"
                + "'ContentType':'text/csv'}],"
                + "'OutputDataConfig':{'S3OutputPath':'s3://wire-bucket/out'},"
                + "'ResourceConfig':{'InstanceType':'ml.m5.xlarge','InstanceCount':1,'VolumeSizeInGB':30},"
                + "'StoppingCondition':{'MaxRuntimeInSeconds':86400}}"));
        assertThat(body("SageMaker.DescribeTrainingJob")).isEqualTo(json("{'TrainingJobName':'wire-job-1'}"));

        Predictor<List<List<String>>> p = est.deploy(d -> d.initialInstanceCount(1).instanceType("ml.m5.large")
                .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()).endpointName("wire-endpoint"));
        JsonNode model = body("SageMaker.CreateModel");
        String modelName = model.get("ModelName").asText();
        assertThat(model).isEqualTo(json("{'ModelName':'" + modelName + "','PrimaryContainer':{'Image':'" + image
                + "','ModelDataUrl':'s3://wire-bucket/out/wire-job-1/output/model.tar.gz','Environment':{}},"
                + "'ExecutionRoleArn':'arn:aws:iam::111122223333:role/SM'}"));
        assertThat(body("SageMaker.CreateEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'wire-endpoint',"
                + "'ProductionVariants':[{'VariantName':'AllTraffic','ModelName':'" + modelName + "',"
                + "'InitialInstanceCount':1,'InstanceType':'ml.m5.large','InitialVariantWeight':1.0}]}"));
        assertThat(body("SageMaker.CreateEndpoint")).isEqualTo(json(
                "{'EndpointName':'wire-endpoint','EndpointConfigName':'wire-endpoint'}"));

        p.predict(new double[][] {{0.5, 1}, {2, 3}}, o -> o.inferenceId("inference-7").customAttributes("my-attrs"));
        Captured invoke = CAPTURED.stream().filter(c -> c.path().endsWith("/invocations")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(invoke.method()).isEqualTo("POST");
        assertThat(invoke.path()).isEqualTo("/endpoints/wire-endpoint/invocations");
        assertThat(invoke.headers().get("Content-Type")).containsExactly("text/csv");
        assertThat(invoke.headers().get("Accept")).containsExactly("text/csv");
        assertThat(invoke.headers().get("X-Amzn-SageMaker-Inference-Id")).containsExactly("inference-7");
        assertThat(invoke.headers().get("X-Amzn-SageMaker-Custom-Attributes")).containsExactly("my-attrs");
        assertThat(invoke.body()).isEqualTo("0.5,1.0\n2.0,3.0");
        p.deleteEndpoint();
        assertThat(body("SageMaker.DeleteEndpoint")).isEqualTo(json("{'EndpointName':'wire-endpoint'}"));
        assertThat(body("SageMaker.DeleteEndpointConfig")).isEqualTo(json("{'EndpointConfigName':'wire-endpoint'}"));

        Files.createDirectories(Path.of(bucketFolder, "batch"));
        Files.writeString(Path.of(bucketFolder, "batch", "b.csv"), "x,1,2\ny,3,4\n");
        est.transformer(1, "ml.m5.large", o -> o.strategy("MultiRecord").assembleWith("Line")
                .outputPath("s3://wire-bucket/scores"))
                .transform("s3://wire-bucket/batch/", o -> o.contentType("text/csv").splitType("Line")
                        .jobName("wire-transform").inputFilter("$[1:]").outputFilter("$[0,-1]").joinSource("Input")
                        .logs(false));
        assertThat(body("SageMaker.CreateTransformJob")).isEqualTo(json("{'TransformJobName':'wire-transform',"
                + "'ModelName':'" + body("SageMaker.CreateTransformJob").get("ModelName").asText() + "',"
                + "'BatchStrategy':'MultiRecord',"
                + "'TransformInput':{'DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://wire-bucket/batch/'}},'ContentType':'text/csv','SplitType':'Line'},"
                + "'TransformOutput':{'S3OutputPath':'s3://wire-bucket/scores','AssembleWith':'Line'},"
                + "'TransformResources':{'InstanceType':'ml.m5.large','InstanceCount':1},"
                + "'DataProcessing':{'InputFilter':'$[1:]','OutputFilter':'$[0,-1]','JoinSource':'Input'}}"));
        // Python: model_name = name_from_base(base_job_name), base_job_name = base_name_from_image(image)
        assertThat(body("SageMaker.CreateTransformJob").get("ModelName").asText())
                .matches("sagemaker-xgboost-\\d{4}(-\\d{2}){5}-\\d{3}");
        assertThat(Files.readString(Path.of(bucketFolder, "scores", "b.csv.out"))).startsWith("x,");
    }

    @Test
    void featureGroupCreateAndPutRecord_sendWhatThePythonSdkSends() throws Exception {
        FeatureGroup group = new FeatureGroup("wire-features", client);
        group.featureDefinitions(List.of(FeatureDefinition.string("customer_id"),
                FeatureDefinition.string("event_time"),
                FeatureDefinition.fractional("spend")));

        group.create(c -> c.s3Uri("s3://wire-bucket/features").recordIdentifierName("customer_id")
                .eventTimeFeatureName("event_time").roleArn("arn:aws:iam::111122223333:role/SM").enableOnlineStore(true));
        group.putRecord(List.of(FeatureValue.builder().featureName("customer_id").valueAsString("c1").build(),
                FeatureValue.builder().featureName("event_time").valueAsString("2026-11-01T00:00:00Z").build(),
                FeatureValue.builder().featureName("spend").valueAsString("1.5").build()));

        // FeatureGroup.create: Session.create_feature_group drops None arguments; OfflineStoreConfig always
        // carries DisableGlueTableCreation (default False)
        assertThat(body("SageMaker.CreateFeatureGroup")).isEqualTo(json("{'FeatureGroupName':'wire-features',"
                + "'RecordIdentifierFeatureName':'customer_id','EventTimeFeatureName':'event_time',"
                + "'FeatureDefinitions':[{'FeatureName':'customer_id','FeatureType':'String'},"
                + "{'FeatureName':'event_time','FeatureType':'String'},{'FeatureName':'spend','FeatureType':'Fractional'}],"
                + "'OnlineStoreConfig':{'EnableOnlineStore':true},"
                + "'OfflineStoreConfig':{'S3StorageConfig':{'S3Uri':'s3://wire-bucket/features'},"
                + "'DisableGlueTableCreation':false},"
                + "'RoleArn':'arn:aws:iam::111122223333:role/SM'}"));
        // FeatureGroup.put_record: PUT /FeatureGroup/{name} with the record only (no TtlDuration, TargetStores)
        Captured put = CAPTURED.stream().filter(c -> c.method().equals("PUT")).reduce((a, b) -> b).orElseThrow();
        assertThat(put.path()).isEqualTo("/FeatureGroup/wire-features");
        assertThat(SdkJson.MAPPER.readTree(put.body())).isEqualTo(json("{'Record':["
                + "{'FeatureName':'customer_id','ValueAsString':'c1'},"
                + "{'FeatureName':'event_time','ValueAsString':'2026-11-01T00:00:00Z'},"
                + "{'FeatureName':'spend','ValueAsString':'1.5'}]}"));
        assertThat(server.featureStoreRuntimeApi().getRecord(
                software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest.builder()
                        .featureGroupName("wire-features").recordIdentifierValueAsString("c1").build()).record())
                .hasSize(3);
    }

    @Test
    void featureGroupKeywords_sendWhatThePythonSdkSends() throws Exception {
        FeatureGroup group = new FeatureGroup("wire-keywords", client);
        group.featureDefinitions(List.of(FeatureDefinition.string("customer_id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.fractional("spend")));
        String key = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

        // Python: create(s3_uri, "customer_id", "event_time", role_arn, online_store_kms_key_id="alias/online",
        //   enable_online_store=True, ttl_duration=TtlDuration("Days", 3), offline_store_kms_key_id=key,
        //   description="d", tags=[{"Key": "team", "Value": "growth"}], table_format=TableFormatEnum.ICEBERG,
        //   online_store_storage_type=OnlineStoreStorageTypeEnum.STANDARD,
        //   throughput_config=ThroughputConfig(ThroughputModeEnum.ON_DEMAND))
        group.create(c -> c.s3Uri("s3://wire-bucket/features").recordIdentifierName("customer_id")
                .eventTimeFeatureName("event_time").roleArn("arn:aws:iam::111122223333:role/SM")
                .onlineStoreKmsKeyId("alias/online").enableOnlineStore(true)
                .ttlDuration(software.amazon.awssdk.services.sagemaker.model.TtlDuration.builder().unit("Days")
                        .value(3).build())
                .offlineStoreKmsKeyId(key).description("d").tag("team", "growth").tableFormat("Iceberg")
                .onlineStoreStorageType("Standard").throughputConfig(
                        software.amazon.awssdk.services.sagemaker.model.ThroughputConfig.builder()
                                .throughputMode("OnDemand").build()));
        assertThat(body("SageMaker.CreateFeatureGroup")).isEqualTo(json("{'FeatureGroupName':'wire-keywords',"
                + "'RecordIdentifierFeatureName':'customer_id','EventTimeFeatureName':'event_time',"
                + "'FeatureDefinitions':[{'FeatureName':'customer_id','FeatureType':'String'},"
                + "{'FeatureName':'event_time','FeatureType':'String'},{'FeatureName':'spend','FeatureType':'Fractional'}],"
                + "'OnlineStoreConfig':{'EnableOnlineStore':true,'SecurityConfig':{'KmsKeyId':'alias/online'},"
                + "'TtlDuration':{'Unit':'Days','Value':3},'StorageType':'Standard'},"
                + "'ThroughputConfig':{'ThroughputMode':'OnDemand'},"
                + "'OfflineStoreConfig':{'S3StorageConfig':{'S3Uri':'s3://wire-bucket/features','KmsKeyId':'" + key
                + "'},'DisableGlueTableCreation':false,'TableFormat':'Iceberg'},"
                + "'RoleArn':'arn:aws:iam::111122223333:role/SM','Description':'d',"
                + "'Tags':[{'Key':'team','Value':'growth'}]}"));

        // Python: put_record(record, target_stores=[TargetStoreEnum.ONLINE_STORE],
        //   ttl_duration=TtlDuration("Hours", 2)): both named, whatever their order
        // an event time of now: the record lives two hours
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        group.putRecord(List.of(FeatureValue.builder().featureName("customer_id").valueAsString("c1").build(),
                        FeatureValue.builder().featureName("event_time").valueAsString(now).build()),
                p -> p.ttlDuration(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TtlDuration
                        .builder().unit("Hours").value(2).build())
                        .targetStores(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TargetStore
                                .ONLINE_STORE));
        Captured put = CAPTURED.stream().filter(c -> c.method().equals("PUT")).reduce((a, b) -> b).orElseThrow();
        assertThat(SdkJson.MAPPER.readTree(put.body())).isEqualTo(json("{'Record':["
                + "{'FeatureName':'customer_id','ValueAsString':'c1'},"
                + "{'FeatureName':'event_time','ValueAsString':'" + now + "'}],"
                + "'TargetStores':['OnlineStore'],'TtlDuration':{'Unit':'Hours','Value':2}}"));

        // Python: update(feature_additions=[FractionalFeatureDefinition("visits")])
        group.update(List.of(FeatureDefinition.fractional("visits")));
        assertThat(body("SageMaker.UpdateFeatureGroup")).isEqualTo(json("{'FeatureGroupName':'wire-keywords',"
                + "'FeatureAdditions':[{'FeatureName':'visits','FeatureType':'Fractional'}]}"));
        // Python: update_feature_metadata("spend", description="monthly"): additions and removals go as []
        group.updateFeatureMetadata("spend", m -> m.description("monthly"));
        assertThat(body("SageMaker.UpdateFeatureMetadata")).isEqualTo(json("{'FeatureGroupName':'wire-keywords',"
                + "'FeatureName':'spend','Description':'monthly','ParameterAdditions':[],'ParameterRemovals':[]}"));
        assertThat(group.describeFeatureMetadata("spend").description()).isEqualTo("monthly");
        // Python: list_tags() on the group's ARN, 50 a page
        assertThat(group.listTags()).extracting(t -> t.key() + "=" + t.value()).containsExactly("team=growth");
        assertThat(body("SageMaker.ListTags")).isEqualTo(json("{'ResourceArn':'" + group.describe().featureGroupArn()
                + "','MaxResults':50}"));

        assertThat(LocalApiServer.operations(server)).contains("UpdateFeatureGroup", "UpdateFeatureMetadata",
                "DescribeFeatureMetadata", "ListTags", "AddTags");
        // GetRecord through the service: no Record for an unknown id, an empty Record for a record whose asked-for
        // features have no value
        assertThat(group.getRecord("nobody")).isEmpty();
        assertThat(group.getRecord("c1", List.of("spend"))).hasValue(List.of());
        assertThat(group.getRecord("c1")).hasValueSatisfying(r -> assertThat(r).hasSize(2));
    }
}
