/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.HyperparameterTuningJobAnalytics;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.ChannelInput;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.spi.TuningJobsApi;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterAlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobStrategyConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobWarmStartConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;
import software.amazon.awssdk.services.sagemaker.model.ParentHyperParameterTuningJob;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.StopHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TuningJobCompletionCriteria;

/**
 * Tunes an estimator's hyperparameters, as the Python SDK's {@code sagemaker.tuner.HyperparameterTuner}: it sends
 * the CreateHyperParameterTuningJob request Python sends for the same tuner, to the session's backend (the local
 * tuning engine runs real training jobs in-process; the {@code sagemaker} backend passes it to the service).
 * <pre>{@code
 * HyperparameterTuner tuner = HyperparameterTuner.builder()
 *     .estimator(xgb)
 *     .objectiveMetricName("validation:rmse").objectiveType("Minimize")
 *     .hyperparameterRanges(Map.of(
 *         "eta", new ContinuousParameter(0.01, 0.5, "Logarithmic"),
 *         "max_depth", new IntegerParameter(2, 8)))
 *     .strategy("Bayesian").maxJobs(12).maxParallelJobs(2).randomSeed(7)
 *     .build();
 * tuner.fit(Map.of("train", TrainingInput.of(train), "validation", TrainingInput.of(validation)));
 * String best = tuner.bestTrainingJob();
 * }</pre>
 * Not yet here: {@code HyperparameterTuner.create} (several estimators), autotune, {@code transfer_learning_tuner}
 * and {@code identical_dataset_and_algorithm_tuner}; the local engine runs the Random, Grid, Bayesian and
 * Hyperband (successive halving in brackets over the epochs the training jobs report) and early stopping Auto.
 */
public final class HyperparameterTuner {
    /** The longest tuning job name the service takes ({@code TUNING_JOB_NAME_MAX_LENGTH}). */
    public static final int TUNING_JOB_NAME_MAX_LENGTH = 32;
    /** The static hyperparameter naming the estimator's module ({@code SAGEMAKER_ESTIMATOR_MODULE}). */
    public static final String SAGEMAKER_ESTIMATOR_MODULE = "sagemaker_estimator_module";
    /** The static hyperparameter naming the estimator's class ({@code SAGEMAKER_ESTIMATOR_CLASS_NAME}). */
    public static final String SAGEMAKER_ESTIMATOR_CLASS_NAME = "sagemaker_estimator_class_name";
    /** The hyperparameter the service adds to each training job: the objective metric's name. */
    public static final String TUNING_OBJECTIVE_METRIC = "_tuning_objective_metric";
    static final Set<String> STRATEGIES = Set.of("Bayesian", "Random", "Hyperband", "Grid");
    private static final Pattern TUNING_JOB_NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$");
    private static final DateTimeFormatter SHORT_TIMESTAMP = DateTimeFormatter.ofPattern("yyMMdd-HHmm");

    private final EstimatorBase estimator;
    private final String objectiveMetricName;
    private final Map<String, ParameterRange> hyperparameterRanges;
    private final List<MetricDefinition> metricDefinitions;
    private final String strategy;
    private final String objectiveType;
    private final Integer maxJobs;
    private final int maxParallelJobs;
    private final Integer maxRuntimeInSeconds;
    private final List<Tag> tags;
    private final String baseTuningJobName;
    private final HyperParameterTuningJobWarmStartConfig warmStartConfig;
    private final HyperParameterTuningJobStrategyConfig strategyConfig;
    private final TuningJobCompletionCriteria completionCriteriaConfig;
    private final String earlyStoppingType;
    private final Integer randomSeed;
    private final Session session;
    private volatile String latestTuningJob;

    private HyperparameterTuner(Builder b) {
        if (b.estimator == null) {
            throw new ValidationException("estimator", null, "is missing", "pass the estimator to tune");
        }
        if (b.objectiveMetricName == null || b.objectiveMetricName.isBlank()) {
            throw new ValidationException("objectiveMetricName", b.objectiveMetricName, "is missing",
                    "name the metric to optimise, e.g. validation:auc");
        }
        if (b.hyperparameterRanges.isEmpty()) {
            throw new ValidationException("hyperparameterRanges", b.hyperparameterRanges, "is empty",
                    "give at least one range, e.g. Map.of(\"eta\", new ContinuousParameter(0.01, 0.5))");
        }
        if (b.hyperparameterRanges.size() > 30) {
            throw new ValidationException("hyperparameterRanges", b.hyperparameterRanges.size() + " ranges",
                    "is more than the service's 30", "tune at most 30 hyperparameters");
        }
        if (!STRATEGIES.contains(b.strategy)) {
            throw new ValidationException("strategy", b.strategy, "is not a tuning strategy",
                    "use Bayesian, Random, Hyperband or Grid");
        }
        if (!"Maximize".equals(b.objectiveType) && !"Minimize".equals(b.objectiveType)) {
            throw new ValidationException("objectiveType", b.objectiveType, "is not an objective type",
                    "use Maximize or Minimize");
        }
        if (!"Off".equals(b.earlyStoppingType) && !"Auto".equals(b.earlyStoppingType)) {
            throw new ValidationException("earlyStoppingType", b.earlyStoppingType, "is not an early stopping type",
                    "use Off or Auto");
        }
        if ("Grid".equals(b.strategy)) {
            b.hyperparameterRanges.forEach((name, range) -> {
                if (!(range instanceof CategoricalParameter)) {
                    throw new ValidationException("hyperparameterRanges." + name, range, "is not categorical, and"
                            + " the Grid strategy searches categorical ranges only", "give a CategoricalParameter,"
                            + " or use the Random or Bayesian strategy");
                }
            });
        }
        // the Python SDK: max_jobs defaults to 1, except for Grid, where the service counts the grid
        Integer jobs = b.maxJobs == null && !"Grid".equals(b.strategy) ? Integer.valueOf(1) : b.maxJobs;
        if (jobs != null && jobs < 1) {
            throw new ValidationException("maxJobs", jobs, "must be at least 1", "allow one or more training jobs");
        }
        if (b.maxParallelJobs < 1) {
            throw new ValidationException("maxParallelJobs", b.maxParallelJobs, "must be at least 1",
                    "run one or more training jobs at once");
        }
        if (jobs != null && b.maxParallelJobs > jobs) {
            throw new ValidationException("maxParallelJobs", b.maxParallelJobs, "is greater than maxJobs " + jobs,
                    "use a maxParallelJobs of at most maxJobs");
        }
        if (b.maxRuntimeInSeconds != null && b.maxRuntimeInSeconds < 120) {
            throw new ValidationException("maxRuntimeInSeconds", b.maxRuntimeInSeconds, "is less than the service's"
                    + " minimum of 120", "allow at least 120 seconds");
        }
        if (b.metricDefinitions != null && !b.metricDefinitions.isEmpty() && b.metricDefinitions.stream()
                .noneMatch(d -> b.objectiveMetricName.equals(d.name()))) {
            throw new ValidationException("objectiveMetricName", b.objectiveMetricName, "is not a metric of"
                    + " metricDefinitions", "add a definition named " + b.objectiveMetricName
                    + " or name one of " + b.metricDefinitions.stream().map(MetricDefinition::name).toList());
        }
        if (b.baseTuningJobName != null && b.baseTuningJobName.isBlank()) {
            throw new ValidationException("baseTuningJobName", b.baseTuningJobName, "is blank",
                    "give a base name, or leave it out");
        }
        this.estimator = b.estimator;
        this.objectiveMetricName = b.objectiveMetricName;
        this.hyperparameterRanges = Collections.unmodifiableMap(new LinkedHashMap<>(b.hyperparameterRanges));
        this.metricDefinitions = b.metricDefinitions == null ? null : List.copyOf(b.metricDefinitions);
        this.strategy = b.strategy;
        this.objectiveType = b.objectiveType;
        this.maxJobs = jobs;
        this.maxParallelJobs = b.maxParallelJobs;
        this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
        this.tags = b.tags == null ? null : List.copyOf(b.tags);
        this.baseTuningJobName = b.baseTuningJobName;
        this.warmStartConfig = b.warmStartConfig;
        this.strategyConfig = b.strategyConfig;
        this.completionCriteriaConfig = b.completionCriteriaConfig;
        this.earlyStoppingType = b.earlyStoppingType;
        this.randomSeed = b.randomSeed;
        this.session = b.session != null ? b.session : b.estimator.session();
    }

