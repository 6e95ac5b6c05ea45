/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.featurestore.internal.ArrowScan;
import dev.sagemaker4j.featurestore.internal.ArrowTables;
import dev.sagemaker4j.featurestore.internal.AthenaRun;
import dev.sagemaker4j.featurestore.internal.Duck;
import dev.sagemaker4j.featurestore.internal.OfflineTables;
import dev.sagemaker4j.utils.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureDefinition;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;

/**
 * Builds a training set from feature groups' offline stores, as the Python SDK's
 * {@code DatasetBuilder}, in embedded DuckDB. By default each group is cleaned first: duplicates
 * (same record and event time) keep the latest write, and rows at or before a record's latest
 * delete are dropped. {@link #pointInTimeAccurateJoin()} then gives <b>exactly one row per base
 * row</b>: for each joined group, the row with the newest event time at or before the base row's
 * (ties to the latest write), nulls when none (or when older than the TTL window). Without it,
 * groups are inner-joined on the record identifier and may fan out, as in the Python SDK.
 * Needs no closing; the base table stays the caller's.
 *
 * <pre>{@code
 * DatasetBuilder.Result r = featureStore.createDataset(labels, "s3://bucket/ds",
 *                 d -> d.recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
 *         .withFeatureGroup(customers, "customer_id", List.of("spend"))
 *         .pointInTimeAccurateJoin()
 *         .toCsvFile();
 * }</pre>
 */
public final class DatasetBuilder {
    private static final Set<String> EXTRA = Set.of("write_time", "api_invocation_time", "is_deleted");
    /**
     * Base rows per query when a larger Arrow base is joined point in time into a CSV: the query runs once
     * for each such part of the base and the parts' CSVs are joined, so that the join's and the final
     * sort's memory stay those of a part (a multiple of 8 rows: the parts' bitmaps slice without a copy).
     */
    static final int PART_ROWS = 2 * 1024 * 1024;

    private final Session session;
    private final FeatureGroup baseGroup;
    private final VectorSchemaRoot baseTable;
    private final String baseId;
    private final String baseEventTime;
    private final String outputPath;
    private final List<Joined> joined = new ArrayList<>();
    private boolean pointInTime;
    private Duration ttl;
    private boolean includeDeleted;
    private boolean includeDuplicated;
    private Instant rangeStart;
    private Instant rangeEnd;
    private Instant asOf;
    private Integer recent;
    private List<String> includedBaseFeatures;
    private String kmsKeyId;
    private Integer limit;
    /** {@code event_time_identifier_feature_type}: given, then derived from the base when the dataset is built. */
    private FeatureType eventTimeType;
    /** The base view's event time column, as a TIMESTAMP (set by prepareBase). */
    private String basePt = "__pt";
    /** Base rows per part ({@link #PART_ROWS}; tests make it small). */
    private int partRows = PART_ROWS;
    /** How many parts of the base the query runs over, one at a time (set by prepareBase). */
    private int parts = 1;
    /** {@code base_raw}'s SELECT up to its FROM, for the parts after the first (set by prepareBase). */
    private String rawSelect;

    /**
     * A group to join: the base column matched (null: the base's record identifier), its features (null: all)
     * and its feature the base column is matched to (null: its record identifier).
     */
    record Joined(FeatureGroup group, String targetInBase, List<String> included, String featureNameInTarget,
                  JoinComparator comparator, JoinType type) {
        /** The join's SQL: {@code type} when given, else an inner join (a left join point in time). */
        String join(boolean pointInTime) {
            return type != null ? type.value() : pointInTime ? "LEFT JOIN" : "JOIN";
        }

        /** The comparator's SQL operator ({@code =} unless given). */
        String operator() {
            return comparator == null ? "=" : comparator.value();
        }
    }

    /** What the builder was told, for the Athena road ({@link AthenaDataset}). */
    record Spec(FeatureGroup baseGroup, VectorSchemaRoot baseTable, String baseId, String baseEventTime,
                String outputPath, List<Joined> joined, boolean pointInTime, Duration ttl, boolean includeDeleted,
                boolean includeDuplicated, Instant rangeStart, Instant rangeEnd, Instant asOf, Integer recent,
                List<String> includedBaseFeatures, Integer limit, String kmsKeyId) {
    }

    /**
     * A query and where its output went.
     *
     * @param uri   the CSV's s3:// URI
     * @param query the SQL that produced it
     */
    public record Result(String uri, String query) {
    }

    DatasetBuilder(Session session, FeatureGroup baseGroup, VectorSchemaRoot baseTable, String baseId,
                   String baseEventTime, String outputPath) {
        this.session = session;
        this.baseGroup = baseGroup;
        this.baseTable = baseTable;
        if (baseTable != null) {
            for (String c : new String[] {baseId, baseEventTime}) {
                if (c == null || baseTable.getSchema().getFields().stream().noneMatch(f -> f.getName().equals(c))) {
                    throw new ValidationException("base", c, "is not a column of the base table",
                            "name the base table's record identifier and event time columns");
                }
            }
        }
        this.baseId = baseId;
        this.baseEventTime = baseEventTime;
        this.outputPath = outputPath;
    }

    /**
     * Joins a feature group.
     *
     * @param featureGroup            the group ({@code feature_group})
     * @param targetFeatureNameInBase the base column matched to the group's record identifier (null: the base's)
     * @param includedFeatureNames    the group's features to add (null: all)
     * @return this builder
     */
    public DatasetBuilder withFeatureGroup(FeatureGroup featureGroup, String targetFeatureNameInBase,
                                           List<String> includedFeatureNames) {
        return withFeatureGroup(featureGroup, WithFeatureGroupOptions.builder()
                .targetFeatureNameInBase(targetFeatureNameInBase).includedFeatureNames(includedFeatureNames).build());
    }

