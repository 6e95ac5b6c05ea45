/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: pipelines and their executions. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(PipelinesApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface PipelinesApi extends ServiceApi {

    /** The key under which a backend offers pipelines and their executions. */
    Capability<PipelinesApi> CAPABILITY = Capability.of(PipelinesApi.class, backend -> () -> backend);

    /**
     * The service operation CreatePipeline.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreatePipelineResponse createPipeline(CreatePipelineRequest request) {
        throw unsupported("CreatePipeline");
    }

    /**
     * The service operation DescribePipeline.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribePipelineResponse describePipeline(DescribePipelineRequest request) {
        throw unsupported("DescribePipeline");
    }

    /**
     * The service operation StartPipelineExecution.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StartPipelineExecutionResponse startPipelineExecution(StartPipelineExecutionRequest request) {
        throw unsupported("StartPipelineExecution");
    }

    /**
     * The service operation DescribePipelineExecution.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribePipelineExecutionResponse describePipelineExecution(DescribePipelineExecutionRequest request) {
        throw unsupported("DescribePipelineExecution");
    }

    /**
     * The service operation ListPipelineExecutionSteps.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListPipelineExecutionStepsResponse listPipelineExecutionSteps(ListPipelineExecutionStepsRequest request) {
        throw unsupported("ListPipelineExecutionSteps");
    }

    /**
     * The service operation UpdatePipeline.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdatePipelineResponse updatePipeline(UpdatePipelineRequest request) {
        throw unsupported("UpdatePipeline");
    }

    /**
     * The service operation DeletePipeline.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeletePipelineResponse deletePipeline(DeletePipelineRequest request) {
        throw unsupported("DeletePipeline");
    }

    /**
     * The service operation ListPipelines.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListPipelinesResponse listPipelines(ListPipelinesRequest request) {
        throw unsupported("ListPipelines");
    }

    /**
     * The service operation ListPipelineExecutions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListPipelineExecutionsResponse listPipelineExecutions(ListPipelineExecutionsRequest request) {
        throw unsupported("ListPipelineExecutions");
    }

    /**
     * The service operation StopPipelineExecution.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopPipelineExecutionResponse stopPipelineExecution(StopPipelineExecutionRequest request) {
        throw unsupported("StopPipelineExecution");
    }

    /**
     * The service operation DescribePipelineDefinitionForExecution.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribePipelineDefinitionForExecutionResponse describePipelineDefinitionForExecution(DescribePipelineDefinitionForExecutionRequest request) {
        throw unsupported("DescribePipelineDefinitionForExecution");
    }

    /**
     * The service operation ListPipelineParametersForExecution.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListPipelineParametersForExecutionResponse listPipelineParametersForExecution(ListPipelineParametersForExecutionRequest request) {
        throw unsupported("ListPipelineParametersForExecution");
    }

    /**
     * The service operation ListPipelineVersions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListPipelineVersionsResponse listPipelineVersions(ListPipelineVersionsRequest request) {
        throw unsupported("ListPipelineVersions");
    }
}
