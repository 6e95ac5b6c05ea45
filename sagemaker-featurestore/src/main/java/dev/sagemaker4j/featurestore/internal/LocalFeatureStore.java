/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.SearchApi;
import dev.sagemaker4j.utils.Numbers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.model.AddTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.AddTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataResponse;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureMetadataRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureMetadataResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordResponse;

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
     * (default 10000; the thread waits until writes paused for 300 ms, or the group queued 1,000,000 rows, so that
     * it does not compete with an ingest under way; 0 turns it off: the rows stay queued, and offline queries read
     * them there, until {@link #flush} or close publishes them).
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
    /**
     * The local fast paths (bulk ingest, in-process reads, the offline store's files) as a capability of the local
     * backend, the way DirectInvocation offers predict: FeatureGroup and the offline queries ask the session's
     * backend for it, and take the service's road (PutRecord, the offline store's objects) where it is absent.
     */
    public static final Capability<LocalFeatureStore> CAPABILITY = Capability.optional(LocalFeatureStore.class);

    private final LocalContext context;
    /** The root's store, shared with the other sessions of this JVM on the same root. */
    private final RootStore store;
    /**
     * Every call holds the read lock and {@link #close} the write lock, so close waits for the calls
     * under way before the RocksDB handles can be freed, and every later call fails cleanly. The
     * classes this one delegates to take no lock of their own for this: they run inside {@link #guarded}.
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private boolean closed;
    private final OfflinePublisher publisher;
    private final BackgroundPublisher background;
    private final FeatureGroupControl control;
    private final RecordWriter writer;
    private final OnlineStore onlineStore;
    private final OfflineAccess offline;

    /**
     * Opens the feature store under {@code <root>/featurestore}.
     *
     * @param context what the parts share
     */
    public LocalFeatureStore(LocalContext context) {
        this.context = context;
        Map<String, String> props = context.config().properties();
        long lagMicros = Duration.parse(props.getOrDefault(OFFLINE_LAG, "PT0S")).toNanos() / 1000;
        Duration creationDelay = Duration.parse(props.getOrDefault(CREATION_DELAY, "PT0S"));
        this.store = RootStore.acquire(context.root(), props);
        this.publisher = new OfflinePublisher(context.objectStore(), store, lagMicros);
        // only the writing process publishes; a reader process shows what the writer has published
        this.background = new BackgroundPublisher(publisher, store, lagMicros,
                store.writer() ? backgroundPublishRows(props.get(BACKGROUND_PUBLISH_ROWS)) : 0);
        this.control = new FeatureGroupControl(context, store, creationDelay);
        this.writer = new RecordWriter(store, control, background);
        this.onlineStore = new OnlineStore(store, control, writer);
        this.offline = new OfflineAccess(context, store, control, publisher, lagMicros);
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

    // ---- control plane: FeatureGroupControl ----

    @Override
    public CreateFeatureGroupResponse createFeatureGroup(CreateFeatureGroupRequest request) {
        return guarded(() -> control.createFeatureGroup(request));
    }

    @Override
    public DescribeFeatureGroupResponse describeFeatureGroup(DescribeFeatureGroupRequest request) {
        return guarded(() -> control.describeFeatureGroup(request));
    }

    @Override
    public DeleteFeatureGroupResponse deleteFeatureGroup(DeleteFeatureGroupRequest request) {
        return guarded(() -> control.deleteFeatureGroup(request));
    }

    @Override
    public UpdateFeatureGroupResponse updateFeatureGroup(UpdateFeatureGroupRequest request) {
        return guarded(() -> control.updateFeatureGroup(request));
    }

    @Override
    public UpdateFeatureMetadataResponse updateFeatureMetadata(UpdateFeatureMetadataRequest request) {
        return guarded(() -> control.updateFeatureMetadata(request));
    }

    @Override
    public DescribeFeatureMetadataResponse describeFeatureMetadata(DescribeFeatureMetadataRequest request) {
        return guarded(() -> control.describeFeatureMetadata(request));
    }

    @Override
    public ListTagsResponse listTags(ListTagsRequest request) {
        return guarded(() -> control.listTags(request));
    }

    @Override
    public AddTagsResponse addTags(AddTagsRequest request) {
        return guarded(() -> control.addTags(request));
    }

    @Override
    public ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsRequest request) {
        return guarded(() -> control.listFeatureGroups(request));
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return guarded(() -> control.search(request, () -> unsupported("Search for " + request.resourceAsString())));
    }

    /**
     * A group that exists and is Created.
     *
     * @param name the group name
     * @return the group
     */
    public GroupMeta group(String name) {
        return guarded(() -> control.group(name));
    }

    // ---- runtime: OnlineStore, RecordWriter, RecordValidation ----

    @Override
    public PutRecordResponse putRecord(PutRecordRequest request) {
        return guarded(() -> onlineStore.putRecord(request));
    }

    @Override
    public GetRecordResponse getRecord(GetRecordRequest request) {
        return guarded(() -> onlineStore.getRecord(request));
    }

    @Override
    public BatchGetRecordResponse batchGetRecord(BatchGetRecordRequest request) {
        return guarded(() -> onlineStore.batchGetRecord(request));
    }

    @Override
    public DeleteRecordResponse deleteRecord(DeleteRecordRequest request) {
        return guarded(() -> onlineStore.deleteRecord(request));
    }

    /**
     * A record's values by definition index, validated.
     *
     * @param meta   the group
     * @param record the feature values
     * @return the values, null where absent
     */
    public static String[] valuesOf(GroupMeta meta, List<FeatureValue> record) {
        return RecordValidation.valuesOf(meta, record);
    }

    /**
     * Validates a record's values and returns its event time in epoch microseconds.
     *
     * @param meta   the group
     * @param values values by definition index
     * @return the event time
     */
    public static long validate(GroupMeta meta, String[] values) {
        return RecordValidation.validate(meta, values, null, null, 0);
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
        return RecordValidation.validate(meta, values, kinds, numbers, offset);
    }

    /** The length of {@link Long#toString(long)} of a value, without making the string. */
    static int stringSize(long x) {
        return RecordValidation.stringSize(x);
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
        // a caller's mistake, not a record's: checked before the gate, and thrown even with a failure sink
        if (kinds != null && (kinds.length != meta.names.length || kinds[meta.idIndex] >= LONG
                || kinds[meta.eventIndex] >= LONG)) {
            throw new IllegalArgumentException("kinds must give every feature a kind, and text for the record"
                    + " identifier and the event time");
        }
        return guarded(() -> writer.write(meta, rows, kinds, numbers, ttl, targets, base, failures));
    }

    /**
     * The online value of a record, or null when absent or expired.
     *
     * @param meta the group
     * @param id   the record identifier
     * @return the encoded value
     */
    public byte[] read(GroupMeta meta, String id) {
        return guarded(() -> onlineStore.read(meta, id));
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
        return OnlineStore.decode(meta, value, names);
    }

    // ---- offline: OfflineAccess ----

    /**
     * Publishes the queued offline rows of a group that are older than the configured lag.
     *
     * @param name the group
     */
    public void flush(String name) {
        guarded(() -> {
            offline.flush(name);
            return null;
        });
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
        return guarded(() -> offline.view(c, name, table));
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
            offline.publishAll();
            publisher.close();
        } finally {
            gate.writeLock().unlock();
        }
        store.release();
    }
}
