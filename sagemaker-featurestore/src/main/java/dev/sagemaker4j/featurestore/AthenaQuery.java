/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.featurestore.internal.ArrowTables;
import dev.sagemaker4j.featurestore.internal.AthenaRun;
import dev.sagemaker4j.featurestore.internal.Duck;
import dev.sagemaker4j.featurestore.internal.OfflineTables;
import dev.sagemaker4j.featurestore.internal.Shapes;
import dev.sagemaker4j.spi.AthenaApi;
import dev.sagemaker4j.utils.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.sagemaker.model.DataCatalogConfig;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureGroupSummary;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsResponse;

/**
 * SQL over a feature group's offline store, as the Python SDK's {@code AthenaQuery}. On the local backend
 * embedded DuckDB runs it over the group's Parquet files (rows written a moment ago included); on a backend
 * that offers {@link AthenaApi} (the {@code sagemaker} backend) Amazon Athena runs it, as in Python:
 * StartQueryExecution in the group's Glue database, GetQueryExecution until it ends, GetQueryResults page by
 * page. The table is named as the group's Glue table ({@link #tableName()}); quote it in SQL. Holds nothing
 * open between queries; needs no closing.
 *
 * <pre>{@code
 * AthenaQuery q = group.athenaQuery();
 * try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM \"" + q.tableName() + "\"", allocator)) { ... }
 * }</pre>
 */
public final class AthenaQuery {
    private final Session session;
    /** The group queried; null for a query built on Athena from its catalog, database and table alone. */
    private final DescribeFeatureGroupResponse group;
    private final String catalog;
    private final String database;
    private final String tableName;
    /** The query {@link #run(String, String)} started last on Athena (null locally or before any). */
    private AthenaRun current;
    /** Its execution id (Python's {@code _current_query_execution_id}). */
    private String currentId;
    /** Locally: the last query's execution, which ran to its end in {@code run}. */
    private QueryExecution localExecution;

    AthenaQuery(Session session, DescribeFeatureGroupResponse group) {
        if (group.offlineStoreConfig() == null) {
            throw new ValidationException("FeatureGroup", group.featureGroupName(), "has no offline store",
                    "create the group with an s3Uri to query it");
        }
        this.session = session;
        this.group = group;
        DataCatalogConfig c = group.offlineStoreConfig().dataCatalogConfig();
        this.catalog = c == null ? null : c.catalog();
        this.database = c == null ? null : c.database();
        this.tableName = AthenaRun.tableOf(group);
    }

    private AthenaQuery(Builder b) {
        if (b.session == null) {
            throw new ValidationException("sagemakerSession", null, "is missing", "give the builder a session");
        }
        if (b.tableName == null || b.tableName.isBlank()) {
            throw new ValidationException("tableName", b.tableName, "is missing", "name the feature group's table");
        }
        this.session = b.session;
        this.catalog = b.catalog;
        this.database = b.database;
        this.tableName = b.tableName;
        this.group = AthenaRun.onAthena(session) ? null : localGroup(b.session, b.database, b.tableName);
    }

    /** Locally: the feature group whose offline store is the table (and database, when given). */
    private static DescribeFeatureGroupResponse localGroup(Session session, String database, String tableName) {
        FeatureStore store = new FeatureStore(session);
        String token = null;
        do {
            String next = token;
            ListFeatureGroupsResponse page = store.listFeatureGroups(ListFeatureGroupsRequest.builder().nextToken(next)
                    .build());
            for (FeatureGroupSummary summary : page.featureGroupSummaries()) {
                DescribeFeatureGroupResponse d = new FeatureGroup(summary.featureGroupName(), session).describe();
                if (d.offlineStoreConfig() == null || !AthenaRun.tableOf(d).equals(tableName)) {
                    continue;
                }
                DataCatalogConfig c = d.offlineStoreConfig().dataCatalogConfig();
                if (database == null || c == null || c.database() == null || database.equals(c.database())) {
                    return d;
                }
            }
            token = page.nextToken();
        } while (token != null);
        throw new ValidationException("tableName", tableName, "is not the offline store table of a feature group "
                + "of this session", "name a group's table (FeatureGroup.athenaQuery().tableName())");
    }

