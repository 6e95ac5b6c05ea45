/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import dev.sagemaker4j.tuner.CategoricalParameter;
import dev.sagemaker4j.tuner.ContinuousParameter;
import dev.sagemaker4j.tuner.HyperparameterTuner;
import dev.sagemaker4j.tuner.IntegerParameter;
import dev.sagemaker4j.tuner.ParameterRange;
import dev.sagemaker4j.tuner.TuningInputs;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningInstanceConfig;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;
import software.amazon.awssdk.services.sagemaker.model.TuningJobCompletionCriteria;

/**
 * The CreateHyperParameterTuningJob request of {@code HyperparameterTuner.fit} on the wire, field by field, against
 * what the Python SDK v2.257.6 sends for the same tuner: {@code _TuningJob._get_tuner_args} put through
 * {@code Session._get_tuning_request} (the shape of {@code tests/unit/test_session.py}'s
 * {@code SAMPLE_TUNING_JOB_REQUEST}, with {@code HyperParameterTuningResourceConfig} as {@code _prepare_training_config}
 * writes it and the three range lists of {@code _prepare_parameter_ranges_for_tuning}). The server side is the local
 * API server, whose local tuning engine runs the job with real XGBoost training, so the same AWS SDK v2 client also
 * describes and lists a local tuning job.
 */
class WireTuningRequestsTest {
    static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    static final String ROLE = "arn:aws:iam::111122223333:role/SM";
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;
    static String train;
    static String validation;

    @BeforeAll
    static void start() {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        client = RecordingClients.session(URI.create(api.url()), WireRequestsTest.CAPTURED);
        // the server's local buckets hold the data; the client names it by its s3:// URI, as on the service
        Dataset all = Datasets.builder().rows(600).features(4).seed(3).noise(0.2).binaryClassification();
        String bucket = server.defaultBucket();
        train = server.uploadString(all.slice(0, 400).toCsv(), "s3://" + bucket + "/tune/train/data.csv");
        validation = server.uploadString(all.slice(400, 600).toCsv(), "s3://" + bucket + "/tune/validation/data.csv");
    }

    @AfterAll
    static void stop() {
        client.close();
        api.close();
        server.close();
    }

    static Map<String, ParameterRange> ranges() {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        ranges.put("eta", new ContinuousParameter(0.05, 0.5, "Logarithmic"));
        ranges.put("max_depth", new IntegerParameter(2, 6));
        ranges.put("grow_policy", CategoricalParameter.of("depthwise", "lossguide"));
        return ranges;
    }

