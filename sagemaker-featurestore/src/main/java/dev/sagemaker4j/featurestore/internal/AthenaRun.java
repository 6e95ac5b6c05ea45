/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.AthenaApi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;
import software.amazon.awssdk.services.sagemaker.model.DataCatalogConfig;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;

/**
 * One offline store query on Amazon Athena, the road the Python SDK's {@code AthenaQuery} takes: start it in
 * the group's Glue database, wait until it ends (the session's poll pacing), then read the result page by page
 * into an Arrow table typed by Athena's column metadata.
 */
public final class AthenaRun {
    private final Session session;
    private final AthenaApi athena;
    private final String catalog;
    private final String database;
    private final String table;
    private final String queryString;
    private final String outputLocation;
    private String kmsKey;
    private String workgroup;

    /**
     * Prepares a query in a feature group's Glue database.
     *
     * @param session        the session; its backend offers {@link AthenaApi}
     * @param group          the feature group, with an offline store
     * @param queryString    the SQL, Athena's dialect
     * @param outputLocation where Athena writes the result, or {@code null} for the session's default bucket
     */
    public AthenaRun(Session session, DescribeFeatureGroupResponse group, String queryString, String outputLocation) {
        this(session, catalogOf(group), databaseOf(group), tableOf(group), queryString, outputLocation);
    }

    /**
     * Prepares a query in a Glue database.
     *
     * @param session        the session; its backend offers {@link AthenaApi}
     * @param catalog        the data catalog, or {@code null} for Athena's default
     * @param database       the database, or {@code null} for Athena's default
     * @param table          the table the query is about, for error messages
     * @param queryString    the SQL, Athena's dialect
     * @param outputLocation where Athena writes the result, or {@code null} for the session's default bucket
     */
    public AthenaRun(Session session, String catalog, String database, String table, String queryString,
                     String outputLocation) {
        this.session = session;
        this.athena = session.api(AthenaApi.CAPABILITY);
        this.catalog = catalog;
        this.database = database;
        this.table = table;
        this.queryString = queryString;
        this.outputLocation = outputLocation != null ? outputLocation : defaultOutput(session);
    }

    /**
     * Encrypts the result with a KMS key (SSE_KMS), as the Python SDK's {@code kms_key}.
     *
     * @param kmsKey the key, or null for Athena's default
     * @return this run
     */
    public AthenaRun kmsKey(String kmsKey) {
        this.kmsKey = kmsKey;
        return this;
    }

    /**
     * Runs the query in a workgroup, as the Python SDK's {@code workgroup}.
     *
     * @param workgroup the workgroup, or null for Athena's primary
     * @return this run
     */
    public AthenaRun workgroup(String workgroup) {
        this.workgroup = workgroup;
        return this;
    }

    /**
     * Whether offline queries of this session go to Athena: its backend offers {@link AthenaApi} and no local
     * feature store (the {@code sagemaker} backend).
     *
     * @param session the session
     * @return true on Athena
     */
    public static boolean onAthena(Session session) {
        return LocalFeatureStore.of(session.backend()).isEmpty() && session.backend().find(AthenaApi.CAPABILITY).isPresent();
    }

    /**
     * The Python SDK's default result location: {@code s3://<default bucket>/<default prefix>/athena-query-results/}.
     *
     * @param session the session
     * @return the location
     */
    public static String defaultOutput(Session session) {
        String prefix = session.defaultBucketPrefix();
        return "s3://" + session.defaultBucket() + "/" + (prefix == null || prefix.isEmpty() ? "" : prefix + "/")
                + "athena-query-results/";
    }

    /**
     * Runs the query to its end and reads its result.
     *
     * @param allocator where the result lives
     * @return the result; the caller closes it
     * @throws ValidationException when Athena fails or cancels the query, with its reason
     */
    public VectorSchemaRoot result(BufferAllocator allocator) {
        return read(execute().queryExecutionId(), allocator);
    }

