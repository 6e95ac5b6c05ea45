/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * A named resource (training job, endpoint, model, feature group, object) does not exist, as the
 * service's {@code ResourceNotFound}.
 */
public class ResourceNotFoundException extends ClientException {
    private static final long serialVersionUID = 1L;

    /** The kind of resource, e.g. {@code TrainingJob}. */
    private final String resourceType;
    /** The resource name. */
    private final String resourceName;

    /**
     * Creates the exception.
     *
     * @param resourceType the kind of resource, e.g. {@code "training job"}
     * @param resourceName its name
     * @param fix          what the caller can do about it
     */
    public ResourceNotFoundException(String resourceType, String resourceName, String fix) {
        this(resourceType, resourceName, fix, null);
    }

    /**
     * Creates the exception with the underlying error (e.g. the service's).
     *
     * @param resourceType the kind of resource, e.g. {@code "training job"}
     * @param resourceName its name
     * @param fix          what the caller can do about it
     * @param cause        the underlying error, or {@code null}
     */
    public ResourceNotFoundException(String resourceType, String resourceName, String fix, Throwable cause) {
        super("Could not find " + resourceType + " '" + Visible.of(resourceName) + "'"
                + (fix == null || fix.isEmpty() ? "" : ". " + fix), cause);
        this.resourceType = resourceType;
        this.resourceName = resourceName;
    }

    /**
     * The kind of resource that was looked for.
     *
     * @return e.g. {@code "training job"}
     */
    public String resourceType() {
        return resourceType;
    }

    /**
     * The name that was looked for.
     *
     * @return the name
     */
    public String resourceName() {
        return resourceName;
    }
}
