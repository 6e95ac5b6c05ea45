/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * The endpoint is at capacity and refused the request at once instead of queueing it without bound,
 * as the service's {@code ServiceUnavailable} (503) or throttling (429). Retrying later can help.
 */
public class ThrottlingException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message    what is at capacity and what to do
     * @param errorCode  {@code ServiceUnavailable} or {@code ThrottlingException}
     * @param statusCode 503 or 429
     */
    public ThrottlingException(String message, String errorCode, int statusCode) {
        super(message, errorCode, statusCode, null, true, null);
    }
}
