/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * A failure on the backend's side: a service error, a storage failure, a job that ended badly.
 * Carries the service's error code, HTTP status and request id where there is one.
 */
public class ServiceException extends SageMakerException {
    private static final long serialVersionUID = 1L;

    /** The service's error code, e.g. {@code InternalFailure}. */
    private final String errorCode;
    /** The HTTP status code, or 0 when there was no response. */
    private final int statusCode;
    /** The service's request id, or {@code null}. */
    private final String requestId;
    /** Whether the same call may succeed later. */
    private final boolean retryable;

    /**
     * Creates a service exception.
     *
     * @param message    what failed
     * @param errorCode  the service's error code (e.g. {@code ThrottlingException}), or {@code null}
     * @param statusCode the HTTP status, or 0 when none
     * @param requestId  the service request id, or {@code null}
     * @param retryable  whether the same call may succeed later
     * @param cause      the underlying error, or {@code null}
     */
    public ServiceException(String message, String errorCode, int statusCode, String requestId,
                            boolean retryable, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.retryable = retryable;
    }

    /**
     * Creates a service exception with no service details.
     *
     * @param message   what failed
     * @param retryable whether the same call may succeed later
     * @param cause     the underlying error, or {@code null}
     */
    public ServiceException(String message, boolean retryable, Throwable cause) {
        this(message, null, 0, null, retryable, cause);
    }

    /**
     * The service's error code, or {@code null}.
     *
     * @return e.g. {@code "ThrottlingException"}
     */
    public String errorCode() {
        return errorCode;
    }

    /**
     * The HTTP status code, or 0 when there was none.
     *
     * @return the status code
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The service's request id, or {@code null}.
     *
     * @return the request id
     */
    public String requestId() {
        return requestId;
    }

    @Override
    public boolean retryable() {
        return retryable;
    }
}
