/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * A job or endpoint reached a status other than the one waited for, typically {@code Failed}; the
 * Python SDK's {@code UnexpectedStatusException}. Carries the name, the status and the failure
 * reason.
 */
public class UnexpectedStatusException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** The job or endpoint name. */
    private final String resourceName;
    /** The status it ended in. */
    private final String actualStatus;
    /** The backend's failure reason, or {@code null}. */
    private final String failureReason;

    /**
     * Creates the exception.
     *
     * @param resourceType  e.g. {@code "Training job"}
     * @param resourceName  the job or endpoint name
     * @param allowed       the statuses that would have been fine
     * @param actualStatus  the status reached
     * @param failureReason the FailureReason reported, or {@code null}
     */
    public UnexpectedStatusException(String resourceType, String resourceName, String allowed,
                                     String actualStatus, String failureReason) {
        super("Error for " + resourceType + " " + resourceName + ": " + actualStatus + ". Reason: "
                        + (failureReason == null ? "(none given)" : failureReason)
                        + ". Expected " + allowed + "; check the job's logs (Session.logsForJob)",
                null, 0, null, false, null);
        this.resourceName = resourceName;
        this.actualStatus = actualStatus;
        this.failureReason = failureReason;
    }

    /**
     * The job or endpoint name.
     *
     * @return the name
     */
    public String resourceName() {
        return resourceName;
    }

    /**
     * The status reached.
     *
     * @return e.g. {@code "Failed"}
     */
    public String actualStatus() {
        return actualStatus;
    }

    /**
     * The reason reported by the backend, or {@code null}.
     *
     * @return the failure reason
     */
    public String failureReason() {
        return failureReason;
    }
}
