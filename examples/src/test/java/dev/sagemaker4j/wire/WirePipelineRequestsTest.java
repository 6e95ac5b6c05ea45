/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.workflow.JavaFunctionStep;
import dev.sagemaker4j.workflow.ParameterString;
import dev.sagemaker4j.workflow.Pipeline;
import dev.sagemaker4j.workflow.PipelineExecution;
import dev.sagemaker4j.workflow.PipelineFunction;
import dev.sagemaker4j.workflow.SelectiveExecutionConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the pipeline methods Python 2.257.6 added since the first port send on the {@code sagemaker} backend,
 * compared field by field with {@code tests/unit/sagemaker/workflow/test_pipeline.py}:
 * {@code test_pipeline_start_selective_execution} (three cases), {@code test_pipeline_list_versions},
 * {@code test_pipeline_upsert_resource_already_exists} (latest_pipeline_version_id: ListPipelineVersions with
 * MaxResults 1), {@code test_pipeline_list_executions}, {@code test_pipeline_build_parameters_from_execution} and
 * {@code test_pipeline_execution_basics} (ListPipelineParametersForExecution). The requests go through the AWS SDK
 * to a LocalApiServer whose local pipeline engine answers them.
 */
class WirePipelineRequestsTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/my_dummy_execution_role";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A trivial step. */
    public static final class Noop implements PipelineFunction {
        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            return Map.of();
        }
    }

    static JsonNode body(List<RecordingClients.Captured> captured, String operation) throws Exception {
        List<RecordingClients.Captured> matching = new ArrayList<>();
        for (RecordingClients.Captured c : captured) {
            if (("SageMaker." + operation).equals(c.target())) {
                matching.add(c);
            }
        }
        assertThat(matching).as(operation).isNotEmpty();
        JsonNode body = JSON.readTree(matching.get(matching.size() - 1).body());
        // the idempotency token both AWS SDKs fill in (boto3 below Python's mocked client, so its dicts lack it)
        if (body instanceof com.fasterxml.jackson.databind.node.ObjectNode o && o.path("ClientRequestToken")
                .isTextual()) {
            o.remove("ClientRequestToken");
        }
        return body;
    }

    @Test
    void versionsListingsParametersAndSelectiveExecution_sendPythonsRequests() throws Exception {
        List<RecordingClients.Captured> captured = new CopyOnWriteArrayList<>();
        try (Session server = Session.builder().backend("local").root(tmp.resolve("server"))
                .sagemakerConfig(SageMakerConfig.empty()).build();
             EndpointServer api = LocalApiServer.start(server, 0);
             Session client = RecordingClients.session(URI.create(api.url()), captured)) {
            ParameterString alpha = new ParameterString("alpha", "beta");
            Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(alpha)
                    .steps(JavaFunctionStep.of("step-1", Noop.class, Map.of(), List.of()),
                            JavaFunctionStep.of("step-2", Noop.class, Map.of(), List.of()))
                    .session(client).build();
            pipeline.upsert(ROLE);
            pipeline.upsert(ROLE);

            // Python: pipeline.list_pipeline_versions(); latest_pipeline_version_id
            assertThat(pipeline.listPipelineVersions().pipelineVersionSummaries()).hasSize(2);
            assertThat(body(captured, "ListPipelineVersions")).isEqualTo(JSON.readTree(
                    "{\"PipelineName\": \"MyPipeline\"}"));
            assertThat(pipeline.latestPipelineVersionId()).isEqualTo(2L);
            assertThat(body(captured, "ListPipelineVersions")).isEqualTo(JSON.readTree(
                    "{\"PipelineName\": \"MyPipeline\", \"MaxResults\": 1}"));
            String token = pipeline.listPipelineVersions(o -> o.maxResults(1)).nextToken();
            pipeline.listPipelineVersions(o -> o.nextToken(token));
            assertThat(body(captured, "ListPipelineVersions")).isEqualTo(JSON.readTree(
                    "{\"PipelineName\": \"MyPipeline\", \"NextToken\": \"" + token + "\"}"));

            PipelineExecution reference = pipeline.start(Map.of("alpha", "gamma"));
            reference.waitForCompletion();

            // Case 1: SelectiveExecutionConfig(source_pipeline_execution_arn=..., selected_steps=[...])
            captured.clear();
            PipelineExecution first = pipeline.start(o -> o.selectiveExecutionConfig(new SelectiveExecutionConfig(
                    List.of("step-1", "step-2"), reference.arn())));
            first.waitForCompletion();
            assertThat(body(captured, "StartPipelineExecution")).isEqualTo(JSON.readTree("""
                    {"PipelineName": "MyPipeline", "SelectiveExecutionConfig": {
                      "SelectedSteps": [{"StepName": "step-1"}, {"StepName": "step-2"}],
                      "SourcePipelineExecutionArn": "%s"}}""".formatted(reference.arn())));
            assertThat(captured).noneMatch(c -> "SageMaker.ListPipelineExecutions".equals(c.target()));

            // Case 2: without a source, the latest execution (ListPipelineExecutions sorted, one result)
            captured.clear();
            pipeline.start(o -> o.selectiveExecutionConfig(new SelectiveExecutionConfig(List.of("step-2"))))
                    .waitForCompletion();
            assertThat(body(captured, "ListPipelineExecutions")).isEqualTo(JSON.readTree("""
                    {"PipelineName": "MyPipeline", "SortBy": "CreationTime", "SortOrder": "Descending",
                     "MaxResults": 1}"""));
            assertThat(body(captured, "StartPipelineExecution")).isEqualTo(JSON.readTree("""
                    {"PipelineName": "MyPipeline", "SelectiveExecutionConfig": {
                      "SelectedSteps": [{"StepName": "step-2"}], "SourcePipelineExecutionArn": "%s"}}"""
                    .formatted(first.arn())));

            // Case 3: reference_latest_execution=False: no listing, no source
            captured.clear();
            pipeline.start(o -> o.selectiveExecutionConfig(new SelectiveExecutionConfig(List.of("step-1", "step-2"),
                    false, null))).waitForCompletion();
            assertThat(captured).noneMatch(c -> "SageMaker.ListPipelineExecutions".equals(c.target()));
            assertThat(body(captured, "StartPipelineExecution")).isEqualTo(JSON.readTree("""
                    {"PipelineName": "MyPipeline", "SelectiveExecutionConfig": {
                      "SelectedSteps": [{"StepName": "step-1"}, {"StepName": "step-2"}]}}"""));

            // Python: pipeline.list_executions(sort_by=..., sort_order=..., max_results=..., next_token=...)
            String page = pipeline.listExecutions(o -> o.maxResults(1)).nextToken();
            pipeline.listExecutions(o -> o.sortBy("CreationTime").sortOrder("Ascending").maxResults(1)
                    .nextToken(page));
            assertThat(body(captured, "ListPipelineExecutions")).isEqualTo(JSON.readTree("""
                    {"PipelineName": "MyPipeline", "SortBy": "CreationTime", "SortOrder": "Ascending",
                     "MaxResults": 1, "NextToken": "%s"}""".formatted(page)));

            // Python: build_parameters_from_execution(pipeline_execution_arn=...,
            //         parameter_value_overrides={...}); _PipelineExecution.list_parameters()
            captured.clear();
            Map<String, Object> parameters = pipeline.buildParametersFromExecution(reference.arn(),
                    Map.of("alpha", "delta"));
            assertThat(parameters).isEqualTo(Map.of("alpha", "delta"));
            assertThat(body(captured, "ListPipelineParametersForExecution")).isEqualTo(JSON.readTree(
                    "{\"PipelineExecutionArn\": \"" + reference.arn() + "\"}"));
            reference.listParameters(o -> o.maxResults(1).nextToken("0"));
            assertThat(body(captured, "ListPipelineParametersForExecution")).isEqualTo(JSON.readTree(
                    "{\"PipelineExecutionArn\": \"" + reference.arn() + "\", \"MaxResults\": 1,"
                            + " \"NextToken\": \"0\"}"));
        }
    }
}