    /**
     * A builder of a query over a feature group's table, as the Python SDK's {@code AthenaQuery(catalog,
     * database, table_name, sagemaker_session)}; {@code group.athenaQuery()} builds the same from a group.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AthenaQuery} from Python's constructor fields. */
    public static final class Builder {
        private String catalog;
        private String database;
        private String tableName;
        private Session session;

        private Builder() {
        }

        /**
         * {@code catalog} (required in Python): the data catalog; null for Athena's default.
         *
         * @param catalog the catalog
         * @return this builder
         */
        public Builder catalog(String catalog) {
            this.catalog = catalog;
            return this;
        }

        /**
         * {@code database} (required in Python): the Glue database; null for Athena's default.
         *
         * @param database the database
         * @return this builder
         */
        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /**
         * {@code table_name} (required): the group's offline store table. Locally it names the feature group
         * queried (the group whose table it is).
         *
         * @param tableName the table
         * @return this builder
         */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /**
         * {@code sagemaker_session} (required): the session the queries run in.
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws ValidationException when the session or the table is missing, or locally when no group of
         *                             the session has that table
         */
        public AthenaQuery build() {
            return new AthenaQuery(this);
        }
    }

    /**
     * {@code table_name}: the table name to use in SQL (the Glue table name of the group).
     *
     * @return the table name
     */
    public String tableName() {
        return tableName;
    }

    /**
     * {@code catalog}: the data catalog of the group's offline store.
     *
     * @return the catalog, or null when the group names none (Athena's default)
     */
    public String catalog() {
        return catalog;
    }

    /**
     * {@code database}: the Glue database of the group's offline store.
     *
     * @return the database, or null when the group names none (Athena's default)
     */
    public String database() {
        return database;
    }

    /**
     * {@code sagemaker_session}: the session the queries run in.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * Starts a query and returns its execution id, as the Python SDK's {@code run(query_string,
     * output_location)}; then {@link #waitFor()}, {@link #getQueryExecution()} and {@link #asDataframe}. On
     * Athena this is StartQueryExecution alone; locally DuckDB runs the query to its end here and writes its
     * result, as Athena does, to {@code <outputLocation><execution id>.csv} in the session's object store (a
     * failing query is not thrown here: its execution is FAILED, with DuckDB's reason).
     *
     * @param queryString    the SQL (DuckDB's dialect locally, Athena's on the service)
     * @param outputLocation where the result goes, {@code s3://bucket/prefix/}; {@code null} for
     *                       {@code s3://<default bucket>/<default prefix>/athena-query-results/}
     * @return the query execution id
     */
    public String run(String queryString, String outputLocation) {
        return run(queryString, RunOptions.builder().outputLocation(outputLocation).build());
    }

    /**
     * Starts a query with Python's {@code run} keywords by name and returns its execution id:
     * {@code run(sql, r -> r.outputLocation("s3://bucket/q/").kmsKey(key).workgroup("analytics"))}.
     *
     * @param queryString the SQL (DuckDB's dialect locally, Athena's on the service)
     * @param options     sets outputLocation, kmsKey and workgroup
     * @return the query execution id
     */
    public String run(String queryString, Consumer<RunOptions.Builder> options) {
        RunOptions.Builder b = RunOptions.builder();
        options.accept(b);
        return run(queryString, b.build());
    }