    /**
     * Joins a feature group on the base's record identifier, with all its features.
     *
     * @param featureGroup the group ({@code feature_group})
     * @return this builder
     */
    public DatasetBuilder withFeatureGroup(FeatureGroup featureGroup) {
        return withFeatureGroup(featureGroup, WithFeatureGroupOptions.builder().build());
    }

    /**
     * Joins a feature group with Python's {@code with_feature_group} keywords by name:
     * {@code withFeatureGroup(orders, o -> o.targetFeatureNameInBase("order_id").featureNameInTarget("id"))}.
     *
     * @param featureGroup the group ({@code feature_group})
     * @param options      sets targetFeatureNameInBase, includedFeatureNames and featureNameInTarget
     * @return this builder
     */
    public DatasetBuilder withFeatureGroup(FeatureGroup featureGroup, Consumer<WithFeatureGroupOptions.Builder> options) {
        WithFeatureGroupOptions.Builder b = WithFeatureGroupOptions.builder();
        options.accept(b);
        return withFeatureGroup(featureGroup, b.build());
    }

    /**
     * Joins a feature group.
     *
     * @param featureGroup the group ({@code feature_group})
     * @param options      Python's {@code with_feature_group} keywords
     * @return this builder
     */
    public DatasetBuilder withFeatureGroup(FeatureGroup featureGroup, WithFeatureGroupOptions options) {
        Objects.requireNonNull(featureGroup, "featureGroup");
        joined.add(new Joined(featureGroup, options.targetFeatureNameInBase, options.includedFeatureNames,
                options.featureNameInTarget, options.joinComparator, options.joinType));
        return this;
    }

    /**
     * The Python SDK's {@code with_feature_group} keywords besides the group, by name. Immutable.
     */
    public static final class WithFeatureGroupOptions {
        private final String targetFeatureNameInBase;
        private final List<String> includedFeatureNames;
        private final String featureNameInTarget;
        private final JoinComparator joinComparator;
        private final JoinType joinType;

        private WithFeatureGroupOptions(Builder b) {
            this.targetFeatureNameInBase = b.targetFeatureNameInBase;
            this.includedFeatureNames = b.includedFeatureNames == null ? null : List.copyOf(b.includedFeatureNames);
            this.featureNameInTarget = b.featureNameInTarget;
            this.joinComparator = b.joinComparator;
            this.joinType = b.joinType;
        }

        /**
         * A builder with Python's defaults (the base's record identifier, every feature, the group's record
         * identifier).
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
            return new Builder().targetFeatureNameInBase(targetFeatureNameInBase)
                    .includedFeatureNames(includedFeatureNames).featureNameInTarget(featureNameInTarget)
                    .joinComparator(joinComparator).joinType(joinType);
        }

        /**
         * {@code target_feature_name_in_base}.
         *
         * @return the base column, or null for the base's record identifier
         */
        public String targetFeatureNameInBase() {
            return targetFeatureNameInBase;
        }

        /**
         * {@code included_feature_names}.
         *
         * @return the group's features to add, or null for all
         */
        public List<String> includedFeatureNames() {
            return includedFeatureNames;
        }

        /**
         * {@code feature_name_in_target}.
         *
         * @return the group's feature matched, or null for its record identifier
         */
        public String featureNameInTarget() {
            return featureNameInTarget;
        }

        /**
         * {@code join_comparator}.
         *
         * @return the comparator, or null for {@link JoinComparator#EQUALS}
         */
        public JoinComparator joinComparator() {
            return joinComparator;
        }

        /**
         * {@code join_type}.
         *
         * @return the join type, or null for the default (an inner join; a left join point in time)
         */
        public JoinType joinType() {
            return joinType;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WithFeatureGroupOptions w
                    && Objects.equals(w.targetFeatureNameInBase, targetFeatureNameInBase)
                    && Objects.equals(w.includedFeatureNames, includedFeatureNames)
                    && Objects.equals(w.featureNameInTarget, featureNameInTarget)
                    && w.joinComparator == joinComparator && w.joinType == joinType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(targetFeatureNameInBase, includedFeatureNames, featureNameInTarget, joinComparator,
                    joinType);
        }

        @Override
        public String toString() {
            return "WithFeatureGroupOptions[targetFeatureNameInBase=" + targetFeatureNameInBase
                    + ", includedFeatureNames=" + includedFeatureNames + ", featureNameInTarget=" + featureNameInTarget
                    + ", joinComparator=" + joinComparator + ", joinType=" + joinType + "]";
        }

        /** Builds {@link WithFeatureGroupOptions}. */
        public static final class Builder {
            private String targetFeatureNameInBase;
            private List<String> includedFeatureNames;
            private String featureNameInTarget;
            private JoinComparator joinComparator;
            private JoinType joinType;

            private Builder() {
            }

            /**
             * {@code target_feature_name_in_base} (default None: the base's record identifier): the base column
             * matched to the group.
             *
             * @param name the base column
             * @return this builder
             */
            public Builder targetFeatureNameInBase(String name) {
                this.targetFeatureNameInBase = name;
                return this;
            }

            /**
             * {@code included_feature_names} (default None: all): the group's features added.
             *
             * @param names the features
             * @return this builder
             */
            public Builder includedFeatureNames(List<String> names) {
                this.includedFeatureNames = names;
                return this;
            }

            /**
             * {@code feature_name_in_target} (default None: the group's record identifier): the group's feature
             * the base column is matched to.
             *
             * @param name a feature of the group
             * @return this builder
             */
            public Builder featureNameInTarget(String name) {
                this.featureNameInTarget = name;
                return this;
            }

