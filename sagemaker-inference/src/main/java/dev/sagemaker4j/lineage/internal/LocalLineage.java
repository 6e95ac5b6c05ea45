/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.lineage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.LineageApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * The local lineage store: artifacts, actions, contexts (and the trial components of jobs) with the associations
 * between them, kept one JSON file per entity under {@code <root>/lineage}, each written atomically (a temporary
 * file moved into place), so a crash leaves a whole record or none.
 *
 * <p>Lineage is recorded automatically, as SageMaker does: before each lineage operation the store takes up the
 * training jobs that completed, the models, the endpoints and the transform jobs the local backend holds (its
 * job store) and not yet recorded, and adds their entities and associations in SageMaker's shape:
 * <pre>
 * DataSet artifact --ContributedTo--&gt; training job (trial component) --Produced--&gt; Model artifact
 * Image artifact   --ContributedTo--&gt; training job
 * Model artifact   --ContributedTo--&gt; ModelDeployment action --AssociatedWith--&gt; Endpoint context
 * Model artifact, DataSet artifact --ContributedTo--&gt; transform job --Produced--&gt; DataSet artifact (output)
 * DataSet artifact, Image artifact --ContributedTo--&gt; processing job --Produced--&gt; DataSet artifact (output)
 * </pre>
 * Recording on read keeps every other part, and the InvokeEndpoint path, untouched.
 */
public final class LocalLineage implements LocalPart, LineageApi {
    private static final String ARTIFACT = "Artifact";
    private static final String ACTION = "Action";
    private static final String CONTEXT = "Context";
    private static final String TRIAL_COMPONENT = "TrialComponent";
    private static final int DEFAULT_MAX_DEPTH = 10;

    private final LocalContext context;
    private final Path entitiesDir;
    private final Path associationsDir;
    private final Object lock = new Object();
    /** Entities by ARN, loaded at start and kept in step with every write. */
    private final Map<String, ObjectNode> entities = new LinkedHashMap<>();
    /** Associations by key (source ARN, newline, destination ARN). */
    private final Map<String, ObjectNode> associations = new LinkedHashMap<>();

    /**
     * Opens the store on a session's root.
     *
     * @param context what the parts share
     */
    public LocalLineage(LocalContext context) {
        this.context = context;
        Path root = context.root().resolve("lineage");
        this.entitiesDir = root.resolve("entities");
        this.associationsDir = root.resolve("associations");
        for (ObjectNode e : load(entitiesDir)) {
            entities.put(e.path("Arn").asText(), e);
        }
        for (ObjectNode a : load(associationsDir)) {
            associations.put(key(a.path("SourceArn").asText(), a.path("DestinationArn").asText()), a);
        }
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(LineageApi.CAPABILITY, this);
    }

    // ---------------------------------------------------------------- artifacts

    @Override
    public CreateArtifactResponse createArtifact(CreateArtifactRequest request) {
        if (request.source() == null || request.source().sourceUri() == null) {
            throw new ValidationException("Source.SourceUri", null, "is required",
                    "give the artifact's source, e.g. .source(s -> s.sourceUri(\"s3://bucket/data.csv\"))");
        }
        require("ArtifactType", request.artifactType());
        synchronized (lock) {
            sync();
            String arn = arn("artifact", randomId());
            ObjectNode e = entity(arn, ARTIFACT, request.artifactType(), request.artifactName(),
                    request.source().sourceUri(), null, request.properties());
            if (request.source().hasSourceTypes()) {
                e.set("SourceTypes", SdkJson.MAPPER.valueToTree(request.source().sourceTypes().stream()
                        .map(t -> Map.of("SourceIdType", t.sourceIdTypeAsString(), "Value", t.value())).toList()));
            }
            put(e);
            return CreateArtifactResponse.builder().artifactArn(arn).build();
        }
    }

    @Override
    public DescribeArtifactResponse describeArtifact(DescribeArtifactRequest request) {
        require("ArtifactArn", request.artifactArn());
        synchronized (lock) {
            sync();
            ObjectNode e = get(request.artifactArn(), ARTIFACT, "artifact");
            return DescribeArtifactResponse.builder().artifactArn(e.path("Arn").asText())
                    .artifactName(text(e, "Name")).artifactType(text(e, "Type"))
                    .source(ArtifactSource.builder().sourceUri(text(e, "SourceUri")).sourceTypes(sourceTypes(e))
                            .build())
                    .properties(properties(e)).creationTime(created(e)).lastModifiedTime(created(e)).build();
        }
    }

