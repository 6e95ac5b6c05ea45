/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.SearchApi;
import java.util.List;
import java.util.Objects;
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
     * Searches feature groups (Search with resource FeatureGroup).
     *
     * @param filters  filters on FeatureGroupName, Description, FeatureGroupStatus
     * @param operator And or Or (local: And)
     * @return the matches
     */
    public SearchResponse search(List<Filter> filters, BooleanOperator operator) {
        return session.api(SearchApi.CAPABILITY).search(SearchRequest.builder().resource(ResourceType.FEATURE_GROUP)
                .searchExpression(SearchExpression.builder().filters(filters).operator(operator).build()).build());
    }

    /**
     * Feature groups whose name or description contains a text.
     *
     * @param field "FeatureGroupName" or "Description"
     * @param text  the text
     * @return the matches
     */
    public SearchResponse search(String field, String text) {
        return search(List.of(Filter.builder().name(field).operator(Operator.CONTAINS).value(text).build()),
                BooleanOperator.AND);
    }

    /**
     * A dataset built on a feature group's offline store.
     *
     * @param base       the base group
     * @param outputPath where {@link DatasetBuilder#toCsvFile()} writes (s3:// URI)
     * @return the builder
     */
    public DatasetBuilder createDataset(FeatureGroup base, String outputPath) {
        return new DatasetBuilder(session, base, null, null, null, outputPath);
    }

    /**
     * A dataset built on an Arrow table (e.g. labelled events).
     *
     * @param base                              the base rows (read when the dataset is built)
     * @param outputPath                        where {@link DatasetBuilder#toCsvFile()} writes
     * @param recordIdentifierFeatureName       the base column joined to the groups by default
     * @param eventTimeIdentifierFeatureName    the base column of event times (timestamp, ISO string or epoch seconds)
     * @return the builder
     */
    public DatasetBuilder createDataset(VectorSchemaRoot base, String outputPath, String recordIdentifierFeatureName,
                                        String eventTimeIdentifierFeatureName) {
        return new DatasetBuilder(session, null, base, recordIdentifierFeatureName, eventTimeIdentifierFeatureName,
                outputPath);
    }
}