            /**
             * {@code join_comparator} (default {@code JoinComparatorEnum.EQUALS}): how the base column is compared
             * with the group's feature. A point-in-time join takes only {@link JoinComparator#EQUALS}.
             *
             * @param comparator the comparator, or null for EQUALS
             * @return this builder
             */
            public Builder joinComparator(JoinComparator comparator) {
                this.joinComparator = comparator;
                return this;
            }

            /**
             * {@code join_type} (default {@code JoinTypeEnum.INNER_JOIN}): how the group is joined. Left unset, a
             * point-in-time join keeps base rows without a match (a left join), as this builder always has; a
             * point-in-time join takes {@link JoinType#INNER_JOIN} (base rows without a match dropped) and
             * {@link JoinType#LEFT_JOIN}, not the others.
             *
             * @param type the join type, or null for the default
             * @return this builder
             */
            public Builder joinType(JoinType type) {
                this.joinType = type;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public WithFeatureGroupOptions build() {
                return new WithFeatureGroupOptions(this);
            }
        }
    }

    /**
     * The group's side of a join: {@code __k} (its cleaned record identifier) or the feature named by
     * {@code feature_name_in_target}.
     *
     * @throws ValidationException naming a feature the group does not have
     */
    static String keyColumn(DescribeFeatureGroupResponse d, Joined j) {
        if (j.featureNameInTarget() == null) {
            return "__k";
        }
        if (d.featureDefinitions().stream().noneMatch(f -> f.featureName().equals(j.featureNameInTarget()))) {
            throw new ValidationException("featureNameInTarget", j.featureNameInTarget(), "is not a feature of group "
                    + d.featureGroupName(), "name a feature of the group");
        }
        return q(j.featureNameInTarget());
    }

    /** Whether the group's side of a join is Integral. */
    static boolean keyIntegral(DescribeFeatureGroupResponse d, Joined j) {
        return integral(d, j.featureNameInTarget() != null ? j.featureNameInTarget() : d.recordIdentifierFeatureName());
    }

    /**
     * The base's features to keep (null: all).
     *
     * @param names the features
     * @return this builder
     */
    public DatasetBuilder includedFeatureNames(List<String> names) {
        this.includedBaseFeatures = names == null ? null : List.copyOf(names);
        return this;
    }

    /** The KMS key of the result on Athena (create_dataset's kms_key_id); not acted on locally. */
    DatasetBuilder kmsKeyId(String kmsKeyId) {
        this.kmsKeyId = kmsKeyId;
        return this;
    }

    /**
     * Only the first {@code n} rows of the result, as Python's
     * {@code with_number_of_records_from_query_results(number_of_records)} (a LIMIT on the final query).
     *
     * @param numberOfRecords how many rows, at least 1
     * @return this builder
     */
    public DatasetBuilder withNumberOfRecordsFromQueryResults(int numberOfRecords) {
        if (numberOfRecords < 1) {
            throw new ValidationException("numberOfRecords", numberOfRecords, "is less than 1",
                    "keep at least one record");
        }
        this.limit = numberOfRecords;
        return this;
    }

    /**
     * One row per base row: each group's newest row at or before the base row's event time.
     *
     * @return this builder
     */
    public DatasetBuilder pointInTimeAccurateJoin() {
        this.pointInTime = true;
        return this;
    }

    /**
     * With a point-in-time join, ignore rows older than {@code ttl} before the base row (Feast's TTL).
     *
     * @param ttl the window
     * @return this builder
     */
    public DatasetBuilder withTtl(Duration ttl) {
        this.ttl = ttl;
        return this;
    }

    /**
     * Keep rows that a later delete removed.
     *
     * @return this builder
     */
    public DatasetBuilder includeDeletedRecords() {
        this.includeDeleted = true;
        return this;
    }

    /**
     * Keep every write of the same record and event time.
     *
     * @return this builder
     */
    public DatasetBuilder includeDuplicatedRecords() {
        this.includeDuplicated = true;
        return this;
    }

    /**
     * Only rows with event time in {@code [start, end]} (either may be null).
     *
     * @param startingTimestamp the first event time ({@code starting_timestamp}, default None: no lower bound)
     * @param endingTimestamp   the last event time ({@code ending_timestamp}, default None: no upper bound)
     * @return this builder
     */
    public DatasetBuilder withEventTimeRange(Instant startingTimestamp, Instant endingTimestamp) {
        this.rangeStart = startingTimestamp;
        this.rangeEnd = endingTimestamp;
        return this;
    }

    /**
     * Only rows written to the offline store at or before {@code time}: what was known then.
     *
     * @param timestamp the write time cut
     * @return this builder
     */
    public DatasetBuilder asOf(Instant timestamp) {
        this.asOf = timestamp;
        return this;
    }

    /**
     * Keep the {@code n} most recent rows per base record identifier.
     *
     * @param numberOfRecentRecords how many, at least 1
     * @return this builder
     */
    public DatasetBuilder withNumberOfRecentRecordsByRecordIdentifier(int numberOfRecentRecords) {
        if (numberOfRecentRecords < 1) {
            throw new ValidationException("numberOfRecentRecords", numberOfRecentRecords, "is less than 1",
                    "keep at least one record");
        }
        this.recent = numberOfRecentRecords;
        return this;
    }

    /**
     * {@code sagemaker_session}: the session the dataset is built in.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * {@code base}: the base the groups are joined to, a {@link FeatureGroup} or the {@link VectorSchemaRoot}
     * given (Python's FeatureGroup or DataFrame).
     *
     * @return the base group or table
     */
    public Object base() {
        return baseGroup != null ? baseGroup : baseTable;
    }

    /**
     * {@code output_path}: where {@link #toCsvFile()} writes.
     *
     * @return the s3:// URI, or null
     */
    public String outputPath() {
        return outputPath;
    }