    /**
     * Runs the query to its end: a statement (CREATE, DROP) or a query whose result is read from
     * {@link QueryExecution#resultConfiguration()}'s output location.
     *
     * @return the finished execution, as GetQueryExecution describes it
     * @throws ValidationException when Athena fails or cancels the query, with its reason
     */
    public QueryExecution execute() {
        QueryExecution execution = waitFor(start());
        QueryExecutionStatus status = execution.status();
        if (!"SUCCEEDED".equals(status.stateAsString())) {
            throw failure(status);
        }
        return execution;
    }

    /**
     * Starts the query (StartQueryExecution), as the Python SDK's {@code AthenaQuery.run}.
     *
     * @return the query execution id
     */
    public String start() {
        return athena.startQueryExecution(StartQueryExecutionRequest.builder().queryString(queryString)
                .queryExecutionContext(c -> c.catalog(catalog).database(database))
                .resultConfiguration(c -> {
                    c.outputLocation(outputLocation);
                    if (kmsKey != null) {
                        // as the Python SDK's start_query_execution: SSE_KMS with the key
                        c.encryptionConfiguration(e -> e.encryptionOption("SSE_KMS").kmsKey(kmsKey));
                    }
                })
                .workGroup(workgroup).build()).queryExecutionId();
    }

    /**
     * Describes a query execution once (GetQueryExecution).
     *
     * @param id the query execution id
     * @return the execution as Athena describes it now
     */
    public QueryExecution describe(String id) {
        return athena.getQueryExecution(GetQueryExecutionRequest.builder().queryExecutionId(id).build())
                .queryExecution();
    }

    /**
     * The failure of a query that did not succeed, with Athena's reason.
     *
     * @param status the query's status
     * @return the exception to throw
     */
    public ValidationException failure(QueryExecutionStatus status) {
        return new ValidationException("queryString", queryString, "ended " + status.stateAsString() + " on Athena"
                + (status.stateChangeReason() == null ? "" : ": " + status.stateChangeReason()),
                "check the SQL (Athena's dialect) and the table \"" + table + "\"");
    }

