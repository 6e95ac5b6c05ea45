/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;

/**
 * {@link DatasetBuilder} on the {@code sagemaker} backend builds its dataset with Amazon Athena, as the Python
 * SDK does, and means what it means on the local backend: the same builder over the same groups gives the same
 * rows through Athena's requests (a stand-in that runs the SQL in DuckDB, {@link AthenaStandIn}) as in-process.
 * SageMaker's and S3's APIs come from LocalApiServer over the local session that holds the groups.
 */
class AthenaDatasetTest {
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("test-access", "test-secret"));
    private static final String OUT = "s3://results/datasets";

    @TempDir
    Path tmp;
    private Session local;
    private EndpointServer api;
    private AthenaStandIn athena;
    private Session remote;
    private BufferAllocator allocator;
    private Instant betweenWrites;

    @BeforeEach
    void start() throws Exception {
        local = Session.local(tmp.resolve("store"));
        allocator = new RootAllocator();
        FeatureGroup customers = new FeatureGroup("customers", local);
        customers.featureDefinitions(List.of(FeatureDefinition.integral("customer_id"), FeatureDefinition.string("ts"),
                FeatureDefinition.fractional("spend"), FeatureDefinition.string("city")));
        customers.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("customer_id")
                .eventTimeFeatureName("ts").enableOnlineStore(true));
        FeatureGroup orders = new FeatureGroup("orders", local);
        orders.featureDefinitions(List.of(FeatureDefinition.string("buyer"), FeatureDefinition.fractional("at"),
                FeatureDefinition.fractional("amount"), FeatureDefinition.string("city")));
        orders.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("buyer")
                .eventTimeFeatureName("at").enableOnlineStore(true));
        for (long id = 1; id <= 4; id++) {
            for (int h = 8; h <= 14; h += 3) {
                customers.putRecord(Map.of("customer_id", id, "ts", iso(h), "spend", id * 10.0 + h,
                        "city", "c" + id + "-" + h));
                orders.putRecord(Map.of("buyer", Long.toString(id), "at", epoch(h) + 0.5, "amount", id * 100.0 + h,
                        "city", "o" + id));
            }
        }
        Thread.sleep(20);
        betweenWrites = Instant.now();
        Thread.sleep(20);
        // the same record and event time written twice: the later write wins; and a delete of customer 3 at 11:00
        customers.putRecord(Map.of("customer_id", 2L, "ts", iso(11), "spend", 999.0, "city", "rewritten"));
        customers.deleteRecord("3", iso(11), DeletionMode.SOFT_DELETE);
        orders.putRecord(Map.of("buyer", "1", "at", epoch(15), "amount", 1.5, "city", "late"));

        local.objectStore().ensureBucket("results");
        api = LocalApiServer.start(local, 0);
        athena = new AthenaStandIn(local, List.of("customers", "orders"));
        URI url = URI.create(api.url());
        remote = Session.builder().backend("sagemaker").region("us-east-1").credentialsProvider(CREDENTIALS)
                .endpointOverride("sagemaker", url).endpointOverride("s3", url).s3PathStyle(true)
                .endpointOverride("athena", athena.url()).property("accountId", "000000000000")
                .root(tmp.resolve("client")).build();
    }

    @AfterEach
    void stop() throws Exception {
        if (remote != null) {
            remote.close();
        }
        if (athena != null) {
            athena.close();
        }
        if (api != null) {
            api.close();
        }
        local.close();
        allocator.close();
    }

    private static String iso(int hour) {
        return String.format("2026-03-01T%02d:00:00Z", hour);
    }

    private static double epoch(int hour) {
        return Instant.parse(iso(hour)).getEpochSecond();
    }

    /** Base rows: a customer id (as an integer and as text), an ISO event time, and a label. */
    private VectorSchemaRoot base() {
        long[] ids = {1, 1, 2, 2, 3, 3, 4, 5, 1};
        int[] minutes = {7 * 60, 9 * 60, 11 * 60, 13 * 60 + 30, 10 * 60, 12 * 60, 23 * 60, 12 * 60, 15 * 60 + 1};
        BigIntVector id = new BigIntVector("customer_id", allocator);
        VarCharVector buyer = new VarCharVector("buyer", allocator);
        VarCharVector ts = new VarCharVector("ts", allocator);
        Float8Vector label = new Float8Vector("label", allocator);
        for (int i = 0; i < ids.length; i++) {
            id.setSafe(i, ids[i]);
            buyer.setSafe(i, Long.toString(ids[i]).getBytes());
            ts.setSafe(i, String.format("2026-03-01T%02d:%02d:00Z", minutes[i] / 60, minutes[i] % 60).getBytes());
            label.setSafe(i, i % 2);
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.<FieldVector>of(id, buyer, ts, label));
        root.setRowCount(ids.length);
        return root;
    }

    /** The same builder on both sessions: the rows as text, in the dataset's order. */
    private void sameOnBoth(boolean ordered, UnaryOperator<DatasetBuilder> options, boolean tableBase) {
        List<List<String>> in = rows(local, options, tableBase);
        List<List<String>> out = rows(remote, options, tableBase);
        assertThat(in).isNotEmpty();
        if (ordered) {
            assertThat(out).isEqualTo(in);
        } else {
            Comparator<List<String>> byText = Comparator.comparing(Object::toString);
            assertThat(out.stream().sorted(byText).toList()).isEqualTo(in.stream().sorted(byText).toList());
        }
    }

    private List<List<String>> rows(Session session, UnaryOperator<DatasetBuilder> options, boolean tableBase) {
        FeatureStore fs = new FeatureStore(session);
        try (VectorSchemaRoot b = base()) {
            DatasetBuilder builder = tableBase ? fs.createDataset(b, OUT, d -> d
                    .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                    : fs.createDataset(new FeatureGroup("customers", session), OUT);
            try (VectorSchemaRoot r = options.apply(builder).toArrow(allocator)) {
                List<List<String>> rows = new ArrayList<>();
                List<String> header = new ArrayList<>();
                r.getFieldVectors().forEach(v -> header.add(v.getName()));
                rows.add(header);
                for (int i = 0; i < r.getRowCount(); i++) {
                    List<String> row = new ArrayList<>();
                    for (FieldVector v : r.getFieldVectors()) {
                        Object o = v.getObject(i);
                        row.add(o == null ? null : o instanceof Number n && !(o instanceof Double)
                                ? Long.toString(n.longValue()) : o.toString());
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Both groups: customers on the integer id (two of its features), orders on the text id (all of them). */
    private DatasetBuilder joinBoth(DatasetBuilder b) {
        return b.withFeatureGroup(new FeatureGroup("customers", b.session()), "customer_id", List.of("spend", "city"))
                .withFeatureGroup(new FeatureGroup("orders", b.session()), "buyer", null);
    }

    @Test
    void pointInTimeJoin_ofTwoGroups_onAthena_isTheLocalDataset_rowForRow() {
        sameOnBoth(true, b -> joinBoth(b).pointInTimeAccurateJoin(), true);
    }

    @Test
    void pointInTimeJoin_withTtl_nullsTheSameStaleRows() {
        sameOnBoth(true, b -> joinBoth(b).pointInTimeAccurateJoin().withTtl(Duration.ofMinutes(90)), true);
    }

    @Test
    void plainJoin_fansOutTheSameRows() {
        sameOnBoth(false, this::joinBoth, true);
    }

    @Test
    void cleaningOptions_deletedDuplicatedAsOfRangeRecent_giveTheSameRows() {
        sameOnBoth(false, b -> joinBoth(b).includeDeletedRecords(), true);
        sameOnBoth(false, b -> joinBoth(b).includeDuplicatedRecords(), true);
        sameOnBoth(false, b -> joinBoth(b).includeDeletedRecords().includeDuplicatedRecords(), true);
        sameOnBoth(true, b -> joinBoth(b).pointInTimeAccurateJoin().asOf(betweenWrites), true);
        sameOnBoth(true, b -> joinBoth(b).pointInTimeAccurateJoin()
                .withEventTimeRange(Instant.parse(iso(9)), Instant.parse(iso(13))), true);
        sameOnBoth(false, b -> joinBoth(b).withNumberOfRecentRecordsByRecordIdentifier(1), true);
    }

    @Test
    void featureGroupBase_joinedPointInTimeAndPlain_givesTheSameRows() {
        sameOnBoth(true, b -> b.withFeatureGroup(new FeatureGroup("orders", b.session()), "customer_id",
                List.of("amount")).pointInTimeAccurateJoin(), false);
        sameOnBoth(false, b -> b.withFeatureGroup(new FeatureGroup("orders", b.session()), "customer_id", null), false);
        sameOnBoth(false, b -> b.includedFeatureNames(List.of("spend")).withNumberOfRecentRecordsByRecordIdentifier(2),
                false);
        sameOnBoth(false, b -> b.includeDeletedRecords().includeDuplicatedRecords(), false);
    }

    @Test
    void toCsvFile_onAthena_writesUnderTheOutputPath_andRemovesTheTemporaryTableAndUpload() {
        try (VectorSchemaRoot b = base()) {
            DatasetBuilder.Result result = new FeatureStore(remote).createDataset(b, OUT, d -> d
                    .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(new FeatureGroup("customers", remote), "customer_id", List.of("spend"))
                    .pointInTimeAccurateJoin().toCsvFile();

            assertThat(result.uri()).startsWith(OUT + "/").endsWith(".csv");
            String csv = local.objectStore().getString(result.uri());
            assertThat(csv.lines().findFirst().orElseThrow())
                    .isEqualTo("\"customer_id\",\"buyer\",\"ts\",\"label\",\"spend\"");
            assertThat(csv.lines().count()).isEqualTo(1 + 9);
            assertThat(result.query()).contains("LEFT JOIN g1").contains("row_number() OVER (PARTITION BY j0.__row")
                    .doesNotContain("ASOF").doesNotContain("QUALIFY");
            // as in the Python SDK: upload, CREATE EXTERNAL TABLE over it, the query; then (unlike it) cleaned up
            assertThat(athena.queries).hasSize(3);
            assertThat(athena.queries.get(0)).startsWith("CREATE EXTERNAL TABLE `dataframe_")
                    .contains("OpenCSVSerde").contains("LOCATION '" + OUT + "/temp-");
            assertThat(athena.queries.get(2)).startsWith("DROP TABLE IF EXISTS `dataframe_");
            assertThat(local.objectStore().listAll(OUT + "/").map(o -> o.uri()).toList())
                    .containsExactly(result.uri());
        }
    }

    @Test
    void timestampBase_goesUpAsIsoText_andJoinsAsTheLocalRoadDoes() {
        List<List<String>> both = new ArrayList<>();
        for (Session s : List.of(local, remote)) {
            TimeStampMicroTZVector ts = new TimeStampMicroTZVector("ts", allocator, "UTC");
            BigIntVector id = new BigIntVector("customer_id", allocator);
            int[] hours = {7, 9, 12, 16};
            for (int i = 0; i < hours.length; i++) {
                id.setSafe(i, 1);
                ts.setSafe(i, Instant.parse(iso(hours[i])).getEpochSecond() * 1_000_000L + 250_000);
            }
            VectorSchemaRoot b = new VectorSchemaRoot(List.<FieldVector>of(id, ts));
            b.setRowCount(hours.length);
            try (b; VectorSchemaRoot r = new FeatureStore(s).createDataset(b, OUT, d -> d
                    .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(new FeatureGroup("customers", s), "customer_id", List.of("spend"))
                    .pointInTimeAccurateJoin().toArrow(allocator)) {
                List<String> spend = new ArrayList<>();
                for (int i = 0; i < r.getRowCount(); i++) {
                    Object o = r.getVector("spend").getObject(i);
                    spend.add(o == null ? null : o.toString());
                }
                both.add(spend);
            }
        }
        assertThat(both.get(1)).isEqualTo(both.get(0)).containsExactly(null, "18.0", "21.0", "24.0");
    }

    @Test
    void aFailedAthenaQuery_isAValidationException_andTheTemporaryTableIsStillDropped() throws Exception {
        try (VectorSchemaRoot b = base()) {
            DatasetBuilder builder = new FeatureStore(remote).createDataset(b, OUT, d -> d
                    .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(new FeatureGroup("customers", remote), "customer_id", List.of("spend"))
                    .pointInTimeAccurateJoin();
            // the group's table is gone from Athena's catalog: the query fails there
            athena.forget("customers");
            assertThatThrownBy(builder::toCsvFile).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("FAILED on Athena");
            assertThat(athena.queries.get(athena.queries.size() - 1)).startsWith("DROP TABLE IF EXISTS `dataframe_");
            assertThat(local.objectStore().listAll(OUT + "/").toList()).isEmpty();
        }
    }

    @Test
    void theStandIn_refusesWhatTrinosGrammarRefuses_soDuckDbOnlySqlCannotPass() {
        AthenaQuery q = new FeatureGroup("customers", remote).athenaQuery();
        String table = "\"" + q.tableName() + "\"";
        assertThatThrownBy(() -> q.run("SELECT * FROM " + table + " QUALIFY row_number() OVER () = 1", OUT + "/q/",
                allocator)).isInstanceOf(ValidationException.class).hasMessageContaining("SYNTAX_ERROR");
        // the Python SDK's CROSS_JOIN ("CROSS JOIN fg_0 ON ..."): Trino's grammar refuses it, so sagemaker4j leaves
        // the condition out
        assertThatThrownBy(() -> q.run("SELECT * FROM " + table + " a CROSS JOIN " + table + " b ON a.\"customer_id\""
                + " = b.\"customer_id\"", OUT + "/q/", allocator)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("SYNTAX_ERROR");
        // 12 puts, a rewrite and a delete marker
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM " + table, OUT + "/q/", allocator)) {
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isEqualTo(14);
        }
    }

    @Test
    void athenaQuery_stepwise_onBothRoads_givesTheSameResultAndExecution() {
        List<Long> counts = new ArrayList<>();
        for (Session s : List.of(local, remote)) {
            AthenaQuery fromGroup = new FeatureGroup("customers", s).athenaQuery();
            AthenaQuery q = AthenaQuery.builder().catalog(fromGroup.catalog()).database(fromGroup.database())
                    .tableName(fromGroup.tableName()).session(s).build();
            assertThat(q.tableName()).startsWith("customers_");
            String id = q.run("SELECT count(*) AS n FROM \"" + q.tableName() + "\"", OUT + "/q/");
            q.waitFor();
            var execution = q.getQueryExecution().queryExecution();
            assertThat(execution.queryExecutionId()).isEqualTo(id);
            assertThat(execution.status().stateAsString()).isEqualTo("SUCCEEDED");
            try (VectorSchemaRoot r = q.asDataframe(allocator)) {
                counts.add(((BigIntVector) r.getVector("n")).get(0));
            }
        }
        // 12 puts, a rewrite and a delete marker
        assertThat(counts).containsExactly(14L, 14L);
    }

    @Test
    void athenaQuery_locally_writesTheResultCsvAsAthenaDoes_andAFailureIsReportedByAsDataframe() {
        AthenaQuery q = new FeatureGroup("customers", local).athenaQuery();
        String id = q.run("SELECT customer_id, spend FROM \"" + q.tableName() + "\" WHERE city = 'rewritten'",
                OUT + "/q/");
        var execution = q.getQueryExecution().queryExecution();
        assertThat(execution.resultConfiguration().outputLocation()).isEqualTo(OUT + "/q/" + id + ".csv");
        assertThat(local.objectStore().getString(OUT + "/q/" + id + ".csv"))
                .isEqualTo("customer_id,spend\n2,999.0\n");
        try (VectorSchemaRoot r = q.asDataframe(allocator)) {
            assertThat(r.getRowCount()).isEqualTo(1);
            assertThat(((Float8Vector) r.getVector("spend")).get(0)).isEqualTo(999.0);
        }

        q.run("SELECT nope FROM \"" + q.tableName() + "\"", OUT + "/q/");
        q.waitFor();
        assertThat(q.getQueryExecution().queryExecution().status().stateAsString()).isEqualTo("FAILED");
        assertThatThrownBy(() -> q.asDataframe(allocator)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("FAILED").hasMessageContaining("nope");
    }

    @Test
    void athenaQueryBuilder_locally_withATableNoGroupHas_isAValidationException() {
        assertThatThrownBy(() -> AthenaQuery.builder().tableName("nobody").session(local).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tableName"));
    }

    @Test
    void toDataframe_onBothRoads_givesTheSameRowsAndTheQuery() {
        List<Integer> rows = new ArrayList<>();
        for (Session s : List.of(local, remote)) {
            try (VectorSchemaRoot b = base()) {
                DatasetBuilder d = DatasetBuilder.builder().session(s).base(b).outputPath(OUT)
                        .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts")
                        .kmsKeyId("alias/datasets").build();
                assertThat(d.base()).isSameAs(b);
                assertThat(d.outputPath()).isEqualTo(OUT);
                assertThat(d.recordIdentifierFeatureName()).isEqualTo("customer_id");
                assertThat(d.eventTimeIdentifierFeatureName()).isEqualTo("ts");
                assertThat(d.kmsKeyId()).isEqualTo("alias/datasets");
                assertThat(d.session()).isSameAs(s);
                assertThat(d.eventTimeIdentifierFeatureType()).isNull();
                joinBoth(d).pointInTimeAccurateJoin();
                try (DatasetBuilder.Dataframe r = d.toDataframe(allocator)) {
                    assertThat(r.query()).startsWith(s == local ? "SELECT" : "WITH").contains("JOIN g2");
                    rows.add(r.dataframe().getRowCount());
                }
                // as Python's to_csv_file, building the dataset sets the base's event time type
                assertThat(d.eventTimeIdentifierFeatureType()).isEqualTo(
                        FeatureType.STRING);
            }
        }
        assertThat(rows).containsExactly(9, 9);
    }

    @Test
    void datasetBuilder_onAGroupBase_reportsTheGroupsIdentifiers() {
        FeatureGroup customers = new FeatureGroup("customers", local);
        DatasetBuilder d = DatasetBuilder.builder().session(local).base(customers).outputPath(OUT)
                .includedFeatureNames(List.of("spend")).build();
        assertThat(d.base()).isSameAs(customers);
        assertThat(d.recordIdentifierFeatureName()).isEqualTo("customer_id");
        assertThat(d.eventTimeIdentifierFeatureName()).isEqualTo("ts");
        assertThat(d.includedFeatureNames()).containsExactly("spend");
        assertThatThrownBy(() -> DatasetBuilder.builder().session(local).outputPath(OUT).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("base"));
        assertThatThrownBy(() -> d.withNumberOfRecentRecordsByRecordIdentifier(0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("numberOfRecentRecords"));
    }

    /** Base rows matched to orders by city ("o" + buyer), not by the orders' record identifier. */
    private VectorSchemaRoot townBase() {
        BigIntVector id = new BigIntVector("customer_id", allocator);
        VarCharVector ts = new VarCharVector("ts", allocator);
        VarCharVector town = new VarCharVector("town", allocator);
        String[][] rows = {{"2026-03-01T12:00:00Z", "o2"}, {"2026-03-01T09:00:00Z", "o1"}, {"2026-03-01T07:00:00Z", "o3"}};
        for (int i = 0; i < rows.length; i++) {
            id.setSafe(i, i + 1);
            ts.setSafe(i, rows[i][0].getBytes());
            town.setSafe(i, rows[i][1].getBytes());
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.<FieldVector>of(id, ts, town));
        root.setRowCount(rows.length);
        return root;
    }

    private List<String> amountsByTown(Session s, boolean pointInTime) {
        try (VectorSchemaRoot b = townBase()) {
            DatasetBuilder d = new FeatureStore(s).createDataset(b, OUT, o -> o.recordIdentifierFeatureName("customer_id")
                    .eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(new FeatureGroup("orders", s), w -> w.targetFeatureNameInBase("town")
                            .featureNameInTarget("city").includedFeatureNames(List.of("amount")));
            if (pointInTime) {
                d.pointInTimeAccurateJoin();
            }
            try (VectorSchemaRoot r = d.toArrow(allocator)) {
                List<String> amounts = new ArrayList<>();
                for (int i = 0; i < r.getRowCount(); i++) {
                    Object o = r.getVector("amount").getObject(i);
                    amounts.add(r.getVector("town").getObject(i) + "=" + o);
                }
                return amounts;
            }
        }
    }

    @Test
    void featureNameInTarget_joinsOnThatFeature_onBothRoads() {
        // point in time: each base row's newest order of its city at or before it (none for o3 before 07:00)
        assertThat(amountsByTown(remote, true)).isEqualTo(amountsByTown(local, true))
                .containsExactly("o2=211.0", "o1=108.0", "o3=null");
        // plain: every order of the city (buyer 1's late order is in city "late")
        List<String> plain = amountsByTown(local, false);
        assertThat(amountsByTown(remote, false)).containsExactlyInAnyOrderElementsOf(plain);
        assertThat(plain).containsExactlyInAnyOrder("o2=208.0", "o2=211.0", "o2=214.0", "o1=108.0", "o1=111.0",
                "o1=114.0", "o3=308.0", "o3=311.0", "o3=314.0");
    }

    /** townBase joined to the orders of its town with options: "town=amount" per row, sorted. */
    private List<String> townJoin(Session s, boolean pointInTime,
                                  UnaryOperator<DatasetBuilder.WithFeatureGroupOptions.Builder> options) {
        try (VectorSchemaRoot b = townBase()) {
            DatasetBuilder d = new FeatureStore(s).createDataset(b, OUT, o -> o.recordIdentifierFeatureName("customer_id")
                    .eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(new FeatureGroup("orders", s), w -> options.apply(w.targetFeatureNameInBase("town")
                            .featureNameInTarget("city").includedFeatureNames(List.of("amount"))));
            if (pointInTime) {
                d.pointInTimeAccurateJoin();
            }
            try (VectorSchemaRoot r = d.toArrow(allocator)) {
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < r.getRowCount(); i++) {
                    rows.add(r.getVector("town").getObject(i) + "=" + r.getVector("amount").getObject(i));
                }
                rows.sort(Comparator.naturalOrder());
                return rows;
            }
        }
    }

    @Test
    void joinType_rightFullCross_giveTheSameRowsOnBothRoads() {
        List<String> right = townJoin(local, false, w -> w.joinType(JoinType.RIGHT_JOIN));
        // every order: those of o4 and the late one (city "late") have no base row
        assertThat(right).hasSize(13).contains("null=408.0", "null=411.0", "null=414.0", "null=1.5", "o2=208.0");
        assertThat(townJoin(remote, false, w -> w.joinType(JoinType.RIGHT_JOIN))).isEqualTo(right);
        assertThat(townJoin(local, false, w -> w.joinType(JoinType.FULL_JOIN))).isEqualTo(right)
                .isEqualTo(townJoin(remote, false, w -> w.joinType(JoinType.FULL_JOIN)));
        List<String> inner = townJoin(local, false, w -> w.joinType(JoinType.INNER_JOIN));
        assertThat(inner).hasSize(9).isEqualTo(townJoin(local, false, w -> w))
                .isEqualTo(townJoin(local, false, w -> w.joinType(JoinType.LEFT_JOIN)))
                .isEqualTo(townJoin(remote, false, w -> w.joinType(JoinType.LEFT_JOIN)));
        // every base row with every order, the condition unused
        List<String> cross = townJoin(local, false, w -> w.joinType(JoinType.CROSS_JOIN));
        assertThat(cross).hasSize(3 * 13).contains("o3=1.5", "o1=414.0");
        assertThat(townJoin(remote, false, w -> w.joinType(JoinType.CROSS_JOIN))).isEqualTo(cross);
        assertThat(athena.queries).anyMatch(q -> q.contains(" CROSS JOIN g1)"))
                .anyMatch(q -> q.contains(" RIGHT JOIN g1 ON CAST(j0.\"town\" AS VARCHAR) = CAST(g1.\"city\" AS VARCHAR)"));
    }

    @Test
    void joinComparator_notEqualAndGreaterThan_giveTheSameRowsOnBothRoads() {
        List<String> notEqual = townJoin(local, false, w -> w.joinComparator(JoinComparator.NOT_EQUAL_TO));
        // each town with the 10 orders of the other cities
        assertThat(notEqual).hasSize(3 * 10).doesNotContain("o2=208.0").contains("o2=108.0");
        assertThat(townJoin(remote, false, w -> w.joinComparator(JoinComparator.NOT_EQUAL_TO))).isEqualTo(notEqual);
        // text: "o2" sorts after the cities o1 and "late"
        List<String> greater = townJoin(local, false, w -> w.joinComparator(JoinComparator.GREATER_THAN)
                .joinType(JoinType.LEFT_JOIN));
        assertThat(greater).contains("o2=108.0", "o2=1.5", "o1=1.5").doesNotContain("o1=108.0");
        assertThat(townJoin(remote, false, w -> w.joinComparator(JoinComparator.GREATER_THAN)
                .joinType(JoinType.LEFT_JOIN))).isEqualTo(greater);
    }

    @Test
    void joinComparator_numericColumns_compareAsNumbersNotText() {
        // customer_id (1, 2, 3 by town o2, o1, o3) > amount: only the late order's 1.5, for ids 2 and 3 (as
        // text "2" > "108.0" would match too)
        UnaryOperator<DatasetBuilder.WithFeatureGroupOptions.Builder> byId = w -> w.targetFeatureNameInBase(
                "customer_id").featureNameInTarget("amount").joinComparator(JoinComparator.GREATER_THAN);
        List<String> rows = townJoin(local, false, byId);
        assertThat(rows).containsExactly("o1=1.5", "o3=1.5");
        assertThat(townJoin(remote, false, byId)).isEqualTo(rows);
    }

    @Test
    void joinType_pointInTime_innerDropsTheBaseRowsWithoutAMatch_andOthersAreRefused() {
        List<String> inner = townJoin(local, true, w -> w.joinType(JoinType.INNER_JOIN));
        assertThat(inner).containsExactly("o1=108.0", "o2=211.0");
        assertThat(townJoin(remote, true, w -> w.joinType(JoinType.INNER_JOIN))).isEqualTo(inner);
        assertThat(townJoin(local, true, w -> w.joinType(JoinType.LEFT_JOIN))).containsExactly("o1=108.0", "o2=211.0",
                "o3=null").isEqualTo(townJoin(remote, true, w -> w));
        for (Session s : List.of(local, remote)) {
            assertThatThrownBy(() -> townJoin(s, true, w -> w.joinType(JoinType.RIGHT_JOIN)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("joinType"));
            assertThatThrownBy(() -> townJoin(s, true, w -> w.joinComparator(JoinComparator.LESS_THAN)))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("joinComparator"));
        }
    }

    @Test
    void featureNameInTarget_thatTheGroupLacks_isAValidationException_onBothRoads() {
        for (Session s : List.of(local, remote)) {
            try (VectorSchemaRoot b = base()) {
                DatasetBuilder d = new FeatureStore(s).createDataset(b, OUT, o -> o
                        .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                        .withFeatureGroup(new FeatureGroup("orders", s), w -> w.featureNameInTarget("nope"));
                assertThatThrownBy(() -> d.toArrow(allocator)).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("featureNameInTarget"));
            }
        }
    }

    @Test
    void aBaseTextWithALineBreak_isAValidationExceptionNamingTheColumn_andNothingIsUploaded() {
        try (VectorSchemaRoot b = base()) {
            ((VarCharVector) b.getVector("buyer")).setSafe(2, "line\nbreak".getBytes());
            DatasetBuilder builder = new FeatureStore(remote).createDataset(b, OUT, d -> d
                            .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(new FeatureGroup("customers", remote), "customer_id", List.of("spend"))
                    .pointInTimeAccurateJoin();
            assertThatThrownBy(builder::toCsvFile)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("buyer"))
                    .hasMessageContaining("line break");
            assertThat(local.objectStore().listAll(OUT + "/").toList()).isEmpty();
            assertThat(athena.queries).noneMatch(q -> q.startsWith("CREATE EXTERNAL TABLE"));
        }
    }
}