    /**
     * {@code record_identifier_feature_name}: the base's record identifier (a group base's own, as Python
     * sets it when the dataset is built).
     *
     * @return the feature name
     */
    public String recordIdentifierFeatureName() {
        return baseGroup != null ? baseGroup.describe().recordIdentifierFeatureName() : baseId;
    }

    /**
     * {@code event_time_identifier_feature_name}: the base's event time feature (a group base's own).
     *
     * @return the feature name
     */
    public String eventTimeIdentifierFeatureName() {
        return baseGroup != null ? baseGroup.describe().eventTimeFeatureName() : baseEventTime;
    }

    /**
     * {@code included_feature_names}: the base's features kept.
     *
     * @return the names, or null for all
     */
    public List<String> includedFeatureNames() {
        return includedBaseFeatures;
    }

    /**
     * {@code kms_key_id}: the key the result is encrypted with on Athena (not acted on locally).
     *
     * @return the key, or null
     */
    public String kmsKeyId() {
        return kmsKeyId;
    }

    /**
     * {@code event_time_identifier_feature_type}: the type of the base's event time feature, as Python sets
     * it when the dataset is built: a group base's definition; for a table base the column's Arrow type
     * (integers Integral, floating point Fractional, text String; null for a timestamp column, which Python's
     * dtype map does not know either). Before the dataset is built, the value given to {@link #builder()}.
     *
     * @return the type, or null
     */
    public FeatureType eventTimeIdentifierFeatureType() {
        return eventTimeType;
    }

    /** Sets {@link #eventTimeType} from the base, as Python's {@code to_csv_file} does. */
    private void deriveEventTimeType() {
        if (baseGroup != null) {
            DescribeFeatureGroupResponse d = baseGroup.describe();
            eventTimeType = d.featureDefinitions().stream()
                    .filter(f -> f.featureName().equals(d.eventTimeFeatureName()))
                    .map(FeatureDefinition::featureType).findFirst().orElse(null);
            return;
        }
        ArrowType t = baseTable.getVector(baseEventTime).getField().getType();
        eventTimeType = t instanceof ArrowType.Int ? FeatureType.INTEGRAL
                : t instanceof ArrowType.FloatingPoint ? FeatureType.FRACTIONAL
                : t instanceof ArrowType.Utf8 || t instanceof ArrowType.LargeUtf8 ? FeatureType.STRING : null;
    }

    /**
     * A builder of a dataset from Python's {@code DatasetBuilder} constructor fields;
     * {@code featureStore.createDataset(base, outputPath, ...)} builds the same.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DatasetBuilder} from Python's constructor fields. */
    public static final class Builder {
        private Session session;
        private FeatureGroup baseGroup;
        private VectorSchemaRoot baseTable;
        private String outputPath;
        private String recordIdentifierFeatureName;
        private String eventTimeIdentifierFeatureName;
        private List<String> includedFeatureNames;
        private String kmsKeyId;
        private FeatureType eventTimeIdentifierFeatureType;

        private Builder() {
        }

        /**
         * {@code sagemaker_session} (required).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * {@code base} (required) as a feature group.
         *
         * @param base the base group
         * @return this builder
         */
        public Builder base(FeatureGroup base) {
            this.baseGroup = base;
            this.baseTable = null;
            return this;
        }

        /**
         * {@code base} (required) as a table (Python's DataFrame); read when the dataset is built.
         *
         * @param base the base rows
         * @return this builder
         */
        public Builder base(VectorSchemaRoot base) {
            this.baseTable = base;
            this.baseGroup = null;
            return this;
        }

        /**
         * {@code output_path} (required for {@link DatasetBuilder#toCsvFile()}): an s3:// URI.
         *
         * @param outputPath the location
         * @return this builder
         */
        public Builder outputPath(String outputPath) {
            this.outputPath = outputPath;
            return this;
        }

        /**
         * {@code record_identifier_feature_name} (default None; required for a table base).
         *
         * @param name the base column
         * @return this builder
         */
        public Builder recordIdentifierFeatureName(String name) {
            this.recordIdentifierFeatureName = name;
            return this;
        }

        /**
         * {@code event_time_identifier_feature_name} (default None; required for a table base).
         *
         * @param name the base column
         * @return this builder
         */
        public Builder eventTimeIdentifierFeatureName(String name) {
            this.eventTimeIdentifierFeatureName = name;
            return this;
        }

        /**
         * {@code included_feature_names} (default None: all).
         *
         * @param names the base's features to keep
         * @return this builder
         */
        public Builder includedFeatureNames(List<String> names) {
            this.includedFeatureNames = names;
            return this;
        }

        /**
         * {@code kms_key_id} (default None): encrypts the result on Athena.
         *
         * @param kmsKeyId the key
         * @return this builder
         */
        public Builder kmsKeyId(String kmsKeyId) {
            this.kmsKeyId = kmsKeyId;
            return this;
        }

        /**
         * {@code event_time_identifier_feature_type} (default None): as in Python, replaced by the base's own
         * type when the dataset is built.
         *
         * @param type the type
         * @return this builder
         */
        public Builder eventTimeIdentifierFeatureType(FeatureType type) {
            this.eventTimeIdentifierFeatureType = type;
            return this;
        }

