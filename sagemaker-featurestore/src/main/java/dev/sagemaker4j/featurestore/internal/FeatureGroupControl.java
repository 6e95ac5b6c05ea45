/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.s3.S3Uri;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.rocksdb.RocksDBException;
import software.amazon.awssdk.services.sagemaker.model.AddTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.AddTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DataCatalogConfig;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroup;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupSortOrder;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupStatus;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupSummary;
import software.amazon.awssdk.services.sagemaker.model.FeatureParameter;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.LastUpdateStatus;
import software.amazon.awssdk.services.sagemaker.model.LastUpdateStatusValue;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.OfflineStoreConfig;
import software.amazon.awssdk.services.sagemaker.model.OfflineStoreStatus;
import software.amazon.awssdk.services.sagemaker.model.OfflineStoreStatusValue;
import software.amazon.awssdk.services.sagemaker.model.ResourceType;
import software.amazon.awssdk.services.sagemaker.model.SearchRecord;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.ThroughputConfig;
import software.amazon.awssdk.services.sagemaker.model.ThroughputConfigDescription;
import software.amazon.awssdk.services.sagemaker.model.ThroughputConfigUpdate;
import software.amazon.awssdk.services.sagemaker.model.ThroughputMode;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureMetadataRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureMetadataResponse;

/**
 * The feature store's control plane: Create, Describe, Delete and ListFeatureGroups and Search, and the
 * look-ups of a group and of its write lock that the runtime shares. A group's description is the
 * service's DescribeFeatureGroupResponse, saved as JSON under the root's groups folder and held in the
 * root's group map ({@link RootStore}), which every session of the JVM on the root shares.
 *
 * <p>Not guarded itself: {@link LocalFeatureStore} calls it under its read lock.
 */
final class FeatureGroupControl {
    private final LocalContext context;
    private final RootStore store;
    private final Duration creationDelay;
    private final GroupExtras extras;

    FeatureGroupControl(LocalContext context, RootStore store, Duration creationDelay) {
        this.context = context;
        this.store = store;
        this.creationDelay = creationDelay;
        this.extras = new GroupExtras(store.groupsDir);
    }

    CreateFeatureGroupResponse createFeatureGroup(CreateFeatureGroupRequest request) {
        store.requireWriter("CreateFeatureGroup");
        CreateFeatureGroupValidation.KeyFeatures keys = CreateFeatureGroupValidation.validate(request);
        String name = request.featureGroupName();
        ReentrantLock lock = lock(name);
        lock.lock();
        try {
            // the existence check and the put are under the group's lock, so two creates of one name
            // cannot both succeed
            if (store.groups.containsKey(name)) {
                throw new ResourceInUseException("FeatureGroup", name, "Feature group " + name + " already exists");
            }
            // whole seconds: the offline store's folder and table names carry the creation time in seconds
            Instant created = Instant.ofEpochSecond(Instant.now().getEpochSecond());
            DescribeFeatureGroupResponse record = describe(request, keys, created);
            // the tags first: a group that is listed has its tags
            extras.write(name, new GroupExtras.Extras(request.hasTags() ? request.tags() : List.of(), Map.of()));
            save(record);
            store.groups.put(name, new GroupMeta(record));
            if (!creationDelay.isZero()) {
                becomeCreatedLater(name, record.featureGroupArn());
            }
            return CreateFeatureGroupResponse.builder().featureGroupArn(record.featureGroupArn()).build();
        } finally {
            lock.unlock();
        }
    }

