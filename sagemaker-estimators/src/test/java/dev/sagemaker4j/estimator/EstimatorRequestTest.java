/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DebugHookConfig;
import software.amazon.awssdk.services.sagemaker.model.DebugRuleConfiguration;
import software.amazon.awssdk.services.sagemaker.model.InstanceGroup;
import software.amazon.awssdk.services.sagemaker.model.ProfilerConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/** What fit sends: the CreateTrainingJob request, field by field, as the Python SDK builds it. */
class EstimatorRequestTest {
    @TempDir
    Path tmp;
    Session session;

    @BeforeEach
    void setUp() {
        session = Session.local(tmp);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    Estimator.Builder base() {
        return Estimator.builder().imageUri(ImageUris.retrieve("xgboost", "us-east-1", "1.7-1"))
                .instanceType("ml.m5.xlarge").instanceCount(2).session(session);
    }

    static Map<String, TrainingInput> ordered(String name1, TrainingInput input1, String name2, TrainingInput input2) {
        Map<String, TrainingInput> m = new LinkedHashMap<>();
        m.put(name1, input1);
        m.put(name2, input2);
        return m;
    }

    @Test
    void request_carriesEveryEstimatorSetting() {
        Estimator e = base().role("arn:aws:iam::111122223333:role/SM").volumeSize(50).maxRun(3600)
                .outputPath("s3://out-bucket/prefix").hyperparameters(Map.of("num_round", 10, "verbose", true))
                .environment(Map.of("A", "1")).metricDefinition("auc", "auc:([0-9.]+)")
                .checkpointS3Uri("s3://ck/x").checkpointLocalPath("/opt/ml/checkpoints")
                .useSpotInstances(true).maxWait(7200).tags(Map.of("team", "ml")).maxRetryAttempts(3).build();

        CreateTrainingJobRequest r = e.trainingJobRequest(ordered("train", TrainingInput.of("s3://data/train/"),
                "validation", TrainingInput.builder().s3Data("s3://data/valid/").contentType("text/csv")
                        .distribution("ShardedByS3Key").s3DataType("ManifestFile").compression("Gzip")
                        .recordWrapping("RecordIO").inputMode("Pipe").build()), "job-1");

        assertThat(r.trainingJobName()).isEqualTo("job-1");
        assertThat(r.roleArn()).isEqualTo("arn:aws:iam::111122223333:role/SM");
        assertThat(r.algorithmSpecification().trainingImage())
                .isEqualTo("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
        assertThat(r.algorithmSpecification().trainingInputModeAsString()).isEqualTo("File");
        assertThat(r.algorithmSpecification().metricDefinitions().get(0).regex()).isEqualTo("auc:([0-9.]+)");
        assertThat(r.resourceConfig().instanceTypeAsString()).isEqualTo("ml.m5.xlarge");
        assertThat(r.resourceConfig().instanceCount()).isEqualTo(2);
        assertThat(r.resourceConfig().volumeSizeInGB()).isEqualTo(50);
        assertThat(r.stoppingCondition().maxRuntimeInSeconds()).isEqualTo(3600);
        assertThat(r.stoppingCondition().maxWaitTimeInSeconds()).isEqualTo(7200);
        assertThat(r.enableManagedSpotTraining()).isTrue();
        assertThat(r.outputDataConfig().s3OutputPath()).isEqualTo("s3://out-bucket/prefix");
        assertThat(r.hyperParameters()).containsEntry("num_round", "10").containsEntry("verbose", "True");
        assertThat(r.environment()).containsEntry("A", "1");
        assertThat(r.checkpointConfig().s3Uri()).isEqualTo("s3://ck/x");
        assertThat(r.tags()).containsExactly(Tag.builder().key("team").value("ml").build());
        assertThat(r.retryStrategy().maximumRetryAttempts()).isEqualTo(3);

        List<Channel> channels = r.inputDataConfig();
        assertThat(channels).extracting(Channel::channelName).containsExactly("train", "validation");
        assertThat(channels.get(0).dataSource().s3DataSource().s3DataTypeAsString()).isEqualTo("S3Prefix");
        assertThat(channels.get(0).dataSource().s3DataSource().s3DataDistributionTypeAsString())
                .isEqualTo("FullyReplicated");
        Channel v = channels.get(1);
        assertThat(v.contentType()).isEqualTo("text/csv");
        assertThat(v.compressionTypeAsString()).isEqualTo("Gzip");
        assertThat(v.recordWrapperTypeAsString()).isEqualTo("RecordIO");
        assertThat(v.inputModeAsString()).isEqualTo("Pipe");
        assertThat(v.dataSource().s3DataSource().s3DataTypeAsString()).isEqualTo("ManifestFile");
        assertThat(v.dataSource().s3DataSource().s3DataDistributionTypeAsString()).isEqualTo("ShardedByS3Key");
    }

    @Test
    void request_singleInputGoesToTheTrainingChannel_andOutputDefaultsToTheDefaultBucket() {
        CreateTrainingJobRequest r = base().build().trainingJobRequest(TrainingInput.of("s3://data/x.csv"), "job-2");
        assertThat(r.inputDataConfig()).extracting(Channel::channelName).containsExactly("training");
        assertThat(r.outputDataConfig().s3OutputPath()).isEqualTo("s3://sagemaker-us-east-1-000000000000/");
        assertThat(r.enableManagedSpotTraining()).isNull();
        assertThat(r.stoppingCondition().maxRuntimeInSeconds()).isEqualTo(86400);
        assertThat(r.resourceConfig().volumeSizeInGB()).isEqualTo(30);
    }

    @Test
    void builder_rejectsBadSettings() {
        assertThatThrownBy(() -> base().instanceType("m5.large").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("instanceType"));
        assertThatThrownBy(() -> base().instanceCount(0).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("instanceCount"));
        assertThatThrownBy(() -> base().useSpotInstances(true).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxWait"));
        assertThatThrownBy(() -> base().maxRun(100).useSpotInstances(true).maxWait(50).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxWait"));
        assertThatThrownBy(() -> base().outputPath("/tmp/out").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("outputPath"));
        assertThatThrownBy(() -> Estimator.builder().instanceType("local").session(session).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("imageUri"));
        assertThatThrownBy(() -> Estimator.builder().imageUri("x:1").instanceType("ml.m5.large").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("session"));
        assertThatThrownBy(() -> base().build().fit("s3://data/x", f -> f.wait(false).jobName("bad_name")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("jobName"));
        Map<String, TrainingInput> missing = new java.util.HashMap<>();
        missing.put("train", null);
        assertThatThrownBy(() -> base().build().fit(missing))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("inputs[train]"));
        assertThatThrownBy(() -> TrainingInput.builder().s3Data("/local/path").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("s3Data"));
        assertThatThrownBy(() -> TrainingInput.builder().distribution("Sharded"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("distribution"));
        assertThatThrownBy(() -> base().build().modelData())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fix()).contains("fit("));
    }

    @Test
    void request_channelsInTheOrderGiven_notSorted() {
        CreateTrainingJobRequest r = base().build().trainingJobRequest(ordered("validation",
                TrainingInput.of("s3://data/v/"), "train", TrainingInput.of("s3://data/t/")), "job-3");

        assertThat(r.inputDataConfig()).extracting(Channel::channelName).containsExactly("validation", "train");
    }

    @Test
    void request_productionSettings_sentAsThePythonSdkSendsThem() {
        Estimator e = base().outputPath("s3://out/p").subnets(List.of("subnet-0a1b2c3d", "subnet-99"))
                .securityGroupIds(List.of("sg-0f00")).volumeKmsKey("1234abcd-12ab-34cd-56ef-1234567890ab")
                .outputKmsKey("arn:aws:kms:us-east-1:111122223333:alias/ml-output")
                .encryptInterContainerTraffic(true).enableNetworkIsolation(true).keepAlivePeriodInSeconds(600)
                .disableOutputCompression(true).containerEntryPoint(List.of("python", "train.py"))
                .containerArguments(List.of("--epochs", "3")).trainingRepositoryAccessMode("Vpc")
                .trainingRepositoryCredentialsProviderArn("arn:aws:lambda:us-east-1:111122223333:function:creds")
                .enableInfraCheck(true).enableRemoteDebug(false).enableSessionTagChaining(true)
                .enableSagemakerMetrics(true).debuggerHookConfig(DebugHookConfig.builder().localPath("/opt/ml/t").build())
                .rules(List.of(DebugRuleConfiguration.builder().ruleConfigurationName("LossNotDecreasing")
                        .ruleEvaluatorImage("503895931360.dkr.ecr.us-east-1.amazonaws.com/sagemaker-debugger-rules:latest")
                        .build()))
                .profilerConfig(ProfilerConfig.builder().profilingIntervalInMilliseconds(500L).build())
                .modelUri("s3://models/pretrained.tar.gz").maxRetryAttempts(2).build();

        CreateTrainingJobRequest r = e.trainingJobRequest(Map.of("train", TrainingInput.of("s3://data/t/")), "job-4");

        assertThat(r.vpcConfig().subnets()).containsExactly("subnet-0a1b2c3d", "subnet-99");
        assertThat(r.vpcConfig().securityGroupIds()).containsExactly("sg-0f00");
        assertThat(r.resourceConfig().volumeKmsKeyId()).isEqualTo("1234abcd-12ab-34cd-56ef-1234567890ab");
        assertThat(r.resourceConfig().keepAlivePeriodInSeconds()).isEqualTo(600);
        assertThat(r.outputDataConfig().kmsKeyId()).isEqualTo("arn:aws:kms:us-east-1:111122223333:alias/ml-output");
        assertThat(r.outputDataConfig().compressionTypeAsString()).isEqualTo("NONE");
        assertThat(r.enableInterContainerTrafficEncryption()).isTrue();
        assertThat(r.enableNetworkIsolation()).isTrue();
        assertThat(r.algorithmSpecification().containerEntrypoint()).containsExactly("python", "train.py");
        assertThat(r.algorithmSpecification().containerArguments()).containsExactly("--epochs", "3");
        assertThat(r.algorithmSpecification().enableSageMakerMetricsTimeSeries()).isTrue();
        assertThat(r.algorithmSpecification().trainingImageConfig().trainingRepositoryAccessModeAsString())
                .isEqualTo("Vpc");
        assertThat(r.algorithmSpecification().trainingImageConfig().trainingRepositoryAuthConfig()
                .trainingRepositoryCredentialsProviderArn()).endsWith(":function:creds");
        assertThat(r.infraCheckConfig().enableInfraCheck()).isTrue();
        assertThat(r.remoteDebugConfig().enableRemoteDebug()).isFalse();
        assertThat(r.sessionChainingConfig().enableSessionTagChaining()).isTrue();
        // _prepare_debugger_for_training / _prepare_profiler_for_training: S3 paths default to the output path
        assertThat(r.debugHookConfig().s3OutputPath()).isEqualTo("s3://out/p");
        assertThat(r.debugHookConfig().localPath()).isEqualTo("/opt/ml/t");
        assertThat(r.debugRuleConfigurations()).extracting(DebugRuleConfiguration::ruleConfigurationName)
                .containsExactly("LossNotDecreasing");
        assertThat(r.profilerConfig()).isEqualTo(ProfilerConfig.builder().s3OutputPath("s3://out/p")
                .profilingIntervalInMilliseconds(500L).disableProfiler(false).build());
        assertThat(r.retryStrategy().maximumRetryAttempts()).isEqualTo(2);
        // _Job._prepare_channel: the model channel comes last, File mode, the SageMaker model content type
        assertThat(r.inputDataConfig()).extracting(Channel::channelName).containsExactly("train", "model");
        Channel model = r.inputDataConfig().get(1);
        assertThat(model.contentType()).isEqualTo("application/x-sagemaker-model");
        assertThat(model.inputModeAsString()).isEqualTo("File");
        assertThat(model.dataSource().s3DataSource().s3Uri()).isEqualTo("s3://models/pretrained.tar.gz");
    }

    @Test
    void request_pythonDefaults_leaveOptionalFieldsOut() {
        CreateTrainingJobRequest r = base().build().trainingJobRequest(Map.of("train", TrainingInput.of("s3://d/")),
                "job-5");

        assertThat(r.hasHyperParameters()).isFalse();
        assertThat(r.hasEnvironment()).isFalse();
        assertThat(r.hasTags()).isFalse();
        assertThat(r.vpcConfig()).isNull();
        assertThat(r.enableNetworkIsolation()).isNull();
        assertThat(r.enableInterContainerTrafficEncryption()).isNull();
        assertThat(r.profilerConfig()).isNull();
        assertThat(r.debugHookConfig()).isNull();
        assertThat(r.retryStrategy()).isNull();
        assertThat(r.outputDataConfig().kmsKeyId()).isNull();
        assertThat(r.outputDataConfig().compressionType()).isNull();
        assertThat(r.algorithmSpecification().hasMetricDefinitions()).isFalse();
        assertThat(base().disableProfiler(true).build().trainingJobRequest(Map.of(), "job-6").profilerConfig())
                .isEqualTo(ProfilerConfig.builder().disableProfiler(true).build());
    }

    @Test
    void request_instanceGroups_replaceTypeAndCount_andChannelsMayNameThem() {
        Estimator e = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", "us-east-1", "1.7-1"))
                .session(session).instanceGroups(List.of(
                        InstanceGroup.builder().instanceGroupName("data").instanceType("ml.c5.xlarge").instanceCount(2).build(),
                        InstanceGroup.builder().instanceGroupName("gpu").instanceType("ml.p3.2xlarge").instanceCount(1).build()))
                .build();

        CreateTrainingJobRequest r = e.trainingJobRequest(Map.of("train", TrainingInput.builder().s3Data("s3://d/")
                .instanceGroups(List.of("data")).build()), "job-7");

        assertThat(r.resourceConfig().instanceType()).isNull();
        assertThat(r.resourceConfig().instanceCount()).isNull();
        assertThat(r.resourceConfig().instanceGroups()).extracting(InstanceGroup::instanceGroupName)
                .containsExactly("data", "gpu");
        assertThat(r.inputDataConfig().get(0).dataSource().s3DataSource().instanceGroupNames()).containsExactly("data");
        assertThatThrownBy(() -> e.trainingJobRequest(Map.of("train", TrainingInput.builder().s3Data("s3://d/")
                .instanceGroups(List.of("cpu")).build()), "job-8"))
                .isInstanceOfSatisfying(ValidationException.class, x -> {
                    assertThat(x.field()).isEqualTo("inputs[train].instanceGroups");
                    assertThat(x.getMessage()).contains("cpu");
                });
    }

    @Test
    void request_singleInputWithItsOwnInputMode_setsTheJobsInputMode() {
        CreateTrainingJobRequest r = base().build().trainingJobRequest(TrainingInput.builder().s3Data("s3://d/")
                .inputMode("Pipe").build(), "job-9");

        assertThat(r.algorithmSpecification().trainingInputModeAsString()).isEqualTo("Pipe");
        assertThat(r.inputDataConfig().get(0).inputModeAsString()).isEqualTo("Pipe");
    }

    @Test
    void request_trainingInputKeywords_asThePythonSdkWritesTheChannel() {
        TrainingInput in = TrainingInput.builder().s3Data("s3://d/m.manifest").s3DataType("AugmentedManifestFile")
                .attributeNames(List.of("source-ref", "label")).shuffleConfig(new dev.sagemaker4j.inputs.ShuffleConfig(7))
                .targetAttributeName("label").build();

        Channel c = base().build().trainingJobRequest(in, "job-10").inputDataConfig().get(0);

        assertThat(c.dataSource().s3DataSource().attributeNames()).containsExactly("source-ref", "label");
        assertThat(c.shuffleConfig().seed()).isEqualTo(7L);
        // TrainingInput.__init__: with a target attribute and no distribution, none is sent
        assertThat(c.dataSource().s3DataSource().s3DataDistributionType()).isNull();
    }

    @Test
    void request_fileSystemInput_asThePythonSdkWritesTheChannel() {
        Map<String, dev.sagemaker4j.inputs.ChannelInput> channels = new LinkedHashMap<>();
        channels.put("train", TrainingInput.of("s3://d/"));
        channels.put("images", dev.sagemaker4j.inputs.FileSystemInput.builder().fileSystemId("fs-0123abcd")
                .fileSystemType("FSxLustre").directoryPath("/fsx/images").contentType("image/png").build());

        CreateTrainingJobRequest r = base().build().trainingJobRequest(channels, "job-13");

        Channel fs = r.inputDataConfig().get(1);
        assertThat(fs.channelName()).isEqualTo("images");
        assertThat(fs.contentType()).isEqualTo("image/png");
        assertThat(fs.dataSource().s3DataSource()).isNull();
        assertThat(fs.dataSource().fileSystemDataSource().fileSystemId()).isEqualTo("fs-0123abcd");
        assertThat(fs.dataSource().fileSystemDataSource().fileSystemTypeAsString()).isEqualTo("FSxLustre");
        assertThat(fs.dataSource().fileSystemDataSource().directoryPath()).isEqualTo("/fsx/images");
        assertThat(fs.dataSource().fileSystemDataSource().fileSystemAccessModeAsString()).isEqualTo("ro");
        assertThat(new dev.sagemaker4j.inputs.FileSystemInput("fs-0123abcd", "EFS", "/x").toChannel("c")
                .contentType()).isNull();
        assertField(() -> new dev.sagemaker4j.inputs.FileSystemInput("0123abcd", "EFS", "/x"), "fileSystemId");
        assertField(() -> new dev.sagemaker4j.inputs.FileSystemInput("fs-0123abcd", "S3", "/x"), "fileSystemType");
        assertField(() -> dev.sagemaker4j.inputs.FileSystemInput.builder().fileSystemId("fs-0123abcd")
                .fileSystemType("EFS").directoryPath("/x").fileSystemAccessMode("w").build(), "fileSystemAccessMode");
    }

    @Test
    void hyperparameters_areWrittenAsPythonsStr() {
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("eta", 1e-5);
        hp.put("alpha", 0.1);
        hp.put("big", 1e16);
        hp.put("round", 100.0);
        hp.put("f", 1.5f);
        hp.put("verbose", true);
        hp.put("num_round", 10);
        hp.put("layers", List.of(1, "a"));

        Map<String, String> sent = base().hyperparameters(hp).build().trainingJobRequest(Map.of(), "job-11")
                .hyperParameters();

        assertThat(sent).containsExactly(Map.entry("eta", "1e-05"), Map.entry("alpha", "0.1"), Map.entry("big", "1e+16"),
                Map.entry("round", "100.0"), Map.entry("f", "1.5"), Map.entry("verbose", "True"),
                Map.entry("num_round", "10"), Map.entry("layers", "[1, 'a']"));
    }

    @Test
    void fit_jobNameIsBaseNameFromImagePlusOneTimestamp_andOutputUsesTheBucketPrefix() {
        try (Session prefixed = Session.builder().backend("local").root(tmp.resolve("p")).defaultBucket("team-bucket")
                .defaultBucketPrefix("/alice/").build()) {
            Estimator e = base().session(prefixed).hyperparameter("num_round", 1).build();
            TrainingJob job = e.fit("s3://team-bucket/none/", f -> f.wait(false));

            assertThat(job.name()).matches("sagemaker-xgboost-\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}");
            assertThat(e.outputPath()).isEqualTo("s3://team-bucket/alice/");
            assertThat(job.describe().inputDataConfig()).extracting(Channel::channelName).containsExactly("training");
        }
        assertThat(EstimatorBase.baseNameFromImage("123.dkr.ecr.us-east-1.amazonaws.com/a/b-c:1.0")).isEqualTo("b-c");
        assertThat(EstimatorBase.baseNameFromImage("localhost:5000/img")).isEqualTo("img");
    }

    @Test
    void attach_afterALocalFit_restoresTheProductionSettingsTheJobRecorded() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            rows.append(i % 2).append(',').append(i % 5).append(',').append(i % 3).append('\n');
        }
        String train = session.uploadString(rows.toString(), "s3://" + session.defaultBucket() + "/attach/train.csv");
        String model = session.uploadString("m", "s3://" + session.defaultBucket() + "/attach/model/pre.bin");
        Estimator e = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", "us-east-1", "1.7-1"))
                .instanceType("local").session(session).hyperparameter("num_round", 2)
                .hyperparameter("objective", "binary:logistic")
                .subnets(List.of("subnet-0a1b")).securityGroupIds(List.of("sg-0c2d"))
                .volumeKmsKey("alias/ml-volumes").outputKmsKey("alias/ml-output").encryptInterContainerTraffic(true)
                .enableNetworkIsolation(true).maxRetryAttempts(3).modelUri(model)
                .debuggerHookConfig(DebugHookConfig.builder().s3OutputPath("s3://dbg/out").build())
                .profilerConfig(ProfilerConfig.builder().s3OutputPath("s3://prof/out").build()).build();

        TrainingJob job = e.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()),
                f -> f.logs("None"));
        Estimator attached = Estimator.attach(job.name(), session);

