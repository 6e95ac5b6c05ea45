/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

/**
 * A model's own error answer to one invocation, with the HTTP status a SageMaker container would
 * answer (400 malformed input, 415 unsupported content type, 406 unsupported accept, 500 failure).
 * The hosting turns it into the service's {@code ModelError}.
 */
public final class ModelInvocationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status the container answers with, e.g. 400. */
    private final int statusCode;

    /**
     * Creates the exception.
     *
     * @param statusCode the container's status code
     * @param message    the container's message
     */
    public ModelInvocationException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    /**
     * Creates the exception with a cause.
     *
     * @param statusCode the container's status code
     * @param message    the container's message
     * @param cause      the underlying error
     */
    public ModelInvocationException(int statusCode, String message, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
    }

    /**
     * The container's status code.
     *
     * @return e.g. 400
     */
    public int statusCode() {
        return statusCode;
    }
}
