/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.SearchApi;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.featurestore.internal.Shapes;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.arrow.vector.VectorSchemaRoot;
import software.amazon.awssdk.services.sagemaker.model.BooleanOperator;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsResponse;
import software.amazon.awssdk.services.sagemaker.model.Operator;
import software.amazon.awssdk.services.sagemaker.model.ResourceType;
import software.amazon.awssdk.services.sagemaker.model.SearchExpression;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;
import software.amazon.awssdk.services.sagemaker.model.SearchSortOrder;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordIdentifier;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.ExpirationTimeResponse;

/**
 * Operations across feature groups, as the Python SDK's {@code FeatureStore}: list, search,
 * batch reads and training datasets. Holds no resources; needs no closing.
 *
 * <pre>{@code
 * FeatureStore fs = new FeatureStore(session);
 * BatchGetRecordResponse r = fs.batchGetRecord(List.of(BatchGetRecordIdentifier.builder()
 *         .featureGroupName("customers").recordIdentifiersValueAsString("1", "2").build()));
 * }</pre>
 */
public final class FeatureStore {
    private final Session session;

    /**
     * The feature store of a session.
     *
     * @param session the session
     */
    public FeatureStore(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * Lists feature groups (ListFeatureGroups).
     *
     * @param request filters, sort and paging
     * @return a page of summaries
     */
    public ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsRequest request) {
        return session.api(FeatureGroupsApi.CAPABILITY).listFeatureGroups(request);
    }

    /**
     * Lists feature groups with Python's {@code list_feature_groups} keywords by name:
     * {@code listFeatureGroups(l -> l.nameContains("cust").sortBy("Name").maxResults(50))}.
     *
     * @param options sets nameContains, featureGroupStatusEquals, offlineStoreStatusEquals,
     *                creationTimeAfter, creationTimeBefore, sortOrder, sortBy, maxResults, nextToken
     * @return a page of summaries
     */
    public ListFeatureGroupsResponse listFeatureGroups(Consumer<ListFeatureGroupsOptions.Builder> options) {
        ListFeatureGroupsOptions.Builder b = ListFeatureGroupsOptions.builder();
        options.accept(b);
        return listFeatureGroups(b.build());
    }