    @Override
    public ListArtifactsResponse listArtifacts(ListArtifactsRequest request) {
        synchronized (lock) {
            sync();
            List<ArtifactSummary> out = new ArrayList<>();
            for (ObjectNode e : sorted(ARTIFACT, request.createdAfter(), request.createdBefore(),
                    request.sortOrderAsString())) {
                if ((request.sourceUri() == null || request.sourceUri().equals(text(e, "SourceUri")))
                        && (request.artifactType() == null || request.artifactType().equals(text(e, "Type")))) {
                    out.add(ArtifactSummary.builder().artifactArn(e.path("Arn").asText())
                            .artifactName(text(e, "Name")).artifactType(text(e, "Type"))
                            .source(ArtifactSource.builder().sourceUri(text(e, "SourceUri")).build())
                            .creationTime(created(e)).lastModifiedTime(created(e)).build());
                }
            }
            Page<ArtifactSummary> page = page(out, request.maxResults(), request.nextToken());
            return ListArtifactsResponse.builder().artifactSummaries(page.items).nextToken(page.next).build();
        }
    }

    @Override
    public DeleteArtifactResponse deleteArtifact(DeleteArtifactRequest request) {
        synchronized (lock) {
            sync();
            String arn = request.artifactArn();
            if (arn == null && request.source() != null) {
                arn = entities.values().stream().filter(e -> ARTIFACT.equals(text(e, "LineageType"))
                                && request.source().sourceUri().equals(text(e, "SourceUri")))
                        .map(e -> e.path("Arn").asText()).findFirst().orElse(null);
            }
            require("ArtifactArn", arn);
            get(arn, ARTIFACT, "artifact");
            delete(arn);
            return DeleteArtifactResponse.builder().artifactArn(arn).build();
        }
    }

    // ---------------------------------------------------------------- actions

    @Override
    public CreateActionResponse createAction(CreateActionRequest request) {
        require("ActionName", request.actionName());
        require("ActionType", request.actionType());
        synchronized (lock) {
            sync();
            String arn = arn("action", request.actionName());
            ObjectNode e = entity(arn, ACTION, request.actionType(), request.actionName(),
                    request.source() == null ? null : request.source().sourceUri(), request.description(),
                    request.properties());
            e.put("Status", request.statusAsString());
            putNew(e, "action");
            return CreateActionResponse.builder().actionArn(arn).build();
        }
    }

    @Override
    public DescribeActionResponse describeAction(DescribeActionRequest request) {
        require("ActionName", request.actionName());
        synchronized (lock) {
            sync();
            ObjectNode e = get(byName("action", request.actionName()), ACTION, "action");
            return DescribeActionResponse.builder().actionArn(e.path("Arn").asText()).actionName(text(e, "Name"))
                    .actionType(text(e, "Type")).description(text(e, "Description")).status(text(e, "Status"))
                    .source(text(e, "SourceUri") == null ? null
                            : ActionSource.builder().sourceUri(text(e, "SourceUri")).build())
                    .properties(properties(e)).creationTime(created(e)).lastModifiedTime(created(e)).build();
        }
    }

    @Override
    public ListActionsResponse listActions(ListActionsRequest request) {
        synchronized (lock) {
            sync();
            List<ActionSummary> out = new ArrayList<>();
            for (ObjectNode e : sorted(ACTION, request.createdAfter(), request.createdBefore(),
                    request.sortOrderAsString())) {
                if ((request.sourceUri() == null || request.sourceUri().equals(text(e, "SourceUri")))
                        && (request.actionType() == null || request.actionType().equals(text(e, "Type")))) {
                    out.add(ActionSummary.builder().actionArn(e.path("Arn").asText()).actionName(text(e, "Name"))
                            .actionType(text(e, "Type")).status(text(e, "Status"))
                            .source(text(e, "SourceUri") == null ? null
                                    : ActionSource.builder().sourceUri(text(e, "SourceUri")).build())
                            .creationTime(created(e)).lastModifiedTime(created(e)).build());
                }
            }
            Page<ActionSummary> page = page(out, request.maxResults(), request.nextToken());
            return ListActionsResponse.builder().actionSummaries(page.items).nextToken(page.next).build();
        }
    }