    /** The new group's description, Creating while a creation delay is configured. */
    private DescribeFeatureGroupResponse describe(CreateFeatureGroupRequest request,
                                                  CreateFeatureGroupValidation.KeyFeatures keys, Instant created) {
        String name = request.featureGroupName();
        String arn = "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":feature-group/"
                + name.toLowerCase(Locale.ROOT);
        DescribeFeatureGroupResponse.Builder b = DescribeFeatureGroupResponse.builder()
                .featureGroupName(name).featureGroupArn(arn)
                .recordIdentifierFeatureName(keys.recordIdentifier().featureName())
                .eventTimeFeatureName(keys.eventTime().featureName())
                .featureDefinitions(request.featureDefinitions()).creationTime(created).lastModifiedTime(created)
                .onlineStoreConfig(request.onlineStoreConfig()).roleArn(request.roleArn())
                .description(request.description())
                .throughputConfig(throughput(request.throughputConfig()))
                .featureGroupStatus(creationDelay.isZero() ? FeatureGroupStatus.CREATED
                        : FeatureGroupStatus.CREATING);
        if (request.offlineStoreConfig() != null) {
            b.offlineStoreConfig(resolveOfflineStore(request.offlineStoreConfig(), name, created))
                    .offlineStoreStatus(OfflineStoreStatus.builder().status(OfflineStoreStatusValue.ACTIVE).build());
        }
        return b.build();
    }

    /** The throughput the service describes: as created, OnDemand by default (the local store has no capacity). */
    private static ThroughputConfigDescription throughput(ThroughputConfig t) {
        if (t == null) {
            return ThroughputConfigDescription.builder().throughputMode(ThroughputMode.ON_DEMAND).build();
        }
        return ThroughputConfigDescription.builder().throughputMode(t.throughputModeAsString())
                .provisionedReadCapacityUnits(t.provisionedReadCapacityUnits())
                .provisionedWriteCapacityUnits(t.provisionedWriteCapacityUnits()).build();
    }

    /**
     * The offline store's configuration as the service completes it: the resolved output URI in
     * SageMaker's layout and a default Glue table; creates the bucket in the local object store.
     */
    private OfflineStoreConfig resolveOfflineStore(OfflineStoreConfig off, String name, Instant created) {
        String s3 = off.s3StorageConfig() == null ? null : off.s3StorageConfig().s3Uri();
        if (s3 == null || !S3Uri.isS3(s3)) {
            throw new ValidationException("OfflineStoreConfig.S3StorageConfig.S3Uri", s3,
                    "is not an s3:// URI", "give the offline store an s3://bucket/prefix");
        }
        S3Uri parsed = S3Uri.parse(s3);
        String trimmed = s3.endsWith("/") ? s3.substring(0, s3.length() - 1) : s3;
        String resolved = trimmed + "/" + context.accountId() + "/sagemaker/" + context.region()
                + "/offline-store/" + name + "-" + created.getEpochSecond() + "/data";
        context.objectStore().ensureBucket(parsed.bucket());
        String table = name.replace('-', '_') + "_" + created.getEpochSecond();
        return off.toBuilder()
                .s3StorageConfig(off.s3StorageConfig().toBuilder().resolvedOutputS3Uri(resolved).build())
                .dataCatalogConfig(off.dataCatalogConfig() != null ? off.dataCatalogConfig()
                        : DataCatalogConfig.builder()
                        .catalog("AwsDataCatalog").database("sagemaker_featurestore").tableName(table).build())
                .build();
    }

    /**
     * Marks the group Created after the creation delay, on a daemon thread; the ARN check leaves a
     * group deleted and created again meanwhile as it is.
     */
    private void becomeCreatedLater(String name, String arn) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(creationDelay.toMillis());
                GroupMeta meta = store.groups.get(name);
                if (meta != null && meta.record.featureGroupArn().equals(arn)) {
                    DescribeFeatureGroupResponse done = meta.record.toBuilder()
                            .featureGroupStatus(FeatureGroupStatus.CREATED).build();
                    save(done);
                    store.groups.put(name, new GroupMeta(done));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sagemaker4j-featuregroup-create");
        t.setDaemon(true);
        t.start();
    }

    /** Saves a description atomically (synced temporary file, then a rename): a crash leaves the old or the new. */
    private void save(DescribeFeatureGroupResponse record) {
        AtomicFiles.writeString(store.groupsDir.resolve(record.featureGroupName() + ".json"),
                SdkJson.toJsonString(record));
    }

    DescribeFeatureGroupResponse describeFeatureGroup(DescribeFeatureGroupRequest request) {
        return group(request.featureGroupName()).record;
    }