    @Test
    void fit_allTunerArgs_sendsWhatThePythonSdkSendsAndTunesLocally() throws Exception {
        Estimator xgb = Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).instanceCount(1)
                .instanceType("ml.m5.xlarge").outputPath("s3://" + server.defaultBucket() + "/tune/out")
                .hyperparameter("num_round", 10).hyperparameter("objective", "binary:logistic")
                .hyperparameter("eval_metric", "auc").hyperparameter("eta", 0.3).tags(Map.of("foo", "bar")).build();
        HyperparameterTuner tuner = HyperparameterTuner.builder().estimator(xgb)
                .objectiveMetricName("validation:auc").objectiveType("Maximize").hyperparameterRanges(ranges())
                .strategy("Bayesian").maxJobs(4).maxParallelJobs(2).maxRuntimeInSeconds(3600).randomSeed(7)
                .earlyStoppingType("Auto").tags(Map.of("team", "ml"))
                .completionCriteriaConfig(TuningJobCompletionCriteria.builder().targetObjectiveMetricValue(0.999f)
                        .build())
                .build();
        Map<String, TrainingInput> inputs = new LinkedHashMap<>();
        inputs.put("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build());
        inputs.put("validation", TrainingInput.builder().s3Data(validation).contentType("text/csv").build());

        String name = tuner.fit(inputs, f -> f.jobName("wire-tuning"));

        JsonNode sent = WireRequestsTest.body("SageMaker.CreateHyperParameterTuningJob");
        assertThat(sent).isEqualTo(WireRequestsTest.json("{"
                + "'HyperParameterTuningJobName':'wire-tuning',"
                + "'HyperParameterTuningJobConfig':{'Strategy':'Bayesian',"
                + "'ResourceLimits':{'MaxNumberOfTrainingJobs':4,'MaxParallelTrainingJobs':2,'MaxRuntimeInSeconds':3600},"
                + "'TrainingJobEarlyStoppingType':'Auto','RandomSeed':7,"
                + "'HyperParameterTuningJobObjective':{'Type':'Maximize','MetricName':'validation:auc'},"
                + "'ParameterRanges':{"
                + "'ContinuousParameterRanges':[{'Name':'eta','MinValue':'0.05','MaxValue':'0.5',"
                + "'ScalingType':'Logarithmic'}],"
                + "'CategoricalParameterRanges':[{'Name':'grow_policy','Values':['depthwise','lossguide']}],"
                + "'IntegerParameterRanges':[{'Name':'max_depth','MinValue':'2','MaxValue':'6','ScalingType':'Auto'}]},"
                + "'TuningJobCompletionCriteria':{'TargetObjectiveMetricValue':0.999}},"
                + "'TrainingJobDefinition':{"
                + "'StaticHyperParameters':{'num_round':'10','objective':'binary:logistic','eval_metric':'auc'},"
                + "'RoleArn':'" + ROLE + "',"
                + "'OutputDataConfig':{'S3OutputPath':'s3://" + server.defaultBucket() + "/tune/out'},"
                + "'StoppingCondition':{'MaxRuntimeInSeconds':86400},"
                + "'HyperParameterTuningResourceConfig':{'InstanceCount':1,'InstanceType':'ml.m5.xlarge',"
                + "'VolumeSizeInGB':30},"
                + "'AlgorithmSpecification':{'TrainingInputMode':'File','TrainingImage':'" + IMAGE + "'},"
                + "'InputDataConfig':["
                + "{'ChannelName':'train','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix','S3Uri':'" + train
                + "','S3DataDistributionType':'FullyReplicated'}},'ContentType':'text/csv'},"
                + "{'ChannelName':'validation','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix','S3Uri':'"
                + validation + "','S3DataDistributionType':'FullyReplicated'}},'ContentType':'text/csv'}]},"
                + "'Tags':[{'Key':'team','Value':'ml'},{'Key':'foo','Value':'bar'}]}"));

        // the same AWS SDK v2 client describes and lists the local tuning job: real XGBoost jobs ran
        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.trainingJobStatusCounters().completed()).isEqualTo(4);
        assertThat(d.bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().metricName())
                .isEqualTo("validation:auc");
        assertThat(d.bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().value()).isGreaterThan(0.8f);
        List<HyperParameterTrainingJobSummary> jobs = client.api(TuningJobsApi.CAPABILITY)
                .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                        .builder().hyperParameterTuningJobName(name).sortBy("FinalObjectiveMetricValue")
                        .sortOrder("Descending").build()).trainingJobSummaries();
        assertThat(jobs).hasSize(4);
        assertThat(jobs.get(0).trainingJobName()).isEqualTo(tuner.bestTrainingJob());
        assertThat(jobs).allSatisfy(s -> assertThat(s.tunedHyperParameters()).containsOnlyKeys("eta", "max_depth",
                "grow_policy"));
        assertThat(WireRequestsTest.body("SageMaker.ListTrainingJobsForHyperParameterTuningJob"))
                .isEqualTo(WireRequestsTest.json("{'HyperParameterTuningJobName':'wire-tuning',"
                        + "'SortBy':'FinalObjectiveMetricValue','SortOrder':'Descending'}"));
    }

    /** A Java entry point whose "validation:auc" is a known function of x, best (1.5) at x = 0.3. */
    public static final class Score implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            double x = env.doubleHyperparameter("x", 0.5);
            env.log("validation:auc=" + (1.5 - (x - 0.3) * (x - 0.3)));
            java.nio.file.Files.writeString(env.modelDir().resolve("model.txt"), "x=" + x);
        }
    }

    /**
     * {@code HyperparameterTuner.create} as Python's {@code test_fit_multi_estimators}: no objective or ranges in
     * the config, one {@code TrainingJobDefinitions} item per estimator in the order of their names, each with its
     * {@code DefinitionName}, {@code TuningObjective}, {@code HyperParameterRanges} (the three lists of
     * {@code _prepare_parameter_ranges_for_tuning}), its metric definitions when given, no {@code InputDataConfig}
     * for an estimator without inputs; {@code override_resource_config} sends {@code InstanceConfigs} instead of the
     * count and type ({@code test_multi_estimators_flexible_instance_types}). The local engine behind the API server
     * runs both definitions with real XGBoost and Java training.
     */
    @Test
    void create_xgboostAndJavaEntryPoint_sendsTrainingJobDefinitionsAsPythonAndTunesBoth() throws Exception {
        Estimator xgb = Estimator.builder().imageUri(IMAGE).role(ROLE).session(client).instanceCount(1)
                .instanceType("ml.m5.xlarge").outputPath("s3://" + server.defaultBucket() + "/multi/out")
                .hyperparameter("num_round", 5).hyperparameter("objective", "binary:logistic")
                .hyperparameter("eval_metric", "auc").build();
        JavaEstimator java = JavaEstimator.builder().entryPoint(Score.class).role(ROLE).session(client)
                .instanceCount(1).instanceType("ml.m5.large")
                .outputPath("s3://" + server.defaultBucket() + "/multi/java").build();
        Map<String, EstimatorBase> estimators = new LinkedHashMap<>();
        estimators.put("xgboost", xgb);
        estimators.put("java", java);
        Map<String, Map<String, ParameterRange>> ranges = new LinkedHashMap<>();
        ranges.put("xgboost", Map.of("max_depth", new IntegerParameter(2, 4)));
        ranges.put("java", Map.of("x", new ContinuousParameter(0.0, 1.0)));
        HyperparameterTuner tuner = HyperparameterTuner.create(estimators,
                Map.of("xgboost", "validation:auc", "java", "validation:auc"), ranges, c -> c
                        .metricDefinitionsDict(Map.of("java", List.of(MetricDefinition.builder()
                                .name("validation:auc").regex("validation:auc=([0-9.]+)").build())))
                        .strategy("Random").maxJobs(4).maxParallelJobs(2).randomSeed(3)
                        .baseTuningJobName("wire-multi"));
        tuner.overrideResourceConfig(Map.of("java", List.of(HyperParameterTuningInstanceConfig.builder()
                .instanceType("ml.m5.large").instanceCount(1).volumeSizeInGB(10).build())));

        String name = tuner.fit(TuningInputs.builder().channels("xgboost", Map.of("train", TrainingInput.builder()
                .s3Data(train).contentType("text/csv").build())).build(), f -> f.jobName("wire-multi"));

        String out = "s3://" + server.defaultBucket() + "/multi/";
        assertThat(WireRequestsTest.body("SageMaker.CreateHyperParameterTuningJob")).isEqualTo(WireRequestsTest.json(
                "{'HyperParameterTuningJobName':'wire-multi',"
                + "'HyperParameterTuningJobConfig':{'Strategy':'Random',"
                + "'ResourceLimits':{'MaxNumberOfTrainingJobs':4,'MaxParallelTrainingJobs':2},"
                + "'TrainingJobEarlyStoppingType':'Off','RandomSeed':3},"
                + "'TrainingJobDefinitions':[{"
                + "'DefinitionName':'java',"
                + "'TuningObjective':{'Type':'Maximize','MetricName':'validation:auc'},"
                + "'HyperParameterRanges':{'ContinuousParameterRanges':[{'Name':'x','MinValue':'0.0','MaxValue':'1.0',"
                + "'ScalingType':'Auto'}],'CategoricalParameterRanges':[],'IntegerParameterRanges':[]},"
                + "'StaticHyperParameters':{'sagemaker_program':'" + Score.class.getName() + "'},"
                + "'RoleArn':'" + ROLE + "','OutputDataConfig':{'S3OutputPath':'" + out + "java'},"
                + "'StoppingCondition':{'MaxRuntimeInSeconds':86400},"
                + "'HyperParameterTuningResourceConfig':{'InstanceConfigs':[{'InstanceType':'ml.m5.large',"
                + "'InstanceCount':1,'VolumeSizeInGB':10}]},"
                + "'AlgorithmSpecification':{'TrainingInputMode':'File','TrainingImage':'" + JavaEstimator.IMAGE + "',"
                + "'MetricDefinitions':[{'Name':'validation:auc','Regex':'validation:auc=([0-9.]+)'}]}},{"
                + "'DefinitionName':'xgboost',"
                + "'TuningObjective':{'Type':'Maximize','MetricName':'validation:auc'},"
                + "'HyperParameterRanges':{'ContinuousParameterRanges':[],'CategoricalParameterRanges':[],"
                + "'IntegerParameterRanges':[{'Name':'max_depth','MinValue':'2','MaxValue':'4','ScalingType':'Auto'}]},"
                + "'StaticHyperParameters':{'num_round':'5','objective':'binary:logistic','eval_metric':'auc'},"
                + "'RoleArn':'" + ROLE + "','OutputDataConfig':{'S3OutputPath':'" + out + "out'},"
                + "'StoppingCondition':{'MaxRuntimeInSeconds':86400},"
                + "'HyperParameterTuningResourceConfig':{'InstanceCount':1,'InstanceType':'ml.m5.xlarge',"
                + "'VolumeSizeInGB':30},"
                + "'AlgorithmSpecification':{'TrainingInputMode':'File','TrainingImage':'" + IMAGE + "'},"
                + "'InputDataConfig':[{'ChannelName':'train','DataSource':{'S3DataSource':{'S3DataType':'S3Prefix',"
                + "'S3Uri':'" + train + "','S3DataDistributionType':'FullyReplicated'}},'ContentType':'text/csv'}]}]}"));

        // an AWS SDK v2 client describes and lists the multi-definition job the local engine ran
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url())).build();
        try (sm) {
            DescribeHyperParameterTuningJobResponse d = sm.describeHyperParameterTuningJob(r -> r
                    .hyperParameterTuningJobName(name));
            assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
            assertThat(d.trainingJobDefinitions()).extracting(x -> x.definitionName())
                    .containsExactly("java", "xgboost");
            assertThat(d.trainingJobDefinitions().get(1).staticHyperParameters())
                    .containsEntry("_tuning_objective_metric", "validation:auc");
            assertThat(d.bestTrainingJob().trainingJobDefinitionName()).isEqualTo("java");
            List<HyperParameterTrainingJobSummary> jobs = sm.listTrainingJobsForHyperParameterTuningJob(r -> r
                    .hyperParameterTuningJobName(name)).trainingJobSummaries();
            assertThat(jobs).hasSize(4).extracting(HyperParameterTrainingJobSummary::trainingJobDefinitionName)
                    .containsOnly("java", "xgboost").contains("java", "xgboost");
        }
        assertThat(tuner.bestEstimator()).isInstanceOf(JavaEstimator.class);
    }

    @Test
    void create_badRange_isTheServicesValidationErrorOnTheWire() {
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url())).build();
        try (sm) {
            assertThatThrownBy(() -> sm.createHyperParameterTuningJob(r -> r.hyperParameterTuningJobName("bad-range")
                    .hyperParameterTuningJobConfig(c -> c.strategy("Random")
                            .resourceLimits(l -> l.maxNumberOfTrainingJobs(2).maxParallelTrainingJobs(1))
                            .hyperParameterTuningJobObjective(o -> o.type("Maximize").metricName("validation:auc"))
                            .parameterRanges(p -> p.continuousParameterRanges(new ContinuousParameter(0.1, 0.5)
                                    .asTuningRange("no_such_hyperparameter"))))
                    .trainingJobDefinition(t -> t.roleArn(ROLE).algorithmSpecification(a -> a.trainingImage(IMAGE)
                                    .trainingInputMode("File")).staticHyperParameters(Map.of("num_round", "2"))
                            .outputDataConfig(o -> o.s3OutputPath("s3://" + server.defaultBucket() + "/out"))
                            .stoppingCondition(s -> s.maxRuntimeInSeconds(60))
                            .hyperParameterTuningResourceConfig(h -> h.instanceCount(1).instanceType("ml.m5.xlarge")
                                    .volumeSizeInGB(1)))))
                    .isInstanceOfSatisfying(SageMakerException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.getMessage()).contains("no_such_hyperparameter");
                    });
        }
    }
}
