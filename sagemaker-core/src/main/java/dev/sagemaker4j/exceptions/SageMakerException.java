/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * Root of every exception sagemaker4j throws. All are unchecked.
 *
 * <p>The tree has two branches, as in the AWS SDK: {@link ClientException} for mistakes of the
 * caller (fix the input, retrying the same call will not help) and {@link ServiceException} for
 * failures of a backend, a job or storage (which may or may not be worth retrying, see
 * {@link #retryable()}). Causes are never swallowed: native and AWS errors stay attached.
 */
public abstract class SageMakerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message and an optional cause.
     *
     * @param message what went wrong, and how to fix it where the caller can
     * @param cause   the underlying error, or {@code null}
     */
    protected SageMakerException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the same call may succeed if tried again unchanged.
     *
     * @return {@code true} when a retry can help
     */
    public abstract boolean retryable();
}