    /**
     * Lists feature groups (ListFeatureGroups); keywords left unset are not sent, as Python leaves None out.
     *
     * @param options Python's {@code list_feature_groups} keywords
     * @return a page of summaries
     */
    public ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsOptions options) {
        return listFeatureGroups(options.request);
    }

    /**
     * Lists feature groups with the service's defaults, as Python's {@code list_feature_groups()}.
     *
     * @return a page of summaries
     */
    public ListFeatureGroupsResponse listFeatureGroups() {
        return listFeatureGroups(ListFeatureGroupsRequest.builder().build());
    }

    /**
     * Lists feature groups whose name contains a string.
     *
     * @param nameContains the substring, or null for all
     * @return a page of summaries
     */
    public ListFeatureGroupsResponse listFeatureGroups(String nameContains) {
        return listFeatureGroups(ListFeatureGroupsRequest.builder().nameContains(nameContains).maxResults(100).build());
    }

    /**
     * Reads up to 100 records across up to 10 groups from the online store (BatchGetRecord).
     *
     * @param identifiers the groups and record identifiers
     * @return records found, and errors
     */
    public BatchGetRecordResponse batchGetRecord(List<BatchGetRecordIdentifier> identifiers) {
        return batchGetRecord(identifiers, null);
    }

    /**
     * Reads records, optionally with their expiry time.
     *
     * @param identifiers            the groups and record identifiers
     * @param expirationTimeResponse Enabled to return ExpiresAt, or null
     * @return records found, and errors
     */
    public BatchGetRecordResponse batchGetRecord(List<BatchGetRecordIdentifier> identifiers,
                                                 ExpirationTimeResponse expirationTimeResponse) {
        return session.featureStoreRuntimeApi().batchGetRecord(BatchGetRecordRequest.builder()
                .identifiers(identifiers).expirationTimeResponse(expirationTimeResponse).build());
    }

    /**
     * Searches a resource, FeatureGroup or FeatureMetadata (Search), as Python's {@code search(resource)}.
     *
     * @param resource the resource to search
     * @return the matches
     */
    public SearchResponse search(ResourceType resource) {
        return search(resource, SearchOptions.builder().build());
    }

    /**
     * Searches with Python's {@code search} keywords by name: {@code search(ResourceType.FEATURE_GROUP,
     * s -> s.filters(List.of(filter)).operator(BooleanOperator.OR).maxResults(10))}.
     *
     * @param resource the resource to search
     * @param options  sets filters, operator, sortBy, sortOrder, nextToken, maxResults
     * @return the matches
     */
    public SearchResponse search(ResourceType resource, Consumer<SearchOptions.Builder> options) {
        SearchOptions.Builder b = SearchOptions.builder();
        options.accept(b);
        return search(resource, b.build());
    }

    /**
     * Searches (Search); the local backend searches feature groups by FeatureGroupName, Description and
     * FeatureGroupStatus with And.
     *
     * @param resource the resource to search
     * @param options  Python's {@code search} keywords
     * @return the matches
     */
    public SearchResponse search(ResourceType resource, SearchOptions options) {
        if (resource == null) {
            throw new ValidationException("resource", null, "is missing", "give FeatureGroup or FeatureMetadata");
        }
        SearchRequest.Builder b = SearchRequest.builder().resource(resource).sortBy(options.sortBy)
                .sortOrder(options.sortOrder).nextToken(options.nextToken).maxResults(options.maxResults);
        if (!options.filters.isEmpty() || options.operator != null) {
            b.searchExpression(SearchExpression.builder().filters(options.filters.isEmpty() ? null : options.filters)
                    .operator(options.operator).build());
        }
        return session.api(SearchApi.CAPABILITY).search(b.build());
    }

    /**
     * Feature groups whose name or description contains a text.
     *
     * @param field "FeatureGroupName" or "Description"
     * @param text  the text
     * @return the matches
     */
    public SearchResponse search(String field, String text) {
        return search(ResourceType.FEATURE_GROUP, s -> s.filters(List.of(Filter.builder().name(field)
                .operator(Operator.CONTAINS).value(text).build())).operator(BooleanOperator.AND));
    }

    /**
     * A dataset built on a feature group's offline store, as Python's {@code create_dataset(base, output_path)}.
     *
     * @param base       the base group
     * @param outputPath where {@link DatasetBuilder#toCsvFile()} writes (s3:// URI)
     * @return the builder
     */
    public DatasetBuilder createDataset(FeatureGroup base, String outputPath) {
        return createDataset(base, outputPath, CreateDatasetOptions.builder().build());
    }

    /**
     * A dataset built on a feature group's offline store, with Python's {@code create_dataset} keywords by
     * name: {@code createDataset(group, "s3://bucket/ds", d -> d.includedFeatureNames(List.of("spend")))}.
     *
     * @param base       the base group
     * @param outputPath where {@link DatasetBuilder#toCsvFile()} writes (s3:// URI)
     * @param options    sets includedFeatureNames and kmsKeyId
     * @return the builder
     */
    public DatasetBuilder createDataset(FeatureGroup base, String outputPath,
                                        Consumer<CreateDatasetOptions.Builder> options) {
        CreateDatasetOptions.Builder b = CreateDatasetOptions.builder();
        options.accept(b);
        return createDataset(base, outputPath, b.build());
    }

    /**
     * A dataset built on a feature group's offline store.
     *
     * @param base       the base group
     * @param outputPath where {@link DatasetBuilder#toCsvFile()} writes (s3:// URI)
     * @param options    Python's {@code create_dataset} keywords (the identifier names are the group's own)
     * @return the builder
     */
    public DatasetBuilder createDataset(FeatureGroup base, String outputPath, CreateDatasetOptions options) {
        Objects.requireNonNull(base, "base");
        Shapes.kmsKeyId("kmsKeyId", options.kmsKeyId);
        return new DatasetBuilder(session, base, null, null, null, outputPath)
                .includedFeatureNames(options.includedFeatureNames).kmsKeyId(options.kmsKeyId);
    }

    /**
     * A dataset built on an Arrow table (e.g. labelled events), with Python's {@code create_dataset}
     * keywords by name: {@code createDataset(labels, "s3://bucket/ds", d -> d.recordIdentifierFeatureName("id")
     * .eventTimeIdentifierFeatureName("ts"))}. As in Python, a table base needs both identifier names.
     *
     * @param base       the base rows (read when the dataset is built)
     * @param outputPath where {@link DatasetBuilder#toCsvFile()} writes
     * @param options    sets recordIdentifierFeatureName, eventTimeIdentifierFeatureName (both required),
     *                   includedFeatureNames and kmsKeyId
     * @return the builder
     */
    public DatasetBuilder createDataset(VectorSchemaRoot base, String outputPath,
                                        Consumer<CreateDatasetOptions.Builder> options) {
        CreateDatasetOptions.Builder b = CreateDatasetOptions.builder();
        options.accept(b);
        return createDataset(base, outputPath, b.build());
    }

    /**
     * A dataset built on an Arrow table.
     *
     * @param base       the base rows (read when the dataset is built)
     * @param outputPath where {@link DatasetBuilder#toCsvFile()} writes
     * @param options    Python's {@code create_dataset} keywords
     * @return the builder
     */
    public DatasetBuilder createDataset(VectorSchemaRoot base, String outputPath, CreateDatasetOptions options) {
        Objects.requireNonNull(base, "base");
        for (String[] f : new String[][] {{"recordIdentifierFeatureName", options.recordIdentifierFeatureName},
                {"eventTimeIdentifierFeatureName", options.eventTimeIdentifierFeatureName}}) {
            if (f[1] == null) {
                throw new ValidationException(f[0], null, "is missing for a table base",
                        "name the base table's record identifier and event time columns, as Python requires for a"
                                + " DataFrame base");
            }
        }
        Shapes.kmsKeyId("kmsKeyId", options.kmsKeyId);
        return new DatasetBuilder(session, null, base, options.recordIdentifierFeatureName,
                options.eventTimeIdentifierFeatureName, outputPath)
                .includedFeatureNames(options.includedFeatureNames).kmsKeyId(options.kmsKeyId);
    }

    /**
     * The Python SDK's {@code FeatureStore.create_dataset} keywords, by name. Immutable.
     */
    public static final class CreateDatasetOptions {
        private final String recordIdentifierFeatureName;
        private final String eventTimeIdentifierFeatureName;
        private final List<String> includedFeatureNames;
        private final String kmsKeyId;

        private CreateDatasetOptions(Builder b) {
            this.recordIdentifierFeatureName = b.recordIdentifierFeatureName;
            this.eventTimeIdentifierFeatureName = b.eventTimeIdentifierFeatureName;
            this.includedFeatureNames = b.includedFeatureNames == null ? null : List.copyOf(b.includedFeatureNames);
            this.kmsKeyId = b.kmsKeyId;
        }

        /**
         * A builder with Python's defaults (all None).
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
            return new Builder().recordIdentifierFeatureName(recordIdentifierFeatureName)
                    .eventTimeIdentifierFeatureName(eventTimeIdentifierFeatureName)
                    .includedFeatureNames(includedFeatureNames).kmsKeyId(kmsKeyId);
        }

        /**
         * {@code record_identifier_feature_name}.
         *
         * @return the base table's record identifier column, or null
         */
        public String recordIdentifierFeatureName() {
            return recordIdentifierFeatureName;
        }

        /**
         * {@code event_time_identifier_feature_name}.
         *
         * @return the base table's event time column, or null
         */
        public String eventTimeIdentifierFeatureName() {
            return eventTimeIdentifierFeatureName;
        }

        /**
         * {@code included_feature_names}.
         *
         * @return the base's features to keep, or null for all
         */
        public List<String> includedFeatureNames() {
            return includedFeatureNames;
        }

        /**
         * {@code kms_key_id}.
         *
         * @return the key that encrypts the result, or null
         */
        public String kmsKeyId() {
            return kmsKeyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateDatasetOptions c
                    && Objects.equals(c.recordIdentifierFeatureName, recordIdentifierFeatureName)
                    && Objects.equals(c.eventTimeIdentifierFeatureName, eventTimeIdentifierFeatureName)
                    && Objects.equals(c.includedFeatureNames, includedFeatureNames) && Objects.equals(c.kmsKeyId, kmsKeyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordIdentifierFeatureName, eventTimeIdentifierFeatureName, includedFeatureNames,
                    kmsKeyId);
        }

        @Override
        public String toString() {
            return "CreateDatasetOptions[recordIdentifierFeatureName=" + recordIdentifierFeatureName
                    + ", eventTimeIdentifierFeatureName=" + eventTimeIdentifierFeatureName + ", includedFeatureNames="
                    + includedFeatureNames + ", kmsKeyId=" + kmsKeyId + "]";
        }

        /** Builds {@link CreateDatasetOptions}; each method is a Python keyword of {@code create_dataset}. */
        public static final class Builder {
            private String recordIdentifierFeatureName;
            private String eventTimeIdentifierFeatureName;
            private List<String> includedFeatureNames;
            private String kmsKeyId;

            private Builder() {
            }

            /**
             * {@code record_identifier_feature_name} (default None; required for a table base): the base
             * column joined to the groups' record identifiers by default.
             *
             * @param name the column
             * @return this builder
             */
            public Builder recordIdentifierFeatureName(String name) {
                this.recordIdentifierFeatureName = name;
                return this;
            }

            /**
             * {@code event_time_identifier_feature_name} (default None; required for a table base): the base
             * column of event times (timestamp, ISO string or epoch seconds).
             *
             * @param name the column
             * @return this builder
             */
            public Builder eventTimeIdentifierFeatureName(String name) {
                this.eventTimeIdentifierFeatureName = name;
                return this;
            }

            /**
             * {@code included_feature_names} (default None: all): the base's features in the output.
             *
             * @param names the features
             * @return this builder
             */
            public Builder includedFeatureNames(List<String> names) {
                this.includedFeatureNames = names;
                return this;
            }

            /**
             * {@code kms_key_id} (default None): the KMS key that encrypts the result on Athena (SSE_KMS);
             * the local backend writes the CSV unencrypted.
             *
             * @param kmsKeyId a key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder kmsKeyId(String kmsKeyId) {
                this.kmsKeyId = kmsKeyId;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateDatasetOptions build() {
                return new CreateDatasetOptions(this);
            }
        }
    }

    /**
     * The Python SDK's {@code FeatureStore.search} keywords, by name. Immutable.
     */
    public static final class SearchOptions {
        private final List<Filter> filters;
        private final BooleanOperator operator;
        private final String sortBy;
        private final SearchSortOrder sortOrder;
        private final String nextToken;
        private final Integer maxResults;

        private SearchOptions(Builder b) {
            if (b.maxResults != null && (b.maxResults < 1 || b.maxResults > 100)) {
                throw new ValidationException("maxResults", b.maxResults, "is out of range",
                        "give 1 to 100, as the service takes");
            }
            this.filters = List.copyOf(b.filters);
            this.operator = b.operator;
            this.sortBy = b.sortBy;
            this.sortOrder = b.sortOrder;
            this.nextToken = b.nextToken;
            this.maxResults = b.maxResults;
        }

        /**
         * A builder with Python's defaults (no filters; the service's And, LastModifiedTime, Descending).
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
            return new Builder().filters(filters).operator(operator).sortBy(sortBy).sortOrder(sortOrder)
                    .nextToken(nextToken).maxResults(maxResults);
        }

        /**
         * {@code filters}.
         *
         * @return the filters, unmodifiable
         */
        public List<Filter> filters() {
            return filters;
        }

        /**
         * {@code operator}.
         *
         * @return And, Or, or null
         */
        public BooleanOperator operator() {
            return operator;
        }

        /**
         * {@code sort_by}.
         *
         * @return the property, or null
         */
        public String sortBy() {
            return sortBy;
        }

        /**
         * {@code sort_order}.
         *
         * @return the order, or null
         */
        public SearchSortOrder sortOrder() {
            return sortOrder;
        }

        /**
         * {@code next_token}.
         *
         * @return the token, or null
         */
        public String nextToken() {
            return nextToken;
        }

        /**
         * {@code max_results}.
         *
         * @return the page size, or null
         */
        public Integer maxResults() {
            return maxResults;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SearchOptions s && s.filters.equals(filters) && s.operator == operator
                    && Objects.equals(s.sortBy, sortBy) && s.sortOrder == sortOrder
                    && Objects.equals(s.nextToken, nextToken) && Objects.equals(s.maxResults, maxResults);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filters, operator, sortBy, sortOrder, nextToken, maxResults);
        }

        @Override
        public String toString() {
            return "SearchOptions[filters=" + filters + ", operator=" + operator + ", sortBy=" + sortBy
                    + ", sortOrder=" + sortOrder + ", nextToken=" + nextToken + ", maxResults=" + maxResults + "]";
        }

        /** Builds {@link SearchOptions}; each method is a Python keyword of {@code search}. */
        public static final class Builder {
            private List<Filter> filters = List.of();
            private BooleanOperator operator;
            private String sortBy;
            private SearchSortOrder sortOrder;
            private String nextToken;
            private Integer maxResults;

            private Builder() {
            }

            /**
             * {@code filters} (default None).
             *
             * @param filters the filters
             * @return this builder
             */
            public Builder filters(List<Filter> filters) {
                this.filters = filters == null ? List.of() : filters;
                return this;
            }

            /**
             * {@code operator} (default None, the service's And).
             *
             * @param operator And or Or
             * @return this builder
             */
            public Builder operator(BooleanOperator operator) {
                this.operator = operator;
                return this;
            }

            /**
             * {@code sort_by} (default None, the service's LastModifiedTime).
             *
             * @param sortBy the property
             * @return this builder
             */
            public Builder sortBy(String sortBy) {
                this.sortBy = sortBy;
                return this;
            }

            /**
             * {@code sort_order} (default None, the service's Descending).
             *
             * @param sortOrder Ascending or Descending
             * @return this builder
             */
            public Builder sortOrder(SearchSortOrder sortOrder) {
                this.sortOrder = sortOrder;
                return this;
            }

            /**
             * {@code next_token} (default None).
             *
             * @param nextToken the previous page's token
             * @return this builder
             */
            public Builder nextToken(String nextToken) {
                this.nextToken = nextToken;
                return this;
            }

            /**
             * {@code max_results} (default None).
             *
             * @param maxResults 1 to 100
             * @return this builder
             */
            public Builder maxResults(Integer maxResults) {
                this.maxResults = maxResults;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public SearchOptions build() {
                return new SearchOptions(this);
            }
        }
    }

    /**
     * The Python SDK's {@code FeatureStore.list_feature_groups} keywords, by name (all default None, the
     * service's defaults). Immutable.
     */
    public static final class ListFeatureGroupsOptions {
        private final ListFeatureGroupsRequest request;

        private ListFeatureGroupsOptions(ListFeatureGroupsRequest request) {
            if (request.maxResults() != null && (request.maxResults() < 1 || request.maxResults() > 100)) {
                throw new ValidationException("maxResults", request.maxResults(), "is out of range",
                        "give 1 to 100, as the service takes");
            }
            this.request = request;
        }

        /**
         * A builder with Python's defaults (nothing set).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder(ListFeatureGroupsRequest.builder());
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder(request.toBuilder());
        }

        /**
         * {@code name_contains}.
         *
         * @return the name filter, or null
         */
        public String nameContains() {
            return request.nameContains();
        }

        /**
         * {@code feature_group_status_equals}.
         *
         * @return the status filter, or null
         */
        public String featureGroupStatusEquals() {
            return request.featureGroupStatusEqualsAsString();
        }

        /**
         * {@code offline_store_status_equals}.
         *
         * @return the offline store status filter, or null
         */
        public String offlineStoreStatusEquals() {
            return request.offlineStoreStatusEqualsAsString();
        }

        /**
         * {@code creation_time_after}.
         *
         * @return the time, or null
         */
        public java.time.Instant creationTimeAfter() {
            return request.creationTimeAfter();
        }

        /**
         * {@code creation_time_before}.
         *
         * @return the time, or null
         */
        public java.time.Instant creationTimeBefore() {
            return request.creationTimeBefore();
        }

        /**
         * {@code sort_order}.
         *
         * @return Ascending, Descending, or null
         */
        public String sortOrder() {
            return request.sortOrderAsString();
        }

        /**
         * {@code sort_by}.
         *
         * @return the sort key, or null
         */
        public String sortBy() {
            return request.sortByAsString();
        }

        /**
         * {@code max_results}.
         *
         * @return the page size, or null
         */
        public Integer maxResults() {
            return request.maxResults();
        }

        /**
         * {@code next_token}.
         *
         * @return the token, or null
         */
        public String nextToken() {
            return request.nextToken();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListFeatureGroupsOptions l && l.request.equals(request);
        }

        @Override
        public int hashCode() {
            return request.hashCode();
        }

        @Override
        public String toString() {
            return "ListFeatureGroupsOptions" + request.toString().substring("ListFeatureGroupsRequest".length());
        }

        /** Builds {@link ListFeatureGroupsOptions}; each method is a Python keyword of {@code list_feature_groups}. */
        public static final class Builder {
            private final ListFeatureGroupsRequest.Builder request;

            private Builder(ListFeatureGroupsRequest.Builder request) {
                this.request = request;
            }

            /**
             * {@code name_contains} (default None): a part of the names to list.
             *
             * @param text the part
             * @return this builder
             */
            public Builder nameContains(String text) {
                request.nameContains(text);
                return this;
            }

            /**
             * {@code feature_group_status_equals} (default None).
             *
             * @param status Creating, Created, CreateFailed, Deleting or DeleteFailed
             * @return this builder
             */
            public Builder featureGroupStatusEquals(String status) {
                request.featureGroupStatusEquals(status);
                return this;
            }

            /**
             * {@code offline_store_status_equals} (default None).
             *
             * @param status Active, Blocked or Disabled
             * @return this builder
             */
            public Builder offlineStoreStatusEquals(String status) {
                request.offlineStoreStatusEquals(status);
                return this;
            }

            /**
             * {@code creation_time_after} (default None).
             *
             * @param time the time
             * @return this builder
             */
            public Builder creationTimeAfter(java.time.Instant time) {
                request.creationTimeAfter(time);
                return this;
            }

            /**
             * {@code creation_time_before} (default None).
             *
             * @param time the time
             * @return this builder
             */
            public Builder creationTimeBefore(java.time.Instant time) {
                request.creationTimeBefore(time);
                return this;
            }

            /**
             * {@code sort_order} (default None, the service's Descending).
             *
             * @param order Ascending or Descending
             * @return this builder
             */
            public Builder sortOrder(String order) {
                request.sortOrder(order);
                return this;
            }

            /**
             * {@code sort_by} (default None, the service's CreationTime).
             *
             * @param key Name, FeatureGroupStatus, OfflineStoreStatus or CreationTime
             * @return this builder
             */
            public Builder sortBy(String key) {
                request.sortBy(key);
                return this;
            }

            /**
             * {@code max_results} (default None, the service's 10).
             *
             * @param max 1 to 100
             * @return this builder
             */
            public Builder maxResults(Integer max) {
                request.maxResults(max);
                return this;
            }

            /**
             * {@code next_token} (default None).
             *
             * @param token the previous page's token
             * @return this builder
             */
            public Builder nextToken(String token) {
                request.nextToken(token);
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public ListFeatureGroupsOptions build() {
                return new ListFeatureGroupsOptions(request.build());
            }
        }
    }
}
