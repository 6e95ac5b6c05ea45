/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineExecutionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineParametersForExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineVersionsResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionSummary;
import software.amazon.awssdk.services.sagemaker.model.PipelineVersionSummary;

/**
 * Pipeline versions, listing with paging, parameters of a past execution, selective execution, the waiter's
 * attempts and custom job prefixes, on the local pipeline engine (Python's {@code list_pipeline_versions},
 * {@code latest_pipeline_version_id}, {@code list_executions(sort_by, sort_order, max_results, next_token)},
 * {@code build_parameters_from_execution}, {@code start(selective_execution_config=...)},
 * {@code _PipelineExecution.list_parameters(max_results, next_token)} and {@code wait(delay, max_attempts)},
 * {@code PipelineDefinitionConfig(use_custom_job_prefix)}).
 */
class PipelineVersionsAndSelectiveExecutionTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicInteger PREPARED = new AtomicInteger();
    static volatile CountDownLatch release = new CountDownLatch(0);

    @TempDir
    static Path tmp;
    static Session session;

    @BeforeAll
    static void open() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void close() {
        release.countDown();
        session.close();
    }

    /** The first step: counts its runs and returns a value the second step reads. */
    public static final class Prepare implements PipelineFunction {
        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            PREPARED.incrementAndGet();
            return Map.of("rows", 42);
        }
    }

    /** The second step: doubles what the first returned. */
    public static final class Score implements PipelineFunction {
        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            return Map.of("score", ((Number) inputs.get("rows")).intValue() * 2);
        }
    }

    /** A step that waits until the test lets it go. */
    public static final class Hold implements PipelineFunction {
        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Map.of();
        }
    }

    static Pipeline twoSteps(String name, Parameter... parameters) {
        JavaFunctionStep prepare = JavaFunctionStep.of("Prepare", Prepare.class, Map.of(),
                List.of(new JavaFunctionStep.Output("rows", "Integer")));
        JavaFunctionStep score = JavaFunctionStep.of("Score", Score.class, Map.of("rows", prepare.output("rows")),
                List.of(new JavaFunctionStep.Output("score", "Integer")));
        return Pipeline.builder(name).parameters(parameters).steps(prepare, score).session(session).build();
    }

    static PipelineExecutionStep step(PipelineExecution execution, String name) {
        return execution.result(name);
    }

    @Test
    void updates_makeVersions_aStartRunsTheVersionAsked() {
        Pipeline one = Pipeline.builder("versioned").steps(JavaFunctionStep.of("Prepare", Prepare.class, Map.of(),
                List.of(new JavaFunctionStep.Output("rows", "Integer")))).session(session).build();
        one.upsert(ROLE);
        Pipeline two = twoSteps("versioned");
        two.upsert(ROLE);

        ListPipelineVersionsResponse versions = two.listPipelineVersions();
        assertThat(versions.pipelineVersionSummaries()).extracting(PipelineVersionSummary::pipelineVersionId)
                .containsExactly(2L, 1L);
        assertThat(two.latestPipelineVersionId()).isEqualTo(2L);
        ListPipelineVersionsResponse oldestFirst = two.listPipelineVersions(o -> o.sortOrder("Ascending")
                .maxResults(1));
        assertThat(oldestFirst.pipelineVersionSummaries()).extracting(PipelineVersionSummary::pipelineVersionId)
                .containsExactly(1L);
        assertThat(two.listPipelineVersions(o -> o.sortOrder("Ascending").maxResults(1)
                .nextToken(oldestFirst.nextToken())).pipelineVersionSummaries())
                .extracting(PipelineVersionSummary::pipelineVersionId).containsExactly(2L);
        assertThat(two.describe(1).pipelineDefinition()).isEqualTo(one.definition());
        assertThat(two.describe().pipelineDefinition()).isEqualTo(two.definition());

        PipelineExecution old = two.start(o -> o.pipelineVersionId(1));
        assertThat(old.waitForCompletion().pipelineVersionId()).isEqualTo(1L);
        assertThat(old.listSteps()).extracting(PipelineExecutionStep::stepName).containsExactly("Prepare");
        PipelineExecution latest = two.start();
        assertThat(latest.waitForCompletion().pipelineVersionId()).isEqualTo(2L);
        assertThat(latest.listSteps()).extracting(PipelineExecutionStep::stepName).contains("Prepare", "Score");
        assertThat(two.listPipelineVersions().pipelineVersionSummaries())
                .extracting(PipelineVersionSummary::lastExecutionPipelineExecutionArn)
                .containsExactly(latest.arn(), old.arn());
        assertThatThrownBy(() -> two.describe(7)).isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("version 7");
    }

    @Test
    void listExecutions_pagesAndSorts() {
        Pipeline pipeline = twoSteps("listed");
        pipeline.upsert(ROLE);
        PipelineExecution first = pipeline.start();
        first.waitForCompletion();
        PipelineExecution second = pipeline.start();
        second.waitForCompletion();
        PipelineExecution third = pipeline.start();
        third.waitForCompletion();

        ListPipelineExecutionsResponse page = pipeline.listExecutions(o -> o.sortBy("CreationTime")
                .sortOrder("Ascending").maxResults(2));
        assertThat(page.pipelineExecutionSummaries()).extracting(PipelineExecutionSummary::pipelineExecutionArn)
                .containsExactly(first.arn(), second.arn());
        assertThat(page.nextToken()).isNotNull();
        ListPipelineExecutionsResponse next = pipeline.listExecutions(o -> o.sortBy("CreationTime")
                .sortOrder("Ascending").maxResults(2).nextToken(page.nextToken()));
        assertThat(next.pipelineExecutionSummaries()).extracting(PipelineExecutionSummary::pipelineExecutionArn)
                .containsExactly(third.arn());
        assertThat(next.nextToken()).isNull();
        assertThat(pipeline.listExecutions().pipelineExecutionSummaries().get(0).pipelineExecutionArn())
                .isEqualTo(third.arn());
    }

    @Test
    void buildParametersFromExecution_readsEveryPage_andOverrides() {
        ParameterString region = new ParameterString("Region", "eu");
        ParameterInteger depth = new ParameterInteger("Depth", 3);
        Pipeline pipeline = twoSteps("parameters", region, depth);
        pipeline.upsert(ROLE);
        PipelineExecution run = pipeline.start(Map.of("Region", "us", "Depth", 5));
        run.waitForCompletion();

        ListPipelineParametersForExecutionResponse firstPage = run.listParameters(o -> o.maxResults(1));
        assertThat(firstPage.pipelineParameters()).hasSize(1);
        assertThat(firstPage.nextToken()).isNotNull();
        assertThat(run.listParameters(o -> o.maxResults(1).nextToken(firstPage.nextToken())).pipelineParameters())
                .hasSize(1).first().satisfies(p -> assertThat(p.name()).isNotEqualTo(
                        firstPage.pipelineParameters().get(0).name()));

        assertThat(pipeline.buildParametersFromExecution(run.arn())).isEqualTo(Map.of("Region", "us",
                "Depth", 5));
        // typed as declared, so a start takes them back as they are
        PipelineExecution same = pipeline.start(pipeline.buildParametersFromExecution(run.arn()));
        same.waitForCompletion();
        assertThat(pipeline.buildParametersFromExecution(same.arn())).containsEntry("Depth", 5);
        Map<String, Object> again = pipeline.buildParametersFromExecution(run.arn(), Map.of("Depth", 7));
        assertThat(again).isEqualTo(Map.of("Region", "us", "Depth", 7));
        PipelineExecution rerun = pipeline.start(again);
        rerun.waitForCompletion();
        assertThat(pipeline.buildParametersFromExecution(rerun.arn())).containsEntry("Depth", 7);
        assertThatThrownBy(() -> pipeline.buildParametersFromExecution(run.arn(), Map.of("Nope", 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("[Nope]")
                .hasMessageContaining("are not present in the pipeline execution: " + run.arn());
    }

    @Test
    void selectiveExecution_runsTheSelectedSteps_withTheOthersResultsFromTheReference() {
        Pipeline pipeline = twoSteps("selective");
        pipeline.upsert(ROLE);
        PipelineExecution full = pipeline.start();
        full.waitForCompletion();
        int prepared = PREPARED.get();

        PipelineExecution again = pipeline.start(o -> o.selectiveExecutionConfig(
                new SelectiveExecutionConfig(List.of("Score"))));
        DescribePipelineExecutionResponse done = again.waitForCompletion();

        assertThat(PREPARED.get()).isEqualTo(prepared);
        assertThat(done.selectiveExecutionConfig().sourcePipelineExecutionArn()).isEqualTo(full.arn());
        assertThat(done.selectiveExecutionConfig().selectedSteps()).extracting(s -> s.stepName())
                .containsExactly("Score");
        PipelineExecutionStep kept = step(again, "Prepare");
        assertThat(kept.selectiveExecutionResult().sourcePipelineExecutionArn()).isEqualTo(full.arn());
        assertThat(kept.stepStatusAsString()).isEqualTo("Succeeded");
        PipelineExecutionStep scored = step(again, "Score");
        assertThat(scored.selectiveExecutionResult()).isNull();
        assertThat(scored.metadata().lambda().outputParameters()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("score");
            assertThat(p.value()).isEqualTo("84");
        });

        // an explicit reference, and the reference's own results are what the kept step lists
        PipelineExecution explicit = pipeline.start(o -> o.selectiveExecutionConfig(
                new SelectiveExecutionConfig(List.of("Score"), again.arn())));
        explicit.waitForCompletion();
        assertThat(step(explicit, "Prepare").selectiveExecutionResult().sourcePipelineExecutionArn())
                .isEqualTo(again.arn());
        assertThat(PREPARED.get()).isEqualTo(prepared);
    }

    @Test
    void selectiveExecution_withoutWhatASelectedStepNeeds_isRefusedAtStart() {
        Pipeline pipeline = twoSteps("selective-refused");
        pipeline.upsert(ROLE);
        assertThatThrownBy(() -> pipeline.start(o -> o.selectiveExecutionConfig(
                new SelectiveExecutionConfig(List.of("Score"), false, null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("depends on step Prepare");
        assertThatThrownBy(() -> pipeline.start(o -> o.selectiveExecutionConfig(
                new SelectiveExecutionConfig(List.of("Nope"), false, null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("SelectedSteps[0].StepName");
        assertThatThrownBy(() -> new SelectiveExecutionConfig(List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("selectedSteps");
        // selecting every step needs no reference
        PipelineExecution all = pipeline.start(o -> o.selectiveExecutionConfig(
                new SelectiveExecutionConfig(List.of("Prepare", "Score"), false, null)));
        assertThat(all.waitForCompletion().pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
    }

    @Test
    void waitWithDelayAndMaxAttempts_givesUpAfterTheAttempts() {
        release = new CountDownLatch(1);
        Pipeline pipeline = Pipeline.builder("held").steps(JavaFunctionStep.of("Hold", Hold.class, Map.of(),
                List.of())).session(session).build();
        pipeline.upsert(ROLE);
        PipelineExecution run = pipeline.start();
        assertThatThrownBy(() -> run.waitForCompletion(o -> o.delay(0).maxAttempts(2)))
                .isInstanceOf(WaiterTimeoutException.class);
        release.countDown();
        assertThat(run.waitForCompletion(o -> o.delay(1).maxAttempts(60)).pipelineExecutionStatusAsString())
                .isEqualTo("Succeeded");
        assertThatThrownBy(() -> run.waitForCompletion(o -> o.maxAttempts(0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("maxAttempts");
    }

    @Test
    void customJobPrefix_keepsTheNameWithoutItsTimestamp_andTheEngineUsesItAsThePrefix() throws Exception {
        CreateTrainingJobRequest training = CreateTrainingJobRequest.builder()
                .trainingJobName("xgboost-2026-01-02-03-04-05-678").roleArn(ROLE).build();
        TrainingStep train = new TrainingStep("Train", training);
        JsonNode dropped = JSON.readTree(Pipeline.builder("p").steps(train).build().definition());
        assertThat(dropped.at("/Steps/0/Arguments").has("TrainingJobName")).isFalse();
        JsonNode kept = JSON.readTree(Pipeline.builder("p").steps(train)
                .pipelineDefinitionConfig(new PipelineDefinitionConfig(true)).build().definition());
        assertThat(kept.at("/Steps/0/Arguments/TrainingJobName").asText()).isEqualTo("xgboost");
        TrainingStep unnamed = new TrainingStep("Train", training.toBuilder().trainingJobName(null).build());
        assertThatThrownBy(() -> Pipeline.builder("p").steps(unnamed)
                .pipelineDefinitionConfig(new PipelineDefinitionConfig(true)).build().definition())
                .isInstanceOf(ValidationException.class).hasMessageContaining("TrainingJobName");
        // outside a pipeline's definition the step leaves the name out, as Python without a pipeline config
        assertThat(JSON.readTree(train.toRequestJson()).at("/Arguments").has("TrainingJobName")).isFalse();

        String image = ImageUris.retrieve("xgboost", session.region(), "1.7-1");
        String modelData = session.uploadString("not read when the model is created",
                "s3://" + session.defaultBucket() + "/prefixed/model.tar.gz");
        ModelStep model = ModelStep.create("Churn", CreateModelRequest.builder().modelName("churn-model-240101-1200")
                .executionRoleArn(ROLE).primaryContainer(c -> c.image(image).modelDataUrl(modelData)).build());
        Pipeline pipeline = Pipeline.builder("prefixed").steps(model)
                .pipelineDefinitionConfig(new PipelineDefinitionConfig(true)).session(session).build();
        pipeline.upsert(ROLE);
        PipelineExecution run = pipeline.start();
        run.waitForCompletion();
        String modelArn = run.result("Churn-CreateModel").metadata().model().arn();
        assertThat(modelArn).matches(".*:model/churn-model-[a-z0-9]{12}");
    }
}
