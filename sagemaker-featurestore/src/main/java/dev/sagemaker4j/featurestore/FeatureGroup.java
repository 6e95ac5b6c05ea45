/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import dev.sagemaker4j.featurestore.internal.ArrowTables;
import dev.sagemaker4j.featurestore.internal.GroupMeta;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupStatus;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;
import software.amazon.awssdk.services.sagemaker.model.OfflineStoreConfig;
import software.amazon.awssdk.services.sagemaker.model.OnlineStoreConfig;
import software.amazon.awssdk.services.sagemaker.model.S3StorageConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TargetStore;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TtlDuration;

/**
 * A feature group, as the Python SDK's {@code FeatureGroup}: its definitions, lifecycle and
 * records. Calls go through the session's {@code FeatureGroupsApi} and {@code FeatureStoreRuntimeApi}
 * (CreateFeatureGroup, PutRecord, GetRecord ...); in the local backend, reads and bulk ingest take
 * a direct path to the embedded store. Holds no resources; needs no closing. Not thread-safe while
 * definitions are being loaded; record operations may be called from any thread.
 *
 * <pre>{@code
 * FeatureGroup g = new FeatureGroup("customers", session);
 * g.loadFeatureDefinitions(table.getSchema());
 * g.create("s3://bucket/fs", "customer_id", "event_time", null, true);
 * g.putRecord(Map.of("customer_id", 42, "event_time", "2024-05-01T12:00:00Z", "spend", 9.5));
 * List<FeatureValue> r = g.getRecord("42");
 * }</pre>
 */
public final class FeatureGroup {
    private final String name;
    private final Session session;
    private final List<FeatureDefinition> featureDefinitions = new ArrayList<>();

    /**
     * A handle on a feature group (which may or may not exist yet).
     *
     * @param name    the group name
     * @param session the session
     */
    public FeatureGroup(String name, Session session) {
        this.name = Objects.requireNonNull(name, "name");
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * The group name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The definitions to create the group with.
     *
     * @return the definitions, unmodifiable
     */
    public List<FeatureDefinition> featureDefinitions() {
        return List.copyOf(featureDefinitions);
    }

    /**
     * Replaces the definitions to create the group with.
     *
     * @param definitions the definitions
     * @return this group
     */
    public FeatureGroup featureDefinitions(List<FeatureDefinition> definitions) {
        featureDefinitions.clear();
        featureDefinitions.addAll(definitions);
        return this;
    }

    /**
     * Infers one definition per column, as the Python SDK: integers are Integral, floats
     * Fractional, strings String; any other column type is a {@link ValidationException} naming it.
     *
     * @param schema the columns
     * @return the definitions (also kept for {@link #create})
     */
    public List<FeatureDefinition> loadFeatureDefinitions(Schema schema) {
        List<FeatureDefinition> defs = new ArrayList<>();
        for (Field f : schema.getFields()) {
            defs.add(FeatureDefinition.of(f.getName(), ArrowTables.featureType(f)));
        }
        featureDefinitions(defs);
        return List.copyOf(defs);
    }

    /**
     * Infers the definitions from a table's columns.
     *
     * @param table the table
     * @return the definitions
     */
    public List<FeatureDefinition> loadFeatureDefinitions(VectorSchemaRoot table) {
        return loadFeatureDefinitions(table.getSchema());
    }

    /**
     * Creates the group with an offline store under {@code s3Uri} (null for none).
     *
     * @param s3Uri                the offline store prefix, or null
     * @param recordIdentifierName the identifier feature
     * @param eventTimeFeatureName the event time feature
     * @param roleArn              the role (may be null locally)
     * @param enableOnlineStore    whether to keep an online store
     * @return the group's ARN
     */
    public String create(String s3Uri, String recordIdentifierName, String eventTimeFeatureName, String roleArn,
                         boolean enableOnlineStore) {
        return create(CreateOptions.builder().s3Uri(s3Uri).recordIdentifierName(recordIdentifierName)
                .eventTimeFeatureName(eventTimeFeatureName).roleArn(roleArn).enableOnlineStore(enableOnlineStore)
                .build());
    }

    /**
     * Creates the group (CreateFeatureGroup).
     *
     * @param options the Python SDK's {@code create} arguments
     * @return the group's ARN
     */
    public String create(CreateOptions options) {
        CreateFeatureGroupRequest.Builder b = CreateFeatureGroupRequest.builder().featureGroupName(name)
                .recordIdentifierFeatureName(options.recordIdentifierName)
                .eventTimeFeatureName(options.eventTimeFeatureName)
                .featureDefinitions(featureDefinitions.stream().map(FeatureDefinition::toSdk).toList())
                .roleArn(options.roleArn).description(options.description);
        if (options.enableOnlineStore) {
            b.onlineStoreConfig(OnlineStoreConfig.builder().enableOnlineStore(true).ttlDuration(options.ttlDuration)
                    .build());
        }
        if (options.s3Uri != null) {
            b.offlineStoreConfig(OfflineStoreConfig.builder().disableGlueTableCreation(options.disableGlueTableCreation)
                    .s3StorageConfig(S3StorageConfig.builder().s3Uri(options.s3Uri).build()).build());
        }
        if (!options.tags.isEmpty()) {
            List<Tag> tags = new ArrayList<>();
            options.tags.forEach((k, v) -> tags.add(Tag.builder().key(k).value(v).build()));
            b.tags(tags);
        }
        return session.api(FeatureGroupsApi.CAPABILITY).createFeatureGroup(b.build()).featureGroupArn();
    }

    /**
     * The group's record (DescribeFeatureGroup).
     *
     * @return the description
     */
    public DescribeFeatureGroupResponse describe() {
        return session.api(FeatureGroupsApi.CAPABILITY).describeFeatureGroup(DescribeFeatureGroupRequest.builder()
                .featureGroupName(name).build());
    }

    /**
     * Waits until the group is Created.
     *
     * @param timeout how long to wait
     * @return the description
     */
    public DescribeFeatureGroupResponse waitForCreation(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            DescribeFeatureGroupResponse d = describe();
            if (d.featureGroupStatus() == FeatureGroupStatus.CREATED) {
                return d;
            }
            if (d.featureGroupStatus() == FeatureGroupStatus.CREATE_FAILED) {
                throw new UnexpectedStatusException("FeatureGroup", name, "Created", d.featureGroupStatusAsString(),
                        d.failureReason());
            }
            if (System.nanoTime() > deadline) {
                throw new WaiterTimeoutException("FeatureGroup", name, timeout, d.featureGroupStatusAsString());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WaiterTimeoutException("FeatureGroup", name, timeout, "interrupted");
            }
        }
    }

