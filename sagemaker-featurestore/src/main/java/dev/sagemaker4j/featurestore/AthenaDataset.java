/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.featurestore.internal.ArrowTables;
import dev.sagemaker4j.featurestore.internal.AthenaRun;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.sagemaker.model.DataCatalogConfig;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureDefinition;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;

/**
 * A {@link DatasetBuilder}'s dataset on Amazon Athena, for a backend that offers it (the {@code sagemaker}
 * backend), as the Python SDK builds one: the query runs over the groups' Glue tables and Athena writes its
 * CSV under the output path. An Arrow base goes up first, as the Python SDK's DataFrame base does: a header-less
 * CSV under {@code <output>/temp-<id>/} and a temporary OpenCSVSerde table over it; unlike the Python SDK both
 * are removed once the query ends.
 *
 * <p>The query means what the local one means (the same cleaning, the same one row per base row for a
 * point-in-time join, the same column names), written in Athena's (Trino's) dialect: the local road's
 * {@code ASOF LEFT JOIN} becomes a left join on the record identifier and event time that keeps each base
 * row's newest match ({@code row_number()} over the base row), and {@code QUALIFY} becomes a filter around a
 * subquery. Event times are read with {@code from_iso8601_timestamp} (String) or {@code from_unixtime}
 * (Fractional), as in the Python SDK.
 */
final class AthenaDataset {
    /** The Python SDK's catalog and database for a DataFrame base's temporary table. */
    private static final String CATALOG = "AwsDataCatalog";
    private static final String DATABASE = "sagemaker_featurestore";
    private static final DateTimeFormatter WRITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    private final Session session;
    private final DatasetBuilder.Spec spec;
    /** The Arrow base's temporary table and folder (set by {@link #query()} for an Arrow base). */
    private String tempTable;
    private String tempFolder;

    /** Each group's description, read once: on the service every DescribeFeatureGroup is a call. */
    private final java.util.Map<String, DescribeFeatureGroupResponse> described = new java.util.HashMap<>();

    AthenaDataset(Session session, DatasetBuilder.Spec spec) {
        this.session = session;
        this.spec = spec;
    }

    /** Runs the query with Athena writing its CSV under the output path. */
    DatasetBuilder.Result toCsvFile() {
        return runAndClean(sql -> {
            QueryExecution done = run(sql, spec.outputPath()).execute();
            return new DatasetBuilder.Result(done.resultConfiguration().outputLocation(), sql);
        });
    }

    /** Runs the query and reads Athena's result page by page. */
    VectorSchemaRoot toArrow(BufferAllocator allocator) {
        return runAndClean(sql -> run(sql, spec.outputPath()).result(allocator));
    }

    /** Runs the query, reads Athena's result and keeps the query with it (Python's {@code to_dataframe}). */
    DatasetBuilder.Dataframe toDataframe(BufferAllocator allocator) {
        return runAndClean(sql -> new DatasetBuilder.Dataframe(run(sql, spec.outputPath()).result(allocator), sql));
    }

    private interface Body<T> {
        T apply(String sql);
    }

    private <T> T runAndClean(Body<T> body) {
        String sql = query();
        try {
            if (spec.baseTable() != null) {
                uploadBase();
            }
            return body.apply(sql);
        } finally {
            if (tempTable != null) {
                dropBase();
            }
        }
    }

    private AthenaRun run(String sql, String output) {
        DescribeFeatureGroupResponse first = spec.baseGroup() != null ? describe(spec.baseGroup())
                : spec.joined().isEmpty() ? null : describe(spec.joined().get(0).group());
        String table = first != null ? AthenaRun.tableOf(first) : tempTable;
        if (spec.baseGroup() != null) {
            DataCatalogConfig c = first.offlineStoreConfig().dataCatalogConfig();
            return new AthenaRun(session, c == null ? CATALOG : c.catalog(), c == null ? DATABASE : c.database(), table,
                    sql, output).kmsKey(spec.kmsKeyId());
        }
        return new AthenaRun(session, CATALOG, DATABASE, table, sql, output).kmsKey(spec.kmsKeyId());
    }

