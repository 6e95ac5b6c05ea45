/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteBatch;
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
 * The feature store runtime: PutRecord, GetRecord, BatchGetRecord and DeleteRecord over the online
 * store (one RocksDB value a record: event time, expiry, deleted flag and values, {@link Rows}). A
 * read returns a record only while it is live: not soft-deleted and not past its TTL expiry, which is
 * checked at read time (nothing sweeps expired records).
 *
 * <p>Not guarded itself: {@link LocalFeatureStore} calls it under its read lock.
 */
final class OnlineStore {
    private final RootStore store;
    private final FeatureGroupControl control;
    private final RecordWriter writer;

    OnlineStore(RootStore store, FeatureGroupControl control, RecordWriter writer) {
        this.store = store;
        this.control = control;
        this.writer = writer;
    }

    PutRecordResponse putRecord(PutRecordRequest request) {
        GroupMeta meta = control.writable(request.featureGroupName());
        String[] values = RecordValidation.valuesOf(meta, request.record());
        Long ttl = request.ttlDuration() == null ? null : GroupMeta.ttlMicros(toSageMaker(request.ttlDuration()));
        List<String[]> rows = new ArrayList<>(1);
        rows.add(values);
        writer.write(meta, rows, null, null, ttl, targets(request.targetStores()), 0, null);
        return PutRecordResponse.builder().build();
    }

    /** The target stores as bits: 1 online, 2 offline; none given means both. */
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

    /** The runtime's TtlDuration as the control plane's, which {@link GroupMeta#ttlMicros} reads. */
    private static software.amazon.awssdk.services.sagemaker.model.TtlDuration toSageMaker(TtlDuration ttl) {
        return software.amazon.awssdk.services.sagemaker.model.TtlDuration.builder()
                .unit(ttl.unitAsString()).value(ttl.value()).build();
    }

