/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * The chosen backend does not implement a SageMaker operation. Names the operation and the
 * backend so the caller can pick another backend or another call.
 */
public class OperationNotSupportedException extends ClientException {
    private static final long serialVersionUID = 1L;

    /** The operation that is not implemented. */
    private final String operation;
    /** The backend that does not implement it. */
    private final String backend;

    /**
     * Creates the exception.
     *
     * @param operation the service operation, e.g. {@code "CreateProcessingJob"}
     * @param backend   the backend name, e.g. {@code "local"}
     */
    public OperationNotSupportedException(String operation, String backend) {
        super("Operation " + operation + " is not supported by the '" + backend + "' backend"
                + "; use a backend that offers it (see Session.builder().backend(...)) or another operation");
        this.operation = operation;
        this.backend = backend;
    }

    /**
     * Creates the exception with the way out that fits the operation.
     *
     * @param operation the service operation, e.g. {@code "LookupEvents"}
     * @param backend   the backend name, e.g. {@code "sagemaker"}
     * @param fix       what to use instead
     */
    public OperationNotSupportedException(String operation, String backend, String fix) {
        super("Operation " + operation + " is not supported by the '" + backend + "' backend; " + fix);
        this.operation = operation;
        this.backend = backend;
    }

    /**
     * Creates the exception with the way out and what made the operation unavailable (a native library that
     * could not load on this platform, for one).
     *
     * @param operation the operation, e.g. {@code "LightGBM"}
     * @param backend   the backend name, e.g. {@code "local"}
     * @param fix       what to use instead
     * @param cause     why the operation is not available
     */
    public OperationNotSupportedException(String operation, String backend, String fix, Throwable cause) {
        super("Operation " + operation + " is not supported by the '" + backend + "' backend; " + fix, cause);
        this.operation = operation;
        this.backend = backend;
    }

    /**
     * The service operation that was asked for.
     *
     * @return e.g. {@code "CreateProcessingJob"}
     */
    public String operation() {
        return operation;
    }

    /**
     * The backend that does not offer it.
     *
     * @return the backend name
     */
    public String backend() {
        return backend;
    }
}