    DeleteFeatureGroupResponse deleteFeatureGroup(DeleteFeatureGroupRequest request) {
        store.requireWriter("DeleteFeatureGroup");
        GroupMeta meta = group(request.featureGroupName());
        ReentrantLock lock = lock(meta.name);
        lock.lock();
        try {
            // out of the map first: a write that took the lock after this sees the group gone and fails
            store.groups.remove(meta.name);
            store.written.remove(meta.name);
            try {
                store.db.deleteRange(store.online, meta.prefix, Rows.end(meta.prefix));
                store.db.deleteRange(store.queue, meta.prefix, Rows.end(meta.prefix));
                Files.deleteIfExists(store.groupsDir.resolve(meta.name + ".json"));
                extras.delete(meta.name);
            } catch (RocksDBException | IOException e) {
                throw new StorageException(meta.name, "the feature group cannot be deleted: " + e, true, e);
            }
        } finally {
            lock.unlock();
        }
        return DeleteFeatureGroupResponse.builder().build();
    }

    /**
     * UpdateFeatureGroup: appends features (a record written before reads them as absent), changes the
     * online store's default TTL (for records written afterwards) and records the throughput setting.
     */
    UpdateFeatureGroupResponse updateFeatureGroup(UpdateFeatureGroupRequest request) {
        store.requireWriter("UpdateFeatureGroup");
        GroupMeta meta = group(request.featureGroupName());
        ReentrantLock lock = lock(meta.name);
        lock.lock();
        try {
            DescribeFeatureGroupResponse current = group(meta.name).record;
            CreateFeatureGroupValidation.validateUpdate(request, current);
            DescribeFeatureGroupResponse.Builder b = current.toBuilder()
                    .lastModifiedTime(Instant.now())
                    .lastUpdateStatus(LastUpdateStatus.builder().status(LastUpdateStatusValue.SUCCESSFUL).build());
            if (request.hasFeatureAdditions()) {
                List<software.amazon.awssdk.services.sagemaker.model.FeatureDefinition> defs =
                        new ArrayList<>(current.featureDefinitions());
                defs.addAll(request.featureAdditions());
                b.featureDefinitions(defs);
            }
            if (request.onlineStoreConfig() != null && request.onlineStoreConfig().ttlDuration() != null) {
                b.onlineStoreConfig(current.onlineStoreConfig().toBuilder()
                        .ttlDuration(request.onlineStoreConfig().ttlDuration()).build());
            }
            if (request.throughputConfig() != null) {
                ThroughputConfigUpdate t = request.throughputConfig();
                ThroughputConfigDescription.Builder d = current.throughputConfig() == null
                        ? ThroughputConfigDescription.builder() : current.throughputConfig().toBuilder();
                if (t.throughputMode() != null) {
                    d.throughputMode(t.throughputModeAsString());
                }
                if (t.provisionedReadCapacityUnits() != null) {
                    d.provisionedReadCapacityUnits(t.provisionedReadCapacityUnits());
                }
                if (t.provisionedWriteCapacityUnits() != null) {
                    d.provisionedWriteCapacityUnits(t.provisionedWriteCapacityUnits());
                }
                b.throughputConfig(d.build());
            }
            DescribeFeatureGroupResponse updated = b.build();
            save(updated);
            store.groups.put(meta.name, new GroupMeta(updated));
            return UpdateFeatureGroupResponse.builder().featureGroupArn(updated.featureGroupArn()).build();
        } finally {
            lock.unlock();
        }
    }

    /** DescribeFeatureMetadata: the feature's type and times, and the description and parameters it was given. */
    DescribeFeatureMetadataResponse describeFeatureMetadata(DescribeFeatureMetadataRequest request) {
        GroupMeta meta = group(request.featureGroupName());
        software.amazon.awssdk.services.sagemaker.model.FeatureDefinition def = feature(meta, request.featureName());
        DescribeFeatureMetadataResponse saved = extras.read(meta.name).features().get(def.featureName());
        DescribeFeatureMetadataResponse.Builder b = saved == null
                ? DescribeFeatureMetadataResponse.builder().creationTime(meta.record.creationTime())
                .lastModifiedTime(meta.record.creationTime())
                : saved.toBuilder();
        return b.featureGroupArn(meta.record.featureGroupArn()).featureGroupName(meta.name)
                .featureName(def.featureName()).featureType(def.featureType()).build();
    }

