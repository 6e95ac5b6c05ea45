/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HubAccessConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelAccessConfig;

/**
 * The channels of {@code TrainingInput.addHubAccessConfig} / {@code addModelAccessConfig} on the wire, against
 * what the Python SDK v2.257.6 sends: its {@code inputs.py} puts the dicts given to
 * {@code add_hub_access_config(hub_access_config)} and {@code add_model_access_config(model_access_config)}
 * under {@code config["DataSource"]["S3DataSource"]["HubAccessConfig"]} and {@code ["ModelAccessConfig"]}
 * (the JumpStart estimator passes {@code {"HubContentArn": arn}} and {@code {"AcceptEula": True}}), and
 * {@code None} leaves the channel as it is. The server side is the local API server, which records the
 * channels in its DescribeTrainingJob response.
 */
class WireInputsRequestsTest {
    static final String IMAGE = WireTrainingRequestsTest.IMAGE;
    static final String ROLE = WireTrainingRequestsTest.ROLE;
    static final String HUB_CONTENT_ARN =
            "arn:aws:sagemaker:us-east-1:111122223333:hub-content/my-hub/ModelReference/my-model/1.0.0";
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;

    @BeforeAll
    static void start() throws Exception {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        client = RecordingClients.session(URI.create(api.url()), WireRequestsTest.CAPTURED);
    }

    @AfterAll
    static void stop() {
        client.close();
        api.close();
        server.close();
    }

    Estimator estimator() {
        return Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).hyperparameter("num_round", 1)
                .instanceCount(1).instanceType("ml.m5.xlarge").outputPath("s3://bucket/output")
                .baseJobName("inputs").build();
    }

    @Test
    void fit_hubAndModelAccessConfigs_sitOnTheChannelsS3DataSourceAsInPython() throws Exception {
        TrainingInput train = TrainingInput.builder().s3Data("s3://bucket/train").contentType("text/csv").build()
                .addHubAccessConfig(HubAccessConfig.builder().hubContentArn(HUB_CONTENT_ARN).build())
                .addModelAccessConfig(ModelAccessConfig.builder().acceptEula(true).build());
        TrainingInput validation = TrainingInput.of("s3://bucket/validation")
                .addHubAccessConfig(null).addModelAccessConfig(null);
        Map<String, TrainingInput> inputs = new LinkedHashMap<>();
        inputs.put("train", train);
        inputs.put("validation", validation);

        TrainingJob job = estimator().fit(inputs, f -> f.wait(false));

        // Python: TrainingInput("s3://bucket/train", content_type="text/csv"), then
        // .add_hub_access_config({"HubContentArn": arn}) and .add_model_access_config({"AcceptEula": True});
        // the validation channel with both None
        JsonNode request = WireRequestsTest.body("SageMaker.CreateTrainingJob");
        assertThat(request.get("InputDataConfig")).isEqualTo(WireRequestsTest.json("["
                + "{'ChannelName':'train','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://bucket/train','S3DataDistributionType':'FullyReplicated',"
                + "'HubAccessConfig':{'HubContentArn':'" + HUB_CONTENT_ARN + "'},"
                + "'ModelAccessConfig':{'AcceptEula':true}}},'ContentType':'text/csv'},"
                + "{'ChannelName':'validation','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://bucket/validation','S3DataDistributionType':'FullyReplicated'}}}]"));

        DescribeTrainingJobResponse d = job.describe();
        Channel recorded = d.inputDataConfig().get(0);
        assertThat(recorded.dataSource().s3DataSource().hubAccessConfig().hubContentArn()).isEqualTo(HUB_CONTENT_ARN);
        assertThat(recorded.dataSource().s3DataSource().modelAccessConfig().acceptEula()).isTrue();
    }

    @Test
    void addHubAccessConfig_anInput_returnsACopyAndLeavesTheOriginal() {
        TrainingInput plain = TrainingInput.builder().s3Data("s3://bucket/train").contentType("text/csv")
                .distribution("ShardedByS3Key").build();
        HubAccessConfig hub = HubAccessConfig.builder().hubContentArn(HUB_CONTENT_ARN).build();
        ModelAccessConfig eula = ModelAccessConfig.builder().acceptEula(true).build();

        TrainingInput withHub = plain.addHubAccessConfig(hub);
        TrainingInput withBoth = withHub.addModelAccessConfig(eula);

        assertThat(plain.hubAccessConfig()).isNull();
        assertThat(withHub.hubAccessConfig()).isEqualTo(hub);
        assertThat(withHub.modelAccessConfig()).isNull();
        assertThat(withBoth.hubAccessConfig()).isEqualTo(hub);
        assertThat(withBoth.modelAccessConfig()).isEqualTo(eula);
        assertThat(withBoth.toChannel("train")).isEqualTo(plain.toChannel("train").toBuilder()
                .dataSource(s -> s.s3DataSource(plain.toChannel("train").dataSource().s3DataSource().toBuilder()
                        .hubAccessConfig(hub).modelAccessConfig(eula).build()))
                .build());
        assertThat(plain.addHubAccessConfig(null)).isSameAs(plain);
        assertThat(plain.addModelAccessConfig(null)).isSameAs(plain);
    }
}
