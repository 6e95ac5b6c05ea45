/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreatePipelineResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineExecutionStepsResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemaker.model.StartPipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdatePipelineResponse;

/**
 * The requests the pipeline lifecycle sends through the sagemaker backend, against the Python SDK v2.257.6's
 * {@code tests/unit/sagemaker/workflow/test_pipeline.py} ({@code test_pipeline_create},
 * {@code test_pipeline_create_with_parallelism_config}, {@code test_pipeline_create_and_start_with_parallelism_config},
 * {@code test_pipeline_upsert_resource_already_exists}, {@code test_pipeline_delete}, {@code test_pipeline_describe},
 * {@code test_pipeline_start}, {@code test_pipeline_execution_basics}). The SageMakerClient is a recording stub.
 */
class PipelineLifecycleTest {

    static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };
    static final String ROLE = "arn:aws:iam::111111111111:role/SageMakerRole";

    final List<String> operations = new ArrayList<>();
    final List<Map<String, Object>> requests = new ArrayList<>();
    String executionStatus = "Succeeded";
    boolean pipelineExists;
    Session session;

    @BeforeEach
    void stub() {
        SageMakerClient client = (SageMakerClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SageMakerClient.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "serviceName": return "sagemaker";
                        case "close": return null;
                        case "toString": return "stub";
                        case "hashCode": return 0;
                        case "equals": return proxy == args[0];
                        default: break;
                    }
                    if (args != null && args.length == 1 && args[0] instanceof SdkPojo p) {
                        operations.add(method.getName());
                        requests.add(SdkJson.MAPPER.convertValue(SdkJson.toJson(p), MAP));
                    }
                    switch (method.getName()) {
                        case "createPipeline":
                            if (pipelineExists) {
                                throw SageMakerException.builder().awsErrorDetails(AwsErrorDetails.builder()
                                        .errorCode("ValidationException")
                                        .errorMessage("Pipeline names must be unique within an AWS account and "
                                                + "region. Pipeline with name (MyPipeline) already exists.")
                                        .build()).statusCode(400).build();
                            }
                            return CreatePipelineResponse.builder().pipelineArn("pipeline-arn").build();
                        case "updatePipeline":
                            return UpdatePipelineResponse.builder().pipelineArn("pipeline-arn").build();
                        case "startPipelineExecution":
                            return StartPipelineExecutionResponse.builder().pipelineExecutionArn("my:arn").build();
                        case "describePipelineExecution":
                            return DescribePipelineExecutionResponse.builder().pipelineExecutionArn("my:arn")
                                    .pipelineExecutionStatus(executionStatus).failureReason(
                                            "Failed".equals(executionStatus) ? "Step Train failed" : null).build();
                        case "listPipelineExecutionSteps":
                            return ListPipelineExecutionStepsResponse.builder().pipelineExecutionSteps(
                                    PipelineExecutionStep.builder().stepName("Train").stepStatus("Succeeded")
                                            .build()).build();
                        default:
                            Object builder = method.getReturnType().getMethod("builder").invoke(null);
                            return builder instanceof software.amazon.awssdk.utils.builder.SdkBuilder<?, ?> b
                                    ? b.build() : null;
                    }
                });
        session = Session.builder().backend("sagemaker").region("us-west-2").sageMakerClient(client)
                .defaultBucket("s3-bucket").build();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    Pipeline pipeline(Parameter... parameters) {
        return Pipeline.builder("MyPipeline").parameters(parameters).session(session).build();
    }

    Map<String, Object> last(String operation) {
        for (int i = operations.size() - 1; i >= 0; i--) {
            if (operations.get(i).equals(operation)) {
                return requests.get(i);
            }
        }
        throw new AssertionError(operation + " not sent: " + operations);
    }

    @Test
    void create_withAndWithoutParallelism() {
        Pipeline p = pipeline();
        p.create(ROLE);
        Map<String, Object> create = new LinkedHashMap<>(last("createPipeline"));
        create.remove("ClientRequestToken"); // the AWS SDK's idempotency token
        assertThat(create).isEqualTo(Map.of("PipelineName", "MyPipeline", "PipelineDefinition", p.definition(),
                "RoleArn", ROLE));
        p.create(ROLE, o -> o.parallelismConfig(new ParallelismConfiguration(10)));
        assertThat(last("createPipeline")).containsEntry("ParallelismConfiguration",
                Map.of("MaxParallelExecutionSteps", 10));
    }

    @Test
    void upsert_updatesWhenThePipelineExists() {
        pipelineExists = true;
        assertThat(pipeline().upsert(ROLE)).isEqualTo("pipeline-arn");
        assertThat(operations).containsExactly("createPipeline", "updatePipeline");
        Map<String, Object> update = new LinkedHashMap<>(last("updatePipeline"));
        assertThat(update).isEqualTo(Map.of("PipelineName", "MyPipeline", "PipelineDefinition",
                pipeline().definition(), "RoleArn", ROLE));
    }

    @Test
    void describeAndDelete() {
        Pipeline p = pipeline();
        p.describe();
        assertThat(last("describePipeline")).isEqualTo(Map.of("PipelineName", "MyPipeline"));
        p.describe(5);
        assertThat(last("describePipeline"))
                .isEqualTo(Map.of("PipelineName", "MyPipeline", "PipelineVersionId", 5L));
        p.delete();
        Map<String, Object> delete = new LinkedHashMap<>(last("deletePipeline"));
        delete.remove("ClientRequestToken");
        assertThat(delete).isEqualTo(Map.of("PipelineName", "MyPipeline"));
    }

    @Test
    void start_asPythonsTestPipelineStart() {
        Pipeline p = pipeline(new ParameterString("alpha", "beta"), new ParameterString("gamma", "delta"));
        p.start();
        assertThat(withoutToken(last("startPipelineExecution"))).isEqualTo(Map.of("PipelineName", "MyPipeline"));
        p.start(o -> o.executionDisplayName("pipeline-execution"));
        assertThat(withoutToken(last("startPipelineExecution"))).isEqualTo(Map.of("PipelineName", "MyPipeline",
                "PipelineExecutionDisplayName", "pipeline-execution"));
        p.start(Map.of("alpha", "epsilon"));
        assertThat(withoutToken(last("startPipelineExecution"))).isEqualTo(Map.of("PipelineName", "MyPipeline",
                "PipelineParameters", List.of(Map.of("Name", "alpha", "Value", "epsilon"))));
        p.start(o -> o.pipelineVersionId(5));
        assertThat(withoutToken(last("startPipelineExecution"))).isEqualTo(Map.of("PipelineName", "MyPipeline",
                "PipelineVersionId", 5L));
        p.start(o -> o.parallelismConfig(new ParallelismConfiguration(20)));
        assertThat(withoutToken(last("startPipelineExecution"))).isEqualTo(Map.of("PipelineName", "MyPipeline",
                "ParallelismConfiguration", Map.of("MaxParallelExecutionSteps", 20)));
    }

    @Test
    void start_refusesBadParametersBeforeSending() {
        Pipeline p = pipeline(new ParameterInteger("Count", 1), new ParameterString("Required"),
                new ParameterBoolean("Flag", true));
        assertThatThrownBy(() -> p.start(Map.of("Count", "three", "Required", "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PipelineParameters.Count");
        assertThatThrownBy(() -> p.start(Map.of("Unknown", 1, "Required", "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PipelineParameters.Unknown");
        assertThatThrownBy(() -> p.start(Map.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("PipelineParameters.Required");
        assertThat(operations).doesNotContain("startPipelineExecution");
        p.start(Map.of("Required", "x", "Flag", false));
        assertThat(String.valueOf(last("startPipelineExecution").get("PipelineParameters")))
                .contains("{Name=Flag, Value=False}");
    }

    @Test
    void execution_asPythonsTestPipelineExecutionBasics() {
        PipelineExecution execution = pipeline().start();
        execution.stop();
        assertThat(withoutToken(last("stopPipelineExecution"))).isEqualTo(Map.of("PipelineExecutionArn", "my:arn"));
        execution.describe();
        assertThat(last("describePipelineExecution")).isEqualTo(Map.of("PipelineExecutionArn", "my:arn"));
        assertThat(execution.listSteps()).hasSize(1);
        assertThat(last("listPipelineExecutionSteps")).isEqualTo(Map.of("PipelineExecutionArn", "my:arn"));
        execution.listParameters();
        assertThat(last("listPipelineParametersForExecution")).isEqualTo(Map.of("PipelineExecutionArn", "my:arn"));
        assertThat(execution.result("Train").stepStatusAsString()).isEqualTo("Succeeded");
        assertThat(execution.waitForCompletion().pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
        executionStatus = "Failed";
        assertThatThrownBy(execution::waitForCompletion).isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("Step Train failed");
        pipeline().listExecutions();
        assertThat(last("listPipelineExecutions")).isEqualTo(Map.of("PipelineName", "MyPipeline"));
    }

    static Map<String, Object> withoutToken(Map<String, Object> request) {
        Map<String, Object> copy = new LinkedHashMap<>(request);
        copy.remove("ClientRequestToken");
        return copy;
    }
}