    /** Deletes the group and its online records (DeleteFeatureGroup); offline files stay, as on the service. */
    public void delete() {
        session.api(FeatureGroupsApi.CAPABILITY).deleteFeatureGroup(DeleteFeatureGroupRequest.builder().featureGroupName(name).build());
    }

    /**
     * Writes a record to both stores (PutRecord).
     *
     * @param record the feature values
     */
    public void putRecord(List<FeatureValue> record) {
        putRecord(record, null, null);
    }

    /**
     * Writes a record given as feature name → value; values are sent as {@code String.valueOf}.
     *
     * @param record the feature values (null values are left out)
     */
    public void putRecord(Map<String, ?> record) {
        putRecord(toFeatureValues(record), null, null);
    }

    /**
     * Writes a record (PutRecord).
     *
     * @param record       the feature values
     * @param ttlDuration  a TTL for this record, or null for the group's
     * @param targetStores the stores to write, or null for both
     */
    public void putRecord(List<FeatureValue> record, TtlDuration ttlDuration, List<TargetStore> targetStores) {
        session.featureStoreRuntimeApi().putRecord(PutRecordRequest.builder().featureGroupName(name).record(record)
                .ttlDuration(ttlDuration).targetStores(targetStores).build());
    }

    /**
     * Reads a record from the online store (GetRecord).
     *
     * @param recordIdentifierValueAsString the record identifier
     * @return the feature values, empty when there is no live record
     */
    public List<FeatureValue> getRecord(String recordIdentifierValueAsString) {
        return getRecord(recordIdentifierValueAsString, null);
    }

    /**
     * Reads some features of a record from the online store (GetRecord).
     *
     * @param recordIdentifierValueAsString the record identifier
     * @param featureNames                  the features wanted, or null for all
     * @return the feature values, empty when there is no live record
     */
    public List<FeatureValue> getRecord(String recordIdentifierValueAsString, List<String> featureNames) {
        Optional<LocalFeatureStore> local = LocalFeatureStore.of(session.backend());
        if (local.isPresent()) {
            GroupMeta meta = local.get().group(name);
            byte[] value = local.get().read(meta, recordIdentifierValueAsString);
            return value == null ? List.of() : LocalFeatureStore.decode(meta, value, featureNames);
        }
        var r = session.featureStoreRuntimeApi().getRecord(GetRecordRequest.builder().featureGroupName(name)
                .recordIdentifierValueAsString(recordIdentifierValueAsString).featureNames(featureNames).build());
        return r.hasRecord() ? r.record() : List.of();
    }