    /** UpdateFeatureMetadata: sets the description, adds parameters (a key given again is replaced), removes keys. */
    UpdateFeatureMetadataResponse updateFeatureMetadata(UpdateFeatureMetadataRequest request) {
        store.requireWriter("UpdateFeatureMetadata");
        Shapes.description("Description", request.description(), 255);
        Shapes.parameters("ParameterAdditions", request.hasParameterAdditions() ? request.parameterAdditions() : null);
        Shapes.parameterKeys("ParameterRemovals", request.hasParameterRemovals() ? request.parameterRemovals() : null);
        GroupMeta meta = group(request.featureGroupName());
        ReentrantLock lock = lock(meta.name);
        lock.lock();
        try {
            software.amazon.awssdk.services.sagemaker.model.FeatureDefinition def = feature(meta, request.featureName());
            DescribeFeatureMetadataResponse current = describeFeatureMetadata(DescribeFeatureMetadataRequest.builder()
                    .featureGroupName(meta.name).featureName(def.featureName()).build());
            Map<String, String> params = new LinkedHashMap<>();
            current.parameters().forEach(p -> params.put(p.key(), p.value()));
            if (request.hasParameterAdditions()) {
                request.parameterAdditions().forEach(p -> params.put(p.key(), p.value()));
            }
            if (request.hasParameterRemovals()) {
                request.parameterRemovals().forEach(params::remove);
            }
            List<FeatureParameter> list = new ArrayList<>();
            params.forEach((k, v) -> list.add(FeatureParameter.builder().key(k).value(v).build()));
            DescribeFeatureMetadataResponse.Builder b = current.toBuilder().parameters(list)
                    .lastModifiedTime(Instant.now());
            if (request.description() != null) {
                b.description(request.description());
            }
            GroupExtras.Extras old = extras.read(meta.name);
            Map<String, DescribeFeatureMetadataResponse> features = new LinkedHashMap<>(old.features());
            features.put(def.featureName(), b.build());
            extras.write(meta.name, new GroupExtras.Extras(old.tags(), features));
            return UpdateFeatureMetadataResponse.builder().build();
        } finally {
            lock.unlock();
        }
    }

    private static software.amazon.awssdk.services.sagemaker.model.FeatureDefinition feature(GroupMeta meta,
                                                                                              String name) {
        Integer i = name == null ? null : meta.index.get(name);
        if (i == null) {
            throw new ResourceNotFoundException("Feature", name, "the feature group " + meta.name
                    + " has no feature of this name; add it with FeatureGroup.update(...)");
        }
        return meta.record.featureDefinitions().get(i);
    }

    /** ListTags of a feature group's ARN (the one resource whose tags the local feature store keeps). */
    ListTagsResponse listTags(ListTagsRequest request) {
        GroupMeta meta = byArn(request.resourceArn());
        List<Tag> tags = extras.read(meta.name).tags();
        int max = request.maxResults() == null ? 50 : request.maxResults();
        if (max < 50 || max > 100) {
            throw new ValidationException("MaxResults", max, "is out of range", "give 50 to 100, as the service takes");
        }
        int from = firstIndex(request.nextToken());
        int to = Math.min(tags.size(), from + max);
        return ListTagsResponse.builder().tags(tags.subList(Math.min(from, tags.size()), to))
                .nextToken(to < tags.size() ? Integer.toString(to) : null).build();
    }