    /**
     * A new builder with the Python SDK's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a tuning job on the given channels and waits for it, as {@code fit(inputs)}.
     *
     * @param inputs channel name to input, in the order to send them
     * @return the tuning job's name
     */
    public String fit(Map<String, ? extends ChannelInput> inputs) {
        return fit(inputs, FitOptions.builder().build());
    }

    /**
     * Starts a tuning job on the given channels, as {@code fit(inputs, job_name=..., include_cls_metadata=...,
     * wait=...)}.
     *
     * @param inputs  channel name to input, in the order to send them
     * @param options the optional arguments
     * @return the tuning job's name
     */
    public String fit(Map<String, ? extends ChannelInput> inputs, Consumer<FitOptions.Builder> options) {
        FitOptions.Builder b = FitOptions.builder();
        options.accept(b);
        return fit(inputs, b.build());
    }

    /**
     * Starts a tuning job on the given channels with kept options.
     *
     * @param inputs  channel name to input, in the order to send them
     * @param options the optional arguments
     * @return the tuning job's name
     */
    public String fit(Map<String, ? extends ChannelInput> inputs, FitOptions options) {
        Objects.requireNonNull(options, "options");
        String name = jobName(options.jobName());
        CreateTrainingJobRequest training = estimator.trainingJobRequest(inputs, name);
        return start(name, training, options);
    }

    /**
     * Starts a tuning job on one S3 prefix (channel {@code training}) and waits for it, as {@code fit("s3://...")}.
     *
     * @param s3Uri the training data
     * @return the tuning job's name
     */
    public String fit(String s3Uri) {
        return fit(s3Uri, FitOptions.builder().build());
    }

    /**
     * Starts a tuning job on one S3 prefix (channel {@code training}).
     *
     * @param s3Uri   the training data
     * @param options the optional arguments
     * @return the tuning job's name
     */
    public String fit(String s3Uri, Consumer<FitOptions.Builder> options) {
        FitOptions.Builder b = FitOptions.builder();
        options.accept(b);
        return fit(s3Uri, b.build());
    }

    /**
     * Starts a tuning job on one S3 prefix (channel {@code training}) with kept options.
     *
     * @param s3Uri   the training data
     * @param options the optional arguments
     * @return the tuning job's name
     */
    public String fit(String s3Uri, FitOptions options) {
        Objects.requireNonNull(s3Uri, "s3Uri");
        return fit(TrainingInput.of(s3Uri), options);
    }

    /**
     * Starts a tuning job on one input (channel {@code training}) with kept options; its input mode, when set, is
     * the jobs' ({@code TrainingInput}'s {@code InputMode}).
     *
     * @param input   the input
     * @param options the optional arguments
     * @return the tuning job's name
     */
    public String fit(ChannelInput input, FitOptions options) {
        Objects.requireNonNull(options, "options");
        String name = jobName(options.jobName());
        return start(name, estimator.trainingJobRequest(input, name), options);
    }

    private String jobName(String given) {
        if (given != null) {
            return validateJobName("jobName", given);
        }
        String base = baseTuningJobName != null ? baseTuningJobName
                : EstimatorBase.baseNameFromImage(estimator.trainingImageUri());
        String timestamp = SHORT_TIMESTAMP.format(LocalDateTime.now(ZoneOffset.UTC));
        int room = TUNING_JOB_NAME_MAX_LENGTH - timestamp.length() - 1;
        String cut = base.length() > room ? base.substring(0, room) : base;
        return validateJobName("baseTuningJobName", cut + "-" + timestamp);
    }

    private static String validateJobName(String field, String name) {
        if (!TUNING_JOB_NAME.matcher(name).matches()) {
            throw new ValidationException(field, name, "is not a tuning job name: 1 to 32 letters, digits and"
                    + " hyphens, starting and ending with a letter or digit", "choose a shorter or plainer name");
        }
        return name;
    }

