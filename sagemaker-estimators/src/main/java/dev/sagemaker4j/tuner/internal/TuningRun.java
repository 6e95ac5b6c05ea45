/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLifecycle;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.MetricCollector;
import dev.sagemaker4j.progress.ProgressEvent;
import dev.sagemaker4j.spi.MetricPoint;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.AlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.FinalHyperParameterTuningJobObjectiveMetric;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningInstanceConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.MetricData;
import software.amazon.awssdk.services.sagemaker.model.ObjectiveStatusCounters;
import software.amazon.awssdk.services.sagemaker.model.ParentHyperParameterTuningJob;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobStatusCounters;
import software.amazon.awssdk.services.sagemaker.model.TuningJobCompletionCriteria;

/**
 * The body of one local tuning job: proposes points with its strategy, starts a training job for each (at most
 * MaxParallelTrainingJobs at once, MaxNumberOfTrainingJobs in all), reads each finished job's objective from its
 * FinalMetricDataList, and keeps the record's counters and best job current. A failed training job counts as
 * failed and the tuning goes on; a stop stops the running training jobs and keeps the finished ones.
 */
final class TuningRun {
    private static final Logger LOG = LoggerFactory.getLogger(TuningRun.class);
    /** The tag each training job gets, naming its tuning job. */
    static final String TUNING_JOB_TAG = "sagemaker:tuning-job-name";
    private static final SecureRandom NAMES = new SecureRandom();
    /** How many finished jobs the median stopping rule needs before it stops one. */
    static final int MEDIAN_RULE_HISTORY = 3;

    private final LocalTuning part;
    private final String name;
    private final CreateHyperParameterTuningJobRequest request;
    private final HyperParameterTuningJobConfig config;
    private final boolean maximize;
    /** The training job definitions: one, or those of TrainingJobDefinitions in the request's order. */
    private final List<Def> defs = new ArrayList<>();
    private final List<HyperParameterTrainingJobSummary> trials = new ArrayList<>();
    private final Map<String, double[]> running = new LinkedHashMap<>();
    /** The definition of each job started. */
    private final Map<String, Def> defOf = new LinkedHashMap<>();
    private Def bestDef;
    private int completed;
    private int failed;
    private int stopped;
    private int objectiveSucceeded;
    private int objectiveFailed;
    private HyperParameterTrainingJobSummary best;
    private int notImproving;
    /** The objective's values, in the order reported, of each job that finished with it (the median rule's history). */
    private final List<List<Double>> histories = new ArrayList<>();
    /** Jobs the median rule or Hyperband stopped. */
    private final java.util.Set<String> earlyStopped = new java.util.HashSet<>();

    /** Hyperband's reduction factor: a third of the jobs at a rung go on to the next. */
    static final int HYPERBAND_ETA = 3;
    /** Hyperband's rungs (in epochs) of each bracket, the most aggressive first; empty without Hyperband. */
    private final List<List<Integer>> brackets = new ArrayList<>();
    private int maxResource;
    /** Each running job's bracket and the index of the next rung it reaches. */
    private final Map<String, int[]> rungOf = new LinkedHashMap<>();
    /** The objectives (larger is better) recorded at each bracket's rungs, keyed "bracket:rung". */
    private final Map<String, List<Double>> rungValues = new LinkedHashMap<>();

    private final long startedNanos = System.nanoTime();
    /** The most training jobs this run starts (the progress total). */
    private long totalJobs = -1;

    /** One training job definition while the tuning runs: its space, objective, strategy and observations. */
    private static final class Def {
        final TuningDefinition td;
        final SearchSpace space;
        final String metric;
        final List<Strategy.Observation> observations = new ArrayList<>();
        List<Strategy.Observation> prior = List.of();
        Strategy strategy;
        boolean exhausted;

        Def(TuningDefinition td) {
            this.td = td;
            this.space = SearchSpace.of(td.ranges);
            this.metric = td.objective.metricName();
        }

        HyperParameterTrainingJobDefinition definition() {
            return td.definition;
        }

        long scored() {
            return observations.stream().filter(o -> o.target != null).count();
        }
    }

