/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;

/** The definitions of the job, model and function steps. */
class StepsTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** A function for the local engine. */
    public static final class Score implements PipelineFunction {
        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            return Map.of("score", 0.5);
        }
    }

    @Test
    void javaFunctionStep_isALambdaStepWithAJavaFunctionArn() throws IOException {
        ParameterFloat threshold = new ParameterFloat("Threshold", 0.3);
        JavaFunctionStep score = JavaFunctionStep.of("Score", Score.class, Map.of("threshold", threshold),
                List.of(new JavaFunctionStep.Output("score", "Float")),
                StepOptions.builder().cacheConfig(new CacheConfig(true)).build());
        assertThat(tree(score.toRequestJson())).isEqualTo(tree("""
                {"Name": "Score", "Type": "Lambda", "Arguments": {"threshold": {"Get": "Parameters.Threshold"}},
                 "FunctionArn": "java:dev.sagemaker4j.workflow.StepsTest$Score",
                 "OutputParameters": [{"OutputName": "score", "OutputType": "Float"}],
                 "CacheConfig": {"Enabled": true}}"""));
        assertThat(score.output("score").expr()).isEqualTo(Map.of("Get", "Steps.Score.OutputParameters['score']"));
        assertThatThrownBy(() -> JavaFunctionStep.lambda("arn:aws:lambda:us-west-2:1:function:f", "Score"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("FunctionArn");
    }

    @Test
    void lambda_withNamedOptions_isPythonsLambdaStep() throws IOException {
        ParameterFloat threshold = new ParameterFloat("Threshold", 0.3);
        JavaFunctionStep score = JavaFunctionStep.lambda("Score", "arn:aws:lambda:us-west-2:1:function:f",
                l -> l.inputs(Map.of("threshold", threshold)).outputs(new JavaFunctionStep.Output("score", "Float"))
                        .description("scores").cacheConfig(new CacheConfig(true)).dependsOn("Prepare"));

        assertThat(tree(score.toRequestJson())).isEqualTo(tree("""
                {"Name": "Score", "Type": "Lambda", "Description": "scores", "DependsOn": ["Prepare"],
                 "Arguments": {"threshold": {"Get": "Parameters.Threshold"}},
                 "FunctionArn": "arn:aws:lambda:us-west-2:1:function:f",
                 "OutputParameters": [{"OutputName": "score", "OutputType": "Float"}],
                 "CacheConfig": {"Enabled": true}}"""));
        JavaFunctionStep.LambdaOptions options = JavaFunctionStep.LambdaOptions.builder().description("d").build();
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
        assertThat(tree(JavaFunctionStep.lambda("Bare", "arn:aws:lambda:us-west-2:1:function:f").toRequestJson()))
                .isEqualTo(tree("""
                {"Name": "Bare", "Type": "Lambda", "Arguments": {},
                 "FunctionArn": "arn:aws:lambda:us-west-2:1:function:f", "OutputParameters": []}"""));
    }

    @Test
    void trainingStep_dropsTheJobNameAndExperimentConfig() throws IOException {
        ParameterString data = new ParameterString("TrainData", "s3://bucket/train");
        TrainingStep train = new TrainingStep("Train", CreateTrainingJobRequest.builder().trainingJobName("job-1")
                .roleArn("arn:aws:iam::1:role/r").hyperParameters(Map.of("sagemaker_job_name", "\"job-1\"", "eta",
                        "0.1")).experimentConfig(ExperimentConfig.builder().experimentName("e").build())
                .inputDataConfig(List.of(Channel.builder().channelName("train").dataSource(d -> d.s3DataSource(s -> s
                        .s3Uri(data.asString()).s3DataType("S3Prefix"))).build()))
                .build());
        assertThat(tree(train.toRequestJson()).get("Arguments")).isEqualTo(tree("""
                {"RoleArn": "arn:aws:iam::1:role/r", "HyperParameters": {"eta": "0.1"},
                 "InputDataConfig": [{"ChannelName": "train", "DataSource": {"S3DataSource": {
                   "S3Uri": {"Get": "Parameters.TrainData"}, "S3DataType": "S3Prefix"}}}]}"""));
    }

    @Test
    void trainingInput_fromAProcessingStepsProperty_isAGetInTheTrainingStep() throws IOException {
        ProcessingStep prep = new ProcessingStep("Prep", software.amazon.awssdk.services.sagemaker.model
                .CreateProcessingJobRequest.builder().build());
        // TrainingInput refused a pipeline variable's placeholder as "neither an s3:// nor a file:// URI"
        dev.sagemaker4j.inputs.TrainingInput input = dev.sagemaker4j.inputs.TrainingInput.builder()
                .s3Data(prep.properties().processingOutputConfig().outputs("train").s3Output().s3Uri().asString())
                .contentType("text/csv").build();
        TrainingStep train = new TrainingStep("Train", CreateTrainingJobRequest.builder().inputDataConfig(
                input.toChannel("train")).build());
        assertThat(tree(train.toRequestJson()).at("/Arguments/InputDataConfig/0/DataSource/S3DataSource/S3Uri"))
                .isEqualTo(tree("{\"Get\": \"Steps.Prep.ProcessingOutputConfig.Outputs['train'].S3Output.S3Uri\"}"));
    }

    @Test
    void modelSteps_createAndRegister_andTransform() throws IOException {
        TrainingStep train = new TrainingStep("Train", CreateTrainingJobRequest.builder().build());
        ModelStep create = ModelStep.create("MyModel", CreateModelRequest.builder().modelName("m")
                .primaryContainer(c -> c.image("img")
                        .modelDataUrl(train.properties().modelArtifacts().s3ModelArtifacts().asString()))
                .build());
        assertThat(create.name()).isEqualTo("MyModel-CreateModel");
        assertThat(tree(create.toRequestJson())).isEqualTo(tree("""
                {"Name": "MyModel-CreateModel", "Type": "Model", "Arguments": {"PrimaryContainer": {"Image": "img",
                  "ModelDataUrl": {"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}}}}"""));
        ModelStep register = ModelStep.register("MyModel", CreateModelPackageRequest.builder()
                .modelPackageGroupName("group").modelPackageDescription("d").certifyForMarketplace(false)
                .modelApprovalStatus("PendingManualApproval").build());
        assertThat(tree(register.toRequestJson())).isEqualTo(tree("""
                {"Name": "MyModel-RegisterModel", "Type": "RegisterModel", "Arguments": {
                  "ModelPackageGroupName": "group", "ModelPackageDescription": "d",
                  "ModelApprovalStatus": "PendingManualApproval"}}"""));
        TransformStep transform = new TransformStep("Batch", CreateTransformJobRequest.builder()
                .transformJobName("t").modelName(create.properties().modelName().asString()).build());
        assertThat(tree(transform.toRequestJson()).get("Arguments")).isEqualTo(tree("""
                {"ModelName": {"Get": "Steps.MyModel-CreateModel.ModelName"}}"""));
        Pipeline pipeline = Pipeline.builder("P").steps(train, create, register, transform).build();
        assertThat(tree(pipeline.definition()).get("Steps")).hasSize(4);
    }
}