    @Override
    public DeleteActionResponse deleteAction(DeleteActionRequest request) {
        require("ActionName", request.actionName());
        synchronized (lock) {
            sync();
            String arn = byName("action", request.actionName());
            get(arn, ACTION, "action");
            delete(arn);
            return DeleteActionResponse.builder().actionArn(arn).build();
        }
    }

    // ---------------------------------------------------------------- contexts

    @Override
    public CreateContextResponse createContext(CreateContextRequest request) {
        require("ContextName", request.contextName());
        require("ContextType", request.contextType());
        if (request.source() == null || request.source().sourceUri() == null) {
            throw new ValidationException("Source.SourceUri", null, "is required",
                    "give the context's source, e.g. .source(s -> s.sourceUri(endpointArn))");
        }
        synchronized (lock) {
            sync();
            String arn = arn("context", request.contextName());
            putNew(entity(arn, CONTEXT, request.contextType(), request.contextName(), request.source().sourceUri(),
                    request.description(), request.properties()), "context");
            return CreateContextResponse.builder().contextArn(arn).build();
        }
    }

    @Override
    public DescribeContextResponse describeContext(DescribeContextRequest request) {
        require("ContextName", request.contextName());
        synchronized (lock) {
            sync();
            ObjectNode e = get(byName("context", request.contextName()), CONTEXT, "context");
            return DescribeContextResponse.builder().contextArn(e.path("Arn").asText()).contextName(text(e, "Name"))
                    .contextType(text(e, "Type")).description(text(e, "Description"))
                    .source(ContextSource.builder().sourceUri(text(e, "SourceUri")).build())
                    .properties(properties(e)).creationTime(created(e)).lastModifiedTime(created(e)).build();
        }
    }

    @Override
    public ListContextsResponse listContexts(ListContextsRequest request) {
        synchronized (lock) {
            sync();
            List<ContextSummary> out = new ArrayList<>();
            for (ObjectNode e : sorted(CONTEXT, request.createdAfter(), request.createdBefore(),
                    request.sortOrderAsString())) {
                if ((request.sourceUri() == null || request.sourceUri().equals(text(e, "SourceUri")))
                        && (request.contextType() == null || request.contextType().equals(text(e, "Type")))) {
                    out.add(ContextSummary.builder().contextArn(e.path("Arn").asText())
                            .contextName(text(e, "Name")).contextType(text(e, "Type"))
                            .source(ContextSource.builder().sourceUri(text(e, "SourceUri")).build())
                            .creationTime(created(e)).lastModifiedTime(created(e)).build());
                }
            }
            Page<ContextSummary> page = page(out, request.maxResults(), request.nextToken());
            return ListContextsResponse.builder().contextSummaries(page.items).nextToken(page.next).build();
        }
    }

    @Override
    public DeleteContextResponse deleteContext(DeleteContextRequest request) {
        require("ContextName", request.contextName());
        synchronized (lock) {
            sync();
            String arn = byName("context", request.contextName());
            get(arn, CONTEXT, "context");
            delete(arn);
            return DeleteContextResponse.builder().contextArn(arn).build();
        }
    }

    // ---------------------------------------------------------------- associations

    @Override
    public AddAssociationResponse addAssociation(AddAssociationRequest request) {
        require("SourceArn", request.sourceArn());
        require("DestinationArn", request.destinationArn());
        synchronized (lock) {
            sync();
            mustExist("SourceArn", request.sourceArn());
            mustExist("DestinationArn", request.destinationArn());
            associate(request.sourceArn(), request.destinationArn(),
                    request.associationType() == null ? "AssociatedWith" : request.associationTypeAsString());
            return AddAssociationResponse.builder().sourceArn(request.sourceArn())
                    .destinationArn(request.destinationArn()).build();
        }
    }

    @Override
    public DeleteAssociationResponse deleteAssociation(DeleteAssociationRequest request) {
        require("SourceArn", request.sourceArn());
        require("DestinationArn", request.destinationArn());
        synchronized (lock) {
            sync();
            String k = key(request.sourceArn(), request.destinationArn());
            if (!associations.containsKey(k)) {
                throw new ResourceNotFoundException("association", request.sourceArn() + " -> "
                        + request.destinationArn(), "list them with ListAssociations");
            }
            removeFile(associationsDir.resolve(hash(k) + ".json"));
            associations.remove(k);
            return DeleteAssociationResponse.builder().sourceArn(request.sourceArn())
                    .destinationArn(request.destinationArn()).build();
        }
    }

