/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import dev.sagemaker4j.exceptions.ClientException;

/** A failure caused by the job's input, reported as the processing job's {@code ClientError} reason. */
public final class ClientError extends ClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what is wrong with the input and how to fix it
     */
    public ClientError(String message) {
        super("ClientError: " + message);
    }
}