    /**
     * Polls GetQueryExecution until the query ends (the session's poll pacing), as the Python SDK's
     * {@code wait_for_athena_query}: a failed or cancelled query ends the wait too.
     *
     * @param id the query execution id
     * @return the ended execution
     */
    public QueryExecution waitFor(String id) {
        long pause = 50;
        while (true) {
            QueryExecution execution = describe(id);
            String state = execution.status().stateAsString();
            if ("SUCCEEDED".equals(state) || "FAILED".equals(state) || "CANCELLED".equals(state)) {
                return execution;
            }
            try {
                session.backend().pauseBetweenPolls(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ValidationException("queryString", queryString, "was interrupted while Athena ran it",
                        "run it again");
            }
            pause = Math.min(pause * 2, Math.max(50, session.backend().pollInterval().toMillis()));
        }
    }

    /**
     * Reads every page of a finished query's result (GetQueryResults); a SELECT's first row is the header,
     * which Athena's metadata also names.
     *
     * @param id        the query execution id
     * @param allocator where the result lives
     * @return the result; the caller closes it
     */
    public VectorSchemaRoot read(String id, BufferAllocator allocator) {
        List<ColumnInfo> columns = null;
        List<Row> rows = new ArrayList<>();
        String token = null;
        do {
            GetQueryResultsResponse page = athena.getQueryResults(GetQueryResultsRequest.builder()
                    .queryExecutionId(id).nextToken(token).build());
            if (columns == null) {
                columns = page.resultSet().resultSetMetadata().columnInfo();
            }
            rows.addAll(page.resultSet().rows());
            token = page.nextToken();
        } while (token != null);
        if (!rows.isEmpty() && isHeader(rows.get(0), columns)) {
            rows = rows.subList(1, rows.size());
        }
        List<FieldVector> vectors = new ArrayList<>();
        try {
            for (int c = 0; c < columns.size(); c++) {
                vectors.add(column(columns.get(c), c, rows, allocator));
            }
            VectorSchemaRoot root = new VectorSchemaRoot(vectors);
            root.setRowCount(rows.size());
            return root;
        } catch (RuntimeException e) {
            vectors.forEach(FieldVector::close);
            throw e;
        }
    }

    private static boolean isHeader(Row row, List<ColumnInfo> columns) {
        if (row.data().size() != columns.size()) {
            return false;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).name().equals(row.data().get(c).varCharValue())) {
                return false;
            }
        }
        return true;
    }

    private FieldVector column(ColumnInfo info, int index, List<Row> rows, BufferAllocator allocator) {
        String type = info.type() == null ? "varchar" : info.type().toLowerCase(Locale.ROOT);
        FieldVector vector;
        CellSetter setter;
        switch (type) {
            case "tinyint":
            case "smallint":
            case "integer":
            case "int":
            case "bigint": {
                BigIntVector v = new BigIntVector(info.name(), allocator);
                setter = (r, text) -> v.set(r, (long) parse(info, text, Long::parseLong));
                vector = v;
                break;
            }
            case "double":
            case "float":
            case "real":
            case "decimal": {
                Float8Vector v = new Float8Vector(info.name(), allocator);
                setter = (r, text) -> v.set(r, (double) parse(info, text, Double::parseDouble));
                vector = v;
                break;
            }
            case "boolean": {
                BitVector v = new BitVector(info.name(), allocator);
                setter = (r, text) -> v.set(r, Boolean.parseBoolean(text) ? 1 : 0);
                vector = v;
                break;
            }
            default: {
                VarCharVector v = new VarCharVector(info.name(), allocator);
                setter = (r, text) -> v.setSafe(r, text.getBytes(StandardCharsets.UTF_8));
                vector = v;
            }
        }
        try {
            vector.setInitialCapacity(rows.size());
            vector.allocateNew();
            for (int r = 0; r < rows.size(); r++) {
                String text = cell(rows.get(r), index);
                if (text != null) {
                    setter.set(r, text);
                }
            }
            vector.setValueCount(rows.size());
            return vector;
        } catch (RuntimeException e) {
            // a cell that breaks its column's type: the half-filled vector is released, not leaked
            vector.close();
            throw e;
        }
    }

    /** Writes one non-null cell's text into row {@code r} of a vector. */
    @FunctionalInterface
    private interface CellSetter {
        void set(int r, String text);
    }

    /** A cell's text; Athena leaves a NULL's VarCharValue out, and a short row's missing cells are NULL too. */
    private static String cell(Row row, int index) {
        List<Datum> data = row.data();
        return index < data.size() ? data.get(index).varCharValue() : null;
    }

    private <T> T parse(ColumnInfo info, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(info.name(), text, "is not a " + info.type() + " in Athena's result",
                    "check the query's column types", e);
        }
    }

    private static String catalogOf(DescribeFeatureGroupResponse group) {
        DataCatalogConfig catalog = group.offlineStoreConfig().dataCatalogConfig();
        return catalog == null ? null : catalog.catalog();
    }

    private static String databaseOf(DescribeFeatureGroupResponse group) {
        DataCatalogConfig catalog = group.offlineStoreConfig().dataCatalogConfig();
        return catalog == null ? null : catalog.database();
    }

    /**
     * The Glue table of a group's offline store: its data catalog's table name, else the group's name
     * with dashes as underscores.
     *
     * @param group the group, with an offline store
     * @return the table name
     */
    public static String tableOf(DescribeFeatureGroupResponse group) {
        DataCatalogConfig catalog = group.offlineStoreConfig().dataCatalogConfig();
        return catalog != null && catalog.tableName() != null ? catalog.tableName()
                : group.featureGroupName().replace('-', '_');
    }
}