    GetRecordResponse getRecord(GetRecordRequest request) {
        GroupMeta meta = control.group(request.featureGroupName());
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

    /** See {@link LocalFeatureStore#read}. */
    byte[] read(GroupMeta meta, String id) {
        if (!meta.online) {
            throw new ValidationException("FeatureGroupName", meta.name, "has no online store",
                    "create the group with the online store enabled to read records");
        }
        if (id == null) {
            throw new ValidationException("RecordIdentifierValueAsString", null, "is missing",
                    "give the record identifier");
        }
        // a reader process first applies what the writing process has written since
        store.catchUp();
        try {
            byte[] value = store.db.get(store.online, Rows.key(meta.prefix, id.getBytes(StandardCharsets.UTF_8)));
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

    /** See {@link LocalFeatureStore#decode}. */
    static List<FeatureValue> decode(GroupMeta meta, byte[] value, List<String> names) {
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

    BatchGetRecordResponse batchGetRecord(BatchGetRecordRequest request) {
        checkBatchSize(request);
        List<BatchGetRecordResultDetail> records = new ArrayList<>();
        List<BatchGetRecordError> errors = new ArrayList<>();
        for (BatchGetRecordIdentifier ident : request.identifiers()) {
            GroupMeta meta = store.group(ident.featureGroupName());
            if (meta == null || !meta.online) {
                // as the service: a missing group fails its identifiers, not the whole batch
                for (String id : ident.recordIdentifiersValueAsString()) {
                    errors.add(BatchGetRecordError.builder().featureGroupName(ident.featureGroupName())
                            .recordIdentifierValueAsString(id)
                            .errorCode(meta == null ? "ResourceNotFound" : "ValidationError")
                            .errorMessage(meta == null ? "Feature group " + ident.featureGroupName()
                                    + " does not exist" : "Feature group has no online store").build());
                }
                continue;
            }
            readGroup(meta, ident, request.expirationTimeResponse(), records);
        }
        return BatchGetRecordResponse.builder().records(records).errors(errors).build();
    }

    private static void checkBatchSize(BatchGetRecordRequest request) {
        int total = 0;
        for (BatchGetRecordIdentifier ident : request.identifiers()) {
            total += ident.recordIdentifiersValueAsString().size();
        }
        if (total > 100 || request.identifiers().size() > 10) {
            throw new ValidationException("Identifiers", total + " records in " + request.identifiers().size()
                    + " groups", "is over the limit of 100 records in 10 groups", "split the batch");
        }
    }

    /** Adds the live records of one group's identifiers, read with one multi-get; absent ones are left out. */
    private void readGroup(GroupMeta meta, BatchGetRecordIdentifier ident, ExpirationTimeResponse expiration,
                           List<BatchGetRecordResultDetail> records) {
        List<byte[]> keys = new ArrayList<>();
        for (String id : ident.recordIdentifiersValueAsString()) {
            keys.add(Rows.key(meta.prefix, id.getBytes(StandardCharsets.UTF_8)));
        }
        List<byte[]> values;
        store.catchUp();
        try {
            values = store.db.multiGetAsList(Collections.nCopies(keys.size(), store.online), keys);
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
            if (Rows.second(v) != 0 && expiration == ExpirationTimeResponse.ENABLED) {
                d.expiresAt(EventTimes.iso(Rows.second(v)));
            }
            records.add(d.build());
        }
    }

    DeleteRecordResponse deleteRecord(DeleteRecordRequest request) {
        store.requireWriter("DeleteRecord");
        GroupMeta meta = control.writable(request.featureGroupName());
        String id = request.recordIdentifierValueAsString();
        if (id == null || id.isEmpty()) {
            throw new ValidationException("RecordIdentifierValueAsString", id, "is missing", "give the record id");
        }
        long event = EventTimes.parseMicros("EventTime", request.eventTime(), false);
        boolean hard = request.deletionMode() == DeletionMode.HARD_DELETE;
        int targets = targets(request.targetStores());
        byte[] key = Rows.key(meta.prefix, id.getBytes(StandardCharsets.UTF_8));
        ReentrantLock lock = control.lock(meta.name);
        lock.lock();
        try (WriteBatch batch = new WriteBatch()) {
            byte[] current = meta.online ? store.db.get(store.online, key) : null;
            // a delete older than the record it names leaves the online record as it is; the service refuses
            // such a HardDelete, and still records a SoftDelete in the offline store
            boolean older = current != null && event < Rows.first(current);
            if (older && hard) {
                throw new ValidationException("EventTime", request.eventTime(), "is older than the event time of"
                        + " record " + id + " in the online store", "give an EventTime at or after the record's");
            }
            if (meta.online && (targets & 1) != 0 && current != null && !older) {
                deleteOnline(batch, meta, key, id, event, request.eventTime(), hard);
            }
            if (meta.offline && (targets & 2) != 0) {
                queueDeleted(batch, meta, id, event, request.eventTime());
            }
            store.db.write(store.writeOptions, batch);
        } catch (RocksDBException e) {
            throw new StorageException(meta.name, "the record cannot be deleted: " + e, true, e);
        } finally {
            lock.unlock();
        }
        return DeleteRecordResponse.builder().build();
    }

    /**
     * A hard delete removes the record; a soft delete keeps only its identifier and event time, marked
     * deleted, so that a later put older than the delete still loses to it.
     */
    private void deleteOnline(WriteBatch batch, GroupMeta meta, byte[] key, String id, long event, String given,
                              boolean hard) throws RocksDBException {
        if (hard) {
            batch.delete(store.online, key);
        } else {
            String[] kept = new String[meta.names.length];
            kept[meta.idIndex] = id;
            kept[meta.eventIndex] = eventString(meta, event, given);
            batch.put(store.online, key, Rows.encode(event, 0L, Rows.SOFT_DELETED, kept));
            writer.written(meta).add(key);
        }
    }

    /** Queues the delete for the offline store, which keeps it as a row of its own with is_deleted set. */
    private void queueDeleted(WriteBatch batch, GroupMeta meta, String id, long event, String given)
            throws RocksDBException {
        String[] marker = new String[meta.names.length];
        marker[meta.idIndex] = id;
        marker[meta.eventIndex] = eventString(meta, event, given);
        batch.put(store.queue, Rows.key(meta.prefix, store.seq.incrementAndGet()),
                Rows.encode(RecordWriter.apiInvocationMicros(1), event, (byte) 1, marker));
    }

    /** The event time's text as stored: a Fractional one in its canonical form, a String one as given. */
    private static String eventString(GroupMeta meta, long micros, String given) {
        return meta.eventFractional ? BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString() : given;
    }
}
