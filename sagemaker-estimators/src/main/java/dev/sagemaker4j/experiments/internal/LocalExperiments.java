/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.MetricCollector;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.ExperimentsApi;
import dev.sagemaker4j.spi.MetricPoint;
import dev.sagemaker4j.spi.SageMakerMetricsApi;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sagemaker.model.*;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchGetMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchGetMetricsResponse;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsError;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsResponse;
import software.amazon.awssdk.services.sagemakermetrics.model.MetricQuery;
import software.amazon.awssdk.services.sagemakermetrics.model.MetricQueryResult;
import software.amazon.awssdk.services.sagemakermetrics.model.MetricQueryResultStatus;
import software.amazon.awssdk.services.sagemakermetrics.model.PutMetricsErrorCode;
import software.amazon.awssdk.services.sagemakermetrics.model.RawMetricData;
import software.amazon.awssdk.services.sagemakermetrics.model.XAxisType;

/**
 * The local experiments store: experiments, trials and trial components (parameters, artifacts, status, times,
 * metric summaries and the raw time series behind them), one JSON file per record under
 * {@code <root>/experiments/<kind>/<name>.json}, each written whole to a temporary file and moved into place, so
 * a crash leaves the whole record or none. A trial component's trials are kept in its own record, so associating
 * writes one file.
 *
 * <p>Training jobs join experiments as on SageMaker: every training job of the local backend has the trial
 * component {@code <job-name>-aws-training-job} (source: the job's ARN), with the job's hyperparameters and
 * instance settings as parameters, its channels and image as input artifacts, its model as output artifact, its
 * status and times, and its metrics (summaries and the raw series); a job created with an
 * {@code ExperimentConfig} is associated with the config's trial (created under the experiment where the config
 * names none). Transform jobs get {@code <job-name>-aws-transform-job} the same way (instance settings, batch
 * strategy, model, input and output), processing jobs {@code <job-name>-aws-processing-job} (instance settings and
 * environment, inputs and image, outputs). The component is derived from the job store before each operation, as the lineage part derives
 * its entities, so the training path stays untouched.
 */