        assertThat(attached.getVpcConfig()).isEqualTo(e.getVpcConfig());
        assertThat(attached.getVpcConfig().subnets()).containsExactly("subnet-0a1b");
        assertThat(attached.volumeKmsKey()).isEqualTo("alias/ml-volumes");
        assertThat(attached.outputKmsKey()).isEqualTo("alias/ml-output");
        assertThat(attached.encryptInterContainerTraffic()).isTrue();
        assertThat(attached.enableNetworkIsolation()).isTrue();
        assertThat(attached.maxRetryAttempts()).isEqualTo(3);
        assertThat(attached.modelUri()).isEqualTo(model);
        assertThat(attached.latestJobDebuggerArtifactsPath()).isEqualTo("s3://dbg/out/" + job.name() + "/debug-output");
        assertThat(attached.latestJobProfilerArtifactsPath()).isEqualTo("s3://prof/out/" + job.name()
                + "/profiler-output");
        assertThat(attached.latestJobTensorboardArtifactsPath()).isNull();
        assertThat(job.ruleJobSummary()).isEmpty();
        assertThat(job.describe().inputDataConfig()).extracting(Channel::channelName).containsExactly("train", "model");
    }

    @Test
    void builder_rejectsProductionSettingsTheServiceRejects() {
        assertField(() -> base().subnets(List.of("subnet-1")).build(), "securityGroupIds");
        assertField(() -> base().securityGroupIds(List.of("sg-1")).build(), "subnets");
        assertField(() -> base().subnets(List.of("123")).securityGroupIds(List.of("sg-1")).build(), "subnets");
        assertField(() -> base().subnets(List.of("subnet-1")).securityGroupIds(List.of("group-1")).build(),
                "securityGroupIds");
        assertField(() -> base().volumeKmsKey("volumekms").build(), "volumeKmsKey");
        assertField(() -> base().outputKmsKey("arn:aws:kms:us-east-1:1:key/x").build(), "outputKmsKey");
        assertField(() -> base().keepAlivePeriodInSeconds(3601).build(), "keepAlivePeriodInSeconds");
        assertField(() -> base().maxRetryAttempts(31).build(), "maxRetryAttempts");
        assertField(() -> base().inputMode("Stream").build(), "inputMode");
        assertField(() -> base().containerArguments(List.of()).build(), "containerArguments");
        assertField(() -> base().environment(Map.of("1BAD", "x")).build(), "environment");
        assertField(() -> base().modelUri("/tmp/model.tar.gz").build(), "modelUri");
        assertField(() -> base().trainingRepositoryAccessMode("Public").build(), "trainingRepositoryAccessMode");
        assertField(() -> base().disableProfiler(true).profilerConfig(ProfilerConfig.builder().disableProfiler(false)
                .build()).build(), "profilerConfig.disableProfiler");
        assertField(() -> base().instanceGroups(List.of(InstanceGroup.builder().instanceGroupName("a")
                .instanceType("ml.c5.xlarge").instanceCount(1).build())).build(), "instanceType");
        assertField(() -> Estimator.builder().imageUri("x:1").session(session).instanceGroups(List.of(
                InstanceGroup.builder().instanceGroupName("a").instanceType("ml.c5.xlarge").instanceCount(1).build(),
                InstanceGroup.builder().instanceGroupName("a").instanceType("ml.c5.xlarge").instanceCount(1).build()))
                .build(), "instanceGroups.instanceGroupName");
        assertField(() -> base().modelUri("s3://m/model.tar.gz").build().trainingJobRequest(
                Map.of("model", TrainingInput.of("s3://d/")), "job-12"), "modelChannelName");
        assertField(() -> EstimatorBase.FitOptions.builder().logs("Some"), "logs");
        assertField(() -> EstimatorBase.FitOptions.builder().experimentConfig(Map.of("Experiment", "x")),
                "experimentConfig");
        assertField(() -> EstimatorBase.DeployOptions.builder().kmsKey("k"), "kmsKey");
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void options_haveBuildersEqualityAndPythonDefaults() {
        EstimatorBase.FitOptions fit = EstimatorBase.FitOptions.builder().build();
        assertThat(fit.waitForJob()).isTrue();
        assertThat(fit.logs()).isEqualTo("All");
        assertThat(fit.jobName()).isNull();
        assertThat(fit.toBuilder().jobName("a").build()).isNotEqualTo(fit)
                .isEqualTo(EstimatorBase.FitOptions.builder().jobName("a").build());
        EstimatorBase.DeployOptions deploy = EstimatorBase.DeployOptions.builder().build();
        assertThat(deploy.waitForEndpoint()).isTrue();
        assertThat(deploy.useCompiledModel()).isFalse();
        assertThat(deploy.initialInstanceCount()).isNull();
        assertThat(deploy.toBuilder().build()).isEqualTo(deploy).hasSameHashCodeAs(deploy);
    }

    @Test
    void imageUris_matchThePythonSdk() {
        assertThat(ImageUris.retrieve("xgboost", "eu-west-1", "1.5-1"))
                .isEqualTo("141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.5-1");
        assertThat(ImageUris.retrieve("xgboost", "us-west-2", "1.0-1"))
                .isEqualTo("246618743249.dkr.ecr.us-west-2.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3");
        assertThat(ImageUris.retrieve("kmeans", "us-east-1"))
                .isEqualTo("382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1");
        assertThat(ImageUris.retrieve("linear-learner", "cn-north-1", "1"))
                .isEqualTo("390948362332.dkr.ecr.cn-north-1.amazonaws.com.cn/linear-learner:1");
        assertThatThrownBy(() -> ImageUris.retrieve("xgboost", "us-east-1", "9.9"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fix()).contains("1.7-1"));
        assertThatThrownBy(() -> ImageUris.retrieve("xgboost", "mars-1", "1.7-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("region"));
        assertThatThrownBy(() -> ImageUris.retrieve("catboost", "us-east-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("framework"));
    }
}
