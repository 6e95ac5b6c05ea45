/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * Reading or writing an object failed for a reason other than bad input: a disk error, a broken
 * connection, an S3 server error. Names the URI.
 */
public class StorageException extends ServiceException {
    private static final long serialVersionUID = 1L;

    /** The object or prefix concerned. */
    private final String uri;

    /**
     * Creates the exception.
     *
     * @param uri       the object or prefix concerned
     * @param message   what failed
     * @param retryable whether the same call may succeed later
     * @param cause     the underlying error
     */
    public StorageException(String uri, String message, boolean retryable, Throwable cause) {
        super(uri + ": " + message, retryable, cause);
        this.uri = uri;
    }

    /**
     * The object or prefix concerned.
     *
     * @return the URI as text
     */
    public String uri() {
        return uri;
    }
}
