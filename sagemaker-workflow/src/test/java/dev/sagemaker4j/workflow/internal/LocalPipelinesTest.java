/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingScript;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.spi.PipelinesApi;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.*;

class LocalPipelinesTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    @TempDir
    static Path tmp;
    static Path root;
    static Session session;
    static PipelinesApi api;

    /** Writes 200 rows of y = 3x + noise (label first, no header) and an evaluation.json with REPORTED_MSE. */
    public static final class Prepare implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            Random random = new Random(7);
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                double x = random.nextDouble() * 10;
                csv.append(String.format(Locale.ROOT, "%.4f,%.4f%n", 3 * x + random.nextGaussian() * 0.1, x));
            }
            Files.writeString(env.output("train").resolve("train.csv"), csv);
            Files.writeString(env.output("evaluation").resolve("evaluation.json"),
                    "{\"regression_metrics\": {\"mse\": {\"value\": " + env.environment().get("REPORTED_MSE") + "}}}");
        }
    }

    /** Runs until it is asked to stop (at most a minute). */
    public static final class Slow implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            for (int i = 0; i < 600 && !env.stopRequested(); i++) {
                Thread.sleep(100);
            }
        }
    }

    /** Sleeps 30 ms and returns nothing. */
    public static final class Nap implements Function<Map<String, Object>, Map<String, Object>> {
        @Override
        public Map<String, Object> apply(Map<String, Object> in) {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of();
        }
    }

    /** Throws on its first call, then returns how often it was called. */
    public static final class FailsOnce implements Function<Map<String, Object>, Map<String, Object>> {
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public Map<String, Object> apply(Map<String, Object> in) {
            int n = CALLS.incrementAndGet();
            if (n == 1) {
                throw new IllegalStateException("transient: the downstream service answered 503");
            }
            return Map.of("calls", n, "echo", in.get("greeting"));
        }
    }

    @BeforeAll
    static void setUp() {
        System.setProperty(Execution.RETRY_SCALE_PROPERTY, "0.01");
        root = tmp.resolve("root");
        session = Session.local(root);
        api = session.api(PipelinesApi.CAPABILITY);
    }

    @AfterAll
    static void tearDown() {
        session.close();
        System.clearProperty(Execution.RETRY_SCALE_PROPERTY);
    }

    static String definition(String resource) throws IOException {
        try (InputStream in = LocalPipelinesTest.class.getResourceAsStream("/pipelines/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${BUCKET}", session.defaultBucket());
        }
    }

    static void create(String name, String json) {
        api.createPipeline(CreatePipelineRequest.builder().pipelineName(name).roleArn(ROLE).pipelineDefinition(json)
                .build());
    }

    static DescribePipelineExecutionResponse await(PipelinesApi pipelines, String arn) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            DescribePipelineExecutionResponse d = pipelines.describePipelineExecution(
                    DescribePipelineExecutionRequest.builder().pipelineExecutionArn(arn).build());
            String status = d.pipelineExecutionStatusAsString();
            if (!status.equals("Executing") && !status.equals("Stopping")) {
                return d;
            }
            assertThat(System.nanoTime()).as("execution %s still %s", arn, status).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    static String start(String pipeline, Map<String, String> parameters) {
        return api.startPipelineExecution(StartPipelineExecutionRequest.builder().pipelineName(pipeline)
                .pipelineParameters(parameters.entrySet().stream().map(e -> Parameter.builder().name(e.getKey())
                        .value(e.getValue()).build()).collect(Collectors.toList())).build()).pipelineExecutionArn();
    }

    static Map<String, PipelineExecutionStep> steps(PipelinesApi pipelines, String arn) {
        return pipelines.listPipelineExecutionSteps(ListPipelineExecutionStepsRequest.builder()
                .pipelineExecutionArn(arn).build()).pipelineExecutionSteps().stream()
                .collect(Collectors.toMap(PipelineExecutionStep::stepName, s -> s));
    }

    @Test
    void start_processingTrainingConditionModel_runsEveryStepAndCachesTheSecondExecution() throws Exception {
        create("train-evaluate", definition("train-evaluate.json"));

        String first = start("train-evaluate", Map.of("ReportedMse", "2.5"));
        DescribePipelineExecutionResponse done = await(api, first);

        assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                .isEqualTo("Succeeded");
        Map<String, PipelineExecutionStep> steps = steps(api, first);
        assertThat(steps).containsOnlyKeys("Prep", "Train", "CheckMse", "CreateModel");
        assertThat(steps.values()).allSatisfy(s -> assertThat(s.stepStatusAsString()).isEqualTo("Succeeded"));
        String trainingJob = steps.get("Train").metadata().trainingJob().arn();
        assertThat(trainingJob).contains(":training-job/pipelines-");
        assertThat(steps.get("Prep").metadata().processingJob().arn()).contains(":processing-job/pipelines-");
        assertThat(steps.get("CheckMse").metadata().condition().outcomeAsString()).isEqualTo("True");
        String modelArn = steps.get("CreateModel").metadata().model().arn();
        assertThat(modelArn).contains(":model/pipelines-");
        assertThat(steps.get("Train").startTime()).isAfterOrEqualTo(steps.get("Prep").endTime());

        String second = start("train-evaluate", Map.of("ReportedMse", "2.5"));
        assertThat(await(api, second).pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
        Map<String, PipelineExecutionStep> again = steps(api, second);
        assertThat(again.get("Prep").cacheHitResult().sourcePipelineExecutionArn()).isEqualTo(first);
        assertThat(again.get("Train").cacheHitResult().sourcePipelineExecutionArn()).isEqualTo(first);
        assertThat(again.get("Train").metadata().trainingJob().arn()).isEqualTo(trainingJob);
        assertThat(again.get("CreateModel").cacheHitResult()).isNull();

        try (Session other = Session.local(root)) {
            PipelinesApi reopened = other.api(PipelinesApi.CAPABILITY);
            assertThat(reopened.describePipelineExecution(DescribePipelineExecutionRequest.builder()
                    .pipelineExecutionArn(first).build()).pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
            assertThat(steps(reopened, first).get("Train").metadata().trainingJob().arn()).isEqualTo(trainingJob);
            assertThat(reopened.listPipelineExecutions(ListPipelineExecutionsRequest.builder()
                    .pipelineName("train-evaluate").build()).pipelineExecutionSummaries())
                    .extracting(PipelineExecutionSummary::pipelineExecutionArn).containsExactlyInAnyOrder(first, second);
            assertThat(reopened.listPipelineParametersForExecution(ListPipelineParametersForExecutionRequest.builder()
                    .pipelineExecutionArn(first).build()).pipelineParameters())
                    .extracting(Parameter::name, Parameter::value)
                    .contains(org.assertj.core.groups.Tuple.tuple("ReportedMse", "2.5"),
                            org.assertj.core.groups.Tuple.tuple("MseThreshold", "6.0"));
            assertThat(reopened.describePipelineDefinitionForExecution(DescribePipelineDefinitionForExecutionRequest
                    .builder().pipelineExecutionArn(first).build()).pipelineDefinition()).contains("\"CheckMse\"");
        }
    }

    @Test
    void start_metricAboveThreshold_failStepFailsTheExecutionWithItsMessage() throws Exception {
        create("too-high", definition("train-evaluate.json"));

        String arn = start("too-high", Map.of("ReportedMse", "9.5", "MseThreshold", "4.0"));
        DescribePipelineExecutionResponse done = await(api, arn);

        assertThat(done.pipelineExecutionStatusAsString()).isEqualTo("Failed");
        assertThat(done.failureReason()).isEqualTo("MSE above 4.0");
        Map<String, PipelineExecutionStep> steps = steps(api, arn);
        assertThat(steps).containsKeys("CheckMse", "TooHigh").doesNotContainKey("CreateModel");
        assertThat(steps.get("CheckMse").metadata().condition().outcomeAsString()).isEqualTo("False");
        assertThat(steps.get("TooHigh").stepStatusAsString()).isEqualTo("Failed");
        assertThat(steps.get("TooHigh").failureReason()).isEqualTo("MSE above 4.0");
        assertThat(steps.get("TooHigh").metadata().fail().errorMessage()).isEqualTo("MSE above 4.0");
    }

    @Test
    void start_functionFailsOnce_retryPolicyRunsItAgain() throws Exception {
        create("retry", definition("retry.json"));

        String arn = start("retry", Map.of());
        DescribePipelineExecutionResponse done = await(api, arn);

        assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                .isEqualTo("Succeeded");
        PipelineExecutionStep flaky = steps(api, arn).get("Flaky");
        assertThat(flaky.attemptCount()).isEqualTo(2);
        assertThat(flaky.metadata().lambda().outputParameters()).extracting(OutputParameter::name,
                OutputParameter::value).containsExactly(org.assertj.core.groups.Tuple.tuple("calls", "2"));
    }

    @Test
    void stop_runningProcessingStep_stopsItsJobAndTheExecution() throws Exception {
        String json = "{\"Version\":\"2020-12-01\",\"Parameters\":[],\"Steps\":[{\"Name\":\"Slow\","
                + "\"Type\":\"Processing\",\"Arguments\":{\"ProcessingResources\":{\"ClusterConfig\":{"
                + "\"InstanceType\":\"ml.m5.xlarge\",\"InstanceCount\":1,\"VolumeSizeInGB\":30}},"
                + "\"AppSpecification\":{\"ImageUri\":\"sagemaker4j/java-processing:17\",\"ContainerEntrypoint\":"
                + "[\"java\",\"dev.sagemaker4j.processing.JavaProcessor\",\"" + Slow.class.getName() + "\"]},"
                + "\"RoleArn\":\"" + ROLE + "\"}},"
                + "{\"Name\":\"After\",\"Type\":\"Fail\",\"DependsOn\":[\"Slow\"],\"Arguments\":{}}]}";
        create("stoppable", json);
        String arn = start("stoppable", Map.of());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (steps(api, arn).get("Slow") == null || steps(api, arn).get("Slow").metadata().processingJob() == null) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(20);
        }

        api.stopPipelineExecution(StopPipelineExecutionRequest.builder().pipelineExecutionArn(arn).build());
        DescribePipelineExecutionResponse done = await(api, arn);

        assertThat(done.pipelineExecutionStatusAsString()).isEqualTo("Stopped");
        Map<String, PipelineExecutionStep> steps = steps(api, arn);
        assertThat(steps).containsOnlyKeys("Slow");
        assertThat(steps.get("Slow").stepStatusAsString()).isEqualTo("Stopped");
        String job = steps.get("Slow").metadata().processingJob().arn();
        assertThat(session.api(dev.sagemaker4j.spi.ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                DescribeProcessingJobRequest.builder().processingJobName(job.substring(job.indexOf('/') + 1)).build())
                .processingJobStatusAsString()).isEqualTo("Stopped");
    }

    @Test
    void start_maxParallelExecutionStepsOne_runsTheFanOutOneStepAtATime() throws Exception {
        StringBuilder json = new StringBuilder("{\"Version\":\"2020-12-01\",\"Parameters\":[],\"Steps\":[");
        for (int i = 0; i < 4; i++) {
            json.append(i == 0 ? "" : ",").append("{\"Name\":\"N").append(i).append("\",\"Type\":\"Lambda\","
                    + "\"FunctionArn\":\"java:").append(Nap.class.getName()).append("\",\"Arguments\":{}}");
        }
        create("one-at-a-time", json.append("]}").toString());

        String arn = api.startPipelineExecution(StartPipelineExecutionRequest.builder().pipelineName("one-at-a-time")
                .parallelismConfiguration(p -> p.maxParallelExecutionSteps(1)).build()).pipelineExecutionArn();
        assertThat(await(api, arn).pipelineExecutionStatusAsString()).isEqualTo("Succeeded");

        List<PipelineExecutionStep> steps = steps(api, arn).values().stream()
                .sorted(java.util.Comparator.comparing(PipelineExecutionStep::startTime)).collect(Collectors.toList());
        assertThat(steps).hasSize(4);
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).startTime()).isAfterOrEqualTo(steps.get(i - 1).endTime());
        }
    }

    @Test
    void start_missingParameterWithoutDefault_isRefusedBeforeAnythingRuns() throws Exception {
        create("missing-param", definition("train-evaluate.json"));

        assertThatThrownBy(() -> start("missing-param", Map.of()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("PipelineParameters[ReportedMse]").hasMessageContaining("no default");
        assertThatThrownBy(() -> start("missing-param", Map.of("ReportedMse", "1", "MseThreshold", "low")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MseThreshold")
                .hasMessageContaining("not a Float");
        assertThat(api.listPipelineExecutions(ListPipelineExecutionsRequest.builder().pipelineName("missing-param")
                .build()).pipelineExecutionSummaries()).isEmpty();
    }

    @Test
    void create_cycle_isRefusedNamingTheSteps() {
        String json = "{\"Version\":\"2020-12-01\",\"Parameters\":[],\"Steps\":["
                + "{\"Name\":\"A\",\"Type\":\"Fail\",\"DependsOn\":[\"B\"],\"Arguments\":{}},"
                + "{\"Name\":\"B\",\"Type\":\"Fail\",\"DependsOn\":[\"A\"],\"Arguments\":{}}]}";

        assertThatThrownBy(() -> create("cycle", json)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cycle").hasMessageContaining("A -> B -> A");
    }

    @Test
    void create_truncatedOrDeeplyNestedDefinition_isRefusedAndNothingIsStored() throws IOException {
        String whole = definition("train-evaluate.json");
        String truncated = whole.substring(0, whole.length() / 2);
        String nested = "[".repeat(100_000) + "]".repeat(100_000);

        assertThatThrownBy(() -> create("hostile1", truncated)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("PipelineDefinition");
        assertThatThrownBy(() -> create("hostile2", nested)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("PipelineDefinition");
        assertThat(api.listPipelines(ListPipelinesRequest.builder().pipelineNamePrefix("hostile").build())
                .pipelineSummaries()).isEmpty();
    }

    @Test
    void create_referenceToMissingStepOrProperty_isRefusedNamingTheStepAndField() throws IOException {
        String missingStep = definition("train-evaluate.json").replace("Steps.Train.ModelArtifacts",
                "Steps.Trian.ModelArtifacts");
        String missingProperty = definition("train-evaluate.json").replace("ModelArtifacts.S3ModelArtifacts",
                "ModelArtifacts.S3ModelArtifact");
        String unknownType = definition("train-evaluate.json").replace("\"Type\": \"Model\"", "\"Type\": \"Modle\"");
        String stringVsNumber = definition("train-evaluate.json").replace("\"RightValue\": {\"Get\": "
                + "\"Parameters.MseThreshold\"}", "\"RightValue\": \"low\"").replace("\"LeftValue\": {\"Std:JsonGet\"",
                "\"LeftValue\": 3, \"X\": {\"Std:JsonGet\"");

        assertThatThrownBy(() -> create("bad1", missingStep)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Steps[CreateModel].Arguments.PrimaryContainer.ModelDataUrl")
                .hasMessageContaining("step that does not exist (Trian)");
        assertThatThrownBy(() -> create("bad2", missingProperty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Steps[CreateModel]").hasMessageContaining("S3ModelArtifact");
        assertThatThrownBy(() -> create("bad3", unknownType)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Steps[CreateModel].Type").hasMessageContaining("Modle");
        String lambdaArn = definition("retry.json").replace("java:dev.sagemaker4j.workflow.internal"
                + ".LocalPipelinesTest$FailsOnce", "arn:aws:lambda:us-east-1:111122223333:function:flaky");
        assertThatThrownBy(() -> create("bad5", lambdaArn)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Steps[Flaky].FunctionArn").hasMessageContaining("Lambda function");
        assertThatThrownBy(() -> create("bad4", stringVsNumber)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Steps[CheckMse]").hasMessageContaining("compares a number with a string");
        assertThat(api.listPipelines(ListPipelinesRequest.builder().pipelineNamePrefix("bad").build())
                .pipelineSummaries()).isEmpty();
    }

    @Test
    void localApiServer_awsSdkClient_createsStartsAndListsAPipeline() throws Exception {
        String json = "{\"Version\":\"2020-12-01\",\"Parameters\":[{\"Name\":\"Who\",\"Type\":\"String\"}],"
                + "\"Steps\":[{\"Name\":\"Check\",\"Type\":\"Condition\",\"Arguments\":{\"Conditions\":[{\"Type\":"
                + "\"In\",\"QueryValue\":{\"Get\":\"Parameters.Who\"},\"Values\":[\"a\",\"b\"]}],\"IfSteps\":[],"
                + "\"ElseSteps\":[{\"Name\":\"Nope\",\"Type\":\"Fail\",\"Arguments\":{\"ErrorMessage\":{\"Std:Join\":"
                + "{\"On\":\"\",\"Values\":[\"unknown \",{\"Get\":\"Parameters.Who\"}]}}}}]}}]}";
        try (EndpointServer server = EndpointServer.builder().session(session).controlPlane(true)
                .credentials(Map.of("AKIDPIPELINES", "secret")).start();
                SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                        .endpointOverride(URI.create(server.url()))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                "AKIDPIPELINES", "secret")))
                        .httpClient(ApacheHttpClient.builder().build())
                        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            String pipelineArn = sm.createPipeline(b -> b.pipelineName("over-http").roleArn(ROLE)
                    .pipelineDefinition(json)).pipelineArn();
            assertThat(sm.describePipeline(b -> b.pipelineName("over-http")).pipelineArn()).isEqualTo(pipelineArn);
            String arn = sm.startPipelineExecution(b -> b.pipelineName("over-http").pipelineParameters(
                    Parameter.builder().name("Who").value("c").build())).pipelineExecutionArn();
            DescribePipelineExecutionResponse done;
            do {
                Thread.sleep(20);
                done = sm.describePipelineExecution(b -> b.pipelineExecutionArn(arn));
            } while (done.pipelineExecutionStatusAsString().equals("Executing"));

            assertThat(done.pipelineExecutionStatusAsString()).isEqualTo("Failed");
            assertThat(done.failureReason()).isEqualTo("unknown c");
            assertThat(sm.listPipelineExecutionSteps(b -> b.pipelineExecutionArn(arn)).pipelineExecutionSteps())
                    .extracting(PipelineExecutionStep::stepName).containsExactly("Nope", "Check");
            assertThat(sm.listPipelines(b -> b.pipelineNamePrefix("over")).pipelineSummaries())
                    .extracting(PipelineSummary::pipelineName).containsExactly("over-http");
            assertThatThrownBy(() -> sm.startPipelineExecution(b -> b.pipelineName("over-http")))
                    .isInstanceOf(software.amazon.awssdk.services.sagemaker.model.SageMakerException.class)
                    .hasMessageContaining("Who");
            sm.updatePipeline(b -> b.pipelineName("over-http").pipelineDescription("updated"));
            assertThat(sm.describePipeline(b -> b.pipelineName("over-http")).pipelineDescription())
                    .isEqualTo("updated");
            sm.deletePipeline(b -> b.pipelineName("over-http"));
            assertThatThrownBy(() -> sm.describePipeline(b -> b.pipelineName("over-http")))
                    .isInstanceOf(software.amazon.awssdk.services.sagemaker.model.SageMakerException.class);
        }
    }
}