    @Override
    public ListAssociationsResponse listAssociations(ListAssociationsRequest request) {
        synchronized (lock) {
            sync();
            List<AssociationSummary> out = new ArrayList<>();
            List<ObjectNode> all = new ArrayList<>(associations.values());
            all.sort(Comparator.comparingLong(a -> a.path("CreationTime").asLong()));
            if ("Descending".equals(request.sortOrderAsString())) {
                java.util.Collections.reverse(all);
            }
            for (ObjectNode a : all) {
                String src = a.path("SourceArn").asText();
                String dst = a.path("DestinationArn").asText();
                Instant created = Instant.ofEpochMilli(a.path("CreationTime").asLong());
                ObjectNode s = entities.get(src);
                ObjectNode d = entities.get(dst);
                if ((request.sourceArn() == null || request.sourceArn().equals(src))
                        && (request.destinationArn() == null || request.destinationArn().equals(dst))
                        && (request.associationType() == null
                            || request.associationTypeAsString().equals(a.path("AssociationType").asText()))
                        && (request.sourceType() == null || s != null && request.sourceType().equals(text(s, "Type")))
                        && (request.destinationType() == null
                            || d != null && request.destinationType().equals(text(d, "Type")))
                        && (request.createdAfter() == null || created.isAfter(request.createdAfter()))
                        && (request.createdBefore() == null || created.isBefore(request.createdBefore()))) {
                    out.add(AssociationSummary.builder().sourceArn(src).destinationArn(dst)
                            .associationType(a.path("AssociationType").asText())
                            .sourceType(s == null ? null : text(s, "Type"))
                            .destinationType(d == null ? null : text(d, "Type"))
                            .sourceName(s == null ? null : text(s, "Name"))
                            .destinationName(d == null ? null : text(d, "Name"))
                            .creationTime(created).build());
                }
            }
            Page<AssociationSummary> page = page(out, request.maxResults(), request.nextToken());
            return ListAssociationsResponse.builder().associationSummaries(page.items).nextToken(page.next).build();
        }
    }

    // ---------------------------------------------------------------- QueryLineage

    @Override
    public QueryLineageResponse queryLineage(QueryLineageRequest request) {
        if (!request.hasStartArns() || request.startArns().isEmpty()) {
            throw new ValidationException("StartArns", null, "must name at least one entity",
                    "pass the ARN of an artifact, action, context or trial component");
        }
        int maxDepth = request.maxDepth() == null ? DEFAULT_MAX_DEPTH : request.maxDepth();
        if (maxDepth < 0 || maxDepth > DEFAULT_MAX_DEPTH) {
            throw new ValidationException("MaxDepth", maxDepth, "must be between 0 and 10", "pass 1 to 10");
        }
        String direction = request.direction() == null ? "Both" : request.directionAsString();
        boolean up = !"Descendants".equals(direction);
        boolean down = !"Ascendants".equals(direction);
        synchronized (lock) {
            sync();
            for (String start : request.startArns()) {
                mustExist("StartArns", start);
            }
            Map<String, List<ObjectNode>> outgoing = new HashMap<>();
            Map<String, List<ObjectNode>> incoming = new HashMap<>();
            for (ObjectNode a : associations.values()) {
                outgoing.computeIfAbsent(a.path("SourceArn").asText(), k -> new ArrayList<>()).add(a);
                incoming.computeIfAbsent(a.path("DestinationArn").asText(), k -> new ArrayList<>()).add(a);
            }
            Set<String> seen = new LinkedHashSet<>(request.startArns());
            Set<ObjectNode> edges = new LinkedHashSet<>();
            Deque<String> frontier = new ArrayDeque<>(request.startArns());
            for (int depth = 0; depth < maxDepth && !frontier.isEmpty(); depth++) {
                Deque<String> next = new ArrayDeque<>();
                for (String arn : frontier) {
                    if (up) {
                        for (ObjectNode a : incoming.getOrDefault(arn, List.of())) {
                            edges.add(a);
                            if (seen.add(a.path("SourceArn").asText())) {
                                next.add(a.path("SourceArn").asText());
                            }
                        }
                    }
                    if (down) {
                        for (ObjectNode a : outgoing.getOrDefault(arn, List.of())) {
                            edges.add(a);
                            if (seen.add(a.path("DestinationArn").asText())) {
                                next.add(a.path("DestinationArn").asText());
                            }
                        }
                    }
                }
                frontier = next;
            }
            Predicate<ObjectNode> keep = filter(request.filters());
            List<Vertex> vertices = new ArrayList<>();
            for (String arn : seen) {
                ObjectNode e = entities.get(arn);
                if (!request.startArns().contains(arn) && e != null && keep.test(e)) {
                    vertices.add(Vertex.builder().arn(arn).type(text(e, "Type"))
                            .lineageType(text(e, "LineageType")).build());
                }
            }
            QueryLineageResponse.Builder out = QueryLineageResponse.builder().vertices(vertices);
            if (Boolean.TRUE.equals(request.includeEdges())) {
                out.edges(edges.stream().map(a -> Edge.builder().sourceArn(a.path("SourceArn").asText())
                        .destinationArn(a.path("DestinationArn").asText())
                        .associationType(a.path("AssociationType").asText()).build()).toList());
            } else {
                out.edges(List.of());
            }
            return out.build();
        }
    }

