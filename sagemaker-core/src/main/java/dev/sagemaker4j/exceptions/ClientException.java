/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * A mistake of the caller: bad input, a resource that does not exist, a name already taken, an
 * operation the chosen backend does not offer. Retrying the same call unchanged will not help.
 */
public class ClientException extends SageMakerException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a client exception.
     *
     * @param message what was wrong and how to fix it
     * @param cause   the underlying error, or {@code null}
     */
    public ClientException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Creates a client exception without a cause.
     *
     * @param message what was wrong and how to fix it
     */
    public ClientException(String message) {
        this(message, null);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
