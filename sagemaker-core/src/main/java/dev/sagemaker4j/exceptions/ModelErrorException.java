/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * The model container (or in-process model) answered an invocation with an error, as the service's
 * {@code ModelError} (HTTP 424): carries the model's own status code and message. Malformed input,
 * a wrong feature count or an unsupported content type come back this way, as from SageMaker's
 * built-in containers.
 */
public class ModelErrorException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** The status code the model's container answered with. */
    private final int originalStatusCode;
    /** The message the model's container answered with. */
    private final String originalMessage;

    /**
     * Creates the exception.
     *
     * @param endpointName       the endpoint invoked
     * @param originalStatusCode the model's status code, e.g. 400 or 415
     * @param originalMessage    the model's message, naming what it accepts
     * @param cause              the underlying error, or {@code null}
     */
    public ModelErrorException(String endpointName, int originalStatusCode, String originalMessage, Throwable cause) {
        super("Received client error (" + originalStatusCode + ") from model with message \"" + originalMessage
                + "\" (endpoint " + endpointName + ")", "ModelError", 424, null, false, cause);
        this.originalStatusCode = originalStatusCode;
        this.originalMessage = originalMessage;
    }

    /**
     * The status code the model answered with.
     *
     * @return e.g. 400 or 415
     */
    public int originalStatusCode() {
        return originalStatusCode;
    }

    /**
     * The model's own message.
     *
     * @return the message
     */
    public String originalMessage() {
        return originalMessage;
    }
}
