/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: feature groups. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(FeatureGroupsApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface FeatureGroupsApi extends ServiceApi {

    /** The key under which a backend offers feature groups. */
    Capability<FeatureGroupsApi> CAPABILITY = Capability.of(FeatureGroupsApi.class, backend -> () -> backend);

    /**
     * The service operation CreateFeatureGroup.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateFeatureGroupResponse createFeatureGroup(CreateFeatureGroupRequest request) {
        throw unsupported("CreateFeatureGroup");
    }

    /**
     * The service operation DescribeFeatureGroup.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeFeatureGroupResponse describeFeatureGroup(DescribeFeatureGroupRequest request) {
        throw unsupported("DescribeFeatureGroup");
    }

    /**
     * The service operation DeleteFeatureGroup.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteFeatureGroupResponse deleteFeatureGroup(DeleteFeatureGroupRequest request) {
        throw unsupported("DeleteFeatureGroup");
    }

    /**
     * The service operation ListFeatureGroups.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsRequest request) {
        throw unsupported("ListFeatureGroups");
    }

    /**
     * The service operation UpdateFeatureGroup.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateFeatureGroupResponse updateFeatureGroup(UpdateFeatureGroupRequest request) {
        throw unsupported("UpdateFeatureGroup");
    }

    /**
     * The service operation UpdateFeatureMetadata.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateFeatureMetadataResponse updateFeatureMetadata(UpdateFeatureMetadataRequest request) {
        throw unsupported("UpdateFeatureMetadata");
    }

    /**
     * The service operation DescribeFeatureMetadata.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeFeatureMetadataResponse describeFeatureMetadata(DescribeFeatureMetadataRequest request) {
        throw unsupported("DescribeFeatureMetadata");
    }

    /**
     * The service operation ListTags. The service lists the tags of any resource; a backend that offers
     * only feature groups answers for feature group ARNs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTagsResponse listTags(ListTagsRequest request) {
        throw unsupported("ListTags");
    }

    /**
     * The service operation AddTags. The service tags any resource; a backend that offers only feature
     * groups answers for feature group ARNs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default AddTagsResponse addTags(AddTagsRequest request) {
        throw unsupported("AddTags");
    }
}
