/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.spi.SageMakerApi;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * The local backend's {@link SageMakerApi}: each operation goes to the one part that overrides it;
 * operations no part overrides keep the interface's default (which throws
 * OperationNotSupportedException naming the operation).
 *
 * <p>What {@link Dispatch#compose} does with a {@link java.lang.reflect.Proxy}, written out: a
 * proxy of this interface costs about 0.35 s of CPU in a fresh JVM, because its class initialiser
 * looks up every method with {@code Class.forName}, which initialises every request class and,
 * through their field tables, about 1,400 model classes with 800 lambdas. Here the routes are found
 * from the parts' own declared methods, and a model class loads when an operation first uses it.
 * {@code LocalSageMakerApiTest} checks that every operation of the interface is written out here.
 */
final class LocalSageMakerApi implements SageMakerApi {
    /** Operation method names and their request class's simple name, by route index. */
    static final String[] OPERATIONS = {
            "createTrainingJob", "CreateTrainingJobRequest",
            "describeTrainingJob", "DescribeTrainingJobRequest",
            "stopTrainingJob", "StopTrainingJobRequest",
            "listTrainingJobs", "ListTrainingJobsRequest",
            "createProcessingJob", "CreateProcessingJobRequest",
            "describeProcessingJob", "DescribeProcessingJobRequest",
            "stopProcessingJob", "StopProcessingJobRequest",
            "listProcessingJobs", "ListProcessingJobsRequest",
            "createTransformJob", "CreateTransformJobRequest",
            "describeTransformJob", "DescribeTransformJobRequest",
            "stopTransformJob", "StopTransformJobRequest",
            "listTransformJobs", "ListTransformJobsRequest",
            "createHyperParameterTuningJob", "CreateHyperParameterTuningJobRequest",
            "describeHyperParameterTuningJob", "DescribeHyperParameterTuningJobRequest",
            "stopHyperParameterTuningJob", "StopHyperParameterTuningJobRequest",
            "listHyperParameterTuningJobs", "ListHyperParameterTuningJobsRequest",
            "listTrainingJobsForHyperParameterTuningJob", "ListTrainingJobsForHyperParameterTuningJobRequest",
            "createModel", "CreateModelRequest",
            "describeModel", "DescribeModelRequest",
            "deleteModel", "DeleteModelRequest",
            "listModels", "ListModelsRequest",
            "createEndpointConfig", "CreateEndpointConfigRequest",
            "describeEndpointConfig", "DescribeEndpointConfigRequest",
            "deleteEndpointConfig", "DeleteEndpointConfigRequest",
            "listEndpointConfigs", "ListEndpointConfigsRequest",
            "createEndpoint", "CreateEndpointRequest",
            "describeEndpoint", "DescribeEndpointRequest",
            "updateEndpoint", "UpdateEndpointRequest",
            "updateEndpointWeightsAndCapacities", "UpdateEndpointWeightsAndCapacitiesRequest",
            "deleteEndpoint", "DeleteEndpointRequest",
            "listEndpoints", "ListEndpointsRequest",
            "createFeatureGroup", "CreateFeatureGroupRequest",
            "describeFeatureGroup", "DescribeFeatureGroupRequest",
            "deleteFeatureGroup", "DeleteFeatureGroupRequest",
            "listFeatureGroups", "ListFeatureGroupsRequest",
            "updateFeatureGroup", "UpdateFeatureGroupRequest",
            "createModelPackageGroup", "CreateModelPackageGroupRequest",
            "createModelPackage", "CreateModelPackageRequest",
            "describeModelPackage", "DescribeModelPackageRequest",
            "listModelPackages", "ListModelPackagesRequest",
            "updateModelPackage", "UpdateModelPackageRequest",
            "createPipeline", "CreatePipelineRequest",
            "describePipeline", "DescribePipelineRequest",
            "startPipelineExecution", "StartPipelineExecutionRequest",
            "describePipelineExecution", "DescribePipelineExecutionRequest",
            "listPipelineExecutionSteps", "ListPipelineExecutionStepsRequest",
            "search", "SearchRequest"};

    private static final String MODEL_PACKAGE = CreateTrainingJobRequest.class.getPackageName();

    private final SageMakerApi[] routes = new SageMakerApi[OPERATIONS.length / 2];
    private final String backendName;
    private final BooleanSupplier closed;

    /**
     * Routes each operation to the part whose class (not an interface) declares it.
     *
     * @param backendName the backend's name, for errors
     * @param parts       the parts' implementations ({@code null} entries are skipped)
     * @param owners      the part each implementation belongs to, for the error on two owners
     * @param closed      whether the session is closed: calls then fail
     * @throws IllegalStateException when two parts implement one operation
     */
    LocalSageMakerApi(String backendName, List<SageMakerApi> parts, List<Object> owners, BooleanSupplier closed) {
        this.backendName = backendName;
        this.closed = closed;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < OPERATIONS.length; i += 2) {
            index.put(OPERATIONS[i] + "(" + MODEL_PACKAGE + "." + OPERATIONS[i + 1] + ")", i / 2);
        }
        Object[] routeOwners = new Object[routes.length];
        for (int p = 0; p < parts.size(); p++) {
            SageMakerApi part = parts.get(p);
            if (part == null) {
                continue;
            }
            for (Class<?> c = part.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isBridge()
                            || m.getParameterCount() != 1) {
                        continue;
                    }
                    Integer route = index.get(m.getName() + "(" + m.getParameterTypes()[0].getName() + ")");
                    if (route == null || routes[route] == part) {
                        continue; // not an operation, or overridden again in a subclass already seen
                    }
                    if (routes[route] != null) {
                        throw new IllegalStateException("Operation " + m.getName() + " is implemented by two parts of "
                                + "the local backend: " + routeOwners[route].getClass().getName() + " and "
                                + owners.get(p).getClass().getName());
                    }
                    routes[route] = part;
                    routeOwners[route] = owners.get(p);
                }
            }
        }
    }

    private SageMakerApi route(int operation) {
        if (closed.getAsBoolean()) {
            // a caller may keep the API object after Session.close(): it must not reach freed parts
            throw new SessionClosedException("The local SageMakerApi of this session");
        }
        return routes[operation];
    }

    @Override
    public String backendName() {
        return backendName;
    }

    @Override
    public String toString() {
        return "local SageMakerApi";
    }

    @Override
    public CreateTrainingJobResponse createTrainingJob(CreateTrainingJobRequest request) {
        SageMakerApi part = route(0);
        return part != null ? part.createTrainingJob(request) : SageMakerApi.super.createTrainingJob(request);
    }

    @Override
    public DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
        SageMakerApi part = route(1);
        return part != null ? part.describeTrainingJob(request) : SageMakerApi.super.describeTrainingJob(request);
    }

    @Override
    public StopTrainingJobResponse stopTrainingJob(StopTrainingJobRequest request) {
        SageMakerApi part = route(2);
        return part != null ? part.stopTrainingJob(request) : SageMakerApi.super.stopTrainingJob(request);
    }

    @Override
    public ListTrainingJobsResponse listTrainingJobs(ListTrainingJobsRequest request) {
        SageMakerApi part = route(3);
        return part != null ? part.listTrainingJobs(request) : SageMakerApi.super.listTrainingJobs(request);
    }

    @Override
    public CreateProcessingJobResponse createProcessingJob(CreateProcessingJobRequest request) {
        SageMakerApi part = route(4);
        return part != null ? part.createProcessingJob(request) : SageMakerApi.super.createProcessingJob(request);
    }

    @Override
    public DescribeProcessingJobResponse describeProcessingJob(DescribeProcessingJobRequest request) {
        SageMakerApi part = route(5);
        return part != null ? part.describeProcessingJob(request) : SageMakerApi.super.describeProcessingJob(request);
    }

    @Override
    public StopProcessingJobResponse stopProcessingJob(StopProcessingJobRequest request) {
        SageMakerApi part = route(6);
        return part != null ? part.stopProcessingJob(request) : SageMakerApi.super.stopProcessingJob(request);
    }

    @Override
    public ListProcessingJobsResponse listProcessingJobs(ListProcessingJobsRequest request) {
        SageMakerApi part = route(7);
        return part != null ? part.listProcessingJobs(request) : SageMakerApi.super.listProcessingJobs(request);
    }

    @Override
    public CreateTransformJobResponse createTransformJob(CreateTransformJobRequest request) {
        SageMakerApi part = route(8);
        return part != null ? part.createTransformJob(request) : SageMakerApi.super.createTransformJob(request);
    }

    @Override
    public DescribeTransformJobResponse describeTransformJob(DescribeTransformJobRequest request) {
        SageMakerApi part = route(9);
        return part != null ? part.describeTransformJob(request) : SageMakerApi.super.describeTransformJob(request);
    }

    @Override
    public StopTransformJobResponse stopTransformJob(StopTransformJobRequest request) {
        SageMakerApi part = route(10);
        return part != null ? part.stopTransformJob(request) : SageMakerApi.super.stopTransformJob(request);
    }

    @Override
    public ListTransformJobsResponse listTransformJobs(ListTransformJobsRequest request) {
        SageMakerApi part = route(11);
        return part != null ? part.listTransformJobs(request) : SageMakerApi.super.listTransformJobs(request);
    }

    @Override
    public CreateHyperParameterTuningJobResponse createHyperParameterTuningJob(CreateHyperParameterTuningJobRequest request) {
        SageMakerApi part = route(12);
        return part != null ? part.createHyperParameterTuningJob(request) : SageMakerApi.super.createHyperParameterTuningJob(request);
    }

    @Override
    public DescribeHyperParameterTuningJobResponse describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest request) {
        SageMakerApi part = route(13);
        return part != null ? part.describeHyperParameterTuningJob(request) : SageMakerApi.super.describeHyperParameterTuningJob(request);
    }

    @Override
    public StopHyperParameterTuningJobResponse stopHyperParameterTuningJob(StopHyperParameterTuningJobRequest request) {
        SageMakerApi part = route(14);
        return part != null ? part.stopHyperParameterTuningJob(request) : SageMakerApi.super.stopHyperParameterTuningJob(request);
    }

    @Override
    public ListHyperParameterTuningJobsResponse listHyperParameterTuningJobs(ListHyperParameterTuningJobsRequest request) {
        SageMakerApi part = route(15);
        return part != null ? part.listHyperParameterTuningJobs(request) : SageMakerApi.super.listHyperParameterTuningJobs(request);
    }

    @Override
    public ListTrainingJobsForHyperParameterTuningJobResponse listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest request) {
        SageMakerApi part = route(16);
        return part != null ? part.listTrainingJobsForHyperParameterTuningJob(request) : SageMakerApi.super.listTrainingJobsForHyperParameterTuningJob(request);
    }

    @Override
    public CreateModelResponse createModel(CreateModelRequest request) {
        SageMakerApi part = route(17);
        return part != null ? part.createModel(request) : SageMakerApi.super.createModel(request);
    }

    @Override
    public DescribeModelResponse describeModel(DescribeModelRequest request) {
        SageMakerApi part = route(18);
        return part != null ? part.describeModel(request) : SageMakerApi.super.describeModel(request);
    }

    @Override
    public DeleteModelResponse deleteModel(DeleteModelRequest request) {
        SageMakerApi part = route(19);
        return part != null ? part.deleteModel(request) : SageMakerApi.super.deleteModel(request);
    }

    @Override
    public ListModelsResponse listModels(ListModelsRequest request) {
        SageMakerApi part = route(20);
        return part != null ? part.listModels(request) : SageMakerApi.super.listModels(request);
    }

    @Override
    public CreateEndpointConfigResponse createEndpointConfig(CreateEndpointConfigRequest request) {
        SageMakerApi part = route(21);
        return part != null ? part.createEndpointConfig(request) : SageMakerApi.super.createEndpointConfig(request);
    }

    @Override
    public DescribeEndpointConfigResponse describeEndpointConfig(DescribeEndpointConfigRequest request) {
        SageMakerApi part = route(22);
        return part != null ? part.describeEndpointConfig(request) : SageMakerApi.super.describeEndpointConfig(request);
    }

    @Override
    public DeleteEndpointConfigResponse deleteEndpointConfig(DeleteEndpointConfigRequest request) {
        SageMakerApi part = route(23);
        return part != null ? part.deleteEndpointConfig(request) : SageMakerApi.super.deleteEndpointConfig(request);
    }

    @Override
    public ListEndpointConfigsResponse listEndpointConfigs(ListEndpointConfigsRequest request) {
        SageMakerApi part = route(24);
        return part != null ? part.listEndpointConfigs(request) : SageMakerApi.super.listEndpointConfigs(request);
    }

    @Override
    public CreateEndpointResponse createEndpoint(CreateEndpointRequest request) {
        SageMakerApi part = route(25);
        return part != null ? part.createEndpoint(request) : SageMakerApi.super.createEndpoint(request);
    }

    @Override
    public DescribeEndpointResponse describeEndpoint(DescribeEndpointRequest request) {
        SageMakerApi part = route(26);
        return part != null ? part.describeEndpoint(request) : SageMakerApi.super.describeEndpoint(request);
    }

    @Override
    public UpdateEndpointResponse updateEndpoint(UpdateEndpointRequest request) {
        SageMakerApi part = route(27);
        return part != null ? part.updateEndpoint(request) : SageMakerApi.super.updateEndpoint(request);
    }

    @Override
    public UpdateEndpointWeightsAndCapacitiesResponse updateEndpointWeightsAndCapacities(UpdateEndpointWeightsAndCapacitiesRequest request) {
        SageMakerApi part = route(28);
        return part != null ? part.updateEndpointWeightsAndCapacities(request) : SageMakerApi.super.updateEndpointWeightsAndCapacities(request);
    }

    @Override
    public DeleteEndpointResponse deleteEndpoint(DeleteEndpointRequest request) {
        SageMakerApi part = route(29);
        return part != null ? part.deleteEndpoint(request) : SageMakerApi.super.deleteEndpoint(request);
    }

    @Override
    public ListEndpointsResponse listEndpoints(ListEndpointsRequest request) {
        SageMakerApi part = route(30);
        return part != null ? part.listEndpoints(request) : SageMakerApi.super.listEndpoints(request);
    }

    @Override
    public CreateFeatureGroupResponse createFeatureGroup(CreateFeatureGroupRequest request) {
        SageMakerApi part = route(31);
        return part != null ? part.createFeatureGroup(request) : SageMakerApi.super.createFeatureGroup(request);
    }

    @Override
    public DescribeFeatureGroupResponse describeFeatureGroup(DescribeFeatureGroupRequest request) {
        SageMakerApi part = route(32);
        return part != null ? part.describeFeatureGroup(request) : SageMakerApi.super.describeFeatureGroup(request);
    }

    @Override
    public DeleteFeatureGroupResponse deleteFeatureGroup(DeleteFeatureGroupRequest request) {
        SageMakerApi part = route(33);
        return part != null ? part.deleteFeatureGroup(request) : SageMakerApi.super.deleteFeatureGroup(request);
    }

    @Override
    public ListFeatureGroupsResponse listFeatureGroups(ListFeatureGroupsRequest request) {
        SageMakerApi part = route(34);
        return part != null ? part.listFeatureGroups(request) : SageMakerApi.super.listFeatureGroups(request);
    }

    @Override
    public UpdateFeatureGroupResponse updateFeatureGroup(UpdateFeatureGroupRequest request) {
        SageMakerApi part = route(35);
        return part != null ? part.updateFeatureGroup(request) : SageMakerApi.super.updateFeatureGroup(request);
    }

    @Override
    public CreateModelPackageGroupResponse createModelPackageGroup(CreateModelPackageGroupRequest request) {
        SageMakerApi part = route(36);
        return part != null ? part.createModelPackageGroup(request) : SageMakerApi.super.createModelPackageGroup(request);
    }

    @Override
    public CreateModelPackageResponse createModelPackage(CreateModelPackageRequest request) {
        SageMakerApi part = route(37);
        return part != null ? part.createModelPackage(request) : SageMakerApi.super.createModelPackage(request);
    }

    @Override
    public DescribeModelPackageResponse describeModelPackage(DescribeModelPackageRequest request) {
        SageMakerApi part = route(38);
        return part != null ? part.describeModelPackage(request) : SageMakerApi.super.describeModelPackage(request);
    }

    @Override
    public ListModelPackagesResponse listModelPackages(ListModelPackagesRequest request) {
        SageMakerApi part = route(39);
        return part != null ? part.listModelPackages(request) : SageMakerApi.super.listModelPackages(request);
    }

    @Override
    public UpdateModelPackageResponse updateModelPackage(UpdateModelPackageRequest request) {
        SageMakerApi part = route(40);
        return part != null ? part.updateModelPackage(request) : SageMakerApi.super.updateModelPackage(request);
    }

    @Override
    public CreatePipelineResponse createPipeline(CreatePipelineRequest request) {
        SageMakerApi part = route(41);
        return part != null ? part.createPipeline(request) : SageMakerApi.super.createPipeline(request);
    }

    @Override
    public DescribePipelineResponse describePipeline(DescribePipelineRequest request) {
        SageMakerApi part = route(42);
        return part != null ? part.describePipeline(request) : SageMakerApi.super.describePipeline(request);
    }

    @Override
    public StartPipelineExecutionResponse startPipelineExecution(StartPipelineExecutionRequest request) {
        SageMakerApi part = route(43);
        return part != null ? part.startPipelineExecution(request) : SageMakerApi.super.startPipelineExecution(request);
    }

    @Override
    public DescribePipelineExecutionResponse describePipelineExecution(DescribePipelineExecutionRequest request) {
        SageMakerApi part = route(44);
        return part != null ? part.describePipelineExecution(request) : SageMakerApi.super.describePipelineExecution(request);
    }

    @Override
    public ListPipelineExecutionStepsResponse listPipelineExecutionSteps(ListPipelineExecutionStepsRequest request) {
        SageMakerApi part = route(45);
        return part != null ? part.listPipelineExecutionSteps(request) : SageMakerApi.super.listPipelineExecutionSteps(request);
    }

    @Override
    public SearchResponse search(SearchRequest request) {
        SageMakerApi part = route(46);
        return part != null ? part.search(request) : SageMakerApi.super.search(request);
    }
}