    private static Predicate<ObjectNode> filter(QueryFilters f) {
        if (f == null) {
            return e -> true;
        }
        return e -> {
            Instant created = created(e);
            return (!f.hasTypes() || f.types().isEmpty() || f.types().contains(text(e, "Type")))
                    && (!f.hasLineageTypes() || f.lineageTypes().isEmpty()
                        || f.lineageTypesAsStrings().contains(text(e, "LineageType")))
                    && (f.createdBefore() == null || created.isBefore(f.createdBefore()))
                    && (f.createdAfter() == null || created.isAfter(f.createdAfter()))
                    && (f.modifiedBefore() == null || created.isBefore(f.modifiedBefore()))
                    && (f.modifiedAfter() == null || created.isAfter(f.modifiedAfter()))
                    && (!f.hasProperties() || f.properties().entrySet().stream()
                        .allMatch(p -> p.getValue().equals(e.path("Properties").path(p.getKey()).asText(null))));
        };
    }

    // ---------------------------------------------------------------- automatic recording

    /** Records the lineage of what the local backend created since the last call. Holds the lock. */
    private void sync() {
        var jobs = context.jobs();
        for (DescribeTrainingJobResponse job : jobs.<DescribeTrainingJobResponse>all(JobKind.TRAINING)) {
            String tc = arn("experiment-trial-component", job.trainingJobName() + "-aws-training-job");
            if (job.trainingJobStatus() != TrainingJobStatus.COMPLETED || entities.containsKey(tc)) {
                continue;
            }
            List<String> inputs = new ArrayList<>();
            if (job.hasInputDataConfig()) {
                for (Channel c : job.inputDataConfig()) {
                    if (c.dataSource() != null && c.dataSource().s3DataSource() != null) {
                        inputs.add(artifactFor(c.dataSource().s3DataSource().s3Uri(), "DataSet"));
                    }
                }
            }
            String image = job.algorithmSpecification() == null ? null
                    : job.algorithmSpecification().trainingImage();
            String model = job.modelArtifacts() == null ? null
                    : artifactFor(job.modelArtifacts().s3ModelArtifacts(), "Model");
            for (String in : inputs) {
                associateLater(in, tc, "ContributedTo");
            }
            if (image != null) {
                associateLater(artifactFor(image, "Image"), tc, "ContributedTo");
            }
            if (model != null) {
                associateLater(tc, model, "Produced");
            }
            put(entity(tc, TRIAL_COMPONENT, "TrainingJob", job.trainingJobName() + "-aws-training-job",
                    job.trainingJobArn(), null, null));
            flushPending();
        }
        for (DescribeEndpointResponse ep : jobs.<DescribeEndpointResponse>all(JobKind.ENDPOINT)) {
            String contextArn = arn("context", contextName(ep.endpointName(), "-aws-endpoint"));
            if (ep.endpointConfigName() == null) {
                continue;
            }
            ObjectNode existing = entities.get(contextArn);
            if (existing != null && ep.endpointConfigName().equals(text(existing, "EndpointConfigName"))) {
                continue;
            }
            DescribeEndpointConfigResponse config = jobs.<DescribeEndpointConfigResponse>find(
                    JobKind.ENDPOINT_CONFIG, ep.endpointConfigName()).orElse(null);
            if (config == null || !config.hasProductionVariants()) {
                continue;
            }
            ObjectNode ctx = entity(contextArn, CONTEXT, "Endpoint", contextName(ep.endpointName(), "-aws-endpoint"),
                    ep.endpointArn(), null, null);
            ctx.put("EndpointConfigName", ep.endpointConfigName());
            if (existing != null) {
                ctx.set("CreationTime", existing.get("CreationTime"));
            }
            put(ctx);
            for (ProductionVariant v : config.productionVariants()) {
                DescribeModelResponse m = v.modelName() == null ? null
                        : jobs.<DescribeModelResponse>find(JobKind.MODEL, v.modelName()).orElse(null);
                if (m == null) {
                    continue;
                }
                String name = contextName(ep.endpointConfigName() + "-" + m.modelName(), "-aws-model-deployment");
                String action = arn("action", name);
                if (!entities.containsKey(action)) {
                    ObjectNode a = entity(action, ACTION, "ModelDeployment", name, m.modelArn(), null, null);
                    a.put("Status", "Completed");
                    put(a);
                }
                for (ContainerDefinition c : containers(m)) {
                    if (c.modelDataUrl() != null) {
                        associate(artifactFor(c.modelDataUrl(), "Model"), action, "ContributedTo");
                    }
                    if (c.image() != null) {
                        associate(artifactFor(c.image(), "Image"), action, "ContributedTo");
                    }
                }
                associate(action, contextArn, "AssociatedWith");
            }
        }
        for (DescribeTransformJobResponse job : jobs.<DescribeTransformJobResponse>all(JobKind.TRANSFORM)) {
            String tc = arn("experiment-trial-component", job.transformJobName() + "-aws-transform-job");
            if (job.transformJobStatus() != TransformJobStatus.COMPLETED || entities.containsKey(tc)) {
                continue;
            }
            put(entity(tc, TRIAL_COMPONENT, "TransformJob", job.transformJobName() + "-aws-transform-job",
                    job.transformJobArn(), null, null));
            DescribeModelResponse m = job.modelName() == null ? null
                    : jobs.<DescribeModelResponse>find(JobKind.MODEL, job.modelName()).orElse(null);
            if (m != null) {
                for (ContainerDefinition c : containers(m)) {
                    if (c.modelDataUrl() != null) {
                        associate(artifactFor(c.modelDataUrl(), "Model"), tc, "ContributedTo");
                    }
                }
            }
            if (job.transformInput() != null && job.transformInput().dataSource() != null
                    && job.transformInput().dataSource().s3DataSource() != null) {
                associate(artifactFor(job.transformInput().dataSource().s3DataSource().s3Uri(), "DataSet"), tc,
                        "ContributedTo");
            }
            if (job.transformOutput() != null && job.transformOutput().s3OutputPath() != null) {
                associate(tc, artifactFor(job.transformOutput().s3OutputPath(), "DataSet"), "Produced");
            }
        }
        syncProcessingJobs();
    }

