/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.SearchApi;
import dev.sagemaker4j.utils.Numbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureDefinition;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroup;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupStatus;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupSummary;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsResponse;
import software.amazon.awssdk.services.sagemaker.model.OfflineStoreStatus;
import software.amazon.awssdk.services.sagemaker.model.OfflineStoreStatusValue;
import software.amazon.awssdk.services.sagemaker.model.ResourceType;
import software.amazon.awssdk.services.sagemaker.model.SearchRecord;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordError;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordIdentifier;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResultDetail;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.ExpirationTimeResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TargetStore;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TtlDuration;

/**
 * The feature store part of the local backend: CreateFeatureGroup and friends, and the runtime
 * operations over a RocksDB online store. Every write is one RocksDB write batch holding the
 * online value and the offline row together (write-ahead logged, synced by default), so an
 * acknowledged write survives a crash and the two stores never disagree. Offline rows wait in a
 * queue column family until they are published as Parquet in SageMaker's layout (by a background
 * thread, {@link #flush} or close); an offline query reads the rows still queued beside the published
 * files ({@link #offlineView}), so data is queryable at once (or after the configured lag) without
 * waiting for a publish.
 *
 * <p>One instance per session; the RocksDB, the groups and the write locks belong to the root and
 * are shared by every session of the JVM on it ({@code RootStore}), and a second process reads them
 * as a RocksDB secondary. {@link #close} waits for the session's calls under way; later calls fail
 * with {@link SessionClosedException}.
 */
public final class LocalFeatureStore implements LocalPart, FeatureGroupsApi, SearchApi, FeatureStoreRuntimeApi {
    /** Property: fsync every write batch (default true). */
    public static final String SYNC = "sagemaker4j.featurestore.sync";
    /** Property: how long a group stays Creating, as an ISO-8601 duration (default PT0S). */
    public static final String CREATION_DELAY = "sagemaker4j.featurestore.creationDelay";
    /** Property: how long a row waits before the offline store shows it, ISO-8601 duration (default PT0S). */
    public static final String OFFLINE_LAG = "sagemaker4j.featurestore.offlineLag";
    /**
     * Property: the online store's block cache in MiB (default 256): RocksDB's own default of 8 MiB makes
     * nearly every read of a store larger than that load and decompress a block.
     */
    public static final String BLOCK_CACHE_MB = "sagemaker4j.featurestore.blockCacheMb";
    /**
     * Property: how many offline rows a group queues before a background thread publishes them as Parquet
     * while ingest goes on (default 10000; 0 turns it off: the rows stay queued, and offline queries read them
     * there, until {@link #flush} or close publishes them).
     */
    public static final String BACKGROUND_PUBLISH_ROWS = "sagemaker4j.featurestore.backgroundPublishRows";
    /** The service's limit on a record and on a value. */
    public static final int MAX_RECORD_BYTES = 350 * 1024;
    /** The service's limit on a record identifier. */
    public static final int MAX_IDENTIFIER_BYTES = 2 * 1024;
    /** Cell kind for {@link #write(GroupMeta, List, byte[], long[], Long, int, long, java.util.function.BiConsumer)}:
     * a value given as text, validated against its feature's type. */
    public static final byte TEXT = Rows.TEXT;
    /** Cell kind: text known to be a valid value of its feature (the text of a typed cell), not parsed again. */
    public static final byte NUMBER_TEXT = Rows.NUMBER_TEXT;
    /**
     * Cell kind: a 64-bit integer, given in the row's numbers; its text, {@link Long#toString(long)},
     * is what reads return. Never the record identifier's or event time's cell.
     */
    public static final byte LONG = Rows.LONG;
    /**
     * Cell kind: a double, given as {@link Double#doubleToRawLongBits} in the row's numbers; its text,
     * {@link Double#toString(double)}, is what reads return. Never the record identifier's or event
     * time's cell.
     */
    public static final byte DOUBLE = Rows.DOUBLE;
    /** Names the offline store adds. */
    public static final Set<String> RESERVED = Set.of("is_deleted", "write_time", "api_invocation_time");
    private static final Pattern FEATURE_NAME = Pattern.compile("[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,63}");
    private static final Pattern GROUP_NAME = Pattern.compile("[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,63}");
    /**
     * The local fast paths (bulk ingest, in-process reads, the offline store's files) as a capability of the local
     * backend, the way DirectInvocation offers predict: FeatureGroup and the offline queries ask the session's
     * backend for it, and take the service's road (PutRecord, the offline store's objects) where it is absent.
     */
    public static final Capability<LocalFeatureStore> CAPABILITY = Capability.optional(LocalFeatureStore.class);

    private final LocalContext context;
    /** The root's store, shared with the other sessions of this JVM on the same root. */
    private final RootStore store;
    private final Path groupsDir;
    private final RocksDB db;
    private final ColumnFamilyHandle online;
    private final ColumnFamilyHandle queue;
    private final WriteOptions writeOptions;
    private final Map<String, GroupMeta> groups;
    private final Map<String, ReentrantLock> locks;
    private final AtomicLong seq;
    /**
     * Every call holds the read lock and {@link #close} the write lock, so close waits for the calls
     * under way before the RocksDB handles can be freed, and every later call fails cleanly.
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private boolean closed;
    private final OfflinePublisher publisher;
    private final BackgroundPublisher background;
    private final long lagMicros;
    private final Duration creationDelay;

    /**
     * Opens the feature store under {@code <root>/featurestore}.
     *
     * @param context what the parts share
     */
    public LocalFeatureStore(LocalContext context) {
        this.context = context;
        Map<String, String> props = context.config().properties();
        this.lagMicros = Duration.parse(props.getOrDefault(OFFLINE_LAG, "PT0S")).toNanos() / 1000;
        this.creationDelay = Duration.parse(props.getOrDefault(CREATION_DELAY, "PT0S"));
        this.store = RootStore.acquire(context.root(), props);
        this.groupsDir = store.groupsDir;
        this.db = store.db;
        this.online = store.online;
        this.queue = store.queue;
        this.writeOptions = store.writeOptions;
        this.groups = store.groups;
        this.locks = store.locks;
        this.seq = store.seq;
        this.publisher = new OfflinePublisher(context.objectStore(), store, lagMicros);
        this.background = new BackgroundPublisher(publisher, store, lagMicros,
                store.writer() ? backgroundPublishRows(props.get(BACKGROUND_PUBLISH_ROWS)) : 0);
    }

