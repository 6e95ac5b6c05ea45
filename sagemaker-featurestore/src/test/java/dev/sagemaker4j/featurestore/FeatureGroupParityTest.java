/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static dev.sagemaker4j.featurestore.FeatureGroupTest.asMap;
import static dev.sagemaker4j.featurestore.FeatureGroupTest.customers;
import static dev.sagemaker4j.featurestore.FeatureGroupTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.AddTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.BooleanOperator;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DataCatalogConfig;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureParameter;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.LastUpdateStatusValue;
import software.amazon.awssdk.services.sagemaker.model.OnlineStoreConfig;
import software.amazon.awssdk.services.sagemaker.model.OnlineStoreConfigUpdate;
import software.amazon.awssdk.services.sagemaker.model.OnlineStoreSecurityConfig;
import software.amazon.awssdk.services.sagemaker.model.Operator;
import software.amazon.awssdk.services.sagemaker.model.ResourceType;
import software.amazon.awssdk.services.sagemaker.model.StorageType;
import software.amazon.awssdk.services.sagemaker.model.TableFormat;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.ThroughputConfig;
import software.amazon.awssdk.services.sagemaker.model.ThroughputConfigUpdate;
import software.amazon.awssdk.services.sagemaker.model.ThroughputMode;
import software.amazon.awssdk.services.sagemaker.model.TtlDuration;
import software.amazon.awssdk.services.sagemaker.model.TtlDurationUnit;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TargetStore;

/**
 * The Python SDK's FeatureGroup and FeatureStore arguments and methods that the named-argument forms
 * added: what each one sends, what the local backend records and acts on, and the checks made before
 * any request.
 */
class FeatureGroupParityTest {
    static final String KEY_ARN = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerFeatureStore";
    @TempDir
    Path root;
    Session session;
    BufferAllocator allocator;

    @BeforeEach
    void open() {
        session = Session.local(root);
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        session.close();
        allocator.close();
    }

