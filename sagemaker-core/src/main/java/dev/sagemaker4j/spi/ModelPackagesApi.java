/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: model packages and their groups (the model registry). Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(ModelPackagesApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface ModelPackagesApi extends ServiceApi {

    /** The key under which a backend offers model packages and their groups (the model registry). */
    Capability<ModelPackagesApi> CAPABILITY = Capability.of(ModelPackagesApi.class, backend -> () -> backend);

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

    /**
     * The service operation ListModelPackageGroups.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListModelPackageGroupsResponse listModelPackageGroups(ListModelPackageGroupsRequest request) {
        throw unsupported("ListModelPackageGroups");
    }

    /**
     * The service operation DescribeModelPackageGroup.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeModelPackageGroupResponse describeModelPackageGroup(DescribeModelPackageGroupRequest request) {
        throw unsupported("DescribeModelPackageGroup");
    }

    /**
     * The service operation DeleteModelPackageGroup.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteModelPackageGroupResponse deleteModelPackageGroup(DeleteModelPackageGroupRequest request) {
        throw unsupported("DeleteModelPackageGroup");
    }

    /**
     * The service operation DeleteModelPackage.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteModelPackageResponse deleteModelPackage(DeleteModelPackageRequest request) {
        throw unsupported("DeleteModelPackage");
    }
}