        /**
         * Builds the dataset builder, validating as {@code FeatureStore.createDataset} does.
         *
         * @return the dataset builder
         * @throws ValidationException when the session or the base is missing, or a table base lacks an
         *                             identifier name
         */
        public DatasetBuilder build() {
            if (session == null) {
                throw new ValidationException("sagemakerSession", null, "is missing", "give the builder a session");
            }
            FeatureStore.CreateDatasetOptions o = FeatureStore.CreateDatasetOptions.builder()
                    .recordIdentifierFeatureName(recordIdentifierFeatureName)
                    .eventTimeIdentifierFeatureName(eventTimeIdentifierFeatureName)
                    .includedFeatureNames(includedFeatureNames).kmsKeyId(kmsKeyId).build();
            FeatureStore store = new FeatureStore(session);
            DatasetBuilder d;
            if (baseGroup != null) {
                d = store.createDataset(baseGroup, outputPath, o);
            } else if (baseTable != null) {
                d = store.createDataset(baseTable, outputPath, o);
            } else {
                throw new ValidationException("base", null, "is missing",
                        "give the builder a FeatureGroup or a table");
            }
            d.eventTimeType = eventTimeIdentifierFeatureType;
            return d;
        }
    }

    /** Sets the base rows per part of {@link #toCsvFile} (a multiple of 8), for tests. */
    DatasetBuilder partRows(int rows) {
        this.partRows = rows;
        return this;
    }

    /**
     * Builds the dataset as CSV (with a header) under the output path.
     *
     * @return the CSV's URI and the query
     */
    public Result toCsvFile() {
        if (outputPath == null) {
            throw new ValidationException("outputPath", null, "is missing", "give createDataset an output path");
        }
        deriveEventTimeType();
        if (onAthena()) {
            return athena().toCsvFile();
        }
        return run(true, (c, sql, scans) -> {
            Path csv = Files.createTempFile("sagemaker4j-dataset", ".csv");
            Path part = csv.resolveSibling(csv.getFileName() + ".part");
            try (Statement s = c.createStatement()) {
                Files.delete(csv);
                s.execute("COPY (" + sql + ") TO '" + csv.toString().replace("'", "''") + "' (HEADER, DELIMITER ',')");
                // the later parts of the base, each in row order after the one before: their rows go on the end
                for (int k = 1; k < parts; k++) {
                    useBasePart(c, k, scans);
                    s.execute("COPY (" + sql + ") TO '" + part.toString().replace("'", "''")
                            + "' (HEADER false, DELIMITER ',')");
                    append(part, csv);
                }
                String uri = (outputPath.endsWith("/") ? outputPath : outputPath + "/") + UUID.randomUUID() + ".csv";
                // moved, not copied, into a local bucket: the CSV is the largest thing the dataset writes
                session.objectStore().moveIn(uri, csv);
                return new Result(uri, sql);
            } finally {
                Files.deleteIfExists(part);
                Files.deleteIfExists(csv);
            }
        });
    }

    private static void append(Path part, Path csv) throws IOException {
        try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(part);
             java.nio.channels.FileChannel out = java.nio.channels.FileChannel.open(csv,
                     java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
            long size = in.size();
            for (long at = 0; at < size; ) {
                at += in.transferTo(at, size - at, out);
            }
        }
        Files.delete(part);
    }