    /**
     * The query, in Athena's dialect, over views {@code base}, {@code g1..gN} and the joins
     * {@code j1..jN}.
     */
    String query() {
        if (spec.baseTable() != null && tempTable == null) {
            String id = UUID.randomUUID().toString();
            tempTable = "dataframe_" + id.replace('-', '_');
            String out = spec.outputPath().endsWith("/") ? spec.outputPath() : spec.outputPath() + "/";
            tempFolder = out + "temp-" + id + "/";
        }
        StringBuilder with = new StringBuilder("WITH ");
        List<String> baseColumns = new ArrayList<>();
        List<String> allBase = new ArrayList<>();
        String baseIdName;
        if (spec.baseGroup() != null) {
            DescribeFeatureGroupResponse d = describe(spec.baseGroup());
            baseIdName = d.recordIdentifierFeatureName();
            cleanGroup(with, d, "base_clean", true);
            for (FeatureDefinition f : d.featureDefinitions()) {
                allBase.add(f.featureName());
                if (included(f.featureName(), d.recordIdentifierFeatureName(), d.eventTimeFeatureName())) {
                    baseColumns.add(f.featureName());
                }
            }
            // the base's order is the local road's: record identifier as text, then event time, then writes
            String numbered = "SELECT *, __et AS __pt, row_number() OVER (ORDER BY CAST(__k AS VARCHAR), __et, "
                    + "api_invocation_time, write_time) AS __row" + (spec.recent() == null ? ""
                    : ", row_number() OVER (PARTITION BY __k ORDER BY __et DESC, api_invocation_time DESC, "
                    + "write_time DESC) AS __rk") + " FROM base_clean";
            with.append("base AS (SELECT * FROM (").append(numbered).append(") t")
                    .append(spec.recent() == null ? "" : " WHERE __rk <= " + spec.recent()).append("),\n");
        } else {
            baseIdName = spec.baseId();
            for (FieldVector v : spec.baseTable().getFieldVectors()) {
                allBase.add(v.getName());
                if (included(v.getName(), spec.baseId(), spec.baseEventTime())) {
                    baseColumns.add(v.getName());
                }
            }
            typedBase(with);
        }
        StringBuilder j0 = new StringBuilder("j0 AS (SELECT ");
        for (String c : allBase) {
            j0.append(q(c)).append(", ");
        }
        with.append(j0).append("__pt, __row FROM base)");
        StringBuilder select = new StringBuilder("SELECT ");
        Set<String> taken = new HashSet<>();
        for (String c : baseColumns) {
            select.append(q(c)).append(", ");
            taken.add(c);
        }
        List<DatasetBuilder.Joined> joined = spec.joined();
        for (int i = 0; i < joined.size(); i++) {
            DatasetBuilder.Joined j = joined.get(i);
            String g = "g" + (i + 1);
            DescribeFeatureGroupResponse d = describe(j.group());
            with.append(",\n");
            cleanGroup(with, d, g, false);
            List<String> cols = DatasetBuilder.includedColumns(d, j.included());
            String target = j.targetInBase() != null ? j.targetInBase() : baseIdName;
            if (!allBase.contains(target)) {
                throw new ValidationException("targetFeatureNameInBase", target, "is not a column of the base",
                        "name a base column that holds group " + d.featureGroupName() + "'s record identifiers");
            }
            String prev = "j" + i;
            StringBuilder added = new StringBuilder();
            for (String col : cols) {
                String out = taken.add(col) ? col : col + "." + (i + 1);
                taken.add(out);
                String value = g + "." + q(col);
                if (spec.pointInTime() && spec.ttl() != null) {
                    // Feast's TTL: the newest row before the base row is still the match, its values null when too old
                    value = "CASE WHEN to_unixtime(" + prev + ".__pt) - to_unixtime(" + g + ".__et) <= "
                            + spec.ttl().toNanos() / 1e9 + " THEN " + value + " END";
                }
                added.append(", ").append(value).append(" AS ").append(q(out));
                select.append(q(out)).append(", ");
            }
            String keyColumn = DatasetBuilder.keyColumn(d, j);
            String key = DatasetBuilder.joinCondition(j, prev + "." + q(target), g + "." + keyColumn,
                    DatasetBuilder.keyIntegral(d, j) && baseIntegral(target),
                    DatasetBuilder.keyNumeric(d, j) && baseNumeric(target));
            String join = " " + j.join(spec.pointInTime()) + " ";
            with.append(",\nj").append(i + 1).append(" AS (");
            if (spec.pointInTime()) {
                // one row per base row: its group's newest row at or before the base row's event time (an inner
                // join drops the base rows without one)
                with.append("SELECT * FROM (SELECT ").append(prev).append(".*").append(added)
                        .append(", row_number() OVER (PARTITION BY ").append(prev).append(".__row ORDER BY ").append(g)
                        .append(".__et DESC) AS __r").append(i + 1).append(" FROM ").append(prev)
                        .append(join).append(g).append(" ON ").append(key).append(" AND ").append(prev)
                        .append(".__pt >= ").append(g).append(".__et) t WHERE __r").append(i + 1).append(" = 1)");
            } else {
                with.append("SELECT ").append(prev).append(".*").append(added).append(" FROM ").append(prev)
                        .append(join).append(g).append(key == null ? "" : " ON " + key).append(")");
            }
        }
        select.setLength(select.length() - 2);
        return with + "\n" + select + " FROM j" + joined.size() + " ORDER BY __row"
                + (spec.limit() == null ? "" : " LIMIT " + spec.limit());
    }

