/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.internal.Duck;
import dev.sagemaker4j.featurestore.internal.OfflineTables;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Folders;
import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.ParsingOptions;
import io.trino.sql.parser.ParsingOptions.DecimalLiteralTreatment;
import io.trino.sql.parser.SqlParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Amazon Athena stand-in on 127.0.0.1 for tests: it speaks Athena's JSON protocol (StartQueryExecution,
 * GetQueryExecution, GetQueryResults) and runs each query in embedded DuckDB over a local session's feature
 * groups, registered as {@code "<database>"."<table>"} as Glue names them. Trino's {@code from_unixtime},
 * {@code from_iso8601_timestamp} and {@code to_unixtime} are DuckDB macros with the local road's types (UTC
 * TIMESTAMPs), and a Hive {@code CREATE EXTERNAL TABLE ... OpenCSVSerde ... LOCATION} becomes a view over the
 * CSV objects under the location, every column text. Result CSVs are written, quoted as Athena quotes them,
 * to {@code <OutputLocation><id>.csv} in the local session's object store.
 *
 * <p>A query must first parse with Trino's own grammar ({@code trino-parser}; Athena engine v3 is Trino), so
 * DuckDB-only syntax ({@code QUALIFY}, {@code ASOF JOIN}, ...) fails here as on Athena. It proves the requests,
 * the syntax and what the SQL means; that Trino's functions behave as the macros do is taken from Trino's
 * documentation, not run.
 */
