/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ServiceException;
import java.nio.charset.StandardCharsets;

/**
 * One error answer of the {@code sagemaker-runtime} service (restJson1): HTTP status, the code sent
 * in {@code x-amzn-ErrorType} and the JSON body {@code {"message": ...}}, plus
 * {@code OriginalStatusCode}, {@code OriginalMessage} and {@code LogStreamArn} for {@code ModelError}.
 * The codes are the ones the AWS SDKs model for InvokeEndpoint, so a client gets
 * {@code ValidationErrorException}, {@code ModelErrorException} and so on.
 *
 * <p>Internal: not part of the API. Immutable.
 */
public final class ServiceError {
    /** {@code ValidationError}, HTTP 400: the caller's request is wrong. */
    public static final String VALIDATION_ERROR = "ValidationError";
    /** {@code ModelError}, HTTP 424: the model answered with an error or not in time. */
    public static final String MODEL_ERROR = "ModelError";
    /** {@code ServiceUnavailable}, HTTP 503: at capacity, retry later. */
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    /** {@code InternalFailure}, HTTP 500: a bug or an unexpected failure. */
    public static final String INTERNAL_FAILURE = "InternalFailure";
    /** The code of a path no operation answers to (HTTP 404). */
    public static final String UNKNOWN_OPERATION = "UnknownOperationException";
    /** The code of a method a path does not accept (HTTP 405). */
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowedException";

    /** What the service's front end says for a body over the payload limit (HTTP 413, no code). */
    static final String TOO_LARGE = "HTTP content length exceeded %d bytes.";
    /** The container's own words when the service gives up waiting for it. */
    static final String TIMED_OUT = "Your invocation timed out while waiting for a response from container primary."
            + " Review the latency metrics for each container in Amazon CloudWatch, resolve the issue, and try again.";

    private final int status;
    private final String code;
    private final String message;
    private final Integer originalStatusCode;
    private final String originalMessage;
    private final String logStreamArn;

    private ServiceError(int status, String code, String message, Integer originalStatusCode,
                         String originalMessage, String logStreamArn) {
        this.status = status;
        this.code = code;
        this.message = message == null ? "" : message;
        this.originalStatusCode = originalStatusCode;
        this.originalMessage = originalMessage;
        this.logStreamArn = logStreamArn;
    }

    /**
     * An error without model details.
     *
     * @param status  the HTTP status
     * @param code    the error code, or {@code null} to send none
     * @param message the message
     * @return the error
     */
    public static ServiceError of(int status, String code, String message) {
        return new ServiceError(status, code, message, null, null, null);
    }

    /**
     * The service's {@code ModelError} for a model that answered an error.
     *
     * @param endpoint           where the invocation went
     * @param originalStatusCode the model's status code (0 when it did not answer)
     * @param originalMessage    the model's message
     * @return a 424 error
     */
    public static ServiceError modelError(EndpointRef endpoint, int originalStatusCode, String originalMessage) {
        String kind = originalStatusCode >= 400 && originalStatusCode < 500 ? "client" : "server";
        String message = "Received " + kind + " error (" + originalStatusCode + ") from primary with message \""
                + originalMessage + "\". See " + endpoint.logGroup() + " in account " + endpoint.accountId()
                + " for more information.";
        return new ServiceError(424, MODEL_ERROR, message, originalStatusCode, originalMessage,
                endpoint.logGroupArn());
    }

    /**
     * The service's answer to an invocation the model did not answer within the invocation timeout.
     *
     * @param endpoint where the invocation went
     * @return a 424 {@code ModelError} with original status code 0
     */
    public static ServiceError timedOut(EndpointRef endpoint) {
        return modelError(endpoint, 0, TIMED_OUT);
    }

    /**
     * The answer to a body over the payload limit, as the service's front end gives it.
     *
     * @param maxPayloadBytes the limit
     * @return a 413 error without an error code
     */
    public static ServiceError tooLarge(int maxPayloadBytes) {
        return of(413, null, String.format(TOO_LARGE, maxPayloadBytes));
    }

