/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import dev.sagemaker4j.spi.AutoMlApi;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.ExperimentsApi;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.InferenceComponentsApi;
import dev.sagemaker4j.spi.InferenceRecommenderApi;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.spi.MlflowApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.spi.MonitoringApi;
import dev.sagemaker4j.spi.OptimizationJobsApi;
import dev.sagemaker4j.spi.PipelinesApi;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.spi.SearchApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TrainingPlansApi;
import dev.sagemaker4j.spi.TransformJobsApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * The control plane on Amazon SageMaker: every operation is handed unchanged to the AWS SDK v2
 * {@link SageMakerClient}; service errors become the project's exceptions with the AWS error kept
 * as the cause. One object serves every control plane capability, as one client serves the whole
 * service.
 */
final class RemoteSageMaker implements TrainingJobsApi, ProcessingJobsApi, TransformJobsApi, TuningJobsApi,
        HostingApi, InferenceComponentsApi, FeatureGroupsApi, ModelPackagesApi, PipelinesApi, SearchApi,
        MonitoringApi, AutoMlApi, TrainingPlansApi, OptimizationJobsApi, InferenceRecommenderApi, MlflowApi,
        LineageApi, ExperimentsApi {
    private final SageMakerClient client;
    private final LocalInputs localInputs;

    RemoteSageMaker(SageMakerClient client, LocalInputs localInputs) {
        this.client = client;
        this.localInputs = localInputs;
    }

    @Override
    public String backendName() {
        return "sagemaker";
    }

    /** Offers every control plane capability. */
    void offerTo(Capabilities capabilities) {
        capabilities.offer(TrainingJobsApi.CAPABILITY, this);
        capabilities.offer(ProcessingJobsApi.CAPABILITY, this);
        capabilities.offer(TransformJobsApi.CAPABILITY, this);
        capabilities.offer(TuningJobsApi.CAPABILITY, this);
        capabilities.offer(HostingApi.CAPABILITY, this);
        capabilities.offer(InferenceComponentsApi.CAPABILITY, this);
        capabilities.offer(FeatureGroupsApi.CAPABILITY, this);
        capabilities.offer(ModelPackagesApi.CAPABILITY, this);
        capabilities.offer(LineageApi.CAPABILITY, this);
        capabilities.offer(ExperimentsApi.CAPABILITY, this);
        capabilities.offer(PipelinesApi.CAPABILITY, this);
        capabilities.offer(SearchApi.CAPABILITY, this);
        capabilities.offer(MonitoringApi.CAPABILITY, this);
        capabilities.offer(AutoMlApi.CAPABILITY, this);
        capabilities.offer(TrainingPlansApi.CAPABILITY, this);
        capabilities.offer(OptimizationJobsApi.CAPABILITY, this);
        capabilities.offer(InferenceRecommenderApi.CAPABILITY, this);
        capabilities.offer(MlflowApi.CAPABILITY, this);
    }

    private static <T> T call(String operation, Supplier<T> call) {
        return AwsErrors.call(operation, call);
    }

    @Override
    public CreateTrainingJobResponse createTrainingJob(CreateTrainingJobRequest request) {
        CreateTrainingJobRequest uploaded = localInputs.training(request);
        return call("CreateTrainingJob", () -> client.createTrainingJob(uploaded));
    }

    @Override
    public DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
        return call("DescribeTrainingJob", () -> client.describeTrainingJob(request));
    }

    @Override
    public StopTrainingJobResponse stopTrainingJob(StopTrainingJobRequest request) {
        return call("StopTrainingJob", () -> client.stopTrainingJob(request));
    }

    @Override
    public UpdateTrainingJobResponse updateTrainingJob(UpdateTrainingJobRequest request) {
        return call("UpdateTrainingJob", () -> client.updateTrainingJob(request));
    }

    @Override
    public ListTrainingJobsResponse listTrainingJobs(ListTrainingJobsRequest request) {
        return call("ListTrainingJobs", () -> client.listTrainingJobs(request));
    }

    @Override
    public CreateProcessingJobResponse createProcessingJob(CreateProcessingJobRequest request) {
        return call("CreateProcessingJob", () -> client.createProcessingJob(request));
    }

    @Override
    public DescribeProcessingJobResponse describeProcessingJob(DescribeProcessingJobRequest request) {
        return call("DescribeProcessingJob", () -> client.describeProcessingJob(request));
    }

    @Override
    public StopProcessingJobResponse stopProcessingJob(StopProcessingJobRequest request) {
        return call("StopProcessingJob", () -> client.stopProcessingJob(request));
    }

    @Override
    public ListProcessingJobsResponse listProcessingJobs(ListProcessingJobsRequest request) {
        return call("ListProcessingJobs", () -> client.listProcessingJobs(request));
    }

    @Override
    public CreateTransformJobResponse createTransformJob(CreateTransformJobRequest request) {
        CreateTransformJobRequest uploaded = localInputs.transform(request);
        return call("CreateTransformJob", () -> client.createTransformJob(uploaded));
    }

    @Override
    public DescribeTransformJobResponse describeTransformJob(DescribeTransformJobRequest request) {
        return call("DescribeTransformJob", () -> client.describeTransformJob(request));
    }

    @Override
    public StopTransformJobResponse stopTransformJob(StopTransformJobRequest request) {
        return call("StopTransformJob", () -> client.stopTransformJob(request));
    }

    @Override
    public ListTransformJobsResponse listTransformJobs(ListTransformJobsRequest request) {
        return call("ListTransformJobs", () -> client.listTransformJobs(request));
    }

    @Override
    public CreateHyperParameterTuningJobResponse createHyperParameterTuningJob(CreateHyperParameterTuningJobRequest request) {
        return call("CreateHyperParameterTuningJob", () -> client.createHyperParameterTuningJob(request));
    }

    @Override
    public DescribeHyperParameterTuningJobResponse describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest request) {
        return call("DescribeHyperParameterTuningJob", () -> client.describeHyperParameterTuningJob(request));
    }

    @Override
    public StopHyperParameterTuningJobResponse stopHyperParameterTuningJob(StopHyperParameterTuningJobRequest request) {
        return call("StopHyperParameterTuningJob", () -> client.stopHyperParameterTuningJob(request));
    }

    @Override
    public ListHyperParameterTuningJobsResponse listHyperParameterTuningJobs(ListHyperParameterTuningJobsRequest request) {
        return call("ListHyperParameterTuningJobs", () -> client.listHyperParameterTuningJobs(request));
    }

    @Override
    public ListTrainingJobsForHyperParameterTuningJobResponse listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest request) {
        return call("ListTrainingJobsForHyperParameterTuningJob", () -> client.listTrainingJobsForHyperParameterTuningJob(request));
    }

    @Override
    public CreateModelResponse createModel(CreateModelRequest request) {
        CreateModelRequest uploaded = localInputs.model(request);
        return call("CreateModel", () -> client.createModel(uploaded));
    }

    @Override
    public DescribeModelResponse describeModel(DescribeModelRequest request) {
        return call("DescribeModel", () -> client.describeModel(request));
    }

    @Override
    public DeleteModelResponse deleteModel(DeleteModelRequest request) {
        return call("DeleteModel", () -> client.deleteModel(request));
    }

    @Override
    public ListModelsResponse listModels(ListModelsRequest request) {
        return call("ListModels", () -> client.listModels(request));
    }

    @Override
    public CreateEndpointConfigResponse createEndpointConfig(CreateEndpointConfigRequest request) {
        return call("CreateEndpointConfig", () -> client.createEndpointConfig(request));
    }

    @Override
    public DescribeEndpointConfigResponse describeEndpointConfig(DescribeEndpointConfigRequest request) {
        return call("DescribeEndpointConfig", () -> client.describeEndpointConfig(request));
    }

    @Override
    public DeleteEndpointConfigResponse deleteEndpointConfig(DeleteEndpointConfigRequest request) {
        return call("DeleteEndpointConfig", () -> client.deleteEndpointConfig(request));
    }

    @Override
    public ListEndpointConfigsResponse listEndpointConfigs(ListEndpointConfigsRequest request) {
        return call("ListEndpointConfigs", () -> client.listEndpointConfigs(request));
    }

    @Override
    public CreateEndpointResponse createEndpoint(CreateEndpointRequest request) {
        return call("CreateEndpoint", () -> client.createEndpoint(request));
    }

    @Override
    public DescribeEndpointResponse describeEndpoint(DescribeEndpointRequest request) {
        return call("DescribeEndpoint", () -> client.describeEndpoint(request));
    }

    @Override
    public UpdateEndpointResponse updateEndpoint(UpdateEndpointRequest request) {
        return call("UpdateEndpoint", () -> client.updateEndpoint(request));
    }

    @Override
    public UpdateEndpointWeightsAndCapacitiesResponse updateEndpointWeightsAndCapacities(UpdateEndpointWeightsAndCapacitiesRequest request) {
        return call("UpdateEndpointWeightsAndCapacities", () -> client.updateEndpointWeightsAndCapacities(request));
    }

    @Override
    public DeleteEndpointResponse deleteEndpoint(DeleteEndpointRequest request) {
        return call("DeleteEndpoint", () -> client.deleteEndpoint(request));
    }

    @Override
    public ListEndpointsResponse listEndpoints(ListEndpointsRequest request) {
        return call("ListEndpoints", () -> client.listEndpoints(request));
    }

    @Override
    public CreateInferenceComponentResponse createInferenceComponent(CreateInferenceComponentRequest request) {
        return call("CreateInferenceComponent", () -> client.createInferenceComponent(request));
    }

    @Override
    public DescribeInferenceComponentResponse describeInferenceComponent(DescribeInferenceComponentRequest request) {
        return call("DescribeInferenceComponent", () -> client.describeInferenceComponent(request));
    }

    @Override
    public UpdateInferenceComponentResponse updateInferenceComponent(UpdateInferenceComponentRequest request) {
        return call("UpdateInferenceComponent", () -> client.updateInferenceComponent(request));
    }

    @Override
    public UpdateInferenceComponentRuntimeConfigResponse updateInferenceComponentRuntimeConfig(UpdateInferenceComponentRuntimeConfigRequest request) {
        return call("UpdateInferenceComponentRuntimeConfig", () -> client.updateInferenceComponentRuntimeConfig(request));
    }

    @Override
    public DeleteInferenceComponentResponse deleteInferenceComponent(DeleteInferenceComponentRequest request) {
        return call("DeleteInferenceComponent", () -> client.deleteInferenceComponent(request));
    }

    @Override
    public ListInferenceComponentsResponse listInferenceComponents(ListInferenceComponentsRequest request) {
        return call("ListInferenceComponents", () -> client.listInferenceComponents(request));
    }

    @Override
    public CreateFeatureGroupResponse createFeatureGroup(CreateFeatureGroupRequest request) {
        return call("CreateFeatureGroup", () -> client.createFeatureGroup(request));
    }

    @Override
    public DescribeFeatureGroupResponse describeFeatureGroup(DescribeFeatureGroupRequest request) {
        return call("DescribeFeatureGroup", () -> client.describeFeatureGroup(request));
    }

    @Override
    public DeleteFeatureGroupResponse deleteFeatureGroup(DeleteFeatureGroupRequest request) {
        return call("DeleteFeatureGroup", () -> client.deleteFeatureGroup(request));
    }

    @Override
    public ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsRequest request) {
        return call("ListFeatureGroups", () -> client.listFeatureGroups(request));
    }

    @Override
    public UpdateFeatureGroupResponse updateFeatureGroup(UpdateFeatureGroupRequest request) {
        return call("UpdateFeatureGroup", () -> client.updateFeatureGroup(request));
    }

    @Override
    public UpdateFeatureMetadataResponse updateFeatureMetadata(UpdateFeatureMetadataRequest request) {
        return call("UpdateFeatureMetadata", () -> client.updateFeatureMetadata(request));
    }

    @Override
    public DescribeFeatureMetadataResponse describeFeatureMetadata(DescribeFeatureMetadataRequest request) {
        return call("DescribeFeatureMetadata", () -> client.describeFeatureMetadata(request));
    }

    @Override
    public ListTagsResponse listTags(ListTagsRequest request) {
        return call("ListTags", () -> client.listTags(request));
    }

    @Override
    public AddTagsResponse addTags(AddTagsRequest request) {
        return call("AddTags", () -> client.addTags(request));
    }

    @Override
    public CreateModelPackageGroupResponse createModelPackageGroup(CreateModelPackageGroupRequest request) {
        return call("CreateModelPackageGroup", () -> client.createModelPackageGroup(request));
    }

    @Override
    public CreateModelPackageResponse createModelPackage(CreateModelPackageRequest request) {
        return call("CreateModelPackage", () -> client.createModelPackage(request));
    }

    @Override
    public DescribeModelPackageResponse describeModelPackage(DescribeModelPackageRequest request) {
        return call("DescribeModelPackage", () -> client.describeModelPackage(request));
    }

    @Override
    public ListModelPackagesResponse listModelPackages(ListModelPackagesRequest request) {
        return call("ListModelPackages", () -> client.listModelPackages(request));
    }

    @Override
    public UpdateModelPackageResponse updateModelPackage(UpdateModelPackageRequest request) {
        return call("UpdateModelPackage", () -> client.updateModelPackage(request));
    }

    @Override
    public ListModelPackageGroupsResponse listModelPackageGroups(ListModelPackageGroupsRequest request) {
        return call("ListModelPackageGroups", () -> client.listModelPackageGroups(request));
    }

    @Override
    public DescribeModelPackageGroupResponse describeModelPackageGroup(DescribeModelPackageGroupRequest request) {
        return call("DescribeModelPackageGroup", () -> client.describeModelPackageGroup(request));
    }

    @Override
    public DeleteModelPackageGroupResponse deleteModelPackageGroup(DeleteModelPackageGroupRequest request) {
        return call("DeleteModelPackageGroup", () -> client.deleteModelPackageGroup(request));
    }

    @Override
    public DeleteModelPackageResponse deleteModelPackage(DeleteModelPackageRequest request) {
        return call("DeleteModelPackage", () -> client.deleteModelPackage(request));
    }

    @Override
    public CreatePipelineResponse createPipeline(CreatePipelineRequest request) {
        return call("CreatePipeline", () -> client.createPipeline(request));
    }

    @Override
    public DescribePipelineResponse describePipeline(DescribePipelineRequest request) {
        return call("DescribePipeline", () -> client.describePipeline(request));
    }

    @Override
    public StartPipelineExecutionResponse startPipelineExecution(StartPipelineExecutionRequest request) {
        return call("StartPipelineExecution", () -> client.startPipelineExecution(request));
    }

    @Override
    public DescribePipelineExecutionResponse describePipelineExecution(DescribePipelineExecutionRequest request) {
        return call("DescribePipelineExecution", () -> client.describePipelineExecution(request));
    }

    @Override
    public ListPipelineExecutionStepsResponse listPipelineExecutionSteps(ListPipelineExecutionStepsRequest request) {
        return call("ListPipelineExecutionSteps", () -> client.listPipelineExecutionSteps(request));
    }

    @Override
    public UpdatePipelineResponse updatePipeline(UpdatePipelineRequest request) {
        return call("UpdatePipeline", () -> client.updatePipeline(request));
    }

    @Override
    public DeletePipelineResponse deletePipeline(DeletePipelineRequest request) {
        return call("DeletePipeline", () -> client.deletePipeline(request));
    }

    @Override
    public ListPipelinesResponse listPipelines(ListPipelinesRequest request) {
        return call("ListPipelines", () -> client.listPipelines(request));
    }

    @Override
    public ListPipelineExecutionsResponse listPipelineExecutions(ListPipelineExecutionsRequest request) {
        return call("ListPipelineExecutions", () -> client.listPipelineExecutions(request));
    }

    @Override
    public StopPipelineExecutionResponse stopPipelineExecution(StopPipelineExecutionRequest request) {
        return call("StopPipelineExecution", () -> client.stopPipelineExecution(request));
    }

    @Override
    public DescribePipelineDefinitionForExecutionResponse describePipelineDefinitionForExecution(DescribePipelineDefinitionForExecutionRequest request) {
        return call("DescribePipelineDefinitionForExecution", () -> client.describePipelineDefinitionForExecution(request));
    }

    @Override
    public ListPipelineParametersForExecutionResponse listPipelineParametersForExecution(ListPipelineParametersForExecutionRequest request) {
        return call("ListPipelineParametersForExecution", () -> client.listPipelineParametersForExecution(request));
    }

    @Override
    public ListPipelineVersionsResponse listPipelineVersions(ListPipelineVersionsRequest request) {
        return call("ListPipelineVersions", () -> client.listPipelineVersions(request));
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        return call("Search", () -> client.search(request));
    }

    @Override
    public CreateDataQualityJobDefinitionResponse createDataQualityJobDefinition(CreateDataQualityJobDefinitionRequest request) {
        return call("CreateDataQualityJobDefinition", () -> client.createDataQualityJobDefinition(request));
    }

    @Override
    public DescribeDataQualityJobDefinitionResponse describeDataQualityJobDefinition(DescribeDataQualityJobDefinitionRequest request) {
        return call("DescribeDataQualityJobDefinition", () -> client.describeDataQualityJobDefinition(request));
    }

    @Override
    public ListDataQualityJobDefinitionsResponse listDataQualityJobDefinitions(ListDataQualityJobDefinitionsRequest request) {
        return call("ListDataQualityJobDefinitions", () -> client.listDataQualityJobDefinitions(request));
    }

    @Override
    public DeleteDataQualityJobDefinitionResponse deleteDataQualityJobDefinition(DeleteDataQualityJobDefinitionRequest request) {
        return call("DeleteDataQualityJobDefinition", () -> client.deleteDataQualityJobDefinition(request));
    }

    @Override
    public CreateModelQualityJobDefinitionResponse createModelQualityJobDefinition(CreateModelQualityJobDefinitionRequest request) {
        return call("CreateModelQualityJobDefinition", () -> client.createModelQualityJobDefinition(request));
    }

    @Override
    public DescribeModelQualityJobDefinitionResponse describeModelQualityJobDefinition(DescribeModelQualityJobDefinitionRequest request) {
        return call("DescribeModelQualityJobDefinition", () -> client.describeModelQualityJobDefinition(request));
    }

    @Override
    public ListModelQualityJobDefinitionsResponse listModelQualityJobDefinitions(ListModelQualityJobDefinitionsRequest request) {
        return call("ListModelQualityJobDefinitions", () -> client.listModelQualityJobDefinitions(request));
    }

    @Override
    public DeleteModelQualityJobDefinitionResponse deleteModelQualityJobDefinition(DeleteModelQualityJobDefinitionRequest request) {
        return call("DeleteModelQualityJobDefinition", () -> client.deleteModelQualityJobDefinition(request));
    }

    @Override
    public CreateModelBiasJobDefinitionResponse createModelBiasJobDefinition(CreateModelBiasJobDefinitionRequest request) {
        return call("CreateModelBiasJobDefinition", () -> client.createModelBiasJobDefinition(request));
    }

    @Override
    public DescribeModelBiasJobDefinitionResponse describeModelBiasJobDefinition(DescribeModelBiasJobDefinitionRequest request) {
        return call("DescribeModelBiasJobDefinition", () -> client.describeModelBiasJobDefinition(request));
    }

    @Override
    public ListModelBiasJobDefinitionsResponse listModelBiasJobDefinitions(ListModelBiasJobDefinitionsRequest request) {
        return call("ListModelBiasJobDefinitions", () -> client.listModelBiasJobDefinitions(request));
    }

    @Override
    public DeleteModelBiasJobDefinitionResponse deleteModelBiasJobDefinition(DeleteModelBiasJobDefinitionRequest request) {
        return call("DeleteModelBiasJobDefinition", () -> client.deleteModelBiasJobDefinition(request));
    }

    @Override
    public CreateModelExplainabilityJobDefinitionResponse createModelExplainabilityJobDefinition(CreateModelExplainabilityJobDefinitionRequest request) {
        return call("CreateModelExplainabilityJobDefinition", () -> client.createModelExplainabilityJobDefinition(request));
    }

    @Override
    public DescribeModelExplainabilityJobDefinitionResponse describeModelExplainabilityJobDefinition(DescribeModelExplainabilityJobDefinitionRequest request) {
        return call("DescribeModelExplainabilityJobDefinition", () -> client.describeModelExplainabilityJobDefinition(request));
    }

    @Override
    public ListModelExplainabilityJobDefinitionsResponse listModelExplainabilityJobDefinitions(ListModelExplainabilityJobDefinitionsRequest request) {
        return call("ListModelExplainabilityJobDefinitions", () -> client.listModelExplainabilityJobDefinitions(request));
    }

    @Override
    public DeleteModelExplainabilityJobDefinitionResponse deleteModelExplainabilityJobDefinition(DeleteModelExplainabilityJobDefinitionRequest request) {
        return call("DeleteModelExplainabilityJobDefinition", () -> client.deleteModelExplainabilityJobDefinition(request));
    }

    @Override
    public CreateMonitoringScheduleResponse createMonitoringSchedule(CreateMonitoringScheduleRequest request) {
        return call("CreateMonitoringSchedule", () -> client.createMonitoringSchedule(request));
    }

    @Override
    public UpdateMonitoringScheduleResponse updateMonitoringSchedule(UpdateMonitoringScheduleRequest request) {
        return call("UpdateMonitoringSchedule", () -> client.updateMonitoringSchedule(request));
    }

    @Override
    public DescribeMonitoringScheduleResponse describeMonitoringSchedule(DescribeMonitoringScheduleRequest request) {
        return call("DescribeMonitoringSchedule", () -> client.describeMonitoringSchedule(request));
    }

    @Override
    public StartMonitoringScheduleResponse startMonitoringSchedule(StartMonitoringScheduleRequest request) {
        return call("StartMonitoringSchedule", () -> client.startMonitoringSchedule(request));
    }

    @Override
    public StopMonitoringScheduleResponse stopMonitoringSchedule(StopMonitoringScheduleRequest request) {
        return call("StopMonitoringSchedule", () -> client.stopMonitoringSchedule(request));
    }

    @Override
    public DeleteMonitoringScheduleResponse deleteMonitoringSchedule(DeleteMonitoringScheduleRequest request) {
        return call("DeleteMonitoringSchedule", () -> client.deleteMonitoringSchedule(request));
    }

    @Override
    public ListMonitoringSchedulesResponse listMonitoringSchedules(ListMonitoringSchedulesRequest request) {
        return call("ListMonitoringSchedules", () -> client.listMonitoringSchedules(request));
    }

    @Override
    public ListMonitoringExecutionsResponse listMonitoringExecutions(ListMonitoringExecutionsRequest request) {
        return call("ListMonitoringExecutions", () -> client.listMonitoringExecutions(request));
    }

    @Override
    public UpdateMonitoringAlertResponse updateMonitoringAlert(UpdateMonitoringAlertRequest request) {
        return call("UpdateMonitoringAlert", () -> client.updateMonitoringAlert(request));
    }

    @Override
    public ListMonitoringAlertsResponse listMonitoringAlerts(ListMonitoringAlertsRequest request) {
        return call("ListMonitoringAlerts", () -> client.listMonitoringAlerts(request));
    }

    @Override
    public ListMonitoringAlertHistoryResponse listMonitoringAlertHistory(ListMonitoringAlertHistoryRequest request) {
        return call("ListMonitoringAlertHistory", () -> client.listMonitoringAlertHistory(request));
    }

    @Override
    public CreateAutoMlJobResponse createAutoMLJob(CreateAutoMlJobRequest request) {
        return call("CreateAutoMLJob", () -> client.createAutoMLJob(request));
    }

    @Override
    public DescribeAutoMlJobResponse describeAutoMLJob(DescribeAutoMlJobRequest request) {
        return call("DescribeAutoMLJob", () -> client.describeAutoMLJob(request));
    }

    @Override
    public StopAutoMlJobResponse stopAutoMLJob(StopAutoMlJobRequest request) {
        return call("StopAutoMLJob", () -> client.stopAutoMLJob(request));
    }

    @Override
    public ListAutoMlJobsResponse listAutoMLJobs(ListAutoMlJobsRequest request) {
        return call("ListAutoMLJobs", () -> client.listAutoMLJobs(request));
    }

    @Override
    public ListCandidatesForAutoMlJobResponse listCandidatesForAutoMLJob(ListCandidatesForAutoMlJobRequest request) {
        return call("ListCandidatesForAutoMLJob", () -> client.listCandidatesForAutoMLJob(request));
    }

    @Override
    public CreateAutoMlJobV2Response createAutoMLJobV2(CreateAutoMlJobV2Request request) {
        return call("CreateAutoMLJobV2", () -> client.createAutoMLJobV2(request));
    }

    @Override
    public DescribeAutoMlJobV2Response describeAutoMLJobV2(DescribeAutoMlJobV2Request request) {
        return call("DescribeAutoMLJobV2", () -> client.describeAutoMLJobV2(request));
    }

    @Override
    public DescribeTrainingPlanResponse describeTrainingPlan(DescribeTrainingPlanRequest request) {
        return call("DescribeTrainingPlan", () -> client.describeTrainingPlan(request));
    }

    @Override
    public ListTrainingPlansResponse listTrainingPlans(ListTrainingPlansRequest request) {
        return call("ListTrainingPlans", () -> client.listTrainingPlans(request));
    }

    @Override
    public CreateOptimizationJobResponse createOptimizationJob(CreateOptimizationJobRequest request) {
        return call("CreateOptimizationJob", () -> client.createOptimizationJob(request));
    }

    @Override
    public DescribeOptimizationJobResponse describeOptimizationJob(DescribeOptimizationJobRequest request) {
        return call("DescribeOptimizationJob", () -> client.describeOptimizationJob(request));
    }

    @Override
    public StopOptimizationJobResponse stopOptimizationJob(StopOptimizationJobRequest request) {
        return call("StopOptimizationJob", () -> client.stopOptimizationJob(request));
    }

    @Override
    public ListOptimizationJobsResponse listOptimizationJobs(ListOptimizationJobsRequest request) {
        return call("ListOptimizationJobs", () -> client.listOptimizationJobs(request));
    }

    @Override
    public DeleteOptimizationJobResponse deleteOptimizationJob(DeleteOptimizationJobRequest request) {
        return call("DeleteOptimizationJob", () -> client.deleteOptimizationJob(request));
    }

    @Override
    public CreateInferenceRecommendationsJobResponse createInferenceRecommendationsJob(CreateInferenceRecommendationsJobRequest request) {
        return call("CreateInferenceRecommendationsJob", () -> client.createInferenceRecommendationsJob(request));
    }

    @Override
    public DescribeInferenceRecommendationsJobResponse describeInferenceRecommendationsJob(DescribeInferenceRecommendationsJobRequest request) {
        return call("DescribeInferenceRecommendationsJob", () -> client.describeInferenceRecommendationsJob(request));
    }

    @Override
    public StopInferenceRecommendationsJobResponse stopInferenceRecommendationsJob(StopInferenceRecommendationsJobRequest request) {
        return call("StopInferenceRecommendationsJob", () -> client.stopInferenceRecommendationsJob(request));
    }

    @Override
    public ListInferenceRecommendationsJobsResponse listInferenceRecommendationsJobs(ListInferenceRecommendationsJobsRequest request) {
        return call("ListInferenceRecommendationsJobs", () -> client.listInferenceRecommendationsJobs(request));
    }

    @Override
    public ListInferenceRecommendationsJobStepsResponse listInferenceRecommendationsJobSteps(ListInferenceRecommendationsJobStepsRequest request) {
        return call("ListInferenceRecommendationsJobSteps", () -> client.listInferenceRecommendationsJobSteps(request));
    }

    @Override
    public CreatePresignedMlflowTrackingServerUrlResponse createPresignedMlflowTrackingServerUrl(CreatePresignedMlflowTrackingServerUrlRequest request) {
        return call("CreatePresignedMlflowTrackingServerUrl", () -> client.createPresignedMlflowTrackingServerUrl(request));
    }

    @Override
    public CreateArtifactResponse createArtifact(CreateArtifactRequest request) {
        return call("CreateArtifact", () -> client.createArtifact(request));
    }

    @Override
    public DescribeArtifactResponse describeArtifact(DescribeArtifactRequest request) {
        return call("DescribeArtifact", () -> client.describeArtifact(request));
    }

    @Override
    public ListArtifactsResponse listArtifacts(ListArtifactsRequest request) {
        return call("ListArtifacts", () -> client.listArtifacts(request));
    }

    @Override
    public DeleteArtifactResponse deleteArtifact(DeleteArtifactRequest request) {
        return call("DeleteArtifact", () -> client.deleteArtifact(request));
    }

    @Override
    public UpdateArtifactResponse updateArtifact(UpdateArtifactRequest request) {
        return call("UpdateArtifact", () -> client.updateArtifact(request));
    }

    @Override
    public CreateActionResponse createAction(CreateActionRequest request) {
        return call("CreateAction", () -> client.createAction(request));
    }

    @Override
    public DescribeActionResponse describeAction(DescribeActionRequest request) {
        return call("DescribeAction", () -> client.describeAction(request));
    }

    @Override
    public ListActionsResponse listActions(ListActionsRequest request) {
        return call("ListActions", () -> client.listActions(request));
    }

    @Override
    public DeleteActionResponse deleteAction(DeleteActionRequest request) {
        return call("DeleteAction", () -> client.deleteAction(request));
    }

    @Override
    public UpdateActionResponse updateAction(UpdateActionRequest request) {
        return call("UpdateAction", () -> client.updateAction(request));
    }

    @Override
    public CreateContextResponse createContext(CreateContextRequest request) {
        return call("CreateContext", () -> client.createContext(request));
    }

    @Override
    public DescribeContextResponse describeContext(DescribeContextRequest request) {
        return call("DescribeContext", () -> client.describeContext(request));
    }

    @Override
    public ListContextsResponse listContexts(ListContextsRequest request) {
        return call("ListContexts", () -> client.listContexts(request));
    }

    @Override
    public DeleteContextResponse deleteContext(DeleteContextRequest request) {
        return call("DeleteContext", () -> client.deleteContext(request));
    }

    @Override
    public UpdateContextResponse updateContext(UpdateContextRequest request) {
        return call("UpdateContext", () -> client.updateContext(request));
    }

    @Override
    public AddAssociationResponse addAssociation(AddAssociationRequest request) {
        return call("AddAssociation", () -> client.addAssociation(request));
    }

    @Override
    public DeleteAssociationResponse deleteAssociation(DeleteAssociationRequest request) {
        return call("DeleteAssociation", () -> client.deleteAssociation(request));
    }

    @Override
    public ListAssociationsResponse listAssociations(ListAssociationsRequest request) {
        return call("ListAssociations", () -> client.listAssociations(request));
    }

    @Override
    public QueryLineageResponse queryLineage(QueryLineageRequest request) {
        return call("QueryLineage", () -> client.queryLineage(request));
    }

    @Override
    public CreateExperimentResponse createExperiment(CreateExperimentRequest request) {
        return call("CreateExperiment", () -> client.createExperiment(request));
    }

    @Override
    public DescribeExperimentResponse describeExperiment(DescribeExperimentRequest request) {
        return call("DescribeExperiment", () -> client.describeExperiment(request));
    }

    @Override
    public ListExperimentsResponse listExperiments(ListExperimentsRequest request) {
        return call("ListExperiments", () -> client.listExperiments(request));
    }

    @Override
    public UpdateExperimentResponse updateExperiment(UpdateExperimentRequest request) {
        return call("UpdateExperiment", () -> client.updateExperiment(request));
    }

    @Override
    public DeleteExperimentResponse deleteExperiment(DeleteExperimentRequest request) {
        return call("DeleteExperiment", () -> client.deleteExperiment(request));
    }

    @Override
    public CreateTrialResponse createTrial(CreateTrialRequest request) {
        return call("CreateTrial", () -> client.createTrial(request));
    }

    @Override
    public DescribeTrialResponse describeTrial(DescribeTrialRequest request) {
        return call("DescribeTrial", () -> client.describeTrial(request));
    }

    @Override
    public ListTrialsResponse listTrials(ListTrialsRequest request) {
        return call("ListTrials", () -> client.listTrials(request));
    }

    @Override
    public UpdateTrialResponse updateTrial(UpdateTrialRequest request) {
        return call("UpdateTrial", () -> client.updateTrial(request));
    }

    @Override
    public DeleteTrialResponse deleteTrial(DeleteTrialRequest request) {
        return call("DeleteTrial", () -> client.deleteTrial(request));
    }

    @Override
    public CreateTrialComponentResponse createTrialComponent(CreateTrialComponentRequest request) {
        return call("CreateTrialComponent", () -> client.createTrialComponent(request));
    }

    @Override
    public DescribeTrialComponentResponse describeTrialComponent(DescribeTrialComponentRequest request) {
        return call("DescribeTrialComponent", () -> client.describeTrialComponent(request));
    }

    @Override
    public ListTrialComponentsResponse listTrialComponents(ListTrialComponentsRequest request) {
        return call("ListTrialComponents", () -> client.listTrialComponents(request));
    }

    @Override
    public UpdateTrialComponentResponse updateTrialComponent(UpdateTrialComponentRequest request) {
        return call("UpdateTrialComponent", () -> client.updateTrialComponent(request));
    }

    @Override
    public DeleteTrialComponentResponse deleteTrialComponent(DeleteTrialComponentRequest request) {
        return call("DeleteTrialComponent", () -> client.deleteTrialComponent(request));
    }

    @Override
    public AssociateTrialComponentResponse associateTrialComponent(AssociateTrialComponentRequest request) {
        return call("AssociateTrialComponent", () -> client.associateTrialComponent(request));
    }

    @Override
    public DisassociateTrialComponentResponse disassociateTrialComponent(DisassociateTrialComponentRequest request) {
        return call("DisassociateTrialComponent", () -> client.disassociateTrialComponent(request));
    }
}
