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
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;

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
    private final DescribeFeatureGroupResponse group;

    AthenaQuery(Session session, DescribeFeatureGroupResponse group) {
        if (group.offlineStoreConfig() == null) {
            throw new ValidationException("FeatureGroup", group.featureGroupName(), "has no offline store",
                    "create the group with an s3Uri to query it");
        }
        this.session = session;
        this.group = group;
    }

    /**
     * The table name to use in SQL (the Glue table name of the group).
     *
     * @return the table name
     */
    public String tableName() {
        return AthenaRun.tableOf(group);
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
            return new AthenaRun(session, group, queryString, options.outputLocation).kmsKey(options.kmsKey)
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
