/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: managed MLflow tracking servers. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(MlflowApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface MlflowApi extends ServiceApi {

    /** The key under which a backend offers managed MLflow tracking servers. */
    Capability<MlflowApi> CAPABILITY = Capability.of(MlflowApi.class, backend -> () -> backend);

    /**
     * The service operation CreatePresignedMlflowTrackingServerUrl.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreatePresignedMlflowTrackingServerUrlResponse createPresignedMlflowTrackingServerUrl(CreatePresignedMlflowTrackingServerUrlRequest request) {
        throw unsupported("CreatePresignedMlflowTrackingServerUrl");
    }
}
