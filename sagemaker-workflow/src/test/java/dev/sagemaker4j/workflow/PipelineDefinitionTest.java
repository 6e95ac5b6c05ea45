/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.Processor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pipeline definitions against the Python SDK v2.257.6's: each expected JSON under
 * {@code src/test/resources/python-definitions/} is the literal dict of the Python unit test of the same name
 * ({@code tests/unit/sagemaker/workflow/test_pipeline.py}, {@code test_condition_step.py},
 * {@code test_fail_step.py}, {@code test_steps.py}), compared as JSON trees.
 */
class PipelineDefinitionTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode python(String name) throws IOException {
        try (InputStream in = PipelineDefinitionTest.class.getResourceAsStream("/python-definitions/" + name + ".json")) {
            return MAPPER.readTree(in);
        }
    }

    static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    @Test
    void basic() throws IOException {
        ParameterString parameter = new ParameterString("MyStr");
        Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(parameter)
                .steps(new CustomStep("MyStep", parameter)).build();
        assertThat(tree(pipeline.definition())).isEqualTo(python("test_pipeline_basic"));
    }

    @Test
    void twoSteps_parameterExecutionVariableExperimentPropertyAndStepProperty() throws IOException {
        ParameterString parameter = new ParameterString("MyStr");
        CustomStep step1 = new CustomStep("MyStep1", List.of(parameter, ExecutionVariables.PIPELINE_EXECUTION_ID,
                ExecutionVariable.EXPERIMENT_NAME));
        CustomStep step2 = new CustomStep("MyStep2", List.of(step1.properties().modelArtifacts().s3ModelArtifacts()));
        Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(parameter).steps(step1, step2).build();
        assertThat(tree(pipeline.definition())).isEqualTo(python("test_pipeline_two_step"));
    }

    @Test
    void experimentConfig_overriddenAndDisabled() throws IOException {
        Pipeline overridden = Pipeline.builder("MyPipeline")
                .pipelineExperimentConfig(new PipelineExperimentConfig("MyExperiment", "MyTrial"))
                .steps(new CustomStep("MyStep", "input")).build();
        assertThat(tree(overridden.definition())).isEqualTo(python("test_pipeline_override_experiment_config"));
        Pipeline disabled = Pipeline.builder("MyPipeline").pipelineExperimentConfig(null)
                .steps(new CustomStep("MyStep", "input")).build();
        assertThat(tree(disabled.definition())).isEqualTo(python("test_pipeline_disable_experiment_config"));
    }

    @Test
    void conditionStep_everyConditionType() throws IOException {
        ParameterInteger param1 = new ParameterInteger("MyInt1");
        ParameterInteger param2 = new ParameterInteger("MyInt2");
        ParameterString param3 = new ParameterString("MyStr");
        ExecutionVariable var = ExecutionVariables.START_DATETIME;
        CustomStep step0 = new CustomStep("MyStep0");
        ConditionEquals condEq = new ConditionEquals(param1, param2);
        ConditionGreaterThan condGt = new ConditionGreaterThan(var, "2020-12-01");
        ConditionGreaterThanOrEqualTo condGte = new ConditionGreaterThanOrEqualTo(var, param3);
        ConditionLessThan condLt = new ConditionLessThan(var, "2020-12-01");
        ConditionLessThanOrEqualTo condLte = new ConditionLessThanOrEqualTo(var, param3);
        ConditionIn condIn = new ConditionIn(param3, List.of("abc", "def"));
        ConditionIn condInMixed = new ConditionIn(param3, List.of("abc", step0.properties().trainingJobName(), var));
        ConditionStep condStep = ConditionStep.builder("MyConditionStep")
                .conditions(condEq, condGt, condGte, condLt, condLte, condIn, condInMixed, new ConditionNot(condEq),
                        new ConditionNot(condIn), new ConditionOr(List.of(condGt, condIn)))
                .ifSteps(new CustomStep("MyStep1")).elseSteps(new CustomStep("MyStep2")).build();
        // Python adds the referenced MyStep0 to the pipeline by itself; here every step is listed (a reference to
        // a step outside the pipeline is a ValidationException)
        Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(param1, param2, param3).steps(condStep, step0)
                .build();
        assertThat(tree(pipeline.definition())).isEqualTo(python("test_pipeline_condition_step_interpolated"));
        assertThat(condStep.outcome().expr()).isEqualTo(Map.of("Get", "Steps.MyConditionStep.Outcome"));
    }

    @Test
    void failStep_joinOfTheConditionOutcome() throws IOException {
        ParameterInteger param = new ParameterInteger("MyInt", 2);
        ConditionStep cond = ConditionStep.builder("CondStep").conditions(new ConditionEquals(param, 1)).build();
        FailStep fail = new FailStep("FailStep", Join.on(": ", "Failed due to xxx == yyy returns", cond.outcome()));
        Pipeline pipeline = Pipeline.builder("MyPipeline").steps(cond, fail).parameters(param).build();
        assertThat(tree(pipeline.definition()).get("Steps"))
                .isEqualTo(python("test_fail_step_with_join_fn_in_error_message"));
    }

    @Test
    void failStep_request() throws IOException {
        FailStep fail = new FailStep("MyFailStep", "Test error message", o -> o.dependsOn("TestStep"));
        fail.addDependsOn("SecondTestStep");
        assertThat(tree(fail.toRequestJson())).isEqualTo(tree("""
                {"Name": "MyFailStep", "Type": "Fail", "DependsOn": ["TestStep", "SecondTestStep"],
                 "Arguments": {"ErrorMessage": "Test error message"}}"""));
        assertThat(tree(new FailStep("MyFailStep").toRequestJson()).get("Arguments"))
                .isEqualTo(tree("{\"ErrorMessage\": \"\"}"));
    }

    @Test
    void retryPolicies_asPythonsTestCustomStepWithRetryPolicy() throws IOException {
        CustomStep step = new CustomStep("MyStep", null, StepOptions.builder().retryPolicies(
                new StepRetryPolicy(List.of(StepRetryPolicy.ExceptionType.SERVICE_FAULT,
                        StepRetryPolicy.ExceptionType.THROTTLING), r -> r.expireAfterMins(1)),
                new SageMakerJobStepRetryPolicy(List.of(SageMakerJobStepRetryPolicy.ExceptionType.CAPACITY_ERROR),
                        r -> r.maxAttempts(3)),
                new SageMakerJobStepRetryPolicy(List.of(SageMakerJobStepRetryPolicy.ExceptionType.INTERNAL_ERROR),
                        r -> r.intervalSeconds(5).backoffRate(2.0).expireAfterMins(5))).build());
        assertThat(tree(step.toRequestJson())).isEqualTo(tree("""
                {"Name": "MyStep", "Type": "Training", "Arguments": {},
                 "RetryPolicies": [
                   {"ExceptionType": ["Step.SERVICE_FAULT", "Step.THROTTLING"], "IntervalSeconds": 1,
                    "BackoffRate": 2.0, "ExpireAfterMin": 1},
                   {"ExceptionType": ["SageMaker.CAPACITY_ERROR"], "IntervalSeconds": 1, "BackoffRate": 2.0,
                    "MaxAttempts": 3},
                   {"ExceptionType": ["SageMaker.JOB_INTERNAL_ERROR"], "IntervalSeconds": 5, "BackoffRate": 2.0,
                    "ExpireAfterMin": 5}]}"""));
    }

    @Test
    void functions_asPythonsTestFunctions() throws IOException {
        assertThat(tree(Json.write(Json.toNode(Join.on(",", 1, "a", false, 1.1))))).isEqualTo(
                tree("{\"Std:Join\": {\"On\": \",\", \"Values\": [1, \"a\", false, 1.1]}}"));
        assertThat(tree(Json.write(Json.toNode(Join.on("", "foo", new ParameterFloat("MyFloat"),
                new ParameterInteger("MyInt"), new ParameterString("MyStr"),
                new Properties("foo.OutputPath.S3Uri"), ExecutionVariables.PIPELINE_EXECUTION_ID,
                Join.on(",", 1, "a", false, 1.1)))))).isEqualTo(tree("""
                {"Std:Join": {"On": "", "Values": ["foo", {"Get": "Parameters.MyFloat"}, {"Get": "Parameters.MyInt"},
                  {"Get": "Parameters.MyStr"}, {"Get": "Steps.foo.OutputPath.S3Uri"},
                  {"Get": "Execution.PipelineExecutionId"},
                  {"Std:Join": {"On": ",", "Values": [1, "a", false, 1.1]}}]}}"""));
        PropertyFile file = new PropertyFile("name", "result", "output");
        assertThat(tree(Json.write(Json.toNode(JsonGet.of("my-step", file.name(), "my-json-path")))))
                .isEqualTo(tree("""
                        {"Std:JsonGet": {"PropertyFile": {"Get": "Steps.my-step.PropertyFiles.name"},
                          "Path": "my-json-path"}}"""));
    }

    @Test
    void properties_followTheDescribeResponses() {
        TrainingStep train = new TrainingStep("Train",
                software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest.builder().build());
        assertThat(train.properties().modelArtifacts().s3ModelArtifacts().expr())
                .isEqualTo(Map.of("Get", "Steps.Train.ModelArtifacts.S3ModelArtifacts"));
        assertThat(train.properties().finalMetricDataList("train:loss").get("Value").expr())
                .isEqualTo(Map.of("Get", "Steps.Train.FinalMetricDataList['train:loss'].Value"));
        ProcessingStep prep = new ProcessingStep("Prep",
                software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest.builder().build());
        assertThat(prep.properties().processingOutputConfig().outputs("train").s3Output().s3Uri().expr())
                .isEqualTo(Map.of("Get", "Steps.Prep.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri"));
        assertThat(prep.properties().processingJobName().expr())
                .isEqualTo(Map.of("Get", "Steps.Prep.ProcessingJobName"));
    }

    @Test
    void processingStep_fromProcessorRequest_asPythonsTestProcessingStep(@TempDir Path tmp) throws IOException {
        ParameterString inputUri = new ParameterString("ProcessingInputDataUri", "s3://my-bucket/processing_manifest");
        ParameterString instanceType = new ParameterString("InstanceType", "ml.m4.4xlarge");
        ParameterInteger instanceCount = new ParameterInteger("InstanceCount", 1);
        try (Session session = Session.local(tmp)) {
            Processor processor = Processor.builder().imageUri("fakeimage").role("DummyRole").instanceCount(1)
                    .instanceType(instanceType.asString()).session(session).build();
            PropertyFile report = new PropertyFile("EvaluationReport", "evaluation", "evaluation.json");
            ProcessingStep step = new ProcessingStep("MyProcessingStep",
                    processor.request(Processor.RunOptions.builder().inputs(List.of(ProcessingInput.builder()
                            .source(inputUri.asString()).destination("processing_manifest").build())).build()),
                    o -> o.description("ProcessingStep description").displayName("MyProcessingStep")
                            .dependsOn("TestStep", "SecondTestStep").cacheConfig(new CacheConfig(true, "PT1H"))
                            .propertyFiles(report)
                            .argument("ProcessingResources.ClusterConfig.InstanceCount", instanceCount));
            step.addDependsOn("ThirdTestStep");
            Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(inputUri, instanceType, instanceCount)
                    .steps(step, new CustomStep("TestStep"), new CustomStep("SecondTestStep"),
                            new CustomStep("ThirdTestStep")).build();
            // Python's test session is a mock whose expand_role returns "DummyRole" as it is; a real session
            // expands a role name to its ARN, as the Java session does
            com.fasterxml.jackson.databind.node.ObjectNode expected =
                    (com.fasterxml.jackson.databind.node.ObjectNode) python("test_processing_step");
            ((com.fasterxml.jackson.databind.node.ObjectNode) expected.get("Arguments"))
                    .put("RoleArn", "arn:aws:iam::000000000000:role/DummyRole");
            assertThat(tree(pipeline.definition()).get("Steps").get(0)).isEqualTo(expected);
        }
    }
}
