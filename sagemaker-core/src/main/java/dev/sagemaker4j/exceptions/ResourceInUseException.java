/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * A resource with that name already exists, or is in a state that forbids the request, as the
 * service's {@code ResourceInUse}. Job names are unique per account and region, forever.
 */
public class ResourceInUseException extends ClientException {
    private static final long serialVersionUID = 1L;

    /** The kind of resource, e.g. {@code Endpoint}. */
    private final String resourceType;
    /** The resource name. */
    private final String resourceName;

    /**
     * Creates the exception.
     *
     * @param resourceType the kind of resource, e.g. {@code "training job"}
     * @param resourceName its name
     * @param message      the whole message, naming the fix
     */
    public ResourceInUseException(String resourceType, String resourceName, String message) {
        this(resourceType, resourceName, message, null);
    }

    /**
     * Creates the exception with the underlying error (e.g. the service's).
     *
     * @param resourceType the kind of resource
     * @param resourceName its name
     * @param message      the whole message
     * @param cause        the underlying error, or {@code null}
     */
    public ResourceInUseException(String resourceType, String resourceName, String message, Throwable cause) {
        super(message, cause);
        this.resourceType = resourceType;
        this.resourceName = resourceName;
    }

    /**
     * The kind of resource.
     *
     * @return e.g. {@code "training job"}
     */
    public String resourceType() {
        return resourceType;
    }

    /**
     * The name that is taken.
     *
     * @return the name
     */
    public String resourceName() {
        return resourceName;
    }
}