    private String start(String name, CreateTrainingJobRequest training, FitOptions options) {
        CreateHyperParameterTuningJobRequest request = request(name, training, options.includeClsMetadata());
        session.api(TuningJobsApi.CAPABILITY).createHyperParameterTuningJob(request);
        latestTuningJob = name;
        if (options.waitForJob()) {
            waitForJob();
        }
        return name;
    }

    /**
     * The CreateHyperParameterTuningJob request {@link #fit(Map, FitOptions)} sends, as the Python SDK's
     * {@code _TuningJob._get_tuner_args} and {@code Session._get_tuning_request} build it.
     *
     * @param jobName            the tuning job's name
     * @param training           the estimator's CreateTrainingJob request for the same inputs
     * @param includeClsMetadata whether the estimator's class goes along as static hyperparameters
     * @return the request
     */
    CreateHyperParameterTuningJobRequest request(String jobName, CreateTrainingJobRequest training,
            boolean includeClsMetadata) {
        HyperParameterTuningJobConfig.Builder config = HyperParameterTuningJobConfig.builder()
                .strategy(strategy)
                .resourceLimits(r -> r.maxNumberOfTrainingJobs(maxJobs).maxParallelTrainingJobs(maxParallelJobs)
                        .maxRuntimeInSeconds(maxRuntimeInSeconds))
                .trainingJobEarlyStoppingType(earlyStoppingType)
                .randomSeed(randomSeed)
                .hyperParameterTuningJobObjective(o -> o.type(objectiveType).metricName(objectiveMetricName))
                .parameterRanges(hyperparameterRanges());
        if (strategyConfig != null) {
            config.strategyConfig(strategyConfig);
        }
        if (completionCriteriaConfig != null) {
            config.tuningJobCompletionCriteria(completionCriteriaConfig);
        }
        CreateHyperParameterTuningJobRequest.Builder b = CreateHyperParameterTuningJobRequest.builder()
                .hyperParameterTuningJobName(jobName)
                .hyperParameterTuningJobConfig(config.build())
                .trainingJobDefinition(trainingJobDefinition(training, includeClsMetadata));
        if (warmStartConfig != null) {
            b.warmStartConfig(warmStartConfig);
        }
        List<Tag> all = tagsForTuning();
        if (all != null) {
            b.tags(all);
        }
        return b.build();
    }

    /** {@code _prepare_tags_for_tuning}: the tuner's tags, then the estimator's not already there. */
    private List<Tag> tagsForTuning() {
        List<Tag> estimatorTags = estimator.tags() == null ? List.of() : estimator.tags();
        if (tags == null && estimatorTags.isEmpty()) {
            return null;
        }
        List<Tag> all = new ArrayList<>(tags == null ? List.of() : tags);
        for (Tag t : estimatorTags) {
            if (!all.contains(t)) {
                all.add(t);
            }
        }
        return all;
    }

    private HyperParameterTrainingJobDefinition trainingJobDefinition(CreateTrainingJobRequest t,
            boolean includeClsMetadata) {
        // _prepare_static_hyperparameters: the estimator's, less the tuned ones
        Map<String, String> statics = new LinkedHashMap<>(t.hyperParameters());
        hyperparameterRanges.keySet().forEach(statics::remove);
        if (includeClsMetadata) {
            statics.put(SAGEMAKER_ESTIMATOR_CLASS_NAME, "\"" + estimator.getClass().getSimpleName() + "\"");
            statics.put(SAGEMAKER_ESTIMATOR_MODULE, "\"" + estimator.getClass().getPackageName() + "\"");
        }
        ResourceConfig rc = t.resourceConfig();
        HyperParameterTuningResourceConfig.Builder resources = HyperParameterTuningResourceConfig.builder();
        if (rc.volumeKmsKeyId() != null) {
            resources.volumeKmsKeyId(rc.volumeKmsKeyId());
        }
        resources.instanceCount(rc.instanceCount()).instanceType(rc.instanceTypeAsString())
                .volumeSizeInGB(rc.volumeSizeInGB());
        HyperParameterAlgorithmSpecification.Builder algorithm = HyperParameterAlgorithmSpecification.builder()
                .trainingInputMode(t.algorithmSpecification().trainingInputModeAsString());
        if (metricDefinitions != null) {
            algorithm.metricDefinitions(metricDefinitions);
        }
        algorithm.trainingImage(t.algorithmSpecification().trainingImage());
        HyperParameterTrainingJobDefinition.Builder d = HyperParameterTrainingJobDefinition.builder()
                .staticHyperParameters(statics)
                .roleArn(t.roleArn())
                .outputDataConfig(t.outputDataConfig())
                .stoppingCondition(t.stoppingCondition())
                .hyperParameterTuningResourceConfig(resources.build())
                .algorithmSpecification(algorithm.build());
        if (t.hasInputDataConfig()) {
            d.inputDataConfig(t.inputDataConfig());
        }
        if (t.vpcConfig() != null) {
            d.vpcConfig(t.vpcConfig());
        }
        if (Boolean.TRUE.equals(t.enableNetworkIsolation())) {
            d.enableNetworkIsolation(true);
        }
        if (Boolean.TRUE.equals(t.enableInterContainerTrafficEncryption())) {
            d.enableInterContainerTrafficEncryption(true);
        }
        if (Boolean.TRUE.equals(t.enableManagedSpotTraining())) {
            d.enableManagedSpotTraining(true);
        }
        if (t.checkpointConfig() != null) {
            d.checkpointConfig(t.checkpointConfig());
        }
        if (t.retryStrategy() != null) {
            d.retryStrategy(t.retryStrategy());
        }
        if (t.hasEnvironment()) {
            d.environment(t.environment());
        }
        return d.build();
    }

    /**
     * The ranges as the request carries them ({@code hyperparameter_ranges()}).
     *
     * @return the service's {@code ParameterRanges}
     */
    public ParameterRanges hyperparameterRanges() {
        return ParameterRange.toParameterRanges(hyperparameterRanges);
    }

    /**
     * The name of the latest tuning job ({@code latest_tuning_job.name}).
     *
     * @return the name, or {@code null} before {@code fit}
     */
    public String latestTuningJob() {
        return latestTuningJob;
    }

    private String requireJob() {
        String name = latestTuningJob;
        if (name == null) {
            throw new ValidationException("latestTuningJob", null, "is not set: no tuning job was started",
                    "call fit(...) or HyperparameterTuner.attach(...) first");
        }
        return name;
    }