    /**
     * Starts a query and returns its execution id (see {@link #run(String, String)}).
     *
     * @param queryString the SQL
     * @param options     Python's {@code run} keywords
     * @return the query execution id
     */
    public synchronized String run(String queryString, RunOptions options) {
        Shapes.kmsKeyId("kmsKey", options.kmsKey);
        if (AthenaRun.onAthena(session)) {
            AthenaRun run = newRun(queryString, options)
                    .workgroup(options.workgroup);
            currentId = run.start();
            current = run;
            localExecution = null;
            return currentId;
        }
        String id = UUID.randomUUID().toString();
        String output = options.outputLocation != null ? options.outputLocation : AthenaRun.defaultOutput(session);
        String uri = (output.endsWith("/") ? output : output + "/") + id + ".csv";
        QueryExecutionStatus status = runLocally(queryString, uri);
        localExecution = QueryExecution.builder().queryExecutionId(id).query(queryString).statementType("DML")
                .queryExecutionContext(c -> c.catalog(catalog()).database(database()))
                .resultConfiguration(r -> {
                    r.outputLocation(uri);
                    if (options.kmsKey != null) {
                        r.encryptionConfiguration(e -> e.encryptionOption("SSE_KMS").kmsKey(options.kmsKey));
                    }
                })
                .workGroup(options.workgroup).status(status).build();
        current = null;
        currentId = id;
        return id;
    }

    /**
     * Waits for the current query to end, as the Python SDK's {@code wait()} (GetQueryExecution until the
     * query is no longer QUEUED or RUNNING; a failed query ends the wait without an exception, as in Python:
     * {@link #asDataframe} reports it). Locally the query ended in {@code run}. Named {@code waitFor}: Java's
     * {@code Object.wait()} cannot be overridden.
     *
     * @throws IllegalStateException when no query was run
     */
    public synchronized void waitFor() {
        requireRun();
        if (current != null) {
            current.waitFor(currentId);
        }
    }

    /**
     * The current query's execution, as the Python SDK's {@code get_query_execution()}: Athena's
     * GetQueryExecution response (its status, statistics, output location); locally the same shape, the
     * query SUCCEEDED or FAILED with DuckDB's reason.
     *
     * @return the execution
     * @throws IllegalStateException when no query was run
     */
    public synchronized GetQueryExecutionResponse getQueryExecution() {
        requireRun();
        QueryExecution e = current != null ? current.describe(currentId) : localExecution;
        return GetQueryExecutionResponse.builder().queryExecution(e).build();
    }

    /**
     * The current query's result, as the Python SDK's {@code as_dataframe()}, as an Arrow table. On Athena it
     * is read with GetQueryResults (integer types as BIGINT, floating types as DOUBLE, booleans as BIT, the rest
     * as text); locally the CSV {@code run} wrote is read back (the column types DuckDB reads in it).
     *
     * @param allocator where the result lives; the caller closes the returned table
     * @return the result
     * @throws IllegalStateException when no query was run, or the query is still QUEUED or RUNNING
     * @throws ValidationException   when the query failed, with the engine's reason
     */
    public synchronized VectorSchemaRoot asDataframe(BufferAllocator allocator) {
        QueryExecution e = getQueryExecution().queryExecution();
        String state = e.status().stateAsString();
        if ("QUEUED".equals(state) || "RUNNING".equals(state)) {
            throw new IllegalStateException("Current query " + currentId + " is still being executed; call waitFor()");
        }
        if (!"SUCCEEDED".equals(state)) {
            throw new ValidationException("queryString", e.query(), "ended " + state
                    + (e.status().stateChangeReason() == null ? "" : ": " + e.status().stateChangeReason()),
                    "check the SQL; the table is \"" + tableName() + "\"");
        }
        if (current != null) {
            return current.read(currentId, allocator);
        }
        return readLocalResult(e.resultConfiguration().outputLocation(), allocator);
    }

    private AthenaRun newRun(String queryString, RunOptions options) {
        return new AthenaRun(session, catalog, database, tableName, queryString, options.outputLocation)
                .kmsKey(options.kmsKey);
    }

    private void requireRun() {
        if (currentId == null) {
            throw new IllegalStateException("no query has been run; call run(queryString, outputLocation) first");
        }
    }