    private static int backgroundPublishRows(String value) {
        return value != null && value.trim().equals("0") ? 0
                : (int) Math.min(Integer.MAX_VALUE, Numbers.atLeastOne(BACKGROUND_PUBLISH_ROWS, value, 10_000,
                        "rows", "set it to e.g. 10000, or 0 to publish only when the offline store is read"));
    }

    /**
     * The local feature store of a session's backend, when the backend offers it (the local backend does).
     *
     * @param backend the session's backend
     * @return the store, or empty for another backend
     * @throws dev.sagemaker4j.exceptions.SessionClosedException after the session closed
     */
    public static Optional<LocalFeatureStore> of(Backend backend) {
        return backend.find(CAPABILITY);
    }

    /**
     * Where ingest progress goes.
     *
     * @return the session's progress listener
     */
    public dev.sagemaker4j.progress.ProgressListener progressListener() {
        return context.config().progressListener();
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        // Search answers feature groups only, the one searchable resource of the local backend so far; a
        // second searchable part (the model registry) makes Search a part of its own that asks each of them
        capabilities.offer(FeatureGroupsApi.CAPABILITY, this).offer(SearchApi.CAPABILITY, this)
                .offer(FeatureStoreRuntimeApi.CAPABILITY, this).offer(CAPABILITY, this);
    }

    // ---- control plane ----

    @Override
    public CreateFeatureGroupResponse createFeatureGroup(CreateFeatureGroupRequest request) {
        return guarded(() -> createFeatureGroup0(request));
    }