    /**
     * Waits for the latest tuning job to end ({@code wait()}).
     *
     * @return its final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when it failed
     */
    public DescribeHyperParameterTuningJobResponse waitForJob() {
        return session.waitForTuningJob(requireJob(), null);
    }

    /**
     * Stops the latest tuning job ({@code stop_tuning_job()}): its running training jobs stop, finished ones stay.
     */
    public void stopTuningJob() {
        session.api(TuningJobsApi.CAPABILITY).stopHyperParameterTuningJob(StopHyperParameterTuningJobRequest
                .builder().hyperParameterTuningJobName(requireJob()).build());
    }

    /**
     * The latest tuning job's description ({@code describe()}).
     *
     * @return DescribeHyperParameterTuningJob's response
     */
    public DescribeHyperParameterTuningJobResponse describe() {
        return session.api(TuningJobsApi.CAPABILITY).describeHyperParameterTuningJob(
                DescribeHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(requireJob()).build());
    }

    /**
     * The name of the best training job so far ({@code best_training_job()}).
     *
     * @return the training job's name
     * @throws ValidationException when no training job has reported its objective yet
     */
    public String bestTrainingJob() {
        DescribeHyperParameterTuningJobResponse d = describe();
        if (d.bestTrainingJob() == null) {
            throw new ValidationException("bestTrainingJob", null, "is not known yet: no training job of tuning job "
                    + d.hyperParameterTuningJobName() + " has completed with its objective metric",
                    "wait for the tuning job (waitForJob()) and check its training jobs' failure reasons");
        }
        return d.bestTrainingJob().trainingJobName();
    }

    /**
     * An estimator attached to the best training job ({@code best_estimator()}).
     *
     * @return the estimator, its latest job the best one
     */
    public Estimator bestEstimator() {
        return Estimator.attach(bestTrainingJob(), session);
    }

    /**
     * An estimator attached to a given training job of the tuning job ({@code best_estimator(best_training_job)}).
     *
     * @param bestTrainingJob the training job's name ({@code best_training_job}, default: the best one)
     * @return the estimator, its latest job that one
     */
    public Estimator bestEstimator(String bestTrainingJob) {
        return Estimator.attach(bestTrainingJob == null ? bestTrainingJob() : bestTrainingJob, session);
    }

    /**
     * The latest tuning job's training jobs as a table ({@code analytics()}).
     *
     * @return the analytics
     */
    public HyperparameterTuningJobAnalytics analytics() {
        return new HyperparameterTuningJobAnalytics(requireJob(), session);
    }

    /**
     * Deploys the best training job's model ({@code deploy(initial_instance_count, instance_type)}).
     *
     * @param initialInstanceCount the instance count
     * @param instanceType         the instance type, e.g. {@code local} or {@code ml.m5.xlarge}
     * @param <T>                  what the predictor answers
     * @return the predictor
     */
    public <T> Predictor<T> deploy(int initialInstanceCount, String instanceType) {
        return bestEstimator().deploy(initialInstanceCount, instanceType);
    }

    /**
     * Deploys the best training job's model with the estimator's deploy options ({@code deploy(**kwargs)}).
     *
     * @param options the options, as {@code EstimatorBase.deploy} takes them
     * @param <T>     what the predictor answers
     * @return the predictor
     */
    public <T> Predictor<T> deploy(Consumer<EstimatorBase.DeployOptions.Builder> options) {
        return bestEstimator().deploy(options);
    }

    /**
     * A tuner for an existing tuning job ({@code HyperparameterTuner.attach(tuning_job_name, sagemaker_session)}),
     * also one started by another JVM on the same session root: its estimator is rebuilt from the job's
     * {@code TrainingJobDefinition} (as {@code _prepare_estimator_from_job_description}).
     *
     * @param tuningJobName the tuning job
     * @param session       the session it ran in
     * @return the tuner, its latest tuning job that one
     */
    public static HyperparameterTuner attach(String tuningJobName, Session session) {
        return attach(tuningJobName, session, null);
    }