    /** Runs a query in DuckDB and writes its result as CSV (with a header) to {@code uri}. */
    private QueryExecutionStatus runLocally(String queryString, String uri) {
        Path scratch = null;
        try (Connection c = Duck.open()) {
            scratch = Files.createTempDirectory("sagemaker4j-athena");
            OfflineTables.register(c, session, group, tableName(), scratch);
            Path csv = scratch.resolve("result.csv");
            try (Statement s = c.createStatement()) {
                s.execute("COPY (" + queryString + ") TO '" + csv.toString().replace("'", "''")
                        + "' (HEADER, DELIMITER ',')");
            } catch (SQLException e) {
                return QueryExecutionStatus.builder().state("FAILED").stateChangeReason(e.getMessage()).build();
            }
            session.objectStore().moveIn(uri, csv);
            return QueryExecutionStatus.builder().state("SUCCEEDED").build();
        } catch (SQLException e) {
            throw new ValidationException("queryString", queryString, "failed: " + e.getMessage(),
                    "check the SQL; the table is \"" + tableName() + "\"", e);
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException("tmp", "no scratch folder: " + e, true, e);
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }

    private VectorSchemaRoot readLocalResult(String uri, BufferAllocator allocator) {
        Path scratch = null;
        try (Connection c = Duck.open()) {
            scratch = Files.createTempDirectory("sagemaker4j-athena");
            Path csv = scratch.resolve("result.csv");
            session.objectStore().get(uri, csv);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM read_csv('"
                    + csv.toString().replace("'", "''") + "', header = true, delim = ',')")) {
                return ArrowTables.fromResultSet(rs, allocator);
            }
        } catch (SQLException e) {
            throw new ValidationException("outputLocation", uri, "could not be read: " + e.getMessage(),
                    "run the query again", e);
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException("tmp", "no scratch folder: " + e, true, e);
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }

    /**
     * Runs a query and returns its result.
     *
     * @param queryString the SQL (DuckDB dialect)
     * @param allocator   where the result lives; the caller closes the returned table
     * @return the result
     */
    public VectorSchemaRoot run(String queryString, BufferAllocator allocator) {
        return run(queryString, null, allocator);
    }

    /**
     * Runs a query and returns its result. On Athena the result files go to {@code outputLocation}, as the
     * Python SDK's {@code run(query_string, output_location)} writes them; the local backend writes none.
     *
     * @param queryString    the SQL (DuckDB's dialect locally, Athena's on the service)
     * @param outputLocation where Athena writes the result, {@code s3://bucket/prefix/}; {@code null} for
     *                       {@code s3://<default bucket>/<default prefix>/athena-query-results/}
     * @param allocator      where the result lives; the caller closes the returned table
     * @return the result: Athena's integer types as BIGINT, its floating types as DOUBLE, booleans as BIT, the
     *         rest as text
     * @throws ValidationException when the query fails, with the engine's reason
     */
    public VectorSchemaRoot run(String queryString, String outputLocation, BufferAllocator allocator) {
        return run(queryString, allocator, RunOptions.builder().outputLocation(outputLocation).build());
    }

    /**
     * Runs a query with Python's {@code run} keywords by name:
     * {@code run(sql, allocator, r -> r.outputLocation("s3://bucket/q/").kmsKey(key).workgroup("analytics"))}.
     *
     * @param queryString the SQL (DuckDB's dialect locally, Athena's on the service)
     * @param allocator   where the result lives; the caller closes the returned table
     * @param options     sets outputLocation, kmsKey and workgroup
     * @return the result
     */
    public VectorSchemaRoot run(String queryString, BufferAllocator allocator, Consumer<RunOptions.Builder> options) {
        RunOptions.Builder b = RunOptions.builder();
        options.accept(b);
        return run(queryString, allocator, b.build());
    }

    /**
     * Runs a query. On Athena the result goes to the output location, encrypted with the KMS key when one
     * is given (SSE_KMS), in the workgroup given; the local backend runs it in process and writes no
     * result file, so the key and the workgroup are not acted on there.
     *
     * @param queryString the SQL
     * @param allocator   where the result lives; the caller closes the returned table
     * @param options     Python's {@code run} keywords
     * @return the result
     */
    public VectorSchemaRoot run(String queryString, BufferAllocator allocator, RunOptions options) {
        Shapes.kmsKeyId("kmsKey", options.kmsKey);
        if (AthenaRun.onAthena(session)) {
            return newRun(queryString, options)
                    .workgroup(options.workgroup).result(allocator);
        }
        return runInProcess(queryString, allocator);
    }

    /**
     * The Python SDK's {@code AthenaQuery.run} keywords besides the query, by name. Immutable.
     */
    public static final class RunOptions {
        private final String outputLocation;
        private final String kmsKey;
        private final String workgroup;

        private RunOptions(Builder b) {
            this.outputLocation = b.outputLocation;
            this.kmsKey = b.kmsKey;
            this.workgroup = b.workgroup;
        }

        /**
         * A builder with Python's defaults (the session's default result location, no key, the primary
         * workgroup).
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
            return new Builder().outputLocation(outputLocation).kmsKey(kmsKey).workgroup(workgroup);
        }

        /**
         * {@code output_location}.
         *
         * @return the result location, or null for the default
         */
        public String outputLocation() {
            return outputLocation;
        }

        /**
         * {@code kms_key}.
         *
         * @return the key, or null
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * {@code workgroup}.
         *
         * @return the workgroup, or null
         */
        public String workgroup() {
            return workgroup;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RunOptions r && Objects.equals(r.outputLocation, outputLocation)
                    && Objects.equals(r.kmsKey, kmsKey) && Objects.equals(r.workgroup, workgroup);
        }

        @Override
        public int hashCode() {
            return Objects.hash(outputLocation, kmsKey, workgroup);
        }

        @Override
        public String toString() {
            return "RunOptions[outputLocation=" + outputLocation + ", kmsKey=" + kmsKey + ", workgroup=" + workgroup
                    + "]";
        }

        /** Builds {@link RunOptions}. */
        public static final class Builder {
            private String outputLocation;
            private String kmsKey;
            private String workgroup;

            private Builder() {
            }

            /**
             * {@code output_location}: where Athena writes the result, {@code s3://bucket/prefix/}; null for
             * {@code s3://<default bucket>/<default prefix>/athena-query-results/}.
             *
             * @param outputLocation the location
             * @return this builder
             */
            public Builder outputLocation(String outputLocation) {
                this.outputLocation = outputLocation;
                return this;
            }

            /**
             * {@code kms_key} (default None): encrypts the result (SSE_KMS).
             *
             * @param kmsKey a key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder kmsKey(String kmsKey) {
                this.kmsKey = kmsKey;
                return this;
            }

            /**
             * {@code workgroup} (default None): the Athena workgroup.
             *
             * @param workgroup the workgroup
             * @return this builder
             */
            public Builder workgroup(String workgroup) {
                this.workgroup = workgroup;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public RunOptions build() {
                return new RunOptions(this);
            }
        }
    }

    private VectorSchemaRoot runInProcess(String queryString, BufferAllocator allocator) {
        Path scratch = null;
        try (Connection c = Duck.open()) {
            scratch = Files.createTempDirectory("sagemaker4j-athena");
            OfflineTables.register(c, session, group, tableName(), scratch);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(queryString)) {
                return ArrowTables.fromResultSet(rs, allocator);
            }
        } catch (SQLException e) {
            throw new ValidationException("queryString", queryString, "failed: " + e.getMessage(),
                    "check the SQL; the table is \"" + tableName() + "\"", e);
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException("tmp", "no scratch folder: " + e, true, e);
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }
}
