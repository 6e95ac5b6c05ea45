/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureDefinition;

/**
 * Registers a feature group's offline store as a DuckDB view over its Parquet files. In the local
 * backend the files are read where they lie, and the writing process adds the rows still queued for
 * publishing (a table beside the view, named after it with {@code __queued}), so a query never waits
 * for a publish; with another backend the objects are downloaded into a scratch folder.
 */
public final class OfflineTables {
    private OfflineTables() {
    }

    /**
     * Creates (or replaces) a view named {@code view} over the group's offline store.
     *
     * @param c       the DuckDB connection
     * @param session the session
     * @param group   the group's record
     * @param view    the view name
     * @param scratch a folder for downloaded objects
     */
    public static void register(Connection c, Session session, DescribeFeatureGroupResponse group, String view,
                                Path scratch) {
        if (group.offlineStoreConfig() == null) {
            throw new ValidationException("FeatureGroup", group.featureGroupName(), "has no offline store",
                    "create the group with an s3Uri to query it offline");
        }
        String prefix = group.offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri() + "/";
        Optional<LocalFeatureStore> local = LocalFeatureStore.of(session.backend());
        String queued = view + "__queued";
        // the writing process reads the rows still queued beside the published files instead of waiting
        // for them to be published
        LocalFeatureStore.OfflineView visible = local.isPresent()
                ? local.get().offlineView((DuckDBConnection) c, group.featureGroupName(), queued) : null;
        List<String> files = new ArrayList<>();
        try {
            List<String> uris = visible != null ? visible.files() : session.objectStore().listAll(prefix)
                    .map(ObjectSummary::uri).toList();
            for (String uri : uris) {
                if (!uri.endsWith(".parquet")) {
                    continue;
                }
                if (local.isPresent()) {
                    files.add(local.get().fileOf(uri).toString());
                } else {
                    Files.createDirectories(scratch);
                    Path f = scratch.resolve(Integer.toHexString(uri.hashCode()) + "-" + files.size() + ".parquet");
                    session.objectStore().get(uri, f);
                    files.add(f.toString());
                }
            }
        } catch (IOException e) {
            throw new StorageException(prefix, "the offline store cannot be read: " + e, true, e);
        }
        StringBuilder sql = new StringBuilder("CREATE OR REPLACE VIEW ").append(OfflinePublisher.quote(view))
                .append(" AS ");
        if (visible != null && visible.queued()) {
            // the queued rows' table has every current column; BY NAME, as union_by_name for the files
            if (!files.isEmpty()) {
                sql.append(parquet(files)).append(" UNION ALL BY NAME ");
            }
            sql.append(local.get().queuedColumns(group.featureGroupName(), queued));
        } else if (files.isEmpty()) {
            sql.append("SELECT ");
            for (FeatureDefinition d : group.featureDefinitions()) {
                sql.append("CAST(NULL AS ").append(OfflinePublisher.sqlType(d.featureType())).append(") AS ")
                        .append(OfflinePublisher.quote(d.featureName())).append(", ");
            }
            sql.append("CAST(NULL AS TIMESTAMP) AS write_time, CAST(NULL AS TIMESTAMP) AS api_invocation_time, "
                    + "CAST(NULL AS BOOLEAN) AS is_deleted WHERE false");
        } else {
            sql.append(parquet(files));
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql.toString());
        } catch (SQLException e) {
            throw new StorageException(prefix, "the offline store cannot be opened: " + e.getMessage(), false, e);
        }
    }

    private static String parquet(List<String> files) {
        StringBuilder sql = new StringBuilder("SELECT * FROM read_parquet([");
        for (int i = 0; i < files.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('\'').append(files.get(i).replace("'", "''")).append('\'');
        }
        return sql.append("], union_by_name = true, hive_partitioning = false)").toString();
    }
}
