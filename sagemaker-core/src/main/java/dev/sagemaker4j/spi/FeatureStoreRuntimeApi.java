/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordResponse;

/**
 * The {@code sagemaker-featurestore-runtime} service as a backend offers it: records of feature
 * groups. Requests and responses are the AWS SDK v2 model classes.
 *
 * <pre>{@code
 * GetRecordResponse r = session.featureStoreRuntimeApi().getRecord(GetRecordRequest.builder()
 *         .featureGroupName("customers").recordIdentifierValueAsString("42").build());
 * }</pre>
 */
public interface FeatureStoreRuntimeApi extends ServiceApi {

    /** The key under which a backend offers the feature store runtime plane. */
    Capability<FeatureStoreRuntimeApi> CAPABILITY = Capability.of(FeatureStoreRuntimeApi.class, backend -> () -> backend);

    /**
     * The service operation PutRecord.
     *
     * @param request the request
     * @return the response
     */
    default PutRecordResponse putRecord(PutRecordRequest request) {
        throw unsupported("PutRecord");
    }

    /**
     * The service operation GetRecord.
     *
     * @param request the request
     * @return the response
     */
    default GetRecordResponse getRecord(GetRecordRequest request) {
        throw unsupported("GetRecord");
    }

    /**
     * The service operation DeleteRecord.
     *
     * @param request the request
     * @return the response
     */
    default DeleteRecordResponse deleteRecord(DeleteRecordRequest request) {
        throw unsupported("DeleteRecord");
    }

    /**
     * The service operation BatchGetRecord.
     *
     * @param request the request
     * @return the response
     */
    default BatchGetRecordResponse batchGetRecord(BatchGetRecordRequest request) {
        throw unsupported("BatchGetRecord");
    }
}
