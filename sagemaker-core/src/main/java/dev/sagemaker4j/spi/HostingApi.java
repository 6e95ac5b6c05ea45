/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: models, endpoint configurations and endpoints. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(HostingApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface HostingApi extends ServiceApi {

    /** The key under which a backend offers models, endpoint configurations and endpoints. */
    Capability<HostingApi> CAPABILITY = Capability.of(HostingApi.class, backend -> () -> backend);

    // ---- models ----

    /**
     * The service operation CreateModel.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateModelResponse createModel(CreateModelRequest request) {
        throw unsupported("CreateModel");
    }

    /**
     * The service operation DescribeModel.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeModelResponse describeModel(DescribeModelRequest request) {
        throw unsupported("DescribeModel");
    }

    /**
     * The service operation DeleteModel.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteModelResponse deleteModel(DeleteModelRequest request) {
        throw unsupported("DeleteModel");
    }

    /**
     * The service operation ListModels.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListModelsResponse listModels(ListModelsRequest request) {
        throw unsupported("ListModels");
    }

    // ---- endpoint configurations ----

    /**
     * The service operation CreateEndpointConfig.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateEndpointConfigResponse createEndpointConfig(CreateEndpointConfigRequest request) {
        throw unsupported("CreateEndpointConfig");
    }

    /**
     * The service operation DescribeEndpointConfig.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeEndpointConfigResponse describeEndpointConfig(DescribeEndpointConfigRequest request) {
        throw unsupported("DescribeEndpointConfig");
    }

    /**
     * The service operation DeleteEndpointConfig.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteEndpointConfigResponse deleteEndpointConfig(DeleteEndpointConfigRequest request) {
        throw unsupported("DeleteEndpointConfig");
    }

    /**
     * The service operation ListEndpointConfigs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListEndpointConfigsResponse listEndpointConfigs(ListEndpointConfigsRequest request) {
        throw unsupported("ListEndpointConfigs");
    }

    // ---- endpoints ----

    /**
     * The service operation CreateEndpoint.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateEndpointResponse createEndpoint(CreateEndpointRequest request) {
        throw unsupported("CreateEndpoint");
    }

    /**
     * The service operation DescribeEndpoint.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeEndpointResponse describeEndpoint(DescribeEndpointRequest request) {
        throw unsupported("DescribeEndpoint");
    }

    /**
     * The service operation UpdateEndpoint.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateEndpointResponse updateEndpoint(UpdateEndpointRequest request) {
        throw unsupported("UpdateEndpoint");
    }

    /**
     * The service operation UpdateEndpointWeightsAndCapacities.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateEndpointWeightsAndCapacitiesResponse updateEndpointWeightsAndCapacities(UpdateEndpointWeightsAndCapacitiesRequest request) {
        throw unsupported("UpdateEndpointWeightsAndCapacities");
    }

    /**
     * The service operation DeleteEndpoint.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteEndpointResponse deleteEndpoint(DeleteEndpointRequest request) {
        throw unsupported("DeleteEndpoint");
    }

    /**
     * The service operation ListEndpoints.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListEndpointsResponse listEndpoints(ListEndpointsRequest request) {
        throw unsupported("ListEndpoints");
    }
}
