/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.FileSystemInput;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DebugHookConfig;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.InstanceGroup;
import software.amazon.awssdk.services.sagemaker.model.ProfilerConfig;
import software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfigForUpdate;

/**
 * The CreateTrainingJob request of {@code Estimator.fit} on the wire, field by field, against what the
 * Python SDK v2.257.6 sends for the same estimator: the expected dicts of its
 * {@code tests/unit/test_estimator.py} ({@code test_framework_all_init_args}, {@code HP_TRAIN_CALL},
 * {@code EXP_TRAIN_CALL}, {@code test_framework_with_heterogeneous_cluster},
 * {@code test_framework_with_keep_alive_period}, {@code test_framework_with_container_entry_point}) put
 * through {@code Session._get_train_request}. Identifiers the Python tests leave free-form ({@code "123"} as a
 * subnet, {@code "volumekms"} as a key) are real-shaped here, as the service requires. Known difference: the
 * Python SDK adds a default {@code DebugHookConfig} and {@code ProfilerConfig} in regions with Debugger;
 * sagemaker4j sends them only when set. The server side is the local API server, which records the request in
 * its DescribeTrainingJob response. Script mode ({@code test_script_mode_estimator_same_calls_as_framework},
 * {@code BASE_HP}) and the UpdateTrainingJob requests of the profiling and remote-debug methods
 * ({@code test_framework_with_update_profiler_*}, {@code test_framework_*_remote_debug}) too.
 */
class WireTrainingRequestsTest {
    static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    static final String ROLE = "arn:aws:iam::111122223333:role/SM";
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;

    @BeforeAll
    static void start() throws Exception {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        URI uri = URI.create(api.url());
        client = RecordingClients.session(uri, WireRequestsTest.CAPTURED);
    }

    @AfterAll
    static void stop() {
        client.close();
        api.close();
        server.close();
    }

    static JsonNode lastCreateTrainingJob() throws Exception {
        return WireRequestsTest.body("SageMaker.CreateTrainingJob");
    }

    static JsonNode json(String text) throws Exception {
        return WireRequestsTest.json(text);
    }

