/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.HyperparameterTuningJobAnalytics;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.ChannelInput;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.spi.TrainingJobsApi;
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
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.AutoParameter;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterAlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningInstanceConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobStrategyConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobWarmStartConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobResponse;
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
 * Several estimators are tuned in one job with {@link #create} (multi-algorithm tuning: one
 * {@code TrainingJobDefinitions} item per estimator, named by its key); {@code autotune(true)} lets the engine pick
 * the ranges of a built-in algorithm. The local engine runs the Random, Grid, Bayesian and Hyperband (successive
 * halving in brackets over the epochs the training jobs report) strategies and early stopping Auto.
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
    private static final Pattern DEFINITION_NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}$");
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
    private final boolean autotune;
    private final List<String> hyperparametersToKeepStatic;
    /** The estimators by name (Python's {@code estimator_dict}), or {@code null} for one unnamed estimator. */
    private final Map<String, EstimatorBase> estimatorDict;
    private final Map<String, String> objectiveMetricNameDict;
    private final Map<String, Map<String, ParameterRange>> hyperparameterRangesDict;
    private final Map<String, List<MetricDefinition>> metricDefinitionsDict;
    private final Map<String, List<String>> hyperparametersToKeepStaticDict;
    private volatile List<HyperParameterTuningInstanceConfig> instanceConfigs;
    private volatile Map<String, List<HyperParameterTuningInstanceConfig>> instanceConfigsDict;
    private volatile String latestTuningJob;

    private HyperparameterTuner(Builder b) {
        if (b.estimatorDict == null && b.estimatorName != null) {
            // Python: a named estimator makes a tuner of one estimator in the estimator_dict form
            b.estimatorDict = new LinkedHashMap<>();
            b.estimatorDict.put(b.estimatorName, b.estimator);
            b.objectiveMetricNameDict = new LinkedHashMap<>();
            b.objectiveMetricNameDict.put(b.estimatorName, b.objectiveMetricName);
            b.hyperparameterRangesDict = new LinkedHashMap<>();
            b.hyperparameterRangesDict.put(b.estimatorName, new LinkedHashMap<>(b.hyperparameterRanges));
            b.metricDefinitionsDict = new LinkedHashMap<>();
            if (b.metricDefinitions != null) {
                b.metricDefinitionsDict.put(b.estimatorName, b.metricDefinitions);
            }
            b.hyperparametersToKeepStaticDict = new LinkedHashMap<>();
            if (b.hyperparametersToKeepStatic != null) {
                b.hyperparametersToKeepStaticDict.put(b.estimatorName, b.hyperparametersToKeepStatic);
            }
        }
        boolean dict = b.estimatorDict != null;
        if (!b.autotune && b.hyperparametersToKeepStatic != null) {
            throw new ValidationException("hyperparametersToKeepStatic", b.hyperparametersToKeepStatic, "is set, but"
                    + " autotune is not enabled", "leave hyperparametersToKeepStatic out, or set autotune(true)");
        }
        if (b.hyperparametersToKeepStatic != null && new LinkedHashSet<>(b.hyperparametersToKeepStatic).size()
                != b.hyperparametersToKeepStatic.size()) {
            throw new ValidationException("hyperparametersToKeepStatic", b.hyperparametersToKeepStatic,
                    "names a hyperparameter twice", "remove the duplicate names");
        }
        if (dict) {
            for (String name : b.estimatorDict.keySet()) {
                checkEstimator("estimatorDict." + name, b.estimatorDict.get(name),
                        "objectiveMetricNameDict." + name, b.objectiveMetricNameDict.get(name),
                        "hyperparameterRangesDict." + name, b.hyperparameterRangesDict.get(name),
                        b.metricDefinitionsDict.get(name), b.autotune);
            }
        } else {
            checkEstimator("estimator", b.estimator, "objectiveMetricName", b.objectiveMetricName,
                    "hyperparameterRanges", b.hyperparameterRanges, b.metricDefinitions, b.autotune);
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
            Map<String, Map<String, ParameterRange>> all = dict ? b.hyperparameterRangesDict
                    : Map.of("", b.hyperparameterRanges);
            all.forEach((estimatorName, ranges) -> ranges.forEach((name, range) -> {
                if (!(range instanceof CategoricalParameter)) {
                    throw new ValidationException((dict ? "hyperparameterRangesDict." + estimatorName + "."
                            : "hyperparameterRanges.") + name, range, "is not categorical, and"
                            + " the Grid strategy searches categorical ranges only", "give a CategoricalParameter,"
                            + " or use the Random or Bayesian strategy");
                }
            }));
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
        if (b.baseTuningJobName != null && b.baseTuningJobName.isBlank()) {
            throw new ValidationException("baseTuningJobName", b.baseTuningJobName, "is blank",
                    "give a base name, or leave it out");
        }
        if (dict) {
            this.estimator = null;
            this.objectiveMetricName = null;
            this.hyperparameterRanges = null;
            this.metricDefinitions = null;
            this.hyperparametersToKeepStatic = null;
            this.estimatorDict = Collections.unmodifiableMap(new LinkedHashMap<>(b.estimatorDict));
            this.objectiveMetricNameDict = Collections.unmodifiableMap(new LinkedHashMap<>(b.objectiveMetricNameDict));
            Map<String, Map<String, ParameterRange>> ranges = new LinkedHashMap<>();
            b.hyperparameterRangesDict.forEach((k, v) -> ranges.put(k, Collections.unmodifiableMap(
                    new LinkedHashMap<>(v == null ? Map.of() : v))));
            this.hyperparameterRangesDict = Collections.unmodifiableMap(ranges);
            Map<String, List<MetricDefinition>> metrics = new LinkedHashMap<>();
            b.metricDefinitionsDict.forEach((k, v) -> metrics.put(k, List.copyOf(v)));
            this.metricDefinitionsDict = Collections.unmodifiableMap(metrics);
            Map<String, List<String>> keep = new LinkedHashMap<>();
            b.hyperparametersToKeepStaticDict.forEach((k, v) -> keep.put(k, List.copyOf(v)));
            this.hyperparametersToKeepStaticDict = Collections.unmodifiableMap(keep);
        } else {
            this.estimator = b.estimator;
            this.objectiveMetricName = b.objectiveMetricName;
            this.hyperparameterRanges = Collections.unmodifiableMap(new LinkedHashMap<>(b.hyperparameterRanges));
            this.metricDefinitions = b.metricDefinitions == null ? null : List.copyOf(b.metricDefinitions);
            this.hyperparametersToKeepStatic = b.hyperparametersToKeepStatic == null ? null
                    : List.copyOf(b.hyperparametersToKeepStatic);
            this.estimatorDict = null;
            this.objectiveMetricNameDict = null;
            this.hyperparameterRangesDict = null;
            this.metricDefinitionsDict = null;
            this.hyperparametersToKeepStaticDict = null;
        }
        this.autotune = b.autotune;
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
        this.session = b.session != null ? b.session : firstEstimator().session();
    }

    /** Python's checks of one estimator and its objective, ranges and metric definitions. */
    private static void checkEstimator(String estimatorField, EstimatorBase estimator, String metricField,
            String metric, String rangesField, Map<String, ParameterRange> ranges, List<MetricDefinition> definitions,
            boolean autotune) {
        if (estimator == null) {
            throw new ValidationException(estimatorField, null, "is missing", "pass the estimator to tune");
        }
        if (metric == null || metric.isBlank()) {
            throw new ValidationException(metricField, metric, "is missing",
                    "name the metric to optimise, e.g. validation:auc");
        }
        if ((ranges == null || ranges.isEmpty()) && !autotune) {
            throw new ValidationException(rangesField, ranges, "is empty", "give at least one range, e.g."
                    + " Map.of(\"eta\", new ContinuousParameter(0.01, 0.5)), or set autotune(true)");
        }
        if (ranges != null && ranges.size() > 30) {
            throw new ValidationException(rangesField, ranges.size() + " ranges", "is more than the service's 30",
                    "tune at most 30 hyperparameters");
        }
        if (definitions != null && !definitions.isEmpty() && definitions.stream()
                .noneMatch(d -> metric.equals(d.name()))) {
            throw new ValidationException(metricField, metric, "is not a metric of the metric definitions",
                    "add a definition named " + metric + " or name one of "
                            + definitions.stream().map(MetricDefinition::name).toList());
        }
    }

    /** The estimator, or the first by name of several (Python's {@code sagemaker_session} and job name use it). */
    private EstimatorBase firstEstimator() {
        return estimatorDict != null ? estimatorDict.get(new TreeSet<>(estimatorDict.keySet()).first()) : estimator;
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
     * A tuner of several estimators, as the Python SDK's {@code HyperparameterTuner.create(estimator_dict,
     * objective_metric_name_dict, hyperparameter_ranges_dict)} with the other arguments at their defaults
     * (multi-algorithm tuning: one training job definition per estimator, named by its key).
     *
     * @param estimatorDict             estimator name to estimator ({@code estimator_dict}, at least one)
     * @param objectiveMetricNameDict   estimator name to its objective metric ({@code objective_metric_name_dict},
     *                                  the same keys)
     * @param hyperparameterRangesDict  estimator name to its ranges ({@code hyperparameter_ranges_dict}, the same
     *                                  keys)
     * @return the tuner
     * @throws ValidationException as Python's checks: an empty dict, keys that differ, a missing range
     */
    public static HyperparameterTuner create(Map<String, ? extends EstimatorBase> estimatorDict,
            Map<String, String> objectiveMetricNameDict,
            Map<String, ? extends Map<String, ? extends ParameterRange>> hyperparameterRangesDict) {
        return create(estimatorDict, objectiveMetricNameDict, hyperparameterRangesDict,
                CreateOptions.builder().build());
    }

    /**
     * A tuner of several estimators with the optional arguments of {@code HyperparameterTuner.create(...)}.
     *
     * @param estimatorDict            estimator name to estimator ({@code estimator_dict})
     * @param objectiveMetricNameDict  estimator name to its objective metric ({@code objective_metric_name_dict})
     * @param hyperparameterRangesDict estimator name to its ranges ({@code hyperparameter_ranges_dict})
     * @param options                  the optional arguments
     * @return the tuner
     */
    public static HyperparameterTuner create(Map<String, ? extends EstimatorBase> estimatorDict,
            Map<String, String> objectiveMetricNameDict,
            Map<String, ? extends Map<String, ? extends ParameterRange>> hyperparameterRangesDict,
            Consumer<CreateOptions.Builder> options) {
        CreateOptions.Builder b = CreateOptions.builder();
        options.accept(b);
        return create(estimatorDict, objectiveMetricNameDict, hyperparameterRangesDict, b.build());
    }

    /**
     * A tuner of several estimators with kept options.
     *
     * @param estimatorDict            estimator name to estimator ({@code estimator_dict})
     * @param objectiveMetricNameDict  estimator name to its objective metric ({@code objective_metric_name_dict})
     * @param hyperparameterRangesDict estimator name to its ranges ({@code hyperparameter_ranges_dict})
     * @param options                  the optional arguments
     * @return the tuner
     */
    public static HyperparameterTuner create(Map<String, ? extends EstimatorBase> estimatorDict,
            Map<String, String> objectiveMetricNameDict,
            Map<String, ? extends Map<String, ? extends ParameterRange>> hyperparameterRangesDict,
            CreateOptions options) {
        Objects.requireNonNull(options, "options");
        // Python's _validate_create_tuner_inputs
        if (estimatorDict == null || estimatorDict.isEmpty()) {
            throw new ValidationException("estimatorDict", estimatorDict, "is empty: at least one estimator should"
                    + " be provided", "give the estimators to tune by name, e.g. Map.of(\"xgboost\", xgb)");
        }
        if (estimatorDict.keySet().stream().anyMatch(Objects::isNull)) {
            throw new ValidationException("estimatorDict", estimatorDict.keySet(), "has a null estimator name",
                    "name every estimator");
        }
        Set<String> names = new TreeSet<>(estimatorDict.keySet());
        for (String name : names) {
            if (!DEFINITION_NAME.matcher(name).matches()) {
                throw new ValidationException("estimatorDict", name, "is not a training job definition name: 1 to 64"
                        + " letters, digits and hyphens", "name the estimator e.g. xgboost or linear-1");
            }
        }
        validateDictArgument("objectiveMetricNameDict", objectiveMetricNameDict, names, true);
        validateDictArgument("hyperparameterRangesDict", hyperparameterRangesDict, names, true);
        validateDictArgument("metricDefinitionsDict", options.metricDefinitionsDict(), names, false);
        validateDictArgument("hyperparametersToKeepStaticDict", options.hyperparametersToKeepStaticDict(), names,
                false);
        Builder b = builder().strategy(options.strategy()).objectiveType(options.objectiveType())
                .maxParallelJobs(options.maxParallelJobs()).earlyStoppingType(options.earlyStoppingType())
                .autotune(options.autotune());
        b.maxJobs = options.maxJobs();
        b.maxRuntimeInSeconds = options.maxRuntimeInSeconds();
        b.randomSeed = options.randomSeed();
        b.tags = options.tags();
        b.baseTuningJobName = options.baseTuningJobName();
        b.warmStartConfig = options.warmStartConfig();
        b.strategyConfig = options.strategyConfig();
        b.completionCriteriaConfig = options.completionCriteriaConfig();
        b.estimatorDict = new LinkedHashMap<>();
        b.objectiveMetricNameDict = new LinkedHashMap<>();
        b.hyperparameterRangesDict = new LinkedHashMap<>();
        b.metricDefinitionsDict = new LinkedHashMap<>();
        b.hyperparametersToKeepStaticDict = new LinkedHashMap<>();
        for (String name : names) {
            b.estimatorDict.put(name, estimatorDict.get(name));
            b.objectiveMetricNameDict.put(name, objectiveMetricNameDict.get(name));
            Map<String, ? extends ParameterRange> ranges = hyperparameterRangesDict.get(name);
            b.hyperparameterRangesDict.put(name, ranges == null ? new LinkedHashMap<>() : new LinkedHashMap<>(ranges));
            if (options.metricDefinitionsDict() != null && options.metricDefinitionsDict().get(name) != null) {
                b.metricDefinitionsDict.put(name, options.metricDefinitionsDict().get(name));
            }
            if (options.hyperparametersToKeepStaticDict() != null
                    && options.hyperparametersToKeepStaticDict().get(name) != null) {
                List<String> keep = options.hyperparametersToKeepStaticDict().get(name);
                if (!options.autotune()) {
                    throw new ValidationException("hyperparametersToKeepStaticDict." + name, keep, "is set, but"
                            + " autotune is not enabled", "leave it out, or set autotune(true)");
                }
                if (new LinkedHashSet<>(keep).size() != keep.size()) {
                    throw new ValidationException("hyperparametersToKeepStaticDict." + name, keep,
                            "names a hyperparameter twice", "remove the duplicate names");
                }
                b.hyperparametersToKeepStaticDict.put(name, keep);
            }
        }
        return b.build();
    }

    /** Python's {@code _validate_dict_argument}: the keys must be the estimator names, or some of them. */
    private static void validateDictArgument(String field, Map<String, ?> value, Set<String> names,
            boolean requireSameKeys) {
        if (value == null) {
            if (requireSameKeys) {
                throw new ValidationException(field, null, "is missing", "give one entry for each of " + names);
            }
            return;
        }
        Set<String> keys = new TreeSet<>();
        for (String k : value.keySet()) {
            if (k == null) {
                throw new ValidationException(field, value.keySet(), "has a null key", "key it by " + names);
            }
            keys.add(k);
        }
        if (requireSameKeys && !keys.equals(names)) {
            throw new ValidationException(field, keys, "does not have the same keys as estimatorDict " + names,
                    "give exactly one entry for each of " + names);
        }
        if (!names.containsAll(keys)) {
            Set<String> unknown = new TreeSet<>(keys);
            unknown.removeAll(names);
            throw new ValidationException(field, unknown, "names estimators that are not in estimatorDict " + names,
                    "key it by a subset of " + names);
        }
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
        requireSingle("inputs");
        String name = jobName(options.jobName());
        CreateTrainingJobRequest training = estimator.trainingJobRequest(inputs, name);
        return start(name, training, options);
    }

    /**
     * Starts a tuning job of several estimators ({@link #create}) on each one's inputs and waits for it, as
     * {@code fit(inputs={"estimator_name": ...})}.
     *
     * @param inputs each estimator's channels, by estimator name (those left out train without input channels)
     * @return the tuning job's name
     */
    public String fit(TuningInputs inputs) {
        return fit(inputs, FitOptions.builder().build());
    }

    /**
     * Starts a tuning job of several estimators, as {@code fit(inputs, job_name=..., include_cls_metadata=...,
     * estimator_kwargs=..., wait=...)}.
     *
     * @param inputs  each estimator's channels, by estimator name
     * @param options the optional arguments
     * @return the tuning job's name
     */
    public String fit(TuningInputs inputs, Consumer<FitOptions.Builder> options) {
        FitOptions.Builder b = FitOptions.builder();
        options.accept(b);
        return fit(inputs, b.build());
    }

    /**
     * Starts a tuning job of several estimators with kept options.
     *
     * @param inputs  each estimator's channels, by estimator name
     * @param options the optional arguments
     * @return the tuning job's name
     * @throws ValidationException when this tuner has one unnamed estimator, or {@code inputs} or
     *                             {@code estimatorKwargs} name an estimator that is not in {@code estimatorDict}
     */
    public String fit(TuningInputs inputs, FitOptions options) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        if (estimatorDict == null) {
            throw new ValidationException("inputs", inputs.estimatorNames(), "are keyed by estimator name, but this"
                    + " tuner has one unnamed estimator", "pass its channels: fit(Map.of(\"train\", ...))");
        }
        Set<String> names = new TreeSet<>(estimatorDict.keySet());
        Map<String, Object> keyed = new LinkedHashMap<>();
        inputs.estimatorNames().forEach(k -> keyed.put(k, inputs.channels(k)));
        validateDictArgument("inputs", keyed, names, false);
        validateDictArgument("estimatorKwargs", options.estimatorKwargs(), names, false);
        String name = jobName(options.jobName());
        Map<String, CreateTrainingJobRequest> trainings = new LinkedHashMap<>();
        for (String estimatorName : names) {
            trainings.put(estimatorName, estimatorDict.get(estimatorName)
                    .trainingJobRequest(inputs.channels(estimatorName), name));
        }
        CreateHyperParameterTuningJobRequest request = requestForEstimators(name, trainings,
                options.includeClsMetadata());
        return send(name, request, options);
    }

    private void requireSingle(String field) {
        if (estimatorDict != null) {
            throw new ValidationException(field, null, "gives one estimator's channels, but this tuner tunes the"
                    + " estimators " + new TreeSet<>(estimatorDict.keySet()), "pass TuningInputs keyed by estimator"
                    + " name: fit(TuningInputs.builder().channels(name, channels)...build())");
        }
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
        requireSingle("input");
        String name = jobName(options.jobName());
        return start(name, estimator.trainingJobRequest(input, name), options);
    }

    private String jobName(String given) {
        if (given != null) {
            return validateJobName("jobName", given);
        }
        String base = baseTuningJobName != null ? baseTuningJobName
                : EstimatorBase.baseNameFromImage(firstEstimator().trainingImageUri());
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
        return send(name, request(name, training, options.includeClsMetadata()), options);
    }

    private String send(String name, CreateHyperParameterTuningJobRequest request, FitOptions options) {
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
        HyperParameterTuningJobConfig.Builder config = tuningConfig()
                .hyperParameterTuningJobObjective(o -> o.type(objectiveType).metricName(objectiveMetricName));
        Map<String, String> statics = staticHyperparameters(training, estimator, hyperparameterRanges.keySet(),
                includeClsMetadata);
        List<AutoParameter> auto = autoParameters(statics, hyperparametersToKeepStatic);
        config.parameterRanges(rangesWithAuto(hyperparameterRanges, auto));
        CreateHyperParameterTuningJobRequest.Builder b = CreateHyperParameterTuningJobRequest.builder()
                .hyperParameterTuningJobName(jobName)
                .hyperParameterTuningJobConfig(config.build())
                .trainingJobDefinition(trainingJobDefinition(training, statics, metricDefinitions, instanceConfigs)
                        .build());
        return finish(b);
    }

    /**
     * The request {@link #fit(TuningInputs, FitOptions)} sends: Python's {@code training_config_list}, one
     * {@code TrainingJobDefinitions} item per estimator in the order of their names, each with its
     * {@code DefinitionName}, {@code TuningObjective} and {@code HyperParameterRanges}; no objective or ranges in
     * {@code HyperParameterTuningJobConfig}.
     */
    CreateHyperParameterTuningJobRequest requestForEstimators(String jobName,
            Map<String, CreateTrainingJobRequest> trainings, boolean includeClsMetadata) {
        List<HyperParameterTrainingJobDefinition> definitions = new ArrayList<>();
        for (String name : new TreeSet<>(estimatorDict.keySet())) {
            Map<String, ParameterRange> ranges = hyperparameterRangesDict.get(name);
            Map<String, String> statics = staticHyperparameters(trainings.get(name), estimatorDict.get(name),
                    ranges.keySet(), includeClsMetadata);
            List<AutoParameter> auto = autoParameters(statics, hyperparametersToKeepStaticDict.get(name));
            Map<String, List<HyperParameterTuningInstanceConfig>> instances = instanceConfigsDict;
            definitions.add(trainingJobDefinition(trainings.get(name), statics, metricDefinitionsDict.get(name),
                    instances == null ? null : instances.get(name))
                    .definitionName(name)
                    .tuningObjective(o -> o.type(objectiveType).metricName(objectiveMetricNameDict.get(name)))
                    .hyperParameterRanges(rangesWithAuto(ranges, auto))
                    .build());
        }
        CreateHyperParameterTuningJobRequest.Builder b = CreateHyperParameterTuningJobRequest.builder()
                .hyperParameterTuningJobName(jobName)
                .hyperParameterTuningJobConfig(tuningConfig().build())
                .trainingJobDefinitions(definitions);
        return finish(b);
    }

    private HyperParameterTuningJobConfig.Builder tuningConfig() {
        HyperParameterTuningJobConfig.Builder config = HyperParameterTuningJobConfig.builder()
                .strategy(strategy)
                .resourceLimits(r -> r.maxNumberOfTrainingJobs(maxJobs).maxParallelTrainingJobs(maxParallelJobs)
                        .maxRuntimeInSeconds(maxRuntimeInSeconds))
                .trainingJobEarlyStoppingType(earlyStoppingType)
                .randomSeed(randomSeed);
        if (strategyConfig != null) {
            config.strategyConfig(strategyConfig);
        }
        if (completionCriteriaConfig != null) {
            config.tuningJobCompletionCriteria(completionCriteriaConfig);
        }
        return config;
    }

    private CreateHyperParameterTuningJobRequest finish(CreateHyperParameterTuningJobRequest.Builder b) {
        if (autotune) {
            b.autotune(a -> a.mode("Enabled"));
        }
        if (warmStartConfig != null) {
            b.warmStartConfig(warmStartConfig);
        }
        List<Tag> all = tagsForTuning();
        if (all != null) {
            b.tags(all);
        }
        return b.build();
    }

    /**
     * Python's {@code _prepare_auto_parameters}: with autotune, the static hyperparameters not kept become
     * {@code AutoParameters} (their values the hints) and are removed from {@code statics}; {@code null} without.
     */
    private List<AutoParameter> autoParameters(Map<String, String> statics, List<String> keep) {
        if (!autotune) {
            return null;
        }
        List<String> kept = keep == null ? List.of() : keep;
        if (!statics.keySet().containsAll(kept)) {
            Set<String> unknown = new TreeSet<>(kept);
            unknown.removeAll(statics.keySet());
            throw new ValidationException("hyperparametersToKeepStatic", unknown, "are not hyperparameters of the"
                    + " estimator", "name some of " + statics.keySet());
        }
        List<AutoParameter> auto = new ArrayList<>();
        for (Map.Entry<String, String> e : new ArrayList<>(statics.entrySet())) {
            if (!kept.contains(e.getKey())) {
                auto.add(AutoParameter.builder().name(e.getKey()).valueHint(e.getValue()).build());
                statics.remove(e.getKey());
            }
        }
        return auto;
    }

    /** The ranges as sent: the three lists when there are ranges, and the AutoParameters with autotune. */
    private static ParameterRanges rangesWithAuto(Map<String, ParameterRange> ranges, List<AutoParameter> auto) {
        if (auto == null) {
            return ParameterRange.toParameterRanges(ranges);
        }
        if (ranges == null || ranges.isEmpty()) {
            return ParameterRanges.builder().autoParameters(auto).build();
        }
        return ParameterRange.toParameterRanges(ranges).toBuilder().autoParameters(auto).build();
    }

    /** {@code _prepare_tags_for_tuning}: the tuner's tags, then the estimator's not already there. */
    private List<Tag> tagsForTuning() {
        EstimatorBase first = firstEstimator();
        List<Tag> estimatorTags = first.tags() == null ? List.of() : first.tags();
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

    /** {@code _prepare_static_hyperparameters}: the estimator's, less the tuned ones, and its class if asked. */
    private static Map<String, String> staticHyperparameters(CreateTrainingJobRequest t, EstimatorBase estimator,
            Set<String> tuned, boolean includeClsMetadata) {
        Map<String, String> statics = new LinkedHashMap<>(t.hyperParameters());
        tuned.forEach(statics::remove);
        if (includeClsMetadata) {
            statics.put(SAGEMAKER_ESTIMATOR_CLASS_NAME, "\"" + estimator.getClass().getSimpleName() + "\"");
            statics.put(SAGEMAKER_ESTIMATOR_MODULE, "\"" + estimator.getClass().getPackageName() + "\"");
        }
        return statics;
    }

    private static HyperParameterTrainingJobDefinition.Builder trainingJobDefinition(CreateTrainingJobRequest t,
            Map<String, String> statics, List<MetricDefinition> metricDefinitions,
            List<HyperParameterTuningInstanceConfig> instanceConfigs) {
        ResourceConfig rc = t.resourceConfig();
        // _prepare_hp_resource_config
        HyperParameterTuningResourceConfig.Builder resources = HyperParameterTuningResourceConfig.builder();
        if (rc.volumeKmsKeyId() != null) {
            resources.volumeKmsKeyId(rc.volumeKmsKeyId());
        }
        if (instanceConfigs == null) {
            resources.instanceCount(rc.instanceCount()).instanceType(rc.instanceTypeAsString())
                    .volumeSizeInGB(rc.volumeSizeInGB());
        } else {
            resources.instanceConfigs(instanceConfigs);
        }
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
        if (t.hasInputDataConfig() && !t.inputDataConfig().isEmpty()) {
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
        return d;
    }

    /**
     * The ranges as the request carries them ({@code hyperparameter_ranges()}).
     *
     * @return the service's {@code ParameterRanges}, or {@code null} for a tuner of several estimators
     *         ({@link #hyperparameterRangesDict()})
     */
    public ParameterRanges hyperparameterRanges() {
        return hyperparameterRanges == null ? null : ParameterRange.toParameterRanges(hyperparameterRanges);
    }

    /**
     * Each estimator's ranges as the request carries them, in the order of the names
     * ({@code hyperparameter_ranges_dict()}).
     *
     * @return estimator name to its {@code ParameterRanges}, or {@code null} for a tuner of one unnamed estimator
     */
    public Map<String, ParameterRanges> hyperparameterRangesDict() {
        if (hyperparameterRangesDict == null) {
            return null;
        }
        Map<String, ParameterRanges> all = new LinkedHashMap<>();
        for (String name : new TreeSet<>(hyperparameterRangesDict.keySet())) {
            all.put(name, ParameterRange.toParameterRanges(hyperparameterRangesDict.get(name)));
        }
        return Collections.unmodifiableMap(all);
    }

    /**
     * Runs every training job of this tuner on the given instance types instead of the estimator's, as
     * {@code override_resource_config(instance_configs)}: sent as {@code HyperParameterTuningResourceConfig
     * .InstanceConfigs} (the service picks among them; the local engine runs each job on the first).
     *
     * @param instanceConfigs the instance configurations, or {@code null} to remove the override
     */
    public void overrideResourceConfig(List<HyperParameterTuningInstanceConfig> instanceConfigs) {
        List<HyperParameterTuningInstanceConfig> copy = instanceConfigs == null ? null : List.copyOf(instanceConfigs);
        if (copy != null && (copy.isEmpty() || copy.size() > 6)) {
            throw new ValidationException("instanceConfigs", copy.size() + " configurations", "must hold 1 to 6"
                    + " instance configurations (the service's limit)", "give 1 to 6, or null to remove the override");
        }
        this.instanceConfigs = copy;
        if (estimatorDict != null) {
            Map<String, List<HyperParameterTuningInstanceConfig>> byName = new LinkedHashMap<>();
            if (copy != null) {
                byName.put(estimatorDict.keySet().iterator().next(), copy);
            }
            this.instanceConfigsDict = copy == null ? null : byName;
        }
    }

    /**
     * Runs each named estimator's training jobs on the given instance types, as {@code override_resource_config(
     * {"estimator_name": [...]})} for a tuner of several estimators.
     *
     * @param instanceConfigs estimator name to its instance configurations (a subset of the estimator names)
     * @throws ValidationException when a name is not one of {@code estimatorDict}'s
     */
    public void overrideResourceConfig(Map<String, List<HyperParameterTuningInstanceConfig>> instanceConfigs) {
        Objects.requireNonNull(instanceConfigs, "instanceConfigs");
        if (estimatorDict == null) {
            throw new ValidationException("instanceConfigs", instanceConfigs.keySet(), "is keyed by estimator name,"
                    + " but this tuner has one unnamed estimator", "pass the list of instance configurations");
        }
        validateDictArgument("instanceConfigs", instanceConfigs, new TreeSet<>(estimatorDict.keySet()), false);
        Map<String, List<HyperParameterTuningInstanceConfig>> copy = new LinkedHashMap<>();
        instanceConfigs.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.instanceConfigsDict = Collections.unmodifiableMap(copy);
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
     * An estimator attached to the best training job ({@code best_estimator()}): of the class of the estimator whose
     * definition the job belongs to ({@link JavaEstimator} for a Java entry point, {@link Estimator} otherwise).
     *
     * @return the estimator, its latest job the best one
     */
    public EstimatorBase bestEstimator() {
        return bestEstimator(null);
    }

    /**
     * An estimator attached to a given training job of the tuning job ({@code best_estimator(best_training_job)}).
     *
     * @param bestTrainingJob the training job's name ({@code best_training_job}, default: the best one)
     * @return the estimator, its latest job that one
     */
    public EstimatorBase bestEstimator(String bestTrainingJob) {
        String job = bestTrainingJob;
        EstimatorBase owner = estimator;
        if (estimatorDict != null) {
            String definition = null;
            if (job == null) {
                DescribeHyperParameterTuningJobResponse d = describe();
                job = bestTrainingJob();
                definition = d.bestTrainingJob().trainingJobDefinitionName();
            } else {
                String wanted = job;
                for (HyperParameterTrainingJobSummary s : trainingJobs()) {
                    if (s.trainingJobName().equals(wanted)) {
                        definition = s.trainingJobDefinitionName();
                    }
                }
            }
            owner = definition == null ? null : estimatorDict.get(definition);
        } else if (job == null) {
            job = bestTrainingJob();
        }
        return attachTrainingJob(owner == null ? null : owner.getClass(), job, session);
    }

    private List<HyperParameterTrainingJobSummary> trainingJobs() {
        List<HyperParameterTrainingJobSummary> all = new ArrayList<>();
        String token = null;
        do {
            ListTrainingJobsForHyperParameterTuningJobResponse page = session.api(TuningJobsApi.CAPABILITY)
                    .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                            .builder().hyperParameterTuningJobName(requireJob()).nextToken(token).build());
            all.addAll(page.trainingJobSummaries());
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    /** {@code estimator_cls.attach(training_job_name)}: a Java entry point's job as a JavaEstimator. */
    private static EstimatorBase attachTrainingJob(Class<?> cls, String job, Session session) {
        if (cls != null && JavaEstimator.class.isAssignableFrom(cls)) {
            return JavaEstimator.attach(job, session);
        }
        if (cls == null) {
            DescribeTrainingJobResponse d = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName(job).build());
            if (d.hyperParameters().containsKey(JavaEstimator.PROGRAM)
                    && JavaEstimator.IMAGE.equals(d.algorithmSpecification().trainingImage())) {
                return JavaEstimator.attach(job, session);
            }
        }
        return Estimator.attach(job, session);
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
     * {@code TrainingJobDefinition} (as {@code _prepare_estimator_from_job_description}), or, for a job of several
     * estimators, each from its item of {@code TrainingJobDefinitions} (as {@code create} would have them).
     *
     * @param tuningJobName the tuning job
     * @param session       the session it ran in
     * @return the tuner, its latest tuning job that one
     */
    public static HyperparameterTuner attach(String tuningJobName, Session session) {
        return attach(tuningJobName, session, AttachOptions.builder().build());
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
        return attach(tuningJobName, session, AttachOptions.builder().jobDetails(jobDetails).build());
    }

    /**
     * A tuner for an existing tuning job with the optional arguments of {@code attach(tuning_job_name,
     * sagemaker_session, job_details=..., estimator_cls=...)}.
     *
     * @param tuningJobName the tuning job
     * @param session       the session it ran in
     * @param options       the optional arguments
     * @return the tuner, its latest tuning job that one
     */
    public static HyperparameterTuner attach(String tuningJobName, Session session,
            Consumer<AttachOptions.Builder> options) {
        AttachOptions.Builder b = AttachOptions.builder();
        options.accept(b);
        return attach(tuningJobName, session, b.build());
    }

    /**
     * A tuner for an existing tuning job with kept options.
     *
     * @param tuningJobName the tuning job
     * @param session       the session it ran in
     * @param options       the optional arguments
     * @return the tuner, its latest tuning job that one
     * @throws ValidationException when {@code estimatorCls} is keyed by names that are not the job's definitions,
     *                             or names a class attach cannot rebuild
     */
    public static HyperparameterTuner attach(String tuningJobName, Session session, AttachOptions options) {
        validateJobName("tuningJobName", tuningJobName);
        Objects.requireNonNull(options, "options");
        DescribeHyperParameterTuningJobResponse d = options.jobDetails() != null ? options.jobDetails()
                : session.api(TuningJobsApi.CAPABILITY).describeHyperParameterTuningJob(
                        DescribeHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(tuningJobName)
                                .build());
        HyperParameterTuningJobConfig c = d.hyperParameterTuningJobConfig();
        Builder b = builder().session(session);
        HyperParameterTrainingJobDefinition t = d.trainingJobDefinition();
        if (t != null) {
            if (options.estimatorClsDict() != null) {
                throw new ValidationException("estimatorCls", options.estimatorClsDict().keySet(), "is keyed by"
                        + " definition name, but tuning job " + tuningJobName + " tunes one TrainingJobDefinition",
                        "pass one class: estimatorCls(JavaEstimator.class)");
            }
            b.estimator(rebuild(options.estimatorCls(), t, session))
                    .objectiveMetricName(c.hyperParameterTuningJobObjective().metricName())
                    .hyperparameterRanges(ParameterRange.fromParameterRanges(c.parameterRanges()));
            if (t.algorithmSpecification().hasMetricDefinitions()) {
                b.metricDefinitions(t.algorithmSpecification().metricDefinitions());
            }
        } else {
            Set<String> names = new TreeSet<>();
            d.trainingJobDefinitions().forEach(x -> names.add(x.definitionName()));
            validateDictArgument("estimatorCls", options.estimatorClsDict(), names, false);
            b.estimatorDict = new LinkedHashMap<>();
            b.objectiveMetricNameDict = new LinkedHashMap<>();
            b.hyperparameterRangesDict = new LinkedHashMap<>();
            b.metricDefinitionsDict = new LinkedHashMap<>();
            b.hyperparametersToKeepStaticDict = new LinkedHashMap<>();
            for (HyperParameterTrainingJobDefinition x : d.trainingJobDefinitions()) {
                String name = x.definitionName();
                Class<? extends EstimatorBase> cls = options.estimatorClsDict() == null ? null
                        : options.estimatorClsDict().get(name);
                b.estimatorDict.put(name, rebuild(cls, x, session));
                b.objectiveMetricNameDict.put(name, x.tuningObjective().metricName());
                b.hyperparameterRangesDict.put(name, new LinkedHashMap<>(ParameterRange.fromParameterRanges(
                        x.hyperParameterRanges())));
                if (x.algorithmSpecification().hasMetricDefinitions()) {
                    b.metricDefinitionsDict.put(name, x.algorithmSpecification().metricDefinitions());
                }
            }
            // _prepare_init_params_from_job_description: the objective type of the first definition
            b.objectiveType(d.trainingJobDefinitions().get(0).tuningObjective().typeAsString());
        }
        if (t != null) {
            b.objectiveType(c.hyperParameterTuningJobObjective().typeAsString());
        }
        b.strategy(c.strategyAsString())
                .maxParallelJobs(c.resourceLimits().maxParallelTrainingJobs())
                .earlyStoppingType(c.trainingJobEarlyStoppingTypeAsString() == null ? "Off"
                        : c.trainingJobEarlyStoppingTypeAsString());
        b.maxJobs = c.resourceLimits().maxNumberOfTrainingJobs();
        b.maxRuntimeInSeconds = c.resourceLimits().maxRuntimeInSeconds();
        b.randomSeed = c.randomSeed();
        b.autotune = d.autotune() != null && "Enabled".equals(d.autotune().modeAsString());
        b.warmStartConfig = d.warmStartConfig();
        b.strategyConfig = c.strategyConfig();
        b.completionCriteriaConfig = c.tuningJobCompletionCriteria();
        HyperparameterTuner tuner = b.build();
        tuner.latestTuningJob = tuningJobName;
        return tuner;
    }

    /**
     * {@code _prepare_estimator}: the estimator of a training job definition, of the class given, else of the class
     * its {@code sagemaker_estimator_class_name}/{@code _module} static hyperparameters name, else a
     * {@link JavaEstimator} for a Java entry point's image, else an {@link Estimator}.
     */
    private static EstimatorBase rebuild(Class<? extends EstimatorBase> given, HyperParameterTrainingJobDefinition t,
            Session session) {
        Map<String, String> hp = new LinkedHashMap<>(t.staticHyperParameters());
        hp.remove(TUNING_OBJECTIVE_METRIC);
        String clsName = hp.remove(SAGEMAKER_ESTIMATOR_CLASS_NAME);
        String module = hp.remove(SAGEMAKER_ESTIMATOR_MODULE);
        Class<?> cls = given;
        if (cls == null && clsName != null && module != null) {
            try {
                cls = Class.forName(module.replace("\"", "") + "." + clsName.replace("\"", ""));
            } catch (ClassNotFoundException | LinkageError e) {
                cls = null;
            }
        }
        String image = t.algorithmSpecification().trainingImage();
        if (cls == null) {
            cls = JavaEstimator.IMAGE.equals(image) && hp.containsKey(JavaEstimator.PROGRAM) ? JavaEstimator.class
                    : Estimator.class;
        }
        EstimatorBase.Builder<?, ?> e;
        if (cls == JavaEstimator.class) {
            String program = hp.remove(JavaEstimator.PROGRAM);
            if (program == null) {
                throw new ValidationException("estimatorCls", cls.getName(), "cannot rebuild a definition of image "
                        + image + " without the " + JavaEstimator.PROGRAM + " hyperparameter",
                        "attach it as an Estimator (leave estimatorCls out)");
            }
            e = JavaEstimator.builder().entryPoint(program);
        } else if (cls == Estimator.class) {
            e = Estimator.builder().imageUri(image);
        } else {
            throw new ValidationException("estimatorCls", cls.getName(), "is not a class attach rebuilds from a"
                    + " training job definition", "use Estimator.class or JavaEstimator.class");
        }
        e.session(session).role(t.roleArn()).outputPath(t.outputDataConfig().s3OutputPath()).hyperparameters(hp)
                .inputMode(t.algorithmSpecification().trainingInputModeAsString());
        HyperParameterTuningResourceConfig rc = t.hyperParameterTuningResourceConfig();
        if (rc != null) {
            HyperParameterTuningInstanceConfig first = rc.hasInstanceConfigs() && !rc.instanceConfigs().isEmpty()
                    ? rc.instanceConfigs().get(0) : null;
            Integer count = first != null ? first.instanceCount() : rc.instanceCount();
            String type = first != null ? first.instanceTypeAsString() : rc.instanceTypeAsString();
            Integer volume = first != null ? first.volumeSizeInGB() : rc.volumeSizeInGB();
            if (count != null) {
                e.instanceCount(count);
            }
            if (type != null) {
                e.instanceType(type);
            }
            if (volume != null) {
                e.volumeSize(volume);
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
        return e.build();
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
        Builder b = builder().session(session);
        if (estimatorDict != null) {
            if (estimatorDict.size() > 1) {
                throw new ValidationException("estimatorDict", estimatorDict.keySet(), "holds several estimators;"
                        + " warm start works only when tuning a single algorithm", "warm start a tuner of one"
                        + " estimator");
            }
            String only = estimatorDict.keySet().iterator().next();
            b.estimatorDict = new LinkedHashMap<>(Map.of(only, other != null ? other : estimatorDict.get(only)));
            b.objectiveMetricNameDict = new LinkedHashMap<>(objectiveMetricNameDict);
            b.hyperparameterRangesDict = new LinkedHashMap<>(hyperparameterRangesDict);
            b.metricDefinitionsDict = new LinkedHashMap<>(metricDefinitionsDict);
            b.hyperparametersToKeepStaticDict = new LinkedHashMap<>();
        } else {
            b.estimator(other != null ? other : estimator).objectiveMetricName(objectiveMetricName)
                    .hyperparameterRanges(hyperparameterRanges);
        }
        b.strategy(strategy).objectiveType(objectiveType).maxParallelJobs(maxParallelJobs)
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
     * @return {@code estimator}, or {@code null} for a tuner of named estimators ({@link #estimatorDict()})
     */
    public EstimatorBase estimator() {
        return estimator;
    }

    /**
     * The estimators by name, of a tuner made by {@link #create} or with {@code estimatorName}.
     *
     * @return {@code estimator_dict}, or {@code null} for a tuner of one unnamed estimator
     */
    public Map<String, EstimatorBase> estimatorDict() {
        return estimatorDict;
    }

    /**
     * Each estimator's objective metric, of a tuner of named estimators.
     *
     * @return {@code objective_metric_name_dict}, or {@code null} for a tuner of one unnamed estimator
     */
    public Map<String, String> objectiveMetricNameDict() {
        return objectiveMetricNameDict;
    }

    /**
     * Whether the ranges and other unset settings are chosen automatically.
     *
     * @return {@code autotune}
     */
    public boolean autotune() {
        return autotune;
    }

    /**
     * The hyperparameters autotune keeps static.
     *
     * @return {@code hyperparameters_to_keep_static}, or {@code null}
     */
    public List<String> hyperparametersToKeepStatic() {
        return hyperparametersToKeepStatic;
    }

    /**
     * The objective metric's name.
     *
     * @return {@code objective_metric_name}, or {@code null} for a tuner of named estimators
     */
    public String objectiveMetricName() {
        return objectiveMetricName;
    }

    /**
     * The ranges by hyperparameter, in the order given.
     *
     * @return {@code hyperparameter_ranges}, or {@code null} for a tuner of named estimators
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
     * The optional arguments of {@code fit}, as the Python keywords {@code job_name}, {@code include_cls_metadata},
     * {@code estimator_kwargs} and {@code wait}.
     */
    public static final class FitOptions {
        private final String jobName;
        private final boolean includeClsMetadata;
        private final boolean waitForJob;
        private final Map<String, EstimatorBase.FitOptions> estimatorKwargs;

        private FitOptions(Builder b) {
            this.jobName = b.jobName;
            this.includeClsMetadata = b.includeClsMetadata;
            this.waitForJob = b.waitForJob;
            this.estimatorKwargs = b.estimatorKwargs == null ? null
                    : Collections.unmodifiableMap(new LinkedHashMap<>(b.estimatorKwargs));
        }

        /**
         * Each estimator's own fit arguments, of a tuner of named estimators.
         *
         * @return {@code estimator_kwargs}, or {@code null}
         */
        public Map<String, EstimatorBase.FitOptions> estimatorKwargs() {
            return estimatorKwargs;
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
            return builder().jobName(jobName).includeClsMetadata(includeClsMetadata).wait(waitForJob)
                    .estimatorKwargs(estimatorKwargs);
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
                    && ((FitOptions) o).waitForJob == waitForJob
                    && Objects.equals(((FitOptions) o).estimatorKwargs, estimatorKwargs);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobName, includeClsMetadata, waitForJob, estimatorKwargs);
        }

        @Override
        public String toString() {
            return "FitOptions[jobName=" + jobName + ", includeClsMetadata=" + includeClsMetadata + ", wait="
                    + waitForJob + ", estimatorKwargs=" + estimatorKwargs + "]";
        }

        /** Builds {@link FitOptions}. */
        public static final class Builder {
            private String jobName;
            private boolean includeClsMetadata;
            private boolean waitForJob = true;
            private Map<String, EstimatorBase.FitOptions> estimatorKwargs;

            private Builder() {
            }

            /**
             * Each estimator's own fit arguments, by estimator name, for a tuner of named estimators
             * ({@code estimator_kwargs}, default none). The names are checked as Python checks them (a subset of
             * the estimator names). As in Python, where only record-set inputs of Amazon algorithms read them,
             * they do not change the tuning request: the tuning job's training jobs take their name, logs and
             * experiment from the tuning job.
             *
             * @param kwargs estimator name to its fit options
             * @return this builder
             */
            public Builder estimatorKwargs(Map<String, EstimatorBase.FitOptions> kwargs) {
                this.estimatorKwargs = kwargs;
                return this;
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

    /**
     * The optional arguments of {@code HyperparameterTuner.create}, as the Python keywords of the same names (in
     * lowerCamelCase), with Python's defaults.
     */
    public static final class CreateOptions {
        private final Map<String, List<MetricDefinition>> metricDefinitionsDict;
        private final String baseTuningJobName;
        private final String strategy;
        private final HyperParameterTuningJobStrategyConfig strategyConfig;
        private final TuningJobCompletionCriteria completionCriteriaConfig;
        private final String objectiveType;
        private final Integer maxJobs;
        private final int maxParallelJobs;
        private final Integer maxRuntimeInSeconds;
        private final List<Tag> tags;
        private final HyperParameterTuningJobWarmStartConfig warmStartConfig;
        private final String earlyStoppingType;
        private final Integer randomSeed;
        private final boolean autotune;
        private final Map<String, List<String>> hyperparametersToKeepStaticDict;

        private CreateOptions(Builder b) {
            this.metricDefinitionsDict = b.metricDefinitionsDict;
            this.baseTuningJobName = b.baseTuningJobName;
            this.strategy = b.strategy;
            this.strategyConfig = b.strategyConfig;
            this.completionCriteriaConfig = b.completionCriteriaConfig;
            this.objectiveType = b.objectiveType;
            this.maxJobs = b.maxJobs;
            this.maxParallelJobs = b.maxParallelJobs;
            this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
            this.tags = b.tags;
            this.warmStartConfig = b.warmStartConfig;
            this.earlyStoppingType = b.earlyStoppingType;
            this.randomSeed = b.randomSeed;
            this.autotune = b.autotune;
            this.hyperparametersToKeepStaticDict = b.hyperparametersToKeepStaticDict;
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
            Builder b = new Builder();
            b.metricDefinitionsDict = metricDefinitionsDict;
            b.baseTuningJobName = baseTuningJobName;
            b.strategy = strategy;
            b.strategyConfig = strategyConfig;
            b.completionCriteriaConfig = completionCriteriaConfig;
            b.objectiveType = objectiveType;
            b.maxJobs = maxJobs;
            b.maxParallelJobs = maxParallelJobs;
            b.maxRuntimeInSeconds = maxRuntimeInSeconds;
            b.tags = tags;
            b.warmStartConfig = warmStartConfig;
            b.earlyStoppingType = earlyStoppingType;
            b.randomSeed = randomSeed;
            b.autotune = autotune;
            b.hyperparametersToKeepStaticDict = hyperparametersToKeepStaticDict;
            return b;
        }

        /**
         * Each estimator's metric definitions.
         *
         * @return {@code metric_definitions_dict}, or {@code null}
         */
        public Map<String, List<MetricDefinition>> metricDefinitionsDict() {
            return metricDefinitionsDict;
        }

        /**
         * The prefix of the tuning job's name.
         *
         * @return {@code base_tuning_job_name}, or {@code null}
         */
        public String baseTuningJobName() {
            return baseTuningJobName;
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
         * The strategy's configuration.
         *
         * @return {@code strategy_config}, or {@code null}
         */
        public HyperParameterTuningJobStrategyConfig strategyConfig() {
            return strategyConfig;
        }

        /**
         * The completion criteria.
         *
         * @return {@code completion_criteria_config}, or {@code null}
         */
        public TuningJobCompletionCriteria completionCriteriaConfig() {
            return completionCriteriaConfig;
        }

        /**
         * The objective type of every estimator.
         *
         * @return {@code objective_type}
         */
        public String objectiveType() {
            return objectiveType;
        }

        /**
         * The most training jobs.
         *
         * @return {@code max_jobs}, or {@code null} (1, or the grid's size for Grid)
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
         * The longest the tuning job runs.
         *
         * @return {@code max_runtime_in_seconds}, or {@code null}
         */
        public Integer maxRuntimeInSeconds() {
            return maxRuntimeInSeconds;
        }

        /**
         * The tuning job's tags.
         *
         * @return {@code tags}, or {@code null}
         */
        public List<Tag> tags() {
            return tags;
        }

        /**
         * The warm start.
         *
         * @return {@code warm_start_config}, or {@code null}
         */
        public HyperParameterTuningJobWarmStartConfig warmStartConfig() {
            return warmStartConfig;
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
         * The seed of the search.
         *
         * @return {@code random_seed}, or {@code null}
         */
        public Integer randomSeed() {
            return randomSeed;
        }

        /**
         * Whether to autotune.
         *
         * @return {@code autotune}
         */
        public boolean autotune() {
            return autotune;
        }

        /**
         * The hyperparameters each estimator keeps static with autotune.
         *
         * @return {@code hyperparameters_to_keep_static_dict}, or {@code null}
         */
        public Map<String, List<String>> hyperparametersToKeepStaticDict() {
            return hyperparametersToKeepStaticDict;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof CreateOptions)) {
                return false;
            }
            CreateOptions x = (CreateOptions) o;
            return Objects.equals(metricDefinitionsDict, x.metricDefinitionsDict)
                    && Objects.equals(baseTuningJobName, x.baseTuningJobName) && strategy.equals(x.strategy)
                    && Objects.equals(strategyConfig, x.strategyConfig)
                    && Objects.equals(completionCriteriaConfig, x.completionCriteriaConfig)
                    && objectiveType.equals(x.objectiveType) && Objects.equals(maxJobs, x.maxJobs)
                    && maxParallelJobs == x.maxParallelJobs
                    && Objects.equals(maxRuntimeInSeconds, x.maxRuntimeInSeconds) && Objects.equals(tags, x.tags)
                    && Objects.equals(warmStartConfig, x.warmStartConfig)
                    && earlyStoppingType.equals(x.earlyStoppingType) && Objects.equals(randomSeed, x.randomSeed)
                    && autotune == x.autotune
                    && Objects.equals(hyperparametersToKeepStaticDict, x.hyperparametersToKeepStaticDict);
        }

        @Override
        public int hashCode() {
            return Objects.hash(metricDefinitionsDict, baseTuningJobName, strategy, strategyConfig,
                    completionCriteriaConfig, objectiveType, maxJobs, maxParallelJobs, maxRuntimeInSeconds, tags,
                    warmStartConfig, earlyStoppingType, randomSeed, autotune, hyperparametersToKeepStaticDict);
        }

        @Override
        public String toString() {
            return "CreateOptions[strategy=" + strategy + ", objectiveType=" + objectiveType + ", maxJobs=" + maxJobs
                    + ", maxParallelJobs=" + maxParallelJobs + ", maxRuntimeInSeconds=" + maxRuntimeInSeconds
                    + ", earlyStoppingType=" + earlyStoppingType + ", randomSeed=" + randomSeed + ", autotune="
                    + autotune + ", baseTuningJobName=" + baseTuningJobName + ", metricDefinitionsDict="
                    + metricDefinitionsDict + ", hyperparametersToKeepStaticDict=" + hyperparametersToKeepStaticDict
                    + ", tags=" + tags + ", warmStartConfig=" + warmStartConfig + ", strategyConfig="
                    + strategyConfig + ", completionCriteriaConfig=" + completionCriteriaConfig + "]";
        }

        /** Builds {@link CreateOptions}. */
        public static final class Builder {
            private Map<String, List<MetricDefinition>> metricDefinitionsDict;
            private String baseTuningJobName;
            private String strategy = "Bayesian";
            private HyperParameterTuningJobStrategyConfig strategyConfig;
            private TuningJobCompletionCriteria completionCriteriaConfig;
            private String objectiveType = "Maximize";
            private Integer maxJobs;
            private int maxParallelJobs = 1;
            private Integer maxRuntimeInSeconds;
            private List<Tag> tags;
            private HyperParameterTuningJobWarmStartConfig warmStartConfig;
            private String earlyStoppingType = "Off";
            private Integer randomSeed;
            private boolean autotune;
            private Map<String, List<String>> hyperparametersToKeepStaticDict;

            private Builder() {
            }

            /**
             * Each estimator's metric definitions, by estimator name ({@code metric_definitions_dict}, default
             * none: the algorithms' built-in metrics).
             *
             * @param dict estimator name to its definitions (a subset of the names)
             * @return this builder
             */
            public Builder metricDefinitionsDict(Map<String, List<MetricDefinition>> dict) {
                this.metricDefinitionsDict = dict == null ? null : new LinkedHashMap<>(dict);
                return this;
            }

            /**
             * The prefix of the tuning job's name ({@code base_tuning_job_name}, default from the first
             * estimator's image).
             *
             * @param base the prefix
             * @return this builder
             */
            public Builder baseTuningJobName(String base) {
                this.baseTuningJobName = base;
                return this;
            }

            /**
             * The search strategy ({@code strategy}, default {@code "Bayesian"}).
             *
             * @param strategy Bayesian, Random, Hyperband or Grid
             * @return this builder
             */
            public Builder strategy(String strategy) {
                this.strategy = strategy;
                return this;
            }

            /**
             * The strategy's configuration ({@code strategy_config}, default none).
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
             * Whether to maximise or minimise every estimator's objective ({@code objective_type}, default
             * {@code "Maximize"}).
             *
             * @param type Maximize or Minimize
             * @return this builder
             */
            public Builder objectiveType(String type) {
                this.objectiveType = type;
                return this;
            }

            /**
             * The most training jobs, over all estimators ({@code max_jobs}, default 1; for Grid, the grids' size).
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
             * The tuning job's tags ({@code tags}, default none; the first estimator's are added).
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(List<Tag> tags) {
                this.tags = tags == null ? null : List.copyOf(tags);
                return this;
            }

            /**
             * The tuning job's tags as Python's {@code {"key": "value"}} form.
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
             * The warm start ({@code warm_start_config}, default none); the service takes it only for one
             * estimator.
             *
             * @param config the service's shape
             * @return this builder
             */
            public Builder warmStartConfig(HyperParameterTuningJobWarmStartConfig config) {
                this.warmStartConfig = config;
                return this;
            }

            /**
             * Whether training jobs may be stopped early ({@code early_stopping_type}, default {@code "Off"}); the
             * service takes Auto only for one estimator.
             *
             * @param type Off or Auto
             * @return this builder
             */
            public Builder earlyStoppingType(String type) {
                this.earlyStoppingType = type;
                return this;
            }

            /**
             * The seed of the search ({@code random_seed}, default none).
             *
             * @param seed the seed
             * @return this builder
             */
            public Builder randomSeed(int seed) {
                this.randomSeed = seed;
                return this;
            }

            /**
             * Whether ranges and other unset settings are chosen automatically ({@code autotune}, default
             * {@code false}).
             *
             * @param autotune whether to autotune
             * @return this builder
             */
            public Builder autotune(boolean autotune) {
                this.autotune = autotune;
                return this;
            }

            /**
             * The hyperparameters each estimator keeps static with autotune ({@code
             * hyperparameters_to_keep_static_dict}, default none).
             *
             * @param dict estimator name to hyperparameter names (a subset of the names)
             * @return this builder
             */
            public Builder hyperparametersToKeepStaticDict(Map<String, List<String>> dict) {
                this.hyperparametersToKeepStaticDict = dict == null ? null : new LinkedHashMap<>(dict);
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public CreateOptions build() {
                return new CreateOptions(this);
            }
        }
    }

    /**
     * The optional arguments of {@code HyperparameterTuner.attach}, as the Python keywords {@code job_details} and
     * {@code estimator_cls}.
     */
    public static final class AttachOptions {
        private final DescribeHyperParameterTuningJobResponse jobDetails;
        private final Class<? extends EstimatorBase> estimatorCls;
        private final Map<String, Class<? extends EstimatorBase>> estimatorClsDict;

        private AttachOptions(Builder b) {
            this.jobDetails = b.jobDetails;
            this.estimatorCls = b.estimatorCls;
            this.estimatorClsDict = b.estimatorClsDict == null ? null
                    : Collections.unmodifiableMap(new LinkedHashMap<>(b.estimatorClsDict));
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
            Builder b = new Builder().jobDetails(jobDetails);
            b.estimatorCls = estimatorCls;
            b.estimatorClsDict = estimatorClsDict;
            return b;
        }

        /**
         * The tuning job's description.
         *
         * @return {@code job_details}, or {@code null} to describe it
         */
        public DescribeHyperParameterTuningJobResponse jobDetails() {
            return jobDetails;
        }

        /**
         * The class of the estimator to rebuild, for a tuning job of one definition.
         *
         * @return {@code estimator_cls}, or {@code null} to derive it
         */
        public Class<? extends EstimatorBase> estimatorCls() {
            return estimatorCls;
        }

        /**
         * The classes of the estimators to rebuild, by definition name, for a tuning job of several.
         *
         * @return {@code estimator_cls} as a dict, or {@code null}
         */
        public Map<String, Class<? extends EstimatorBase>> estimatorClsDict() {
            return estimatorClsDict;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AttachOptions && Objects.equals(((AttachOptions) o).jobDetails, jobDetails)
                    && Objects.equals(((AttachOptions) o).estimatorCls, estimatorCls)
                    && Objects.equals(((AttachOptions) o).estimatorClsDict, estimatorClsDict);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobDetails, estimatorCls, estimatorClsDict);
        }

        @Override
        public String toString() {
            return "AttachOptions[jobDetails=" + (jobDetails == null ? null : jobDetails.hyperParameterTuningJobName())
                    + ", estimatorCls=" + estimatorCls + ", estimatorClsDict=" + estimatorClsDict + "]";
        }

        /** Builds {@link AttachOptions}. */
        public static final class Builder {
            private DescribeHyperParameterTuningJobResponse jobDetails;
            private Class<? extends EstimatorBase> estimatorCls;
            private Map<String, Class<? extends EstimatorBase>> estimatorClsDict;

            private Builder() {
            }

            /**
             * The tuning job's DescribeHyperParameterTuningJob response ({@code job_details}, default: describe
             * it).
             *
             * @param details the response
             * @return this builder
             */
            public Builder jobDetails(DescribeHyperParameterTuningJobResponse details) {
                this.jobDetails = details;
                return this;
            }

            /**
             * The class of the estimator rebuilt from the job's {@code TrainingJobDefinition} ({@code estimator_cls},
             * default: from the {@code sagemaker_estimator_class_name} static hyperparameter, else
             * {@link JavaEstimator} for a Java entry point's image, else {@link Estimator}).
             *
             * @param cls {@code Estimator.class} or {@code JavaEstimator.class}
             * @return this builder
             */
            public Builder estimatorCls(Class<? extends EstimatorBase> cls) {
                this.estimatorCls = cls;
                this.estimatorClsDict = null;
                return this;
            }

            /**
             * The classes of the estimators rebuilt from a job of several definitions, by {@code DefinitionName}
             * ({@code estimator_cls} as a dict; those left out are derived).
             *
             * @param classes definition name to class
             * @return this builder
             */
            public Builder estimatorCls(Map<String, Class<? extends EstimatorBase>> classes) {
                this.estimatorClsDict = classes;
                this.estimatorCls = null;
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public AttachOptions build() {
                return new AttachOptions(this);
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
        private String estimatorName;
        private boolean autotune;
        private List<String> hyperparametersToKeepStatic;
        private Map<String, EstimatorBase> estimatorDict;
        private Map<String, String> objectiveMetricNameDict;
        private Map<String, Map<String, ParameterRange>> hyperparameterRangesDict;
        private Map<String, List<MetricDefinition>> metricDefinitionsDict;
        private Map<String, List<String>> hyperparametersToKeepStaticDict;

        private Builder() {
        }

        /**
         * A name for the estimator ({@code estimator_name}, default none): as in Python, a named estimator is sent
         * as the one item of {@code TrainingJobDefinitions} with this {@code DefinitionName}, and the tuner takes
         * {@link TuningInputs} keyed by the name.
         *
         * @param name 1 to 64 letters, digits and hyphens
         * @return this builder
         */
        public Builder estimatorName(String name) {
            if (name != null && !DEFINITION_NAME.matcher(name).matches()) {
                throw new ValidationException("estimatorName", name, "is not a training job definition name: 1 to"
                        + " 64 letters, digits and hyphens", "name the estimator e.g. xgboost");
            }
            this.estimatorName = name;
            return this;
        }

        /**
         * Whether the ranges and other unset settings are chosen automatically ({@code autotune}, default
         * {@code false}): sent as {@code Autotune{Mode=Enabled}}, the estimator's hyperparameters not kept static as
         * {@code AutoParameters}; the ranges may then be left out. The local engine tunes a built-in algorithm's
         * recommended hyperparameters (XGBoost's alpha, eta, gamma, lambda, max_depth, min_child_weight, subsample,
         * colsample_bytree) and describes the ranges it chose.
         *
         * @param autotune whether to autotune
         * @return this builder
         */
        public Builder autotune(boolean autotune) {
            this.autotune = autotune;
            return this;
        }

        /**
         * The estimator's hyperparameters autotune keeps static ({@code hyperparameters_to_keep_static}, default
         * none: with autotune, every hyperparameter goes as an AutoParameter); only with {@code autotune(true)}.
         *
         * @param names hyperparameter names of the estimator, each once
         * @return this builder
         */
        public Builder hyperparametersToKeepStatic(List<String> names) {
            this.hyperparametersToKeepStatic = names == null ? null : new ArrayList<>(names);
            return this;
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
