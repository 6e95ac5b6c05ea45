/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobStore;
import dev.sagemaker4j.local.LocalAlgorithm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobObjective;
import software.amazon.awssdk.services.sagemaker.model.HyperbandStrategyConfig;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;
import software.amazon.awssdk.services.sagemaker.model.ParentHyperParameterTuningJob;
import software.amazon.awssdk.services.sagemaker.model.ResourceLimits;

/**
 * CreateHyperParameterTuningJob's checks, as the service makes them, all before the record exists and any training
 * job starts: each a {@link ValidationException} naming the request field and the fix.
 */
final class TuningValidation {
    static final Set<String> LOCAL_STRATEGIES = Set.of("Bayesian", "Random", "Grid", "Hyperband");
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}$");
    private static final String CONFIG = "HyperParameterTuningJobConfig.";
    private static final Pattern DEFINITION_NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,63}$");

    private TuningValidation() {
    }

    /**
     * Checks a request, and fills in the ranges autotune picks ({@link AutotuneRanges}).
     *
     * @return the request the engine runs: the one given, with autotune's ranges
     */
    static CreateHyperParameterTuningJobRequest validate(CreateHyperParameterTuningJobRequest request,
            Algorithms algorithms, JobStore jobs) {
        String name = request.hyperParameterTuningJobName();
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException("HyperParameterTuningJobName", name, "is not a tuning job name: 1 to 32"
                    + " letters, digits and hyphens, starting and ending with a letter or digit",
                    "choose a shorter or plainer name");
        }
        HyperParameterTuningJobConfig config = request.hyperParameterTuningJobConfig();
        if (config == null) {
            throw new ValidationException("HyperParameterTuningJobConfig", null, "is missing",
                    "give the strategy, objective, resource limits and parameter ranges");
        }
        String strategy = config.strategyAsString();
        if (strategy == null || !Set.of("Bayesian", "Random", "Hyperband", "Grid").contains(strategy)) {
            throw new ValidationException(CONFIG + "Strategy", strategy, "is not a tuning strategy",
                    "use Bayesian, Random, Hyperband or Grid");
        }
        if (!LOCAL_STRATEGIES.contains(strategy)) {
            throw new ValidationException(CONFIG + "Strategy", strategy, "is not run by the local backend yet",
                    "use Bayesian, Random or Grid locally, or the sagemaker backend for Hyperband");
        }
        boolean multi = request.hasTrainingJobDefinitions() && !request.trainingJobDefinitions().isEmpty();
        if (multi && request.trainingJobDefinition() != null) {
            throw new ValidationException("TrainingJobDefinitions", request.trainingJobDefinitions().size()
                    + " definitions", "are given with TrainingJobDefinition", "give one of the two:"
                    + " TrainingJobDefinition for one algorithm, TrainingJobDefinitions for several");
        }
        if (!multi && request.trainingJobDefinition() == null) {
            throw new ValidationException("TrainingJobDefinition", null, "is missing",
                    "give the training job definition (the estimator's), or TrainingJobDefinitions");
        }
        if (multi) {
            validateMulti(request, config, strategy);
        }
        if (request.autotune() != null && !"Enabled".equals(request.autotune().modeAsString())) {
            throw new ValidationException("Autotune.Mode", request.autotune().modeAsString(), "is not an autotune"
                    + " mode", "use Enabled, or leave Autotune out");
        }
        String earlyStopping = config.trainingJobEarlyStoppingTypeAsString();
        if (earlyStopping != null && !"Off".equals(earlyStopping) && !"Auto".equals(earlyStopping)) {
            throw new ValidationException(CONFIG + "TrainingJobEarlyStoppingType", earlyStopping,
                    "is not an early stopping type", "use Off or Auto");
        }
        CreateHyperParameterTuningJobRequest resolved = AutotuneRanges.resolve(request, algorithms);
        for (TuningDefinition td : TuningDefinition.of(resolved)) {
            validateDefinition(td, resolved.hyperParameterTuningJobConfig(), strategy, algorithms);
        }
        validateLimits(config.resourceLimits(), strategy);
        if (request.warmStartConfig() != null) {
            List<ParentHyperParameterTuningJob> parents = request.warmStartConfig().parentHyperParameterTuningJobs();
            if (parents.isEmpty() || parents.size() > 5) {
                throw new ValidationException("WarmStartConfig.ParentHyperParameterTuningJobs", parents.size()
                        + " parents", "must name 1 to 5 parent tuning jobs", "name 1 to 5 parents");
            }
            String type = request.warmStartConfig().warmStartTypeAsString();
            if (!"IdenticalDataAndAlgorithm".equals(type) && !"TransferLearning".equals(type)) {
                throw new ValidationException("WarmStartConfig.WarmStartType", type, "is not a warm start type",
                        "use IdenticalDataAndAlgorithm or TransferLearning");
            }
            for (ParentHyperParameterTuningJob parent : parents) {
                String parentName = parent.hyperParameterTuningJobName();
                if (parentName == null || jobs.find(JobKind.TUNING, parentName).isEmpty()) {
                    throw new ResourceNotFoundException("hyperparameter tuning job", parentName,
                            "WarmStartConfig.ParentHyperParameterTuningJobs names a tuning job that does not exist;"
                                    + " list them with ListHyperParameterTuningJobs");
                }
                DescribeHyperParameterTuningJobResponse p = jobs.get(JobKind.TUNING, parentName);
                WarmStart.checkParent(type, parentName, p, resolved);
            }
        }
        return resolved;
    }

    /** What the service asks of TrainingJobDefinitions (multi-algorithm tuning). */
    private static void validateMulti(CreateHyperParameterTuningJobRequest request,
            HyperParameterTuningJobConfig config, String strategy) {
        List<HyperParameterTrainingJobDefinition> definitions = request.trainingJobDefinitions();
        if (definitions.size() > 10) {
            throw new ValidationException("TrainingJobDefinitions", definitions.size() + " definitions",
                    "is more than the service's 10", "tune at most 10 training job definitions");
        }
        Set<String> names = new HashSet<>();
        String type = null;
        for (int i = 0; i < definitions.size(); i++) {
            HyperParameterTrainingJobDefinition d = definitions.get(i);
            String field = "TrainingJobDefinitions[" + i + "]";
            if (d.definitionName() == null || !DEFINITION_NAME.matcher(d.definitionName()).matches()) {
                throw new ValidationException(field + ".DefinitionName", d.definitionName(), "is not a definition"
                        + " name: 1 to 64 letters, digits and hyphens", "name each definition (the estimator's"
                        + " name in HyperparameterTuner.create)");
            }
            if (!names.add(d.definitionName())) {
                throw new ValidationException(field + ".DefinitionName", d.definitionName(), "names a second"
                        + " definition", "give each definition its own name");
            }
            if (d.tuningObjective() == null) {
                throw new ValidationException(field + ".TuningObjective", null, "is missing", "give each definition"
                        + " its objective (type and metric name)");
            }
            if (type != null && !type.equals(d.tuningObjective().typeAsString())) {
                throw new ValidationException(field + ".TuningObjective.Type", d.tuningObjective().typeAsString(),
                        "differs from the first definition's " + type + ": the best job is chosen across all"
                                + " definitions", "give every definition the same objective type");
            }
            type = d.tuningObjective().typeAsString();
        }
        if (config.hyperParameterTuningJobObjective() != null) {
            throw new ValidationException(CONFIG + "HyperParameterTuningJobObjective", config
                    .hyperParameterTuningJobObjective().metricName(), "is given with TrainingJobDefinitions",
                    "give each definition's objective in its TuningObjective instead");
        }
        ParameterRanges shared = config.parameterRanges();
        if (shared != null && (!shared.continuousParameterRanges().isEmpty()
                || !shared.integerParameterRanges().isEmpty() || !shared.categoricalParameterRanges().isEmpty())) {
            throw new ValidationException(CONFIG + "ParameterRanges", "ranges", "are given with"
                    + " TrainingJobDefinitions", "give each definition's ranges in its HyperParameterRanges");
        }
        if (definitions.size() > 1 && request.warmStartConfig() != null) {
            throw new ValidationException("WarmStartConfig", request.warmStartConfig().warmStartTypeAsString(),
                    "is not available with TrainingJobDefinitions: warm start works only when tuning a single"
                            + " algorithm", "tune one estimator to warm start, or leave warmStartConfig out");
        }
        if (definitions.size() > 1 && "Auto".equals(config.trainingJobEarlyStoppingTypeAsString())) {
            throw new ValidationException(CONFIG + "TrainingJobEarlyStoppingType", "Auto", "is not available with"
                    + " TrainingJobDefinitions: early stopping works only when tuning a single algorithm",
                    "set earlyStoppingType Off, or tune one estimator");
        }
        if (definitions.size() > 1 && "Hyperband".equals(strategy)) {
            throw new ValidationException(CONFIG + "Strategy", strategy, "is not run with TrainingJobDefinitions by"
                    + " the local backend (its rungs compare one objective)", "use Bayesian, Random or Grid for"
                    + " several algorithms, or tune one estimator with Hyperband");
        }
    }

    private static void validateDefinition(TuningDefinition td, HyperParameterTuningJobConfig config,
            String strategy, Algorithms algorithms) {
        HyperParameterTrainingJobDefinition definition = td.definition;
        HyperParameterTuningJobObjective objective = td.objective;
        if (objective == null || objective.metricName() == null || objective.metricName().isBlank()) {
            throw new ValidationException(td.objectiveField + ".MetricName",
                    objective == null ? null : objective.metricName(), "is missing", "name the metric to optimise");
        }
        if (!"Maximize".equals(objective.typeAsString()) && !"Minimize".equals(objective.typeAsString())) {
            throw new ValidationException(td.objectiveField + ".Type", objective.typeAsString(),
                    "is not an objective type", "use Maximize or Minimize");
        }
        if ("Hyperband".equals(strategy)) {
            validateHyperband(config, definition);
        } else if (config.strategyConfig() != null && config.strategyConfig().hyperbandStrategyConfig() != null) {
            throw new ValidationException(CONFIG + "StrategyConfig.HyperbandStrategyConfig", strategy,
                    "is given with a strategy other than Hyperband", "use the Hyperband strategy, or drop it");
        }
        SearchSpace space = validateRanges(td.rangesField + ".", td.ranges, strategy, definition);
        LocalAlgorithm algorithm = algorithms.forImage(td.field + ".AlgorithmSpecification.TrainingImage",
                definition.algorithmSpecification() == null ? null
                        : definition.algorithmSpecification().trainingImage());
        validateObjectiveMetric(td.objectiveField + ".MetricName", objective.metricName(), definition, algorithm);
        validateHyperparameters(td.rangesField, space, definition, algorithm);
    }

    /** The static hyperparameters Hyperband reads MaxResource from when the request does not give it. */
    static final List<String> RESOURCE_HYPERPARAMETERS = List.of("epochs", "numepochs", "n-epochs", "n_epochs",
            "num_epochs", "num_round");

    private static void validateHyperband(HyperParameterTuningJobConfig config,
            HyperParameterTrainingJobDefinition definition) {
        String earlyStopping = config.trainingJobEarlyStoppingTypeAsString();
        if ("Auto".equals(earlyStopping)) {
            throw new ValidationException(CONFIG + "TrainingJobEarlyStoppingType", earlyStopping,
                    "must be Off with the Hyperband strategy, which stops jobs early itself",
                    "set early stopping Off (or leave it out), or use another strategy");
        }
        int[] resources = hyperbandResources(config, definition);
        if (resources[0] < 1) {
            throw new ValidationException(CONFIG + "StrategyConfig.HyperbandStrategyConfig.MinResource",
                    resources[0], "must be at least 1", "give a MinResource of 1 or more epochs");
        }
        if (resources[1] < 0) {
            throw new ValidationException(CONFIG + "StrategyConfig.HyperbandStrategyConfig.MaxResource", null,
                    "is missing, and no static hyperparameter (" + String.join(", ", RESOURCE_HYPERPARAMETERS)
                            + ") gives it", "give MaxResource, the most epochs or rounds a training job may run");
        }
        if (resources[1] < resources[0]) {
            throw new ValidationException(CONFIG + "StrategyConfig.HyperbandStrategyConfig.MaxResource",
                    resources[1], "is less than MinResource " + resources[0], "give a MaxResource >= MinResource");
        }
    }

    /**
     * Hyperband's MinResource (default 1) and MaxResource (given, else read from the static hyperparameters as the
     * service does; -1 without one).
     */
    static int[] hyperbandResources(HyperParameterTuningJobConfig config,
            HyperParameterTrainingJobDefinition definition) {
        HyperbandStrategyConfig hb = config.strategyConfig() == null ? null
                : config.strategyConfig().hyperbandStrategyConfig();
        int min = hb != null && hb.minResource() != null ? hb.minResource() : 1;
        int max = hb != null && hb.maxResource() != null ? hb.maxResource() : -1;
        if (max < 0 && definition != null && definition.hasStaticHyperParameters()) {
            for (String key : RESOURCE_HYPERPARAMETERS) {
                String v = definition.staticHyperParameters().get(key);
                if (v != null) {
                    try {
                        max = (int) Math.round(Double.parseDouble(v.replace("\"", "")));
                        break;
                    } catch (NumberFormatException e) {
                        // not a number: the next key may give it
                    }
                }
            }
        }
        return new int[] {min, max};
    }

    private static SearchSpace validateRanges(String prefix, ParameterRanges ranges, String strategy,
            HyperParameterTrainingJobDefinition definition) {
        if (ranges == null || ranges.continuousParameterRanges().isEmpty() && ranges.integerParameterRanges().isEmpty()
                && ranges.categoricalParameterRanges().isEmpty()) {
            throw new ValidationException(prefix.substring(0, prefix.length() - 1), null, "holds no range",
                    "give at least one continuous, integer or categorical range, or enable Autotune for a built-in"
                            + " algorithm");
        }
        Set<String> names = new HashSet<>();
        int count = 0;
        for (int i = 0; i < ranges.continuousParameterRanges().size(); i++) {
            ContinuousParameterRange r = ranges.continuousParameterRanges().get(i);
            String field = prefix + "ContinuousParameterRanges[" + i + "]";
            name(field, r.name(), names, definition);
            double min = number(field + ".MinValue", r.minValue());
            double max = number(field + ".MaxValue", r.maxValue());
            bounds(field, min, max, r.scalingTypeAsString(), true);
            if ("Grid".equals(strategy)) {
                throw new ValidationException(field, r.name(), "is a continuous range, and the Grid strategy searches"
                        + " categorical ranges only", "make it categorical, or use the Random or Bayesian strategy");
            }
            count++;
        }
        for (int i = 0; i < ranges.integerParameterRanges().size(); i++) {
            IntegerParameterRange r = ranges.integerParameterRanges().get(i);
            String field = prefix + "IntegerParameterRanges[" + i + "]";
            name(field, r.name(), names, definition);
            long min = integer(field + ".MinValue", r.minValue());
            long max = integer(field + ".MaxValue", r.maxValue());
            bounds(field, min, max, r.scalingTypeAsString(), false);
            if ("Grid".equals(strategy)) {
                throw new ValidationException(field, r.name(), "is an integer range, and the Grid strategy searches"
                        + " categorical ranges only", "make it categorical, or use the Random or Bayesian strategy");
            }
            count++;
        }
        for (int i = 0; i < ranges.categoricalParameterRanges().size(); i++) {
            CategoricalParameterRange r = ranges.categoricalParameterRanges().get(i);
            String field = prefix + "CategoricalParameterRanges[" + i + "]";
            name(field, r.name(), names, definition);
            if (r.values().isEmpty() || r.values().size() > 30) {
                throw new ValidationException(field + ".Values", r.values().size() + " values",
                        "must hold 1 to 30 values", "give 1 to 30 values");
            }
            if (new HashSet<>(r.values()).size() != r.values().size()) {
                throw new ValidationException(field + ".Values", r.values(), "holds a value twice",
                        "give each value once");
            }
            count++;
        }
        if (count > 30) {
            throw new ValidationException(prefix.substring(0, prefix.length() - 1), count + " ranges", "is more than the service's"
                    + " 30", "tune at most 30 hyperparameters");
        }
        return SearchSpace.of(ranges);
    }

    private static void name(String field, String name, Set<String> names, HyperParameterTrainingJobDefinition d) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(field + ".Name", name, "is missing", "name the hyperparameter");
        }
        if (!names.add(name)) {
            throw new ValidationException(field + ".Name", name, "has a second range", "give each hyperparameter"
                    + " one range");
        }
        if (d.staticHyperParameters().containsKey(name)) {
            throw new ValidationException(field + ".Name", name, "is also a static hyperparameter",
                    "remove it from StaticHyperParameters (the tuner does) or from the ranges");
        }
    }

    private static double number(String field, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (RuntimeException e) {
            // falls through
        }
        throw new ValidationException(field, text, "is not a number", "give a finite decimal number");
    }

    private static long integer(String field, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (RuntimeException e) {
            throw new ValidationException(field, text, "is not an integer", "give a whole number");
        }
    }

    private static void bounds(String field, double min, double max, String scaling, boolean continuous) {
        if (min > max) {
            throw new ValidationException(field + ".MinValue", min, "is greater than MaxValue " + max,
                    "give the smaller bound as MinValue");
        }
        String s = scaling == null ? "Auto" : scaling;
        if (!Set.of("Auto", "Linear", "Logarithmic", "ReverseLogarithmic").contains(s)) {
            throw new ValidationException(field + ".ScalingType", s, "is not a scaling type",
                    "use Auto, Linear, Logarithmic or ReverseLogarithmic");
        }
        if ("Logarithmic".equals(s) && min <= 0) {
            throw new ValidationException(field + ".MinValue", min, "must be greater than 0 for Logarithmic"
                    + " scaling", "use a positive MinValue, or Linear scaling");
        }
        if ("ReverseLogarithmic".equals(s) && (!continuous || min < 0 || max >= 1)) {
            throw new ValidationException(field + ".ScalingType", s, continuous ? "needs a range within 0 <= x < 1"
                    : "is not a scaling of integer ranges", "use Linear or Logarithmic scaling");
        }
    }

    private static void validateLimits(ResourceLimits limits, String strategy) {
        if (limits == null || limits.maxParallelTrainingJobs() == null) {
            throw new ValidationException(CONFIG + "ResourceLimits.MaxParallelTrainingJobs", null, "is missing",
                    "say how many training jobs may run at once");
        }
        if (limits.maxParallelTrainingJobs() < 1) {
            throw new ValidationException(CONFIG + "ResourceLimits.MaxParallelTrainingJobs",
                    limits.maxParallelTrainingJobs(), "must be at least 1", "run one or more jobs at once");
        }
        Integer max = limits.maxNumberOfTrainingJobs();
        if (max == null && !"Grid".equals(strategy)) {
            throw new ValidationException(CONFIG + "ResourceLimits.MaxNumberOfTrainingJobs", null, "is missing",
                    "say how many training jobs the tuning job may start (only Grid counts its grid)");
        }
        if (max != null && max < 1) {
            throw new ValidationException(CONFIG + "ResourceLimits.MaxNumberOfTrainingJobs", max,
                    "must be at least 1", "allow one or more training jobs");
        }
        if (max != null && limits.maxParallelTrainingJobs() > max) {
            throw new ValidationException(CONFIG + "ResourceLimits.MaxParallelTrainingJobs",
                    limits.maxParallelTrainingJobs(), "is greater than MaxNumberOfTrainingJobs " + max,
                    "run at most MaxNumberOfTrainingJobs jobs at once");
        }
        if (limits.maxRuntimeInSeconds() != null && limits.maxRuntimeInSeconds() < 120) {
            throw new ValidationException(CONFIG + "ResourceLimits.MaxRuntimeInSeconds", limits.maxRuntimeInSeconds(),
                    "is less than the service's minimum of 120", "allow at least 120 seconds");
        }
    }

    private static void validateObjectiveMetric(String field, String metric,
            HyperParameterTrainingJobDefinition definition, LocalAlgorithm algorithm) {
        Set<String> known = new TreeSet<>();
        for (MetricDefinition d : algorithm.metricDefinitions()) {
            known.add(d.name());
        }
        if (definition.algorithmSpecification().hasMetricDefinitions()) {
            for (MetricDefinition d : definition.algorithmSpecification().metricDefinitions()) {
                known.add(d.name());
            }
        }
        if (!known.contains(metric)) {
            throw new ValidationException(field, metric,
                    "is not a metric of the algorithm nor of the definition's AlgorithmSpecification"
                            + ".MetricDefinitions", known.isEmpty() ? "give a metric definition (name and regex) for"
                            + " it (HyperparameterTuner.builder().metricDefinition(...))"
                            : "use one of " + known + ", or give a metric definition for it");
        }
    }

    /**
     * The algorithm's own check of the hyperparameters each job may get: the static ones with every range at its
     * lower bound, at its upper bound, and each categorical value. A range over a hyperparameter the algorithm
     * does not take, or whose bounds it refuses, fails here, naming the range.
     */
    private static void validateHyperparameters(String rangesField, SearchSpace space,
            HyperParameterTrainingJobDefinition definition, LocalAlgorithm algorithm) {
        List<double[]> probes = new ArrayList<>();
        int n = space.dims().size();
        double[] low = new double[n];
        double[] high = new double[n];
        for (int i = 0; i < n; i++) {
            SearchSpace.Dim d = space.dims().get(i);
            low[i] = 0;
            high[i] = d.kind == SearchSpace.Kind.CATEGORICAL ? d.values.size() - 1 : 1;
        }
        probes.add(low);
        probes.add(high);
        for (int i = 0; i < n; i++) {
            SearchSpace.Dim d = space.dims().get(i);
            if (d.kind == SearchSpace.Kind.CATEGORICAL) {
                for (int k = 1; k < d.values.size() - 1; k++) {
                    double[] p = low.clone();
                    p[i] = k;
                    probes.add(p);
                }
            }
        }
        for (double[] probe : probes) {
            Map<String, String> hp = new LinkedHashMap<>(definition.staticHyperParameters());
            Map<String, String> tuned = space.values(probe);
            hp.putAll(tuned);
            try {
                algorithm.validate(hp);
            } catch (ValidationException e) {
                if (tuned.containsKey(e.field())) {
                    throw new ValidationException(rangesField, e.field(), "holds a range the"
                            + " algorithm refuses: " + e.getMessage(), "fix or remove the range of " + e.field(), e);
                }
                throw new ValidationException("TrainingJobDefinition.StaticHyperParameters", e.field(),
                        "are refused by the algorithm: " + e.getMessage(), e.fix(), e);
            }
        }
    }
}
