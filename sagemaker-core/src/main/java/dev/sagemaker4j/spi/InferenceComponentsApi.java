/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: inference components, the models an
 * inference-component-based endpoint hosts (an endpoint configuration whose variants name no model, plus one
 * component per model with its compute resource requirements and copy count; InvokeEndpoint picks one by
 * {@code InferenceComponentName}). Each method takes and returns the AWS SDK for Java v2 model class of the
 * service operation of the same name, so a request built for one backend is valid for every other and for
 * the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(InferenceComponentsApi.CAPABILITY)}. The {@code sagemaker} backend passes each request to
 * the service; the local backend does not host inference components, so it answers every operation with
 * {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation and the backend.
 */
public interface InferenceComponentsApi extends ServiceApi {

    /** The key under which a backend offers inference components. */
    Capability<InferenceComponentsApi> CAPABILITY = Capability.of(InferenceComponentsApi.class, backend -> () -> backend);

    /**
     * The service operation CreateInferenceComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateInferenceComponentResponse createInferenceComponent(CreateInferenceComponentRequest request) {
        throw unsupported("CreateInferenceComponent");
    }

    /**
     * The service operation DescribeInferenceComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeInferenceComponentResponse describeInferenceComponent(DescribeInferenceComponentRequest request) {
        throw unsupported("DescribeInferenceComponent");
    }

    /**
     * The service operation UpdateInferenceComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateInferenceComponentResponse updateInferenceComponent(UpdateInferenceComponentRequest request) {
        throw unsupported("UpdateInferenceComponent");
    }

    /**
     * The service operation UpdateInferenceComponentRuntimeConfig.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateInferenceComponentRuntimeConfigResponse updateInferenceComponentRuntimeConfig(UpdateInferenceComponentRuntimeConfigRequest request) {
        throw unsupported("UpdateInferenceComponentRuntimeConfig");
    }

    /**
     * The service operation DeleteInferenceComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteInferenceComponentResponse deleteInferenceComponent(DeleteInferenceComponentRequest request) {
        throw unsupported("DeleteInferenceComponent");
    }

    /**
     * The service operation ListInferenceComponents.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListInferenceComponentsResponse listInferenceComponents(ListInferenceComponentsRequest request) {
        throw unsupported("ListInferenceComponents");
    }
}
