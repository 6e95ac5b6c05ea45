/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.StoreGeneration;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.utils.Names;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelPackageGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackageGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackageGroupsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageGroupSummary;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageStatusDetails;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageStatusItem;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageResponse;

/**
 * The local model registry: model package groups, their versions (numbered 1, 2, ... per group) and unversioned
 * model packages, kept as the service's own Describe shapes under {@code <root>/model-registry/}.
 *
 * <p>Layout: {@code groups/<group>/group.json}, {@code groups/<group>/versions/<n>.json} (a deleted version
 * leaves {@code <n>.deleted}, so its number is never given again, as on the service) and
 * {@code packages/<name>.json}. Every record is written whole to a temporary file ({@code *.sm4j-tmp-*}), forced
 * to disk, then published: a new version by a hard link, which fails when the number is taken (also by another
 * process on the same root: the number is then recomputed), everything else by an atomic rename. A crash leaves
 * the whole record or an ignored temporary file. Every write holds the store ({@link StoreGeneration}: a lock
 * shared by every session of the JVM on this root and a file lock on {@code model-registry/.lock} for other
 * processes), so a version number is allocated and published by one writer at a time, and then bumps the
 * store's generation stamp.
 *
 * <p>Reads are answered from an in-memory index of every record (groups, versions, the highest number taken
 * per group, unversioned packages), updated by this part's own writes and built again from the files when the
 * generation stamp shows that another process (or another session's registry) wrote: a read costs one small
 * file read and no scan of the folder.
 *
 * <p>Status: a new package is {@code Pending}, then {@code InProgress} and {@code Completed} as a worker takes it
 * up, with {@code ModelPackageStatusDetails.ValidationStatuses} going {@code NotStarted → InProgress →
 * Completed}; a package left unfinished by an ended process is taken up again when the part starts.
 */
@SuppressWarnings("try") // the store's hold is held for the block, not used in it
public final class LocalModelRegistry implements LocalPart, ModelPackagesApi {
    private static final Logger LOG = LoggerFactory.getLogger(LocalModelRegistry.class);
    private static final String TEMP_MARKER = AtomicFiles.TEMP_MARKER;
    private static final Pattern PACKAGE_ARN = Pattern.compile(
            "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:model-package/([^/]+)(?:/([0-9]{1,10}))?");
    private static final Pattern GROUP_ARN = Pattern.compile(
            "arn:aws[a-z\\-]*:sagemaker:[a-z0-9\\-]*:[0-9]{12}:model-package-group/(.+)");
    private static final Set<String> APPROVALS = Set.of("Approved", "Rejected", "PendingManualApproval");

    private final LocalContext context;
    private final Path groupsDir;
    private final Path packagesDir;
    private final ExecutorService worker;
    private final StoreGeneration generation;
    /** Guards the index below; held briefly, never while writing files. */
    private final Object indexLock = new Object();
    /** The generation stamp the index reflects; {@code null} before the first build. */
    private String indexStamp;
    private final Map<String, DescribeModelPackageGroupResponse> groups = new TreeMap<>();
    /** Live versions per group, by number. */
    private final Map<String, TreeMap<Integer, Stored>> versions = new java.util.HashMap<>();
    /** The highest version number taken per group, deleted versions included. */
    private final Map<String, Integer> highest = new java.util.HashMap<>();
    /** Unversioned packages by name. */
    private final Map<String, Stored> packages = new TreeMap<>();
    /**
     * Per group and approval status filter ({@code <group>|<status>}, an empty status for all), its versions'
     * records in ListModelPackages' CreationTime order, built at the first such listing after a change: a client
     * paging through a group then filters and sorts nothing of the group's other versions (the sort of input
     * already in order is linear).
     */
    private final Map<String, List<DescribeModelPackageResponse>> byCreationTime = new java.util.HashMap<>();
    private static final Comparator<DescribeModelPackageResponse> BY_VERSION = Comparator.comparing(
            (DescribeModelPackageResponse d) -> d.modelPackageVersion() == null ? 0 : d.modelPackageVersion());
    private static final Comparator<DescribeModelPackageResponse> BY_CREATION_TIME = Comparator.comparing(
            DescribeModelPackageResponse::creationTime).thenComparing(BY_VERSION)
            .thenComparing(DescribeModelPackageResponse::modelPackageName);

