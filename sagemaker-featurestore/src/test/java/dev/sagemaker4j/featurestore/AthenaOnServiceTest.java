/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;

/**
 * AthenaQuery on the {@code sagemaker} backend goes to Amazon Athena as the Python SDK's does: the real AWS SDK
 * Athena client against an Athena stand-in on 127.0.0.1 that speaks the service's JSON protocol.
 */
class AthenaOnServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HttpServer athena;
    private final List<JsonNode> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile String finalState = "SUCCEEDED";
    private Session session;
    private BufferAllocator allocator;

    @BeforeEach
    void start() throws IOException {
        athena = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        athena.createContext("/", this::answer);
        athena.start();
        session = Session.builder().backend("sagemaker").region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .endpointOverride("athena", URI.create("http://127.0.0.1:" + athena.getAddress().getPort()))
                .build();
        allocator = new RootAllocator();
    }

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        athena.stop(0);
        allocator.close();
    }

    private void answer(HttpExchange ex) throws IOException {
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("_operation", target);
        calls.add(body);
        String reply;
        switch (target) {
            case "AmazonAthena.StartQueryExecution":
                reply = "{\"QueryExecutionId\":\"q-1\"}";
                break;
            case "AmazonAthena.GetQueryExecution":
                String state = polls.incrementAndGet() < 3 ? "RUNNING" : finalState;
                reply = "{\"QueryExecution\":{\"QueryExecutionId\":\"q-1\",\"Status\":{\"State\":\"" + state + "\""
                        + ("FAILED".equals(state) ? ",\"StateChangeReason\":\"COLUMN_NOT_FOUND: line 1:8\"" : "")
                        + "}}}";
                break;
            default:
                reply = answers.get(body.path("NextToken").asText("first"));
        }
        byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private static DescribeFeatureGroupResponse group() {
        return DescribeFeatureGroupResponse.builder().featureGroupName("customers")
                .offlineStoreConfig(o -> o.s3StorageConfig(s -> s.s3Uri("s3://bucket/offline"))
                        .dataCatalogConfig(d -> d.catalog("AwsDataCatalog").database("sagemaker_featurestore")
                                .tableName("customers_1733")))
                .build();
    }

    @Test
    void run_onTheSagemakerBackend_startsWaitsAndReadsEveryPageOfAthenasResult() {
        String metadata = "\"ResultSetMetadata\":{\"ColumnInfo\":[{\"Name\":\"id\",\"Type\":\"bigint\"},"
                + "{\"Name\":\"spend\",\"Type\":\"double\"},{\"Name\":\"city\",\"Type\":\"varchar\"}]}";
        answers.put("first", "{\"ResultSet\":{\"Rows\":[{\"Data\":[{\"VarCharValue\":\"id\"},{\"VarCharValue\":"
                + "\"spend\"},{\"VarCharValue\":\"city\"}]},{\"Data\":[{\"VarCharValue\":\"1\"},{\"VarCharValue\":"
                + "\"9.5\"},{\"VarCharValue\":\"Lyon\"}]}]," + metadata + "},\"NextToken\":\"page-2\"}");
        answers.put("page-2", "{\"ResultSet\":{\"Rows\":[{\"Data\":[{\"VarCharValue\":\"2\"},{},"
                + "{\"VarCharValue\":\"Oslo\"}]}]," + metadata + "}}");

        AthenaQuery query = new AthenaQuery(session, group());
        try (VectorSchemaRoot result = query.run("SELECT id, spend, city FROM \"customers_1733\"",
                "s3://results-bucket/athena/", allocator)) {
            assertThat(result.getRowCount()).isEqualTo(2);
            BigIntVector id = (BigIntVector) result.getVector("id");
            Float8Vector spend = (Float8Vector) result.getVector("spend");
            VarCharVector city = (VarCharVector) result.getVector("city");
            assertThat(List.of(id.get(0), id.get(1))).containsExactly(1L, 2L);
            assertThat(spend.get(0)).isEqualTo(9.5);
            assertThat(spend.isNull(1)).isTrue();
            assertThat(city.getObject(1)).hasToString("Oslo");
        }
        JsonNode start = calls.get(0);
        assertThat(start.path("_operation").asText()).isEqualTo("AmazonAthena.StartQueryExecution");
        assertThat(start.path("QueryString").asText()).isEqualTo("SELECT id, spend, city FROM \"customers_1733\"");
        assertThat(start.path("QueryExecutionContext").path("Database").asText()).isEqualTo("sagemaker_featurestore");
        assertThat(start.path("QueryExecutionContext").path("Catalog").asText()).isEqualTo("AwsDataCatalog");
        assertThat(start.path("ResultConfiguration").path("OutputLocation").asText())
                .isEqualTo("s3://results-bucket/athena/");
        assertThat(calls).extracting(c -> c.path("_operation").asText()).containsExactly(
                "AmazonAthena.StartQueryExecution", "AmazonAthena.GetQueryExecution",
                "AmazonAthena.GetQueryExecution", "AmazonAthena.GetQueryExecution", "AmazonAthena.GetQueryResults",
                "AmazonAthena.GetQueryResults");
    }

    @Test
    void run_whenAthenaFailsTheQuery_isAValidationExceptionWithAthenasReason() {
        finalState = "FAILED";
        AthenaQuery query = new AthenaQuery(session, group());
        assertThatThrownBy(() -> query.run("SELECT nope FROM \"customers_1733\"", "s3://results-bucket/athena/",
                allocator))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("FAILED").hasMessageContaining("COLUMN_NOT_FOUND")
                .hasMessageContaining("customers_1733");
    }

    @Test
    void run_whenAthenasResultBreaksItsOwnColumnType_isAValidationExceptionNamingTheColumn() {
        answers.put("first", "{\"ResultSet\":{\"Rows\":[{\"Data\":[{\"VarCharValue\":\"id\"}]},{\"Data\":["
                + "{\"VarCharValue\":\"12x\"}]}],\"ResultSetMetadata\":{\"ColumnInfo\":[{\"Name\":\"id\","
                + "\"Type\":\"bigint\"}]}}}");
        AthenaQuery query = new AthenaQuery(session, group());
        assertThatThrownBy(() -> query.run("SELECT id FROM \"customers_1733\"", "s3://results-bucket/athena/",
                allocator))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("id"))
                .hasMessageContaining("12x").hasMessageContaining("bigint");
        // the vectors built before the bad cell are released: the allocator closes without a leak in stop()
    }

    @Test
    void stepwiseRun_startsOnly_thenWaitForPolls_andAsDataframeReadsTheResult() {
        answers.put("first", "{\"ResultSet\":{\"Rows\":[{\"Data\":[{\"VarCharValue\":\"n\"}]},{\"Data\":["
                + "{\"VarCharValue\":\"7\"}]}],\"ResultSetMetadata\":{\"ColumnInfo\":[{\"Name\":\"n\","
                + "\"Type\":\"bigint\"}]}}}");
        AthenaQuery query = new AthenaQuery(session, group());
        assertThat(query.catalog()).isEqualTo("AwsDataCatalog");
        assertThat(query.database()).isEqualTo("sagemaker_featurestore");
        assertThat(query.session()).isSameAs(session);

        String id = query.run("SELECT count(*) AS n FROM \"customers_1733\"", "s3://results-bucket/athena/");

        assertThat(id).isEqualTo("q-1");
        assertThat(calls).extracting(c -> c.path("_operation").asText())
                .containsExactly("AmazonAthena.StartQueryExecution");
        // the first GetQueryExecution answers RUNNING: as in Python, the result is not there yet
        assertThatThrownBy(() -> query.asDataframe(allocator)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("q-1").hasMessageContaining("still being executed");
        query.waitFor();
        assertThat(query.getQueryExecution().queryExecution().status().stateAsString()).isEqualTo("SUCCEEDED");
        try (VectorSchemaRoot r = query.asDataframe(allocator)) {
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isEqualTo(7L);
        }
        assertThat(calls).extracting(c -> c.path("_operation").asText()).containsExactly(
                "AmazonAthena.StartQueryExecution", "AmazonAthena.GetQueryExecution",
                "AmazonAthena.GetQueryExecution", "AmazonAthena.GetQueryExecution", "AmazonAthena.GetQueryExecution",
                "AmazonAthena.GetQueryExecution", "AmazonAthena.GetQueryResults");
        assertThat(calls.get(0).path("ResultConfiguration").path("OutputLocation").asText())
                .isEqualTo("s3://results-bucket/athena/");
    }

    @Test
    void stepwiseRun_whenAthenaFailsTheQuery_waitForEnds_andAsDataframeIsAValidationException() {
        finalState = "FAILED";
        AthenaQuery query = AthenaQuery.builder().catalog("AwsDataCatalog").database("sagemaker_featurestore")
                .tableName("customers_1733").session(session).build();
        query.run("SELECT nope FROM \"customers_1733\"", r -> r.outputLocation("s3://results-bucket/athena/")
                .workgroup("analytics"));
        query.waitFor();
        assertThat(query.getQueryExecution().queryExecution().status().stateAsString()).isEqualTo("FAILED");
        assertThatThrownBy(() -> query.asDataframe(allocator)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("FAILED").hasMessageContaining("COLUMN_NOT_FOUND");
        JsonNode start = calls.get(0);
        assertThat(start.path("QueryExecutionContext").path("Database").asText()).isEqualTo("sagemaker_featurestore");
        assertThat(start.path("QueryExecutionContext").path("Catalog").asText()).isEqualTo("AwsDataCatalog");
        assertThat(start.path("WorkGroup").asText()).isEqualTo("analytics");
    }

    @Test
    void waitForAndAsDataframe_beforeAnyRun_areAnIllegalStateException() {
        AthenaQuery query = new AthenaQuery(session, group());
        assertThatThrownBy(query::waitFor).isInstanceOf(IllegalStateException.class).hasMessageContaining("run");
        assertThatThrownBy(() -> query.asDataframe(allocator)).isInstanceOf(IllegalStateException.class);
        assertThat(calls).isEmpty();
    }
}
