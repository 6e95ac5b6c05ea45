/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.PipelinesApi;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.ClarifyCheckStepMetadata;
import software.amazon.awssdk.services.sagemaker.model.CreatePipelineRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.Parameter;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;
import software.amazon.awssdk.services.sagemaker.model.StartPipelineExecutionRequest;

/**
 * The engine's ClarifyCheck plumbing (issue 19, point 6) with a stand-in Clarify program ({@link
 * FakeClarifyProgram}): the step's processing job runs with its analysis configuration, its {@code analysis.json}
 * becomes {@code CalculatedBaselineConstraints}, a check gets the previous baseline as {@code baseline_constraints}
 * and a violation in the job's {@code constraint_violations.json} fails the step. The real Clarify container
 * program and the ClarifyCheckStep DSL (its DataConfig/BiasConfig) come from the Clarify part of issue 19.
 */
class ClarifyCheckEngineTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

    @TempDir
    Path tmp;

    static String definition(String bucket, String config) {
        return ("{'Version':'2020-12-01','Parameters':[{'Name':'Ci','Type':'String','DefaultValue':'0.5'},"
                + "{'Name':'Skip','Type':'Boolean','DefaultValue':true},"
                + "{'Name':'Register','Type':'Boolean','DefaultValue':true},"
                + "{'Name':'Supplied','Type':'String','DefaultValue':''}],"
                + "'Steps':[{'Name':'Bias','Type':'ClarifyCheck','Arguments':{"
                + "'AppSpecification':{'ImageUri':'123456789012.dkr.ecr.us-west-2.amazonaws.com/test-clarify-check:1'},"
                + "'RoleArn':'" + ROLE + "','ProcessingResources':{'ClusterConfig':{'InstanceType':'local',"
                + "'InstanceCount':1,'VolumeSizeInGB':30}},"
                + "'ProcessingInputs':[{'InputName':'analysis_config','AppManaged':false,'S3Input':{"
                + "'S3Uri':'" + config + "','LocalPath':'/opt/ml/processing/input/config','S3DataType':'S3Prefix',"
                + "'S3InputMode':'File','S3DataDistributionType':'FullyReplicated','S3CompressionType':'None'}}],"
                + "'ProcessingOutputConfig':{'Outputs':[{'OutputName':'analysis_result','AppManaged':false,"
                + "'S3Output':{'S3Uri':{'Std:Join':{'On':'/','Values':['" + bucket + "/clarify',"
                + "{'Get':'Execution.PipelineExecutionId'}]}},'LocalPath':'/opt/ml/processing/output',"
                + "'S3UploadMode':'EndOfJob'}}]},'Environment':{'CI_VALUE':{'Get':'Parameters.Ci'}}},"
                + "'CheckType':'DATA_BIAS','ModelPackageGroupName':null,'SkipCheck':{'Get':'Parameters.Skip'},"
                + "'FailOnViolation':true,'RegisterNewBaseline':{'Get':'Parameters.Register'},"
                + "'SuppliedBaselineConstraints':{'Get':'Parameters.Supplied'}}]}").replace('\'', '"');
    }

    static String start(PipelinesApi api, Map<String, String> parameters) {
        return api.startPipelineExecution(StartPipelineExecutionRequest.builder().pipelineName("bias-check")
                .pipelineParameters(parameters.entrySet().stream().map(e -> Parameter.builder().name(e.getKey())
                        .value(e.getValue()).build()).toList()).build()).pipelineExecutionArn();
    }

    @Test
    void clarifyCheck_baselineThenCheck_violationFailsTheStep() throws Exception {
        try (Session session = Session.local(tmp.resolve("root"))) {
            PipelinesApi api = session.api(PipelinesApi.CAPABILITY);
            String bucket = "s3://" + session.defaultBucket();
            String config = session.uploadString("{\"methods\":{\"pre_training_bias\":{\"methods\":\"all\"}}}",
                    bucket + "/clarify-config/analysis_config.json");
            api.createPipeline(CreatePipelineRequest.builder().pipelineName("bias-check").roleArn(ROLE)
                    .pipelineDefinition(definition(bucket, config)).build());

            String first = start(api, Map.of());
            DescribePipelineExecutionResponse done = LocalPipelinesTest.await(api, first);
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            ClarifyCheckStepMetadata base = LocalPipelinesTest.steps(api, first).get("Bias").metadata()
                    .clarifyCheck();
            assertThat(base.checkType()).isEqualTo("DATA_BIAS");
            assertThat(base.calculatedBaselineConstraints()).endsWith("/analysis.json");
            assertThat(base.baselineUsedForDriftCheckConstraints()).isEqualTo(base.calculatedBaselineConstraints());
            assertThat(session.objectStore().getString(base.calculatedBaselineConstraints())).contains("\"CI\"");

            Map<String, String> check = Map.of("Skip", "false", "Register", "false", "Supplied",
                    base.calculatedBaselineConstraints(), "Ci", "0.55");
            String second = start(api, check);
            done = LocalPipelinesTest.await(api, second);
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            ClarifyCheckStepMetadata passed = LocalPipelinesTest.steps(api, second).get("Bias").metadata()
                    .clarifyCheck();
            assertThat(passed.baselineUsedForDriftCheckConstraints()).isEqualTo(base.calculatedBaselineConstraints());
            assertThat(passed.violationReport()).endsWith("/constraint_violations.json");

            String third = start(api, Map.of("Skip", "false", "Register", "false",
                    "Supplied", base.calculatedBaselineConstraints(), "Ci", "0.9"));
            done = LocalPipelinesTest.await(api, third);
            assertThat(done.pipelineExecutionStatusAsString()).isEqualTo("Failed");
            PipelineExecutionStep failed = LocalPipelinesTest.steps(api, third).get("Bias");
            assertThat(failed.failureReason()).contains("DATA_BIAS check failed", "CI moved from 0.5 to 0.9");
        }
    }
}