    /**
     * Builds the dataset as an Arrow table.
     *
     * @param allocator where it lives; the caller closes the returned table
     * @return the table
     */
    public VectorSchemaRoot toArrow(BufferAllocator allocator) {
        deriveEventTimeType();
        if (onAthena()) {
            return athena().toArrow(allocator);
        }
        return run(false, (c, sql, scans) -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return ArrowTables.fromResultSet(rs, allocator);
            }
        });
    }

    /**
     * Builds the dataset as an Arrow table with the query that built it, as the Python SDK's
     * {@code to_dataframe()} returns the frame and the query.
     *
     * @param allocator where the table lives; the caller closes the returned result (and so the table)
     * @return the table and the query
     */
    public Dataframe toDataframe(BufferAllocator allocator) {
        deriveEventTimeType();
        if (onAthena()) {
            AthenaDataset a = athena();
            return a.toDataframe(allocator);
        }
        return run(false, (c, sql, scans) -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return new Dataframe(ArrowTables.fromResultSet(rs, allocator), sql);
            }
        });
    }

    /**
     * What {@link #toDataframe} returns: the dataset and the query, as Python's {@code (DataFrame, str)}.
     * Closing it closes the table.
     *
     * @param dataframe the dataset; the caller closes it
     * @param query     the SQL that built it
     */
    public record Dataframe(VectorSchemaRoot dataframe, String query) implements AutoCloseable {
        @Override
        public void close() {
            dataframe.close();
        }
    }

    /**
     * The SQL the dataset runs (DuckDB dialect, over views named {@code base} and {@code g1..gN}).
     *
     * @return the query
     */
    public String query() {
        if (onAthena()) {
            return athena().query();
        }
        return run(false, (c, sql, scans) -> sql);
    }

    /** Whether the dataset is built by Athena: on a backend that offers it instead of a local store. */
    private boolean onAthena() {
        return AthenaRun.onAthena(session);
    }

    private AthenaDataset athena() {
        validate();
        return new AthenaDataset(session, new Spec(baseGroup, baseTable, baseId, baseEventTime, outputPath,
                List.copyOf(joined), pointInTime, ttl, includeDeleted, includeDuplicated, rangeStart, rangeEnd, asOf,
                recent, includedBaseFeatures, limit, kmsKeyId));
    }

    private void validate() {
        if (pointInTime && joined.isEmpty()) {
            throw new ValidationException("pointInTimeAccurateJoin", true, "needs a joined feature group",
                    "call withFeatureGroup(...) first");
        }
        if (pointInTime) {
            for (Joined j : joined) {
                if (j.comparator() != null && j.comparator() != JoinComparator.EQUALS) {
                    throw new ValidationException("joinComparator", j.comparator(), "is not EQUALS in a point-in-time"
                            + " join of group " + j.group().name() + " (its newest match is found by record)",
                            "join with EQUALS, or drop pointInTimeAccurateJoin()");
                }
                if (j.type() != null && j.type() != JoinType.INNER_JOIN && j.type() != JoinType.LEFT_JOIN) {
                    throw new ValidationException("joinType", j.type(), "is neither INNER_JOIN nor LEFT_JOIN in a"
                            + " point-in-time join of group " + j.group().name() + " (each base row gets its newest match)",
                            "join with INNER_JOIN or LEFT_JOIN, or drop pointInTimeAccurateJoin()");
                }
            }
        }
    }

    /**
     * The join condition of a group, in both dialects: integer columns compared as integers; with a comparator
     * other than {@code =}, two numeric columns as numbers; anything else as text. Null for a cross join.
     *
     * @param base  the base side, e.g. {@code b."id"}
     * @param group the group side, e.g. {@code g1.__k}
     */
    static String joinCondition(Joined j, String base, String group, boolean integral, boolean numeric) {
        if (j.type() == JoinType.CROSS_JOIN) {
            return null;
        }
        String op = " " + j.operator() + " ";
        if (integral) {
            return base + op + group;
        }
        if (numeric && !"=".equals(j.operator())) {
            return "CAST(" + base + " AS DOUBLE)" + op + "CAST(" + group + " AS DOUBLE)";
        }
        return "CAST(" + base + " AS VARCHAR)" + op + "CAST(" + group + " AS VARCHAR)";
    }

    /** Whether a group's feature is Integral or Fractional. */
    static boolean numeric(DescribeFeatureGroupResponse d, String feature) {
        return d.featureDefinitions().stream().anyMatch(f -> f.featureName().equals(feature)
                && (f.featureType() == FeatureType.INTEGRAL || f.featureType() == FeatureType.FRACTIONAL));
    }

    /** Whether the group's side of a join is Integral or Fractional. */
    static boolean keyNumeric(DescribeFeatureGroupResponse d, Joined j) {
        return numeric(d, j.featureNameInTarget() != null ? j.featureNameInTarget() : d.recordIdentifierFeatureName());
    }

    /**
     * A joined group's features in the dataset: the included ones in the group's order (all when
     * {@code included} is null).
     *
     * @throws ValidationException naming an included feature the group does not have
     */
    static List<String> includedColumns(DescribeFeatureGroupResponse d, List<String> included) {
        List<String> cols = new ArrayList<>();
        for (FeatureDefinition f : d.featureDefinitions()) {
            if (included == null || included.contains(f.featureName())) {
                cols.add(f.featureName());
            }
        }
        if (included != null) {
            for (String n : included) {
                if (!cols.contains(n)) {
                    throw new ValidationException("includedFeatureNames", n, "is not a feature of group "
                            + d.featureGroupName(), "name features of the group");
                }
            }
        }
        return cols;
    }

    private interface Body<T> {
        T apply(Connection c, String sql, List<ArrowScan> scans) throws SQLException, IOException;
    }

    /**
     * Builds the views and the query and runs {@code body}.
     *
     * @param inParts whether the body runs the query over the base's parts one at a time ({@link #parts})
     */
    private <T> T run(boolean inParts, Body<T> body) {
        validate();
        Path scratch = null;
        List<ArrowScan> scans = new ArrayList<>();
        try (Connection c = Duck.open()) {
            scratch = Files.createTempDirectory("sagemaker4j-dataset");
            List<String> baseColumns = prepareBase(c, scratch, scans, inParts);
            StringBuilder select = new StringBuilder("SELECT ");
            StringBuilder from = new StringBuilder(" FROM base b");
            Set<String> taken = new HashSet<>();
            for (String col : baseColumns) {
                select.append("b.").append(q(col)).append(", ");
                taken.add(col);
            }
            for (int i = 0; i < joined.size(); i++) {
                Joined j = joined.get(i);
                String alias = "g" + (i + 1);
                DescribeFeatureGroupResponse d = j.group.describe();
                cleanGroup(c, d, alias, scratch);
                String target = j.targetInBase != null ? j.targetInBase : baseIdName();
                List<String> cols = includedColumns(d, j.included);
                String keyColumn = keyColumn(d, j);
                if (parts > 1) {
                    // cleaned once for all parts, with only the columns the query reads
                    StringBuilder keep = new StringBuilder("__k, __et");
                    for (String col : cols) {
                        keep.append(", ").append(q(col));
                    }
                    if (j.featureNameInTarget != null && !cols.contains(j.featureNameInTarget)) {
                        keep.append(", ").append(keyColumn);
                    }
                    exec(c, "ALTER VIEW " + alias + " RENAME TO " + alias + "_all");
                    exec(c, "CREATE TABLE " + alias + " AS SELECT " + keep + " FROM " + alias + "_all");
                }
                String cond = "b." + basePt + " >= " + alias + ".__et";
                for (String col : cols) {
                    String out = taken.add(col) ? col : col + "." + (i + 1);
                    taken.add(out);
                    String value = alias + "." + q(col);
                    if (pointInTime && ttl != null) {
                        value = "CASE WHEN " + alias + ".__et >= b." + basePt + " - to_microseconds(" + ttl.toNanos() / 1000
                                + ") THEN " + value + " END";
                    }
                    select.append(value).append(" AS ").append(q(out)).append(", ");
                }
                // integers join as integers (strings cost the join a third more); anything else as text
                String key = joinCondition(j, "b." + q(target), alias + "." + keyColumn,
                        keyIntegral(d, j) && baseIntegral(target), keyNumeric(d, j) && baseNumeric(target));
                from.append(pointInTime ? " ASOF " : " ").append(j.join(pointInTime)).append(" ").append(alias);
                if (key != null) {
                    from.append(" ON ").append(key);
                }
                if (pointInTime) {
                    from.append(" AND ").append(cond);
                }
            }
            select.setLength(select.length() - 2);
            String sql = select + from.toString() + " ORDER BY b.__row" + (limit == null ? "" : " LIMIT " + limit);
            return body.apply(c, sql, scans);
        } catch (SQLException e) {
            throw new ValidationException("dataset", baseGroup != null ? baseGroup.name() : "table",
                    "could not be built: " + e.getMessage(), "check the feature names and event time columns", e);
        } catch (IOException e) {
            throw new StorageException(outputPath, "the dataset cannot be written: " + e, true, e);
        } finally {
            // the connection is closed by now: DuckDB may hold the base's slices until then
            scans.forEach(ArrowScan::close);
            Folders.deleteQuietly(scratch);
        }
    }

    /** Whether a group's feature is Integral. */
    static boolean integral(DescribeFeatureGroupResponse d, String feature) {
        return d.featureDefinitions().stream()
                .anyMatch(f -> f.featureName().equals(feature) && f.featureType() == FeatureType.INTEGRAL);
    }

    /** Whether the base column holds integers, so that it can join an Integral identifier without casts. */
    private boolean baseIntegral(String column) {
        if (baseGroup != null) {
            return integral(baseGroup.describe(), column);
        }
        FieldVector v = baseTable.getVector(column);
        return v != null && v.getField().getType() instanceof ArrowType.Int;
    }

    /** Whether the base column holds numbers (integers or floating point). */
    private boolean baseNumeric(String column) {
        if (baseGroup != null) {
            return numeric(baseGroup.describe(), column);
        }
        FieldVector v = baseTable.getVector(column);
        return v != null && (v.getField().getType() instanceof ArrowType.Int
                || v.getField().getType() instanceof ArrowType.FloatingPoint);
    }

    private String baseIdName() {
        return baseGroup != null ? baseGroup.describe().recordIdentifierFeatureName() : baseId;
    }

    /**
     * Creates view {@code base} with the base event time as a TIMESTAMP (column {@link #basePt}) and
     * {@code __row}; returns the output columns.
     */
    private List<String> prepareBase(Connection c, Path scratch, List<ArrowScan> scans, boolean inParts)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        basePt = "__pt";
        parts = 1;
        if (baseGroup != null) {
            DescribeFeatureGroupResponse d = baseGroup.describe();
            cleanGroup(c, d, "base_clean", scratch);
            for (FeatureDefinition f : d.featureDefinitions()) {
                if (includedBaseFeatures == null || includedBaseFeatures.contains(f.featureName())
                        || f.featureName().equals(d.recordIdentifierFeatureName())
                        || f.featureName().equals(d.eventTimeFeatureName())) {
                    columns.add(f.featureName());
                }
            }
            // __k as text: the order of base rows stays what it was when every key was text
            exec(c, "CREATE VIEW base AS SELECT *, __et AS __pt, row_number() OVER (ORDER BY CAST(__k AS VARCHAR), __et, "
                    + "api_invocation_time, write_time) AS __row FROM base_clean" + recentFilter());
            return columns;
        }
        List<FieldVector> vectors = baseTable.getFieldVectors();
        for (FieldVector v : vectors) {
            if (includedBaseFeatures == null || includedBaseFeatures.contains(v.getName())
                    || v.getName().equals(baseId) || v.getName().equals(baseEventTime)) {
                columns.add(v.getName());
            }
        }
        if (ArrowScan.supports(baseTable)) {
            // DuckDB reads the Arrow buffers in place; base_raw gets the types the copy below would give
            int rows = baseTable.getRowCount();
            parts = inParts && pointInTime && recent == null && limit == null && rows > partRows ? (rows - 1) / partRows + 1 : 1;
            scans.add(ArrowScan.register((DuckDBConnection) c, "base_arrow", baseTable, "__row", 0,
                    parts == 1 ? rows : partRows));
            // DuckDB does not know how many rows a stream holds and would join it row by row (a nested
            // loop over the feature rows) when it guesses few
            exec(c, "SET asof_loop_join_threshold = 0");
            StringBuilder raw = new StringBuilder("SELECT ");
            for (FieldVector v : vectors) {
                ArrowType t = v.getField().getType();
                String n = q(v.getName());
                raw.append(t instanceof ArrowType.Int ? "CAST(" + n + " AS BIGINT)"
                        : t instanceof ArrowType.FloatingPoint ? "CAST(" + n + " AS DOUBLE)"
                        : t instanceof ArrowType.Timestamp ? "epoch_us(" + n + ")" : n).append(" AS ").append(n)
                        .append(", ");
            }
            rawSelect = raw.append("__row FROM ").toString();
            exec(c, "CREATE VIEW base_raw AS " + rawSelect + "base_arrow");
        } else {
            copyBase(c);
        }
        ArrowType et = baseTable.getVector(baseEventTime).getField().getType();
        StringBuilder view = new StringBuilder("CREATE VIEW base AS SELECT ");
        for (FieldVector v : vectors) {
            String n = q(v.getName());
            view.append(v.getField().getType() instanceof ArrowType.Timestamp ? "make_timestamp(" + n + ") AS " + n : n)
                    .append(", ");
        }
        view.append("__row");
        if (et instanceof ArrowType.Timestamp) {
            // the event time column is the TIMESTAMP already: a copy of it would cost the join 8 bytes a row
            basePt = q(baseEventTime);
        } else {
            view.append(", ").append(timeExpr(q(baseEventTime),
                    et instanceof ArrowType.FloatingPoint || et instanceof ArrowType.Int)).append(" AS __pt");
        }
        exec(c, view.append(" FROM base_raw").toString());
        if (recent != null) {
            exec(c, "ALTER VIEW base RENAME TO base_all");
            exec(c, "CREATE VIEW base AS SELECT * EXCLUDE (__rk) FROM (SELECT *, row_number() OVER (PARTITION BY "
                    + q(baseId) + " ORDER BY " + basePt + " DESC, __row DESC) AS __rk FROM base_all) WHERE __rk <= "
                    + recent);
        }
        return columns;
    }

    /** Points view {@code base_raw} (and so {@code base}) at part {@code k} of the Arrow base. */
    private void useBasePart(Connection c, int k, List<ArrowScan> scans) throws SQLException {
        String view = "base_arrow_" + k;
        scans.add(ArrowScan.register((DuckDBConnection) c, view, baseTable, "__row", k * partRows,
                (int) Math.min(baseTable.getRowCount(), (k + 1L) * partRows)));
        exec(c, "CREATE OR REPLACE VIEW base_raw AS " + rawSelect + view);
    }

    /** Copies the base table into DuckDB table {@code base_raw}, row by row: for column types Arrow's C stream does not take. */
    private void copyBase(Connection c) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE base_raw (");
        List<FieldVector> vectors = baseTable.getFieldVectors();
        int[] kinds = new int[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            FieldVector v = vectors.get(i);
            ArrowType t = v.getField().getType();
            String type;
            if (t instanceof ArrowType.Int) {
                kinds[i] = 1;
                type = "BIGINT";
            } else if (t instanceof ArrowType.FloatingPoint) {
                kinds[i] = 2;
                type = "DOUBLE";
            } else if (t instanceof ArrowType.Timestamp) {
                kinds[i] = 3;
                type = "BIGINT";
            } else if (t instanceof ArrowType.Bool) {
                kinds[i] = 4;
                type = "BOOLEAN";
            } else {
                kinds[i] = 0;
                type = "VARCHAR";
            }
            ddl.append(q(v.getName())).append(' ').append(type).append(", ");
        }
        ddl.append("__row BIGINT)");
        exec(c, ddl.toString());
        try (DuckDBAppender a = ((DuckDBConnection) c).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "base_raw")) {
            for (int r = 0; r < baseTable.getRowCount(); r++) {
                a.beginRow();
                for (int i = 0; i < vectors.size(); i++) {
                    FieldVector v = vectors.get(i);
                    if (v.isNull(r)) {
                        a.appendNull();
                        continue;
                    }
                    switch (kinds[i]) {
                        case 1 -> a.append(((Number) v.getObject(r)).longValue());
                        case 2 -> a.append(((Number) v.getObject(r)).doubleValue());
                        case 3 -> a.append(ArrowTables.micros((TimeStampVector) v, r));
                        case 4 -> a.append((Boolean) v.getObject(r));
                        default -> a.append(ArrowTables.text(v, r));
                    }
                }
                a.append((long) r);
                a.endRow();
            }
        }
    }

    private String recentFilter() {
        return recent == null ? "" : " QUALIFY row_number() OVER (PARTITION BY __k ORDER BY __et DESC, "
                + "api_invocation_time DESC, write_time DESC) <= " + recent;
    }

    /**
     * Creates view {@code alias} over a group's offline rows: key {@code __k}, event time
     * {@code __et}, filtered by time range and write time, deduplicated and with deletes applied.
     */
    private void cleanGroup(Connection c, DescribeFeatureGroupResponse d, String alias, Path scratch)
            throws SQLException {
        String raw = alias + "_raw";
        OfflineTables.register(c, session, d, raw, scratch);
        boolean fractional = d.featureDefinitions().stream().filter(f -> f.featureName().equals(d.eventTimeFeatureName()))
                .anyMatch(f -> f.featureType() == FeatureType.FRACTIONAL);
        // Integral identifiers stay BIGINT: grouping and joining integers is cheaper than their text
        String id = q(d.recordIdentifierFeatureName());
        StringBuilder src = new StringBuilder("SELECT *, ")
                .append(integral(d, d.recordIdentifierFeatureName()) ? id : "CAST(" + id + " AS VARCHAR)")
                .append(" AS __k, ").append(timeExpr(q(d.eventTimeFeatureName()), fractional))
                .append(" AS __et FROM ").append(raw).append(" WHERE true");
        if (asOf != null) {
            src.append(" AND write_time <= ").append(ts(asOf));
        }
        String filtered = "(SELECT * FROM (" + src + ") WHERE true"
                + (rangeStart != null ? " AND __et >= " + ts(rangeStart) : "")
                + (rangeEnd != null ? " AND __et <= " + ts(rangeEnd) : "") + ")";
        exec(c, "CREATE VIEW " + alias + "_src AS " + filtered);
        // a point-in-time join always breaks event time ties by the latest write, so it dedups too
        String rows = includeDuplicated && !(pointInTime && !alias.equals("base_clean"))
                ? "SELECT * FROM " + alias + "_src WHERE NOT is_deleted"
                : "SELECT * FROM " + alias + "_src WHERE NOT is_deleted QUALIFY row_number() OVER (PARTITION BY __k, "
                + "__et ORDER BY api_invocation_time DESC, write_time DESC) = 1";
        if (!includeDeleted) {
            rows = "SELECT r.* FROM (" + rows + ") r LEFT JOIN (SELECT __k AS __dk, max(__et) AS __det FROM "
                    + alias + "_src WHERE is_deleted GROUP BY __k) del ON r.__k = del.__dk "
                    + "WHERE del.__det IS NULL OR r.__et > del.__det";
        }
        exec(c, "CREATE VIEW " + alias + " AS " + rows);
    }

    private static String timeExpr(String column, boolean epochSeconds) {
        return epochSeconds ? "make_timestamp(CAST(round(" + column + " * 1000000) AS BIGINT))"
                : "CAST(" + column + " AS TIMESTAMP)";
    }

    private static String ts(Instant t) {
        return "make_timestamp(" + (t.getEpochSecond() * 1_000_000L + t.getNano() / 1000) + ")";
    }

    private static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

}
