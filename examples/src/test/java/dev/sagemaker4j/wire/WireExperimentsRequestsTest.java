/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.experiments.Run;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.BackendConfig;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentResponse;
import software.amazon.awssdk.services.sagemaker.model.ExperimentSummary;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemaker.model.SearchRecord;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentMetricSummary;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakermetrics.SageMakerMetricsClient;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsResponse;
import software.amazon.awssdk.services.sagemakermetrics.model.RawMetricData;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * Experiments through the seam. What a {@code Run} on the {@code sagemaker} backend sends, field by field
 * against the request dicts of the Python SDK v2.257.6's {@code tests/unit/sagemaker/experiments/}
 * ({@code test_experiment.py} {@code create_experiment(ExperimentName=...)}, {@code test_trial.py}
 * {@code create_trial(TrialName=..., ExperimentName=...)} and {@code associate_trial_component(TrialName=...,
 * TrialComponentName=...)}, {@code test_trial_component.py} {@code create_trial_component(TrialComponentName=...,
 * Tags=...)} and {@code update_trial_component(...)}, {@code test_metrics.py}'s raw metric dict
 * {@code {MetricName, Value, Timestamp: str(int(t)), Step}}, {@code test_run.py}'s {@code experiment_config}),
 * to a LocalApiServer that answers them; and the LocalApiServer serving Create / Describe / List / Search and
 * BatchPutMetrics to plain AWS SDK v2 clients.
 */
class WireExperimentsRequestsTest {
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static URI uri;
    static HttpServer metricsStub;
    static final List<RecordingClients.Captured> SENT = new CopyOnWriteArrayList<>();
    static final List<String> METRICS_SENT = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        uri = URI.create(api.url());
        // the sagemaker-metrics endpoint: records each body, then hands it to the LocalApiServer
        metricsStub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        HttpClient forward = HttpClient.newHttpClient();
        metricsStub.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            METRICS_SENT.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + new String(body, StandardCharsets.UTF_8));
            try {
                HttpResponse<byte[]> answer = forward.send(HttpRequest.newBuilder(uri.resolve(
                        exchange.getRequestURI().getPath())).method(exchange.getRequestMethod(),
                        HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", "application/json")
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                exchange.sendResponseHeaders(500, -1);
            }
            exchange.close();
        });
        metricsStub.start();
    }

    @AfterAll
    static void stop() {
        metricsStub.stop(0);
        api.close();
        server.close();
    }

    static Session client() {
        RecordingClients.Recorder recorder = new RecordingClients.Recorder(SENT);
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        return Session.builder().backend("sagemaker").sageMakerClient(sm)
                .runtimeClient(SageMakerRuntimeClient.builder().region(Region.US_EAST_1)
                        .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build())
                .featureStoreRuntimeClient(SageMakerFeatureStoreRuntimeClient.builder().region(Region.US_EAST_1)
                        .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build())
                .s3Client(S3Client.builder().region(Region.US_EAST_1).credentialsProvider(RecordingClients.CREDENTIALS)
                        .endpointOverride(URI.create("http://127.0.0.1:1")).build())
                .credentialsProvider(RecordingClients.CREDENTIALS)
                .endpointOverride(BackendConfig.SAGEMAKER_METRICS, URI.create("http://127.0.0.1:"
                        + metricsStub.getAddress().getPort()))
                .build();
    }

    static List<JsonNode> bodies(String op) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (RecordingClients.Captured c : SENT) {
            if (("SageMaker." + op).equals(c.target())) {
                out.add(SdkJson.MAPPER.readTree(c.body()));
            }
        }
        return out;
    }

    static JsonNode json(String text) throws Exception {
        return SdkJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void run_sagemakerBackend_sendsWhatThePythonSdkSends_andTheServerAnswers() throws Exception {
        long before = Instant.now().getEpochSecond();
        try (Session client = client()) {
            try (Run run = Run.builder().experimentName("Wire-Exp").runName("Run-1").session(client).build()) {
                run.logParameter("eta", 0.1);
                run.logParameter("booster", "gbtree");
                run.logMetric("loss", 0.5, m -> m.step(10));
                // fit inside the run: the training job request carries the run's experiment_config
                Estimator.builder().imageUri("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                        .role("arn:aws:iam::111122223333:role/SM").session(client).instanceType("ml.m5.xlarge")
                        .outputPath("s3://bucket/out").hyperparameter("num_round", 1).build()
                        .fit("s3://bucket/train", f -> f.wait(false));
            }
        }
        List<String> ops = SENT.stream().map(RecordingClients.Captured::target).filter(t -> t != null
                && !t.equals("SageMaker.DescribeTrainingJob")).collect(Collectors.toList());
        assertThat(ops).containsExactly("SageMaker.CreateExperiment", "SageMaker.CreateTrial",
                "SageMaker.CreateTrialComponent", "SageMaker.Search", "SageMaker.AssociateTrialComponent",
                "SageMaker.UpdateTrialComponent", "SageMaker.CreateTrainingJob", "SageMaker.UpdateTrialComponent");
        // test_experiment.py: create_experiment.assert_called_with(ExperimentName="name-value") — names lower-cased
        assertThat(bodies("CreateExperiment").get(0)).isEqualTo(json("{'ExperimentName':'wire-exp'}"));
        // test_trial.py: create_trial(TrialName=..., ExperimentName=...); the run group of run.py
        assertThat(bodies("CreateTrial").get(0)).isEqualTo(json("{'TrialName':'Default-Run-Group-wire-exp',"
                + "'ExperimentName':'wire-exp'}"));
        // test_trial_component.py: create_trial_component(TrialComponentName=..., Tags=...) with run.py's RUN_TC_TAG
        assertThat(bodies("CreateTrialComponent").get(0)).isEqualTo(json("{'TrialComponentName':'wire-exp-run-1',"
                + "'Tags':[{'Key':'sagemaker:trial-component-source','Value':'run'}]}"));
        // trial_component.py _trial_component_is_associated_to_trial
        assertThat(bodies("Search").get(0)).isEqualTo(json("{'Resource':'ExperimentTrialComponent',"
                + "'SearchExpression':{'Filters':[{'Name':'TrialComponentName','Operator':'Equals',"
                + "'Value':'wire-exp-run-1'},{'Name':'Parents.TrialName','Operator':'Equals',"
                + "'Value':'Default-Run-Group-wire-exp'}]}}"));
        // test_trial.py: associate_trial_component.assert_called_with(TrialName="bar", TrialComponentName="foo")
        assertThat(bodies("AssociateTrialComponent").get(0)).isEqualTo(json("{'TrialName':"
                + "'Default-Run-Group-wire-exp','TrialComponentName':'wire-exp-run-1'}"));
        // test_trial_component.py test_save: the update members, empty dicts sent, None left out
        JsonNode enter = bodies("UpdateTrialComponent").get(0);
        assertThat(enter.get("StartTime").asDouble()).isBetween((double) before, before + 120.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) enter).remove("StartTime");
        assertThat(enter).isEqualTo(json("{'TrialComponentName':'wire-exp-run-1','Status':{'PrimaryStatus':"
                + "'InProgress','Message':'Within a run context'},'Parameters':{},'InputArtifacts':{},"
                + "'OutputArtifacts':{}}"));
        JsonNode exit = bodies("UpdateTrialComponent").get(1);
        assertThat(exit.get("Status")).isEqualTo(json("{'PrimaryStatus':'Completed'}"));
        assertThat(exit.get("EndTime").asDouble()).isGreaterThanOrEqualTo(exit.get("StartTime").asDouble());
        assertThat(exit.get("Parameters")).isEqualTo(json("{'booster':{'StringValue':'gbtree'},"
                + "'eta':{'NumberValue':0.1}}"));
        // test_run.py test_run_init: experiment_config == {ExperimentName, TrialName: run group, RunName: tc name}
        assertThat(bodies("CreateTrainingJob").get(0).get("ExperimentConfig")).isEqualTo(json("{'ExperimentName':"
                + "'wire-exp','TrialName':'Default-Run-Group-wire-exp','RunName':'wire-exp-run-1'}"));
        // test_metrics.py test_raw_metric_data_request_item: {MetricName, Value, Timestamp: whole seconds, Step};
        // _MetricsManager: {TrialComponentName: lower-cased, MetricData: [...]}, to the sagemaker-metrics service
        assertThat(METRICS_SENT).hasSize(1);
        String[] put = METRICS_SENT.get(0).split(" ", 3);
        assertThat(put[0] + " " + put[1]).isEqualTo("PUT /BatchPutMetrics");
        JsonNode metrics = SdkJson.MAPPER.readTree(put[2]);
        JsonNode datum = metrics.get("MetricData").get(0);
        assertThat(datum.get("Timestamp").asDouble()).isEqualTo(Math.floor(datum.get("Timestamp").asDouble()))
                .isBetween((double) before, before + 120.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) datum).remove("Timestamp");
        assertThat(metrics).isEqualTo(json("{'TrialComponentName':'wire-exp-run-1','MetricData':[{"
                + "'MetricName':'loss','Value':0.5,'Step':10}]}"));

        // and the server kept it all
        DescribeTrialComponentResponse kept = server.api(dev.sagemaker4j.spi.ExperimentsApi.CAPABILITY)
                .describeTrialComponent(software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentRequest
                        .builder().trialComponentName("wire-exp-run-1").build());
        assertThat(kept.status().primaryStatusAsString()).isEqualTo("Completed");
        assertThat(kept.metrics()).extracting(TrialComponentMetricSummary::last).containsExactly(0.5);
    }

    @Test
    void localApiServer_servesCreateDescribeListSearchAndMetrics_toAwsSdkClients() {
        try (SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build();
             SageMakerMetricsClient metrics = SageMakerMetricsClient.builder().region(Region.US_EAST_1)
                     .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build()) {
            String arn = sm.createExperiment(r -> r.experimentName("sdk-exp").description("from the SDK"))
                    .experimentArn();
            assertThat(arn).endsWith(":experiment/sdk-exp");
            sm.createTrial(r -> r.trialName("sdk-trial").experimentName("sdk-exp"));
            sm.createTrialComponent(r -> r.trialComponentName("sdk-tc").parameters(java.util.Map.of("lr",
                    software.amazon.awssdk.services.sagemaker.model.TrialComponentParameterValue.builder()
                            .numberValue(0.01).build())));
            sm.associateTrialComponent(r -> r.trialName("sdk-trial").trialComponentName("sdk-tc"));
            long now = Instant.now().getEpochSecond();
            BatchPutMetricsResponse put = metrics.batchPutMetrics(r -> r.trialComponentName("sdk-tc").metricData(
                    RawMetricData.builder().metricName("acc").value(0.5).step(0).timestamp(Instant.ofEpochSecond(now))
                            .build(),
                    RawMetricData.builder().metricName("acc").value(0.75).step(1)
                            .timestamp(Instant.ofEpochSecond(now + 1)).build()));
            assertThat(put.errors()).isEmpty();

            assertThat(sm.describeExperiment(r -> r.experimentName("sdk-exp")).description())
                    .isEqualTo("from the SDK");
            DescribeTrialComponentResponse tc = sm.describeTrialComponent(r -> r.trialComponentName("sdk-tc"));
            assertThat(tc.parameters().get("lr").numberValue()).isEqualTo(0.01);
            assertThat(tc.metrics()).singleElement().satisfies(m -> {
                assertThat(m.count()).isEqualTo(2);
                assertThat(m.max()).isEqualTo(0.75);
                assertThat(m.avg()).isEqualTo(0.625);
                assertThat(m.last()).isEqualTo(0.75);
            });
            assertThat(sm.listExperiments(r -> r.sortBy("Name").sortOrder("Ascending")).experimentSummaries())
                    .extracting(ExperimentSummary::experimentName).contains("sdk-exp");
            assertThat(sm.listTrialComponents(r -> r.trialName("sdk-trial")).trialComponentSummaries())
                    .singleElement().satisfies(s -> assertThat(s.trialComponentName()).isEqualTo("sdk-tc"));
            SearchResponse found = sm.search(r -> r.resource("ExperimentTrialComponent").searchExpression(e -> e
                    .filters(Filter.builder().name("Parents.ExperimentName").operator("Equals").value("sdk-exp")
                                    .build(),
                            Filter.builder().name("Metrics.acc.Max").operator("GreaterThan").value("0.7").build())));
            assertThat(found.results()).extracting(SearchRecord::trialComponent)
                    .extracting(t -> t.trialComponentName()).containsExactly("sdk-tc");
            assertThat(sm.search(r -> r.resource("ExperimentTrial").searchExpression(e -> e.filters(Filter.builder()
                    .name("TrialComponentSummaries.TrialComponentName").operator("Equals").value("sdk-tc").build())))
                    .results()).extracting(x -> x.trial().trialName()).containsExactly("sdk-trial");

            // bad input: the service's error codes
            assertThatThrownBy(() -> sm.createTrial(r -> r.trialName("t2").experimentName("no-such-exp")))
                    .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("no-such-exp");
            assertThatThrownBy(() -> sm.createTrialComponent(r -> r.trialComponentName("sdk-tc")))
                    .isInstanceOf(SageMakerException.class).hasMessageContaining("already exists")
                    .satisfies(e -> assertThat(((SageMakerException) e).awsErrorDetails().errorCode())
                            .isEqualTo("ValidationException"));
            assertThatThrownBy(() -> sm.deleteExperiment(r -> r.experimentName("sdk-exp")))
                    .isInstanceOf(SageMakerException.class).hasMessageContaining("still has trials");
        }
    }
}
