/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.inference;

/**
 * Thrown by an {@link InferenceHandler} to answer an invocation with a given status code and
 * message, as a container would (e.g. 415 for a content type it does not read). The caller sees
 * the service's {@code ModelError} carrying that status and message.
 */
public class InferenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status the container answers with, e.g. 400. */
    private final int statusCode;

    /**
     * Creates the exception.
     *
     * @param statusCode the status code to answer, 400 to 599
     * @param message    the message, naming what the handler expects
     */
    public InferenceException(int statusCode, String message) {
        super(message);
        this.statusCode = statusCode;
    }

    /**
     * The status code.
     *
     * @return e.g. 415
     */
    public int statusCode() {
        return statusCode;
    }
}