    private DescribeFeatureGroupResponse describe(FeatureGroup group) {
        return described.computeIfAbsent(group.name(), n -> group.describe());
    }

    private boolean included(String name, String id, String eventTime) {
        List<String> keep = spec.includedBaseFeatures();
        return keep == null || keep.contains(name) || name.equals(id) || name.equals(eventTime);
    }

    private boolean baseIntegral(String column) {
        if (spec.baseGroup() != null) {
            return DatasetBuilder.integral(describe(spec.baseGroup()), column);
        }
        FieldVector v = spec.baseTable().getVector(column);
        return v != null && v.getField().getType() instanceof ArrowType.Int;
    }

    /** Whether the base column holds numbers (integers or floating point). */
    private boolean baseNumeric(String column) {
        if (spec.baseGroup() != null) {
            return DatasetBuilder.numeric(describe(spec.baseGroup()), column);
        }
        FieldVector v = spec.baseTable().getVector(column);
        return v != null && (v.getField().getType() instanceof ArrowType.Int
                || v.getField().getType() instanceof ArrowType.FloatingPoint);
    }

    /**
     * View {@code alias}: a group's rows keyed {@code __k} with event time {@code __et}, filtered by write
     * time and event time, deduplicated and with deletes applied, as the local road's cleaning.
     */
    private void cleanGroup(StringBuilder with, DescribeFeatureGroupResponse d, String alias, boolean isBase) {
        DataCatalogConfig catalog = d.offlineStoreConfig() == null ? null : d.offlineStoreConfig().dataCatalogConfig();
        if (d.offlineStoreConfig() == null) {
            throw new ValidationException("FeatureGroup", d.featureGroupName(), "has no offline store",
                    "create the group with an s3Uri to query it offline");
        }
        String table = (catalog != null && catalog.database() != null ? q(catalog.database()) + "." : "")
                + q(AthenaRun.tableOf(d));
        String id = q(d.recordIdentifierFeatureName());
        boolean fractional = d.featureDefinitions().stream()
                .anyMatch(f -> f.featureName().equals(d.eventTimeFeatureName()) && f.featureType() == FeatureType.FRACTIONAL);
        StringBuilder src = new StringBuilder("SELECT * FROM (SELECT *, ")
                .append(DatasetBuilder.integral(d, d.recordIdentifierFeatureName()) ? id : "CAST(" + id + " AS VARCHAR)")
                .append(" AS __k, ").append(eventTime(q(d.eventTimeFeatureName()), fractional)).append(" AS __et FROM ")
                .append(table).append(") t WHERE true");
        if (spec.asOf() != null) {
            src.append(" AND write_time <= TIMESTAMP '").append(WRITE_TIME.format(spec.asOf())).append('\'');
        }
        if (spec.rangeStart() != null) {
            src.append(" AND __et >= ").append(instant(spec.rangeStart()));
        }
        if (spec.rangeEnd() != null) {
            src.append(" AND __et <= ").append(instant(spec.rangeEnd()));
        }
        with.append(alias).append("_src AS (").append(src).append("),\n");
        // a point-in-time join always breaks event time ties by the latest write, so it dedups too
        String rows = spec.includeDuplicated() && !(spec.pointInTime() && !isBase)
                ? "SELECT * FROM " + alias + "_src WHERE NOT is_deleted"
                : "SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY __k, __et ORDER BY api_invocation_time DESC, "
                + "write_time DESC) AS __dup FROM " + alias + "_src WHERE NOT is_deleted) t WHERE __dup = 1";
        if (!spec.includeDeleted()) {
            // a delete hides the record's rows at or before its event time
            rows = "SELECT r.* FROM (" + rows + ") r LEFT JOIN (SELECT __k AS __dk, max(__et) AS __det FROM "
                    + alias + "_src WHERE is_deleted GROUP BY __k) del ON r.__k = del.__dk "
                    + "WHERE del.__det IS NULL OR r.__et > del.__det";
        }
        with.append(alias).append(" AS (").append(rows).append(")");
        if (isBase) {
            with.append(",\n");
        }
    }