    /**
     * Records the processing jobs that completed, as SageMaker does: the job's trial component
     * ({@code <job>-aws-processing-job}, type {@code ProcessingJob}) with its S3 inputs and image
     * {@code ContributedTo} it and its S3 outputs {@code Produced} by it, as DataSet artifacts keyed by URI, so a
     * training job reading an output links to the processing job that wrote it. Holds the lock.
     */
    private void syncProcessingJobs() {
        for (DescribeProcessingJobResponse job
                : context.jobs().<DescribeProcessingJobResponse>all(JobKind.PROCESSING)) {
            String name = job.processingJobName() + "-aws-processing-job";
            String tc = arn("experiment-trial-component", name);
            if (job.processingJobStatus() != ProcessingJobStatus.COMPLETED || entities.containsKey(tc)) {
                continue;
            }
            put(entity(tc, TRIAL_COMPONENT, "ProcessingJob", name, job.processingJobArn(), null, null));
            for (ProcessingInput in : job.processingInputs()) {
                if (in.s3Input() != null && in.s3Input().s3Uri() != null) {
                    associate(artifactFor(in.s3Input().s3Uri(), "DataSet"), tc, "ContributedTo");
                }
            }
            if (job.appSpecification() != null && job.appSpecification().imageUri() != null) {
                associate(artifactFor(job.appSpecification().imageUri(), "Image"), tc, "ContributedTo");
            }
            if (job.processingOutputConfig() != null) {
                for (ProcessingOutput out : job.processingOutputConfig().outputs()) {
                    if (out.s3Output() != null && out.s3Output().s3Uri() != null) {
                        associate(tc, artifactFor(out.s3Output().s3Uri(), "DataSet"), "Produced");
                    }
                }
            }
        }
    }

