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
    private static final String RANGES = CONFIG + "ParameterRanges.";

    private TuningValidation() {
    }

    /**
     * Checks a request.
     *
     * @return the training algorithm of the request's image
     */
    static LocalAlgorithm validate(CreateHyperParameterTuningJobRequest request, Algorithms algorithms,
            JobStore jobs) {
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
        if (request.hasTrainingJobDefinitions() && !request.trainingJobDefinitions().isEmpty()) {
            throw new ValidationException("TrainingJobDefinitions", request.trainingJobDefinitions().size()
                    + " definitions", "(multi-algorithm tuning) is not run by the local backend yet",
                    "tune one TrainingJobDefinition locally, or use the sagemaker backend");
        }
        HyperParameterTrainingJobDefinition definition = request.trainingJobDefinition();
        if (definition == null) {
            throw new ValidationException("TrainingJobDefinition", null, "is missing",
                    "give the training job definition (the estimator's)");
        }
        if (request.autotune() != null) {
            throw new ValidationException("Autotune", request.autotune().modeAsString(), "is not run by the local"
                    + " backend yet", "give the parameter ranges, or use the sagemaker backend");
        }
        HyperParameterTuningJobObjective objective = config.hyperParameterTuningJobObjective();
        if (objective == null || objective.metricName() == null || objective.metricName().isBlank()) {
            throw new ValidationException(CONFIG + "HyperParameterTuningJobObjective.MetricName",
                    objective == null ? null : objective.metricName(), "is missing", "name the metric to optimise");
        }
        if (!"Maximize".equals(objective.typeAsString()) && !"Minimize".equals(objective.typeAsString())) {
            throw new ValidationException(CONFIG + "HyperParameterTuningJobObjective.Type", objective.typeAsString(),
                    "is not an objective type", "use Maximize or Minimize");
        }
        String earlyStopping = config.trainingJobEarlyStoppingTypeAsString();
        if (earlyStopping != null && !"Off".equals(earlyStopping) && !"Auto".equals(earlyStopping)) {
            throw new ValidationException(CONFIG + "TrainingJobEarlyStoppingType", earlyStopping,
                    "is not an early stopping type", "use Off or Auto");
        }
        if ("Hyperband".equals(strategy)) {
            validateHyperband(config, definition);
        } else if (config.strategyConfig() != null && config.strategyConfig().hyperbandStrategyConfig() != null) {
            throw new ValidationException(CONFIG + "StrategyConfig.HyperbandStrategyConfig", strategy,
                    "is given with a strategy other than Hyperband", "use the Hyperband strategy, or drop it");
        }
        SearchSpace space = validateRanges(config.parameterRanges(), strategy, definition);
        validateLimits(config.resourceLimits(), strategy, space);
        LocalAlgorithm algorithm = algorithms.forImage("TrainingJobDefinition.AlgorithmSpecification.TrainingImage",
                definition.algorithmSpecification() == null ? null
                        : definition.algorithmSpecification().trainingImage());
        validateObjectiveMetric(objective.metricName(), definition, algorithm);
        validateHyperparameters(space, definition, algorithm);
        if (request.warmStartConfig() != null) {
            List<ParentHyperParameterTuningJob> parents = request.warmStartConfig().parentHyperParameterTuningJobs();
            if (parents.isEmpty() || parents.size() > 5) {
                throw new ValidationException("WarmStartConfig.ParentHyperParameterTuningJobs", parents.size()
                        + " parents", "must name 1 to 5 parent tuning jobs", "name 1 to 5 parents");
            }
            for (ParentHyperParameterTuningJob parent : parents) {
                String parentName = parent.hyperParameterTuningJobName();
                if (parentName == null || jobs.find(JobKind.TUNING, parentName).isEmpty()) {
                    throw new ResourceNotFoundException("hyperparameter tuning job", parentName,
                            "WarmStartConfig.ParentHyperParameterTuningJobs names a tuning job that does not exist;"
                                    + " list them with ListHyperParameterTuningJobs");
                }
            }
        }
        return algorithm;
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

    private static SearchSpace validateRanges(ParameterRanges ranges, String strategy,
            HyperParameterTrainingJobDefinition definition) {
        if (ranges == null || ranges.continuousParameterRanges().isEmpty() && ranges.integerParameterRanges().isEmpty()
                && ranges.categoricalParameterRanges().isEmpty()) {
            throw new ValidationException(CONFIG + "ParameterRanges", null, "holds no range",
                    "give at least one continuous, integer or categorical range");
        }
        Set<String> names = new HashSet<>();
        int count = 0;
        for (int i = 0; i < ranges.continuousParameterRanges().size(); i++) {
            ContinuousParameterRange r = ranges.continuousParameterRanges().get(i);
            String field = RANGES + "ContinuousParameterRanges[" + i + "]";
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
            String field = RANGES + "IntegerParameterRanges[" + i + "]";
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
            String field = RANGES + "CategoricalParameterRanges[" + i + "]";
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
            throw new ValidationException(CONFIG + "ParameterRanges", count + " ranges", "is more than the service's"
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

    private static void validateLimits(ResourceLimits limits, String strategy, SearchSpace space) {
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

    private static void validateObjectiveMetric(String metric, HyperParameterTrainingJobDefinition definition,
            LocalAlgorithm algorithm) {
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
            throw new ValidationException(CONFIG + "HyperParameterTuningJobObjective.MetricName", metric,
                    "is not a metric of the algorithm nor of TrainingJobDefinition.AlgorithmSpecification"
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
    private static void validateHyperparameters(SearchSpace space, HyperParameterTrainingJobDefinition definition,
            LocalAlgorithm algorithm) {
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
                    throw new ValidationException(CONFIG + "ParameterRanges", e.field(), "holds a range the"
                            + " algorithm refuses: " + e.getMessage(), "fix or remove the range of " + e.field(), e);
                }
                throw new ValidationException("TrainingJobDefinition.StaticHyperParameters", e.field(),
                        "are refused by the algorithm: " + e.getMessage(), e.fix(), e);
            }
        }
    }
}
