/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: experiments (experiments, trials, trial components, the
 * associations between trials and trial components, and the Search of these resources), what the Python SDK's
 * {@code sagemaker.experiments} sends. Each method takes and returns the AWS SDK for Java v2 model class of the
 * service operation of the same name, so a request built for one backend is valid for every other and for the
 * service itself. The metric values of a run go to the separate {@code sagemaker-metrics} service: see
 * {@link SageMakerMetricsApi}.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(ExperimentsApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation and the
 * backend, which is also what a backend without this capability answers.
 */
public interface ExperimentsApi extends ServiceApi {

    /** The key under which a backend offers experiments. */
    Capability<ExperimentsApi> CAPABILITY = Capability.of(ExperimentsApi.class, backend -> () -> backend);

    /**
     * The service operation CreateExperiment.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateExperimentResponse createExperiment(CreateExperimentRequest request) {
        throw unsupported("CreateExperiment");
    }

    /**
     * The service operation DescribeExperiment.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeExperimentResponse describeExperiment(DescribeExperimentRequest request) {
        throw unsupported("DescribeExperiment");
    }

    /**
     * The service operation ListExperiments.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListExperimentsResponse listExperiments(ListExperimentsRequest request) {
        throw unsupported("ListExperiments");
    }

    /**
     * The service operation UpdateExperiment.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateExperimentResponse updateExperiment(UpdateExperimentRequest request) {
        throw unsupported("UpdateExperiment");
    }

    /**
     * The service operation DeleteExperiment.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteExperimentResponse deleteExperiment(DeleteExperimentRequest request) {
        throw unsupported("DeleteExperiment");
    }

    /**
     * The service operation CreateTrial.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateTrialResponse createTrial(CreateTrialRequest request) {
        throw unsupported("CreateTrial");
    }

    /**
     * The service operation DescribeTrial.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeTrialResponse describeTrial(DescribeTrialRequest request) {
        throw unsupported("DescribeTrial");
    }

    /**
     * The service operation ListTrials.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTrialsResponse listTrials(ListTrialsRequest request) {
        throw unsupported("ListTrials");
    }

    /**
     * The service operation UpdateTrial.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateTrialResponse updateTrial(UpdateTrialRequest request) {
        throw unsupported("UpdateTrial");
    }

    /**
     * The service operation DeleteTrial.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteTrialResponse deleteTrial(DeleteTrialRequest request) {
        throw unsupported("DeleteTrial");
    }

    /**
     * The service operation CreateTrialComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateTrialComponentResponse createTrialComponent(CreateTrialComponentRequest request) {
        throw unsupported("CreateTrialComponent");
    }

    /**
     * The service operation DescribeTrialComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeTrialComponentResponse describeTrialComponent(DescribeTrialComponentRequest request) {
        throw unsupported("DescribeTrialComponent");
    }

    /**
     * The service operation ListTrialComponents.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTrialComponentsResponse listTrialComponents(ListTrialComponentsRequest request) {
        throw unsupported("ListTrialComponents");
    }

    /**
     * The service operation UpdateTrialComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateTrialComponentResponse updateTrialComponent(UpdateTrialComponentRequest request) {
        throw unsupported("UpdateTrialComponent");
    }

    /**
     * The service operation DeleteTrialComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteTrialComponentResponse deleteTrialComponent(DeleteTrialComponentRequest request) {
        throw unsupported("DeleteTrialComponent");
    }

    /**
     * The service operation AssociateTrialComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default AssociateTrialComponentResponse associateTrialComponent(AssociateTrialComponentRequest request) {
        throw unsupported("AssociateTrialComponent");
    }

    /**
     * The service operation DisassociateTrialComponent.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DisassociateTrialComponentResponse disassociateTrialComponent(DisassociateTrialComponentRequest request) {
        throw unsupported("DisassociateTrialComponent");
    }

    /**
     * The service operation Search.
     *
     * <p>Search of the experiment resources ({@code Experiment}, {@code ExperimentTrial},
     * {@code ExperimentTrialComponent}); the same operation as {@link SearchApi#search}, offered here so that
     * a backend whose experiments are a part of their own can answer it for those resources.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default SearchResponse search(SearchRequest request) {
        throw unsupported("Search");
    }
}