final class AthenaStandIn implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXTERNAL = Pattern.compile(
            "CREATE EXTERNAL TABLE `([^`]+)` \\((.*)\\) ROW FORMAT SERDE .* LOCATION '([^']+)'", Pattern.DOTALL);
    private static final Pattern DROP = Pattern.compile("DROP TABLE IF EXISTS `([^`]+)`");

    private final Session store;
    private final List<String> groups = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Connection duck;
    private final Path scratch;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<String, ObjectNode> executions = new ConcurrentHashMap<>();
    private final Map<String, List<List<String>>> results = new ConcurrentHashMap<>();
    private final Map<String, ArrayNode> columns = new ConcurrentHashMap<>();
    /** Every query started, in order. */
    final List<String> queries = new CopyOnWriteArrayList<>();

    /**
     * Starts the stand-in.
     *
     * @param store  the local session whose groups and objects the queries read
     * @param groups the feature groups the queries may name
     */
    AthenaStandIn(Session store, List<String> groups) throws IOException, SQLException {
        this.store = store;
        this.groups.addAll(groups);
        this.scratch = Files.createTempDirectory("athena-stand-in");
        this.duck = Duck.open();
        try (Statement s = duck.createStatement()) {
            s.execute("CREATE TEMP MACRO from_unixtime(x) AS make_timestamp(CAST(round(x * 1000000) AS BIGINT))");
            s.execute("CREATE TEMP MACRO from_iso8601_timestamp(x) AS CAST(x AS TIMESTAMP)");
            s.execute("CREATE TEMP MACRO to_unixtime(t) AS epoch_us(t) / 1000000.0");
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** The stand-in's URL, for {@code endpointOverride("athena", ...)}. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private synchronized void answer(HttpExchange ex) throws IOException {
        String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
        JsonNode body = JSON.readTree(ex.getRequestBody().readAllBytes());
        ObjectNode reply = JSON.createObjectNode();
        int status = 200;
        try {
            switch (target) {
                case "AmazonAthena.StartQueryExecution" -> reply.put("QueryExecutionId", start(body));
                case "AmazonAthena.GetQueryExecution" ->
                        reply.set("QueryExecution", executions.get(body.path("QueryExecutionId").asText()));
                case "AmazonAthena.GetQueryResults" -> page(body, reply);
                default -> throw new IllegalArgumentException("not served: " + target);
            }
        } catch (RuntimeException e) {
            status = 400;
            reply.put("__type", "InvalidRequestException").put("Message", e.toString());
        }
        byte[] bytes = JSON.writeValueAsBytes(reply);
        ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    /** Runs the query at once; its execution is SUCCEEDED or FAILED with DuckDB's reason. */
    private String start(JsonNode body) {
        String id = "q-" + ids.incrementAndGet();
        String sql = body.path("QueryString").asText();
        queries.add(sql);
        String output = body.path("ResultConfiguration").path("OutputLocation").asText();
        output = output.endsWith("/") ? output : output + "/";
        ObjectNode execution = JSON.createObjectNode().put("QueryExecutionId", id).put("Query", sql);
        execution.putObject("ResultConfiguration").put("OutputLocation", output + id + ".csv");
        ObjectNode status = execution.putObject("Status");
        try {
            run(id, sql, body.path("QueryExecutionContext").path("Database").asText("default"), output + id + ".csv");
            status.put("State", "SUCCEEDED");
        } catch (SQLException | IOException e) {
            status.put("State", "FAILED").put("StateChangeReason", e.getMessage());
        }
        executions.put(id, execution);
        return id;
    }

    /** Runs one statement with {@code database} as the schema of unqualified names, as Athena's context does. */
    private void run(String id, String sql, String database, String outputUri) throws SQLException, IOException {
        Matcher external = EXTERNAL.matcher(sql);
        Matcher drop = DROP.matcher(sql);
        try (Statement s = duck.createStatement()) {
            s.execute("USE memory.main");
            s.execute("CREATE SCHEMA IF NOT EXISTS \"" + database + "\"");
            if (external.matches()) {
                createExternal(s, database, external.group(1), external.group(2), external.group(3));
                return;
            }
            if (drop.matches()) {
                s.execute("DROP VIEW IF EXISTS \"" + database + "\".\"" + drop.group(1) + "\"");
                return;
            }
            try {
                // decimal literals as decimals: Trino's default
                new SqlParser().createStatement(sql, new ParsingOptions(DecimalLiteralTreatment.AS_DECIMAL));
            } catch (ParsingException e) {
                throw new SQLException("SYNTAX_ERROR: " + e.getMessage(), e);
            }
            registerGroups(s);
            s.execute("USE \"" + database + "\"");
            List<List<String>> rows = new ArrayList<>();
            ArrayNode info = JSON.createArrayNode();
            try (ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> header = new ArrayList<>();
                for (int c = 1; c <= md.getColumnCount(); c++) {
                    header.add(md.getColumnLabel(c));
                    info.addObject().put("Name", md.getColumnLabel(c))
                            .put("Type", md.getColumnTypeName(c).toLowerCase(Locale.ROOT));
                }
                rows.add(header);
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) {
                        row.add(rs.getString(c));
                    }
                    rows.add(row);
                }
            }
            results.put(id, rows);
            columns.put(id, info);
            store.objectStore().putString(outputUri, csv(rows));
        }
    }

    /** Each group's offline store as {@code "<database>"."<table>"}, as Glue names it; rows written a moment ago included. */
    private void registerGroups(Statement s) throws SQLException {
        for (String name : groups) {
            var d = new FeatureGroup(name, store).describe();
            var catalog = d.offlineStoreConfig().dataCatalogConfig();
            String local = "local_" + catalog.tableName();
            OfflineTables.register(duck, store, d, local, scratch);
            s.execute("CREATE SCHEMA IF NOT EXISTS \"" + catalog.database() + "\"");
            s.execute("CREATE OR REPLACE VIEW \"" + catalog.database() + "\".\"" + catalog.tableName()
                    + "\" AS SELECT * FROM main.\"" + local + "\"");
        }
    }

    /** A Hive OpenCSVSerde table: a view over the CSV objects under the location, every column text. */
    private void createExternal(Statement s, String database, String table, String columnList, String location)
            throws SQLException, IOException {
        StringBuilder types = new StringBuilder("{");
        for (String column : columnList.split(",")) {
            String name = column.trim().split(" ")[0].replace("`", "");
            types.append(types.length() > 1 ? ", " : "").append('\'').append(name).append("': 'VARCHAR'");
        }
        List<String> files = new ArrayList<>();
        for (ObjectSummary o : store.objectStore().listAll(location).toList()) {
            Path f = scratch.resolve("external-" + files.size() + "-" + table + ".csv");
            store.objectStore().get(o.uri(), f);
            files.add("'" + f + "'");
        }
        s.execute("CREATE VIEW \"" + database + "\".\"" + table + "\" AS SELECT * FROM read_csv([" + String.join(", ", files)
                + "], header = false, delim = ',', quote = '\"', escape = '\\', columns = " + types + "})");
    }

    /** Athena's result CSV: a header, every value in double quotes (quotes doubled), a NULL as nothing. */
    private static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                out.append(c == 0 ? "" : ",").append(cell == null ? "" : '"' + cell.replace("\"", "\"\"") + '"');
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** Removes a group's table from the catalog, as a dropped Glue table. */
    synchronized void forget(String group) throws SQLException {
        groups.remove(group);
        var catalog = new FeatureGroup(group, store).describe().offlineStoreConfig().dataCatalogConfig();
        try (Statement s = duck.createStatement()) {
            s.execute("DROP VIEW IF EXISTS \"" + catalog.database() + "\".\"" + catalog.tableName() + "\"");
        }
    }

    /** A page of a result: at most three rows, so that every test reads several pages. */
    private void page(JsonNode body, ObjectNode reply) {
        String id = body.path("QueryExecutionId").asText();
        List<List<String>> rows = results.get(id);
        int from = body.hasNonNull("NextToken") ? Integer.parseInt(body.get("NextToken").asText()) : 0;
        int max = body.path("MaxResults").asInt(1000);
        int to = Math.min(rows.size(), from + Math.min(max, 3));
        ObjectNode set = reply.putObject("ResultSet");
        ArrayNode out = set.putArray("Rows");
        for (List<String> row : rows.subList(from, to)) {
            ArrayNode data = out.addObject().putArray("Data");
            for (String cell : row) {
                ObjectNode datum = data.addObject();
                if (cell != null) {
                    datum.put("VarCharValue", cell);
                }
            }
        }
        set.putObject("ResultSetMetadata").set("ColumnInfo", columns.get(id));
        if (to < rows.size()) {
            reply.put("NextToken", Integer.toString(to));
        }
    }

    @Override
    public void close() throws SQLException {
        server.stop(0);
        duck.close();
        Folders.deleteQuietly(scratch);
    }
}