    private final List<String[]> pending = new ArrayList<>();

    private void associateLater(String source, String destination, String type) {
        pending.add(new String[] {source, destination, type});
    }

    private void flushPending() {
        for (String[] p : pending) {
            associate(p[0], p[1], p[2]);
        }
        pending.clear();
    }

    private static List<ContainerDefinition> containers(DescribeModelResponse m) {
        List<ContainerDefinition> out = new ArrayList<>();
        if (m.primaryContainer() != null) {
            out.add(m.primaryContainer());
        }
        if (m.hasContainers()) {
            out.addAll(m.containers());
        }
        return out;
    }

    /** The artifact with this source URI, created with this type when there is none. */
    private String artifactFor(String sourceUri, String type) {
        for (ObjectNode e : entities.values()) {
            if (ARTIFACT.equals(text(e, "LineageType")) && sourceUri.equals(text(e, "SourceUri"))) {
                return e.path("Arn").asText();
            }
        }
        String arn = arn("artifact", hash(sourceUri).substring(0, 32));
        put(entity(arn, ARTIFACT, type, null, sourceUri, null, null));
        return arn;
    }

    private static String contextName(String base, String suffix) {
        String b = base.length() + suffix.length() > 120 ? base.substring(0, 120 - suffix.length()) : base;
        return b + suffix;
    }

    // ---------------------------------------------------------------- storage

    private void associate(String source, String destination, String type) {
        String k = key(source, destination);
        if (associations.containsKey(k)) {
            return;
        }
        ObjectNode a = SdkJson.MAPPER.createObjectNode();
        a.put("SourceArn", source).put("DestinationArn", destination).put("AssociationType", type)
                .put("CreationTime", System.currentTimeMillis());
        write(associationsDir.resolve(hash(k) + ".json"), a);
        associations.put(k, a);
    }

    private ObjectNode entity(String arn, String lineageType, String type, String name, String sourceUri,
                              String description, Map<String, String> properties) {
        ObjectNode e = SdkJson.MAPPER.createObjectNode();
        e.put("Arn", arn).put("LineageType", lineageType).put("Type", type).put("Name", name)
                .put("SourceUri", sourceUri).put("Description", description)
                .put("CreationTime", System.currentTimeMillis());
        if (properties != null && !properties.isEmpty()) {
            e.set("Properties", SdkJson.MAPPER.valueToTree(properties));
        }
        return e;
    }

    private void putNew(ObjectNode e, String kind) {
        if (entities.containsKey(e.path("Arn").asText())) {
            throw new ResourceInUseException(kind, text(e, "Name"), "The " + kind + " " + text(e, "Name")
                    + " already exists; pick another name or delete it first");
        }
        put(e);
    }

    private void put(ObjectNode e) {
        write(entitiesDir.resolve(hash(e.path("Arn").asText()) + ".json"), e);
        entities.put(e.path("Arn").asText(), e);
    }

    /** Deletes an entity and every association that names it. */
    private void delete(String arn) {
        for (var it = associations.entrySet().iterator(); it.hasNext();) {
            var entry = it.next();
            ObjectNode a = entry.getValue();
            if (arn.equals(a.path("SourceArn").asText()) || arn.equals(a.path("DestinationArn").asText())) {
                removeFile(associationsDir.resolve(hash(entry.getKey()) + ".json"));
                it.remove();
            }
        }
        removeFile(entitiesDir.resolve(hash(arn) + ".json"));
        entities.remove(arn);
    }

    private ObjectNode get(String arn, String lineageType, String kind) {
        ObjectNode e = entities.get(arn);
        if (e == null || !lineageType.equals(text(e, "LineageType"))) {
            throw new ResourceNotFoundException(kind, arn, "list the " + kind + "s with List"
                    + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "s");
        }
        return e;
    }

    private void mustExist(String field, String arn) {
        if (!entities.containsKey(arn) && arn.contains(":experiment-trial-component/")) {
            adoptTrialComponent(arn);
        }
        if (!entities.containsKey(arn)) {
            throw new ResourceNotFoundException("lineage entity", arn, field + " must name an existing artifact, "
                    + "action, context or trial component; find one with ListArtifacts, ListActions or ListContexts");
        }
    }