    private FeatureGroup handle(String name) {
        FeatureGroup g = new FeatureGroup(name, session);
        g.featureDefinitions(List.of(FeatureDefinition.integral("customer_id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.fractional("spend"), FeatureDefinition.string("city")));
        return g;
    }

    @Test
    void create_everyPythonKeyword_recordedInDescribeAndTagsListed() {
        FeatureGroup g = handle("full");
        g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("customer_id").eventTimeFeatureName("event_time")
                .roleArn(ROLE).enableOnlineStore(true).onlineStoreKmsKeyId("alias/online")
                .ttlDuration(TtlDuration.builder().unit(TtlDurationUnit.DAYS).value(3).build())
                .offlineStoreKmsKeyId(KEY_ARN).disableGlueTableCreation(true)
                .dataCatalogConfig(DataCatalogConfig.builder().catalog("AwsDataCatalog").database("db")
                        .tableName("customers_t").build())
                .description("spend by city").tag("team", "growth").tag("cost-center", "42")
                .tableFormat(TableFormat.ICEBERG).onlineStoreStorageType(StorageType.STANDARD)
                .throughputConfig(ThroughputConfig.builder().throughputMode(ThroughputMode.PROVISIONED)
                        .provisionedReadCapacityUnits(5).provisionedWriteCapacityUnits(7).build()));

        DescribeFeatureGroupResponse d = g.describe();
        assertThat(d.roleArn()).isEqualTo(ROLE);
        assertThat(d.description()).isEqualTo("spend by city");
        assertThat(d.onlineStoreConfig().securityConfig().kmsKeyId()).isEqualTo("alias/online");
        assertThat(d.onlineStoreConfig().storageType()).isEqualTo(StorageType.STANDARD);
        assertThat(d.onlineStoreConfig().ttlDuration().value()).isEqualTo(3);
        assertThat(d.offlineStoreConfig().s3StorageConfig().kmsKeyId()).isEqualTo(KEY_ARN);
        assertThat(d.offlineStoreConfig().tableFormat()).isEqualTo(TableFormat.ICEBERG);
        assertThat(d.offlineStoreConfig().disableGlueTableCreation()).isTrue();
        assertThat(d.offlineStoreConfig().dataCatalogConfig().tableName()).isEqualTo("customers_t");
        assertThat(d.throughputConfig().throughputMode()).isEqualTo(ThroughputMode.PROVISIONED);
        assertThat(d.throughputConfig().provisionedWriteCapacityUnits()).isEqualTo(7);
        // tags as the service's Key/Value list, in the order given
        assertThat(g.listTags()).containsExactly(Tag.builder().key("team").value("growth").build(),
                Tag.builder().key("cost-center").value("42").build());
    }

    @Test
    void create_shortForm_pythonDefaultsOfflineOnly() {
        FeatureGroup g = handle("offline-only");
        g.create("s3://bucket/fs", "customer_id", "event_time");
        DescribeFeatureGroupResponse d = g.describe();
        assertThat(d.onlineStoreConfig()).isNull();
        assertThat(d.offlineStoreConfig().disableGlueTableCreation()).isFalse();
        assertThat(d.throughputConfig().throughputMode()).isEqualTo(ThroughputMode.ON_DEMAND);
        assertThat(g.listTags()).isEmpty();
    }

    /** Each bad keyword, and the field the error must name; none of them may create the group. */
    @Test
    void create_badKeyword_validationNamesFieldBeforeAnyRequest() {
        Map<String, Consumer<FeatureGroup.CreateOptions.Builder>> cases = new java.util.LinkedHashMap<>();
        cases.put("recordIdentifierName", c -> c.s3Uri("s3://bucket/fs").eventTimeFeatureName("event_time"));
        cases.put("eventTimeFeatureName", c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("customer_id"));
        cases.put("s3Uri", c -> c.recordIdentifierName("customer_id").eventTimeFeatureName("event_time"));
        cases.put("onlineStoreKmsKeyId", c -> ok(c).enableOnlineStore(true).onlineStoreKmsKeyId("key with spaces"));
        cases.put("offlineStoreKmsKeyId", c -> ok(c).offlineStoreKmsKeyId("k".repeat(2049)));
        cases.put("tableFormat", c -> ok(c).tableFormat("Parquet"));
        cases.put("onlineStoreStorageType", c -> ok(c).enableOnlineStore(true).onlineStoreStorageType("Disk"));
        cases.put("roleArn", c -> ok(c).roleArn("SageMakerRole"));
        cases.put("tags.Key", c -> ok(c).tag("", "v"));
        cases.put("description", c -> ok(c).description("d".repeat(129)));
        cases.put("throughputConfig.ProvisionedReadCapacityUnits", c -> ok(c).throughputConfig(
                ThroughputConfig.builder().throughputMode(ThroughputMode.ON_DEMAND).provisionedReadCapacityUnits(3)
                        .build()));
        cases.put("ttlDuration", c -> ok(c).ttlDuration(TtlDuration.builder().unit("Days").value(1).build()));
        cases.put("recordIdentifierName ", c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("bad name")
                .eventTimeFeatureName("event_time"));
        for (var e : cases.entrySet()) {
            FeatureGroup g = handle("bad");
            assertThatThrownBy(() -> g.create(e.getValue())).as(e.getKey()).isInstanceOf(ValidationException.class)
                    .extracting(t -> ((ValidationException) t).field()).isEqualTo(e.getKey().trim());
            assertThatThrownBy(g::describe).as(e.getKey()).isInstanceOf(ResourceNotFoundException.class);
        }
    }

    private static FeatureGroup.CreateOptions.Builder ok(FeatureGroup.CreateOptions.Builder c) {
        return c.s3Uri("s3://bucket/fs").recordIdentifierName("customer_id").eventTimeFeatureName("event_time");
    }

    @Test
    void createFeatureGroup_requestWithBadShapes_localBackendNamesServiceField() {
        FeatureGroupsApi api = session.api(FeatureGroupsApi.CAPABILITY);
        CreateFeatureGroupRequest good = CreateFeatureGroupRequest.builder().featureGroupName("g")
                .recordIdentifierFeatureName("id").eventTimeFeatureName("t")
                .featureDefinitions(FeatureDefinition.string("id").toSdk(), FeatureDefinition.string("t").toSdk())
                .onlineStoreConfig(OnlineStoreConfig.builder().enableOnlineStore(true).build()).build();
        assertThatThrownBy(() -> api.createFeatureGroup(good.toBuilder().onlineStoreConfig(OnlineStoreConfig.builder()
                .enableOnlineStore(true).securityConfig(OnlineStoreSecurityConfig.builder().kmsKeyId("no spaces").build())
                .build()).build()))
                .isInstanceOf(ValidationException.class).extracting(t -> ((ValidationException) t).field())
                .isEqualTo("OnlineStoreConfig.SecurityConfig.KmsKeyId");
        assertThatThrownBy(() -> api.createFeatureGroup(good.toBuilder().tags(Tag.builder().key("a").value("1").build(),
                Tag.builder().key("a").value("2").build()).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Tags.Key");
        assertThat(api.createFeatureGroup(good).featureGroupArn()).endsWith(":feature-group/g");
    }

    @Test
    void update_addFeature_newRecordsCarryItOldOnesReadAsAbsent() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "Oslo"));

        g.update(List.of(FeatureDefinition.integral("visits")));
        Map<String, Object> withVisits = new java.util.LinkedHashMap<>(row(2, "2024-01-02T00:00:00Z", 2.0, "Rome"));
        withVisits.put("visits", 12L);
        g.putRecord(withVisits);

        DescribeFeatureGroupResponse d = g.describe();
        assertThat(d.featureDefinitions()).extracting(f -> f.featureName()).endsWith("visits");
        assertThat(d.lastUpdateStatus().status()).isEqualTo(LastUpdateStatusValue.SUCCESSFUL);
        assertThat(asMap(g.getRecord("2"))).containsEntry("visits", "12");
        assertThat(asMap(g.getRecord("1"))).doesNotContainKey("visits").containsEntry("city", "Oslo");
        // the offline store has the new column too, null for the row written before
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT customer_id, visits FROM \"" + q.tableName()
                + "\" ORDER BY customer_id", allocator)) {
            assertThat(r.getRowCount()).isEqualTo(2);
            assertThat(r.getVector("visits").isNull(0)).isTrue();
            assertThat(((BigIntVector) r.getVector("visits")).get(1)).isEqualTo(12L);
        }
        // a feature defined already (names are case-insensitive) is refused, naming it
        assertThatThrownBy(() -> g.update(List.of(FeatureDefinition.string("CITY"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("CITY");
    }

    @Test
    void update_ttlAndThroughput_recordedAndTtlActsOnLaterRecords() {
        FeatureGroup g = customers(session, "customers", null);
        g.update(u -> u.onlineStoreConfig(OnlineStoreConfigUpdate.builder()
                        .ttlDuration(TtlDuration.builder().unit(TtlDurationUnit.SECONDS).value(1).build()).build())
                .throughputConfig(ThroughputConfigUpdate.builder().throughputMode(ThroughputMode.PROVISIONED)
                        .provisionedReadCapacityUnits(10).provisionedWriteCapacityUnits(20).build()));
        DescribeFeatureGroupResponse d = g.describe();
        assertThat(d.onlineStoreConfig().ttlDuration().value()).isEqualTo(1);
        assertThat(d.throughputConfig().provisionedReadCapacityUnits()).isEqualTo(10);
        // the new TTL: an event time two seconds old has already expired
        g.putRecord(row(1, java.time.Instant.now().minusSeconds(2).toString(), 1.0, null));
        assertThat(g.getRecord("1")).isEmpty();
        assertThatThrownBy(() -> g.update(u -> { })).isInstanceOf(ValidationException.class)
                .hasMessageContaining("featureAdditions");
    }

    @Test
    void update_ttlOnOfflineOnlyGroup_rejectedByLocalBackend() {
        FeatureGroup g = handle("offline");
        g.create("s3://bucket/fs", "customer_id", "event_time");
        assertThatThrownBy(() -> g.update(u -> u.onlineStoreConfig(OnlineStoreConfigUpdate.builder()
                .ttlDuration(TtlDuration.builder().unit(TtlDurationUnit.DAYS).value(1).build()).build())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("OnlineStoreConfig.TtlDuration");
    }

    @Test
    void featureMetadata_updateDescribeAndListParameters_roundTrip() {
        FeatureGroup g = customers(session, "customers", null);
        assertThat(g.describeFeatureMetadata("spend").featureType()).isEqualTo(FeatureType.FRACTIONAL);
        assertThat(g.listParametersForFeatureMetadata("spend")).isEmpty();

        g.updateFeatureMetadata("spend", m -> m.description("monthly spend").parameterAdditions(List.of(
                FeatureParameter.builder().key("unit").value("EUR").build(),
                FeatureParameter.builder().key("owner").value("growth").build())));
        g.updateFeatureMetadata("spend", m -> m.parameterRemovals(List.of("owner")).parameterAdditions(List.of(
                FeatureParameter.builder().key("unit").value("USD").build())));

        var d = g.describeFeatureMetadata("spend");
        assertThat(d.description()).isEqualTo("monthly spend");
        assertThat(d.featureGroupName()).isEqualTo("customers");
        assertThat(g.listParametersForFeatureMetadata("spend"))
                .containsExactly(FeatureParameter.builder().key("unit").value("USD").build());
        assertThat(g.describeFeatureMetadata("city").description()).isNull();
        assertThatThrownBy(() -> g.describeFeatureMetadata("nope")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> g.updateFeatureMetadata("spend", m -> m.description("x".repeat(256))))
                .isInstanceOf(ValidationException.class).extracting(t -> ((ValidationException) t).field())
                .isEqualTo("description");
    }

    @Test
    void addTags_thenListTags_keyGivenAgainTakesNewValue() {
        FeatureGroup g = handle("tagged");
        g.create(c -> ok(c).tag("a", "1"));
        session.api(FeatureGroupsApi.CAPABILITY).addTags(AddTagsRequest.builder().resourceArn(g.describe()
                .featureGroupArn()).tags(Tag.builder().key("b").value("2").build(),
                Tag.builder().key("a").value("3").build()).build());
        assertThat(g.listTags()).extracting(t -> t.key() + "=" + t.value()).containsExactly("a=3", "b=2");
        // tags go with the group
        g.delete();
        handle("tagged").create(c -> ok(c));
        assertThat(new FeatureGroup("tagged", session).listTags()).isEmpty();
    }

    @Test
    void getRecord_unknownIdVersusRecordWithoutAskedFeatures_distinguishable() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, null));
        // no such record: Python's get_record returns None, the service's response has no Record
        assertThat(g.getRecord("99")).isEmpty();
        // the record exists but has no city: a present, empty list
        assertThat(g.getRecord("1", List.of("city"))).hasValue(List.of());
        assertThat(g.getRecord("1", List.of("spend"))).hasValueSatisfying(r -> assertThat(r)
                .extracting(FeatureValue::valueAsString).containsExactly("1.0"));
    }

    @Test
    void putRecord_namedTargetStoresAndTtl_eachActsAsPythonKeyword() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(FeatureGroupTest.GroupRecords.values(row(1, "2024-01-01T00:00:00Z", 1.0, null)),
                p -> p.targetStores(TargetStore.OFFLINE_STORE));
        g.putRecord(FeatureGroupTest.GroupRecords.values(row(2, java.time.Instant.now().toString(), 2.0, null)),
                p -> p.targetStores(TargetStore.ONLINE_STORE).ttlDuration(
                        software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TtlDuration.builder()
                                .unit("Days").value(1).build()));
        g.putRecord(row(3, "2024-01-01T00:00:00Z", 3.0, null), p -> p.targetStores(TargetStore.ONLINE_STORE));
        assertThat(g.getRecord("1")).isEmpty();
        assertThat(g.getRecord("2")).isPresent();
        assertThat(g.getRecord("3")).isPresent();
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT customer_id FROM \"" + q.tableName() + "\"", allocator)) {
            assertThat(r.getRowCount()).isEqualTo(1);
            assertThat(((BigIntVector) r.getVector("customer_id")).get(0)).isEqualTo(1L);
        }
        FeatureGroup.PutRecordOptions o = FeatureGroup.PutRecordOptions.builder()
                .targetStores(TargetStore.ONLINE_STORE).build();
        assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    }

    @Test
    void ingest_namedTargetStoresAndTimeout_onlineOnlyRowsNeverReachOffline() {
        FeatureGroup g = customers(session, "customers", null);
        IngestionManager m = g.ingest(List.of(row(1, "2024-01-01T00:00:00Z", 1.0, "Oslo"),
                row(2, "2024-01-01T00:00:00Z", 2.0, "Rome")), i -> i.targetStores(TargetStore.ONLINE_STORE)
                .maxWorkers(2).maxProcesses(2).timeout(Duration.ofMinutes(1)));
        assertThat(m.isDone()).isTrue();
        assertThat(asMap(g.getRecord("2"))).containsEntry("city", "Rome");
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM \"" + q.tableName() + "\"", allocator)) {
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isZero();
        }
        assertThatThrownBy(() -> g.ingest(List.of(), i -> i.maxProcesses(0))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxProcesses");
        assertThatThrownBy(() -> g.ingest(List.of(), i -> i.timeout(Duration.ZERO)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("timeout");
    }

    @Test
    void asHiveDdl_pythonTextCharacterForCharacter() {
        FeatureGroup g = new FeatureGroup("MyGroup", session);
        g.featureDefinitions(List.of(FeatureDefinition.fractional("feature1"), FeatureDefinition.integral("feature2"),
                FeatureDefinition.string("feature3")));
        g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("feature2").eventTimeFeatureName("feature3"));
        String resolved = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri();
        String ddl = "CREATE EXTERNAL TABLE IF NOT EXISTS %s.%s (\n"
                + "  feature1 FLOAT\n"
                + "  feature2 INT\n"
                + "  feature3 STRING\n"
                + "  write_time TIMESTAMP\n"
                + "  event_time TIMESTAMP\n"
                + "  is_deleted BOOLEAN\n"
                + ")\n"
                + "ROW FORMAT SERDE 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe'\n"
                + "  STORED AS\n"
                + "  INPUTFORMAT 'parquet.hive.DeprecatedParquetInputFormat'\n"
                + "  OUTPUTFORMAT 'parquet.hive.DeprecatedParquetOutputFormat'\n"
                + "LOCATION '" + resolved + "'";
        assertThat(g.asHiveDdl()).isEqualTo(ddl.formatted("sagemaker_featurestore", "MyGroup"));
        assertThat(g.asHiveDdl("MyDatabase", "MyTable")).isEqualTo(ddl.formatted("MyDatabase", "MyTable"));
    }

    @Test
    void featureStore_searchListAndDatasetOptions_byName() {
        customers(session, "customers", null).putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "Oslo"));
        FeatureGroup orders = handle("orders");
        orders.create(c -> ok(c).description("orders by city"));
        FeatureStore fs = new FeatureStore(session);

        assertThat(fs.search(ResourceType.FEATURE_GROUP, s -> s.filters(List.of(Filter.builder()
                .name("Description").operator(Operator.CONTAINS).value("city").build()))
                .operator(BooleanOperator.AND)).results()).hasSize(2);
        assertThat(fs.search(ResourceType.FEATURE_GROUP).results()).hasSize(2);
        assertThat(fs.listFeatureGroups(l -> l.sortBy("Name").sortOrder("Ascending").maxResults(1))
                .featureGroupSummaries()).extracting(s -> s.featureGroupName()).containsExactly("customers");
        assertThat(fs.listFeatureGroups().featureGroupSummaries()).hasSize(2);
        FeatureStore.ListFeatureGroupsOptions named = FeatureStore.ListFeatureGroupsOptions.builder()
                .nameContains("ORD").featureGroupStatusEquals("Created").build();
        assertThat(fs.listFeatureGroups(named).featureGroupSummaries()).extracting(s -> s.featureGroupName())
                .containsExactly("orders");
        assertThat(named.toBuilder().build()).isEqualTo(named).hasSameHashCodeAs(named);
        assertThat(named.toString()).contains("ORD");
        assertThatThrownBy(() -> fs.listFeatureGroups(l -> l.maxResults(101))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("maxResults");
        assertThatThrownBy(() -> fs.search(ResourceType.FEATURE_GROUP, s -> s.maxResults(0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("maxResults");

        try (VectorSchemaRoot base = VectorSchemaRoot.create(new org.apache.arrow.vector.types.pojo.Schema(List.of(
                org.apache.arrow.vector.types.pojo.Field.nullable("customer_id",
                        new org.apache.arrow.vector.types.pojo.ArrowType.Int(64, true)),
                org.apache.arrow.vector.types.pojo.Field.nullable("ts",
                        org.apache.arrow.vector.types.pojo.ArrowType.Utf8.INSTANCE),
                org.apache.arrow.vector.types.pojo.Field.nullable("label",
                        new org.apache.arrow.vector.types.pojo.ArrowType.Int(64, true)))), allocator)) {
            assertThatThrownBy(() -> fs.createDataset(base, "s3://bucket/ds", d -> d.recordIdentifierFeatureName(
                    "customer_id"))).isInstanceOf(ValidationException.class)
                    .extracting(t -> ((ValidationException) t).field()).isEqualTo("eventTimeIdentifierFeatureName");
            assertThatThrownBy(() -> fs.createDataset(base, "s3://bucket/ds", d -> d.recordIdentifierFeatureName(
                    "customer_id").eventTimeIdentifierFeatureName("ts").kmsKeyId("bad key")))
                    .isInstanceOf(ValidationException.class).extracting(t -> ((ValidationException) t).field())
                    .isEqualTo("kmsKeyId");
            base.allocateNew();
            for (int i = 0; i < 3; i++) {
                ((BigIntVector) base.getVector("customer_id")).setSafe(i, 1);
                ((BigIntVector) base.getVector("label")).setSafe(i, i);
                ((VarCharVector) base.getVector("ts")).setSafe(i, ("2024-02-0" + (i + 1) + "T00:00:00Z")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            base.setRowCount(3);
            FeatureGroup customers = new FeatureGroup("customers", session);
            try (VectorSchemaRoot all = fs.createDataset(base, "s3://bucket/ds", d -> d
                            .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts")
                            .includedFeatureNames(List.of("customer_id")).kmsKeyId("alias/datasets"))
                    .withFeatureGroup(customers, null, List.of("city")).pointInTimeAccurateJoin().toArrow(allocator);
                 VectorSchemaRoot two = fs.createDataset(base, "s3://bucket/ds", d -> d
                                 .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                         .withFeatureGroup(customers, null, List.of("city")).pointInTimeAccurateJoin()
                         .withNumberOfRecordsFromQueryResults(2).toArrow(allocator)) {
                assertThat(all.getRowCount()).isEqualTo(3);
                assertThat(all.getSchema().getFields()).extracting(f -> f.getName())
                        .containsExactly("customer_id", "ts", "city");
                assertThat(two.getRowCount()).isEqualTo(2);
                assertThat(two.getSchema().getFields()).extracting(f -> f.getName()).contains("label");
            }
        }
    }

    @Test
    void featureDefinition_collectionTypes_sentAsPythonToDictAndRefusedLocally() {
        var vector = FeatureDefinition.vector("embedding", FeatureType.FRACTIONAL, 4).toSdk();
        assertThat(vector.collectionTypeAsString()).isEqualTo("Vector");
        assertThat(vector.collectionConfig().vectorConfig().dimension()).isEqualTo(4);
        var list = FeatureDefinition.of("tags", FeatureType.STRING,
                software.amazon.awssdk.services.sagemaker.model.CollectionType.LIST);
        assertThat(list.toSdk().collectionTypeAsString()).isEqualTo("List");
        assertThat(list.toSdk().collectionConfig()).isNull();
        assertThat(list).isNotEqualTo(FeatureDefinition.string("tags")).hasToString("tags:String:List");
        assertThatThrownBy(() -> FeatureDefinition.vector("v", FeatureType.FRACTIONAL, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("dimension");

        FeatureGroup g = new FeatureGroup("vectors", session);
        g.featureDefinitions(List.of(FeatureDefinition.string("id"), FeatureDefinition.string("t"),
                FeatureDefinition.vector("embedding", FeatureType.FRACTIONAL, 4)));
        assertThatThrownBy(() -> g.create(c -> c.recordIdentifierName("id").eventTimeFeatureName("t")
                .enableOnlineStore(true).onlineStoreStorageType(StorageType.IN_MEMORY)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not supported by the local feature store");
        FeatureGroup empty = new FeatureGroup("empty", session);
        assertThatThrownBy(() -> empty.create("s3://bucket/fs", "id", "t")).isInstanceOf(ValidationException.class)
                .extracting(t -> ((ValidationException) t).field()).isEqualTo("featureDefinitions");
    }

    @Test
    void featureDefinitions_constructorArgument_createsTheGroupWithThem() {
        // Python: FeatureGroup(name="ctor", sagemaker_session=session, feature_definitions=[...])
        List<FeatureDefinition> defs = List.of(FeatureDefinition.integral("customer_id"),
                FeatureDefinition.string("event_time"), FeatureDefinition.fractional("spend"));
        FeatureGroup g = new FeatureGroup("ctor", session, defs);
        assertThat(g.featureDefinitions()).isEqualTo(defs);

        g.create("s3://bucket/fs", "customer_id", "event_time");

        assertThat(g.describe().featureDefinitions()).extracting(
                software.amazon.awssdk.services.sagemaker.model.FeatureDefinition::featureName)
                .containsExactly("customer_id", "event_time", "spend");
        assertThat(new FeatureGroup("none", session, null).featureDefinitions()).isEmpty();
    }

    @Test
    void featureDefinition_toRequest_isPythonsToDict() {
        // Python: FeatureDefinition("spend", FeatureTypeEnum.FRACTIONAL).to_dict()
        //   == {"FeatureName": "spend", "FeatureType": "Fractional"}
        assertThat(FeatureDefinition.fractional("spend").toRequest()).isEqualTo(
                software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder().featureName("spend")
                        .featureType("Fractional").build());
        // FeatureDefinition("embedding", FRACTIONAL, VectorCollectionType(4)).to_dict() == {..., "CollectionType":
        //   "Vector", "CollectionConfig": {"VectorConfig": {"Dimension": 4}}}
        assertThat(FeatureDefinition.vector("embedding", FeatureType.FRACTIONAL, 4).toRequest()).isEqualTo(
                software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder().featureName("embedding")
                        .featureType("Fractional").collectionType("Vector")
                        .collectionConfig(c -> c.vectorConfig(v -> v.dimension(4))).build());
        // ListCollectionType: no CollectionConfig (None is left out of the dict)
        assertThat(FeatureDefinition.of("tags", FeatureType.STRING,
                software.amazon.awssdk.services.sagemaker.model.CollectionType.LIST).toRequest()).isEqualTo(
                software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder().featureName("tags")
                        .featureType("String").collectionType("List").build());
    }

    @Test
    void loadFeatureDefinitions_inMemoryListColumn_listCollectionOfElementType() {
        var schema = new org.apache.arrow.vector.types.pojo.Schema(List.of(
                org.apache.arrow.vector.types.pojo.Field.nullable("id",
                        org.apache.arrow.vector.types.pojo.ArrowType.Utf8.INSTANCE),
                new org.apache.arrow.vector.types.pojo.Field("scores",
                        org.apache.arrow.vector.types.pojo.FieldType.nullable(
                                org.apache.arrow.vector.types.pojo.ArrowType.List.INSTANCE),
                        List.of(org.apache.arrow.vector.types.pojo.Field.nullable("item",
                                new org.apache.arrow.vector.types.pojo.ArrowType.FloatingPoint(
                                        org.apache.arrow.vector.types.FloatingPointPrecision.DOUBLE))))));
        try (VectorSchemaRoot table = VectorSchemaRoot.create(schema, allocator)) {
            FeatureGroup g = new FeatureGroup("g", session);
            assertThat(g.loadFeatureDefinitions(table, StorageType.IN_MEMORY)).containsExactly(
                    FeatureDefinition.string("id"), FeatureDefinition.of("scores", FeatureType.FRACTIONAL,
                            software.amazon.awssdk.services.sagemaker.model.CollectionType.LIST));
            assertThat(g.featureDefinitions()).hasSize(2);
            // Standard: as before, a list column has no feature type
            assertThatThrownBy(() -> g.loadFeatureDefinitions(table, StorageType.STANDARD))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("scores");
        }
    }
}
