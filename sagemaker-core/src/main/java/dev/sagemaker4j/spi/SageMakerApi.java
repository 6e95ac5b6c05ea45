/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * The SageMaker control plane (the operations of the {@code sagemaker} service), as a backend
 * offers it. Every method takes and returns the AWS SDK for Java v2 model class of the service
 * operation of the same name, so a request built for one backend is valid for every other and for
 * the service itself.
 *
 * <p>A backend overrides the operations it implements; the others throw
 * {@link OperationNotSupportedException} naming the operation and the backend. Errors follow the
 * service: {@code ValidationException} → {@link dev.sagemaker4j.exceptions.ValidationException},
 * {@code ResourceNotFound} → {@link dev.sagemaker4j.exceptions.ResourceNotFoundException},
 * {@code ResourceInUse} → {@link dev.sagemaker4j.exceptions.ResourceInUseException}.
 *
 * <pre>{@code
 * SageMakerApi api = session.sageMakerApi();
 * DescribeTrainingJobResponse job = api.describeTrainingJob(
 *         DescribeTrainingJobRequest.builder().trainingJobName("my-job").build());
 * }</pre>
 */
@SuppressWarnings("unused")
public interface SageMakerApi {

    /**
     * The name of the backend offering these operations, used in error messages.
     *
     * @return e.g. {@code "local"} or {@code "sagemaker"}
     */
    String backendName();

    /**
     * The error for an operation this backend does not implement.
     *
     * @param operation the service operation name
     * @return the exception to throw
     */
    default OperationNotSupportedException unsupported(String operation) {
        return new OperationNotSupportedException(operation, backendName());
    }

    // ---- training jobs ----

    /**
     * The service operation CreateTrainingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateTrainingJobResponse createTrainingJob(CreateTrainingJobRequest request) {
        throw unsupported("CreateTrainingJob");
    }

    /**
     * The service operation DescribeTrainingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
        throw unsupported("DescribeTrainingJob");
    }

    /**
     * The service operation StopTrainingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopTrainingJobResponse stopTrainingJob(StopTrainingJobRequest request) {
        throw unsupported("StopTrainingJob");
    }

    /**
     * The service operation ListTrainingJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTrainingJobsResponse listTrainingJobs(ListTrainingJobsRequest request) {
        throw unsupported("ListTrainingJobs");
    }

    // ---- processing jobs ----

    /**
     * The service operation CreateProcessingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateProcessingJobResponse createProcessingJob(CreateProcessingJobRequest request) {
        throw unsupported("CreateProcessingJob");
    }

    /**
     * The service operation DescribeProcessingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeProcessingJobResponse describeProcessingJob(DescribeProcessingJobRequest request) {
        throw unsupported("DescribeProcessingJob");
    }

    /**
     * The service operation StopProcessingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopProcessingJobResponse stopProcessingJob(StopProcessingJobRequest request) {
        throw unsupported("StopProcessingJob");
    }

    /**
     * The service operation ListProcessingJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListProcessingJobsResponse listProcessingJobs(ListProcessingJobsRequest request) {
        throw unsupported("ListProcessingJobs");
    }

    // ---- batch transform jobs ----

    /**
     * The service operation CreateTransformJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateTransformJobResponse createTransformJob(CreateTransformJobRequest request) {
        throw unsupported("CreateTransformJob");
    }

    /**
     * The service operation DescribeTransformJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeTransformJobResponse describeTransformJob(DescribeTransformJobRequest request) {
        throw unsupported("DescribeTransformJob");
    }

    /**
     * The service operation StopTransformJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopTransformJobResponse stopTransformJob(StopTransformJobRequest request) {
        throw unsupported("StopTransformJob");
    }

    /**
     * The service operation ListTransformJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTransformJobsResponse listTransformJobs(ListTransformJobsRequest request) {
        throw unsupported("ListTransformJobs");
    }

    // ---- hyperparameter tuning jobs ----

    /**
     * The service operation CreateHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateHyperParameterTuningJobResponse createHyperParameterTuningJob(CreateHyperParameterTuningJobRequest request) {
        throw unsupported("CreateHyperParameterTuningJob");
    }

    /**
     * The service operation DescribeHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeHyperParameterTuningJobResponse describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest request) {
        throw unsupported("DescribeHyperParameterTuningJob");
    }

    /**
     * The service operation StopHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopHyperParameterTuningJobResponse stopHyperParameterTuningJob(StopHyperParameterTuningJobRequest request) {
        throw unsupported("StopHyperParameterTuningJob");
    }

    /**
     * The service operation ListHyperParameterTuningJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListHyperParameterTuningJobsResponse listHyperParameterTuningJobs(ListHyperParameterTuningJobsRequest request) {
        throw unsupported("ListHyperParameterTuningJobs");
    }

    /**
     * The service operation ListTrainingJobsForHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTrainingJobsForHyperParameterTuningJobResponse listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest request) {
        throw unsupported("ListTrainingJobsForHyperParameterTuningJob");
    }

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

    // ---- feature groups ----

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

    // ---- model packages ----

    /**
     * The service operation CreateModelPackageGroup.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateModelPackageGroupResponse createModelPackageGroup(CreateModelPackageGroupRequest request) {
        throw unsupported("CreateModelPackageGroup");
    }

    /**
     * The service operation CreateModelPackage.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateModelPackageResponse createModelPackage(CreateModelPackageRequest request) {
        throw unsupported("CreateModelPackage");
    }

    /**
     * The service operation DescribeModelPackage.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeModelPackageResponse describeModelPackage(DescribeModelPackageRequest request) {
        throw unsupported("DescribeModelPackage");
    }

    /**
     * The service operation ListModelPackages.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListModelPackagesResponse listModelPackages(ListModelPackagesRequest request) {
        throw unsupported("ListModelPackages");
    }

    /**
     * The service operation UpdateModelPackage.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateModelPackageResponse updateModelPackage(UpdateModelPackageRequest request) {
        throw unsupported("UpdateModelPackage");
    }

    // ---- pipelines ----

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

    // ---- search ----

    /**
     * The service operation Search.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default SearchResponse search(SearchRequest request) {
        throw unsupported("Search");
    }
}
