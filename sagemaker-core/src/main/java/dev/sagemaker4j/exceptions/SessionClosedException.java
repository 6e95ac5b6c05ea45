/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

/**
 * A call on a {@link dev.sagemaker4j.Session} (or on something that uses it: a feature group, a
 * predictor, an estimator) after the session was closed, or while it closes. The session's
 * threads, files and native stores are released; open a new session on the same root to go on.
 */
public class SessionClosedException extends ClientException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param what the session or part that is closed, e.g. {@code "Session[backend=local]"}
     */
    public SessionClosedException(String what) {
        super(what + " is closed; open a new Session (e.g. Session.local(root)) to go on");
    }
}
