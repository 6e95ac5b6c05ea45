/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLifecycle;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.utils.Names;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ListHyperParameterTuningJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListHyperParameterTuningJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ObjectiveStatusCounters;
import software.amazon.awssdk.services.sagemaker.model.StopHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.StopHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobStatusCounters;

/**
 * The local backend's hyperparameter tuning: serves the five tuning operations. A tuning job's body runs on this
 * part's own worker pool (it mostly waits, and must not hold a slot its training jobs need); it starts real training
 * jobs through the session's {@code TrainingJobsApi} ({@link TuningRun}). The record is the Describe response in
 * the job store; the training jobs' summaries are kept next to it ({@code training-jobs.json}), so Describe, List
 * and attach work from another JVM.
 */
final class LocalTuning implements LocalPart, TuningJobsApi {
    static final String TRIALS_FILE = "training-jobs.json";

    private final LocalContext context;
    private final JobRunner tuners;
    private final JobLifecycle<DescribeHyperParameterTuningJobResponse> lifecycle;
    private final Algorithms algorithms;

    LocalTuning(LocalContext context) {
        this.context = context;
        this.tuners = new JobRunner(64);
        LocalContext own = new LocalContext(context.config(), context.region(), context.accountId(),
                context.objectStore(), context.jobs(), tuners, () -> {
                    throw new IllegalStateException("the tuning part reaches other parts through its own context");
                }, context::localFile);
        this.lifecycle = new JobLifecycle<>(JobKind.TUNING, own, new JobLifecycle.Statuses<>() {
            @Override
            public String status(DescribeHyperParameterTuningJobResponse r) {
                return r.hyperParameterTuningJobStatusAsString();
            }

            @Override
            public DescribeHyperParameterTuningJobResponse withStatus(DescribeHyperParameterTuningJobResponse r,
                    String status, String reason, Instant at) {
                DescribeHyperParameterTuningJobResponse.Builder b = r.toBuilder().hyperParameterTuningJobStatus(status)
                        .lastModifiedTime(at);
                if ("Failed".equals(status)) {
                    b.failureReason(reason);
                }
                if (JobKind.TUNING.isFinal(status)) {
                    b.hyperParameterTuningEndTime(at);
                }
                return b.build();
            }
        });
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        this.algorithms = new Algorithms(loader != null ? loader : LocalTuning.class.getClassLoader());
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(TuningJobsApi.CAPABILITY, this);
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void close() {
        tuners.close();
    }

    @Override
    public CreateHyperParameterTuningJobResponse createHyperParameterTuningJob(
            CreateHyperParameterTuningJobRequest request) {
        // everything is checked before the record exists: a bad request leaves no job and starts no training job
        // autotune's ranges are filled in here: the record (and Describe) shows what the engine searches
        CreateHyperParameterTuningJobRequest resolved = TuningValidation.validate(request, algorithms, context.jobs());
        String name = resolved.hyperParameterTuningJobName();
        String arn = JobKind.TUNING.arn(context.region(), context.accountId(), name);
        Instant now = Instant.now();
        DescribeHyperParameterTuningJobResponse.Builder described = DescribeHyperParameterTuningJobResponse.builder();
        if (TuningDefinition.multi(resolved)) {
            List<HyperParameterTrainingJobDefinition> definitions = new ArrayList<>();
            for (HyperParameterTrainingJobDefinition d : resolved.trainingJobDefinitions()) {
                definitions.add(withObjective(d, d.tuningObjective().metricName()));
            }
            described.trainingJobDefinitions(definitions);
        } else {
            described.trainingJobDefinition(withObjective(resolved.trainingJobDefinition(), resolved
                    .hyperParameterTuningJobConfig().hyperParameterTuningJobObjective().metricName()));
        }
        DescribeHyperParameterTuningJobResponse record = described
                .hyperParameterTuningJobName(name)
                .hyperParameterTuningJobArn(arn)
                .hyperParameterTuningJobConfig(resolved.hyperParameterTuningJobConfig())
                .autotune(resolved.autotune())
                .warmStartConfig(resolved.warmStartConfig())
                .hyperParameterTuningJobStatus("InProgress")
                .creationTime(now)
                .lastModifiedTime(now)
                .trainingJobStatusCounters(TrainingJobStatusCounters.builder().completed(0).inProgress(0)
                        .retryableError(0).nonRetryableError(0).stopped(0).build())
                .objectiveStatusCounters(ObjectiveStatusCounters.builder().succeeded(0).pending(0).failed(0).build())
                .build();
        TuningRun run = new TuningRun(this, name, resolved);
        lifecycle.start(name, record, run::run);
        return CreateHyperParameterTuningJobResponse.builder().hyperParameterTuningJobArn(arn).build();
    }

    /** The service adds the objective's name to the static hyperparameters each training job gets. */
    private static HyperParameterTrainingJobDefinition withObjective(HyperParameterTrainingJobDefinition d,
            String metric) {
        Map<String, String> statics = new LinkedHashMap<>(d.staticHyperParameters());
        statics.put("_tuning_objective_metric", metric);
        return d.toBuilder().staticHyperParameters(statics).build();
    }

    @Override
    public DescribeHyperParameterTuningJobResponse describeHyperParameterTuningJob(
            DescribeHyperParameterTuningJobRequest request) {
        String name = Names.validateName("HyperParameterTuningJobName", request.hyperParameterTuningJobName());
        return lifecycle.view(name, context.jobs().get(JobKind.TUNING, name));
    }

    @Override
    public StopHyperParameterTuningJobResponse stopHyperParameterTuningJob(StopHyperParameterTuningJobRequest request) {
        String name = Names.validateName("HyperParameterTuningJobName", request.hyperParameterTuningJobName());
        lifecycle.stop("HyperParameterTuningJobName", name);
        return StopHyperParameterTuningJobResponse.builder().build();
    }

    @Override
    public ListHyperParameterTuningJobsResponse listHyperParameterTuningJobs(ListHyperParameterTuningJobsRequest r) {
        List<DescribeHyperParameterTuningJobResponse> all = new ArrayList<>();
        for (String name : context.jobs().names(JobKind.TUNING)) {
            context.jobs().<DescribeHyperParameterTuningJobResponse>find(JobKind.TUNING, name)
                    .ifPresent(d -> all.add(lifecycle.view(name, d)));
        }
        Map<String, Comparator<DescribeHyperParameterTuningJobResponse>> orders = new LinkedHashMap<>();
        orders.put("Name", Comparator.comparing(DescribeHyperParameterTuningJobResponse::hyperParameterTuningJobName));
        orders.put("Status", Comparator.comparing(
                DescribeHyperParameterTuningJobResponse::hyperParameterTuningJobStatusAsString));
        orders.put("CreationTime", Comparator.comparing(DescribeHyperParameterTuningJobResponse::creationTime));
        Listing.Page<DescribeHyperParameterTuningJobResponse> page = Listing.of(all)
                .nameContains(r.nameContains(), DescribeHyperParameterTuningJobResponse::hyperParameterTuningJobName)
                .after(r.creationTimeAfter(), DescribeHyperParameterTuningJobResponse::creationTime)
                .before(r.creationTimeBefore(), DescribeHyperParameterTuningJobResponse::creationTime)
                .after(r.lastModifiedTimeAfter(), DescribeHyperParameterTuningJobResponse::lastModifiedTime)
                .before(r.lastModifiedTimeBefore(), DescribeHyperParameterTuningJobResponse::lastModifiedTime)
                .equalTo(r.statusEqualsAsString(), DescribeHyperParameterTuningJobResponse::hyperParameterTuningJobStatusAsString)
                // the service's defaults for this operation: by Name, Ascending
                .page(r.sortByAsString() == null ? "Name" : r.sortByAsString(),
                        r.sortOrderAsString() == null ? "Ascending" : r.sortOrderAsString(), orders, r.maxResults(),
                        r.nextToken());
        return ListHyperParameterTuningJobsResponse.builder().hyperParameterTuningJobSummaries(page.map(d ->
                HyperParameterTuningJobSummary.builder()
                        .hyperParameterTuningJobName(d.hyperParameterTuningJobName())
                        .hyperParameterTuningJobArn(d.hyperParameterTuningJobArn())
                        .hyperParameterTuningJobStatus(d.hyperParameterTuningJobStatusAsString())
                        .strategy(d.hyperParameterTuningJobConfig().strategyAsString())
                        .creationTime(d.creationTime())
                        .hyperParameterTuningEndTime(d.hyperParameterTuningEndTime())
                        .lastModifiedTime(d.lastModifiedTime())
                        .trainingJobStatusCounters(d.trainingJobStatusCounters())
                        .objectiveStatusCounters(d.objectiveStatusCounters())
                        .resourceLimits(d.hyperParameterTuningJobConfig().resourceLimits())
                        .build())).nextToken(page.nextToken()).build();
    }

    @Override
    public ListTrainingJobsForHyperParameterTuningJobResponse listTrainingJobsForHyperParameterTuningJob(
            ListTrainingJobsForHyperParameterTuningJobRequest r) {
        String name = Names.validateName("HyperParameterTuningJobName", r.hyperParameterTuningJobName());
        context.jobs().get(JobKind.TUNING, name);
        List<HyperParameterTrainingJobSummary> all = readTrials(name);
        Map<String, Comparator<HyperParameterTrainingJobSummary>> orders = new LinkedHashMap<>();
        orders.put("Name", Comparator.comparing(HyperParameterTrainingJobSummary::trainingJobName));
        orders.put("CreationTime", Comparator.comparing(HyperParameterTrainingJobSummary::creationTime));
        orders.put("Status", Comparator.comparing(HyperParameterTrainingJobSummary::trainingJobStatusAsString));
        orders.put("FinalObjectiveMetricValue", Comparator.comparing(
                (HyperParameterTrainingJobSummary s) -> s.finalHyperParameterTuningJobObjectiveMetric() == null
                        ? null : s.finalHyperParameterTuningJobObjectiveMetric().value(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        Listing.Page<HyperParameterTrainingJobSummary> page = Listing.of(all)
                .equalTo(r.statusEqualsAsString(), HyperParameterTrainingJobSummary::trainingJobStatusAsString)
                .page(r.sortByAsString() == null ? "Name" : r.sortByAsString(),
                        r.sortOrderAsString() == null ? "Ascending" : r.sortOrderAsString(), orders, r.maxResults(),
                        r.nextToken());
        return ListTrainingJobsForHyperParameterTuningJobResponse.builder().trainingJobSummaries(page.items())
                .nextToken(page.nextToken()).build();
    }

    // ---- for the run ----

    LocalContext context() {
        return context;
    }

    JobLifecycle<DescribeHyperParameterTuningJobResponse> lifecycle() {
        return lifecycle;
    }

    /** The training job summaries of a tuning job, as last written. */
    List<HyperParameterTrainingJobSummary> readTrials(String name) {
        Path file = context.jobs().folder(JobKind.TUNING, name).resolve(TRIALS_FILE);
        if (!Files.isRegularFile(file)) {
            return new ArrayList<>();
        }
        try {
            JsonNode node = SdkJson.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(Files.readAllBytes(file));
            ListTrainingJobsForHyperParameterTuningJobResponse list = SdkJson.fromJson(node,
                    ListTrainingJobsForHyperParameterTuningJobResponse::builder);
            return new ArrayList<>(list.trainingJobSummaries());
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "the training job summaries could not be read: " + e,
                    true, e);
        }
    }

    /** Writes the training job summaries of a tuning job atomically. */
    void writeTrials(String name, List<HyperParameterTrainingJobSummary> trials) {
        Path folder = context.jobs().folder(JobKind.TUNING, name);
        Path file = folder.resolve(TRIALS_FILE);
        AtomicFiles.writeString(file, SdkJson.toJsonString(ListTrainingJobsForHyperParameterTuningJobResponse
                .builder().trainingJobSummaries(trials).build()));
    }
}
