/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: ML lineage tracking (artifacts, actions, contexts, the
 * associations between them and QueryLineage). Each method takes and returns the AWS SDK for Java v2 model class
 * of the service operation of the same name, so a request built for one backend is valid for every other and for
 * the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(LineageApi.CAPABILITY)}. An implementation overrides the operations it serves; the others
 * throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation and the backend,
 * which is also what a backend without this capability answers.
 */
public interface LineageApi extends ServiceApi {

    /** The key under which a backend offers lineage tracking. */
    Capability<LineageApi> CAPABILITY = Capability.of(LineageApi.class, backend -> () -> backend);

    /**
     * The service operation CreateArtifact.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateArtifactResponse createArtifact(CreateArtifactRequest request) {
        throw unsupported("CreateArtifact");
    }

    /**
     * The service operation DescribeArtifact.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeArtifactResponse describeArtifact(DescribeArtifactRequest request) {
        throw unsupported("DescribeArtifact");
    }

    /**
     * The service operation ListArtifacts.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListArtifactsResponse listArtifacts(ListArtifactsRequest request) {
        throw unsupported("ListArtifacts");
    }

    /**
     * The service operation DeleteArtifact.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteArtifactResponse deleteArtifact(DeleteArtifactRequest request) {
        throw unsupported("DeleteArtifact");
    }

    /**
     * The service operation UpdateArtifact.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateArtifactResponse updateArtifact(UpdateArtifactRequest request) {
        throw unsupported("UpdateArtifact");
    }

    /**
     * The service operation CreateAction.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateActionResponse createAction(CreateActionRequest request) {
        throw unsupported("CreateAction");
    }

    /**
     * The service operation DescribeAction.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeActionResponse describeAction(DescribeActionRequest request) {
        throw unsupported("DescribeAction");
    }

    /**
     * The service operation ListActions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListActionsResponse listActions(ListActionsRequest request) {
        throw unsupported("ListActions");
    }

    /**
     * The service operation DeleteAction.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteActionResponse deleteAction(DeleteActionRequest request) {
        throw unsupported("DeleteAction");
    }

    /**
     * The service operation UpdateAction.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateActionResponse updateAction(UpdateActionRequest request) {
        throw unsupported("UpdateAction");
    }

    /**
     * The service operation CreateContext.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateContextResponse createContext(CreateContextRequest request) {
        throw unsupported("CreateContext");
    }

    /**
     * The service operation DescribeContext.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeContextResponse describeContext(DescribeContextRequest request) {
        throw unsupported("DescribeContext");
    }

    /**
     * The service operation ListContexts.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListContextsResponse listContexts(ListContextsRequest request) {
        throw unsupported("ListContexts");
    }

    /**
     * The service operation DeleteContext.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteContextResponse deleteContext(DeleteContextRequest request) {
        throw unsupported("DeleteContext");
    }

    /**
     * The service operation UpdateContext.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateContextResponse updateContext(UpdateContextRequest request) {
        throw unsupported("UpdateContext");
    }

    /**
     * The service operation AddAssociation.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default AddAssociationResponse addAssociation(AddAssociationRequest request) {
        throw unsupported("AddAssociation");
    }

    /**
     * The service operation DeleteAssociation.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteAssociationResponse deleteAssociation(DeleteAssociationRequest request) {
        throw unsupported("DeleteAssociation");
    }

    /**
     * The service operation ListAssociations.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListAssociationsResponse listAssociations(ListAssociationsRequest request) {
        throw unsupported("ListAssociations");
    }

    /**
     * The service operation QueryLineage.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default QueryLineageResponse queryLineage(QueryLineageRequest request) {
        throw unsupported("QueryLineage");
    }
}