    /**
     * View {@code base} over the Arrow base's temporary table, whose cells are all text: each column cast
     * back to its type, an empty cell as NULL, {@code __pt} the event time and {@code __row} the row.
     */
    private void typedBase(StringBuilder with) {
        StringBuilder typed = new StringBuilder("SELECT ");
        String pt = null;
        for (FieldVector v : spec.baseTable().getFieldVectors()) {
            ArrowType t = v.getField().getType();
            String cell = "NULLIF(" + q(column(v.getName())) + ", '')";
            String value = t instanceof ArrowType.Int ? "CAST(" + cell + " AS BIGINT)"
                    : t instanceof ArrowType.FloatingPoint ? "CAST(" + cell + " AS DOUBLE)"
                    : t instanceof ArrowType.Bool ? "CAST(" + cell + " AS BOOLEAN)"
                    : t instanceof ArrowType.Timestamp ? "from_iso8601_timestamp(" + cell + ")" : cell;
            typed.append(value).append(" AS ").append(q(v.getName())).append(", ");
            if (v.getName().equals(spec.baseEventTime())) {
                pt = t instanceof ArrowType.Timestamp ? value
                        : eventTime(value, t instanceof ArrowType.FloatingPoint || t instanceof ArrowType.Int);
            }
        }
        typed.append(pt).append(" AS __pt, CAST(__row AS BIGINT) AS __row FROM ").append(q(DATABASE)).append('.')
                .append(q(tempTable));
        if (spec.recent() != null) {
            String numbered = "SELECT *, row_number() OVER (PARTITION BY " + q(spec.baseId())
                    + " ORDER BY __pt DESC, __row DESC) AS __rk FROM (" + typed + ") t";
            with.append("base AS (SELECT * FROM (").append(numbered).append(") t WHERE __rk <= ").append(spec.recent())
                    .append("),\n");
        } else {
            with.append("base AS (").append(typed).append("),\n");
        }
    }

    /** Uploads the Arrow base as a header-less CSV and creates its temporary table, as the Python SDK does. */
    private void uploadBase() {
        VectorSchemaRoot base = spec.baseTable();
        List<FieldVector> vectors = base.getFieldVectors();
        StringBuilder csv = new StringBuilder();
        for (int r = 0; r < base.getRowCount(); r++) {
            for (FieldVector v : vectors) {
                csv.append(cell(v, r)).append(',');
            }
            csv.append(r).append('\n');
        }
        String object = tempFolder + tempTable + ".csv";
        session.objectStore().put(object, new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        StringBuilder ddl = new StringBuilder("CREATE EXTERNAL TABLE `").append(tempTable).append("` (");
        for (FieldVector v : vectors) {
            ddl.append('`').append(column(v.getName())).append("` string, ");
        }
        ddl.append("`__row` string) ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.OpenCSVSerde' "
                + "WITH SERDEPROPERTIES ('separatorChar' = ',', 'quoteChar' = '\"', 'escapeChar' = '\\\\') "
                + "LOCATION '").append(tempFolder).append('\'');
        new AthenaRun(session, CATALOG, DATABASE, tempTable, ddl.toString(), spec.outputPath()).execute();
    }

    /** Drops the temporary table and its folder; a failure here must not hide the query's own. */
    private void dropBase() {
        try {
            new AthenaRun(session, CATALOG, DATABASE, tempTable, "DROP TABLE IF EXISTS `" + tempTable + "`",
                    spec.outputPath()).execute();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AthenaDataset.class).warn("Athena table {} was not dropped: {}",
                    tempTable, e.toString());
        }
        try {
            for (ObjectSummary o : session.objectStore().listAll(tempFolder).toList()) {
                session.objectStore().delete(o.uri());
            }
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(AthenaDataset.class).warn("{} was not removed: {}", tempFolder,
                    e.toString());
        }
    }

    /** A base cell as OpenCSVSerde reads it: empty for NULL, quoted when it holds a comma, quote or escape. */
    private static String cell(FieldVector v, int r) {
        if (v.isNull(r)) {
            return "";
        }
        String text = v instanceof TimeStampVector ts ? isoOf(ArrowTables.micros(ts, r)) : ArrowTables.text(v, r);
        if (text == null) {
            return "";
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new ValidationException(v.getName(), text, "holds a line break, which Athena's CSV table cannot read",
                    "remove line breaks from the base table's text before building the dataset on Athena");
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\\') >= 0) {
            return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        return text;
    }

    private static String isoOf(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
                .toString();
    }

    /** Glue lower-cases column names; the temporary table's columns are read under those names. */
    private static String column(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String eventTime(String column, boolean epochSeconds) {
        return epochSeconds ? "from_unixtime(CAST(" + column + " AS DOUBLE))" : "from_iso8601_timestamp(" + column + ")";
    }

    private static String instant(Instant t) {
        return "from_iso8601_timestamp('" + t + "')";
    }

    private static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
