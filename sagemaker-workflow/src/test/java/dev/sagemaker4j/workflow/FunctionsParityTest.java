/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ExecutionVariable(name)}, {@code JsonGet(s3_uri=..., json_path=...)} and
 * {@code ConditionStep.step_only_arguments}, against the Python SDK v2.257.6's
 * {@code tests/unit/sagemaker/workflow/test_functions.py} ({@code test_json_get_expressions_with_s3_uri},
 * {@code test_json_get_invalid_s3_uri_with_invalid_pipeline_variable}) and {@code test_execution_variables.py}; the
 * S3 form also runs on the local engine.
 */
class FunctionsParityTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Runs when the condition holds. */
    public static final class Pass implements PipelineFunction {
        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            return Map.of();
        }
    }

    @Test
    void executionVariable_ofName_isPythonsExpression() {
        ExecutionVariable id = ExecutionVariable.of("PipelineExecutionId");
        assertThat(id.expr()).isEqualTo(Map.of("Get", "Execution.PipelineExecutionId"));
        assertThat(id.name()).isEqualTo("PipelineExecutionId");
        assertThat(id).isEqualTo(ExecutionVariables.PIPELINE_EXECUTION_ID)
                .hasSameHashCodeAs(ExecutionVariables.PIPELINE_EXECUTION_ID);
        assertThat(ExecutionVariable.EXPERIMENT_NAME.name()).isEqualTo("ExperimentName");
        assertThatThrownBy(() -> ExecutionVariable.of("Execution.PipelineName"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("name");
    }

    @Test
    void jsonGet_s3Uri_isPythonsExpression() throws Exception {
        Join uri = Join.on("/", "s3:/", "test-bucket", ExecutionVariables.PIPELINE_NAME,
                ExecutionVariables.PIPELINE_EXECUTION_ID, "my-step-name");
        // Python: JsonGet(s3_uri=s3uri, json_path="my-json-path").expr
        JsonNode expr = JSON.valueToTree(JsonGet.of(uri, "my-json-path").expr());
        assertThat(expr).isEqualTo(JSON.readTree("""
                {"Std:JsonGet": {"Path": "my-json-path", "S3Uri": {"Std:Join": {"On": "/", "Values": ["s3:/",
                 "test-bucket", {"Get": "Execution.PipelineName"}, {"Get": "Execution.PipelineExecutionId"},
                 "my-step-name"]}}}}"""));
        // Python: JsonGet(s3_uri=Join(on="/", values=["s3:/", Join()])) raises ValueError
        assertThatThrownBy(() -> JsonGet.of(Join.on("/", "s3:/", Join.on("")), "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("s3Uri");
    }

    @Test
    void conditionStep_stepOnlyArguments_leaveTheBranchesOut() throws Exception {
        ParameterInteger depth = new ParameterInteger("Depth", 3);
        FailStep fail = new FailStep("Fail", "too deep");
        ConditionStep check = ConditionStep.builder("Check").conditions(new ConditionLessThan(depth, 5))
                .elseSteps(fail).build();
        JsonNode stepOnly = JSON.readTree(Json.write(Json.toNode(check.stepOnlyArguments())));
        JsonNode all = Json.toNode(check.arguments());
        assertThat(stepOnly).isEqualTo(JSON.readTree("""
                {"Conditions": [{"Type": "LessThan", "LeftValue": {"Get": "Parameters.Depth"}, "RightValue": 5}]}"""));
        assertThat(all.has("ElseSteps")).isTrue();
    }

    @Test
    void jsonGet_s3Uri_isReadByTheLocalEngine() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = session.defaultBucket();
            session.uploadString("{\"metrics\": {\"mse\": 2.5}}", "s3://" + bucket + "/eval/report.json");
            ParameterString folder = new ParameterString("Folder", "eval");
            JsonGet mse = JsonGet.of(Join.on("/", "s3:/", bucket, folder, "report.json"), "metrics.mse");
            ConditionStep check = ConditionStep.builder("Check").conditions(new ConditionLessThan(mse, 3.0))
                    .ifSteps(JavaFunctionStep.of("Pass", Pass.class, Map.of(), List.of()))
                    .elseSteps(new FailStep("TooHigh", "mse too high")).build();
            Pipeline pipeline = Pipeline.builder("s3-json-get").parameters(folder).steps(check).session(session)
                    .build();
            pipeline.upsert("arn:aws:iam::111122223333:role/SageMakerRole");

            PipelineExecution run = pipeline.start();

            assertThat(run.waitForCompletion().pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
            assertThat(run.result("Check").metadata().condition().outcomeAsString()).isEqualTo("True");
            assertThat(run.result("Pass").stepStatusAsString()).isEqualTo("Succeeded");
        }
    }
}