    /**
     * A tuner for an existing tuning job from its description ({@code attach(tuning_job_name, sagemaker_session,
     * job_details)}): no DescribeHyperParameterTuningJob call is made when the details are given.
     *
     * @param tuningJobName the tuning job
     * @param session       the session it ran in
     * @param jobDetails    its DescribeHyperParameterTuningJob response ({@code job_details}), or {@code null} to
     *                      describe it
     * @return the tuner, its latest tuning job that one
     */
    public static HyperparameterTuner attach(String tuningJobName, Session session,
            DescribeHyperParameterTuningJobResponse jobDetails) {
        validateJobName("tuningJobName", tuningJobName);
        DescribeHyperParameterTuningJobResponse d = jobDetails != null ? jobDetails : session.api(TuningJobsApi.CAPABILITY)
                .describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest.builder()
                        .hyperParameterTuningJobName(tuningJobName).build());
        HyperParameterTrainingJobDefinition t = d.trainingJobDefinition();
        if (t == null) {
            throw new ValidationException("tuningJobName", tuningJobName, "tunes several training job definitions,"
                    + " which attach does not rebuild yet", "describe it with the TuningJobsApi");
        }
        Map<String, String> hp = new LinkedHashMap<>(t.staticHyperParameters());
        hp.remove(TUNING_OBJECTIVE_METRIC);
        hp.remove(SAGEMAKER_ESTIMATOR_CLASS_NAME);
        hp.remove(SAGEMAKER_ESTIMATOR_MODULE);
        HyperParameterTuningResourceConfig rc = t.hyperParameterTuningResourceConfig();
        Estimator.Builder e = Estimator.builder().session(session).imageUri(t.algorithmSpecification().trainingImage())
                .role(t.roleArn()).outputPath(t.outputDataConfig().s3OutputPath()).hyperparameters(hp)
                .inputMode(t.algorithmSpecification().trainingInputModeAsString());
        if (rc != null) {
            if (rc.instanceCount() != null) {
                e.instanceCount(rc.instanceCount());
            }
            if (rc.instanceTypeAsString() != null) {
                e.instanceType(rc.instanceTypeAsString());
            }
            if (rc.volumeSizeInGB() != null) {
                e.volumeSize(rc.volumeSizeInGB());
            }
            if (rc.volumeKmsKeyId() != null) {
                e.volumeKmsKey(rc.volumeKmsKeyId());
            }
        }
        if (t.stoppingCondition() != null && t.stoppingCondition().maxRuntimeInSeconds() != null) {
            e.maxRun(t.stoppingCondition().maxRuntimeInSeconds());
        }
        if (t.hasEnvironment()) {
            e.environment(t.environment());
        }
        HyperParameterTuningJobConfig c = d.hyperParameterTuningJobConfig();
        Builder b = builder().estimator(e.build()).session(session)
                .objectiveMetricName(c.hyperParameterTuningJobObjective().metricName())
                .objectiveType(c.hyperParameterTuningJobObjective().typeAsString())
                .hyperparameterRanges(ParameterRange.fromParameterRanges(c.parameterRanges()))
                .strategy(c.strategyAsString())
                .maxParallelJobs(c.resourceLimits().maxParallelTrainingJobs())
                .earlyStoppingType(c.trainingJobEarlyStoppingTypeAsString() == null ? "Off"
                        : c.trainingJobEarlyStoppingTypeAsString());
        b.maxJobs = c.resourceLimits().maxNumberOfTrainingJobs();
        b.maxRuntimeInSeconds = c.resourceLimits().maxRuntimeInSeconds();
        b.randomSeed = c.randomSeed();
        if (t.algorithmSpecification().hasMetricDefinitions()) {
            b.metricDefinitions(t.algorithmSpecification().metricDefinitions());
        }
        b.warmStartConfig = d.warmStartConfig();
        b.strategyConfig = c.strategyConfig();
        b.completionCriteriaConfig = c.tuningJobCompletionCriteria();
        HyperparameterTuner tuner = b.build();
        tuner.latestTuningJob = tuningJobName;
        return tuner;
    }

    /**
     * A new tuner that warm starts from this tuner's latest tuning job and the given ones with
     * {@code TransferLearning}, as {@code transfer_learning_tuner(additional_parents, estimator)}: the same
     * ranges, objective, strategy, limits, early stopping and seed, and the given estimator (or this one) — for
     * new data or a changed algorithm. Unlike Python, which leaves them out, the metric definitions are kept, so
     * a custom objective metric still resolves.
     *
     * @param additionalParents further parent tuning jobs ({@code additional_parents}; none: empty); the service
     *                          takes at most 5 parents in all
     * @param estimator         the estimator of the new tuner ({@code estimator}), or {@code null} for this one's
     * @return the new tuner, not started
     * @throws ValidationException when this tuner has no tuning job yet, or there are more than 5 parents
     */
    public HyperparameterTuner transferLearningTuner(Set<String> additionalParents, EstimatorBase estimator) {
        return warmStartTuner(additionalParents, "TransferLearning", estimator);
    }

    /**
     * A new tuner that warm starts from this tuner's latest tuning job and the given ones with
     * {@code IdenticalDataAndAlgorithm}, as {@code identical_dataset_and_algorithm_tuner(additional_parents)}:
     * the same estimator, ranges, objective, strategy, limits, early stopping and seed (and, unlike Python, the
     * metric definitions).
     *
     * @param additionalParents further parent tuning jobs ({@code additional_parents}; none: empty); the service
     *                          takes at most 5 parents in all
     * @return the new tuner, not started
     * @throws ValidationException when this tuner has no tuning job yet, or there are more than 5 parents
     */
    public HyperparameterTuner identicalDatasetAndAlgorithmTuner(Set<String> additionalParents) {
        return warmStartTuner(additionalParents, "IdenticalDataAndAlgorithm", null);
    }

    private HyperparameterTuner warmStartTuner(Set<String> additionalParents, String type, EstimatorBase other) {
        String latest = latestTuningJob;
        if (latest == null) {
            throw new ValidationException("latestTuningJob", null, "is not set: this tuner has not run a tuning"
                    + " job", "call fit (or attach to a finished tuning job) before making a warm start tuner");
        }
        Set<String> parents = new LinkedHashSet<>();
        parents.add(latest);
        if (additionalParents != null) {
            parents.addAll(additionalParents);
        }
        if (parents.size() > 5) {
            throw new ValidationException("additionalParents", additionalParents, "makes " + parents.size()
                    + " parents with this tuner's latest tuning job, more than the service's 5",
                    "warm start from at most 5 tuning jobs");
        }
        Builder b = builder().estimator(other != null ? other : estimator).session(session)
                .objectiveMetricName(objectiveMetricName).hyperparameterRanges(hyperparameterRanges)
                .strategy(strategy).objectiveType(objectiveType).maxParallelJobs(maxParallelJobs)
                .earlyStoppingType(earlyStoppingType)
                .warmStartConfig(HyperParameterTuningJobWarmStartConfig.builder().warmStartType(type)
                        .parentHyperParameterTuningJobs(parents.stream().map(name -> ParentHyperParameterTuningJob
                                .builder().hyperParameterTuningJobName(name).build()).toList())
                        .build());
        b.maxJobs = maxJobs;
        b.maxRuntimeInSeconds = maxRuntimeInSeconds;
        b.randomSeed = randomSeed;
        b.strategyConfig = strategyConfig;
        b.completionCriteriaConfig = completionCriteriaConfig;
        if (metricDefinitions != null) {
            b.metricDefinitions(metricDefinitions);
        }
        return b.build();
    }

    /**
     * The estimator whose training jobs are tuned.
     *
     * @return {@code estimator}
     */
    public EstimatorBase estimator() {
        return estimator;
    }

    /**
     * The objective metric's name.
     *
     * @return {@code objective_metric_name}
     */
    public String objectiveMetricName() {
        return objectiveMetricName;
    }

    /**
     * The ranges by hyperparameter, in the order given.
     *
     * @return {@code hyperparameter_ranges}
     */
    public Map<String, ParameterRange> ranges() {
        return hyperparameterRanges;
    }

    /**
     * The metric definitions, or {@code null}.
     *
     * @return {@code metric_definitions}
     */
    public List<MetricDefinition> metricDefinitions() {
        return metricDefinitions;
    }

    /**
     * The strategy.
     *
     * @return {@code strategy}
     */
    public String strategy() {
        return strategy;
    }

    /**
     * The objective type.
     *
     * @return {@code objective_type}
     */
    public String objectiveType() {
        return objectiveType;
    }

    /**
     * The most training jobs, or {@code null} (Grid: the grid's size).
     *
     * @return {@code max_jobs}
     */
    public Integer maxJobs() {
        return maxJobs;
    }

    /**
     * The most training jobs at once.
     *
     * @return {@code max_parallel_jobs}
     */
    public int maxParallelJobs() {
        return maxParallelJobs;
    }

    /**
     * The early stopping type.
     *
     * @return {@code early_stopping_type}
     */
    public String earlyStoppingType() {
        return earlyStoppingType;
    }

    /**
     * The random seed, or {@code null}.
     *
     * @return {@code random_seed}
     */
    public Integer randomSeed() {
        return randomSeed;
    }

    /**
     * The session the tuner's jobs run in (the estimator's unless given).
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The optional arguments of {@code fit}, as the Python keywords {@code job_name}, {@code include_cls_metadata}
     * and {@code wait}.
     */
    public static final class FitOptions {
        private final String jobName;
        private final boolean includeClsMetadata;
        private final boolean waitForJob;

        private FitOptions(Builder b) {
            this.jobName = b.jobName;
            this.includeClsMetadata = b.includeClsMetadata;
            this.waitForJob = b.waitForJob;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return builder().jobName(jobName).includeClsMetadata(includeClsMetadata).wait(waitForJob);
        }

        /**
         * The tuning job's name.
         *
         * @return {@code job_name}, or {@code null} for one from the base name and the time
         */
        public String jobName() {
            return jobName;
        }

        /**
         * Whether the estimator's class goes along as static hyperparameters.
         *
         * @return {@code include_cls_metadata}
         */
        public boolean includeClsMetadata() {
            return includeClsMetadata;
        }

        /**
         * Whether {@code fit} waits for the tuning job.
         *
         * @return {@code wait}
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FitOptions && Objects.equals(((FitOptions) o).jobName, jobName)
                    && ((FitOptions) o).includeClsMetadata == includeClsMetadata
                    && ((FitOptions) o).waitForJob == waitForJob;
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobName, includeClsMetadata, waitForJob);
        }

        @Override
        public String toString() {
            return "FitOptions[jobName=" + jobName + ", includeClsMetadata=" + includeClsMetadata + ", wait="
                    + waitForJob + "]";
        }

        /** Builds {@link FitOptions}. */
        public static final class Builder {
            private String jobName;
            private boolean includeClsMetadata;
            private boolean waitForJob = true;

            private Builder() {
            }

            /**
             * The tuning job's name ({@code job_name}, default: the base name and a short timestamp).
             *
             * @param jobName 1 to 32 letters, digits and hyphens
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Whether the estimator's class goes along as the static hyperparameters
             * {@code sagemaker_estimator_class_name} and {@code sagemaker_estimator_module}
             * ({@code include_cls_metadata}, default {@code false}).
             *
             * @param include whether to include them
             * @return this builder
             */
            public Builder includeClsMetadata(boolean include) {
                this.includeClsMetadata = include;
                return this;
            }

            /**
             * Whether {@code fit} waits for the tuning job ({@code wait}, default {@code true}).
             *
             * @param wait whether to wait
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public FitOptions build() {
                return new FitOptions(this);
            }
        }
    }

    /** Builds a {@link HyperparameterTuner}; each method is the Python constructor keyword of the same name. */
    public static final class Builder {
        private EstimatorBase estimator;
        private String objectiveMetricName;
        private final Map<String, ParameterRange> hyperparameterRanges = new LinkedHashMap<>();
        private List<MetricDefinition> metricDefinitions;
        private String strategy = "Bayesian";
        private String objectiveType = "Maximize";
        private Integer maxJobs;
        private int maxParallelJobs = 1;
        private Integer maxRuntimeInSeconds;
        private List<Tag> tags;
        private String baseTuningJobName;
        private HyperParameterTuningJobWarmStartConfig warmStartConfig;
        private HyperParameterTuningJobStrategyConfig strategyConfig;
        private TuningJobCompletionCriteria completionCriteriaConfig;
        private String earlyStoppingType = "Off";
        private Integer randomSeed;
        private Session session;

        private Builder() {
        }

        /**
         * The estimator whose training jobs are tuned ({@code estimator}, required).
         *
         * @param estimator the estimator; its hyperparameters not tuned stay static
         * @return this builder
         */
        public Builder estimator(EstimatorBase estimator) {
            this.estimator = estimator;
            return this;
        }

        /**
         * The metric to optimise ({@code objective_metric_name}, required), e.g. {@code validation:auc}.
         *
         * @param name the metric's name
         * @return this builder
         */
        public Builder objectiveMetricName(String name) {
            this.objectiveMetricName = name;
            return this;
        }

        /**
         * The ranges by hyperparameter ({@code hyperparameter_ranges}, required); sent in the map's order.
         *
         * @param ranges the ranges
         * @return this builder
         */
        public Builder hyperparameterRanges(Map<String, ? extends ParameterRange> ranges) {
            this.hyperparameterRanges.clear();
            this.hyperparameterRanges.putAll(ranges);
            return this;
        }

        /**
         * Adds one range.
         *
         * @param name  the hyperparameter
         * @param range its range
         * @return this builder
         */
        public Builder hyperparameterRange(String name, ParameterRange range) {
            this.hyperparameterRanges.put(name, range);
            return this;
        }

        /**
         * How the objective is read from the training jobs' logs ({@code metric_definitions}, default none: the
         * algorithm's built-in metrics).
         *
         * @param definitions the definitions
         * @return this builder
         */
        public Builder metricDefinitions(List<MetricDefinition> definitions) {
            this.metricDefinitions = definitions;
            return this;
        }

        /**
         * Adds one metric definition.
         *
         * @param name  the metric's name
         * @param regex the regular expression whose first group is the value
         * @return this builder
         */
        public Builder metricDefinition(String name, String regex) {
            List<MetricDefinition> list = metricDefinitions == null ? new ArrayList<>()
                    : new ArrayList<>(metricDefinitions);
            list.add(MetricDefinition.builder().name(name).regex(regex).build());
            this.metricDefinitions = list;
            return this;
        }

        /**
         * The search strategy ({@code strategy}, default {@code "Bayesian"}): Bayesian, Random, Hyperband or Grid.
         *
         * @param strategy the strategy
         * @return this builder
         */
        public Builder strategy(String strategy) {
            this.strategy = strategy;
            return this;
        }

        /**
         * Whether to maximise or minimise the objective ({@code objective_type}, default {@code "Maximize"}).
         *
         * @param type Maximize or Minimize
         * @return this builder
         */
        public Builder objectiveType(String type) {
            this.objectiveType = type;
            return this;
        }

        /**
         * The most training jobs ({@code max_jobs}, default 1; for Grid, the grid's size).
         *
         * @param maxJobs the count
         * @return this builder
         */
        public Builder maxJobs(int maxJobs) {
            this.maxJobs = maxJobs;
            return this;
        }

        /**
         * The most training jobs at once ({@code max_parallel_jobs}, default 1).
         *
         * @param maxParallelJobs the count
         * @return this builder
         */
        public Builder maxParallelJobs(int maxParallelJobs) {
            this.maxParallelJobs = maxParallelJobs;
            return this;
        }

        /**
         * The longest the tuning job runs ({@code max_runtime_in_seconds}, default none).
         *
         * @param seconds at least 120
         * @return this builder
         */
        public Builder maxRuntimeInSeconds(int seconds) {
            this.maxRuntimeInSeconds = seconds;
            return this;
        }

        /**
         * The tuning job's tags ({@code tags}, default none; the estimator's are added).
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * The tuning job's tags, as Python's {@code {"key": "value"}} form, sent as {@code Key}/{@code Value}.
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            List<Tag> list = new ArrayList<>();
            tags.forEach((k, v) -> list.add(Tag.builder().key(k).value(v).build()));
            this.tags = list;
            return this;
        }

        /**
         * The prefix of the tuning job's name ({@code base_tuning_job_name}, default from the training image).
         *
         * @param base the prefix
         * @return this builder
         */
        public Builder baseTuningJobName(String base) {
            this.baseTuningJobName = base;
            return this;
        }

        /**
         * The warm start ({@code warm_start_config}, default none), sent as given; the local engine checks that
         * the parents exist.
         *
         * @param config the service's shape
         * @return this builder
         */
        public Builder warmStartConfig(HyperParameterTuningJobWarmStartConfig config) {
            this.warmStartConfig = config;
            return this;
        }

        /**
         * The strategy's configuration ({@code strategy_config}, default none), e.g. Hyperband's resources.
         *
         * @param config the service's shape
         * @return this builder
         */
        public Builder strategyConfig(HyperParameterTuningJobStrategyConfig config) {
            this.strategyConfig = config;
            return this;
        }

        /**
         * When the tuning job completes early ({@code completion_criteria_config}, default none).
         *
         * @param config the service's shape
         * @return this builder
         */
        public Builder completionCriteriaConfig(TuningJobCompletionCriteria config) {
            this.completionCriteriaConfig = config;
            return this;
        }

        /**
         * Whether training jobs may be stopped early ({@code early_stopping_type}, default {@code "Off"}).
         *
         * @param type Off or Auto
         * @return this builder
         */
        public Builder earlyStoppingType(String type) {
            this.earlyStoppingType = type;
            return this;
        }

        /**
         * The seed of the search ({@code random_seed}, default none): the same seed proposes the same points.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder randomSeed(int seed) {
            this.randomSeed = seed;
            return this;
        }

        /**
         * The session (default: the estimator's).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * The tuner.
         *
         * @return the tuner
         * @throws ValidationException naming the field when a value is not one the service takes
         */
        public HyperparameterTuner build() {
            return new HyperparameterTuner(this);
        }
    }

    // ------------------------------------------------------------------ visualize_jobs, visualize_job

    /**
     * Charts one or more tuning jobs, with Python's defaults ({@code visualize_jobs(tuning_jobs)}).
     *
     * @param tuningJobs the tuning jobs' names
     * @param session    the session they ran in
     * @return the charts and page (see {@link #visualizeJobs(List, Session, VisualizeJobsOptions)})
     */
    public static dev.sagemaker4j.analytics.TuningVisualization visualizeJobs(List<String> tuningJobs,
            Session session) {
        return visualizeJobs(tuningJobs, session, VisualizeJobsOptions.builder().build());
    }

    /**
     * Charts one or more tuning jobs ({@code visualize_jobs(tuning_jobs, return_dfs=..., job_metrics=...,
     * trials_only=..., advanced=...)}).
     *
     * @param tuningJobs the tuning jobs' names
     * @param session    the session they ran in
     * @param options    the optional arguments
     * @return the charts and page (see {@link #visualizeJobs(List, Session, VisualizeJobsOptions)})
     */
    public static dev.sagemaker4j.analytics.TuningVisualization visualizeJobs(List<String> tuningJobs,
            Session session, Consumer<VisualizeJobsOptions.Builder> options) {
        VisualizeJobsOptions.Builder b = VisualizeJobsOptions.builder();
        options.accept(b);
        return visualizeJobs(tuningJobs, session, b.build());
    }

    /**
     * Charts one or more tuning jobs and, as Python does, their warm-start parents (one level), with kept options
     * ({@code visualize_jobs}). Where Python answers an Altair chart (and with {@code return_dfs} the trials and
     * full data frames), Java answers a {@link dev.sagemaker4j.analytics.TuningVisualization}: the PNG charts
     * ({@code charts()}), one self-contained HTML page ({@code html()}), {@code write(directory)} to write them as
     * files, and with {@code returnDfs} the tables ({@code trials()}, {@code jobMetricsRows()}). The charts: each
     * training job's objective in order with the best so far, the objective against each hyperparameter, with
     * {@code advanced} the objective over time with the best so far as a step line, and unless {@code trialsOnly}
     * each of {@code jobMetrics} per training job.
     *
     * @param tuningJobs the tuning jobs' names ({@code tuning_jobs}), at least one
     * @param session    the session they ran in
     * @param options    the optional arguments
     * @return the charts and page
     * @throws ValidationException when no tuning job is named
     */
    public static dev.sagemaker4j.analytics.TuningVisualization visualizeJobs(List<String> tuningJobs,
            Session session, VisualizeJobsOptions options) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(options, "options");
        if (tuningJobs == null || tuningJobs.isEmpty()) {
            throw new ValidationException("tuningJobs", null, "names no tuning job",
                    "pass the name of at least one tuning job");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : tuningJobs) {
            names.add(name);
            HyperparameterTuningJobAnalytics analytics = new HyperparameterTuningJobAnalytics(name, session);
            HyperParameterTuningJobWarmStartConfig warmStart = analytics.description().warmStartConfig();
            if (warmStart != null) {
                warmStart.parentHyperParameterTuningJobs().forEach(p -> names.add(p.hyperParameterTuningJobName()));
            }
        }
        dev.sagemaker4j.analytics.TuningVisualization.Builder b = dev.sagemaker4j.analytics.TuningVisualization
                .builder().returnDfs(options.returnDfs()).jobMetrics(options.jobMetrics())
                .trialsOnly(options.trialsOnly()).advanced(options.advanced());
        names.forEach(n -> b.tuningJob(new HyperparameterTuningJobAnalytics(n, session)));
        return b.build();
    }

    /**
     * Charts this tuner's latest tuning job, with Python's defaults ({@code visualize_job()}).
     *
     * @return the charts and page (see {@link #visualizeJobs(List, Session, VisualizeJobsOptions)})
     */
    public dev.sagemaker4j.analytics.TuningVisualization visualizeJob() {
        return visualizeJob(VisualizeJobsOptions.builder().build());
    }

    /**
     * Charts this tuner's latest tuning job ({@code visualize_job(return_dfs=..., job_metrics=..., trials_only=...,
     * advanced=...)}).
     *
     * @param options the optional arguments
     * @return the charts and page (see {@link #visualizeJobs(List, Session, VisualizeJobsOptions)})
     */
    public dev.sagemaker4j.analytics.TuningVisualization visualizeJob(
            Consumer<VisualizeJobsOptions.Builder> options) {
        VisualizeJobsOptions.Builder b = VisualizeJobsOptions.builder();
        options.accept(b);
        return visualizeJob(b.build());
    }

    /**
     * Charts this tuner's latest tuning job with kept options ({@code visualize_job}): Java answers a
     * {@link dev.sagemaker4j.analytics.TuningVisualization} (PNG charts, an HTML page, files on
     * {@code write(directory)}) where Python answers an Altair chart.
     *
     * @param options the optional arguments
     * @return the charts and page
     * @throws IllegalStateException when the tuner has not run a tuning job
     */
    public dev.sagemaker4j.analytics.TuningVisualization visualizeJob(VisualizeJobsOptions options) {
        return visualizeJobs(List.of(requireJob()), session, options);
    }

    /** The optional arguments of {@code visualize_jobs} and {@code visualize_job}. */
    public static final class VisualizeJobsOptions {
        private final boolean returnDfs;
        private final List<String> jobMetrics;
        private final boolean trialsOnly;
        private final boolean advanced;

        private VisualizeJobsOptions(Builder b) {
            this.returnDfs = b.returnDfs;
            this.jobMetrics = b.jobMetrics;
            this.trialsOnly = b.trialsOnly;
            this.advanced = b.advanced;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().returnDfs(returnDfs).jobMetrics(jobMetrics).trialsOnly(trialsOnly)
                    .advanced(advanced);
        }

        /**
         * {@code return_dfs}.
         *
         * @return whether the tables are kept
         */
        public boolean returnDfs() {
            return returnDfs;
        }

        /**
         * {@code job_metrics}.
         *
         * @return the metric names (empty for none)
         */
        public List<String> jobMetrics() {
            return jobMetrics;
        }

        /**
         * {@code trials_only}.
         *
         * @return whether the job metrics are left out
         */
        public boolean trialsOnly() {
            return trialsOnly;
        }

        /**
         * {@code advanced}.
         *
         * @return whether the objective over time is added
         */
        public boolean advanced() {
            return advanced;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof VisualizeJobsOptions v && v.returnDfs == returnDfs && v.jobMetrics.equals(jobMetrics)
                    && v.trialsOnly == trialsOnly && v.advanced == advanced;
        }

        @Override
        public int hashCode() {
            return Objects.hash(returnDfs, jobMetrics, trialsOnly, advanced);
        }

        @Override
        public String toString() {
            return "VisualizeJobsOptions(returnDfs=" + returnDfs + ", jobMetrics=" + jobMetrics + ", trialsOnly="
                    + trialsOnly + ", advanced=" + advanced + ")";
        }

        /** Builds {@link VisualizeJobsOptions}. */
        public static final class Builder {
            private boolean returnDfs;
            private List<String> jobMetrics = List.of();
            private boolean trialsOnly;
            private boolean advanced;

            private Builder() {
            }

            /**
             * Whether to keep the tables behind the charts ({@code return_dfs}, default {@code False}).
             *
             * @param returnDfs whether to keep them
             * @return this builder
             */
            public Builder returnDfs(boolean returnDfs) {
                this.returnDfs = returnDfs;
                return this;
            }

            /**
             * Training job metrics to chart per job ({@code job_metrics}, default {@code None}: none).
             *
             * @param jobMetrics the metric names, e.g. {@code validation:rmse}
             * @return this builder
             */
            public Builder jobMetrics(List<String> jobMetrics) {
                this.jobMetrics = jobMetrics == null ? List.of() : List.copyOf(jobMetrics);
                return this;
            }

            /**
             * Whether to leave the training jobs' metric series out ({@code trials_only}, default {@code False}).
             *
             * @param trialsOnly whether to chart the trials only
             * @return this builder
             */
            public Builder trialsOnly(boolean trialsOnly) {
                this.trialsOnly = trialsOnly;
                return this;
            }

            /**
             * Whether to add the objective over time with the best so far as a step line ({@code advanced},
             * default {@code False}).
             *
             * @param advanced whether to add it
             * @return this builder
             */
            public Builder advanced(boolean advanced) {
                this.advanced = advanced;
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public VisualizeJobsOptions build() {
                return new VisualizeJobsOptions(this);
            }
        }
    }
}