    /**
     * The service's answer to an exception thrown by a backend.
     *
     * @param t        what the backend threw
     * @param endpoint where the invocation went
     * @return the error to send
     */
    public static ServiceError from(Throwable t, EndpointRef endpoint) {
        if (t instanceof ModelErrorException) {
            ModelErrorException m = (ModelErrorException) t;
            return modelError(endpoint, m.originalStatusCode(), m.originalMessage());
        }
        if (t instanceof ResourceNotFoundException) {
            ResourceNotFoundException r = (ResourceNotFoundException) t;
            if ("endpoint".equalsIgnoreCase(r.resourceType())) {
                return of(400, VALIDATION_ERROR, "Endpoint " + r.resourceName() + " of account "
                        + endpoint.accountId() + " not found.");
            }
            return of(400, VALIDATION_ERROR, r.getMessage());
        }
        if (t instanceof ClientException) {
            return of(400, VALIDATION_ERROR, t.getMessage());
        }
        if (t instanceof ServiceException) {
            ServiceException s = (ServiceException) t;
            // A ModelError that came back from the service itself (the sagemaker backend) keeps its details.
            software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException remote = remoteModelError(t);
            if (remote != null && remote.originalStatusCode() != null) {
                return modelError(endpoint, remote.originalStatusCode(), remote.originalMessage());
            }
            if (s.errorCode() != null && s.statusCode() >= 400 && s.statusCode() < 600) {
                return of(s.statusCode(), s.errorCode(), s.getMessage());
            }
        }
        return of(500, INTERNAL_FAILURE, "An internal failure occurred while invoking endpoint " + endpoint.name()
                + ": " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }

    private static software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException remoteModelError(
            Throwable t) {
        for (Throwable c = t.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException) {
                return (software.amazon.awssdk.services.sagemakerruntime.model.ModelErrorException) c;
            }
        }
        return null;
    }

    /**
     * The HTTP status.
     *
     * @return e.g. 400
     */
    public int status() {
        return status;
    }

    /**
     * The error code sent in {@code x-amzn-ErrorType}.
     *
     * @return e.g. {@code ValidationError}, or {@code null} when none is sent
     */
    public String code() {
        return code;
    }

    /**
     * The message.
     *
     * @return the message, never {@code null}
     */
    public String message() {
        return message;
    }

    /**
     * The model's status code of a {@code ModelError}.
     *
     * @return the code, or {@code null}
     */
    public Integer originalStatusCode() {
        return originalStatusCode;
    }

    /**
     * The model's message of a {@code ModelError}.
     *
     * @return the message, or {@code null}
     */
    public String originalMessage() {
        return originalMessage;
    }

    /**
     * Whether the container contract can pass this error on as the model's own answer: a
     * {@code ModelError} with a real HTTP status from the model.
     *
     * @return {@code true} when {@link #originalStatusCode()} is an HTTP error status
     */
    public boolean hasModelStatus() {
        return originalStatusCode != null && originalStatusCode >= 400 && originalStatusCode < 600;
    }

    /**
     * The JSON body in the service's shape.
     *
     * @return UTF-8 JSON
     */
    public byte[] json() {
        JsonStringEncoder enc = JsonStringEncoder.getInstance();
        StringBuilder sb = new StringBuilder(64 + message.length() * 2);
        sb.append("{\"message\":\"");
        enc.quoteAsString(message, sb);
        sb.append('"');
        if (originalStatusCode != null) {
            sb.append(",\"OriginalStatusCode\":").append(originalStatusCode.intValue());
        }
        if (originalMessage != null) {
            sb.append(",\"OriginalMessage\":\"");
            enc.quoteAsString(originalMessage, sb);
            sb.append('"');
        }
        if (logStreamArn != null) {
            sb.append(",\"LogStreamArn\":\"");
            enc.quoteAsString(logStreamArn, sb);
            sb.append('"');
        }
        return sb.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ServiceError[" + status + " " + code + ": " + message + "]";
    }
}