    /**
     * Takes up a trial component of the experiments part (a run's, which Run.logConfusionMatrix and its kin
     * associate their artifacts with) as a lineage entity. Holds the lock.
     */
    private void adoptTrialComponent(String arn) {
        String name = arn.substring(arn.indexOf(":experiment-trial-component/")
                + ":experiment-trial-component/".length());
        try {
            DescribeTrialComponentResponse tc = context.api(dev.sagemaker4j.spi.ExperimentsApi.CAPABILITY)
                    .describeTrialComponent(
                            DescribeTrialComponentRequest.builder().trialComponentName(name).build());
            if (arn.equals(tc.trialComponentArn())) {
                put(entity(arn, TRIAL_COMPONENT, "Run", tc.trialComponentName(),
                        tc.source() == null ? null : tc.source().sourceArn(), null, null));
            }
        } catch (dev.sagemaker4j.exceptions.SageMakerException notThere) {
            // no experiments part, or no such component: the caller's not-found follows
        }
    }

    private List<ObjectNode> sorted(String lineageType, Instant after, Instant before, String order) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode e : entities.values()) {
            Instant c = created(e);
            if (lineageType.equals(text(e, "LineageType")) && (after == null || c.isAfter(after))
                    && (before == null || c.isBefore(before))) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingLong((ObjectNode e) -> e.path("CreationTime").asLong())
                .thenComparing(e -> e.path("Arn").asText()));
        if ("Descending".equals(order)) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static final class Page<T> {
        final List<T> items;
        final String next;

        Page(List<T> items, String next) {
            this.items = items;
            this.next = next;
        }
    }

    private static <T> Page<T> page(List<T> all, Integer maxResults, String nextToken) {
        int from = 0;
        if (nextToken != null) {
            try {
                from = Integer.parseInt(nextToken);
            } catch (NumberFormatException e) {
                throw new ValidationException("NextToken", nextToken, "is not a token this store gave",
                        "pass the NextToken of the previous page");
            }
        }
        int size = maxResults == null ? 10 : maxResults;
        int to = Math.min(all.size(), from + size);
        return new Page<>(from >= all.size() ? List.of() : all.subList(from, to),
                to < all.size() ? String.valueOf(to) : null);
    }

    private List<ObjectNode> load(Path dir) {
        List<ObjectNode> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : stream) {
                JsonNode n = SdkJson.MAPPER.readTree(Files.readString(p));
                if (n instanceof ObjectNode) {
                    out.add((ObjectNode) n);
                }
            }
        } catch (IOException e) {
            throw new StorageException(dir.toUri().toString(), "could not be read: " + e, true, e);
        }
        out.sort(Comparator.comparingLong(n -> n.path("CreationTime").asLong()));
        return out;
    }

    private static void write(Path file, ObjectNode node) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            Files.writeString(temp, SdkJson.MAPPER.writeValueAsString(node));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "could not be written: " + e, true, e);
        }
    }

    private static void removeFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "could not be removed: " + e, true, e);
        }
    }

    private String arn(String resource, String id) {
        return "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":" + resource + "/" + id;
    }

    private String byName(String resource, String nameOrArn) {
        return nameOrArn.startsWith("arn:") ? nameOrArn : arn(resource, nameOrArn);
    }

    private static String randomId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String key(String source, String destination) {
        return source + "\n" + destination;
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void require(String field, Object value) {
        if (value == null || value instanceof String && ((String) value).isEmpty()) {
            throw new ValidationException(field, value, "is required", "set " + field);
        }
    }

    private static String text(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Instant created(JsonNode e) {
        return Instant.ofEpochMilli(e.path("CreationTime").asLong());
    }

    private static Map<String, String> properties(JsonNode e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : e.path("Properties").properties()) {
            out.put(f.getKey(), f.getValue().asText());
        }
        return out;
    }

    private static List<ArtifactSourceType> sourceTypes(JsonNode e) {
        List<ArtifactSourceType> out = new ArrayList<>();
        for (JsonNode t : e.path("SourceTypes")) {
            out.add(ArtifactSourceType.builder().sourceIdType(t.path("SourceIdType").asText())
                    .value(t.path("Value").asText()).build());
        }
        return out.isEmpty() ? null : out;
    }

    @Override
    public String toString() {
        return "LocalLineage[" + Objects.toString(entitiesDir) + "]";
    }
}