    /** AddTags to a feature group's ARN: a key given again takes the new value. */
    AddTagsResponse addTags(AddTagsRequest request) {
        store.requireWriter("AddTags");
        GroupMeta meta = byArn(request.resourceArn());
        ReentrantLock lock = lock(meta.name);
        lock.lock();
        try {
            GroupExtras.Extras old = extras.read(meta.name);
            Map<String, String> merged = new LinkedHashMap<>();
            old.tags().forEach(t -> merged.put(t.key(), t.value()));
            if (request.hasTags()) {
                Shapes.tags("Tags", request.tags());
                request.tags().forEach(t -> merged.put(t.key(), t.value()));
            }
            List<Tag> tags = new ArrayList<>();
            merged.forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
            Shapes.tags("Tags", tags);
            extras.write(meta.name, new GroupExtras.Extras(tags, old.features()));
            return AddTagsResponse.builder().tags(tags).build();
        } finally {
            lock.unlock();
        }
    }

    private GroupMeta byArn(String arn) {
        if (!store.writer()) {
            store.reloadGroups();
        }
        if (arn == null) {
            throw new ValidationException("ResourceArn", null, "is missing", "give the feature group's ARN");
        }
        return store.groups.values().stream().filter(g -> arn.equals(g.record.featureGroupArn())).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("FeatureGroup", arn,
                        "the local backend keeps tags of its feature groups only; check the ARN with"
                                + " FeatureGroup.describe()"));
    }

    ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsRequest request) {
        if (!store.writer()) {
            // a reader process rereads the groups from disk: the writing process may have created or deleted some
            store.reloadGroups();
        }
        List<DescribeFeatureGroupResponse> all = filtered(request).sorted(order(request)).toList();
        int from = firstIndex(request.nextToken());
        int max = request.maxResults() == null ? 10 : request.maxResults();
        if (max < 1 || max > 100) {
            throw new ValidationException("MaxResults", max, "is out of range", "give 1 to 100, as the service takes");
        }
        int to = Math.min(all.size(), from + max);
        List<FeatureGroupSummary> page = new ArrayList<>();
        for (DescribeFeatureGroupResponse r : all.subList(Math.min(from, all.size()), to)) {
            page.add(FeatureGroupSummary.builder().featureGroupName(r.featureGroupName())
                    .featureGroupArn(r.featureGroupArn()).creationTime(r.creationTime())
                    .featureGroupStatus(r.featureGroupStatus()).offlineStoreStatus(r.offlineStoreStatus()).build());
        }
        // the token is the next page's first index in the sorted list
        return ListFeatureGroupsResponse.builder().featureGroupSummaries(page)
                .nextToken(to < all.size() ? Integer.toString(to) : null).build();
    }

    private Stream<DescribeFeatureGroupResponse> filtered(ListFeatureGroupsRequest request) {
        Stream<DescribeFeatureGroupResponse> s = store.groups.values().stream().map(g -> g.record);
        if (request.nameContains() != null) {
            String needle = request.nameContains().toLowerCase(Locale.ROOT);
            s = s.filter(r -> r.featureGroupName().toLowerCase(Locale.ROOT).contains(needle));
        }
        if (request.featureGroupStatusEquals() != null) {
            s = s.filter(r -> r.featureGroupStatus() == request.featureGroupStatusEquals());
        }
        if (request.creationTimeAfter() != null) {
            s = s.filter(r -> r.creationTime().isAfter(request.creationTimeAfter()));
        }
        if (request.creationTimeBefore() != null) {
            s = s.filter(r -> r.creationTime().isBefore(request.creationTimeBefore()));
        }
        return s;
    }

    private static Comparator<DescribeFeatureGroupResponse> order(ListFeatureGroupsRequest request) {
        Comparator<DescribeFeatureGroupResponse> order = "Name".equals(request.sortByAsString())
                ? Comparator.comparing(DescribeFeatureGroupResponse::featureGroupName)
                : Comparator.comparing(DescribeFeatureGroupResponse::creationTime)
                .thenComparing(DescribeFeatureGroupResponse::featureGroupName);
        // descending unless Ascending is asked for
        return request.sortOrder() != FeatureGroupSortOrder.ASCENDING ? order.reversed() : order;
    }

    private static int firstIndex(String nextToken) {
        if (nextToken == null) {
            return 0;
        }
        int from;
        try {
            from = Integer.parseInt(nextToken);
        } catch (NumberFormatException e) {
            from = -1;
        }
        if (from < 0) {
            throw new ValidationException("NextToken", nextToken, "is not a token this store gave out",
                    "pass the NextToken of the previous ListFeatureGroups response, or none", null);
        }
        return from;
    }

    /**
     * Search over the feature groups, the one searchable resource of the local backend so far.
     *
     * @param request     the request
     * @param unsupported the error for another resource (the capability's OperationNotSupportedException)
     */
    SearchResponse search(SearchRequest request, Supplier<RuntimeException> unsupported) {
        if (!store.writer()) {
            store.reloadGroups();
        }
        if (request.resource() != ResourceType.FEATURE_GROUP) {
            throw unsupported.get();
        }
        Stream<DescribeFeatureGroupResponse> s = store.groups.values().stream().map(g -> g.record)
                .sorted(Comparator.comparing(DescribeFeatureGroupResponse::featureGroupName));
        if (request.searchExpression() != null) {
            for (Filter f : request.searchExpression().filters()) {
                s = s.filter(r -> matches(r, f));
            }
        }
        List<SearchRecord> results = s.map(r -> SearchRecord.builder().featureGroup(FeatureGroup.builder()
                .featureGroupName(r.featureGroupName()).featureGroupArn(r.featureGroupArn())
                .recordIdentifierFeatureName(r.recordIdentifierFeatureName())
                .eventTimeFeatureName(r.eventTimeFeatureName()).featureDefinitions(r.featureDefinitions())
                .creationTime(r.creationTime()).onlineStoreConfig(r.onlineStoreConfig())
                .offlineStoreConfig(r.offlineStoreConfig()).featureGroupStatus(r.featureGroupStatus())
                .description(r.description()).build()).build()).toList();
        return SearchResponse.builder().results(results).build();
    }

    private static boolean matches(DescribeFeatureGroupResponse r, Filter f) {
        String actual = switch (f.name()) {
            case "FeatureGroupName" -> r.featureGroupName();
            case "Description" -> r.description();
            case "FeatureGroupStatus" -> r.featureGroupStatusAsString();
            default -> throw new ValidationException("SearchExpression.Filters.Name", f.name(),
                    "is not supported by the local feature store",
                    "filter on FeatureGroupName, Description or FeatureGroupStatus");
        };
        if (actual == null) {
            return false;
        }
        String op = f.operatorAsString() == null ? "Equals" : f.operatorAsString();
        return switch (op) {
            case "Equals" -> actual.equals(f.value());
            case "NotEquals" -> !actual.equals(f.value());
            case "Contains" -> actual.toLowerCase(Locale.ROOT).contains(f.value().toLowerCase(Locale.ROOT));
            default -> throw new ValidationException("SearchExpression.Filters.Operator", op,
                    "is not supported by the local feature store", "use Equals, NotEquals or Contains");
        };
    }

    /** A group that exists (in any status), or {@link ResourceNotFoundException}. */
    GroupMeta group(String name) {
        GroupMeta meta = store.group(name);
        if (meta == null) {
            throw new ResourceNotFoundException("FeatureGroup", name,
                    "create it with FeatureGroup.create(...) or check the name with FeatureStore.listFeatureGroups()");
        }
        return meta;
    }

    /** A group that takes records: it exists and is Created. */
    GroupMeta writable(String name) {
        GroupMeta meta = group(name);
        if (meta.record.featureGroupStatus() != FeatureGroupStatus.CREATED) {
            throw new ResourceInUseException("FeatureGroup", name, "Feature group " + name + " is "
                    + meta.record.featureGroupStatusAsString() + "; wait with FeatureGroup.waitForCreation(...)");
        }
        return meta;
    }

    /**
     * The group's write lock, shared by every session on the root: creating, deleting and every write
     * batch of the group hold it, so a batch's newest-wins reads and its write are not interleaved with
     * another writer's.
     */
    ReentrantLock lock(String name) {
        return store.locks.computeIfAbsent(name, n -> new ReentrantLock());
    }
}
