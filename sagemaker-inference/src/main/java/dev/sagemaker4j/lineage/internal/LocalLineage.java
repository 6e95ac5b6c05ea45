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
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.StoreGeneration;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.function.Supplier;
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
 * Model artifact, Image artifact --ContributedTo--&gt; model package artifact (SourceUri: the package's ARN)
 * model package artifact --ContributedTo--&gt; Approval action (SourceUri: the package's ARN, name
 *     {@code <group>-<version>-<id>-aws-model-package}, property ModelApprovalStatus, kept in step with approvals)
 * model package artifact --AssociatedWith--&gt; ModelGroup context (SourceUri: the group's ARN, name
 *     {@code <group>-<id>-ModelGroup})
 * Approval action --ContributedTo--&gt; ModelDeployment action (a model created from the package)
 * DataSet artifact, Image artifact --ContributedTo--&gt; processing job --Produced--&gt; DataSet artifact (output)
 * </pre>
 * The model registry's versions are taken up when its generation stamp changed since the last call, so a
 * lineage call reads no registry record while the registry is unchanged.
 * Recording on read keeps every other part, and the InvokeEndpoint path, untouched.
 *
 * <p>Every call holds the store ({@link StoreGeneration}: a lock shared by the sessions of this JVM on the root
 * and a file lock for other processes) and answers from memory: the entities and associations, the
 * associations by source and by destination (so QueryLineage walks only what it reaches) and the artifacts by
 * source URI. A call that wrote bumps the store's generation stamp; a call that finds a stamp it did not write
 * loads the records again from the files, so another process's writes are seen.
 */
@SuppressWarnings("try") // the store's hold is held for the block, not used in it
public final class LocalLineage implements LocalPart, LineageApi {
    private static final String ARTIFACT = "Artifact";
    private static final String ACTION = "Action";
    private static final String CONTEXT = "Context";
    private static final String TRIAL_COMPONENT = "TrialComponent";
    private static final int DEFAULT_MAX_DEPTH = 10;
    private static final java.util.regex.Pattern VERSIONED_PACKAGE = java.util.regex.Pattern.compile(
            "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:model-package/([^/]+)/([0-9]{1,10})");

    private final LocalContext context;
    private final Path entitiesDir;
    private final Path associationsDir;
    private final StoreGeneration generation;
    /** The model registry's generation, to take up its versions only when it changed. */
    private final StoreGeneration registryGeneration;
    /** The registry's stamp when its versions were last taken up. */
    private String registrySeen;
    /** The generation stamp the maps below reflect; {@code null} before the first load. */
    private String indexStamp;
    /** Whether the current call wrote a record (so the stamp is bumped when it ends). */
    private boolean dirty;
    /** Entities by ARN, loaded at start and kept in step with every write. */
    private final Map<String, ObjectNode> entities = new LinkedHashMap<>();
    /** Associations by key (source ARN, newline, destination ARN). */
    private final Map<String, ObjectNode> associations = new LinkedHashMap<>();
    /** Associations by source ARN. */
    private final Map<String, List<ObjectNode>> outgoing = new HashMap<>();
    /** Associations by destination ARN. */
    private final Map<String, List<ObjectNode>> incoming = new HashMap<>();
    /** The first artifact of each source URI. */
    private final Map<String, String> artifactsBySource = new HashMap<>();

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
        this.generation = new StoreGeneration(root);
        this.registryGeneration = new StoreGeneration(context.root().resolve("model-registry"));
    }

    /** One call's hold of the store: bumps the generation stamp when the call wrote. */
    private final class Call implements AutoCloseable {
        private final StoreGeneration.Held held;

        Call(StoreGeneration.Held held) {
            this.held = held;
        }

        @Override
        public void close() {
            try {
                if (dirty) {
                    dirty = false;
                    indexStamp = generation.bump();
                }
            } finally {
                held.close();
            }
        }
    }

    /** Takes the store, loads it again when another writer changed it, and records what the backend created. */
    private Call enter() {
        Call call = new Call(generation.lock());
        try {
            refresh();
            sync();
        } catch (RuntimeException e) {
            call.close();
            throw e;
        }
        return call;
    }

    /** Loads every record from the files when the stamp is not the one the maps reflect. Holds the store. */
    private void refresh() {
        String stamp = generation.stamp();
        if (stamp.equals(indexStamp)) {
            return;
        }
        entities.clear();
        associations.clear();
        outgoing.clear();
        incoming.clear();
        artifactsBySource.clear();
        for (ObjectNode e : load(entitiesDir)) {
            index(e);
        }
        for (ObjectNode a : load(associationsDir)) {
            index(a.path("SourceArn").asText(), a.path("DestinationArn").asText(), a);
        }
        indexStamp = stamp;
    }

    private void index(ObjectNode e) {
        String arn = e.path("Arn").asText();
        entities.put(arn, e);
        if (ARTIFACT.equals(text(e, "LineageType")) && text(e, "SourceUri") != null) {
            artifactsBySource.putIfAbsent(text(e, "SourceUri"), arn);
        }
    }

    private void index(String source, String destination, ObjectNode a) {
        associations.put(key(source, destination), a);
        outgoing.computeIfAbsent(source, k -> new ArrayList<>()).add(a);
        incoming.computeIfAbsent(destination, k -> new ArrayList<>()).add(a);
    }

    private void unindex(String source, String destination) {
        ObjectNode a = associations.remove(key(source, destination));
        if (a != null) {
            removeFrom(outgoing, source, a);
            removeFrom(incoming, destination, a);
        }
    }

    private static void removeFrom(Map<String, List<ObjectNode>> map, String arn, ObjectNode a) {
        List<ObjectNode> list = map.get(arn);
        if (list != null) {
            list.removeIf(x -> x == a);
            if (list.isEmpty()) {
                map.remove(arn);
            }
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
        try (Call call = enter()) {
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
        try (Call call = enter()) {
            ObjectNode e = get(request.artifactArn(), ARTIFACT, "artifact");
            return DescribeArtifactResponse.builder().artifactArn(e.path("Arn").asText())
                    .artifactName(text(e, "Name")).artifactType(text(e, "Type"))
                    .source(ArtifactSource.builder().sourceUri(text(e, "SourceUri")).sourceTypes(sourceTypes(e))
                            .build())
                    .properties(properties(e)).creationTime(created(e)).lastModifiedTime(modified(e)).build();
        }
    }

    @Override
    public ListArtifactsResponse listArtifacts(ListArtifactsRequest request) {
        try (Call call = enter()) {
            // summaries are built for the page only, not for every match
            List<Supplier<ArtifactSummary>> out = new ArrayList<>();
            for (ObjectNode e : sorted(ARTIFACT, request.createdAfter(), request.createdBefore(),
                    request.sortOrderAsString())) {
                if ((request.sourceUri() == null || request.sourceUri().equals(text(e, "SourceUri")))
                        && (request.artifactType() == null || request.artifactType().equals(text(e, "Type")))) {
                    out.add(() -> ArtifactSummary.builder().artifactArn(e.path("Arn").asText())
                            .artifactName(text(e, "Name")).artifactType(text(e, "Type"))
                            .source(ArtifactSource.builder().sourceUri(text(e, "SourceUri")).build())
                            .creationTime(created(e)).lastModifiedTime(modified(e)).build());
                }
            }
            Page<Supplier<ArtifactSummary>> page = page(out, request.maxResults(), request.nextToken());
            return ListArtifactsResponse.builder().artifactSummaries(page.items.stream()
                    .map(Supplier::get).toList()).nextToken(page.next).build();
        }
    }

    @Override
    public UpdateArtifactResponse updateArtifact(UpdateArtifactRequest request) {
        require("ArtifactArn", request.artifactArn());
        try (Call call = enter()) {
            ObjectNode e = get(request.artifactArn(), ARTIFACT, "artifact").deepCopy();
            if (request.artifactName() != null) {
                e.put("Name", request.artifactName());
            }
            update(e, null, null, request.hasProperties() ? request.properties() : null,
                    request.hasPropertiesToRemove() ? request.propertiesToRemove() : null);
            return UpdateArtifactResponse.builder().artifactArn(request.artifactArn()).build();
        }
    }

    @Override
    public DeleteArtifactResponse deleteArtifact(DeleteArtifactRequest request) {
        try (Call call = enter()) {
            String arn = request.artifactArn();
            if (arn == null && request.source() != null) {
                arn = artifactsBySource.get(request.source().sourceUri());
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
        try (Call call = enter()) {
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
        try (Call call = enter()) {
            ObjectNode e = get(byName("action", request.actionName()), ACTION, "action");
            return DescribeActionResponse.builder().actionArn(e.path("Arn").asText()).actionName(text(e, "Name"))
                    .actionType(text(e, "Type")).description(text(e, "Description")).status(text(e, "Status"))
                    .source(text(e, "SourceUri") == null ? null
                            : ActionSource.builder().sourceUri(text(e, "SourceUri")).build())
                    .properties(properties(e)).creationTime(created(e)).lastModifiedTime(modified(e)).build();
        }
    }

    @Override
    public ListActionsResponse listActions(ListActionsRequest request) {
        try (Call call = enter()) {
            // summaries are built for the page only, not for every match
            List<Supplier<ActionSummary>> out = new ArrayList<>();
            for (ObjectNode e : sorted(ACTION, request.createdAfter(), request.createdBefore(),
                    request.sortOrderAsString())) {
                if ((request.sourceUri() == null || request.sourceUri().equals(text(e, "SourceUri")))
                        && (request.actionType() == null || request.actionType().equals(text(e, "Type")))) {
                    out.add(() -> ActionSummary.builder().actionArn(e.path("Arn").asText()).actionName(text(e, "Name"))
                            .actionType(text(e, "Type")).status(text(e, "Status"))
                            .source(text(e, "SourceUri") == null ? null
                                    : ActionSource.builder().sourceUri(text(e, "SourceUri")).build())
                            .creationTime(created(e)).lastModifiedTime(modified(e)).build());
                }
            }
            Page<Supplier<ActionSummary>> page = page(out, request.maxResults(), request.nextToken());
            return ListActionsResponse.builder().actionSummaries(page.items.stream()
                    .map(Supplier::get).toList()).nextToken(page.next).build();
        }
    }

    @Override
    public UpdateActionResponse updateAction(UpdateActionRequest request) {
        require("ActionName", request.actionName());
        try (Call call = enter()) {
            String arn = byName("action", request.actionName());
            ObjectNode e = get(arn, ACTION, "action").deepCopy();
            update(e, request.description(), request.statusAsString(),
                    request.hasProperties() ? request.properties() : null,
                    request.hasPropertiesToRemove() ? request.propertiesToRemove() : null);
            return UpdateActionResponse.builder().actionArn(arn).build();
        }
    }

    @Override
    public DeleteActionResponse deleteAction(DeleteActionRequest request) {
        require("ActionName", request.actionName());
        try (Call call = enter()) {
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
        try (Call call = enter()) {
            String arn = arn("context", request.contextName());
            putNew(entity(arn, CONTEXT, request.contextType(), request.contextName(), request.source().sourceUri(),
                    request.description(), request.properties()), "context");
            return CreateContextResponse.builder().contextArn(arn).build();
        }
    }

    @Override
    public DescribeContextResponse describeContext(DescribeContextRequest request) {
        require("ContextName", request.contextName());
        try (Call call = enter()) {
            ObjectNode e = get(byName("context", request.contextName()), CONTEXT, "context");
            return DescribeContextResponse.builder().contextArn(e.path("Arn").asText()).contextName(text(e, "Name"))
                    .contextType(text(e, "Type")).description(text(e, "Description"))
                    .source(ContextSource.builder().sourceUri(text(e, "SourceUri")).build())
                    .properties(properties(e)).creationTime(created(e)).lastModifiedTime(modified(e)).build();
        }
    }

    @Override
    public ListContextsResponse listContexts(ListContextsRequest request) {
        try (Call call = enter()) {
            // summaries are built for the page only, not for every match
            List<Supplier<ContextSummary>> out = new ArrayList<>();
            for (ObjectNode e : sorted(CONTEXT, request.createdAfter(), request.createdBefore(),
                    request.sortOrderAsString())) {
                if ((request.sourceUri() == null || request.sourceUri().equals(text(e, "SourceUri")))
                        && (request.contextType() == null || request.contextType().equals(text(e, "Type")))) {
                    out.add(() -> ContextSummary.builder().contextArn(e.path("Arn").asText())
                            .contextName(text(e, "Name")).contextType(text(e, "Type"))
                            .source(ContextSource.builder().sourceUri(text(e, "SourceUri")).build())
                            .creationTime(created(e)).lastModifiedTime(modified(e)).build());
                }
            }
            Page<Supplier<ContextSummary>> page = page(out, request.maxResults(), request.nextToken());
            return ListContextsResponse.builder().contextSummaries(page.items.stream()
                    .map(Supplier::get).toList()).nextToken(page.next).build();
        }
    }

    @Override
    public UpdateContextResponse updateContext(UpdateContextRequest request) {
        require("ContextName", request.contextName());
        try (Call call = enter()) {
            String arn = byName("context", request.contextName());
            ObjectNode e = get(arn, CONTEXT, "context").deepCopy();
            update(e, request.description(), null, request.hasProperties() ? request.properties() : null,
                    request.hasPropertiesToRemove() ? request.propertiesToRemove() : null);
            return UpdateContextResponse.builder().contextArn(arn).build();
        }
    }

    /** Applies an Update request's common fields to a copy of an entity and stores it. Holds the store. */
    private void update(ObjectNode e, String description, String status, Map<String, String> properties,
                        List<String> toRemove) {
        if (status != null && !Set.of("InProgress", "Completed", "Failed", "Stopping", "Stopped", "Unknown")
                .contains(status)) {
            throw new ValidationException("Status", status, "is not an action status",
                    "use InProgress, Completed, Failed, Stopping, Stopped or Unknown");
        }
        if (description != null) {
            e.put("Description", description);
        }
        if (status != null) {
            e.put("Status", status);
        }
        ObjectNode props = e.get("Properties") instanceof ObjectNode p ? p : SdkJson.MAPPER.createObjectNode();
        if (toRemove != null) {
            toRemove.forEach(props::remove);
        }
        if (properties != null) {
            properties.forEach(props::put);
        }
        if (props.isEmpty()) {
            e.remove("Properties");
        } else {
            e.set("Properties", props);
        }
        e.put("LastModifiedTime", System.currentTimeMillis());
        put(e);
    }

    @Override
    public DeleteContextResponse deleteContext(DeleteContextRequest request) {
        require("ContextName", request.contextName());
        try (Call call = enter()) {
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
        try (Call call = enter()) {
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
        try (Call call = enter()) {
            String k = key(request.sourceArn(), request.destinationArn());
            if (!associations.containsKey(k)) {
                throw new ResourceNotFoundException("association", request.sourceArn() + " -> "
                        + request.destinationArn(), "list them with ListAssociations");
            }
            removeFile(associationsDir.resolve(hash(k) + ".json"));
            unindex(request.sourceArn(), request.destinationArn());
            return DeleteAssociationResponse.builder().sourceArn(request.sourceArn())
                    .destinationArn(request.destinationArn()).build();
        }
    }

    @Override
    public ListAssociationsResponse listAssociations(ListAssociationsRequest request) {
        try (Call call = enter()) {
            // summaries are built for the page only, not for every match
            List<Supplier<AssociationSummary>> out = new ArrayList<>();
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
                    out.add(() -> AssociationSummary.builder().sourceArn(src).destinationArn(dst)
                            .associationType(a.path("AssociationType").asText())
                            .sourceType(s == null ? null : text(s, "Type"))
                            .destinationType(d == null ? null : text(d, "Type"))
                            .sourceName(s == null ? null : text(s, "Name"))
                            .destinationName(d == null ? null : text(d, "Name"))
                            .creationTime(created).build());
                }
            }
            Page<Supplier<AssociationSummary>> page = page(out, request.maxResults(), request.nextToken());
            return ListAssociationsResponse.builder().associationSummaries(page.items.stream()
                    .map(Supplier::get).toList()).nextToken(page.next).build();
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
        try (Call call = enter()) {
            for (String start : request.startArns()) {
                mustExist("StartArns", start);
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
        String registryStamp = registryGeneration.stamp();
        if (!registryStamp.equals(registrySeen)) {
            syncModelPackages();
            registrySeen = registryStamp;
        }
        for (String jobName : jobs.names(JobKind.TRAINING)) {
            String tc = arn("experiment-trial-component", jobName + "-aws-training-job");
            if (entities.containsKey(tc)) {
                continue;
            }
            DescribeTrainingJobResponse job = jobs.<DescribeTrainingJobResponse>find(JobKind.TRAINING, jobName)
                    .orElse(null);
            if (job == null || job.trainingJobStatus() != TrainingJobStatus.COMPLETED) {
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
                    String approval = c.modelPackageName() == null ? null : approvalAction(c.modelPackageName());
                    if (approval != null && entities.containsKey(approval)) {
                        associate(approval, action, "ContributedTo");
                    }
                }
                associate(action, contextArn, "AssociatedWith");
            }
        }
        for (String jobName : jobs.names(JobKind.TRANSFORM)) {
            String tc = arn("experiment-trial-component", jobName + "-aws-transform-job");
            if (entities.containsKey(tc)) {
                continue;
            }
            DescribeTransformJobResponse job = jobs.<DescribeTransformJobResponse>find(JobKind.TRANSFORM, jobName)
                    .orElse(null);
            if (job == null || job.transformJobStatus() != TransformJobStatus.COMPLETED) {
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

    /** Records the lineage of every model package version, and approval changes since the last time. */
    private void syncModelPackages() {
        ModelPackagesApi registry = context.api(ModelPackagesApi.CAPABILITY);
        List<ModelPackageGroupSummary> groups = new ArrayList<>();
        try {
            String token = null;
            do {
                ListModelPackageGroupsResponse page = registry.listModelPackageGroups(
                        ListModelPackageGroupsRequest.builder().maxResults(100).nextToken(token).build());
                groups.addAll(page.modelPackageGroupSummaryList());
                token = page.nextToken();
            } while (token != null);
        } catch (dev.sagemaker4j.exceptions.OperationNotSupportedException e) {
            return; // a backend without a registry
        }
        for (ModelPackageGroupSummary g : groups) {
            String groupContext = arn("context", contextName(g.modelPackageGroupName() + "-"
                    + hash(g.modelPackageGroupArn()).substring(0, 8), "-ModelGroup"));
            String token = null;
            do {
                ListModelPackagesResponse page;
                try {
                    page = registry.listModelPackages(ListModelPackagesRequest.builder()
                            .modelPackageGroupName(g.modelPackageGroupName()).sortBy("CreationTime")
                            .sortOrder("Ascending").maxResults(100).nextToken(token).build());
                } catch (ResourceNotFoundException gone) {
                    break; // deleted meanwhile
                }
                for (ModelPackageSummary p : page.modelPackageSummaryList()) {
                    recordModelPackage(registry, g, groupContext, p);
                }
                token = page.nextToken();
            } while (token != null);
        }
    }

    private void recordModelPackage(ModelPackagesApi registry, ModelPackageGroupSummary g, String groupContext,
                                    ModelPackageSummary p) {
        String approvalArn = approvalAction(p.modelPackageArn());
        ObjectNode approval = approvalArn == null ? null : entities.get(approvalArn);
        String status = p.modelApprovalStatusAsString();
        if (approval != null && Objects.equals(status, approval.path("Properties").path("ModelApprovalStatus")
                .asText(null))) {
            return; // recorded, and its approval unchanged
        }
        if (!entities.containsKey(groupContext)) {
            ObjectNode ctx = entity(groupContext, CONTEXT, "ModelGroup", groupContext.substring(
                    groupContext.indexOf('/') + 1), g.modelPackageGroupArn(), g.modelPackageGroupDescription(), null);
            put(ctx);
        }
        if (approval == null) {
            DescribeModelPackageResponse d;
            try {
                d = registry.describeModelPackage(DescribeModelPackageRequest.builder()
                        .modelPackageName(p.modelPackageArn()).build());
            } catch (ResourceNotFoundException gone) {
                return;
            }
            String pkg = artifactFor(p.modelPackageArn(), "Model");
            if (d.inferenceSpecification() != null && d.inferenceSpecification().hasContainers()) {
                for (ModelPackageContainerDefinition c : d.inferenceSpecification().containers()) {
                    if (c.modelDataUrl() != null) {
                        associate(artifactFor(c.modelDataUrl(), "Model"), pkg, "ContributedTo");
                    }
                    if (c.image() != null) {
                        associate(artifactFor(c.image(), "Image"), pkg, "ContributedTo");
                    }
                }
            }
            associate(pkg, groupContext, "AssociatedWith");
            ObjectNode a = entity(approvalArn, ACTION, "Approval", approvalArn.substring(approvalArn.indexOf('/') + 1),
                    p.modelPackageArn(), null, Map.of("ModelApprovalStatus", status));
            a.put("Status", "PendingManualApproval".equals(status) ? "InProgress" : "Completed");
            put(a);
            associate(pkg, approvalArn, "ContributedTo");
        } else {
            ObjectNode a = approval.deepCopy();
            (a.get("Properties") instanceof ObjectNode props ? props : a.putObject("Properties"))
                    .put("ModelApprovalStatus", status);
            a.put("Status", "PendingManualApproval".equals(status) ? "InProgress" : "Completed");
            a.put("LastModifiedTime", System.currentTimeMillis());
            put(a);
        }
    }

    /** The Approval action of a versioned model package's ARN, or null for another ARN or a name. */
    private String approvalAction(String packageArn) {
        java.util.regex.Matcher m = VERSIONED_PACKAGE.matcher(packageArn);
        if (!m.matches()) {
            return null;
        }
        return arn("action", contextName(m.group(1) + "-" + m.group(2) + "-" + hash(packageArn).substring(0, 8),
                "-aws-model-package"));
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
        String known = artifactsBySource.get(sourceUri);
        if (known != null) {
            return known;
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
        index(source, destination, a);
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
        index(e);
    }

    /** Deletes an entity and every association that names it. */
    private void delete(String arn) {
        List<ObjectNode> touching = new ArrayList<>(outgoing.getOrDefault(arn, List.of()));
        touching.addAll(incoming.getOrDefault(arn, List.of()));
        for (ObjectNode a : touching) {
            String src = a.path("SourceArn").asText();
            String dst = a.path("DestinationArn").asText();
            removeFile(associationsDir.resolve(hash(key(src, dst)) + ".json"));
            unindex(src, dst);
        }
        removeFile(entitiesDir.resolve(hash(arn) + ".json"));
        ObjectNode gone = entities.remove(arn);
        String uri = gone == null ? null : text(gone, "SourceUri");
        if (uri != null && arn.equals(artifactsBySource.get(uri))) {
            artifactsBySource.remove(uri);
            for (ObjectNode e : entities.values()) {
                if (ARTIFACT.equals(text(e, "LineageType")) && uri.equals(text(e, "SourceUri"))) {
                    artifactsBySource.put(uri, e.path("Arn").asText());
                    break;
                }
            }
        }
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

    private void write(Path file, ObjectNode node) {
        dirty = true;
        AtomicFiles.writeJson(file, node);
    }

    private void removeFile(Path file) {
        dirty = true;
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

    private static Instant modified(JsonNode e) {
        return e.has("LastModifiedTime") ? Instant.ofEpochMilli(e.path("LastModifiedTime").asLong()) : created(e);
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