    /**
     * Creates the registry on a session's root and takes up the packages an ended process left unfinished.
     *
     * @param context what the parts share
     */
    public LocalModelRegistry(LocalContext context) {
        this.context = context;
        Path root = context.root().resolve("model-registry");
        this.groupsDir = root.resolve("groups");
        this.packagesDir = root.resolve("packages");
        this.generation = new StoreGeneration(root);
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sagemaker4j-model-registry");
            t.setDaemon(true);
            return t;
        });
        List<Stored> unfinished = new ArrayList<>();
        synchronized (indexLock) {
            refresh();
            for (Stored s : allPackages()) {
                if (!isFinished(s.record)) {
                    unfinished.add(s);
                }
            }
        }
        for (Stored s : unfinished) {
            worker.execute(() -> advance(s.record));
        }
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(ModelPackagesApi.CAPABILITY, this);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            // a status change still running would take the store (and re-create its lock file) after the session
            // closed, racing whoever deletes the root next
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The model registry's status worker did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- groups ----

    @Override
    public CreateModelPackageGroupResponse createModelPackageGroup(CreateModelPackageGroupRequest request) {
        String name = Names.validateName("ModelPackageGroupName", request.modelPackageGroupName());
        String arn = groupArn(name);
        Path file = groupsDir.resolve(name).resolve("group.json");
        try (StoreGeneration.Held held = writing()) {
            DescribeModelPackageGroupResponse record = DescribeModelPackageGroupResponse.builder()
                    .modelPackageGroupName(name).modelPackageGroupArn(arn)
                    .modelPackageGroupDescription(request.modelPackageGroupDescription())
                    .creationTime(Instant.now()).modelPackageGroupStatus("Completed").build();
            try {
                publishNew(file, SdkJson.toJsonString(record));
            } catch (FileAlreadyExistsException e) {
                throw new ResourceInUseException("model package group", name, "Model Package Group already exists: "
                        + arn + "; register into it, or delete it first (DeleteModelPackageGroup)", e);
            }
            published(() -> {
                groups.put(name, record);
                // a group deleted and created again keeps the numbers its tombstones took
                int max = 0;
                for (Path p : versionFiles(name)) {
                    max = Math.max(max, number(p));
                }
                versions.put(name, new TreeMap<>());
                highest.put(name, max);
            });
        }
        return CreateModelPackageGroupResponse.builder().modelPackageGroupArn(arn).build();
    }

    @Override
    public DescribeModelPackageGroupResponse describeModelPackageGroup(DescribeModelPackageGroupRequest request) {
        return group(groupName("ModelPackageGroupName", request.modelPackageGroupName()));
    }

    @Override
    public ListModelPackageGroupsResponse listModelPackageGroups(ListModelPackageGroupsRequest request) {
        List<DescribeModelPackageGroupResponse> all;
        synchronized (indexLock) {
            refresh();
            all = new ArrayList<>(groups.values());
        }
        Listing.Page<DescribeModelPackageGroupResponse> page = Listing.of(all)
                .nameContains(request.nameContains(), DescribeModelPackageGroupResponse::modelPackageGroupName)
                .after(request.creationTimeAfter(), DescribeModelPackageGroupResponse::creationTime)
                .before(request.creationTimeBefore(), DescribeModelPackageGroupResponse::creationTime)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "Name", Comparator.comparing(DescribeModelPackageGroupResponse::modelPackageGroupName),
                        "CreationTime", Comparator.comparing(DescribeModelPackageGroupResponse::creationTime)
                                .thenComparing(DescribeModelPackageGroupResponse::modelPackageGroupName)),
                        request.maxResults(), request.nextToken());
        return ListModelPackageGroupsResponse.builder().modelPackageGroupSummaryList(page.map(g ->
                ModelPackageGroupSummary.builder().modelPackageGroupName(g.modelPackageGroupName())
                        .modelPackageGroupArn(g.modelPackageGroupArn())
                        .modelPackageGroupDescription(g.modelPackageGroupDescription())
                        .creationTime(g.creationTime()).modelPackageGroupStatus(g.modelPackageGroupStatus())
                        .build())).nextToken(page.nextToken()).build();
    }

    @Override
    public DeleteModelPackageGroupResponse deleteModelPackageGroup(DeleteModelPackageGroupRequest request) {
        String name = groupName("ModelPackageGroupName", request.modelPackageGroupName());
        try (StoreGeneration.Held held = writing()) {
            group(name);
            int live;
            synchronized (indexLock) {
                live = versions.getOrDefault(name, new TreeMap<>()).size();
            }
            if (live > 0) {
                throw new ResourceInUseException("model package group", name, "it still holds " + live
                        + " model package version(s); delete them first (DeleteModelPackage with each version's ARN)");
            }
            try {
                Path dir = groupsDir.resolve(name);
                // the group record goes first: a crash after it leaves only tombstones, which no listing shows
                Files.delete(dir.resolve("group.json"));
                deleteTree(dir);
            } catch (IOException e) {
                throw new StorageException(groupArn(name), "Could not delete model package group " + name + ": "
                        + e.getMessage(), false, e);
            } finally {
                published(() -> {
                    groups.remove(name);
                    versions.remove(name);
                    highest.remove(name);
                });
            }
        }
        return DeleteModelPackageGroupResponse.builder().build();
    }

    // ---- packages ----

    @Override
    public CreateModelPackageResponse createModelPackage(CreateModelPackageRequest request) {
        String group = request.modelPackageGroupName();
        String name = request.modelPackageName();
        if ((group == null) == (name == null)) {
            throw new ValidationException(group == null ? "ModelPackageName" : "ModelPackageGroupName",
                    group == null ? null : group, group == null
                            ? "is missing: a model package needs a ModelPackageName (unversioned) or a "
                                    + "ModelPackageGroupName (a new version)"
                            : "cannot be given together with ModelPackageName " + name,
                    "pass ModelPackageGroupName to register a version, or ModelPackageName for an unversioned package");
        }
        String approval = request.modelApprovalStatusAsString();
        if (approval != null && !APPROVALS.contains(approval)) {
            throw new ValidationException("ModelApprovalStatus", approval, "is not an approval status",
                    "use one of " + APPROVALS.stream().sorted().collect(Collectors.toList()));
        }
        if (request.inferenceSpecification() == null && request.sourceAlgorithmSpecification() == null
                && request.sourceUri() == null) {
            throw new ValidationException("InferenceSpecification", null, "is missing",
                    "give the package's inference containers (image and ModelDataUrl), a "
                            + "SourceAlgorithmSpecification or a SourceUri");
        }
        Instant now = Instant.now();
        DescribeModelPackageResponse.Builder record = DescribeModelPackageResponse.builder()
                .modelPackageDescription(request.modelPackageDescription())
                .inferenceSpecification(request.inferenceSpecification())
                .sourceAlgorithmSpecification(request.sourceAlgorithmSpecification())
                .validationSpecification(request.validationSpecification())
                .certifyForMarketplace(request.certifyForMarketplace())
                .metadataProperties(request.metadataProperties()).modelMetrics(request.modelMetrics())
                .driftCheckBaselines(request.driftCheckBaselines()).domain(request.domain()).task(request.task())
                .samplePayloadUrl(request.samplePayloadUrl()).sourceUri(request.sourceUri())
                .securityConfig(request.securityConfig()).modelCard(request.modelCard())
                .modelLifeCycle(request.modelLifeCycle()).skipModelValidation(request.skipModelValidation())
                .creationTime(now).lastModifiedTime(now).modelPackageStatus("Pending")
                .modelPackageStatusDetails(details("NotStarted", null));
        if (request.hasCustomerMetadataProperties()) {
            record.customerMetadataProperties(request.customerMetadataProperties());
        }
        if (request.hasAdditionalInferenceSpecifications()) {
            record.additionalInferenceSpecifications(request.additionalInferenceSpecifications());
        }
        Path file;
        String arn;
        DescribeModelPackageResponse createdRecord;
        if (group != null) {
            group = groupName("ModelPackageGroupName", group);
            boolean known;
            synchronized (indexLock) {
                refresh();
                known = groups.containsKey(group);
            }
            if (!known) {
                throw new ValidationException("ModelPackageGroupName", group, "names no model package group (none is "
                        + "created implicitly): create it first with CreateModelPackageGroup (ModelPackageGroupName="
                        + group + ")", "session.api(ModelPackagesApi.CAPABILITY).createModelPackageGroup(...), or "
                        + "register with Model.register or Session.createModelPackageFromContainers, which create it");
            }
            record.modelPackageGroupName(group).modelPackageName(group)
                    .modelApprovalStatus(approval == null ? "PendingManualApproval" : approval);
            // allocate and publish under the store's lock: one writer at a time, in this JVM and in others
            try (StoreGeneration.Held held = writing()) {
                Path versionsDir = groupsDir.resolve(group).resolve("versions");
                if (!Files.exists(groupsDir.resolve(group).resolve("group.json"))) {
                    throw new ResourceNotFoundException("model package group", group, "it was deleted meanwhile; "
                            + "create it again with CreateModelPackageGroup");
                }
                int version;
                synchronized (indexLock) {
                    version = highest.getOrDefault(group, 0) + 1;
                }
                while (true) {
                    arn = packageArn(group + "/" + version);
                    file = versionsDir.resolve(version + ".json");
                    try {
                        publishNew(file, SdkJson.toJsonString(record.modelPackageVersion(version)
                                .modelPackageArn(arn).build()));
                        break;
                    } catch (FileAlreadyExistsException taken) {
                        // a writer that does not take the lock (an older version) took the number: count again
                        LOG.debug("Version {} of {} was taken meanwhile; numbering again", version, group);
                        version = nextVersion(versionsDir);
                    }
                }
                Stored stored = new Stored(file, record.build());
                String g = group;
                published(() -> index(g, stored));
                createdRecord = stored.record;
            }
        } else {
            name = Names.validateName("ModelPackageName", name);
            // an unversioned package has no approval status; Model.register sends Python's default all the same
            arn = packageArn(name);
            file = packagesDir.resolve(name + ".json");
            try (StoreGeneration.Held held = writing()) {
                DescribeModelPackageResponse d = record.modelPackageName(name).modelPackageArn(arn).build();
                try {
                    publishNew(file, SdkJson.toJsonString(d));
                } catch (FileAlreadyExistsException e) {
                    throw new ResourceInUseException("model package", name, "Model Package already exists: " + arn
                            + "; pick another ModelPackageName, or delete it first (DeleteModelPackage)", e);
                }
                Stored stored = new Stored(file, d);
                published(() -> index(null, stored));
                createdRecord = d;
            }
        }
        DescribeModelPackageResponse created = createdRecord;
        worker.execute(() -> advance(created));
        return CreateModelPackageResponse.builder().modelPackageArn(arn).build();
    }

    @Override
    public DescribeModelPackageResponse describeModelPackage(DescribeModelPackageRequest request) {
        return find(request.modelPackageName(), "ModelPackageName").record;
    }

    @Override
    public ListModelPackagesResponse listModelPackages(ListModelPackagesRequest request) {
        String type = request.modelPackageTypeAsString();
        if (type != null && !Set.of("Versioned", "Unversioned", "Both").contains(type)) {
            throw new ValidationException("ModelPackageType", type, "is not a model package type",
                    "use Versioned, Unversioned or Both");
        }
        String approval = request.modelApprovalStatusAsString();
        if (approval != null && !APPROVALS.contains(approval)) {
            throw new ValidationException("ModelApprovalStatus", approval, "is not an approval status",
                    "use one of " + APPROVALS.stream().sorted().collect(Collectors.toList()));
        }
        List<DescribeModelPackageResponse> packages = new ArrayList<>();
        if (request.modelPackageGroupName() != null) {
            // a group names its versions only, whatever the type (the service's default type is Unversioned)
            String group = groupName("ModelPackageGroupName", request.modelPackageGroupName());
            if (!"Unversioned".equals(type)) {
                group(group);
                String g = group;
                synchronized (indexLock) {
                    packages.addAll(byCreationTime.computeIfAbsent(group + "|" + (approval == null ? "" : approval),
                            k -> {
                                List<DescribeModelPackageResponse> records = new ArrayList<>();
                                for (Stored s : versions.getOrDefault(g, new TreeMap<>()).values()) {
                                    if (approval == null || approval.equals(s.record.modelApprovalStatusAsString())) {
                                        records.add(s.record);
                                    }
                                }
                                records.sort(BY_CREATION_TIME);
                                return records;
                            }));
                }
            }
        } else {
            boolean versioned = "Versioned".equals(type) || "Both".equals(type);
            boolean unversioned = type == null || "Unversioned".equals(type) || "Both".equals(type);
            synchronized (indexLock) {
                refresh();
                for (Stored s : allPackages()) {
                    boolean isVersioned = s.record.modelPackageVersion() != null;
                    if (isVersioned ? versioned : unversioned) {
                        packages.add(s.record);
                    }
                }
            }
        }
        Listing.Page<DescribeModelPackageResponse> page = Listing.of(packages)
                .nameContains(request.nameContains(), DescribeModelPackageResponse::modelPackageName)
                .after(request.creationTimeAfter(), DescribeModelPackageResponse::creationTime)
                .before(request.creationTimeBefore(), DescribeModelPackageResponse::creationTime)
                .equalTo(approval, DescribeModelPackageResponse::modelApprovalStatusAsString)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "Name", Comparator.comparing(DescribeModelPackageResponse::modelPackageName)
                                .thenComparing(BY_VERSION),
                        "CreationTime", BY_CREATION_TIME),
                        request.maxResults(), request.nextToken());
        return ListModelPackagesResponse.builder().modelPackageSummaryList(page.map(LocalModelRegistry::summary))
                .nextToken(page.nextToken()).build();
    }

    @Override
    public UpdateModelPackageResponse updateModelPackage(UpdateModelPackageRequest request) {
        Stored stored = find(request.modelPackageArn(), "ModelPackageArn");
        String to = request.modelApprovalStatusAsString();
        if (to != null && !APPROVALS.contains(to)) {
            throw new ValidationException("ModelApprovalStatus", to, "is not an approval status",
                    "use one of " + APPROVALS.stream().sorted().collect(Collectors.toList()));
        }
        DescribeModelPackageResponse updated = change(stored.record, d -> {
            DescribeModelPackageResponse.Builder b = d.toBuilder().lastModifiedTime(Instant.now());
            if (to != null) {
                if (d.modelPackageVersion() == null) {
                    throw new ValidationException("ModelApprovalStatus", to,
                            "applies to versioned model packages only; " + d.modelPackageName() + " is unversioned",
                            "approve a version of a model package group");
                }
                String from = d.modelApprovalStatusAsString();
                if (!from.equals(to) && "PendingManualApproval".equals(to)) {
                    throw new ValidationException("ModelApprovalStatus", to, "cannot follow " + from + " (" + d
                            .modelPackageArn() + "): a version that was approved or rejected is not pending again",
                            "set Approved or Rejected");
                }
                b.modelApprovalStatus(to);
            }
            if (request.approvalDescription() != null) {
                b.approvalDescription(request.approvalDescription());
            }
            if (request.hasCustomerMetadataProperties() || request.hasCustomerMetadataPropertiesToRemove()) {
                Map<String, String> meta = new LinkedHashMap<>(d.customerMetadataProperties());
                if (request.hasCustomerMetadataPropertiesToRemove()) {
                    request.customerMetadataPropertiesToRemove().forEach(meta::remove);
                }
                if (request.hasCustomerMetadataProperties()) {
                    meta.putAll(request.customerMetadataProperties());
                }
                b.customerMetadataProperties(meta);
            }
            if (request.inferenceSpecification() != null) {
                b.inferenceSpecification(request.inferenceSpecification());
            }
            if (request.hasAdditionalInferenceSpecificationsToAdd()) {
                List<software.amazon.awssdk.services.sagemaker.model.AdditionalInferenceSpecificationDefinition> all =
                        new ArrayList<>(d.additionalInferenceSpecifications());
                all.addAll(request.additionalInferenceSpecificationsToAdd());
                b.additionalInferenceSpecifications(all);
            }
            if (request.sourceUri() != null) {
                b.sourceUri(request.sourceUri());
            }
            if (request.modelCard() != null) {
                b.modelCard(request.modelCard());
            }
            if (request.modelLifeCycle() != null) {
                b.modelLifeCycle(request.modelLifeCycle());
            }
            return b.build();
        });
        return UpdateModelPackageResponse.builder().modelPackageArn(updated.modelPackageArn()).build();
    }

    @Override
    public DeleteModelPackageResponse deleteModelPackage(DeleteModelPackageRequest request) {
        try (StoreGeneration.Held held = writing()) {
            Stored stored = find(request.modelPackageName(), "ModelPackageName");
            try {
                if (stored.record.modelPackageVersion() != null) {
                    // the tombstone keeps the number taken: versions are never numbered again
                    Files.move(stored.file, stored.file.resolveSibling(stored.record.modelPackageVersion()
                            + ".deleted"), StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.delete(stored.file);
                }
            } catch (IOException e) {
                throw new StorageException(stored.record.modelPackageArn(), "Could not delete model package "
                        + stored.record.modelPackageArn() + ": " + e.getMessage(), false, e);
            }
            published(() -> {
                Integer v = stored.record.modelPackageVersion();
                if (v != null) {
                    TreeMap<Integer, Stored> live = versions.get(stored.record.modelPackageGroupName());
                    if (live != null) {
                        live.remove(v);
                    }
                } else {
                    packages.remove(stored.record.modelPackageName());
                }
            });
        }
        return DeleteModelPackageResponse.builder().build();
    }

    // ---- status ----

    private static boolean isFinished(DescribeModelPackageResponse d) {
        String status = d.modelPackageStatusAsString();
        return !"Pending".equals(status) && !"InProgress".equals(status);
    }

    private static ModelPackageStatusDetails details(String status, String name) {
        return ModelPackageStatusDetails.builder().validationStatuses(ModelPackageStatusItem.builder()
                .name(name == null ? "model-package" : name).status(status).build()).build();
    }

    /** Takes a package through InProgress to Completed, as the service's validation does. */
    private void advance(DescribeModelPackageResponse created) {
        try {
            change(created, d -> d.toBuilder().modelPackageStatus("InProgress")
                    .modelPackageStatusDetails(details("InProgress", d.modelPackageName())).build());
            change(created, d -> d.toBuilder().modelPackageStatus("Completed")
                    .modelPackageStatusDetails(details("Completed", d.modelPackageName())).build());
        } catch (RuntimeException e) {
            // the package was deleted meanwhile, or the session closed: nothing is left to advance
            LOG.debug("Model package {} was not advanced: {}", created.modelPackageArn(), e.getMessage());
        }
    }

    // ---- storage ----

    /** A package record and its file. */
    private static final class Stored {
        final Path file;
        final DescribeModelPackageResponse record;

        Stored(Path file, DescribeModelPackageResponse record) {
            this.file = file;
            this.record = record;
        }
    }

    /** Takes the store for a write and brings the index up to date first. */
    private StoreGeneration.Held writing() {
        StoreGeneration.Held held = generation.lock();
        try {
            synchronized (indexLock) {
                refresh();
            }
        } catch (RuntimeException e) {
            held.close();
            throw e;
        }
        return held;
    }

    /** After a write's files: a new generation stamp, and the same change in the index. Holds the store. */
    private void published(Runnable indexChange) {
        synchronized (indexLock) {
            indexStamp = generation.bump();
            indexChange.run();
            byCreationTime.clear();
        }
    }

    /** Builds the index again from the files when another writer changed them. Holds indexLock. */
    private void refresh() {
        String stamp = generation.stamp();
        if (stamp.equals(indexStamp)) {
            return;
        }
        groups.clear();
        versions.clear();
        highest.clear();
        packages.clear();
        byCreationTime.clear();
        for (Path dir : children(groupsDir)) {
            String name = dir.getFileName().toString();
            Optional<DescribeModelPackageGroupResponse> g = read(dir.resolve("group.json"),
                    DescribeModelPackageGroupResponse::builder);
            if (g.isEmpty()) {
                continue;
            }
            groups.put(name, g.get());
            TreeMap<Integer, Stored> live = new TreeMap<>();
            int max = 0;
            for (Path p : versionFiles(name)) {
                int n = number(p);
                max = Math.max(max, n);
                if (n > 0 && p.getFileName().toString().endsWith(".json")) {
                    read(p, DescribeModelPackageResponse::builder).ifPresent(d -> live.put(n, new Stored(p, d)));
                }
            }
            versions.put(name, live);
            highest.put(name, max);
        }
        for (Path p : children(packagesDir)) {
            String n = p.getFileName().toString();
            if (!n.contains(TEMP_MARKER) && n.endsWith(".json")) {
                read(p, DescribeModelPackageResponse::builder).ifPresent(d ->
                        packages.put(d.modelPackageName(), new Stored(p, d)));
            }
        }
        indexStamp = stamp;
    }

    /** Puts a record in the index. Holds indexLock. */
    private void index(String group, Stored s) {
        Integer v = s.record.modelPackageVersion();
        if (v != null) {
            versions.computeIfAbsent(group, k -> new TreeMap<>()).put(v, s);
            highest.merge(group, v, Math::max);
        } else {
            packages.put(s.record.modelPackageName(), s);
        }
    }

    /** The version number of a version file ({@code <n>.json} or {@code <n>.deleted}), 0 for another file. */
    private static int number(Path p) {
        String n = p.getFileName().toString();
        try {
            return Integer.parseInt(n.substring(0, n.indexOf('.')));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return 0;
        }
    }

    private DescribeModelPackageResponse change(DescribeModelPackageResponse of,
                                                UnaryOperator<DescribeModelPackageResponse> f) {
        try (StoreGeneration.Held held = writing()) {
            Stored stored;
            synchronized (indexLock) {
                stored = of.modelPackageVersion() != null
                        ? versions.getOrDefault(of.modelPackageGroupName(), new TreeMap<>())
                                .get(of.modelPackageVersion())
                        : packages.get(of.modelPackageName());
            }
            if (stored == null) {
                throw new ResourceNotFoundException("model package", of.modelPackageArn(),
                        "it was deleted meanwhile");
            }
            DescribeModelPackageResponse updated = f.apply(stored.record);
            replace(stored.file, SdkJson.toJsonString(updated));
            Stored now = new Stored(stored.file, updated);
            published(() -> index(updated.modelPackageGroupName(), now));
            return updated;
        }
    }

    private Stored find(String nameOrArn, String field) {
        if (nameOrArn == null || nameOrArn.isBlank()) {
            throw new ValidationException(field, nameOrArn, "is missing", "give the model package's name or ARN");
        }
        String group = null;
        int version = 0;
        String name;
        Matcher m = PACKAGE_ARN.matcher(nameOrArn);
        if (m.matches()) {
            name = Names.validateName(field, m.group(1));
            if (m.group(2) != null) {
                group = name;
                version = Integer.parseInt(m.group(2));
            }
        } else if (nameOrArn.startsWith("arn:")) {
            throw new ValidationException(field, nameOrArn, "is not a model package ARN",
                    "pass arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version> or a package's name");
        } else {
            name = Names.validateName(field, nameOrArn);
        }
        Stored found;
        synchronized (indexLock) {
            refresh();
            found = group != null ? versions.getOrDefault(group, new TreeMap<>()).get(version) : packages.get(name);
        }
        if (found == null) {
            throw new ResourceNotFoundException("model package", nameOrArn,
                    "list the packages with ListModelPackages (ModelPackageGroupName for a group's versions)");
        }
        return found;
    }

    private DescribeModelPackageGroupResponse group(String name) {
        DescribeModelPackageGroupResponse g;
        synchronized (indexLock) {
            refresh();
            g = groups.get(name);
        }
        return Optional.ofNullable(g).orElseThrow(() -> new ResourceNotFoundException("model package group", name,
                        "create it with CreateModelPackageGroup, or list the groups with ListModelPackageGroups"));
    }

    private static String groupName(String field, String nameOrArn) {
        if (nameOrArn != null) {
            Matcher m = GROUP_ARN.matcher(nameOrArn);
            if (m.matches()) {
                return Names.validateName(field, m.group(1));
            }
        }
        return Names.validateName(field, nameOrArn);
    }

    private String groupArn(String name) {
        return "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":model-package-group/" + name;
    }

    private String packageArn(String path) {
        return "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":model-package/" + path;
    }

    private List<Path> versionFiles(String group) {
        List<Path> files = new ArrayList<>();
        for (Path p : children(groupsDir.resolve(group).resolve("versions"))) {
            String n = p.getFileName().toString();
            if (!n.contains(TEMP_MARKER) && (n.endsWith(".json") || n.endsWith(".deleted"))) {
                files.add(p);
            }
        }
        return files;
    }

    private int nextVersion(Path versions) {
        int max = 0;
        for (Path p : versionFiles(versions.getParent().getFileName().toString())) {
            String n = p.getFileName().toString();
            try {
                max = Math.max(max, Integer.parseInt(n.substring(0, n.indexOf('.'))));
            } catch (NumberFormatException e) {
                LOG.debug("Skipping {}: not a version file", p);
            }
        }
        return max + 1;
    }

    /** Every package in the index, versions first (by group and number). Holds indexLock. */
    private List<Stored> allPackages() {
        List<Stored> all = new ArrayList<>();
        for (String g : groups.keySet()) {
            all.addAll(versions.getOrDefault(g, new TreeMap<>()).values());
        }
        all.addAll(packages.values());
        return all;
    }

    private static List<Path> children(Path dir) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        } catch (IOException e) {
            throw storage(dir, "list", e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static <T> Optional<T> read(Path file, java.util.function.Supplier<
            ? extends software.amazon.awssdk.utils.builder.SdkBuilder<?, T>> builder) {
        try {
            return Optional.of(SdkJson.fromJson(Files.readString(file), builder));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw storage(file, "read", e);
        }
    }

    /** Publishes a new record; fails with FileAlreadyExistsException, leaving the existing one, when it exists. */
    private static void publishNew(Path file, String json) throws FileAlreadyExistsException {
        if (!AtomicFiles.writeNew(file, json)) {
            throw new FileAlreadyExistsException(file.toString());
        }
    }

    private static void replace(Path file, String json) {
        AtomicFiles.writeString(file, json);
    }

    private static StorageException storage(Path file, String what, IOException e) {
        return new StorageException(file.toUri().toString(), "Could not " + what + " " + file + ": " + e.getMessage(),
                false, e);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static ModelPackageSummary summary(DescribeModelPackageResponse d) {
        return ModelPackageSummary.builder().modelPackageName(d.modelPackageName())
                .modelPackageGroupName(d.modelPackageGroupName()).modelPackageVersion(d.modelPackageVersion())
                .modelPackageArn(d.modelPackageArn()).modelPackageDescription(d.modelPackageDescription())
                .creationTime(d.creationTime()).modelPackageStatus(d.modelPackageStatus())
                .modelApprovalStatus(d.modelApprovalStatus()).modelLifeCycle(d.modelLifeCycle()).build();
    }
}