    Estimator.Builder estimator() {
        return Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).hyperparameter("num_round", 1);
    }

    @Test
    void fit_allInitArgs_sendsWhatThePythonSdkSends() throws Exception {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("env_key1", "env_val1");
        env.put("env_key2", "env_val2");
        Estimator e = estimator().instanceCount(3).instanceType("ml.m4.xlarge").volumeSize(123)
                .volumeKmsKey("1234abcd-12ab-34cd-56ef-1234567890ab").maxRun(456).inputMode("File")
                .outputPath("s3://bucket/outputpath")
                .outputKmsKey("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab")
                .baseJobName("basejobname").tags(Map.of("foo", "bar"))
                .subnets(List.of("subnet-123", "subnet-456")).securityGroupIds(List.of("sg-789", "sg-012"))
                .metricDefinition("validation-rmse", "validation-rmse=(\\d+)").encryptInterContainerTraffic(true)
                .checkpointS3Uri("s3://bucket/checkpoint").checkpointLocalPath("/opt/ml/checkpoint")
                .enableSagemakerMetrics(true).enableNetworkIsolation(true).environment(env).maxRetryAttempts(2)
                .build();

        TrainingJob job = e.fit("s3://mydata", f -> f.wait(false));

        assertThat(job.name()).startsWith("basejobname-");
        assertThat(lastCreateTrainingJob()).isEqualTo(json("{"
                + "'TrainingJobName':'" + job.name() + "',"
                + "'HyperParameters':{'num_round':'1'},"
                + "'AlgorithmSpecification':{'TrainingImage':'" + IMAGE + "','TrainingInputMode':'File',"
                + "'MetricDefinitions':[{'Name':'validation-rmse','Regex':'validation-rmse=(\\\\d+)'}],"
                + "'EnableSageMakerMetricsTimeSeries':true},"
                + "'RoleArn':'" + ROLE + "',"
                + "'InputDataConfig':[{'ChannelName':'training','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://mydata','S3DataDistributionType':'FullyReplicated'}}}],"
                + "'OutputDataConfig':{'KmsKeyId':'arn:aws:kms:us-east-1:111122223333:key/"
                + "1234abcd-12ab-34cd-56ef-1234567890ab','S3OutputPath':'s3://bucket/outputpath'},"
                + "'ResourceConfig':{'InstanceType':'ml.m4.xlarge','InstanceCount':3,'VolumeSizeInGB':123,"
                + "'VolumeKmsKeyId':'1234abcd-12ab-34cd-56ef-1234567890ab'},"
                + "'VpcConfig':{'SecurityGroupIds':['sg-789','sg-012'],'Subnets':['subnet-123','subnet-456']},"
                + "'StoppingCondition':{'MaxRuntimeInSeconds':456},"
                + "'Tags':[{'Key':'foo','Value':'bar'}],"
                + "'EnableNetworkIsolation':true,'EnableInterContainerTrafficEncryption':true,"
                + "'Environment':{'env_key1':'env_val1','env_key2':'env_val2'},"
                + "'CheckpointConfig':{'S3Uri':'s3://bucket/checkpoint','LocalPath':'/opt/ml/checkpoint'},"
                + "'RetryStrategy':{'MaximumRetryAttempts':2}}"));

        // recorded by the local backend, not enforced there
        DescribeTrainingJobResponse d = job.describe();
        assertThat(d.vpcConfig().subnets()).containsExactly("subnet-123", "subnet-456");
        assertThat(d.vpcConfig().securityGroupIds()).containsExactly("sg-789", "sg-012");
        assertThat(d.enableNetworkIsolation()).isTrue();
        assertThat(d.enableInterContainerTrafficEncryption()).isTrue();
        assertThat(d.resourceConfig().volumeKmsKeyId()).isEqualTo("1234abcd-12ab-34cd-56ef-1234567890ab");
        assertThat(d.outputDataConfig().kmsKeyId()).endsWith(":key/1234abcd-12ab-34cd-56ef-1234567890ab");
        assertThat(d.retryStrategy().maximumRetryAttempts()).isEqualTo(2);
    }

    @Test
    void fit_hyperparametersAndExperiment_asPythonsStrAndTheDict() throws Exception {
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("num_round", 10);
        hp.put("eta", 1e-5);
        hp.put("alpha", 0.1);
        hp.put("lambda", 1e16);
        hp.put("objective", "binary:logistic");
        Estimator e = Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).instanceCount(1)
                .instanceType("ml.c4.4xlarge").outputPath("s3://bucket/prefix").hyperparameters(hp).build();
        Map<String, TrainingInput> channels = new LinkedHashMap<>();
        channels.put("validation", TrainingInput.of("s3://bucket/validation-prefix"));
        channels.put("train", TrainingInput.of("s3://bucket/training-prefix"));

        TrainingJob job = e.fit(channels, f -> f.wait(false).experimentConfig(Map.of("ExperimentName", "exp",
                "TrialName", "trial", "TrialComponentDisplayName", "tc", "RunName", "rn")));

        // name_from_base(base_name_from_image(image)): one timestamp
        assertThat(job.name()).matches("sagemaker-xgboost-\\d{4}(-\\d{2}){5}-\\d{3}");
        JsonNode sent = lastCreateTrainingJob();
        assertThat(sent.get("HyperParameters")).isEqualTo(json("{'num_round':'10','eta':'1e-05','alpha':'0.1',"
                + "'lambda':'1e+16','objective':'binary:logistic'}"));
        assertThat(sent.get("ExperimentConfig")).isEqualTo(json("{'ExperimentName':'exp','TrialName':'trial',"
                + "'TrialComponentDisplayName':'tc','RunName':'rn'}"));
        // channels in the order given (a Python dict's order), not sorted
        assertThat(sent.get("InputDataConfig").get(0).get("ChannelName").asText()).isEqualTo("validation");
        assertThat(sent.get("InputDataConfig").get(1).get("ChannelName").asText()).isEqualTo("train");
        assertThat(job.describe().experimentConfig().runName()).isEqualTo("rn");
    }

    @Test
    void fit_instanceGroupsKeepAliveContainerAndDebugger_asPythonSends() throws Exception {
        Estimator e = Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).hyperparameter("num_round", 1)
                .instanceGroups(List.of(
                        InstanceGroup.builder().instanceGroupName("group1").instanceType("ml.c4.xlarge").instanceCount(1)
                                .build(),
                        InstanceGroup.builder().instanceGroupName("group2").instanceType("ml.m4.xlarge").instanceCount(2)
                                .build()))
                .keepAlivePeriodInSeconds(1800).outputPath("s3://bucket/prefix")
                .containerEntryPoint(List.of("entry_point1", "entry_point2"))
                .containerArguments(List.of("container_arg1", "container_arg2")).disableOutputCompression(true)
                .debuggerHookConfig(DebugHookConfig.builder().build())
                .profilerConfig(ProfilerConfig.builder().profilingIntervalInMilliseconds(500L).build()).build();

        TrainingJob job = e.fit(TrainingInput.builder().s3Data("s3://mydata").instanceGroups(List.of("group1")).build(),
                f -> f.wait(false));

        JsonNode sent = lastCreateTrainingJob();
        assertThat(sent.get("ResourceConfig")).isEqualTo(json("{'VolumeSizeInGB':30,'KeepAlivePeriodInSeconds':1800,"
                + "'InstanceGroups':[{'InstanceGroupName':'group1','InstanceCount':1,'InstanceType':'ml.c4.xlarge'},"
                + "{'InstanceGroupName':'group2','InstanceCount':2,'InstanceType':'ml.m4.xlarge'}]}"));
        assertThat(sent.get("AlgorithmSpecification").get("ContainerEntrypoint"))
                .isEqualTo(json("['entry_point1','entry_point2']"));
        assertThat(sent.get("AlgorithmSpecification").get("ContainerArguments"))
                .isEqualTo(json("['container_arg1','container_arg2']"));
        assertThat(sent.get("OutputDataConfig")).isEqualTo(json("{'S3OutputPath':'s3://bucket/prefix',"
                + "'CompressionType':'NONE'}"));
        assertThat(sent.get("InputDataConfig").get(0).get("DataSource").get("S3DataSource").get("InstanceGroupNames"))
                .isEqualTo(json("['group1']"));
        // DebuggerHookConfig()/ProfilerConfig() without a path write under the output path, as in Python
        assertThat(sent.get("DebugHookConfig")).isEqualTo(json("{'S3OutputPath':'s3://bucket/prefix'}"));
        assertThat(sent.get("ProfilerConfig")).isEqualTo(json("{'S3OutputPath':'s3://bucket/prefix',"
                + "'ProfilingIntervalInMilliseconds':500,'DisableProfiler':false}"));
        DescribeTrainingJobResponse d = job.describe();
        assertThat(d.resourceConfig().instanceGroups()).hasSize(2);
        assertThat(d.profilerConfig().profilingIntervalInMilliseconds()).isEqualTo(500L);
        assertThat(d.debugHookConfig().s3OutputPath()).isEqualTo("s3://bucket/prefix");
        assertThat(SdkJson.MAPPER.writeValueAsString(sent)).doesNotContain("InstanceType\":\"local");
    }

    @Test
    void fit_fileSystemInput_sendsTheFileSystemDataSource_andTheLocalBackendRefusesIt() throws Exception {
        Estimator e = estimator().instanceType("ml.m5.xlarge").outputPath("s3://bucket/prefix")
                .subnets(List.of("subnet-0a1b")).securityGroupIds(List.of("sg-0c2d")).build();

        // the local backend mounts no file systems: the service's ValidationException naming the channel
        assertThatThrownBy(() -> e.fit(new FileSystemInput("fs-0123abcd", "EFS", "/train"),
                f -> f.wait(false).jobName("fs-job"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("training");

        // inputs.FileSystemInput.config, channel "training"
        assertThat(lastCreateTrainingJob().get("InputDataConfig")).isEqualTo(json("[{'ChannelName':'training',"
                + "'DataSource':{'FileSystemDataSource':{'FileSystemId':'fs-0123abcd','FileSystemType':'EFS',"
                + "'DirectoryPath':'/train','FileSystemAccessMode':'ro'}}}]"));
    }

    /** The last request of an operation, when the server may refuse it (the request is recorded before). */
    static JsonNode sent(String operation, Runnable call) throws Exception {
        try {
            call.run();
        } catch (RuntimeException refused) {
            // the local server answers for a job that is no longer InProgress; the request went on the wire
        }
        return WireRequestsTest.body("SageMaker." + operation);
    }

    @Test
    void fit_scriptMode_sendsPythonsJsonEncodedHyperparameters_andTheLocalServerRefusesTheScript() throws Exception {
        // test_script_mode_estimator_same_calls_as_framework: source_dir an s3:// tar (used as it is)
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("int_hyperparam", 1);
        hp.put("string_hyperparam", "hello");
        hp.put("stringified_numeric_hyperparam", "44");
        hp.put("float_hyperparam", 1.234);
        Estimator e = Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).instanceCount(1)
                .instanceType("ml.p2.xlarge").entryPoint("dummy_script.py")
                .sourceDir("s3://codebucket/someprefix/sourcedir.tar.gz").hyperparameters(hp)
                .outputPath("s3://bucket/prefix").modelUri("s3://someprefix2/models/model.tar.gz").build();

        // the server's local backend runs no Python script in the XGBoost image, and does not train XGBoost instead
        assertThatThrownBy(() -> e.fit("s3://bucket/mydata", f -> f.wait(false).jobName("script-mode-1")))
                .hasMessageContaining("sagemaker_program").hasMessageContaining("JavaEstimator");

        JsonNode sent = lastCreateTrainingJob();
        Map<String, String> expected = new LinkedHashMap<>();
        // EstimatorBase._json_encode_hyperparameters: json.dumps of each value
        expected.put("int_hyperparam", "1");
        expected.put("string_hyperparam", "\"hello\"");
        expected.put("stringified_numeric_hyperparam", "\"44\"");
        expected.put("float_hyperparam", "1.234");
        // _script_mode_hyperparam_update (BASE_HP, plus the log level and region)
        expected.put("sagemaker_submit_directory", "\"s3://codebucket/someprefix/sourcedir.tar.gz\"");
        expected.put("sagemaker_program", "\"dummy_script.py\"");
        expected.put("sagemaker_container_log_level", "20");
        expected.put("sagemaker_job_name", "\"script-mode-1\"");
        expected.put("sagemaker_region", "\"us-east-1\"");
        assertThat(sent.get("HyperParameters")).isEqualTo(SdkJson.MAPPER.valueToTree(expected));
        assertThat(sent.get("InputDataConfig")).isEqualTo(json("[{'ChannelName':'training','DataSource':"
                + "{'S3DataSource':{'S3DataType':'S3Prefix','S3Uri':'s3://bucket/mydata',"
                + "'S3DataDistributionType':'FullyReplicated'}}},"
                + "{'ChannelName':'model','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'s3://someprefix2/models/model.tar.gz','S3DataDistributionType':'FullyReplicated'}},"
                + "'ContentType':'application/x-sagemaker-model','InputMode':'File'}]"));
    }

    @Test
    void fit_scriptModeWithNetworkIsolation_codeChannelAndContainerPath() throws Exception {
        Estimator e = Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).instanceCount(1)
                .instanceType("ml.m5.xlarge").entryPoint("train.py").sourceDir("s3://codebucket/src/sourcedir.tar.gz")
                .enableNetworkIsolation(true).outputPath("s3://bucket/prefix").containerLogLevel(10).build();

        assertThatThrownBy(() -> e.fit("s3://bucket/mydata", f -> f.wait(false).jobName("script-mode-2")))
                .hasMessageContaining("sagemaker_program");

        JsonNode sent = lastCreateTrainingJob();
        // _prepare_for_training with enable_network_isolation: the code goes in as channel "code"
        assertThat(sent.get("HyperParameters").get("sagemaker_submit_directory").asText())
                .isEqualTo("\"/opt/ml/input/data/code/sourcedir.tar.gz\"");
        assertThat(sent.get("HyperParameters").get("sagemaker_container_log_level").asText()).isEqualTo("10");
        assertThat(sent.get("InputDataConfig").get(1)).isEqualTo(json("{'ChannelName':'code','DataSource':"
                + "{'S3DataSource':{'S3DataType':'S3Prefix','S3Uri':'s3://codebucket/src/sourcedir.tar.gz',"
                + "'S3DataDistributionType':'FullyReplicated'}}}"));
        assertThat(sent.get("EnableNetworkIsolation").asBoolean()).isTrue();
    }

    @Test
    void profilingAndRemoteDebugUpdates_sendWhatThePythonSdkSends() throws Exception {
        Estimator e = estimator().instanceType("ml.m5.xlarge").outputPath("s3://bucket/prefix").build();
        TrainingJob job = e.fit("s3://bucket/no-data", f -> f.wait(false).jobName("update-1"));

        // test_framework_with_update_profiler_config_and_profiler_rule
        ProfilerRuleConfiguration rule = ProfilerRuleConfiguration.builder().ruleConfigurationName("CustomProfilerRule")
                .ruleEvaluatorImage("RuleImageUri").instanceType("ml.c4.4xlarge").volumeSizeInGB(5).build();
        assertThat(sent("UpdateTrainingJob", () -> e.updateProfiler(p -> p.rules(List.of(rule))
                .systemMonitorIntervalMillis(1000L)))).isEqualTo(json("{'TrainingJobName':'update-1',"
                + "'ProfilerConfig':{'ProfilingIntervalInMilliseconds':1000,'DisableProfiler':false},"
                + "'ProfilerRuleConfigurations':[{'RuleConfigurationName':'CustomProfilerRule',"
                + "'RuleEvaluatorImage':'RuleImageUri','InstanceType':'ml.c4.4xlarge','VolumeSizeInGB':5}]}"));
        // test_framework_with_disable_framework_metrics
        assertThat(sent("UpdateTrainingJob", () -> e.updateProfiler(p -> p.disableFrameworkMetrics(true))))
                .isEqualTo(json("{'TrainingJobName':'update-1','ProfilerConfig':{'DisableProfiler':false,"
                        + "'ProfilingParameters':{}}}"));
        // test_framework_with_disabling_profiling
        assertThat(sent("UpdateTrainingJob", e::disableProfiling)).isEqualTo(json("{'TrainingJobName':'update-1',"
                + "'ProfilerConfig':{'DisableProfiler':true}}"));
        // test_framework_with_enabling_default_profiling (the job's describe has no profiler output path)
        if (!"Enabled".equals(job.describe().profilingStatusAsString())) {
            assertThat(sent("UpdateTrainingJob", e::enableDefaultProfiling)).isEqualTo(json("{'TrainingJobName':"
                    + "'update-1','ProfilerConfig':{'S3OutputPath':'s3://bucket/prefix','DisableProfiler':false}}"));
        }
        // test_framework_enable_remote_debug / test_framework_disable_remote_debug
        assertThat(sent("UpdateTrainingJob", e::enableRemoteDebug)).isEqualTo(json("{'TrainingJobName':'update-1',"
                + "'RemoteDebugConfig':{'EnableRemoteDebug':true}}"));
        assertThat(sent("UpdateTrainingJob", e::disableRemoteDebug)).isEqualTo(json("{'TrainingJobName':'update-1',"
                + "'RemoteDebugConfig':{'EnableRemoteDebug':false}}"));
        // Session.update_training_job(job_name, resource_config={"KeepAlivePeriodInSeconds": 60})
        assertThat(sent("UpdateTrainingJob", () -> client.updateTrainingJob("update-1", u -> u.resourceConfig(
                ResourceConfigForUpdate.builder().keepAlivePeriodInSeconds(60).build()))))
                .isEqualTo(json("{'TrainingJobName':'update-1','ResourceConfig':{'KeepAlivePeriodInSeconds':60}}"));
    }
}
