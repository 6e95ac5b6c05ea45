/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupStatus;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;
import software.amazon.awssdk.services.sagemaker.model.TtlDuration;
import software.amazon.awssdk.services.sagemaker.model.TtlDurationUnit;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordIdentifier;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.ExpirationTimeResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordResponse;

class FeatureGroupTest {
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

    static FeatureGroup customers(Session session, String name, TtlDuration ttl) {
        FeatureGroup g = new FeatureGroup(name, session);
        g.featureDefinitions(List.of(FeatureDefinition.integral("customer_id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.fractional("spend"), FeatureDefinition.string("city")));
        g.create(FeatureGroup.CreateOptions.builder().s3Uri("s3://bucket/fs").recordIdentifierName("customer_id")
                .eventTimeFeatureName("event_time").enableOnlineStore(true).ttlDuration(ttl)
                .description("customer spend by city").build());
        return g;
    }

    static Map<String, Object> row(long id, String time, Double spend, String city) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("customer_id", id);
        m.put("event_time", time);
        m.put("spend", spend);
        m.put("city", city);
        return m;
    }

    /** A record that must exist, as a map. */
    static Map<String, String> asMap(java.util.Optional<List<FeatureValue>> record) {
        assertThat(record).as("the record exists").isPresent();
        return asMap(record.orElseThrow());
    }

    static Map<String, String> asMap(List<FeatureValue> record) {
        Map<String, String> m = new LinkedHashMap<>();
        record.forEach(v -> m.put(v.featureName(), v.valueAsString()));
        return m;
    }

    @Test
    void loadFeatureDefinitions_arrowSchema_infersPythonTypes() {
        Schema schema = new Schema(List.of(
                new Field("a", FieldType.nullable(new ArrowType.Int(32, true)), null),
                new Field("b", FieldType.nullable(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE)), null),
                new Field("c", FieldType.nullable(ArrowType.Utf8.INSTANCE), null)));
        List<FeatureDefinition> defs = new FeatureGroup("g", session).loadFeatureDefinitions(schema);
        assertThat(defs).containsExactly(FeatureDefinition.of("a", FeatureType.INTEGRAL),
                FeatureDefinition.of("b", FeatureType.FRACTIONAL), FeatureDefinition.of("c", FeatureType.STRING));
    }

    @Test
    void loadFeatureDefinitions_dateColumn_errorNamesColumn() {
        Schema schema = new Schema(List.of(new Field("when", FieldType.nullable(new ArrowType.Date(DateUnit.DAY)),
                null)));
        assertThatThrownBy(() -> new FeatureGroup("g", session).loadFeatureDefinitions(schema))
                .isInstanceOf(ValidationException.class).hasMessageContaining("when");
    }

    @Test
    void create_describe_delete_roundTrip() {
        FeatureGroup g = customers(session, "customers", null);
        var d = g.describe();
        assertThat(d.featureGroupStatus()).isEqualTo(FeatureGroupStatus.CREATED);
        assertThat(d.recordIdentifierFeatureName()).isEqualTo("customer_id");
        assertThat(d.offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri())
                .matches("s3://bucket/fs/000000000000/sagemaker/[a-z0-9-]+/offline-store/customers-\\d+/data");
        assertThatThrownBy(() -> customers(session, "customers", null)).isInstanceOf(ResourceInUseException.class);
        g.delete();
        assertThatThrownBy(g::describe).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void create_reservedName_rejectedNamingFeature() {
        FeatureGroup g = new FeatureGroup("bad", session);
        g.featureDefinitions(List.of(FeatureDefinition.string("id"), FeatureDefinition.string("t"),
                FeatureDefinition.integral("write_time")));
        assertThatThrownBy(() -> g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("id")
                .eventTimeFeatureName("t").enableOnlineStore(true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("write_time");
    }

    @Test
    void create_integralEventTime_rejected() {
        FeatureGroup g = new FeatureGroup("bad", session);
        g.featureDefinitions(List.of(FeatureDefinition.string("id"), FeatureDefinition.integral("t")));
        assertThatThrownBy(() -> g.create(c -> c.recordIdentifierName("id")
                .eventTimeFeatureName("t").enableOnlineStore(true)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("t");
    }

    @Test
    void survivesReopen_groupAndRecords() {
        customers(session, "customers", null).putRecord(row(1, "2024-01-01T00:00:00Z", 1.5, "Oslo"));
        session.close();
        session = Session.local(root);
        assertThat(asMap(new FeatureGroup("customers", session).getRecord("1"))).containsEntry("spend", "1.5");
    }

    @Test
    void putRecord_newestEventTimeWinsOnline() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-01-02T00:00:00Z", 2.0, "Oslo"));
        g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "Rome"));
        assertThat(asMap(g.getRecord("1"))).containsEntry("spend", "2.0").containsEntry("city", "Oslo");
        g.putRecord(row(1, "2024-01-03T00:00:00.500Z", 3.0, null));
        assertThat(asMap(g.getRecord("1"))).containsEntry("spend", "3.0").doesNotContainKey("city");
        assertThat(asMap(g.getRecord("1", List.of("spend")))).containsOnlyKeys("spend");
        assertThat(g.getRecord("2")).isEmpty();
    }

    @Test
    void putRecord_badInput_typedErrorsNamingFeatureAndNothingWritten() {
        FeatureGroup g = customers(session, "customers", null);
        Map<String, Object> badType = row(1, "2024-01-01T00:00:00Z", null, null);
        badType.put("spend", "abc");
        assertThatThrownBy(() -> g.putRecord(badType)).isInstanceOf(ValidationException.class).hasMessageContaining("spend").hasMessageContaining("abc");
        Map<String, Object> unknown = row(1, "2024-01-01T00:00:00Z", 1.0, null);
        unknown.put("colour", "red");
        assertThatThrownBy(() -> g.putRecord(unknown)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("colour");
        assertThatThrownBy(() -> g.putRecord(row(1, "yesterday", 1.0, null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("event_time").hasMessageContaining("yesterday");
        Map<String, Object> noId = row(1, "2024-01-01T00:00:00Z", 1.0, null);
        noId.remove("customer_id");
        assertThatThrownBy(() -> g.putRecord(noId)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("customer_id");
        assertThatThrownBy(() -> g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "x".repeat(400_000))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("city");
        assertThat(g.getRecord("1")).isEmpty();
        assertThatThrownBy(() -> new FeatureGroup("nope", session).putRecord(row(1, "2024-01-01T00:00:00Z", 1.0,
                null))).isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("nope");
    }

    @Test
    void putRecord_recordOver350KBInUtf8ButNotInCharacters_isRejected() {
        FeatureGroup g = customers(session, "customers", null);
        String twoByteChars = "\u00e9".repeat(340_000);
        assertThatThrownBy(() -> g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, twoByteChars)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("350 KB")
                .hasMessageContaining("680");
        assertThat(g.getRecord("1")).isEmpty();
        g.putRecord(row(2, "2024-01-01T00:00:00Z", 1.0, "\u00e9".repeat(170_000)));
        assertThat(asMap(g.getRecord("2")).get("city")).hasSize(170_000);
    }

    @Test
    void putRecord_loneSurrogate_isValidationExceptionNamingTheFeature() {
        FeatureGroup g = customers(session, "customers", null);
        assertThatThrownBy(() -> g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "Os" + (char) 0xD800 + "lo")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("city")
                .hasMessageContaining("\\uD800").satisfies(e -> assertThat(((ValidationException) e).field())
                        .isEqualTo("city"));
        FeatureGroup s = new FeatureGroup("strings", session);
        s.featureDefinitions(List.of(FeatureDefinition.string("id"), FeatureDefinition.string("t")));
        s.create(c -> c.recordIdentifierName("id").eventTimeFeatureName("t").enableOnlineStore(true));
        assertThatThrownBy(() -> s.putRecord(Map.of("id", "a" + (char) 0xDC00, "t", "2024-01-01T00:00:00Z")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("id");
        assertThat(s.getRecord("a?")).isEmpty();
        g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "Oslo \uD83D\uDE00"));
        assertThat(asMap(g.getRecord("1"))).containsEntry("city", "Oslo \uD83D\uDE00");
    }

    @Test
    void putRecord_integralWithSpaces_isRejectedAsTheServiceDoes() {
        FeatureGroup g = customers(session, "customers", null);
        Map<String, Object> spaced = row(1, "2024-01-01T00:00:00Z", 1.0, null);
        spaced.put("customer_id", " 7 ");
        assertThatThrownBy(() -> g.putRecord(spaced)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("customer_id").hasMessageContaining("' 7 '");
        assertThat(g.getRecord(" 7 ")).isEmpty();
        assertThat(g.getRecord("7")).isEmpty();
        spaced.put("customer_id", "7");
        g.putRecord(spaced);
        assertThat(asMap(g.getRecord("7"))).containsEntry("customer_id", "7");
    }

    @Test
    void putRecord_featureNameWithByteOrderMark_messageShowsTheMarkVisibly() {
        FeatureGroup g = customers(session, "customers", null);
        Map<String, Object> fromCsv = row(1, "2024-01-01T00:00:00Z", 1.0, null);
        fromCsv.remove("customer_id");
        fromCsv.put((char) 0xFEFF + "customer_id", 1L);
        assertThatThrownBy(() -> g.putRecord(fromCsv)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("\\uFEFFcustomer_id")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(String.valueOf((char) 0xFEFF)));
    }

    @Test
    void putRecord_fractionalEventTime_acceptsEpochSeconds() {
        FeatureGroup g = new FeatureGroup("events", session);
        g.featureDefinitions(List.of(FeatureDefinition.string("id"), FeatureDefinition.fractional("ts")));
        g.create(c -> c.recordIdentifierName("id").eventTimeFeatureName("ts").enableOnlineStore(true));
        g.putRecord(Map.of("id", "a", "ts", 1700000000.25));
        g.putRecord(Map.of("id", "a", "ts", 1700000000.125));
        assertThat(asMap(g.getRecord("a"))).containsEntry("ts", "1.70000000025E9");
        assertThatThrownBy(() -> g.putRecord(Map.of("id", "a", "ts", "2024-01-01T00:00:00Z")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ts");
    }

    @Test
    void deleteRecord_softAndHard_asTheServiceDocumentsThem() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-01-02T00:00:00Z", 2.0, "Oslo"));
        g.putRecord(row(2, "2024-01-02T00:00:00Z", 5.0, "Rome"));
        g.putRecord(row(3, "2024-01-02T00:00:00Z", 7.0, "Lima"));

        // a SoftDelete older than the record leaves it online, and still marks it deleted offline
        g.deleteRecord("1", "2024-01-01T00:00:00Z", DeletionMode.SOFT_DELETE);
        assertThat(asMap(g.getRecord("1"))).containsEntry("spend", "2.0");
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS d FROM \"" + q.tableName() + "\" WHERE is_deleted"
                + " AND customer_id = 1", allocator)) {
            assertThat(((org.apache.arrow.vector.BigIntVector) r.getVector("d")).get(0)).isEqualTo(1);
        }
        // a newer SoftDelete: GetRecord and BatchGetRecord no longer return the record
        g.deleteRecord("1", "2024-01-03T00:00:00Z", DeletionMode.SOFT_DELETE);
        assertThat(g.getRecord("1")).isEmpty();
        assertThat(new FeatureStore(session).batchGetRecord(List.of(
                BatchGetRecordIdentifier.builder().featureGroupName("customers")
                        .recordIdentifiersValueAsString("1", "2").build())).records())
                .extracting(d -> d.recordIdentifierValueAsString()).containsExactly("2");
        // an older put after it is still older than the delete; a newer one brings the record back
        g.putRecord(row(1, "2024-01-02T12:00:00Z", 9.0, "Oslo"));
        assertThat(g.getRecord("1")).isEmpty();
        g.putRecord(row(1, "2024-01-04T00:00:00Z", 4.0, "Oslo"));
        assertThat(asMap(g.getRecord("1"))).containsEntry("spend", "4.0");
        // a HardDelete older than the record is refused; a newer one removes it
        assertThatThrownBy(() -> g.deleteRecord("2", "2024-01-01T00:00:00Z", DeletionMode.HARD_DELETE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("EventTime");
        assertThat(asMap(g.getRecord("2"))).containsEntry("spend", "5.0");
        g.deleteRecord("2", "2024-01-03T00:00:00Z", DeletionMode.HARD_DELETE);
        assertThat(g.getRecord("2")).isEmpty();
    }

    @Test
    void ingest_sameIdAndEventTimeTwiceInOneBatch_laterRowWinsOnlineAndOffline() {
        FeatureGroup g = customers(session, "customers", null);
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(row(i, "2024-01-02T00:00:00Z", 1.0, "first"));
        }
        for (int i = 0; i < 300; i++) {
            rows.add(row(i, "2024-01-02T00:00:00Z", 2.0, "second"));
        }
        g.ingest(rows);

        for (int i = 0; i < 300; i += 37) {
            assertThat(asMap(g.getRecord(Integer.toString(i)))).containsEntry("city", "second");
        }
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM (SELECT customer_id, arg_max(city,"
                + " api_invocation_time) AS city, count(DISTINCT api_invocation_time) AS times FROM \""
                + q.tableName() + "\" GROUP BY customer_id) WHERE city = 'second' AND times = 2", allocator)) {
            assertThat(((org.apache.arrow.vector.BigIntVector) r.getVector("n")).get(0)).isEqualTo(300);
        }
    }

    @Test
    void ttl_groupAndRecord_expiresAtAndEnforcedOnRead() throws Exception {
        FeatureGroup g = customers(session, "customers",
                TtlDuration.builder().unit(TtlDurationUnit.WEEKS).value(1).build());
        String now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        g.putRecord(row(1, now, 1.0, null));
        GetRecordResponse r = session.featureStoreRuntimeApi().getRecord(GetRecordRequest.builder()
                .featureGroupName("customers").recordIdentifierValueAsString("1")
                .expirationTimeResponse(ExpirationTimeResponse.ENABLED).build());
        assertThat(Instant.parse(r.expiresAt())).isEqualTo(Instant.parse(now).plus(Duration.ofDays(7)));
        g.putRecord(GroupRecords.values(row(2, Instant.now().toString(), 1.0, null)),
                p -> p.ttlDuration(software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.TtlDuration
                        .builder().unit("Seconds").value(1).build()));
        assertThat(g.getRecord("2")).isNotEmpty();
        Thread.sleep(1100);
        assertThat(g.getRecord("2")).isEmpty();
        assertThat(g.getRecord("1")).isNotEmpty();
        g.putRecord(row(3, Instant.now().minus(Duration.ofDays(8)).toString(), 1.0, null));
        assertThat(g.getRecord("3")).isEmpty();
    }

    @Test
    void creatingGroup_writesRejectedUntilCreated() {
        try (Session slow = Session.builder().backend("local").root(root.resolve("slow"))
                .property(LocalFeatureStore.CREATION_DELAY, "PT0.3S").build()) {
            FeatureGroup g = customers(slow, "customers", null);
            assertThat(g.describe().featureGroupStatus()).isEqualTo(FeatureGroupStatus.CREATING);
            assertThatThrownBy(() -> g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, null)))
                    .isInstanceOf(ResourceInUseException.class).hasMessageContaining("Creating");
            g.waitForCreation(Duration.ofSeconds(10));
            g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, null));
            assertThat(g.getRecord("1")).isNotEmpty();
        }
    }

    @Test
    void featureStore_listSearchBatchGet() {
        FeatureGroup a = customers(session, "customers-a", null);
        customers(session, "orders", null);
        a.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, null));
        a.putRecord(row(2, "2024-01-01T00:00:00Z", 2.0, null));
        FeatureStore fs = new FeatureStore(session);
        assertThat(fs.listFeatureGroups("cust").featureGroupSummaries()).extracting(s -> s.featureGroupName())
                .containsExactly("customers-a");
        assertThat(fs.search("Description", "SPEND").results()).hasSize(2);
        assertThat(fs.search("FeatureGroupName", "ord").results()).extracting(r -> r.featureGroup().featureGroupName())
                .containsExactly("orders");
        BatchGetRecordResponse r = fs.batchGetRecord(List.of(
                BatchGetRecordIdentifier.builder().featureGroupName("customers-a")
                        .recordIdentifiersValueAsString("1", "2", "3").featureNames("spend").build(),
                BatchGetRecordIdentifier.builder().featureGroupName("missing")
                        .recordIdentifiersValueAsString("1").build()));
        assertThat(r.records()).extracting(d -> d.recordIdentifierValueAsString()).containsExactly("1", "2");
        assertThat(r.records().get(1).record()).extracting(FeatureValue::valueAsString).containsExactly("2.0");
        assertThat(r.errors()).extracting(e -> e.errorCode()).containsExactly("ResourceNotFound");
    }

    @Test
    void listFeatureGroups_badTokenOrPageSize_isValidationExceptionNamingIt() {
        customers(session, "customers", null);
        var list = software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest.builder();
        assertThatThrownBy(() -> session.api(FeatureGroupsApi.CAPABILITY).listFeatureGroups(list.nextToken("x").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("NextToken");
        assertThatThrownBy(() -> session.api(FeatureGroupsApi.CAPABILITY).listFeatureGroups(list.nextToken("-5").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("NextToken");
        assertThatThrownBy(() -> session.api(FeatureGroupsApi.CAPABILITY).listFeatureGroups(list.nextToken(null).maxResults(0).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MaxResults");
        assertThat(session.api(FeatureGroupsApi.CAPABILITY).listFeatureGroups(list.maxResults(1).build()).featureGroupSummaries())
                .hasSize(1);
    }

    /** Record helpers. */
    static final class GroupRecords {
        static List<FeatureValue> values(Map<String, Object> row) {
            return FeatureGroup.toFeatureValues(row);
        }
    }
}
