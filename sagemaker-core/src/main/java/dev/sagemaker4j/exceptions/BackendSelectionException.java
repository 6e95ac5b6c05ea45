/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

import java.util.List;

/**
 * No backend, or more than one, answers to the name asked for. The message lists what was found
 * on the class path so the caller can fix the name or the class path.
 */
public class BackendSelectionException extends ClientException {
    private static final long serialVersionUID = 1L;

    /** The backend name asked for, or {@code null} when none was. */
    private final String requested;
    /** The backend names found on the class path. */
    private final List<String> candidates;

    /**
     * Creates the exception.
     *
     * @param requested  the backend name asked for (may be {@code null} when none was chosen)
     * @param candidates what was found, one entry per provider
     * @param message    the whole message
     */
    public BackendSelectionException(String requested, List<String> candidates, String message) {
        super(message);
        this.requested = requested;
        this.candidates = List.copyOf(candidates);
    }

    /**
     * The name asked for, or {@code null}.
     *
     * @return the requested name
     */
    public String requested() {
        return requested;
    }

    /**
     * The providers found (name and class).
     *
     * @return an unmodifiable list
     */
    public List<String> candidates() {
        return candidates;
    }
}