    private CreateFeatureGroupResponse createFeatureGroup0(CreateFeatureGroupRequest request) {
        store.requireWriter("CreateFeatureGroup");
        String name = request.featureGroupName();
        if (name == null || !GROUP_NAME.matcher(name).matches()) {
            throw new ValidationException("FeatureGroupName", name, "is not a valid feature group name",
                    "use 1-64 letters, digits, '-' and '_', starting and ending with a letter or digit");
        }
        List<FeatureDefinition> defs = request.featureDefinitions();
        if (defs == null || defs.isEmpty()) {
            throw new ValidationException("FeatureDefinitions", "[]", "is empty",
                    "load feature definitions first, e.g. FeatureGroup.loadFeatureDefinitions(schema)");
        }
        if (defs.size() > 2500) {
            throw new ValidationException("FeatureDefinitions", defs.size(), "has more than 2500 features",
                    "split the features over several groups");
        }
        Set<String> seen = new HashSet<>();
        for (FeatureDefinition d : defs) {
            String f = d.featureName();
            if (f == null || !FEATURE_NAME.matcher(f).matches()) {
                throw new ValidationException("FeatureDefinitions.FeatureName", f, "is not a valid feature name",
                        "use 1-64 letters, digits, '-' and '_', starting and ending with a letter or digit");
            }
            if (RESERVED.contains(f.toLowerCase(Locale.ROOT))) {
                throw new ValidationException("FeatureDefinitions.FeatureName", f, "is reserved by the offline store",
                        "rename the feature; is_deleted, write_time and api_invocation_time are reserved");
            }
            if (!seen.add(f.toLowerCase(Locale.ROOT))) {
                throw new ValidationException("FeatureDefinitions.FeatureName", f, "is defined twice",
                        "give every feature a distinct name (names are case-insensitive)");
            }
            if (d.featureType() == null || d.featureType() == FeatureType.UNKNOWN_TO_SDK_VERSION) {
                throw new ValidationException("FeatureDefinitions." + f + ".FeatureType", d.featureTypeAsString(),
                        "is not a feature type", "use Integral, Fractional or String");
            }
            if (d.collectionType() != null) {
                throw new ValidationException("FeatureDefinitions." + f + ".CollectionType", d.collectionTypeAsString(),
                        "is not supported by the local feature store", "use scalar features");
            }
        }
        Map<String, FeatureDefinition> byName = new java.util.HashMap<>();
        defs.forEach(d -> byName.put(d.featureName(), d));
        FeatureDefinition id = byName.get(request.recordIdentifierFeatureName());
        if (id == null) {
            throw new ValidationException("RecordIdentifierFeatureName", request.recordIdentifierFeatureName(),
                    "is not one of the feature definitions", "name a defined feature as the record identifier");
        }
        if (id.featureType() == FeatureType.FRACTIONAL) {
            throw new ValidationException("RecordIdentifierFeatureName", id.featureName(), "is Fractional",
                    "use an Integral or String record identifier");
        }
        FeatureDefinition et = byName.get(request.eventTimeFeatureName());
        if (et == null) {
            throw new ValidationException("EventTimeFeatureName", request.eventTimeFeatureName(),
                    "is not one of the feature definitions", "name a defined feature as the event time");
        }
        if (et.featureType() == FeatureType.INTEGRAL) {
            throw new ValidationException("EventTimeFeatureName", et.featureName(), "is Integral",
                    "use a String (ISO-8601) or Fractional (epoch seconds) event time");
        }
        if (request.onlineStoreConfig() == null && request.offlineStoreConfig() == null) {
            throw new ValidationException("OnlineStoreConfig", null, "and OfflineStoreConfig are both missing",
                    "enable the online store, the offline store or both");
        }
        if (request.onlineStoreConfig() != null && request.onlineStoreConfig().ttlDuration() != null) {
            GroupMeta.ttlMicros(request.onlineStoreConfig().ttlDuration());
        }
        ReentrantLock lock = lock(name);
        lock.lock();
        try {
            if (groups.containsKey(name)) {
                throw new ResourceInUseException("FeatureGroup", name, "Feature group " + name + " already exists");
            }
            Instant created = Instant.ofEpochSecond(Instant.now().getEpochSecond());
            String arn = "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":feature-group/"
                    + name.toLowerCase(Locale.ROOT);
            DescribeFeatureGroupResponse.Builder b = DescribeFeatureGroupResponse.builder()
                    .featureGroupName(name).featureGroupArn(arn)
                    .recordIdentifierFeatureName(id.featureName()).eventTimeFeatureName(et.featureName())
                    .featureDefinitions(defs).creationTime(created).lastModifiedTime(created)
                    .onlineStoreConfig(request.onlineStoreConfig()).roleArn(request.roleArn())
                    .description(request.description())
                    .featureGroupStatus(creationDelay.isZero() ? FeatureGroupStatus.CREATED
                            : FeatureGroupStatus.CREATING);
            if (request.offlineStoreConfig() != null) {
                var off = request.offlineStoreConfig();
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
                b.offlineStoreConfig(off.toBuilder()
                        .s3StorageConfig(off.s3StorageConfig().toBuilder().resolvedOutputS3Uri(resolved).build())
                        .dataCatalogConfig(off.dataCatalogConfig() != null ? off.dataCatalogConfig()
                                : software.amazon.awssdk.services.sagemaker.model.DataCatalogConfig.builder()
                                .catalog("AwsDataCatalog").database("sagemaker_featurestore").tableName(table).build())
                        .build())
                        .offlineStoreStatus(OfflineStoreStatus.builder().status(OfflineStoreStatusValue.ACTIVE).build());
            }
            DescribeFeatureGroupResponse record = b.build();
            save(record);
            groups.put(name, new GroupMeta(record));
            if (!creationDelay.isZero()) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(creationDelay.toMillis());
                        GroupMeta meta = groups.get(name);
                        if (meta != null && meta.record.featureGroupArn().equals(arn)) {
                            DescribeFeatureGroupResponse done = meta.record.toBuilder()
                                    .featureGroupStatus(FeatureGroupStatus.CREATED).build();
                            save(done);
                            groups.put(name, new GroupMeta(done));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "sagemaker4j-featuregroup-create");
                t.setDaemon(true);
                t.start();
            }
            return CreateFeatureGroupResponse.builder().featureGroupArn(arn).build();
        } finally {
            lock.unlock();
        }
    }

    private void save(DescribeFeatureGroupResponse record) {
        Path file = groupsDir.resolve(record.featureGroupName() + ".json");
        Path tmp = groupsDir.resolve(record.featureGroupName() + ".json.tmp");
        try {
            Files.writeString(tmp, SdkJson.toJsonString(record));
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "cannot be written: " + e, true, e);
        }
    }

    static software.amazon.awssdk.services.sagemaker.model.TtlDuration toSageMaker(TtlDuration ttl) {
        return software.amazon.awssdk.services.sagemaker.model.TtlDuration.builder()
                .unit(ttl.unitAsString()).value(ttl.value()).build();
    }

    @Override
    public DescribeFeatureGroupResponse describeFeatureGroup(DescribeFeatureGroupRequest request) {
        return guarded(() -> describeFeatureGroup0(request));
    }

    private DescribeFeatureGroupResponse describeFeatureGroup0(DescribeFeatureGroupRequest request) {
        return group(request.featureGroupName()).record;
    }

    @Override
    public DeleteFeatureGroupResponse deleteFeatureGroup(DeleteFeatureGroupRequest request) {
        return guarded(() -> deleteFeatureGroup0(request));
    }

    private DeleteFeatureGroupResponse deleteFeatureGroup0(DeleteFeatureGroupRequest request) {
        store.requireWriter("DeleteFeatureGroup");
        GroupMeta meta = group(request.featureGroupName());
        ReentrantLock lock = lock(meta.name);
        lock.lock();
        try {
            groups.remove(meta.name);
            store.written.remove(meta.name);
            try {
                db.deleteRange(online, meta.prefix, Rows.end(meta.prefix));
                db.deleteRange(queue, meta.prefix, Rows.end(meta.prefix));
                Files.deleteIfExists(groupsDir.resolve(meta.name + ".json"));
            } catch (RocksDBException | IOException e) {
                throw new StorageException(meta.name, "the feature group cannot be deleted: " + e, true, e);
            }
        } finally {
            lock.unlock();
        }
        return DeleteFeatureGroupResponse.builder().build();
    }

    @Override
    public ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsRequest request) {
        return guarded(() -> listFeatureGroups0(request));
    }

    private ListFeatureGroupsResponse listFeatureGroups0(ListFeatureGroupsRequest request) {
        if (!store.writer()) {
            store.reloadGroups();
        }
        Stream<DescribeFeatureGroupResponse> s = groups.values().stream().map(g -> g.record);
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
        Comparator<DescribeFeatureGroupResponse> order = "Name".equals(request.sortByAsString())
                ? Comparator.comparing(DescribeFeatureGroupResponse::featureGroupName)
                : Comparator.comparing(DescribeFeatureGroupResponse::creationTime)
                .thenComparing(DescribeFeatureGroupResponse::featureGroupName);
        if (request.sortOrder() != software.amazon.awssdk.services.sagemaker.model.FeatureGroupSortOrder.ASCENDING) {
            order = order.reversed();
        }
        List<DescribeFeatureGroupResponse> all = s.sorted(order).toList();
        int from = 0;
        if (request.nextToken() != null) {
            try {
                from = Integer.parseInt(request.nextToken());
            } catch (NumberFormatException e) {
                from = -1;
            }
            if (from < 0) {
                throw new ValidationException("NextToken", request.nextToken(), "is not a token this store gave out",
                        "pass the NextToken of the previous ListFeatureGroups response, or none", null);
            }
        }
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
        return ListFeatureGroupsResponse.builder().featureGroupSummaries(page)
                .nextToken(to < all.size() ? Integer.toString(to) : null).build();
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return guarded(() -> search0(request));
    }

    private SearchResponse search0(SearchRequest request) {
        if (!store.writer()) {
            store.reloadGroups();
        }
        if (request.resource() != ResourceType.FEATURE_GROUP) {
            throw unsupported("Search for " + request.resourceAsString());
        }
        Stream<DescribeFeatureGroupResponse> s = groups.values().stream().map(g -> g.record)
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

    /**
     * A group that exists and is Created.
     *
     * @param name the group name
     * @return the group
     */
    public GroupMeta group(String name) {
        return guarded(() -> group0(name));
    }

    private GroupMeta group0(String name) {
        GroupMeta meta = store.group(name);
        if (meta == null) {
            throw new ResourceNotFoundException("FeatureGroup", name,
                    "create it with FeatureGroup.create(...) or check the name with FeatureStore.listFeatureGroups()");
        }
        return meta;
    }

    private GroupMeta writable(String name) {
        GroupMeta meta = group(name);
        if (meta.record.featureGroupStatus() != FeatureGroupStatus.CREATED) {
            throw new ResourceInUseException("FeatureGroup", name, "Feature group " + name + " is "
                    + meta.record.featureGroupStatusAsString() + "; wait with FeatureGroup.waitForCreation(...)");
        }
        return meta;
    }

    private ReentrantLock lock(String name) {
        return locks.computeIfAbsent(name, n -> new ReentrantLock());
    }

    /**
     * The keys written online to a group in this process since its key range was seen empty: seen at
     * its first write here (one seek), {@link WrittenKeys#unknown()} when it held records. Called
     * under the group's write lock, which every online write of the group holds.
     */
    private WrittenKeys written(GroupMeta meta) throws RocksDBException {
        WrittenKeys seen = store.written.get(meta.name);
        if (seen == null) {
            boolean empty;
            try (org.rocksdb.Slice upper = new org.rocksdb.Slice(Rows.end(meta.prefix));
                 org.rocksdb.ReadOptions options = new org.rocksdb.ReadOptions().setIterateUpperBound(upper);
                 org.rocksdb.RocksIterator it = db.newIterator(online, options)) {
                it.seek(meta.prefix);
                empty = !it.isValid();
                it.status();
            }
            seen = empty ? WrittenKeys.empty() : WrittenKeys.unknown();
            store.written.put(meta.name, seen);
        }
        return seen;
    }

    // ---- runtime ----

    @Override
    public PutRecordResponse putRecord(PutRecordRequest request) {
        return guarded(() -> putRecord0(request));
    }

    private PutRecordResponse putRecord0(PutRecordRequest request) {
        GroupMeta meta = writable(request.featureGroupName());
        String[] values = valuesOf(meta, request.record());
        Long ttl = request.ttlDuration() == null ? null : GroupMeta.ttlMicros(toSageMaker(request.ttlDuration()));
        List<String[]> rows = new ArrayList<>(1);
        rows.add(values);
        write(meta, rows, ttl, targets(request.targetStores()), 0, null);
        return PutRecordResponse.builder().build();
    }

    private static int targets(List<TargetStore> stores) {
        if (stores == null || stores.isEmpty()) {
            return 3;
        }
        int t = 0;
        for (TargetStore s : stores) {
            t |= s == TargetStore.ONLINE_STORE ? 1 : s == TargetStore.OFFLINE_STORE ? 2 : 0;
        }
        return t;
    }

    /**
     * A record's values by definition index, validated.
     *
     * @param meta   the group
     * @param record the feature values
     * @return the values, null where absent
     */
    public static String[] valuesOf(GroupMeta meta, List<FeatureValue> record) {
        String[] values = new String[meta.names.length];
        if (record == null) {
            throw new ValidationException("Record", null, "is missing", "give the record's feature values");
        }
        for (FeatureValue v : record) {
            Integer i = meta.index.get(v.featureName());
            if (i == null) {
                throw new ValidationException(v.featureName(), v.valueAsString(), "is not a feature of group "
                        + meta.name, "use one of " + String.join(", ", meta.names));
            }
            if (v.hasValueAsStringList()) {
                throw new ValidationException(v.featureName(), v.valueAsStringList(), "is a list",
                        "collection features are not supported; give ValueAsString");
            }
            if (values[i] != null) {
                throw new ValidationException(v.featureName(), v.valueAsString(), "is given twice in one record",
                        "give each feature once");
            }
            values[i] = v.valueAsString();
        }
        return values;
    }

    /**
     * Validates a record's values and returns its event time in epoch microseconds.
     *
     * @param meta   the group
     * @param values values by definition index
     * @return the event time
     */
    public static long validate(GroupMeta meta, String[] values) {
        return validate(meta, values, null, null, 0);
    }

    /**
     * Validates a record's values and returns its event time in epoch microseconds, without parsing
     * the values known to be well formed for their feature type: ingest of a typed Arrow cell gives
     * its number, or the text of its number, and would otherwise parse every number back. Sizes, the
     * identifier and the event time are checked as always.
     *
     * @param meta    the group
     * @param values  values by definition index; for a {@link #LONG} or {@link #DOUBLE} cell only a
     *                mark of presence
     * @param kinds   by definition index, the kind of each cell ({@link #TEXT}, {@link #NUMBER_TEXT},
     *                {@link #LONG}, {@link #DOUBLE}); null when all are text
     * @param numbers the numbers of the {@link #LONG} and {@link #DOUBLE} cells, at
     *                {@code offset + index}; null when there are none
     * @param offset  where this record's numbers start
     * @return the event time
     */
    static long validate(GroupMeta meta, String[] values, byte[] kinds, long[] numbers, int offset) {
        String id = values[meta.idIndex];
        if (id == null || id.isEmpty()) {
            throw new ValidationException(meta.names[meta.idIndex], id, "is the record identifier and has no value",
                    "give every record an identifier");
        }
        if (id.length() > MAX_IDENTIFIER_BYTES || utf8Length(meta.names[meta.idIndex], id) > MAX_IDENTIFIER_BYTES) {
            throw new ValidationException(meta.names[meta.idIndex], abbreviate(id), "is longer than 2 KB",
                    "use a shorter record identifier");
        }
        long size = 0;
        boolean doubles = false;
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null) {
                continue;
            }
            byte kind = kinds == null ? TEXT : kinds[i];
            if (kind == LONG) {
                size += stringSize(numbers[offset + i]) + meta.names[i].length();
                continue;
            }
            if (kind == DOUBLE) {
                // at most 26 characters; the exact length is worked out below only when this bound is too many
                size += 26 + meta.names[i].length();
                doubles = true;
                continue;
            }
            // the service counts UTF-8 bytes; a value has at least as many bytes as characters
            if (v.length() > MAX_RECORD_BYTES) {
                throw new ValidationException(meta.names[i], abbreviate(v), "is larger than 350 KB ("
                        + v.length() + " characters or more bytes)", "store large values elsewhere and put a"
                        + " reference in the feature");
            }
            if (kind == NUMBER_TEXT) {
                // the text of a number: ASCII, one byte a character
                size += v.length() + meta.names[i].length();
                continue;
            }
            size += utf8Length(meta.names[i], v) + meta.names[i].length();
            switch (meta.types[i]) {
                case INTEGRAL -> {
                    try {
                        // as the service: an Integral value is an integer, without spaces around it
                        Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        throw new ValidationException(meta.names[i], v, "is not an Integral value",
                                "give a whole number between -2^63 and 2^63-1, without spaces", e);
                    }
                }
                case FRACTIONAL -> {
                    try {
                        if (v.isEmpty() || v.charAt(0) <= ' ' || v.charAt(v.length() - 1) <= ' ') {
                            throw new NumberFormatException("spaces around the number");
                        }
                        double d = Double.parseDouble(v);
                        if (Double.isNaN(d) && i == meta.eventIndex) {
                            throw new NumberFormatException("NaN");
                        }
                    } catch (NumberFormatException e) {
                        throw new ValidationException(meta.names[i], v, "is not a Fractional value",
                                "give a decimal number such as 1.5, without spaces", e);
                    }
                }
                default -> {
                }
            }
        }
        if (size > MAX_RECORD_BYTES && doubles) {
            // the bound was too coarse: count the doubles' text exactly, as the text form did
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && kinds[i] == DOUBLE) {
                    size -= 26 - Double.toString(Double.longBitsToDouble(numbers[offset + i])).length();
                }
            }
        }
        if (size > MAX_RECORD_BYTES) {
            throw new ValidationException("Record", meta.names[meta.idIndex] + "=" + abbreviate(id),
                    "is larger than 350 KB (" + size + " bytes in UTF-8)",
                    "split the record's features over several groups");
        }
        return EventTimes.parseMicros(meta.names[meta.eventIndex], values[meta.eventIndex], meta.eventFractional);
    }

    /** The length of {@link Long#toString(long)} of a value, without making the string. */
    static int stringSize(long x) {
        int sign = x < 0 ? 1 : 0;
        // digits of |x|, counted on the negative side so that Long.MIN_VALUE needs no special case
        long n = x < 0 ? x : -x;
        long p = -10;
        for (int digits = 1; digits < 19; digits++) {
            if (n > p) {
                return sign + digits;
            }
            p = 10 * p;
        }
        return sign + 19;
    }

    /**
     * The UTF-8 length of a value, refusing what UTF-8 cannot encode (a lone surrogate would be
     * stored as '?'; the service rejects invalid UTF-8).
     */
    private static long utf8Length(String feature, String v) {
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ValidationException(feature, abbreviate(v), "holds a lone UTF-16 surrogate at character " + i
                        + ", which UTF-8 cannot encode", "fix the text's encoding (a surrogate pair split apart?)");
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...(" + v.length() + " characters)";
    }

    /**
     * Writes validated rows: each newest row goes online, every row goes to the offline queue, all in
     * one synced RocksDB batch. Rows that fail validation are reported through {@code failures}
     * (index, exception) and skipped; without a failure sink the first one is thrown.
     *
     * @param meta     the group
     * @param rows     values by definition index
     * @param ttl      a per-record TTL in microseconds, or null for the group's
     * @param targets  1 online, 2 offline, 3 both
     * @param base     the index of the first row, for failure reports
     * @param failures where failures go, or null to throw
     * @return the number of rows written
     */
    public int write(GroupMeta meta, List<String[]> rows, Long ttl, int targets, long base,
                     java.util.function.BiConsumer<Long, RuntimeException> failures) {
        return write(meta, rows, null, null, ttl, targets, base, failures);
    }

    /**
     * Writes validated rows as {@link #write(GroupMeta, List, Long, int, long, java.util.function.BiConsumer)}
     * does, with cells given as numbers or as text known to be well formed (typed Arrow cells): those
     * are not parsed again, and the number cells are stored as 8 bytes or fewer instead of text. Reads
     * return the same text for them as for their text ({@link Long#toString(long)},
     * {@link Double#toString(double)}).
     *
     * @param meta     the group
     * @param rows     values by definition index; for a {@link #LONG} or {@link #DOUBLE} cell only a
     *                 mark of presence (any non-null string), its number being in {@code numbers}
     * @param kinds    by definition index, the kind of every row's cell ({@link #TEXT},
     *                 {@link #NUMBER_TEXT}, {@link #LONG}, {@link #DOUBLE}); null when all are text
     * @param numbers  the number cells, row {@code r}'s at {@code r * width + index}; null when none
     * @param ttl      a per-record TTL in microseconds, or null for the group's
     * @param targets  1 online, 2 offline, 3 both
     * @param base     the index of the first row, for failure reports
     * @param failures where failures go, or null to throw
     * @return the number of rows written
     */
    public int write(GroupMeta meta, List<String[]> rows, byte[] kinds, long[] numbers, Long ttl, int targets,
                     long base, java.util.function.BiConsumer<Long, RuntimeException> failures) {
        if (kinds != null && (kinds.length != meta.names.length || kinds[meta.idIndex] >= LONG
                || kinds[meta.eventIndex] >= LONG)) {
            throw new IllegalArgumentException("kinds must give every feature a kind, and text for the record"
                    + " identifier and the event time");
        }
        return guarded(() -> write0(meta, rows, kinds, numbers, ttl, targets, base, failures));
    }

    private int write0(GroupMeta meta, List<String[]> rows, byte[] kinds, long[] numbers, Long ttl, int targets,
                       long base, java.util.function.BiConsumer<Long, RuntimeException> failures) {
        store.requireWriter("PutRecord");
        int n = rows.size();
        long[] events = new long[n];
        // the online key of each valid row; null where the row failed validation
        byte[][] keys = new byte[n][];
        int valid = 0;
        for (int r = 0; r < n; r++) {
            try {
                String[] values = rows.get(r);
                events[r] = validate(meta, values, kinds, numbers, r * meta.names.length);
                keys[r] = Rows.key(meta.prefix, values[meta.idIndex].getBytes(StandardCharsets.UTF_8));
                valid++;
            } catch (RuntimeException e) {
                if (failures == null) {
                    throw e;
                }
                failures.accept(base + r, e);
            }
        }
        boolean toOnline = meta.online && (targets & 1) != 0;
        boolean toOffline = meta.offline && (targets & 2) != 0;
        long ttlMicros = ttl != null ? ttl : meta.ttlMicros;
        int written = 0;
        ReentrantLock lock = lock(meta.name);
        lock.lock();
        try (WriteBatch batch = new WriteBatch()) {
            if (groups.get(meta.name) != meta) {
                throw new ResourceNotFoundException("FeatureGroup", meta.name, "the group was deleted or replaced");
            }
            // each row its own api_invocation_time, in the order the online store applies them, so that of two
            // rows with one id and event time the later wins in datasets as it does online
            long api = apiInvocationMicros(Math.max(1, n));
            // newest event time by record identifier, online and in this batch so far; keyed by the identifier
            // itself, which maps one to one to its key (validation refuses what UTF-8 cannot encode)
            Map<String, Long> newest = toOnline ? new java.util.HashMap<>(valid * 4 / 3 + 1) : Map.of();
            WrittenKeys seen = toOnline ? written(meta) : null;
            if (toOnline) {
                List<byte[]> present = new ArrayList<>(valid);
                int[] presentRows = new int[valid];
                for (int r = 0; r < n; r++) {
                    // a key never written since the group's key range was empty holds no record: no look-up
                    if (keys[r] != null && seen.mayContain(keys[r])) {
                        presentRows[present.size()] = r;
                        present.add(keys[r]);
                    }
                }
                List<byte[]> existing = present.isEmpty() ? List.of()
                        : db.multiGetAsList(Collections.nCopies(present.size(), online), present);
                for (int k = 0; k < present.size(); k++) {
                    if (existing.get(k) != null) {
                        newest.put(rows.get(presentRows[k])[meta.idIndex], Rows.first(existing.get(k)));
                    }
                }
            }
            Rows.Writer cells = new Rows.Writer();
            for (int r = 0; r < n; r++) {
                if (keys[r] == null) {
                    continue;
                }
                String[] values = rows.get(r);
                // the online value and the offline row share their values part
                int body = cells.body(values, kinds, numbers, r * meta.names.length);
                if (toOnline) {
                    String id = values[meta.idIndex];
                    Long current = newest.get(id);
                    if (current == null || events[r] >= current) {
                        long expires = ttlMicros > 0 ? events[r] + ttlMicros : 0L;
                        batch.put(online, keys[r], cells.row(events[r], expires, (byte) 0, body));
                        seen.add(keys[r]);
                        newest.put(id, events[r]);
                    }
                }
                if (toOffline) {
                    batch.put(queue, Rows.key(meta.prefix, seq.incrementAndGet()),
                            cells.row(api + r, events[r], (byte) 0, body));
                }
                written++;
            }
            db.write(writeOptions, batch);
        } catch (RocksDBException e) {
            throw new StorageException(meta.name, "the records cannot be written: " + e, true, e);
        } finally {
            lock.unlock();
        }
        if (toOffline) {
            background.queued(meta, written);
        }
        return written;
    }

    @Override
    public GetRecordResponse getRecord(GetRecordRequest request) {
        return guarded(() -> getRecord0(request));
    }

    private GetRecordResponse getRecord0(GetRecordRequest request) {
        GroupMeta meta = group(request.featureGroupName());
        byte[] value = read(meta, request.recordIdentifierValueAsString());
        GetRecordResponse.Builder b = GetRecordResponse.builder();
        if (value != null) {
            b.record(decode(meta, value, request.hasFeatureNames() ? request.featureNames() : null));
            long expires = Rows.second(value);
            if (expires != 0 && request.expirationTimeResponse() == ExpirationTimeResponse.ENABLED) {
                b.expiresAt(EventTimes.iso(expires));
            }
        }
        return b.build();
    }

    /**
     * The online value of a record, or null when absent or expired.
     *
     * @param meta the group
     * @param id   the record identifier
     * @return the encoded value
     */
    public byte[] read(GroupMeta meta, String id) {
        return guarded(() -> read0(meta, id));
    }

    private byte[] read0(GroupMeta meta, String id) {
        if (!meta.online) {
            throw new ValidationException("FeatureGroupName", meta.name, "has no online store",
                    "create the group with the online store enabled to read records");
        }
        if (id == null) {
            throw new ValidationException("RecordIdentifierValueAsString", null, "is missing",
                    "give the record identifier");
        }
        store.catchUp();
        try {
            byte[] value = db.get(online, Rows.key(meta.prefix, id.getBytes(StandardCharsets.UTF_8)));
            return live(value);
        } catch (RocksDBException e) {
            throw new StorageException(meta.name, "the record cannot be read: " + e, true, e);
        }
    }

    /** A record GetRecord returns: not soft-deleted (the service no longer returns it), not expired. */
    private static byte[] live(byte[] value) {
        if (value == null || Rows.deleted(value)) {
            return null;
        }
        long expires = Rows.second(value);
        return expires != 0 && EventTimes.nowMicros() >= expires ? null : value;
    }

    /**
     * Decodes an online value into the service's record shape.
     *
     * @param meta  the group
     * @param value the encoded value
     * @param names the features wanted, or null for all
     * @return the feature values
     */
    public static List<FeatureValue> decode(GroupMeta meta, byte[] value, List<String> names) {
        String[] values = Rows.values(value, meta.names.length);
        List<FeatureValue> out = new ArrayList<>();
        if (names == null) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    out.add(FeatureValue.builder().featureName(meta.names[i]).valueAsString(values[i]).build());
                }
            }
        } else {
            for (String n : names) {
                Integer i = meta.index.get(n);
                if (i == null) {
                    throw new ValidationException("FeatureNames", n, "is not a feature of group " + meta.name,
                            "use one of " + String.join(", ", meta.names));
                }
                if (values[i] != null) {
                    out.add(FeatureValue.builder().featureName(n).valueAsString(values[i]).build());
                }
            }
        }
        return out;
    }

    @Override
    public DeleteRecordResponse deleteRecord(DeleteRecordRequest request) {
        return guarded(() -> deleteRecord0(request));
    }

    private DeleteRecordResponse deleteRecord0(DeleteRecordRequest request) {
        store.requireWriter("DeleteRecord");
        GroupMeta meta = writable(request.featureGroupName());
        String id = request.recordIdentifierValueAsString();
        if (id == null || id.isEmpty()) {
            throw new ValidationException("RecordIdentifierValueAsString", id, "is missing", "give the record id");
        }
        long event = EventTimes.parseMicros("EventTime", request.eventTime(), false);
        boolean hard = request.deletionMode() == DeletionMode.HARD_DELETE;
        int targets = targets(request.targetStores());
        byte[] key = Rows.key(meta.prefix, id.getBytes(StandardCharsets.UTF_8));
        ReentrantLock lock = lock(meta.name);
        lock.lock();
        try (WriteBatch batch = new WriteBatch()) {
            byte[] current = meta.online ? db.get(online, key) : null;
            // a delete older than the record it names leaves the online record as it is; the service refuses
            // such a HardDelete, and still records a SoftDelete in the offline store
            boolean older = current != null && event < Rows.first(current);
            if (older && hard) {
                throw new ValidationException("EventTime", request.eventTime(), "is older than the event time of"
                        + " record " + id + " in the online store", "give an EventTime at or after the record's");
            }
            if (meta.online && (targets & 1) != 0 && current != null && !older) {
                if (hard) {
                    batch.delete(online, key);
                } else {
                    String[] kept = new String[meta.names.length];
                    kept[meta.idIndex] = id;
                    kept[meta.eventIndex] = eventString(meta, event, request.eventTime());
                    batch.put(online, key, Rows.encode(event, 0L, Rows.SOFT_DELETED, kept));
                    written(meta).add(key);
                }
            }
            if (meta.offline && (targets & 2) != 0) {
                String[] marker = new String[meta.names.length];
                marker[meta.idIndex] = id;
                marker[meta.eventIndex] = eventString(meta, event, request.eventTime());
                batch.put(queue, Rows.key(meta.prefix, seq.incrementAndGet()),
                        Rows.encode(apiInvocationMicros(1), event, (byte) 1, marker));
            }
            db.write(writeOptions, batch);
        } catch (RocksDBException e) {
            throw new StorageException(meta.name, "the record cannot be deleted: " + e, true, e);
        } finally {
            lock.unlock();
        }
        return DeleteRecordResponse.builder().build();
    }

    /** The last api_invocation_time given out: they only grow, one a row. */
    private static final java.util.concurrent.atomic.AtomicLong LAST_API = new java.util.concurrent.atomic.AtomicLong();

    /** Reserves {@code n} consecutive api_invocation_times, from now or just after the last one given. */
    private static long apiInvocationMicros(int n) {
        long now = EventTimes.nowMicros();
        return LAST_API.accumulateAndGet(now, (last, t) -> Math.max(t, last + 1) + n - 1) - (n - 1);
    }

    private static String eventString(GroupMeta meta, long micros, String given) {
        return meta.eventFractional ? java.math.BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString()
                : given;
    }

    @Override
    public BatchGetRecordResponse batchGetRecord(BatchGetRecordRequest request) {
        return guarded(() -> batchGetRecord0(request));
    }

    private BatchGetRecordResponse batchGetRecord0(BatchGetRecordRequest request) {
        List<BatchGetRecordResultDetail> records = new ArrayList<>();
        List<BatchGetRecordError> errors = new ArrayList<>();
        int total = 0;
        for (BatchGetRecordIdentifier ident : request.identifiers()) {
            total += ident.recordIdentifiersValueAsString().size();
        }
        if (total > 100 || request.identifiers().size() > 10) {
            throw new ValidationException("Identifiers", total + " records in " + request.identifiers().size()
                    + " groups", "is over the limit of 100 records in 10 groups", "split the batch");
        }
        for (BatchGetRecordIdentifier ident : request.identifiers()) {
            GroupMeta meta = store.group(ident.featureGroupName());
            if (meta == null || !meta.online) {
                for (String id : ident.recordIdentifiersValueAsString()) {
                    errors.add(BatchGetRecordError.builder().featureGroupName(ident.featureGroupName())
                            .recordIdentifierValueAsString(id)
                            .errorCode(meta == null ? "ResourceNotFound" : "ValidationError")
                            .errorMessage(meta == null ? "Feature group " + ident.featureGroupName()
                                    + " does not exist" : "Feature group has no online store").build());
                }
                continue;
            }
            List<byte[]> keys = new ArrayList<>();
            for (String id : ident.recordIdentifiersValueAsString()) {
                keys.add(Rows.key(meta.prefix, id.getBytes(StandardCharsets.UTF_8)));
            }
            List<byte[]> values;
            store.catchUp();
            try {
                values = db.multiGetAsList(Collections.nCopies(keys.size(), online), keys);
            } catch (RocksDBException e) {
                throw new StorageException(meta.name, "the records cannot be read: " + e, true, e);
            }
            List<String> names = ident.hasFeatureNames() ? ident.featureNames() : null;
            for (int k = 0; k < keys.size(); k++) {
                byte[] v = live(values.get(k));
                if (v == null) {
                    continue;
                }
                BatchGetRecordResultDetail.Builder d = BatchGetRecordResultDetail.builder()
                        .featureGroupName(meta.name)
                        .recordIdentifierValueAsString(ident.recordIdentifiersValueAsString().get(k))
                        .record(decode(meta, v, names));
                if (Rows.second(v) != 0 && request.expirationTimeResponse() == ExpirationTimeResponse.ENABLED) {
                    d.expiresAt(EventTimes.iso(Rows.second(v)));
                }
                records.add(d.build());
            }
        }
        return BatchGetRecordResponse.builder().records(records).errors(errors).build();
    }

    // ---- offline ----

    /**
     * Publishes the queued offline rows of a group that are older than the configured lag.
     *
     * @param name the group
     */
    public void flush(String name) {
        guarded(() -> {
            flush0(name);
            return null;
        });
    }

    private void flush0(String name) {
        GroupMeta meta = group(name);
        if (!meta.offline || !store.writer()) {
            // a reader process shows what the writing process has published
            return;
        }
        synchronized (store.flushLock) {
            publisher.flush(meta, db, queue, EventTimes.nowMicros() - lagMicros);
        }
    }

    /**
     * The offline store of a group as a query sees it now, without waiting for a publish: the published
     * Parquet objects, and the rows still queued (older than the configured lag) in a new table
     * {@code table} of {@code c}, whose {@code SELECT} of {@link #queuedColumns} has a Parquet file's
     * columns and values. Each row is in exactly one of the two: the queue's snapshot and the file list
     * are taken together under the root's swap lock, and a publish removes its rows from the queue and
     * makes its files visible in one step under the same lock (a file it has put before is left out).
     * A row's {@code write_time} is the same in both: when it became visible (its API call plus the lag).
     *
     * @param c     the query's DuckDB connection
     * @param name  the group
     * @param table the table to create for the queued rows
     * @return the published objects' URIs and whether rows were queued (when none were, the table is
     *         dropped again); null in a reader process or for a group without an offline store, which
     *         show what the writing process has published (no table is created then)
     */
    public OfflineView offlineView(org.duckdb.DuckDBConnection c, String name, String table) {
        return guarded(() -> {
            GroupMeta meta = group(name);
            if (!meta.offline || !store.writer()) {
                return null;
            }
            if (store.failedPublish.contains(meta.name) || queuedBeforeOpen(meta)) {
                // publish first, as before: a broken publish is reported to the query, and rows a crash left
                // both queued and in a file of a cut-short publish get that file replaced, not read twice
                flush0(name);
            }
            long now = EventTimes.nowMicros();
            List<String> files = new ArrayList<>();
            org.rocksdb.Snapshot snapshot;
            synchronized (store.swapLock) {
                context.objectStore().listAll(meta.offlineUri + "/").forEach(o -> {
                    if (o.uri().endsWith(".parquet") && !store.unswapped.contains(o.uri())) {
                        files.add(o.uri());
                    }
                });
                snapshot = db.getSnapshot();
            }
            try {
                long queued = OfflinePublisher.appendQueued(c, table, meta, db, queue, snapshot, now - lagMicros,
                        lagMicros);
                if (queued == 0) {
                    // the usual case once published: the files alone, as before, with nothing to union
                    try (java.sql.Statement s = c.createStatement()) {
                        s.execute("DROP TABLE " + OfflinePublisher.quote(table));
                    }
                }
                return new OfflineView(files, queued > 0);
            } catch (java.sql.SQLException e) {
                throw new StorageException(meta.offlineUri, "the queued offline rows cannot be read: " + e, true, e);
            } finally {
                db.releaseSnapshot(snapshot);
            }
        });
    }

    /**
     * What {@link #offlineView} found.
     *
     * @param files  the published Parquet objects' URIs
     * @param queued whether queued rows were put in the table
     */
    public record OfflineView(List<String> files, boolean queued) {
    }

    /**
     * The columns of an offline file over the table of queued rows that {@link #offlineView} created.
     *
     * @param name  the group
     * @param table that table
     * @return a {@code SELECT} statement
     */
    public String queuedColumns(String name, String table) {
        return "SELECT " + OfflinePublisher.select(group(name)) + " FROM " + OfflinePublisher.quote(table);
    }

    /** Whether the group's first queued row was queued before this process opened the root. */
    private boolean queuedBeforeOpen(GroupMeta meta) {
        try (org.rocksdb.Slice upper = new org.rocksdb.Slice(Rows.end(meta.prefix));
             org.rocksdb.ReadOptions ro = new org.rocksdb.ReadOptions().setIterateUpperBound(upper);
             org.rocksdb.RocksIterator it = db.newIterator(queue, ro)) {
            it.seek(meta.prefix);
            if (!it.isValid()) {
                return false;
            }
            byte[] key = it.key();
            return java.nio.ByteBuffer.wrap(key, key.length - 8, 8).getLong() <= store.openSeq;
        }
    }

    /**
     * The local file of an {@code s3://} object of this backend.
     *
     * @param uri the object
     * @return its file
     */
    public Path fileOf(String uri) {
        return context.localFile(uri);
    }

    /**
     * Runs one call of this session's feature store: after {@link #close} began it fails with
     * {@link SessionClosedException}, and close waits until it ends.
     */
    private <T> T guarded(Supplier<T> call) {
        gate.readLock().lock();
        try {
            if (closed) {
                throw new SessionClosedException("The feature store of this session");
            }
            return call.get();
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * Waits for this session's calls under way, publishes queued offline rows, and gives back the
     * root's store (freed with the last session of this JVM on the root).
     */
    @Override
    public void close() {
        gate.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            // a background chunk under way ends first; this session's last publish below takes the rest
            background.close();
            if (store.writer()) {
                for (GroupMeta meta : groups.values()) {
                    if (meta.offline) {
                        try {
                            synchronized (store.flushLock) {
                                publisher.flush(meta, db, queue, EventTimes.nowMicros() - lagMicros);
                            }
                        } catch (RuntimeException e) {
                            org.slf4j.LoggerFactory.getLogger(LocalFeatureStore.class).warn(
                                    "offline rows of {} stay queued until the next start: {}", meta.name, e.toString());
                        }
                    }
                }
            }
            publisher.close();
        } finally {
            gate.writeLock().unlock();
        }
        store.release();
    }
}