public final class LocalExperiments implements LocalPart, ExperimentsApi, SageMakerMetricsApi {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}");
    private static final String JOB_SUFFIX = "-aws-training-job";
    private static final String TRANSFORM_SUFFIX = "-aws-transform-job";
    private static final String PROCESSING_SUFFIX = "-aws-processing-job";
    private static final int MAX_METRIC_BATCH = 10;

    private final LocalContext context;
    private final Path experimentsDir;
    private final Path trialsDir;
    private final Path componentsDir;
    private final Object lock = new Object();
    private final Map<String, Experiment> experiments = new LinkedHashMap<>();
    private final Map<String, Trial> trials = new LinkedHashMap<>();
    /** Trial components by name, with their raw metric series; the parents are in the component. */
    private final Map<String, Component> components = new LinkedHashMap<>();

    /** A trial component and what Describe does not show: its raw metric values, the job status it came from. */
    private static final class Component {
        final TrialComponent tc;
        final List<ObjectNode> raw;
        final String jobStatus;

        Component(TrialComponent tc, List<ObjectNode> raw, String jobStatus) {
            this.tc = tc;
            this.raw = List.copyOf(raw);
            this.jobStatus = jobStatus;
        }

        Component with(TrialComponent next) {
            return new Component(next, raw, jobStatus);
        }
    }

    /**
     * Opens the store on a session's root, reading what earlier sessions kept.
     *
     * @param context what the parts share
     */
    public LocalExperiments(LocalContext context) {
        this.context = context;
        Path root = context.root().resolve("experiments");
        this.experimentsDir = root.resolve("experiment");
        this.trialsDir = root.resolve("trial");
        this.componentsDir = root.resolve("trial-component");
        for (JsonNode n : load(experimentsDir)) {
            Experiment e = SdkJson.fromJson(n, Experiment::builder);
            experiments.put(e.experimentName(), e);
        }
        for (JsonNode n : load(trialsDir)) {
            Trial t = SdkJson.fromJson(n, Trial::builder);
            trials.put(t.trialName(), t);
        }
        for (JsonNode n : load(componentsDir)) {
            TrialComponent tc = SdkJson.fromJson(n.path("TrialComponent"), TrialComponent::builder);
            List<ObjectNode> raw = new ArrayList<>();
            n.path("RawMetrics").forEach(r -> raw.add((ObjectNode) r));
            components.put(tc.trialComponentName(), new Component(tc, raw, n.path("JobStatus").asText(null)));
        }
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(ExperimentsApi.CAPABILITY, this).offer(SageMakerMetricsApi.CAPABILITY, this);
    }

    // ---------------------------------------------------------------- experiments

    @Override
    public CreateExperimentResponse createExperiment(CreateExperimentRequest request) {
        String name = name("ExperimentName", request.experimentName());
        synchronized (lock) {
            if (experiments.containsKey(name)) {
                throw exists("ExperimentName", "Experiment", name, "load it (DescribeExperiment) or choose another"
                        + " name");
            }
            Instant now = Instant.now();
            Experiment e = Experiment.builder().experimentName(name).experimentArn(arn("experiment", name))
                    .displayName(request.displayName() == null ? name : request.displayName())
                    .description(request.description()).tags(request.hasTags() ? request.tags() : null)
                    .creationTime(now).lastModifiedTime(now).createdBy(user()).lastModifiedBy(user()).build();
            write(experimentsDir, name, SdkJson.toJson(e));
            experiments.put(name, e);
            return CreateExperimentResponse.builder().experimentArn(e.experimentArn()).build();
        }
    }

    @Override
    public DescribeExperimentResponse describeExperiment(DescribeExperimentRequest request) {
        synchronized (lock) {
            Experiment e = experiment(request.experimentName());
            return SdkJson.fromJson(SdkJson.toJson(e), DescribeExperimentResponse::builder);
        }
    }

    @Override
    public ListExperimentsResponse listExperiments(ListExperimentsRequest request) {
        synchronized (lock) {
            Listing.Page<Experiment> page = Listing.of(experiments.values())
                    .after(request.createdAfter(), Experiment::creationTime)
                    .before(request.createdBefore(), Experiment::creationTime)
                    .page(request.sortByAsString(), request.sortOrderAsString(),
                            orders(Experiment::experimentName, Experiment::creationTime), request.maxResults(),
                            request.nextToken());
            return ListExperimentsResponse.builder().experimentSummaries(page.map(e -> ExperimentSummary.builder()
                    .experimentName(e.experimentName()).experimentArn(e.experimentArn())
                    .displayName(e.displayName()).creationTime(e.creationTime())
                    .lastModifiedTime(e.lastModifiedTime()).build())).nextToken(page.nextToken()).build();
        }
    }

    @Override
    public UpdateExperimentResponse updateExperiment(UpdateExperimentRequest request) {
        synchronized (lock) {
            Experiment e = experiment(request.experimentName());
            Experiment.Builder b = e.toBuilder().lastModifiedTime(Instant.now()).lastModifiedBy(user());
            if (request.displayName() != null) {
                b.displayName(request.displayName());
            }
            if (request.description() != null) {
                b.description(request.description());
            }
            Experiment next = b.build();
            write(experimentsDir, next.experimentName(), SdkJson.toJson(next));
            experiments.put(next.experimentName(), next);
            return UpdateExperimentResponse.builder().experimentArn(next.experimentArn()).build();
        }
    }

    @Override
    public DeleteExperimentResponse deleteExperiment(DeleteExperimentRequest request) {
        synchronized (lock) {
            Experiment e = experiment(request.experimentName());
            List<String> left = trials.values().stream().filter(t -> e.experimentName().equals(t.experimentName()))
                    .map(Trial::trialName).collect(Collectors.toList());
            if (!left.isEmpty()) {
                throw new ValidationException("ExperimentName", e.experimentName(), "still has trials " + left,
                        "delete them first (DeleteTrial), as the service requires");
            }
            remove(experimentsDir, e.experimentName());
            experiments.remove(e.experimentName());
            return DeleteExperimentResponse.builder().experimentArn(e.experimentArn()).build();
        }
    }

    // ---------------------------------------------------------------- trials

    @Override
    public CreateTrialResponse createTrial(CreateTrialRequest request) {
        String name = name("TrialName", request.trialName());
        synchronized (lock) {
            sync();
            Experiment e = experiment(request.experimentName());
            if (trials.containsKey(name)) {
                throw exists("TrialName", "Trial", name, "load it (DescribeTrial) or choose another name");
            }
            Trial t = newTrial(name, e.experimentName(), request.displayName(),
                    request.hasTags() ? request.tags() : null);
            return CreateTrialResponse.builder().trialArn(t.trialArn()).build();
        }
    }

    private Trial newTrial(String name, String experimentName, String displayName, List<Tag> tags) {
        Instant now = Instant.now();
        Trial t = Trial.builder().trialName(name).trialArn(arn("experiment-trial", name))
                .displayName(displayName == null ? name : displayName).experimentName(experimentName).tags(tags)
                .creationTime(now).lastModifiedTime(now).createdBy(user()).lastModifiedBy(user()).build();
        write(trialsDir, name, SdkJson.toJson(t));
        trials.put(name, t);
        return t;
    }

    @Override
    public DescribeTrialResponse describeTrial(DescribeTrialRequest request) {
        synchronized (lock) {
            Trial t = trial(request.trialName());
            return SdkJson.fromJson(SdkJson.toJson(t), DescribeTrialResponse::builder);
        }
    }

    @Override
    public ListTrialsResponse listTrials(ListTrialsRequest request) {
        synchronized (lock) {
            sync();
            if (request.experimentName() != null) {
                experiment(request.experimentName());
            }
            Predicate<Trial> withComponent = t -> request.trialComponentName() == null
                    || parentsOf(request.trialComponentName()).stream()
                            .anyMatch(p -> p.trialName().equals(t.trialName()));
            List<Trial> kept = trials.values().stream().filter(withComponent).collect(Collectors.toList());
            Listing.Page<Trial> page = Listing.of(kept).equalTo(request.experimentName(), Trial::experimentName)
                    .after(request.createdAfter(), Trial::creationTime)
                    .before(request.createdBefore(), Trial::creationTime)
                    .page(request.sortByAsString(), request.sortOrderAsString(),
                            orders(Trial::trialName, Trial::creationTime), request.maxResults(), request.nextToken());
            return ListTrialsResponse.builder().trialSummaries(page.map(t -> TrialSummary.builder()
                    .trialName(t.trialName()).trialArn(t.trialArn()).displayName(t.displayName())
                    .creationTime(t.creationTime()).lastModifiedTime(t.lastModifiedTime()).build()))
                    .nextToken(page.nextToken()).build();
        }
    }

    @Override
    public UpdateTrialResponse updateTrial(UpdateTrialRequest request) {
        synchronized (lock) {
            Trial t = trial(request.trialName());
            Trial next = t.toBuilder().displayName(request.displayName() == null ? t.displayName()
                    : request.displayName()).lastModifiedTime(Instant.now()).lastModifiedBy(user()).build();
            write(trialsDir, next.trialName(), SdkJson.toJson(next));
            trials.put(next.trialName(), next);
            return UpdateTrialResponse.builder().trialArn(next.trialArn()).build();
        }
    }

    @Override
    public DeleteTrialResponse deleteTrial(DeleteTrialRequest request) {
        synchronized (lock) {
            sync();
            Trial t = trial(request.trialName());
            List<String> left = components.values().stream().filter(c -> c.tc.hasParents() && c.tc.parents()
                    .stream().anyMatch(p -> t.trialName().equals(p.trialName())))
                    .map(c -> c.tc.trialComponentName()).collect(Collectors.toList());
            if (!left.isEmpty()) {
                throw new ValidationException("TrialName", t.trialName(), "still has trial components " + left,
                        "disassociate them first (DisassociateTrialComponent), as the service requires");
            }
            remove(trialsDir, t.trialName());
            trials.remove(t.trialName());
            return DeleteTrialResponse.builder().trialArn(t.trialArn()).build();
        }
    }

    // ---------------------------------------------------------------- trial components

    @Override
    public CreateTrialComponentResponse createTrialComponent(CreateTrialComponentRequest request) {
        String name = name("TrialComponentName", request.trialComponentName());
        synchronized (lock) {
            sync();
            if (components.containsKey(name)) {
                throw exists("TrialComponentName", "Trial Component", name,
                        "load it (DescribeTrialComponent) or choose another name");
            }
            Instant now = Instant.now();
            TrialComponent tc = TrialComponent.builder().trialComponentName(name)
                    .trialComponentArn(arn("experiment-trial-component", name))
                    .displayName(request.displayName() == null ? name : request.displayName())
                    .status(request.status()).startTime(request.startTime()).endTime(request.endTime())
                    .parameters(request.hasParameters() ? request.parameters() : null)
                    .inputArtifacts(request.hasInputArtifacts() ? request.inputArtifacts() : null)
                    .outputArtifacts(request.hasOutputArtifacts() ? request.outputArtifacts() : null)
                    .metadataProperties(request.metadataProperties())
                    .tags(request.hasTags() ? request.tags() : null).creationTime(now).lastModifiedTime(now)
                    .createdBy(user()).lastModifiedBy(user()).build();
            put(new Component(tc, List.of(), null));
            return CreateTrialComponentResponse.builder().trialComponentArn(tc.trialComponentArn()).build();
        }
    }

    @Override
    public DescribeTrialComponentResponse describeTrialComponent(DescribeTrialComponentRequest request) {
        synchronized (lock) {
            sync();
            Component c = component(request.trialComponentName());
            ObjectNode json = SdkJson.toJson(withSummaries(c));
            json.remove("Parents");
            json.remove("Tags");
            return SdkJson.fromJson(json, DescribeTrialComponentResponse::builder);
        }
    }

    @Override
    public ListTrialComponentsResponse listTrialComponents(ListTrialComponentsRequest request) {
        int filters = (request.experimentName() == null ? 0 : 1) + (request.trialName() == null ? 0 : 1)
                + (request.sourceArn() == null ? 0 : 1);
        if (filters > 1) {
            throw new ValidationException("ExperimentName", request.experimentName(), "is given together with"
                    + " TrialName or SourceArn", "filter by one of ExperimentName, TrialName and SourceArn, as the"
                    + " service allows");
        }
        synchronized (lock) {
            sync();
            if (request.experimentName() != null) {
                experiment(request.experimentName());
            }
            if (request.trialName() != null) {
                trial(request.trialName());
            }
            List<TrialComponent> kept = components.values().stream().map(c -> c.tc)
                    .filter(tc -> request.experimentName() == null || tc.hasParents() && tc.parents().stream()
                            .anyMatch(p -> request.experimentName().equals(p.experimentName())))
                    .filter(tc -> request.trialName() == null || tc.hasParents() && tc.parents().stream()
                            .anyMatch(p -> request.trialName().equals(p.trialName())))
                    .filter(tc -> request.sourceArn() == null || tc.source() != null
                            && request.sourceArn().equals(tc.source().sourceArn()))
                    .collect(Collectors.toList());
            Listing.Page<TrialComponent> page = Listing.of(kept)
                    .after(request.createdAfter(), TrialComponent::creationTime)
                    .before(request.createdBefore(), TrialComponent::creationTime)
                    .page(request.sortByAsString(), request.sortOrderAsString(),
                            orders(TrialComponent::trialComponentName, TrialComponent::creationTime),
                            request.maxResults(), request.nextToken());
            return ListTrialComponentsResponse.builder().trialComponentSummaries(page.map(tc ->
                    TrialComponentSummary.builder().trialComponentName(tc.trialComponentName())
                            .trialComponentArn(tc.trialComponentArn()).displayName(tc.displayName())
                            .trialComponentSource(tc.source()).status(tc.status()).startTime(tc.startTime())
                            .endTime(tc.endTime()).creationTime(tc.creationTime()).createdBy(tc.createdBy())
                            .lastModifiedTime(tc.lastModifiedTime()).lastModifiedBy(tc.lastModifiedBy()).build()))
                    .nextToken(page.nextToken()).build();
        }
    }

    @Override
    public UpdateTrialComponentResponse updateTrialComponent(UpdateTrialComponentRequest request) {
        synchronized (lock) {
            sync();
            Component c = component(request.trialComponentName());
            TrialComponent tc = c.tc;
            TrialComponent.Builder b = tc.toBuilder().lastModifiedTime(Instant.now()).lastModifiedBy(user());
            if (request.displayName() != null) {
                b.displayName(request.displayName());
            }
            if (request.status() != null) {
                b.status(request.status());
            }
            if (request.startTime() != null) {
                b.startTime(request.startTime());
            }
            if (request.endTime() != null) {
                b.endTime(request.endTime());
            }
            b.parameters(merge(tc.hasParameters() ? tc.parameters() : Map.of(),
                    request.hasParameters() ? request.parameters() : Map.of(),
                    request.hasParametersToRemove() ? request.parametersToRemove() : List.of(), "Parameters"));
            b.inputArtifacts(merge(tc.hasInputArtifacts() ? tc.inputArtifacts() : Map.of(),
                    request.hasInputArtifacts() ? request.inputArtifacts() : Map.of(),
                    request.hasInputArtifactsToRemove() ? request.inputArtifactsToRemove() : List.of(),
                    "InputArtifacts"));
            b.outputArtifacts(merge(tc.hasOutputArtifacts() ? tc.outputArtifacts() : Map.of(),
                    request.hasOutputArtifacts() ? request.outputArtifacts() : Map.of(),
                    request.hasOutputArtifactsToRemove() ? request.outputArtifactsToRemove() : List.of(),
                    "OutputArtifacts"));
            put(c.with(b.build()));
            return UpdateTrialComponentResponse.builder().trialComponentArn(tc.trialComponentArn()).build();
        }
    }

    private static <V> Map<String, V> merge(Map<String, V> current, Map<String, V> added, List<String> removed,
            String field) {
        for (String key : removed) {
            if (added.containsKey(key)) {
                throw new ValidationException(field + "ToRemove", key, "is also in " + field,
                        "either set or remove a key in one call, as the service requires");
            }
        }
        Map<String, V> out = new TreeMap<>(current);
        out.putAll(added);
        removed.forEach(out::remove);
        return out;
    }

    @Override
    public DeleteTrialComponentResponse deleteTrialComponent(DeleteTrialComponentRequest request) {
        synchronized (lock) {
            sync();
            Component c = component(request.trialComponentName());
            if (c.tc.hasParents() && !c.tc.parents().isEmpty()) {
                throw new ValidationException("TrialComponentName", c.tc.trialComponentName(),
                        "is still associated with trials " + c.tc.parents().stream().map(Parent::trialName)
                                .collect(Collectors.toList()),
                        "disassociate it first (DisassociateTrialComponent), as the service requires");
            }
            remove(componentsDir, c.tc.trialComponentName());
            components.remove(c.tc.trialComponentName());
            return DeleteTrialComponentResponse.builder().trialComponentArn(c.tc.trialComponentArn()).build();
        }
    }

    @Override
    public AssociateTrialComponentResponse associateTrialComponent(AssociateTrialComponentRequest request) {
        synchronized (lock) {
            sync();
            Component c = component(request.trialComponentName());
            Trial t = trial(request.trialName());
            List<Parent> parents = new ArrayList<>(c.tc.hasParents() ? c.tc.parents() : List.of());
            if (parents.stream().noneMatch(p -> p.trialName().equals(t.trialName()))) {
                parents.add(Parent.builder().trialName(t.trialName()).experimentName(t.experimentName()).build());
                put(c.with(c.tc.toBuilder().parents(parents).build()));
            }
            return AssociateTrialComponentResponse.builder().trialArn(t.trialArn())
                    .trialComponentArn(c.tc.trialComponentArn()).build();
        }
    }

    @Override
    public DisassociateTrialComponentResponse disassociateTrialComponent(DisassociateTrialComponentRequest request) {
        synchronized (lock) {
            sync();
            Component c = component(request.trialComponentName());
            Trial t = trial(request.trialName());
            List<Parent> parents = new ArrayList<>(c.tc.hasParents() ? c.tc.parents() : List.of());
            if (parents.removeIf(p -> p.trialName().equals(t.trialName()))) {
                put(c.with(c.tc.toBuilder().parents(parents).build()));
            }
            return DisassociateTrialComponentResponse.builder().trialArn(t.trialArn())
                    .trialComponentArn(c.tc.trialComponentArn()).build();
        }
    }

    private List<Parent> parentsOf(String trialComponentName) {
        Component c = components.get(trialComponentName);
        return c == null || !c.tc.hasParents() ? List.of() : c.tc.parents();
    }

    // ---------------------------------------------------------------- metrics (sagemaker-metrics)

    @Override
    public BatchPutMetricsResponse batchPutMetrics(BatchPutMetricsRequest request) {
        String name = request.trialComponentName();
        if (name == null) {
            throw new ValidationException("TrialComponentName", null, "is required", "name the run's trial"
                    + " component");
        }
        if (!request.hasMetricData() || request.metricData().isEmpty()
                || request.metricData().size() > MAX_METRIC_BATCH) {
            throw new ValidationException("MetricData", request.hasMetricData() ? request.metricData().size() : 0,
                    "must hold 1 to " + MAX_METRIC_BATCH + " values", "send at most " + MAX_METRIC_BATCH
                    + " values per call, as the Python SDK's _MetricsManager batches them");
        }
        synchronized (lock) {
            sync();
            Component c = component(name);
            List<ObjectNode> raw = new ArrayList<>(c.raw);
            List<BatchPutMetricsError> errors = new ArrayList<>();
            Instant now = Instant.now();
            for (int i = 0; i < request.metricData().size(); i++) {
                RawMetricData d = request.metricData().get(i);
                if (d.metricName() == null || d.metricName().isEmpty() || d.value() == null
                        || d.value().isNaN() || d.value().isInfinite() || d.timestamp() == null
                        || d.timestamp().isBefore(now.minus(Duration.ofDays(14)))
                        || d.timestamp().isAfter(now.plus(Duration.ofHours(2)))) {
                    errors.add(BatchPutMetricsError.builder().code(PutMetricsErrorCode.VALIDATION_ERROR)
                            .metricIndex(i).build());
                    continue;
                }
                ObjectNode r = SdkJson.MAPPER.createObjectNode();
                r.put("MetricName", d.metricName());
                r.put("Value", d.value());
                r.put("Timestamp", d.timestamp().toEpochMilli() / 1000.0);
                if (d.step() != null) {
                    r.put("Step", d.step());
                }
                raw.add(r);
            }
            put(new Component(c.tc.toBuilder().lastModifiedTime(now).build(), raw, c.jobStatus));
            return BatchPutMetricsResponse.builder().errors(errors.isEmpty() ? null : errors).build();
        }
    }

    @Override
    public BatchGetMetricsResponse batchGetMetrics(BatchGetMetricsRequest request) {
        if (!request.hasMetricQueries() || request.metricQueries().isEmpty()
                || request.metricQueries().size() > 100) {
            throw new ValidationException("MetricQueries", request.hasMetricQueries()
                    ? request.metricQueries().size() : 0, "must hold 1 to 100 queries", "ask for 1 to 100 series");
        }
        synchronized (lock) {
            sync();
            List<MetricQueryResult> results = new ArrayList<>();
            for (MetricQuery q : request.metricQueries()) {
                Component c = components.values().stream()
                        .filter(x -> x.tc.trialComponentArn().equals(q.resourceArn())).findFirst().orElse(null);
                if (c == null) {
                    results.add(MetricQueryResult.builder().status(MetricQueryResultStatus.VALIDATION_ERROR)
                            .message("No trial component has the ARN " + q.resourceArn()).xAxisValues(List.of())
                            .metricValues(List.of()).build());
                    continue;
                }
                boolean byStep = q.xAxisType() != XAxisType.TIMESTAMP;
                long bucket = switch (q.periodAsString() == null ? "IterationNumber" : q.periodAsString()) {
                    case "OneMinute" -> 60;
                    case "FiveMinute" -> 300;
                    case "OneHour" -> 3600;
                    default -> 0;
                };
                TreeMap<Long, List<Double>> groups = new TreeMap<>();
                for (MetricPoint p : points(c)) {
                    if (!p.metricName().equals(q.metricName())
                            || q.start() != null && p.timestamp().getEpochSecond() < q.start()
                            || q.end() != null && p.timestamp().getEpochSecond() > q.end()) {
                        continue;
                    }
                    long seconds = p.timestamp().getEpochSecond();
                    long x = byStep ? p.step() : bucket == 0 ? seconds : seconds - seconds % bucket;
                    groups.computeIfAbsent(x, k -> new ArrayList<>()).add(p.value());
                }
                List<Long> xs = new ArrayList<>(groups.keySet());
                List<Double> ys = new ArrayList<>();
                for (List<Double> g : groups.values()) {
                    ys.add(stat(g, q.metricStatAsString()));
                }
                results.add(MetricQueryResult.builder().status(MetricQueryResultStatus.COMPLETE).xAxisValues(xs)
                        .metricValues(ys).build());
            }
            return BatchGetMetricsResponse.builder().metricQueryResults(results).build();
        }
    }

    private static double stat(List<Double> values, String stat) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double avg = sum / values.size();
        switch (stat == null ? "Avg" : stat) {
            case "Min":
                return min;
            case "Max":
                return max;
            case "Count":
                return values.size();
            case "Last":
                return values.get(values.size() - 1);
            case "StdDev":
                double squares = 0;
                for (double v : values) {
                    squares += (v - avg) * (v - avg);
                }
                return values.size() > 1 ? Math.sqrt(squares / (values.size() - 1)) : 0.0;
            default:
                return avg;
        }
    }

    /**
     * The raw metric values of a trial component, in the order logged, as the local backend keeps them.
     *
     * @param trialComponentName the trial component
     * @return its values
     * @throws ResourceNotFoundException when there is no such trial component
     */
    public List<MetricPoint> rawMetrics(String trialComponentName) {
        synchronized (lock) {
            sync();
            return points(component(trialComponentName));
        }
    }

    private static List<MetricPoint> points(Component c) {
        List<MetricPoint> out = new ArrayList<>();
        for (ObjectNode r : c.raw) {
            out.add(new MetricPoint(r.path("MetricName").asText(), r.path("Value").asDouble(),
                    r.path("Step").asLong(-1), Instant.ofEpochMilli(Math.round(r.path("Timestamp").asDouble()
                    * 1000))));
        }
        return out;
    }

    /** The component with its metric summaries computed from its raw series, as Describe and Search show them. */
    private static TrialComponent withSummaries(Component c) {
        if (c.raw.isEmpty()) {
            return c.tc;
        }
        Map<String, List<ObjectNode>> byName = new LinkedHashMap<>();
        for (ObjectNode r : c.raw) {
            byName.computeIfAbsent(r.path("MetricName").asText(), k -> new ArrayList<>()).add(r);
        }
        List<TrialComponentMetricSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, List<ObjectNode>> e : byName.entrySet()) {
            List<ObjectNode> values = e.getValue();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            ObjectNode last = values.get(0);
            for (ObjectNode v : values) {
                double x = v.path("Value").asDouble();
                min = Math.min(min, x);
                max = Math.max(max, x);
                sum += x;
                if (v.path("Timestamp").asDouble() >= last.path("Timestamp").asDouble()) {
                    last = v;
                }
            }
            double avg = sum / values.size();
            double squares = 0;
            for (ObjectNode v : values) {
                double d = v.path("Value").asDouble() - avg;
                squares += d * d;
            }
            double stdDev = values.size() > 1 ? Math.sqrt(squares / (values.size() - 1)) : 0.0;
            summaries.add(TrialComponentMetricSummary.builder().metricName(e.getKey())
                    .sourceArn(c.tc.source() == null ? c.tc.trialComponentArn() : c.tc.source().sourceArn())
                    .timeStamp(Instant.ofEpochMilli(Math.round(last.path("Timestamp").asDouble() * 1000)))
                    .min(min).max(max).avg(avg).stdDev(stdDev).last(last.path("Value").asDouble())
                    .count(values.size()).build());
        }
        return c.tc.toBuilder().metrics(summaries).build();
    }

    // ---------------------------------------------------------------- search

    @Override
    public SearchResponse search(SearchRequest request) {
        String resource = request.resourceAsString();
        synchronized (lock) {
            sync();
            List<SearchRecord> records = new ArrayList<>();
            List<ObjectNode> jsons = new ArrayList<>();
            if ("Experiment".equals(resource)) {
                for (Experiment e : experiments.values()) {
                    records.add(SearchRecord.builder().experiment(e).build());
                    jsons.add(SdkJson.toJson(e));
                }
            } else if ("ExperimentTrial".equals(resource)) {
                for (Trial t : trials.values()) {
                    List<TrialComponentSimpleSummary> members = components.values().stream()
                            .filter(c -> c.tc.hasParents() && c.tc.parents().stream()
                                    .anyMatch(p -> p.trialName().equals(t.trialName())))
                            .map(c -> TrialComponentSimpleSummary.builder()
                                    .trialComponentName(c.tc.trialComponentName())
                                    .trialComponentArn(c.tc.trialComponentArn())
                                    .trialComponentSource(c.tc.source()).creationTime(c.tc.creationTime())
                                    .createdBy(c.tc.createdBy()).build())
                            .collect(Collectors.toList());
                    Trial full = t.toBuilder().trialComponentSummaries(members).build();
                    records.add(SearchRecord.builder().trial(full).build());
                    jsons.add(SdkJson.toJson(full));
                }
            } else if ("ExperimentTrialComponent".equals(resource)) {
                for (Component c : components.values()) {
                    TrialComponent full = withSummaries(c);
                    records.add(SearchRecord.builder().trialComponent(full).build());
                    jsons.add(SdkJson.toJson(full));
                }
            } else {
                throw new ValidationException("Resource", resource, "is not an experiments resource",
                        "search Experiment, ExperimentTrial or ExperimentTrialComponent here");
            }
            return SearchExpressions.search(records, jsons, request);
        }
    }

    // ---------------------------------------------------------------- jobs join experiments

    /** Derives the trial components of the training jobs the job store holds. Holds the lock. */
    private void sync() {
        for (DescribeTrainingJobResponse job : context.jobs().<DescribeTrainingJobResponse>all(JobKind.TRAINING)) {
            String name = job.trainingJobName() + JOB_SUFFIX;
            Component existing = components.get(name);
            String status = job.trainingJobStatusAsString();
            if (existing != null && Objects.equals(existing.jobStatus, status) && terminal(status)) {
                continue;
            }
            if (existing != null && existing.jobStatus == null) {
                continue;  // a component of that name that no job made: the user's, left alone
            }
            put(jobComponent(job, name, existing));
        }
        for (DescribeTransformJobResponse job : context.jobs().<DescribeTransformJobResponse>all(JobKind.TRANSFORM)) {
            String name = job.transformJobName() + TRANSFORM_SUFFIX;
            Component existing = components.get(name);
            String status = job.transformJobStatusAsString();
            if (existing != null && (existing.jobStatus == null
                    || Objects.equals(existing.jobStatus, status) && terminal(status))) {
                continue;
            }
            put(transformComponent(job, name, existing));
        }
        for (DescribeProcessingJobResponse job
                : context.jobs().<DescribeProcessingJobResponse>all(JobKind.PROCESSING)) {
            String name = job.processingJobName() + PROCESSING_SUFFIX;
            Component existing = components.get(name);
            String status = job.processingJobStatusAsString();
            if (existing != null && (existing.jobStatus == null
                    || Objects.equals(existing.jobStatus, status) && terminal(status))) {
                continue;
            }
            put(processingComponent(job, name, existing));
        }
    }

    /**
     * A processing job's trial component, as SageMaker records it: its instance settings, image and environment
     * as parameters, its inputs (by input name) and image as input artifacts, its outputs as output artifacts.
     */
    private Component processingComponent(DescribeProcessingJobResponse job, String name, Component existing) {
        Map<String, TrialComponentParameterValue> parameters = new TreeMap<>();
        if (job.processingResources() != null && job.processingResources().clusterConfig() != null) {
            ProcessingClusterConfig r = job.processingResources().clusterConfig();
            if (r.instanceTypeAsString() != null) {
                parameters.put("SageMaker.InstanceType", TrialComponentParameterValue.builder()
                        .stringValue(r.instanceTypeAsString()).build());
            }
            if (r.instanceCount() != null) {
                parameters.put("SageMaker.InstanceCount", TrialComponentParameterValue.builder()
                        .numberValue(r.instanceCount().doubleValue()).build());
            }
            if (r.volumeSizeInGB() != null) {
                parameters.put("SageMaker.VolumeSizeInGB", TrialComponentParameterValue.builder()
                        .numberValue(r.volumeSizeInGB().doubleValue()).build());
            }
        }
        if (job.hasEnvironment()) {
            job.environment().forEach((k, v) -> parameters.put(k, parameter(v)));
        }
        Map<String, TrialComponentArtifact> inputs = new TreeMap<>();
        for (ProcessingInput in : job.processingInputs()) {
            if (in.s3Input() != null && in.s3Input().s3Uri() != null) {
                inputs.put(in.inputName(), TrialComponentArtifact.builder().value(in.s3Input().s3Uri()).build());
            }
        }
        if (job.appSpecification() != null && job.appSpecification().imageUri() != null) {
            inputs.put("SageMaker.ImageUri", TrialComponentArtifact.builder()
                    .value(job.appSpecification().imageUri()).build());
        }
        Map<String, TrialComponentArtifact> outputs = new TreeMap<>();
        if (job.processingOutputConfig() != null) {
            for (ProcessingOutput out : job.processingOutputConfig().outputs()) {
                if (out.s3Output() != null && out.s3Output().s3Uri() != null) {
                    outputs.put(out.outputName(), TrialComponentArtifact.builder().value(out.s3Output().s3Uri())
                            .build());
                }
            }
        }
        String status = job.processingJobStatusAsString();
        ExperimentConfig config = job.experimentConfig();
        TrialComponent tc = TrialComponent.builder().trialComponentName(name)
                .trialComponentArn(arn("experiment-trial-component", name))
                .displayName(config != null && config.trialComponentDisplayName() != null
                        ? config.trialComponentDisplayName() : name)
                .source(TrialComponentSource.builder().sourceArn(job.processingJobArn())
                        .sourceType("SageMakerProcessingJob").build())
                .status(TrialComponentStatus.builder().primaryStatus(primaryStatus(status))
                        .message(job.failureReason()).build())
                .startTime(job.processingStartTime()).endTime(job.processingEndTime())
                .creationTime(existing == null ? job.creationTime() : existing.tc.creationTime())
                .lastModifiedTime(Instant.now()).createdBy(user()).lastModifiedBy(user())
                .parameters(parameters).inputArtifacts(inputs).outputArtifacts(outputs)
                .parents(parents(existing, config, name))
                .runName(config == null ? null : config.runName()).build();
        return new Component(tc, List.of(), status);
    }

    /** A transform job's trial component, as SageMaker records it: its settings, model, input and output. */
    private Component transformComponent(DescribeTransformJobResponse job, String name, Component existing) {
        Map<String, TrialComponentParameterValue> parameters = new TreeMap<>();
        if (job.transformResources() != null) {
            TransformResources r = job.transformResources();
            if (r.instanceTypeAsString() != null) {
                parameters.put("SageMaker.InstanceType", TrialComponentParameterValue.builder()
                        .stringValue(r.instanceTypeAsString()).build());
            }
            if (r.instanceCount() != null) {
                parameters.put("SageMaker.InstanceCount", TrialComponentParameterValue.builder()
                        .numberValue(r.instanceCount().doubleValue()).build());
            }
        }
        if (job.batchStrategyAsString() != null) {
            parameters.put("SageMaker.BatchStrategy", TrialComponentParameterValue.builder()
                    .stringValue(job.batchStrategyAsString()).build());
        }
        if (job.maxConcurrentTransforms() != null) {
            parameters.put("SageMaker.MaxConcurrentTransforms", TrialComponentParameterValue.builder()
                    .numberValue(job.maxConcurrentTransforms().doubleValue()).build());
        }
        if (job.maxPayloadInMB() != null) {
            parameters.put("SageMaker.MaxPayloadInMB", TrialComponentParameterValue.builder()
                    .numberValue(job.maxPayloadInMB().doubleValue()).build());
        }
        Map<String, TrialComponentArtifact> inputs = new TreeMap<>();
        if (job.transformInput() != null && job.transformInput().dataSource() != null
                && job.transformInput().dataSource().s3DataSource() != null) {
            inputs.put("SageMaker.TransformInput", TrialComponentArtifact.builder()
                    .value(job.transformInput().dataSource().s3DataSource().s3Uri())
                    .mediaType(job.transformInput().contentType()).build());
        }
        if (job.modelName() != null) {
            inputs.put("SageMaker.ModelName", TrialComponentArtifact.builder().value(job.modelName()).build());
        }
        Map<String, TrialComponentArtifact> outputs = new TreeMap<>();
        if (job.transformOutput() != null && job.transformOutput().s3OutputPath() != null) {
            outputs.put("SageMaker.TransformOutput", TrialComponentArtifact.builder()
                    .value(job.transformOutput().s3OutputPath()).mediaType(job.transformOutput().accept()).build());
        }
        String status = job.transformJobStatusAsString();
        ExperimentConfig config = job.experimentConfig();
        TrialComponent tc = TrialComponent.builder().trialComponentName(name)
                .trialComponentArn(arn("experiment-trial-component", name))
                .displayName(config != null && config.trialComponentDisplayName() != null
                        ? config.trialComponentDisplayName() : name)
                .source(TrialComponentSource.builder().sourceArn(job.transformJobArn())
                        .sourceType("SageMakerTransformJob").build())
                .status(TrialComponentStatus.builder().primaryStatus(primaryStatus(status))
                        .message(job.failureReason()).build())
                .startTime(job.transformStartTime()).endTime(job.transformEndTime())
                .creationTime(existing == null ? job.creationTime() : existing.tc.creationTime())
                .lastModifiedTime(Instant.now()).createdBy(user()).lastModifiedBy(user())
                .parameters(parameters).inputArtifacts(inputs).outputArtifacts(outputs)
                .parents(parents(existing, config, name))
                .runName(config == null ? null : config.runName()).build();
        return new Component(tc, List.of(), status);
    }

    private static String primaryStatus(String jobStatus) {
        return "Completed".equals(jobStatus) ? "Completed" : "Failed".equals(jobStatus) ? "Failed"
                : "Stopped".equals(jobStatus) ? "Stopped" : "InProgress";
    }

    /**
     * A job component's trials: those it has, or on first sight the ExperimentConfig's trial (created under the
     * experiment when the config names none or one that does not exist yet).
     */
    private List<Parent> parents(Component existing, ExperimentConfig config, String name) {
        List<Parent> parents = new ArrayList<>(existing == null || !existing.tc.hasParents() ? List.of()
                : existing.tc.parents());
        if (existing == null && config != null && config.experimentName() != null
                && experiments.containsKey(config.experimentName())) {
            String trialName = config.trialName() != null ? config.trialName() : name;
            Trial trial = trials.get(trialName);
            if (trial == null) {
                trial = newTrial(trialName, config.experimentName(), null, null);
            }
            parents.add(Parent.builder().trialName(trial.trialName()).experimentName(trial.experimentName())
                    .build());
        }
        return parents;
    }

    private static boolean terminal(String status) {
        return "Completed".equals(status) || "Failed".equals(status) || "Stopped".equals(status);
    }

    private Component jobComponent(DescribeTrainingJobResponse job, String name, Component existing) {
        Map<String, TrialComponentParameterValue> parameters = new TreeMap<>();
        if (job.hasHyperParameters()) {
            job.hyperParameters().forEach((k, v) -> parameters.put(k, parameter(v)));
        }
        if (job.resourceConfig() != null) {
            ResourceConfig r = job.resourceConfig();
            if (r.instanceTypeAsString() != null) {
                parameters.put("SageMaker.InstanceType", TrialComponentParameterValue.builder()
                        .stringValue(r.instanceTypeAsString()).build());
            }
            if (r.instanceCount() != null) {
                parameters.put("SageMaker.InstanceCount", TrialComponentParameterValue.builder()
                        .numberValue(r.instanceCount().doubleValue()).build());
            }
            if (r.volumeSizeInGB() != null) {
                parameters.put("SageMaker.VolumeSizeInGB", TrialComponentParameterValue.builder()
                        .numberValue(r.volumeSizeInGB().doubleValue()).build());
            }
        }
        Map<String, TrialComponentArtifact> inputs = new TreeMap<>();
        if (job.hasInputDataConfig()) {
            for (Channel ch : job.inputDataConfig()) {
                if (ch.dataSource() != null && ch.dataSource().s3DataSource() != null) {
                    inputs.put(ch.channelName(), TrialComponentArtifact.builder()
                            .value(ch.dataSource().s3DataSource().s3Uri()).mediaType(ch.contentType()).build());
                }
            }
        }
        if (job.algorithmSpecification() != null && job.algorithmSpecification().trainingImage() != null) {
            inputs.put("SageMaker.ImageUri", TrialComponentArtifact.builder()
                    .value(job.algorithmSpecification().trainingImage()).build());
        }
        Map<String, TrialComponentArtifact> outputs = new TreeMap<>();
        if (job.modelArtifacts() != null && job.modelArtifacts().s3ModelArtifacts() != null) {
            outputs.put("SageMaker.ModelArtifact", TrialComponentArtifact.builder()
                    .value(job.modelArtifacts().s3ModelArtifacts()).build());
        }
        String status = job.trainingJobStatusAsString();
        String primary = primaryStatus(status);
        ExperimentConfig config = job.experimentConfig();
        List<Parent> parents = parents(existing, config, name);
        Instant created = existing == null ? job.creationTime() : existing.tc.creationTime();
        TrialComponent tc = TrialComponent.builder().trialComponentName(name)
                .trialComponentArn(arn("experiment-trial-component", name))
                .displayName(config != null && config.trialComponentDisplayName() != null
                        ? config.trialComponentDisplayName() : name)
                .source(TrialComponentSource.builder().sourceArn(job.trainingJobArn())
                        .sourceType("SageMakerTrainingJob").build())
                .status(TrialComponentStatus.builder().primaryStatus(primary)
                        .message(job.secondaryStatusAsString() == null ? null
                                : "Status: " + status + ", secondary status: " + job.secondaryStatusAsString()
                                + (job.failureReason() == null ? "" : ", failure reason: " + job.failureReason()))
                        .build())
                .startTime(job.trainingStartTime()).endTime(job.trainingEndTime())
                .creationTime(created).lastModifiedTime(Instant.now()).createdBy(user()).lastModifiedBy(user())
                .parameters(parameters).inputArtifacts(inputs).outputArtifacts(outputs).parents(parents)
                .runName(config == null ? null : config.runName()).build();
        List<ObjectNode> raw = new ArrayList<>();
        List<MetricPoint> series = MetricCollector.read(context.jobs().folder(JobKind.TRAINING,
                job.trainingJobName()).resolve("metrics.jsonl"), () -> { });
        for (MetricPoint p : series) {
            ObjectNode r = SdkJson.MAPPER.createObjectNode();
            r.put("MetricName", p.metricName());
            r.put("Value", p.value());
            r.put("Timestamp", p.timestamp().toEpochMilli() / 1000.0);
            r.put("Step", p.step());
            raw.add(r);
        }
        if (raw.isEmpty() && job.hasFinalMetricDataList()) {
            for (MetricData m : job.finalMetricDataList()) {
                ObjectNode r = SdkJson.MAPPER.createObjectNode();
                r.put("MetricName", m.metricName());
                r.put("Value", m.value().doubleValue());
                r.put("Timestamp", (m.timestamp() == null ? Instant.now() : m.timestamp()).toEpochMilli()
                        / 1000.0);
                raw.add(r);
            }
        }
        return new Component(tc, raw, status);
    }

    /** A hyperparameter as a number where it reads as one (so runs compare by value), else as text. */
    private static TrialComponentParameterValue parameter(String value) {
        try {
            double d = Double.parseDouble(value);
            if (!Double.isNaN(d) && !Double.isInfinite(d)) {
                return TrialComponentParameterValue.builder().numberValue(d).build();
            }
        } catch (NumberFormatException e) {
            // text
        }
        return TrialComponentParameterValue.builder().stringValue(value).build();
    }

    // ---------------------------------------------------------------- records

    private Experiment experiment(String name) {
        if (name == null) {
            throw new ValidationException("ExperimentName", null, "is required", "name the experiment");
        }
        Experiment e = experiments.get(name);
        if (e == null) {
            throw new ResourceNotFoundException("Experiment", name, "create it first (CreateExperiment, or"
                    + " Run.builder().experimentName(...)); list them with ListExperiments");
        }
        return e;
    }

    private Trial trial(String name) {
        if (name == null) {
            throw new ValidationException("TrialName", null, "is required", "name the trial");
        }
        Trial t = trials.get(name);
        if (t == null) {
            throw new ResourceNotFoundException("Trial", name, "create it first (CreateTrial); list them with"
                    + " ListTrials");
        }
        return t;
    }

    private Component component(String name) {
        if (name == null) {
            throw new ValidationException("TrialComponentName", null, "is required", "name the trial component");
        }
        Component c = components.get(name);
        if (c == null) {
            throw new ResourceNotFoundException("Trial Component", name, "create it first"
                    + " (CreateTrialComponent); list them with ListTrialComponents");
        }
        return c;
    }

    private void put(Component c) {
        ObjectNode json = SdkJson.MAPPER.createObjectNode();
        json.set("TrialComponent", SdkJson.toJson(c.tc));
        ArrayNode raw = json.putArray("RawMetrics");
        c.raw.forEach(raw::add);
        if (c.jobStatus != null) {
            json.put("JobStatus", c.jobStatus);
        }
        write(componentsDir, c.tc.trialComponentName(), json);
        components.put(c.tc.trialComponentName(), c);
    }

    private static String name(String field, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException(field, name, "does not satisfy the service's naming rule"
                    + " ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}", "use 1 to 120 letters, digits and hyphens, starting"
                    + " and ending with a letter or digit");
        }
        return name;
    }

    /** The service's answer to a name in use: a ValidationException saying it already exists. */
    private static ValidationException exists(String field, String kind, String name, String fix) {
        return new ValidationException(field, name, kind + " with name (" + name + ") already exists", fix);
    }

    private String arn(String type, String name) {
        return "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":" + type + "/"
                + name.toLowerCase(java.util.Locale.ROOT);
    }

    private static UserContext user() {
        return UserContext.builder().userProfileName(dev.sagemaker4j.local.CallerIdentity.localUser()).build();
    }

    private static <T> Map<String, Comparator<T>> orders(Function<T, String> name, Function<T, Instant> created) {
        Map<String, Comparator<T>> m = new LinkedHashMap<>();
        m.put("Name", Comparator.comparing(name));
        m.put("CreationTime", Comparator.comparing(created, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(name));
        return m;
    }

    private static List<JsonNode> load(Path dir) {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : files) {
                out.add(SdkJson.MAPPER.readTree(Files.readAllBytes(f)));
            }
        } catch (IOException e) {
            throw new StorageException(dir.toUri().toString(), "the experiments store could not be read: " + e,
                    true, e);
        }
        return out;
    }

    /** Writes a record whole (AtomicFiles); loaders read only {@code *.json}, never a temporary file. */
    private static void write(Path dir, String name, JsonNode json) {
        AtomicFiles.writeString(dir.resolve(name + ".json"), json.toPrettyString());
    }

    private static void remove(Path dir, String name) {
        Path target = dir.resolve(name + ".json");
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new StorageException(target.toUri().toString(), "the record could not be deleted: " + e, true, e);
        }
    }
}
