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
import dev.sagemaker4j.featurestore.internal.Shapes;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DataCatalogConfig;
import software.amazon.awssdk.services.sagemaker.model.DeleteFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupStatus;
import software.amazon.awssdk.services.sagemaker.model.FeatureParameter;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;
import software.amazon.awssdk.services.sagemaker.model.ListTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.OfflineStoreConfig;
import software.amazon.awssdk.services.sagemaker.model.OnlineStoreConfig;
import software.amazon.awssdk.services.sagemaker.model.OnlineStoreConfigUpdate;
import software.amazon.awssdk.services.sagemaker.model.OnlineStoreSecurityConfig;
import software.amazon.awssdk.services.sagemaker.model.S3StorageConfig;
import software.amazon.awssdk.services.sagemaker.model.StorageType;
import software.amazon.awssdk.services.sagemaker.model.TableFormat;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.ThroughputConfig;
import software.amazon.awssdk.services.sagemaker.model.ThroughputConfigUpdate;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureMetadataRequest;
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
 * g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("customer_id")
 *         .eventTimeFeatureName("event_time").enableOnlineStore(true));
 * g.putRecord(Map.of("customer_id", 42, "event_time", "2024-05-01T12:00:00Z", "spend", 9.5));
 * Optional<List<FeatureValue>> r = g.getRecord("42");
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
     * A handle on a feature group with the definitions to create it with, as Python's
     * {@code FeatureGroup(name, sagemaker_session, feature_definitions)}.
     *
     * @param name               the group name
     * @param session            the session
     * @param featureDefinitions the definitions ({@code feature_definitions}, default {@code []}); null for none
     */
    public FeatureGroup(String name, Session session, List<FeatureDefinition> featureDefinitions) {
        this(name, session);
        if (featureDefinitions != null) {
            featureDefinitions(featureDefinitions);
        }
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
     * Infers the definitions from a data frame's columns, as Python's {@code load_feature_definitions(data_frame)}.
     *
     * @param dataFrame the data frame ({@code data_frame}): an Arrow table, this library's DataFrame
     * @return the definitions (also kept for {@link #create})
     */
    public List<FeatureDefinition> loadFeatureDefinitions(VectorSchemaRoot dataFrame) {
        return loadFeatureDefinitions(dataFrame.getSchema());
    }

    /**
     * Infers the definitions from a table's columns for an online store of a storage type, as Python's
     * {@code load_feature_definitions(data_frame, online_storage_type)}: for InMemory, a list column becomes a
     * List collection feature of its elements' type (Python samples the values; Arrow states the type);
     * otherwise as {@link #loadFeatureDefinitions(Schema)}.
     *
     * @param dataFrame         the data frame ({@code data_frame}): an Arrow table
     * @param onlineStorageType Standard or InMemory (null: Standard)
     * @return the definitions (also kept for {@link #create})
     */
    public List<FeatureDefinition> loadFeatureDefinitions(VectorSchemaRoot dataFrame, StorageType onlineStorageType) {
        if (onlineStorageType != StorageType.IN_MEMORY) {
            return loadFeatureDefinitions(dataFrame.getSchema());
        }
        List<FeatureDefinition> defs = new ArrayList<>();
        for (Field f : dataFrame.getSchema().getFields()) {
            ArrowType t = f.getType();
            if (t instanceof ArrowType.List || t instanceof ArrowType.LargeList || t instanceof ArrowType.FixedSizeList) {
                defs.add(FeatureDefinition.of(f.getName(), ArrowTables.featureType(f.getChildren().get(0)),
                        software.amazon.awssdk.services.sagemaker.model.CollectionType.LIST));
            } else {
                defs.add(FeatureDefinition.of(f.getName(), ArrowTables.featureType(f)));
            }
        }
        featureDefinitions(defs);
        return List.copyOf(defs);
    }

    /**
     * Creates the group with the Python SDK's defaults for everything else: an offline store under
     * {@code s3Uri} and no online store (Python: {@code create(s3_uri, record_identifier_name,
     * event_time_feature_name)}). No role is needed locally; the service needs one, given with
     * {@link #create(Consumer)}.
     *
     * @param s3Uri                the offline store prefix (s3://)
     * @param recordIdentifierName the identifier feature
     * @param eventTimeFeatureName the event time feature
     * @return the group's ARN
     */
    public String create(String s3Uri, String recordIdentifierName, String eventTimeFeatureName) {
        return create(c -> c.s3Uri(s3Uri).recordIdentifierName(recordIdentifierName)
                .eventTimeFeatureName(eventTimeFeatureName));
    }

    /**
     * Creates the group (CreateFeatureGroup) with the Python SDK's {@code create} arguments by name:
     * {@code group.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("id")
     * .eventTimeFeatureName("event_time").enableOnlineStore(true))}.
     *
     * @param options sets the arguments on a builder with Python's defaults
     * @return the group's ARN
     */
    public String create(Consumer<CreateOptions.Builder> options) {
        CreateOptions.Builder b = CreateOptions.builder();
        options.accept(b);
        return create(b.build());
    }

    /**
     * Creates the group (CreateFeatureGroup). The arguments are checked as the service checks them before
     * the request is sent; tags go as the service's Key/Value list in the order given. KMS keys, the table
     * format, the storage type and the throughput are sent unchanged; the local backend records them in
     * DescribeFeatureGroup and does not enforce them (its stores are not encrypted by KMS, its offline store
     * is Parquet files whatever the table format).
     *
     * @param options the Python SDK's {@code create} arguments
     * @return the group's ARN
     */
    public String create(CreateOptions options) {
        options.validate();
        if (featureDefinitions.isEmpty()) {
            throw new ValidationException("featureDefinitions", "[]", "is empty",
                    "load feature definitions first, e.g. loadFeatureDefinitions(table)");
        }
        featureDefinitions.forEach(f -> Shapes.featureName("featureDefinitions.featureName", f.featureName()));
        CreateFeatureGroupRequest.Builder b = CreateFeatureGroupRequest.builder().featureGroupName(name)
                .recordIdentifierFeatureName(options.recordIdentifierName)
                .eventTimeFeatureName(options.eventTimeFeatureName)
                .featureDefinitions(featureDefinitions.stream().map(FeatureDefinition::toSdk).toList())
                .roleArn(options.roleArn).description(options.description);
        if (options.enableOnlineStore) {
            OnlineStoreConfig.Builder online = OnlineStoreConfig.builder().enableOnlineStore(true)
                    .ttlDuration(options.ttlDuration).storageType(options.onlineStoreStorageType);
            if (options.onlineStoreKmsKeyId != null) {
                online.securityConfig(OnlineStoreSecurityConfig.builder().kmsKeyId(options.onlineStoreKmsKeyId)
                        .build());
            }
            b.onlineStoreConfig(online.build());
        }
        if (options.throughputConfig != null) {
            b.throughputConfig(options.throughputConfig);
        }
        if (options.s3Uri != null) {
            b.offlineStoreConfig(OfflineStoreConfig.builder()
                    .s3StorageConfig(S3StorageConfig.builder().s3Uri(options.s3Uri)
                            .kmsKeyId(options.offlineStoreKmsKeyId).build())
                    .disableGlueTableCreation(options.disableGlueTableCreation)
                    .dataCatalogConfig(options.dataCatalogConfig).tableFormat(options.tableFormat).build());
        }
        if (!options.tags.isEmpty()) {
            b.tags(options.tags);
        }
        return session.api(FeatureGroupsApi.CAPABILITY).createFeatureGroup(b.build()).featureGroupArn();
    }

    /**
     * The group's record (DescribeFeatureGroup).
     *
     * @return the description
     */
    public DescribeFeatureGroupResponse describe() {
        return describe(null);
    }

    /**
     * A page of the group's record (DescribeFeatureGroup with {@code NextToken}), as Python's
     * {@code describe(next_token)}: the service pages groups of many features.
     *
     * @param nextToken the previous page's token, or null for the first page
     * @return the description
     */
    public DescribeFeatureGroupResponse describe(String nextToken) {
        return session.api(FeatureGroupsApi.CAPABILITY).describeFeatureGroup(DescribeFeatureGroupRequest.builder()
                .featureGroupName(name).nextToken(nextToken).build());
    }

    /**
     * Adds features (UpdateFeatureGroup with {@code FeatureAdditions}), as Python's
     * {@code update(feature_additions)}. Records written before read the new features as absent.
     *
     * @param featureAdditions the new features
     * @return the group's ARN
     */
    public String update(List<FeatureDefinition> featureAdditions) {
        return update(u -> u.featureAdditions(featureAdditions));
    }

    /**
     * Updates the group (UpdateFeatureGroup) with Python's {@code update} arguments by name, e.g.
     * {@code update(u -> u.onlineStoreConfig(OnlineStoreConfigUpdate.builder().ttlDuration(ttl).build()))}.
     *
     * @param options sets the arguments
     * @return the group's ARN
     */
    public String update(Consumer<UpdateOptions.Builder> options) {
        UpdateOptions.Builder b = UpdateOptions.builder();
        options.accept(b);
        return update(b.build());
    }

    /**
     * Updates the group (UpdateFeatureGroup): new features, the online store's default TTL (for records
     * written afterwards), the throughput (recorded, not enforced locally).
     *
     * @param options Python's {@code update} arguments
     * @return the group's ARN
     */
    public String update(UpdateOptions options) {
        options.validate();
        return session.api(FeatureGroupsApi.CAPABILITY).updateFeatureGroup(UpdateFeatureGroupRequest.builder()
                .featureGroupName(name)
                .featureAdditions(options.featureAdditions == null ? null
                        : options.featureAdditions.stream().map(FeatureDefinition::toSdk).toList())
                .onlineStoreConfig(options.onlineStoreConfig).throughputConfig(options.throughputConfig).build())
                .featureGroupArn();
    }

    /**
     * Updates a feature's metadata (UpdateFeatureMetadata) with Python's {@code update_feature_metadata}
     * arguments by name: {@code updateFeatureMetadata("spend", m -> m.description("monthly spend")
     * .parameterAdditions(List.of(FeatureParameter.builder().key("unit").value("EUR").build())))}.
     *
     * @param featureName the feature
     * @param options     sets the description, parameters to add and keys to remove
     */
    public void updateFeatureMetadata(String featureName, Consumer<UpdateFeatureMetadataOptions.Builder> options) {
        UpdateFeatureMetadataOptions.Builder b = UpdateFeatureMetadataOptions.builder();
        options.accept(b);
        updateFeatureMetadata(featureName, b.build());
    }

    /**
     * Updates a feature's metadata (UpdateFeatureMetadata). As the Python SDK, parameter additions and
     * removals are sent as lists, empty when not given.
     *
     * @param featureName the feature
     * @param options     Python's {@code update_feature_metadata} arguments
     */
    public void updateFeatureMetadata(String featureName, UpdateFeatureMetadataOptions options) {
        Shapes.featureName("featureName", featureName);
        options.validate();
        session.api(FeatureGroupsApi.CAPABILITY).updateFeatureMetadata(UpdateFeatureMetadataRequest.builder()
                .featureGroupName(name).featureName(featureName).description(options.description)
                .parameterAdditions(options.parameterAdditions).parameterRemovals(options.parameterRemovals)
                .build());
    }

    /**
     * A feature's metadata (DescribeFeatureMetadata): its type, description, parameters and times.
     *
     * @param featureName the feature
     * @return the service's response
     */
    public DescribeFeatureMetadataResponse describeFeatureMetadata(String featureName) {
        Shapes.featureName("featureName", featureName);
        return session.api(FeatureGroupsApi.CAPABILITY).describeFeatureMetadata(DescribeFeatureMetadataRequest
                .builder().featureGroupName(name).featureName(featureName).build());
    }

    /**
     * A feature's parameters, as Python's {@code list_parameters_for_feature_metadata}.
     *
     * @param featureName the feature
     * @return the key/value parameters, in the order they were added
     */
    public List<FeatureParameter> listParametersForFeatureMetadata(String featureName) {
        return describeFeatureMetadata(featureName).parameters();
    }

    /**
     * The group's tags (ListTags on its ARN, every page), as Python's {@code list_tags}.
     *
     * @return the tags as the service's Key/Value list
     */
    public List<Tag> listTags() {
        FeatureGroupsApi api = session.api(FeatureGroupsApi.CAPABILITY);
        String arn = describe().featureGroupArn();
        List<Tag> tags = new ArrayList<>();
        String token = null;
        do {
            ListTagsResponse page = api.listTags(ListTagsRequest.builder().resourceArn(arn).maxResults(50)
                    .nextToken(token).build());
            tags.addAll(page.tags());
            token = page.nextToken();
        } while (token != null);
        return List.copyOf(tags);
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
     * Writes a record to both stores with the group's TTL (PutRecord).
     *
     * @param record the feature values
     */
    public void putRecord(List<FeatureValue> record) {
        putRecord(record, PutRecordOptions.builder().build());
    }

    /**
     * Writes a record given as feature name → value; values are sent as {@code String.valueOf}.
     *
     * @param record the feature values (null values are left out)
     */
    public void putRecord(Map<String, ?> record) {
        putRecord(toFeatureValues(record));
    }

    /**
     * Writes a record given as feature name → value, with Python's {@code put_record} keywords by name.
     *
     * @param record  the feature values (null values are left out)
     * @param options sets {@code targetStores} and {@code ttlDuration}
     */
    public void putRecord(Map<String, ?> record, Consumer<PutRecordOptions.Builder> options) {
        putRecord(toFeatureValues(record), options);
    }

    /**
     * Writes a record (PutRecord) with Python's {@code put_record} keywords by name:
     * {@code putRecord(record, p -> p.targetStores(TargetStore.ONLINE_STORE).ttlDuration(ttl))}.
     *
     * @param record  the feature values
     * @param options sets {@code targetStores} and {@code ttlDuration}
     */
    public void putRecord(List<FeatureValue> record, Consumer<PutRecordOptions.Builder> options) {
        PutRecordOptions.Builder b = PutRecordOptions.builder();
        options.accept(b);
        putRecord(record, b.build());
    }

    /**
     * Writes a record (PutRecord).
     *
     * @param record  the feature values
     * @param options Python's {@code put_record} keywords
     */
    public void putRecord(List<FeatureValue> record, PutRecordOptions options) {
        session.featureStoreRuntimeApi().putRecord(PutRecordRequest.builder().featureGroupName(name).record(record)
                .targetStores(options.targetStores).ttlDuration(options.ttlDuration).build());
    }

    /**
     * Reads a record from the online store (GetRecord).
     *
     * @param recordIdentifierValueAsString the record identifier
     * @return the feature values; empty when there is no live record (the service's response has no
     *         {@code Record}, Python's {@code get_record} returns None), which differs from a record whose
     *         asked-for features are all absent (an empty list)
     */
    public Optional<List<FeatureValue>> getRecord(String recordIdentifierValueAsString) {
        return getRecord(recordIdentifierValueAsString, (List<String>) null);
    }

    /**
     * Reads some features of a record from the online store (GetRecord), as Python's
     * {@code get_record(record_identifier_value_as_string, feature_names)}.
     *
     * @param recordIdentifierValueAsString the record identifier
     * @param featureNames                  the features wanted, or null for all
     * @return the feature values, empty when there is no live record; an empty list when the record
     *         exists and none of the features asked for has a value
     */
    public Optional<List<FeatureValue>> getRecord(String recordIdentifierValueAsString, List<String> featureNames) {
        if (recordIdentifierValueAsString == null) {
            throw new ValidationException("recordIdentifierValueAsString", null, "is missing",
                    "give the record identifier as text");
        }
        Optional<LocalFeatureStore> local = LocalFeatureStore.of(session.backend());
        if (local.isPresent()) {
            GroupMeta meta = local.get().group(name);
            byte[] value = local.get().read(meta, recordIdentifierValueAsString);
            return value == null ? Optional.empty()
                    : Optional.of(LocalFeatureStore.decode(meta, value, featureNames));
        }
        var r = session.featureStoreRuntimeApi().getRecord(GetRecordRequest.builder().featureGroupName(name)
                .recordIdentifierValueAsString(recordIdentifierValueAsString).featureNames(featureNames).build());
        return r.hasRecord() ? Optional.of(r.record()) : Optional.empty();
    }

    /**
     * Soft-deletes a record (DeleteRecord with Python's default {@code deletion_mode}, SoftDelete).
     *
     * @param recordIdentifierValueAsString the record identifier
     * @param eventTime                     the deletion's event time (ISO-8601)
     */
    public void deleteRecord(String recordIdentifierValueAsString, String eventTime) {
        deleteRecord(recordIdentifierValueAsString, eventTime, DeletionMode.SOFT_DELETE);
    }

    /**
     * Deletes a record (DeleteRecord): nothing happens unless {@code eventTime} is newer than the
     * record's; then SoftDelete nulls its features and HardDelete removes it online, and both add an
     * {@code is_deleted} row offline.
     *
     * @param recordIdentifierValueAsString the record identifier
     * @param eventTime                     the deletion's event time (ISO-8601)
     * @param deletionMode                  SoftDelete (Python's default) or HardDelete
     */
    public void deleteRecord(String recordIdentifierValueAsString, String eventTime, DeletionMode deletionMode) {
        session.featureStoreRuntimeApi().deleteRecord(DeleteRecordRequest.builder().featureGroupName(name)
                .recordIdentifierValueAsString(recordIdentifierValueAsString).eventTime(eventTime)
                .deletionMode(deletionMode).build());
    }

    /**
     * Ingests an Arrow table with Python's defaults: one worker, waiting until done (and throwing
     * {@link IngestionError} when rows failed).
     *
     * @param dataFrame the rows ({@code data_frame}): an Arrow table, this library's DataFrame
     * @return the finished ingest
     */
    public IngestionManager ingest(VectorSchemaRoot dataFrame) {
        return ingest(dataFrame, IngestOptions.builder().build());
    }

    /**
     * Ingests an Arrow table with Python's {@code ingest} keywords by name:
     * {@code ingest(table, i -> i.maxWorkers(4).wait(false))}.
     *
     * @param dataFrame the rows ({@code data_frame}): an Arrow table
     * @param options   sets {@code targetStores}, {@code maxWorkers}, {@code maxProcesses}, {@code wait},
     *                  {@code timeout}
     * @return the running (or, with {@code wait}, finished) ingest
     */
    public IngestionManager ingest(VectorSchemaRoot dataFrame, Consumer<IngestOptions.Builder> options) {
        IngestOptions.Builder b = IngestOptions.builder();
        options.accept(b);
        return ingest(dataFrame, b.build());
    }

    /**
     * Ingests rows given as feature name → value maps, with Python's defaults.
     *
     * @param rows the rows
     * @return the finished ingest
     */
    public IngestionManager ingest(List<? extends Map<String, ?>> rows) {
        return ingest(rows, IngestOptions.builder().build());
    }

    /**
     * Ingests rows given as feature name → value maps, with Python's {@code ingest} keywords by name.
     *
     * @param rows    the rows
     * @param options sets the keywords
     * @return the running (or finished) ingest
     */
    public IngestionManager ingest(List<? extends Map<String, ?>> rows, Consumer<IngestOptions.Builder> options) {
        IngestOptions.Builder b = IngestOptions.builder();
        options.accept(b);
        return ingest(rows, b.build());
    }

    /**
     * Ingests an Arrow table, one record per row (null and NaN cells left out). In the local backend
     * rows go in write batches, not one PutRecord each. Columns must be features of the group.
     *
     * @param dataFrame the rows ({@code data_frame}): an Arrow table
     * @param options   Python's {@code ingest} keywords
     * @return the running (or, with {@code wait}, finished) ingest
     */
    public IngestionManager ingest(VectorSchemaRoot dataFrame, IngestOptions options) {
        VectorSchemaRoot table = dataFrame;
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
        return ingest(table.getRowCount(), options, width, (row, numbers, offset) -> {
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
     * @param rows    the rows
     * @param options Python's {@code ingest} keywords
     * @return the running (or finished) ingest
     */
    public IngestionManager ingest(List<? extends Map<String, ?>> rows, IngestOptions options) {
        DescribeFeatureGroupResponse d = describe();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < d.featureDefinitions().size(); i++) {
            index.put(d.featureDefinitions().get(i).featureName(), i);
        }
        int width = d.featureDefinitions().size();
        List<Map<String, ?>> copy = List.copyOf(rows);
        return ingest(copy.size(), options, width, (row, numbers, offset) -> {
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

    private IngestionManager ingest(int total, IngestOptions options, int width, RowReader reader,
                                    byte[] kinds, DescribeFeatureGroupResponse d) {
        int targets = targets(options.targetStores);
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
                    local.get().write(meta, batch, kinds, numbers, null, targets, 0,
                            (i, e) -> failures.accept(rowsOf[i.intValue()], e));
                    done.addAndGet(end - start);
                }
            };
        } else {
            PutRecordOptions put = PutRecordOptions.builder().targetStores(options.targetStores).build();
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
                        putRecord(record, put);
                    } catch (RuntimeException e) {
                        failures.accept(r, e);
                    }
                    done.incrementAndGet();
                }
            };
        }
        // Python runs max_processes processes of max_workers threads each; here they are all threads
        IngestionManager m = new IngestionManager(name, total,
                (int) Math.min(Integer.MAX_VALUE, (long) options.maxWorkers * options.maxProcesses), progressListener(),
                range);
        if (options.waitFor) {
            m.await(options.timeout == null ? Duration.ofDays(365) : options.timeout);
        }
        return m;
    }

    /** The local writer's target mask: 1 online, 2 offline, 3 both (null: both, as the service). */
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

    /**
     * Hive DDL for the offline store's table in the default database, named after the group, as Python's
     * {@code as_hive_ddl()}.
     *
     * @return the CREATE EXTERNAL TABLE statement
     */
    public String asHiveDdl() {
        return asHiveDdl("sagemaker_featurestore", null);
    }

    /**
     * Hive DDL for the offline store's table, as Python's {@code as_hive_ddl(database, table_name)}: the
     * columns are this handle's feature definitions (Integral INT, Fractional FLOAT, String STRING) and
     * the offline store's write_time, event_time and is_deleted, the location the group's resolved offline
     * URI. The text is the Python SDK's, character for character (its column lines carry no commas).
     *
     * @param database  the database (Python's default sagemaker_featurestore)
     * @param tableName the table, or null for the group's name
     * @return the CREATE EXTERNAL TABLE statement
     */
    public String asHiveDdl(String database, String tableName) {
        String table = tableName == null || tableName.isEmpty() ? name : tableName;
        DescribeFeatureGroupResponse d = describe();
        if (d.offlineStoreConfig() == null) {
            throw new ValidationException("offlineStoreConfig", null, "is missing: the group has no offline store",
                    "create the group with an s3Uri to have an offline table");
        }
        StringBuilder ddl = new StringBuilder("CREATE EXTERNAL TABLE IF NOT EXISTS " + database + "." + table
                + " (\n");
        for (FeatureDefinition f : featureDefinitions) {
            String type = switch (f.featureType()) {
                case INTEGRAL -> "INT";
                case FRACTIONAL -> "FLOAT";
                case STRING -> "STRING";
                default -> "None";
            };
            ddl.append("  ").append(f.featureName()).append(' ').append(type).append('\n');
        }
        ddl.append("  write_time TIMESTAMP\n  event_time TIMESTAMP\n  is_deleted BOOLEAN\n)\n")
                .append("ROW FORMAT SERDE 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe'\n")
                .append("  STORED AS\n  INPUTFORMAT 'parquet.hive.DeprecatedParquetInputFormat'\n")
                .append("  OUTPUTFORMAT 'parquet.hive.DeprecatedParquetOutputFormat'\n")
                .append("LOCATION '").append(d.offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri())
                .append('\'');
        return ddl.toString();
    }

    @Override
    public String toString() {
        return "FeatureGroup(" + name + ")";
    }

    /**
     * The Python SDK's {@code FeatureGroup.create} arguments, by name. Immutable; build with
     * {@link #builder()} (Python's defaults) or change a copy with {@link #toBuilder()}.
     */
    public static final class CreateOptions {
        private final String s3Uri;
        private final String recordIdentifierName;
        private final String eventTimeFeatureName;
        private final String roleArn;
        private final String onlineStoreKmsKeyId;
        private final boolean enableOnlineStore;
        private final software.amazon.awssdk.services.sagemaker.model.TtlDuration ttlDuration;
        private final String offlineStoreKmsKeyId;
        private final boolean disableGlueTableCreation;
        private final DataCatalogConfig dataCatalogConfig;
        private final String description;
        private final List<Tag> tags;
        private final String tableFormat;
        private final String onlineStoreStorageType;
        private final ThroughputConfig throughputConfig;

        private CreateOptions(Builder b) {
            this.s3Uri = b.s3Uri;
            this.recordIdentifierName = b.recordIdentifierName;
            this.eventTimeFeatureName = b.eventTimeFeatureName;
            this.roleArn = b.roleArn;
            this.onlineStoreKmsKeyId = b.onlineStoreKmsKeyId;
            this.enableOnlineStore = b.enableOnlineStore;
            this.ttlDuration = b.ttlDuration;
            this.offlineStoreKmsKeyId = b.offlineStoreKmsKeyId;
            this.disableGlueTableCreation = b.disableGlueTableCreation;
            this.dataCatalogConfig = b.dataCatalogConfig;
            this.description = b.description;
            List<Tag> t = new ArrayList<>();
            b.tags.forEach((k, v) -> t.add(Tag.builder().key(k).value(v).build()));
            this.tags = List.copyOf(t);
            this.tableFormat = b.tableFormat;
            this.onlineStoreStorageType = b.onlineStoreStorageType;
            this.throughputConfig = b.throughputConfig;
        }

        /**
         * A builder with the Python SDK's defaults (no online store, no TTL, Glue table created).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.s3Uri = s3Uri;
            b.recordIdentifierName = recordIdentifierName;
            b.eventTimeFeatureName = eventTimeFeatureName;
            b.roleArn = roleArn;
            b.onlineStoreKmsKeyId = onlineStoreKmsKeyId;
            b.enableOnlineStore = enableOnlineStore;
            b.ttlDuration = ttlDuration;
            b.offlineStoreKmsKeyId = offlineStoreKmsKeyId;
            b.disableGlueTableCreation = disableGlueTableCreation;
            b.dataCatalogConfig = dataCatalogConfig;
            b.description = description;
            tags.forEach(t -> b.tags.put(t.key(), t.value()));
            b.tableFormat = tableFormat;
            b.onlineStoreStorageType = onlineStoreStorageType;
            b.throughputConfig = throughputConfig;
            return b;
        }

        /** Checks the arguments as the service would, naming the keyword. */
        void validate() {
            if (recordIdentifierName == null) {
                throw new ValidationException("recordIdentifierName", null, "is missing",
                        "name the record identifier feature");
            }
            if (eventTimeFeatureName == null) {
                throw new ValidationException("eventTimeFeatureName", null, "is missing",
                        "name the event time feature");
            }
            Shapes.featureName("recordIdentifierName", recordIdentifierName);
            Shapes.featureName("eventTimeFeatureName", eventTimeFeatureName);
            if (s3Uri == null && !enableOnlineStore) {
                throw new ValidationException("s3Uri", null, "is missing and the online store is disabled",
                        "give an s3:// prefix for the offline store, enableOnlineStore(true), or both");
            }
            if (s3Uri != null && !s3Uri.startsWith("s3://")) {
                throw new ValidationException("s3Uri", s3Uri, "is not an s3:// URI",
                        "give the offline store an s3://bucket/prefix");
            }
            Shapes.roleArn("roleArn", roleArn);
            Shapes.kmsKeyId("onlineStoreKmsKeyId", onlineStoreKmsKeyId);
            Shapes.kmsKeyId("offlineStoreKmsKeyId", offlineStoreKmsKeyId);
            if (!enableOnlineStore && (onlineStoreKmsKeyId != null || ttlDuration != null
                    || onlineStoreStorageType != null)) {
                throw new ValidationException(onlineStoreKmsKeyId != null ? "onlineStoreKmsKeyId"
                        : ttlDuration != null ? "ttlDuration" : "onlineStoreStorageType",
                        onlineStoreKmsKeyId != null ? onlineStoreKmsKeyId
                                : ttlDuration != null ? ttlDuration : onlineStoreStorageType,
                        "is set while the online store is disabled", "also set enableOnlineStore(true)");
            }
            if (s3Uri == null && (offlineStoreKmsKeyId != null || tableFormat != null || dataCatalogConfig != null)) {
                throw new ValidationException(offlineStoreKmsKeyId != null ? "offlineStoreKmsKeyId"
                        : tableFormat != null ? "tableFormat" : "dataCatalogConfig",
                        offlineStoreKmsKeyId != null ? offlineStoreKmsKeyId
                                : tableFormat != null ? tableFormat : dataCatalogConfig,
                        "is set without an offline store", "also give s3Uri");
            }
            if (ttlDuration != null) {
                GroupMeta.ttlMicros(ttlDuration);
            }
            Shapes.tableFormat("tableFormat", tableFormat);
            Shapes.storageType("onlineStoreStorageType", onlineStoreStorageType);
            if (throughputConfig != null) {
                Shapes.throughput("throughputConfig", throughputConfig.throughputModeAsString(),
                        throughputConfig.provisionedReadCapacityUnits(),
                        throughputConfig.provisionedWriteCapacityUnits(), true);
            }
            Shapes.description("description", description, 128);
            Shapes.tags("tags", tags);
        }

        /**
         * {@code s3_uri}.
         *
         * @return the offline store prefix, or null for none
         */
        public String s3Uri() {
            return s3Uri;
        }

        /**
         * {@code record_identifier_name}.
         *
         * @return the record identifier feature
         */
        public String recordIdentifierName() {
            return recordIdentifierName;
        }

        /**
         * {@code event_time_feature_name}.
         *
         * @return the event time feature
         */
        public String eventTimeFeatureName() {
            return eventTimeFeatureName;
        }

        /**
         * {@code role_arn}.
         *
         * @return the role, or null
         */
        public String roleArn() {
            return roleArn;
        }

        /**
         * {@code online_store_kms_key_id}.
         *
         * @return the key, or null
         */
        public String onlineStoreKmsKeyId() {
            return onlineStoreKmsKeyId;
        }

        /**
         * {@code enable_online_store}.
         *
         * @return whether an online store is kept
         */
        public boolean enableOnlineStore() {
            return enableOnlineStore;
        }

        /**
         * {@code ttl_duration}.
         *
         * @return the online store's record TTL, or null
         */
        public software.amazon.awssdk.services.sagemaker.model.TtlDuration ttlDuration() {
            return ttlDuration;
        }

        /**
         * {@code offline_store_kms_key_id}.
         *
         * @return the key, or null
         */
        public String offlineStoreKmsKeyId() {
            return offlineStoreKmsKeyId;
        }

        /**
         * {@code disable_glue_table_creation}.
         *
         * @return whether the Glue table is skipped
         */
        public boolean disableGlueTableCreation() {
            return disableGlueTableCreation;
        }

        /**
         * {@code data_catalog_config}.
         *
         * @return the catalog, database and table, or null for the service's
         */
        public DataCatalogConfig dataCatalogConfig() {
            return dataCatalogConfig;
        }

        /**
         * {@code description}.
         *
         * @return the description, or null
         */
        public String description() {
            return description;
        }

        /**
         * {@code tags}.
         *
         * @return the tags in the order given, unmodifiable
         */
        public List<Tag> tags() {
            return tags;
        }

        /**
         * {@code table_format}.
         *
         * @return Glue, Iceberg, or null
         */
        public String tableFormat() {
            return tableFormat;
        }

        /**
         * {@code online_store_storage_type}.
         *
         * @return Standard, InMemory, or null
         */
        public String onlineStoreStorageType() {
            return onlineStoreStorageType;
        }

        /**
         * {@code throughput_config}.
         *
         * @return the throughput, or null
         */
        public ThroughputConfig throughputConfig() {
            return throughputConfig;
        }

        private List<Object> values() {
            return java.util.Arrays.asList(s3Uri, recordIdentifierName, eventTimeFeatureName, roleArn,
                    onlineStoreKmsKeyId, enableOnlineStore, ttlDuration, offlineStoreKmsKeyId, disableGlueTableCreation,
                    dataCatalogConfig, description, tags, tableFormat, onlineStoreStorageType, throughputConfig);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateOptions c && c.values().equals(values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "CreateOptions" + values();
        }

        /** Builds {@link CreateOptions}; each method is a Python keyword of {@code create}. */
        public static final class Builder {
            private String s3Uri;
            private String recordIdentifierName;
            private String eventTimeFeatureName;
            private String roleArn;
            private String onlineStoreKmsKeyId;
            private boolean enableOnlineStore;
            private software.amazon.awssdk.services.sagemaker.model.TtlDuration ttlDuration;
            private String offlineStoreKmsKeyId;
            private boolean disableGlueTableCreation;
            private DataCatalogConfig dataCatalogConfig;
            private String description;
            private final Map<String, String> tags = new LinkedHashMap<>();
            private String tableFormat;
            private String onlineStoreStorageType;
            private ThroughputConfig throughputConfig;

            private Builder() {
            }

            /**
             * {@code s3_uri} (required in Python; {@code False} there is null here): the offline store's
             * prefix, or null for no offline store.
             *
             * @param s3Uri an s3:// URI, or null
             * @return this builder
             */
            public Builder s3Uri(String s3Uri) {
                this.s3Uri = s3Uri;
                return this;
            }

            /**
             * {@code record_identifier_name} (required): the record identifier feature.
             *
             * @param name the feature
             * @return this builder
             */
            public Builder recordIdentifierName(String name) {
                this.recordIdentifierName = name;
                return this;
            }

            /**
             * {@code event_time_feature_name} (required): the event time feature (String ISO-8601 or
             * Fractional epoch seconds).
             *
             * @param name the feature
             * @return this builder
             */
            public Builder eventTimeFeatureName(String name) {
                this.eventTimeFeatureName = name;
                return this;
            }

            /**
             * {@code role_arn} (default None): the IAM role the service uses; not needed locally.
             *
             * @param roleArn the role ARN
             * @return this builder
             */
            public Builder roleArn(String roleArn) {
                this.roleArn = roleArn;
                return this;
            }

            /**
             * {@code online_store_kms_key_id} (default None): the KMS key of the online store (sent as
             * {@code OnlineStoreConfig.SecurityConfig.KmsKeyId}; recorded, not enforced locally).
             *
             * @param kmsKeyId a key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder onlineStoreKmsKeyId(String kmsKeyId) {
                this.onlineStoreKmsKeyId = kmsKeyId;
                return this;
            }

            /**
             * {@code enable_online_store} (default False): whether to keep an online store.
             *
             * @param enable true for an online store
             * @return this builder
             */
            public Builder enableOnlineStore(boolean enable) {
                this.enableOnlineStore = enable;
                return this;
            }

            /**
             * {@code ttl_duration} (default None): the online store's default record TTL.
             *
             * @param ttl the duration, or null
             * @return this builder
             */
            public Builder ttlDuration(software.amazon.awssdk.services.sagemaker.model.TtlDuration ttl) {
                this.ttlDuration = ttl;
                return this;
            }

            /**
             * {@code offline_store_kms_key_id} (default None): the KMS key of the offline store's S3 objects
             * (sent as {@code OfflineStoreConfig.S3StorageConfig.KmsKeyId}; recorded, not enforced locally).
             *
             * @param kmsKeyId a key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder offlineStoreKmsKeyId(String kmsKeyId) {
                this.offlineStoreKmsKeyId = kmsKeyId;
                return this;
            }

            /**
             * {@code disable_glue_table_creation} (default False): whether to skip the Glue table.
             *
             * @param disable true to skip it
             * @return this builder
             */
            public Builder disableGlueTableCreation(boolean disable) {
                this.disableGlueTableCreation = disable;
                return this;
            }

            /**
             * {@code data_catalog_config} (default None): the catalog, database and table of the offline
             * store (the service's default is AwsDataCatalog, sagemaker_featurestore, a generated table).
             *
             * @param config the catalog
             * @return this builder
             */
            public Builder dataCatalogConfig(DataCatalogConfig config) {
                this.dataCatalogConfig = config;
                return this;
            }

            /**
             * {@code description} (default None): the group's description (searchable), up to 128 characters.
             *
             * @param description the text
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * Adds one of {@code tags} (default None); sent as the service's Key/Value list in the order given.
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
             * {@code tags} (default None): replaces the tags with the service's Key/Value list.
             *
             * @param tags the tags
             * @return this builder
             */
            public Builder tags(List<Tag> tags) {
                this.tags.clear();
                tags.forEach(t -> this.tags.put(t.key(), t.value()));
                return this;
            }

            /**
             * {@code table_format} (default None, the service's Glue): the offline store's table format.
             * Recorded, not acted on locally: the local offline store is Parquet files either way.
             *
             * @param format Glue or Iceberg
             * @return this builder
             */
            public Builder tableFormat(TableFormat format) {
                this.tableFormat = format == null ? null : format.toString();
                return this;
            }

            /**
             * {@code table_format} as the service's text.
             *
             * @param format "Glue" or "Iceberg"
             * @return this builder
             */
            public Builder tableFormat(String format) {
                this.tableFormat = format;
                return this;
            }

            /**
             * {@code online_store_storage_type} (default None, the service's Standard). Recorded, not acted
             * on locally.
             *
             * @param type Standard or InMemory
             * @return this builder
             */
            public Builder onlineStoreStorageType(StorageType type) {
                this.onlineStoreStorageType = type == null ? null : type.toString();
                return this;
            }

            /**
             * {@code online_store_storage_type} as the service's text.
             *
             * @param type "Standard" or "InMemory"
             * @return this builder
             */
            public Builder onlineStoreStorageType(String type) {
                this.onlineStoreStorageType = type;
                return this;
            }

            /**
             * {@code throughput_config} (default None, the service's OnDemand). Recorded, not enforced locally.
             *
             * @param config the mode and, for Provisioned, the capacity units
             * @return this builder
             */
            public Builder throughputConfig(ThroughputConfig config) {
                this.throughputConfig = config;
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

    /**
     * The Python SDK's {@code FeatureGroup.update} arguments, by name. Immutable.
     */
    public static final class UpdateOptions {
        private final List<FeatureDefinition> featureAdditions;
        private final OnlineStoreConfigUpdate onlineStoreConfig;
        private final ThroughputConfigUpdate throughputConfig;

        private UpdateOptions(Builder b) {
            this.featureAdditions = b.featureAdditions == null ? null : List.copyOf(b.featureAdditions);
            this.onlineStoreConfig = b.onlineStoreConfig;
            this.throughputConfig = b.throughputConfig;
        }

        /**
         * A builder with Python's defaults (nothing to update).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().featureAdditions(featureAdditions).onlineStoreConfig(onlineStoreConfig)
                    .throughputConfig(throughputConfig);
        }

        void validate() {
            if (featureAdditions == null && onlineStoreConfig == null && throughputConfig == null) {
                throw new ValidationException("featureAdditions", null,
                        "is missing, as are onlineStoreConfig and throughputConfig",
                        "give at least one of them to update");
            }
            if (featureAdditions != null) {
                if (featureAdditions.isEmpty() || featureAdditions.size() > 100) {
                    throw new ValidationException("featureAdditions", featureAdditions.size(),
                            "is not 1 to 100 features", "add 1 to 100 features in one update");
                }
                featureAdditions.forEach(d -> Shapes.featureName("featureAdditions.featureName", d.featureName()));
            }
            if (onlineStoreConfig != null && onlineStoreConfig.ttlDuration() != null) {
                GroupMeta.ttlMicros(onlineStoreConfig.ttlDuration());
            }
            if (throughputConfig != null) {
                Shapes.throughput("throughputConfig", throughputConfig.throughputModeAsString(),
                        throughputConfig.provisionedReadCapacityUnits(),
                        throughputConfig.provisionedWriteCapacityUnits(), false);
            }
        }

        /**
         * {@code feature_additions}.
         *
         * @return the features to add, or null
         */
        public List<FeatureDefinition> featureAdditions() {
            return featureAdditions;
        }

        /**
         * {@code online_store_config}.
         *
         * @return the online store update, or null
         */
        public OnlineStoreConfigUpdate onlineStoreConfig() {
            return onlineStoreConfig;
        }

        /**
         * {@code throughput_config}.
         *
         * @return the throughput update, or null
         */
        public ThroughputConfigUpdate throughputConfig() {
            return throughputConfig;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UpdateOptions u && Objects.equals(u.featureAdditions, featureAdditions)
                    && Objects.equals(u.onlineStoreConfig, onlineStoreConfig)
                    && Objects.equals(u.throughputConfig, throughputConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(featureAdditions, onlineStoreConfig, throughputConfig);
        }

        @Override
        public String toString() {
            return "UpdateOptions[featureAdditions=" + featureAdditions + ", onlineStoreConfig=" + onlineStoreConfig
                    + ", throughputConfig=" + throughputConfig + "]";
        }

        /** Builds {@link UpdateOptions}; each method is a Python keyword of {@code update}. */
        public static final class Builder {
            private List<FeatureDefinition> featureAdditions;
            private OnlineStoreConfigUpdate onlineStoreConfig;
            private ThroughputConfigUpdate throughputConfig;

            private Builder() {
            }

            /**
             * {@code feature_additions} (default None): features to add to the group.
             *
             * @param definitions the new features
             * @return this builder
             */
            public Builder featureAdditions(List<FeatureDefinition> definitions) {
                this.featureAdditions = definitions;
                return this;
            }

            /**
             * {@code online_store_config} (default None): the online store's new default TTL.
             *
             * @param config the update
             * @return this builder
             */
            public Builder onlineStoreConfig(OnlineStoreConfigUpdate config) {
                this.onlineStoreConfig = config;
                return this;
            }

            /**
             * {@code throughput_config} (default None): the new throughput mode or capacity (recorded, not
             * enforced locally).
             *
             * @param config the update
             * @return this builder
             */
            public Builder throughputConfig(ThroughputConfigUpdate config) {
                this.throughputConfig = config;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateOptions build() {
                return new UpdateOptions(this);
            }
        }
    }

    /**
     * The Python SDK's {@code FeatureGroup.update_feature_metadata} keywords, by name. Immutable.
     */
    public static final class UpdateFeatureMetadataOptions {
        private final String description;
        private final List<FeatureParameter> parameterAdditions;
        private final List<String> parameterRemovals;

        private UpdateFeatureMetadataOptions(Builder b) {
            this.description = b.description;
            this.parameterAdditions = List.copyOf(b.parameterAdditions);
            this.parameterRemovals = List.copyOf(b.parameterRemovals);
        }

        /**
         * A builder with Python's defaults (no description, nothing added or removed).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().description(description).parameterAdditions(parameterAdditions)
                    .parameterRemovals(parameterRemovals);
        }

        void validate() {
            Shapes.description("description", description, 255);
            Shapes.parameters("parameterAdditions", parameterAdditions);
            Shapes.parameterKeys("parameterRemovals", parameterRemovals);
        }

        /**
         * {@code description}.
         *
         * @return the feature's new description, or null to keep it
         */
        public String description() {
            return description;
        }

        /**
         * {@code parameter_additions}.
         *
         * @return the parameters to add, unmodifiable
         */
        public List<FeatureParameter> parameterAdditions() {
            return parameterAdditions;
        }

        /**
         * {@code parameter_removals}.
         *
         * @return the parameter keys to remove, unmodifiable
         */
        public List<String> parameterRemovals() {
            return parameterRemovals;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UpdateFeatureMetadataOptions u && Objects.equals(u.description, description)
                    && u.parameterAdditions.equals(parameterAdditions) && u.parameterRemovals.equals(parameterRemovals);
        }

        @Override
        public int hashCode() {
            return Objects.hash(description, parameterAdditions, parameterRemovals);
        }

        @Override
        public String toString() {
            return "UpdateFeatureMetadataOptions[description=" + description + ", parameterAdditions="
                    + parameterAdditions + ", parameterRemovals=" + parameterRemovals + "]";
        }

        /** Builds {@link UpdateFeatureMetadataOptions}. */
        public static final class Builder {
            private String description;
            private List<FeatureParameter> parameterAdditions = List.of();
            private List<String> parameterRemovals = List.of();

            private Builder() {
            }

            /**
             * {@code description} (default None): the feature's description, up to 255 characters.
             *
             * @param description the text
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * {@code parameter_additions} (default None, sent as an empty list): key/value parameters to
             * add; a key given again takes the new value.
             *
             * @param parameters the parameters
             * @return this builder
             */
            public Builder parameterAdditions(List<FeatureParameter> parameters) {
                this.parameterAdditions = parameters == null ? List.of() : parameters;
                return this;
            }

            /**
             * {@code parameter_removals} (default None, sent as an empty list): parameter keys to remove.
             *
             * @param keys the keys
             * @return this builder
             */
            public Builder parameterRemovals(List<String> keys) {
                this.parameterRemovals = keys == null ? List.of() : keys;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateFeatureMetadataOptions build() {
                return new UpdateFeatureMetadataOptions(this);
            }
        }
    }

    /**
     * The Python SDK's {@code FeatureGroup.put_record} keywords, by name: Python's order is
     * {@code put_record(record, target_stores=None, ttl_duration=None)}. Immutable.
     */
    public static final class PutRecordOptions {
        private final List<TargetStore> targetStores;
        private final TtlDuration ttlDuration;

        private PutRecordOptions(Builder b) {
            this.targetStores = b.targetStores == null ? null : List.copyOf(b.targetStores);
            this.ttlDuration = b.ttlDuration;
        }

        /**
         * A builder with Python's defaults (both stores, the group's TTL).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().targetStores(targetStores).ttlDuration(ttlDuration);
        }

        /**
         * {@code target_stores}.
         *
         * @return the stores to write, or null for both
         */
        public List<TargetStore> targetStores() {
            return targetStores;
        }

        /**
         * {@code ttl_duration}.
         *
         * @return the record's TTL, or null for the group's
         */
        public TtlDuration ttlDuration() {
            return ttlDuration;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PutRecordOptions p && Objects.equals(p.targetStores, targetStores)
                    && Objects.equals(p.ttlDuration, ttlDuration);
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetStores, ttlDuration);
        }

        @Override
        public String toString() {
            return "PutRecordOptions[targetStores=" + targetStores + ", ttlDuration=" + ttlDuration + "]";
        }

        /** Builds {@link PutRecordOptions}. */
        public static final class Builder {
            private List<TargetStore> targetStores;
            private TtlDuration ttlDuration;

            private Builder() {
            }

            /**
             * {@code target_stores} (default None: both stores).
             *
             * @param stores OnlineStore, OfflineStore or both
             * @return this builder
             */
            public Builder targetStores(List<TargetStore> stores) {
                this.targetStores = stores;
                return this;
            }

            /**
             * {@code target_stores} (default None: both stores).
             *
             * @param stores OnlineStore, OfflineStore or both
             * @return this builder
             */
            public Builder targetStores(TargetStore... stores) {
                return targetStores(List.of(stores));
            }

            /**
             * {@code ttl_duration} (default None: the group's TTL).
             *
             * @param ttl this record's TTL
             * @return this builder
             */
            public Builder ttlDuration(TtlDuration ttl) {
                this.ttlDuration = ttl;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public PutRecordOptions build() {
                return new PutRecordOptions(this);
            }
        }
    }

    /**
     * The Python SDK's {@code FeatureGroup.ingest} keywords, by name. Python's {@code profile_name} has no
     * counterpart: credentials are the session's. Immutable.
     */
    public static final class IngestOptions {
        private final List<TargetStore> targetStores;
        private final int maxWorkers;
        private final int maxProcesses;
        private final boolean waitFor;
        private final Duration timeout;

        private IngestOptions(Builder b) {
            if (b.maxWorkers < 1) {
                throw new ValidationException("maxWorkers", b.maxWorkers, "is less than 1", "use at least one worker");
            }
            if (b.maxProcesses < 1) {
                throw new ValidationException("maxProcesses", b.maxProcesses, "is less than 1",
                        "use at least one process");
            }
            if (b.timeout != null && (b.timeout.isNegative() || b.timeout.isZero())) {
                throw new ValidationException("timeout", b.timeout, "is not positive",
                        "give a positive timeout, or none to wait until the ingest ends");
            }
            this.targetStores = b.targetStores == null ? null : List.copyOf(b.targetStores);
            this.maxWorkers = b.maxWorkers;
            this.maxProcesses = b.maxProcesses;
            this.waitFor = b.waitFor;
            this.timeout = b.timeout;
        }

        /**
         * A builder with Python's defaults: both stores, one worker, one process, waiting without a timeout.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().targetStores(targetStores).maxWorkers(maxWorkers).maxProcesses(maxProcesses)
                    .wait(waitFor).timeout(timeout);
        }

        /**
         * {@code target_stores}.
         *
         * @return the stores to write, or null for both
         */
        public List<TargetStore> targetStores() {
            return targetStores;
        }

        /**
         * {@code max_workers}.
         *
         * @return writer threads per process
         */
        public int maxWorkers() {
            return maxWorkers;
        }

        /**
         * {@code max_processes}.
         *
         * @return the process count (here: groups of {@code maxWorkers} threads)
         */
        public int maxProcesses() {
            return maxProcesses;
        }

        /**
         * {@code wait}.
         *
         * @return whether {@code ingest} waits for the end
         */
        public boolean waitFor() {
            return waitFor;
        }

        /**
         * {@code timeout}.
         *
         * @return how long {@code ingest} waits, or null for no limit
         */
        public Duration timeout() {
            return timeout;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof IngestOptions i && Objects.equals(i.targetStores, targetStores)
                    && i.maxWorkers == maxWorkers && i.maxProcesses == maxProcesses && i.waitFor == waitFor
                    && Objects.equals(i.timeout, timeout);
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetStores, maxWorkers, maxProcesses, waitFor, timeout);
        }

        @Override
        public String toString() {
            return "IngestOptions[targetStores=" + targetStores + ", maxWorkers=" + maxWorkers + ", maxProcesses="
                    + maxProcesses + ", wait=" + waitFor + ", timeout=" + timeout + "]";
        }

        /** Builds {@link IngestOptions}; each method is a Python keyword of {@code ingest}. */
        public static final class Builder {
            private List<TargetStore> targetStores;
            private int maxWorkers = 1;
            private int maxProcesses = 1;
            private boolean waitFor = true;
            private Duration timeout;

            private Builder() {
            }

            /**
             * {@code target_stores} (default None: both stores).
             *
             * @param stores OnlineStore, OfflineStore or both
             * @return this builder
             */
            public Builder targetStores(List<TargetStore> stores) {
                this.targetStores = stores;
                return this;
            }

            /**
             * {@code target_stores} (default None: both stores).
             *
             * @param stores OnlineStore, OfflineStore or both
             * @return this builder
             */
            public Builder targetStores(TargetStore... stores) {
                return targetStores(List.of(stores));
            }

            /**
             * {@code max_workers} (default 1): writer threads, each on a contiguous range of rows.
             *
             * @param n at least 1
             * @return this builder
             */
            public Builder maxWorkers(int n) {
                this.maxWorkers = n;
                return this;
            }

            /**
             * {@code max_processes} (default 1): Python runs this many processes of {@code max_workers}
             * threads; the JVM runs {@code maxProcesses * maxWorkers} threads.
             *
             * @param n at least 1
             * @return this builder
             */
            public Builder maxProcesses(int n) {
                this.maxProcesses = n;
                return this;
            }

            /**
             * {@code wait} (default True): whether {@code ingest} returns only when every row is written
             * (throwing {@link IngestionError} when some failed).
             *
             * @param wait false to return at once
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitFor = wait;
                return this;
            }

            /**
             * {@code timeout} (default None: no limit): how long a waiting {@code ingest} waits before a
             * {@link WaiterTimeoutException}.
             *
             * @param timeout the limit, or null
             * @return this builder
             */
            public Builder timeout(Duration timeout) {
                this.timeout = timeout;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public IngestOptions build() {
                return new IngestOptions(this);
            }
        }
    }
}
