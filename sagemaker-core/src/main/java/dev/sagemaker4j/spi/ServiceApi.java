/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import dev.sagemaker4j.exceptions.OperationNotSupportedException;

/**
 * What every service capability shares: the name of the backend that offers it, for error messages,
 * and the error for an operation the backend does not serve.
 *
 * <p>Every operation of a capability interface has a default that throws that error, so the one
 * abstract method is {@link #backendName()}: {@code () -> "my-backend"} is a capability that serves
 * nothing, which is what {@link Backend#api(Capability)} answers for a capability the backend lacks.
 */
public interface ServiceApi {

    /**
     * The name of the backend offering these operations, used in error messages.
     *
     * @return e.g. {@code "local"} or {@code "sagemaker"}
     */
    String backendName();

    /**
     * The error for an operation this backend does not implement.
     *
     * @param operation the service operation name, e.g. {@code CreatePipeline}
     * @return the exception to throw
     */
    default OperationNotSupportedException unsupported(String operation) {
        return new OperationNotSupportedException(operation, backendName());
    }
}