    /**
     * Deletes a record (DeleteRecord): nothing happens unless {@code eventTime} is newer than the
     * record's; then SoftDelete nulls its features and HardDelete removes it online, and both add an
     * {@code is_deleted} row offline.
     *
     * @param recordIdentifierValueAsString the record identifier
     * @param eventTime                     the deletion's event time (ISO-8601)
     * @param deletionMode                  SoftDelete or HardDelete
     */
    public void deleteRecord(String recordIdentifierValueAsString, String eventTime, DeletionMode deletionMode) {
        session.featureStoreRuntimeApi().deleteRecord(DeleteRecordRequest.builder().featureGroupName(name)
                .recordIdentifierValueAsString(recordIdentifierValueAsString).eventTime(eventTime)
                .deletionMode(deletionMode).build());
    }

    /**
     * Ingests an Arrow table, one record per row (null and NaN cells left out). In the local backend
     * rows go in write batches, not one PutRecord each. Columns must be features of the group.
     *
     * @param table      the rows
     * @param maxWorkers parallel writers
     * @param wait       whether to wait (and throw {@link IngestionError} when rows failed)
     * @return the running ingest
     */
    public IngestionManager ingest(VectorSchemaRoot table, int maxWorkers, boolean wait) {
        DescribeFeatureGroupResponse d = describe();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < d.featureDefinitions().size(); i++) {
            index.put(d.featureDefinitions().get(i).featureName(), i);
        }
        List<FieldVector> vectors = table.getFieldVectors();
        int[] target = new int[vectors.size()];
        for (int c = 0; c < vectors.size(); c++) {
            Integer i = index.get(vectors.get(c).getName());
            if (i == null) {
                throw new ValidationException(vectors.get(c).getName(), "column", "is not a feature of group " + name,
                        "drop the column or add the feature to the group");
            }
            target[c] = i;
        }
        int width = d.featureDefinitions().size();
        // a 64-bit integer or double cell goes to the store as its number (stored in binary, read back as the
        // text it had, Long.toString or Double.toString); the record identifier and the event time as text. The
        // text of any number cell is a valid number: the store need not parse it back
        byte[] kinds = new byte[width];
        String idName = d.recordIdentifierFeatureName();
        String eventName = d.eventTimeFeatureName();
        for (int c = 0; c < target.length; c++) {
            FeatureType type = d.featureDefinitions().get(target[c]).featureType();
            FieldVector v = vectors.get(c);
            boolean key = v.getName().equals(idName) || v.getName().equals(eventName);
            boolean wellFormed = v instanceof BigIntVector
                    && (type == FeatureType.INTEGRAL || type == FeatureType.FRACTIONAL)
                    || (v instanceof Float8Vector || v instanceof Float4Vector) && type == FeatureType.FRACTIONAL;
            if (!key && v instanceof BigIntVector) {
                kinds[target[c]] = LocalFeatureStore.LONG;
            } else if (!key && v instanceof Float8Vector && type != FeatureType.INTEGRAL) {
                // a double into an Integral feature stays text, so that validation refuses it as before
                kinds[target[c]] = LocalFeatureStore.DOUBLE;
            } else {
                kinds[target[c]] = wellFormed ? LocalFeatureStore.NUMBER_TEXT : LocalFeatureStore.TEXT;
            }
        }
        // counted once: a column without nulls needs no validity check a cell
        boolean[] nullable = new boolean[target.length];
        for (int c = 0; c < target.length; c++) {
            nullable[c] = vectors.get(c).getNullCount() > 0;
        }
        return ingest(table.getRowCount(), maxWorkers, wait, width, (row, numbers, offset) -> {
            String[] values = new String[width];
            for (int c = 0; c < target.length; c++) {
                FieldVector v = vectors.get(c);
                int i = target[c];
                if (kinds[i] == LocalFeatureStore.LONG) {
                    if (!nullable[c] || !v.isNull(row)) {
                        // the static get reads the cell without checking its validity bit (again)
                        numbers[offset + i] = BigIntVector.get(v.getDataBuffer(), row);
                        values[i] = NUMBER;
                    }
                } else if (kinds[i] == LocalFeatureStore.DOUBLE) {
                    double x = nullable[c] && v.isNull(row) ? Double.NaN : Float8Vector.get(v.getDataBuffer(), row);
                    // a NaN cell is left out, as ArrowTables.text does
                    if (!Double.isNaN(x)) {
                        numbers[offset + i] = Double.doubleToRawLongBits(x);
                        values[i] = NUMBER;
                    }
                } else {
                    values[i] = ArrowTables.text(v, row);
                }
            }
            return values;
        }, kinds, d);
    }

    /**
     * Ingests rows given as feature name → value maps.
     *
     * @param rows       the rows
     * @param maxWorkers parallel writers
     * @param wait       whether to wait (and throw {@link IngestionError} when rows failed)
     * @return the running ingest
     */
    public IngestionManager ingest(List<? extends Map<String, ?>> rows, int maxWorkers, boolean wait) {
        DescribeFeatureGroupResponse d = describe();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < d.featureDefinitions().size(); i++) {
            index.put(d.featureDefinitions().get(i).featureName(), i);
        }
        int width = d.featureDefinitions().size();
        List<Map<String, ?>> copy = List.copyOf(rows);
        return ingest(copy.size(), maxWorkers, wait, width, (row, numbers, offset) -> {
            String[] values = new String[width];
            for (Map.Entry<String, ?> e : copy.get(row).entrySet()) {
                Integer i = index.get(e.getKey());
                if (i == null) {
                    throw new ValidationException(e.getKey(), e.getValue(), "is not a feature of group " + name,
                            "use one of the group's features");
                }
                values[i] = text(e.getValue());
            }
            return values;
        }, null, d);
    }

    /** The mark of presence of a number cell in a row's values (its number is in the row's numbers). */
    private static final String NUMBER = "<number>";

    private interface RowReader {
        /** A row's values by definition index; the number cells' bits go to {@code numbers[offset + index]}. */
        String[] row(int index, long[] numbers, int offset);
    }

    private IngestionManager ingest(int total, int maxWorkers, boolean wait, int width, RowReader reader,
                                    byte[] kinds, DescribeFeatureGroupResponse d) {
        Optional<LocalFeatureStore> local = LocalFeatureStore.of(session.backend());
        IngestionManager.Range range;
        if (local.isPresent()) {
            GroupMeta meta = local.get().group(name);
            range = (from, to, failures, done) -> {
                final int batchSize = 4096;
                for (long start = from; start < to; start += batchSize) {
                    long end = Math.min(to, start + batchSize);
                    List<String[]> batch = new ArrayList<>((int) (end - start));
                    long[] rowsOf = new long[(int) (end - start)];
                    long[] numbers = kinds == null ? null : new long[(int) (end - start) * width];
                    for (long r = start; r < end; r++) {
                        try {
                            String[] values = reader.row((int) r, numbers, batch.size() * width);
                            rowsOf[batch.size()] = r;
                            batch.add(values);
                        } catch (RuntimeException e) {
                            failures.accept(r, e);
                        }
                    }
                    local.get().write(meta, batch, kinds, numbers, null, 3, 0,
                            (i, e) -> failures.accept(rowsOf[i.intValue()], e));
                    done.addAndGet(end - start);
                }
            };
        } else {
            String[] names = d.featureDefinitions().stream()
                    .map(software.amazon.awssdk.services.sagemaker.model.FeatureDefinition::featureName)
                    .toArray(String[]::new);
            range = (from, to, failures, done) -> {
                long[] numbers = new long[width];
                for (long r = from; r < to; r++) {
                    try {
                        String[] values = reader.row((int) r, numbers, 0);
                        List<FeatureValue> record = new ArrayList<>();
                        for (int i = 0; i < width; i++) {
                            if (values[i] != null) {
                                String text = kinds == null ? values[i]
                                        : kinds[i] == LocalFeatureStore.LONG ? Long.toString(numbers[i])
                                        : kinds[i] == LocalFeatureStore.DOUBLE
                                        ? Double.toString(Double.longBitsToDouble(numbers[i])) : values[i];
                                record.add(FeatureValue.builder().featureName(names[i]).valueAsString(text)
                                        .build());
                            }
                        }
                        putRecord(record);
                    } catch (RuntimeException e) {
                        failures.accept(r, e);
                    }
                    done.incrementAndGet();
                }
            };
        }
        IngestionManager m = new IngestionManager(name, total, maxWorkers, progressListener(), range);
        if (wait) {
            m.await(Duration.ofDays(365));
        }
        return m;
    }

    private dev.sagemaker4j.progress.ProgressListener progressListener() {
        return LocalFeatureStore.of(session.backend()).map(LocalFeatureStore::progressListener)
                .orElse(dev.sagemaker4j.progress.ProgressListener.logging());
    }

    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double x && x.isNaN() || v instanceof Float f && f.isNaN()) {
            return null;
        }
        if (v instanceof java.time.Instant t) {
            return t.toString();
        }
        return String.valueOf(v);
    }

    static List<FeatureValue> toFeatureValues(Map<String, ?> record) {
        List<FeatureValue> values = new ArrayList<>();
        record.forEach((k, v) -> {
            String s = text(v);
            if (s != null) {
                values.add(FeatureValue.builder().featureName(k).valueAsString(s).build());
            }
        });
        return values;
    }

    /**
     * SQL over this group's offline store, run by embedded DuckDB (the Python SDK's Athena query).
     *
     * @return the query handle; the table is {@link AthenaQuery#tableName()}
     */
    public AthenaQuery athenaQuery() {
        return new AthenaQuery(session, describe());
    }

    @Override
    public String toString() {
        return "FeatureGroup(" + name + ")";
    }

    /**
     * The Python SDK's {@code FeatureGroup.create} arguments. Immutable; build with {@link #builder()}.
     */
    public static final class CreateOptions {
        private final String s3Uri;
        private final String recordIdentifierName;
        private final String eventTimeFeatureName;
        private final String roleArn;
        private final boolean enableOnlineStore;
        private final software.amazon.awssdk.services.sagemaker.model.TtlDuration ttlDuration;
        private final boolean disableGlueTableCreation;
        private final String description;
        private final Map<String, String> tags;

        private CreateOptions(Builder b) {
            this.s3Uri = b.s3Uri;
            this.recordIdentifierName = b.recordIdentifierName;
            this.eventTimeFeatureName = b.eventTimeFeatureName;
            this.roleArn = b.roleArn;
            this.enableOnlineStore = b.enableOnlineStore;
            this.ttlDuration = b.ttlDuration;
            this.disableGlueTableCreation = b.disableGlueTableCreation;
            this.description = b.description;
            this.tags = Map.copyOf(b.tags);
        }

        /**
         * A builder with the Python SDK's defaults (no online store, no TTL).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /** Builds {@link CreateOptions}. */
        public static final class Builder {
            private String s3Uri;
            private String recordIdentifierName;
            private String eventTimeFeatureName;
            private String roleArn;
            private boolean enableOnlineStore;
            private software.amazon.awssdk.services.sagemaker.model.TtlDuration ttlDuration;
            private boolean disableGlueTableCreation;
            private String description;
            private final Map<String, String> tags = new HashMap<>();

            private Builder() {
            }

            /**
             * The offline store prefix; null for no offline store.
             *
             * @param s3Uri an s3:// URI
             * @return this builder
             */
            public Builder s3Uri(String s3Uri) {
                this.s3Uri = s3Uri;
                return this;
            }

            /**
             * The record identifier feature.
             *
             * @param name the feature
             * @return this builder
             */
            public Builder recordIdentifierName(String name) {
                this.recordIdentifierName = name;
                return this;
            }

            /**
             * The event time feature (String ISO-8601 or Fractional epoch seconds).
             *
             * @param name the feature
             * @return this builder
             */
            public Builder eventTimeFeatureName(String name) {
                this.eventTimeFeatureName = name;
                return this;
            }

            /**
             * The IAM role.
             *
             * @param roleArn the role ARN
             * @return this builder
             */
            public Builder roleArn(String roleArn) {
                this.roleArn = roleArn;
                return this;
            }

            /**
             * Whether to keep an online store.
             *
             * @param enable true for an online store
             * @return this builder
             */
            public Builder enableOnlineStore(boolean enable) {
                this.enableOnlineStore = enable;
                return this;
            }

            /**
             * The online store's record TTL.
             *
             * @param ttl the duration, or null
             * @return this builder
             */
            public Builder ttlDuration(software.amazon.awssdk.services.sagemaker.model.TtlDuration ttl) {
                this.ttlDuration = ttl;
                return this;
            }

            /**
             * Whether to skip the Glue table.
             *
             * @param disable true to skip it
             * @return this builder
             */
            public Builder disableGlueTableCreation(boolean disable) {
                this.disableGlueTableCreation = disable;
                return this;
            }

            /**
             * The description (searchable).
             *
             * @param description the text
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * Adds a tag.
             *
             * @param key   the key
             * @param value the value
             * @return this builder
             */
            public Builder tag(String key, String value) {
                tags.put(key, value);
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateOptions build() {
                return new CreateOptions(this);
            }
        }
    }
}