    TuningRun(LocalTuning part, String name, CreateHyperParameterTuningJobRequest request) {
        this.part = part;
        this.name = name;
        this.request = request;
        this.config = request.hyperParameterTuningJobConfig();
        for (TuningDefinition td : TuningDefinition.of(request)) {
            defs.add(new Def(td));
        }
        this.maximize = "Maximize".equals(defs.get(0).td.objective.typeAsString());
        if ("Hyperband".equals(config.strategyAsString())) {
            int[] resources = TuningValidation.hyperbandResources(config, defs.get(0).definition());
            int min = resources[0];
            this.maxResource = resources[1];
            for (long start = min; start < maxResource; start *= HYPERBAND_ETA) {
                List<Integer> rungs = new ArrayList<>();
                for (long r = start; r < maxResource; r *= HYPERBAND_ETA) {
                    rungs.add((int) r);
                }
                brackets.add(rungs);
            }
            if (brackets.isEmpty()) {
                brackets.add(List.of());
            }
        }
    }

    JobLifecycle.Ending<DescribeHyperParameterTuningJobResponse> run(JobRunner.StopSignal signal) throws Exception {
        TrainingJobsApi training = part.context().api(TrainingJobsApi.CAPABILITY);
        Random random = config.randomSeed() != null ? new Random(config.randomSeed()) : new Random();
        long gridSize = 0;
        for (Def d : defs) {
            d.strategy = Strategy.of(config.strategyAsString(), d.space, random);
            if ("Grid".equals(config.strategyAsString())) {
                gridSize = Math.addExact(gridSize, d.space.gridSize());
            }
        }
        warmStart();
        long maxJobs = config.resourceLimits().maxNumberOfTrainingJobs() != null
                ? config.resourceLimits().maxNumberOfTrainingJobs() : gridSize;
        if ("Grid".equals(config.strategyAsString())) {
            maxJobs = Math.min(maxJobs, gridSize);
        }
        totalJobs = maxJobs;
        int parallel = config.resourceLimits().maxParallelTrainingJobs();
        Instant deadline = config.resourceLimits().maxRuntimeInSeconds() == null ? null
                : Instant.now().plus(Duration.ofSeconds(config.resourceLimits().maxRuntimeInSeconds()));
        int started = 0;
        boolean exhausted = false;
        String stopReason = null;
        while (true) {
            if (stopReason == null && part.lifecycle().stopRequested(name, signal)) {
                stopReason = "StopHyperParameterTuningJob";
            }
            if (stopReason == null && deadline != null && Instant.now().isAfter(deadline)) {
                stopReason = "MaxRuntimeInSeconds";
            }
            if (stopReason != null) {
                for (String job : new ArrayList<>(running.keySet())) {
                    try {
                        training.stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName(job).build());
                    } catch (RuntimeException e) {
                        LOG.debug("Stopping training job {} of tuning job {}: {}", job, name, e.toString());
                    }
                }
            }
            while (stopReason == null && !exhausted && !criteriaMet() && running.size() < parallel
                    && started < maxJobs) {
                Def d = nextDefinition(started);
                if (d == null) {
                    exhausted = true;
                    break;
                }
                List<Strategy.Observation> known = new ArrayList<>(d.prior);
                known.addAll(d.observations);
                List<double[]> pending = new ArrayList<>();
                running.forEach((job, p) -> {
                    if (defOf.get(job) == d) {
                        pending.add(p);
                    }
                });
                double[] point = d.strategy.propose(known, pending);
                if (point == null) {
                    d.exhausted = true;
                    continue;
                }
                started++;
                start(training, started, d, point);
            }
            if (running.isEmpty() && (stopReason != null || exhausted || criteriaMet() || started >= maxJobs)) {
                break;
            }
            // counted before the look: a job that ends between the look and the wait ends the wait at once
            long seen = part.context().jobs().changeCount();
            if (!poll(training)) {
                // the median rule reads the running jobs' metrics: it looks more often
                part.context().jobs().awaitChange(seen, "Auto".equals(config.trainingJobEarlyStoppingTypeAsString())
                        || !brackets.isEmpty() ? 50 : 200);
            }
        }
        report(true);
        if (stopReason != null) {
            return JobLifecycle.Ending.stopped(stopReason, null);
        }
        if (objectiveSucceeded == 0) {
            return JobLifecycle.Ending.failed("No training job of the tuning job completed with its objective metric "
                    + defs.stream().map(d -> d.metric).distinct().toList() + " (" + failed + " failed, " + objectiveFailed + " without the metric); see the"
                    + " training jobs' failure reasons (ListTrainingJobsForHyperParameterTuningJob)", null);
        }
        return JobLifecycle.Ending.completed(null);
    }

    /**
     * The parents' finished jobs: observations of the (single) definition for IdenticalDataAndAlgorithm, the
     * Bayesian surrogate's prior for TransferLearning ({@link WarmStart}).
     */
    private void warmStart() {
        if (request.warmStartConfig() == null || defs.size() != 1) {
            return;
        }
        Def d = defs.get(0);
        String type = request.warmStartConfig().warmStartTypeAsString();
        List<Strategy.Observation> parents = new ArrayList<>();
        for (ParentHyperParameterTuningJob parent : request.warmStartConfig().parentHyperParameterTuningJobs()) {
            String parentName = parent.hyperParameterTuningJobName();
            Map<String, String> statics = part.context().jobs().<DescribeHyperParameterTuningJobResponse>find(
                    JobKind.TUNING, parentName).map(r -> r.trainingJobDefinition() == null ? Map.<String, String>of()
                            : r.trainingJobDefinition().staticHyperParameters()).orElse(Map.of());
            parents.addAll(WarmStart.observations(type, d.space, maximize, part.readTrials(parentName), statics));
        }
        if (WarmStart.TRANSFER.equals(type)) {
            if (d.strategy instanceof Strategy.Bayesian) {
                ((Strategy.Bayesian) d.strategy).transferPrior(parents);
            }
        } else {
            d.prior = parents;
        }
    }

    /**
     * The definition of the next training job: in turn among those with points left; with Bayesian and several
     * definitions, once each has finished its random start, every other job goes to the definition of the best job
     * so far (the best is judged across all definitions, as the service's BestTrainingJob).
     */
    private Def nextDefinition(int index) {
        List<Def> open = defs.stream().filter(d -> !d.exhausted).toList();
        if (open.isEmpty()) {
            return null;
        }
        if (open.size() > 1 && bestDef != null && open.contains(bestDef) && index % 2 == 0
                && open.stream().allMatch(d -> d.strategy instanceof Strategy.Bayesian
                        && d.scored() >= ((Strategy.Bayesian) d.strategy).randomStarts())) {
            return bestDef;
        }
        return open.get(index % open.size());
    }

    private boolean criteriaMet() {
        TuningJobCompletionCriteria criteria = config.tuningJobCompletionCriteria();
        if (criteria == null || best == null) {
            return false;
        }
        if (criteria.targetObjectiveMetricValue() != null) {
            float value = best.finalHyperParameterTuningJobObjectiveMetric().value();
            float target = criteria.targetObjectiveMetricValue();
            if (maximize ? value >= target : value <= target) {
                return true;
            }
        }
        return criteria.bestObjectiveNotImproving() != null
                && criteria.bestObjectiveNotImproving().maxNumberOfTrainingJobsNotImproving() != null
                && notImproving >= criteria.bestObjectiveNotImproving().maxNumberOfTrainingJobsNotImproving();
    }

    private void start(TrainingJobsApi training, int index, Def d, double[] point) {
        String job = String.format("%s-%03d-%s", name, index, HexFormat.of().formatHex(randomBytes()));
        Map<String, String> tuned = d.space.values(point);
        Map<String, String> hp = new LinkedHashMap<>(d.definition().staticHyperParameters());
        hp.put("_tuning_objective_metric", d.metric);
        hp.putAll(tuned);
        Instant now = Instant.now();
        HyperParameterTrainingJobSummary.Builder summary = HyperParameterTrainingJobSummary.builder()
                .trainingJobName(job)
                .trainingJobArn(JobKind.TRAINING.arn(part.context().region(), part.context().accountId(), job))
                .tuningJobName(name)
                .creationTime(now)
                .tunedHyperParameters(tuned);
        if (d.td.name != null) {
            summary.trainingJobDefinitionName(d.td.name);
        }
        defOf.put(job, d);
        try {
            training.createTrainingJob(trainingRequest(d.definition(), job, hp));
        } catch (RuntimeException e) {
            // a job the training part refused counts as failed; the tuning goes on
            LOG.debug("Training job {} of tuning job {} was refused", job, name, e);
            failed++;
            objectiveFailed++;
            trials.add(summary.trainingJobStatus("Failed").objectiveStatus("Failed").trainingEndTime(now)
                    .failureReason(JobLifecycle.cut(String.valueOf(e.getMessage()))).build());
            d.observations.add(new Strategy.Observation(point, null));
            save();
            return;
        }
        running.put(job, point);
        if (!brackets.isEmpty()) {
            rungOf.put(job, new int[] {(index - 1) % brackets.size(), 0});
        }
        trials.add(summary.trainingJobStatus("InProgress").objectiveStatus("Pending").build());
        save();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        NAMES.nextBytes(bytes);
        return bytes;
    }

    private CreateTrainingJobRequest trainingRequest(HyperParameterTrainingJobDefinition definition, String job,
            Map<String, String> hp) {
        HyperParameterTuningResourceConfig rc = definition.hyperParameterTuningResourceConfig();
        ResourceConfig.Builder resources = ResourceConfig.builder();
        if (rc != null && rc.hasInstanceConfigs() && !rc.instanceConfigs().isEmpty()) {
            // flexible instance types: the local engine runs each job on the first, as the service may
            HyperParameterTuningInstanceConfig first = rc.instanceConfigs().get(0);
            resources.instanceCount(first.instanceCount()).instanceType(first.instanceTypeAsString())
                    .volumeSizeInGB(first.volumeSizeInGB()).volumeKmsKeyId(rc.volumeKmsKeyId());
        } else if (rc != null) {
            resources.instanceCount(rc.instanceCount()).instanceType(rc.instanceTypeAsString())
                    .volumeSizeInGB(rc.volumeSizeInGB()).volumeKmsKeyId(rc.volumeKmsKeyId());
        } else if (definition.resourceConfig() != null) {
            resources = definition.resourceConfig().toBuilder();
        }
        AlgorithmSpecification.Builder algorithm = AlgorithmSpecification.builder()
                .trainingImage(definition.algorithmSpecification().trainingImage())
                .trainingInputMode(definition.algorithmSpecification().trainingInputModeAsString());
        if (definition.algorithmSpecification().hasMetricDefinitions()) {
            algorithm.metricDefinitions(definition.algorithmSpecification().metricDefinitions());
        }
        List<Tag> tags = new ArrayList<>(request.tags());
        tags.add(Tag.builder().key(TUNING_JOB_TAG).value(name).build());
        CreateTrainingJobRequest.Builder b = CreateTrainingJobRequest.builder()
                .trainingJobName(job)
                .hyperParameters(hp)
                .algorithmSpecification(algorithm.build())
                .roleArn(definition.roleArn())
                .outputDataConfig(definition.outputDataConfig())
                .resourceConfig(resources.build())
                .stoppingCondition(definition.stoppingCondition())
                .vpcConfig(definition.vpcConfig())
                .enableNetworkIsolation(definition.enableNetworkIsolation())
                .enableInterContainerTrafficEncryption(definition.enableInterContainerTrafficEncryption())
                .enableManagedSpotTraining(definition.enableManagedSpotTraining())
                .checkpointConfig(definition.checkpointConfig())
                .retryStrategy(definition.retryStrategy())
                .tags(tags);
        if (definition.hasInputDataConfig()) {
            b.inputDataConfig(definition.inputDataConfig());
        }
        if (definition.hasEnvironment()) {
            b.environment(definition.environment());
        }
        return b.build();
    }

    /** Reads the running jobs; true when one ended. */
    private boolean poll(TrainingJobsApi training) {
        boolean changed = false;
        for (String job : new ArrayList<>(running.keySet())) {
            DescribeTrainingJobResponse d = training.describeTrainingJob(DescribeTrainingJobRequest.builder()
                    .trainingJobName(job).build());
            String status = d.trainingJobStatusAsString();
            if (!JobKind.TRAINING.isFinal(status)) {
                continue;
            }
            changed = true;
            double[] point = running.remove(job);
            Def def = defOf.get(job);
            String metric = def.metric;
            int[] rungState = rungOf.remove(job);
            if (rungState != null && !earlyStopped.contains(job)) {
                // a job that ended between two looks still counts at the rungs it passed
                climb(rungState, objectiveSeries(job));
            }
            Float value = null;
            for (MetricData m : d.finalMetricDataList()) {
                if (metric.equals(m.metricName()) && m.value() != null && Float.isFinite(m.value())) {
                    value = m.value();
                }
            }
            if ("Completed".equals(status)) {
                completed++;
            } else if ("Stopped".equals(status)) {
                stopped++;
            } else {
                failed++;
            }
            boolean scored = value != null && !"Failed".equals(status);
            if (scored && "Completed".equals(status)) {
                histories.add(objectiveSeries(job));
            }
            if (scored) {
                objectiveSucceeded++;
            } else {
                objectiveFailed++;
            }
            HyperParameterTrainingJobSummary.Builder s = find(job).toBuilder()
                    .trainingJobStatus(status)
                    .trainingStartTime(d.trainingStartTime())
                    .trainingEndTime(d.trainingEndTime())
                    .objectiveStatus(scored ? "Succeeded" : "Failed")
                    .failureReason(d.failureReason());
            if (scored) {
                s.finalHyperParameterTuningJobObjectiveMetric(FinalHyperParameterTuningJobObjectiveMetric.builder()
                        .type(def.td.objective.type()).metricName(metric).value(value)
                        .build());
            }
            HyperParameterTrainingJobSummary summary = s.build();
            replace(summary);
            def.observations.add(new Strategy.Observation(point, scored ? (double) (maximize ? value : -value)
                    : null));
            if (scored) {
                float bestValue = best == null ? Float.NaN : best.finalHyperParameterTuningJobObjectiveMetric().value();
                if (best == null || (maximize ? value > bestValue : value < bestValue)) {
                    best = summary;
                    bestDef = def;
                    notImproving = 0;
                } else {
                    notImproving++;
                }
            }
        }
        if ("Auto".equals(config.trainingJobEarlyStoppingTypeAsString())) {
            stopEarly(training);
        }
        if (!brackets.isEmpty()) {
            hyperband(training);
        }
        if (changed) {
            save();
        }
        return changed;
    }

    /**
     * SageMaker's median stopping rule: a running job whose objective at a step is worse than the median of the
     * running averages of the earlier finished jobs' objective up to the same step is stopped (it ends Stopped, its
     * objective the last value it reported). It applies once {@value #MEDIAN_RULE_HISTORY} jobs have finished, to a
     * job that has reported at least two values.
     */
    private void stopEarly(TrainingJobsApi training) {
        if (histories.size() < MEDIAN_RULE_HISTORY) {
            return;
        }
        for (String job : running.keySet()) {
            if (earlyStopped.contains(job)) {
                continue;
            }
            List<Double> values = objectiveSeries(job);
            if (values.size() < 2) {
                // a job is judged from its second value on: one value is too little to judge by
                continue;
            }
            int step = values.size() - 1;
            List<Double> averages = new ArrayList<>();
            for (List<Double> h : histories) {
                if (h.size() > step) {
                    double sum = 0;
                    for (int i = 0; i <= step; i++) {
                        sum += h.get(i);
                    }
                    averages.add(sum / (step + 1));
                }
            }
            if (averages.size() < MEDIAN_RULE_HISTORY) {
                continue;
            }
            averages.sort(null);
            int n = averages.size();
            double median = n % 2 == 1 ? averages.get(n / 2) : (averages.get(n / 2 - 1) + averages.get(n / 2)) / 2;
            double current = values.get(step);
            if (maximize ? current < median : current > median) {
                earlyStopped.add(job);
                try {
                    training.stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName(job).build());
                    LOG.debug("Stopped training job {} of tuning job {} early: {} at step {} is worse than the median"
                            + " {}", job, name, current, step, median);
                } catch (RuntimeException e) {
                    LOG.debug("Training job {} ended before the median rule stopped it: {}", job, e.toString());
                }
            }
        }
    }

    /**
     * Hyperband, as successive halving in brackets run asynchronously: each job belongs to a bracket (in turn, the
     * most aggressive first), whose rungs are MinResource times powers of {@value #HYPERBAND_ETA} below MaxResource
     * (the resource being the objective's reports, one per epoch or round). A job reaching a rung goes on only if its
     * objective there is among the best third of the jobs of its bracket that reached the rung (judged once
     * {@value #HYPERBAND_ETA} have); otherwise it is stopped and ends Stopped with the objective it reached. A job
     * reporting more than MaxResource values is stopped too.
     */
    private void hyperband(TrainingJobsApi training) {
        for (String job : running.keySet()) {
            int[] state = rungOf.get(job);
            if (state == null || earlyStopped.contains(job)) {
                continue;
            }
            List<Double> values = objectiveSeries(job);
            String reason = climb(state, values);
            if (reason == null && values.size() > maxResource) {
                reason = "it reached MaxResource " + maxResource;
            }
            if (reason != null) {
                earlyStopped.add(job);
                try {
                    training.stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName(job).build());
                    LOG.debug("Hyperband stopped training job {} of tuning job {}: {}", job, name, reason);
                } catch (RuntimeException e) {
                    LOG.debug("Training job {} ended before Hyperband stopped it: {}", job, e.toString());
                }
            }
        }
    }

    /** Records the rungs a job's values reached since last time; the reason to stop it, or null to go on. */
    private String climb(int[] state, List<Double> values) {
        List<Integer> rungs = brackets.get(state[0]);
        while (state[1] < rungs.size() && values.size() >= rungs.get(state[1])) {
            int rung = rungs.get(state[1]);
            double v = values.get(rung - 1);
            double score = maximize ? v : -v;
            List<Double> recorded = rungValues.computeIfAbsent(state[0] + ":" + rung, k -> new ArrayList<>());
            recorded.add(score);
            state[1]++;
            int n = recorded.size();
            long better = recorded.stream().filter(o -> o > score).count();
            if (n >= HYPERBAND_ETA && better >= (n + HYPERBAND_ETA - 1) / HYPERBAND_ETA) {
                return v + " at epoch " + rung + " is not among the best third of the " + n + " jobs there";
            }
        }
        return null;
    }

    private List<Double> objectiveSeries(String job) {
        Def def = defOf.getOrDefault(job, defs.get(0));
        String metric = def.metric;
        List<Double> values = new ArrayList<>();
        java.nio.file.Path file = part.context().jobs().folder(JobKind.TRAINING, job).resolve("metrics.jsonl");
        for (MetricPoint p : MetricCollector.read(file, () -> { })) {
            if (metric.equals(p.metricName()) && Double.isFinite(p.value())) {
                values.add(p.value());
            }
        }
        return values;
    }

    private HyperParameterTrainingJobSummary find(String job) {
        return trials.stream().filter(t -> t.trainingJobName().equals(job)).findFirst().orElseThrow();
    }

    private void replace(HyperParameterTrainingJobSummary summary) {
        for (int i = 0; i < trials.size(); i++) {
            if (trials.get(i).trainingJobName().equals(summary.trainingJobName())) {
                trials.set(i, summary);
            }
        }
    }

    /**
     * Tells the session's progress listener how many training jobs have ended of how many, and the best objective
     * so far (metric {@code best_objective}, and the objective metric's own name); a broken listener fails nothing.
     */
    private void report(boolean ended) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (best != null) {
            double value = best.finalHyperParameterTuningJobObjectiveMetric().value();
            metrics.put("best_objective", value);
            metrics.put(best.finalHyperParameterTuningJobObjectiveMetric().metricName(), value);
        }
        long done = completed + failed + stopped;
        try {
            part.context().config().progressListener().onProgress(new ProgressEvent("Tuning", name, done,
                    ended ? done : totalJobs, "job", metrics, Duration.ofNanos(System.nanoTime() - startedNanos),
                    ended));
        } catch (RuntimeException e) {
            LOG.debug("The progress listener failed on tuning job {}: {}", name, e.toString());
        }
    }

    /** Persists the summaries, then the record's counters and best job, and reports the progress. */
    private void save() {
        report(false);
        part.writeTrials(name, trials);
        Instant now = Instant.now();
        TrainingJobStatusCounters jobs = TrainingJobStatusCounters.builder().completed(completed)
                .inProgress(running.size()).retryableError(0).nonRetryableError(failed).stopped(stopped).build();
        ObjectiveStatusCounters objectives = ObjectiveStatusCounters.builder().succeeded(objectiveSucceeded)
                .pending(running.size()).failed(objectiveFailed).build();
        HyperParameterTrainingJobSummary bestNow = best;
        part.context().jobs().<DescribeHyperParameterTuningJobResponse>update(JobKind.TUNING, name, r -> {
            DescribeHyperParameterTuningJobResponse.Builder b = r.toBuilder().trainingJobStatusCounters(jobs)
                    .objectiveStatusCounters(objectives).lastModifiedTime(now);
            if (bestNow != null) {
                b.bestTrainingJob(bestNow);
            }
            return b.build();
        });
    }
}
