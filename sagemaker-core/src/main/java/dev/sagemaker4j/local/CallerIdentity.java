/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who makes the calls of the current thread, for the local audit trail: the local OS user for in-process
 * calls, or the access key id of a signed request that a server in front of the backend (LocalApiServer) has
 * verified. Only the access key id is ever held, never a secret key.
 *
 * <pre>{@code
 * try (CallerIdentity.Scope caller = CallerIdentity.accessKey("AKIDEXAMPLE")) {
 *     handler.handle(exchange);   // the calls it makes are audited as AKIDEXAMPLE
 * }
 * }</pre>
 */
public final class CallerIdentity {
    private static final ThreadLocal<String> ACCESS_KEY = new ThreadLocal<>();
    /** An access key id: letters and digits (AKIA..., ASIA..., the test key AKIDEXAMPLE). */
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("[A-Za-z0-9]{1,128}");
    private static final String CREDENTIAL = "Credential=";

    private CallerIdentity() {
    }

    /**
     * Marks the calls of this thread as made with an access key until the scope is closed.
     *
     * @param accessKeyId the verified access key id (anything but letters and digits is recorded as
     *                    {@code invalid})
     * @return the scope that restores the previous identity
     */
    public static Scope accessKey(String accessKeyId) {
        String previous = ACCESS_KEY.get();
        ACCESS_KEY.set(accessKeyId != null && ACCESS_KEY_ID.matcher(accessKeyId).matches() ? accessKeyId : "invalid");
        return () -> {
            if (previous == null) {
                ACCESS_KEY.remove();
            } else {
                ACCESS_KEY.set(previous);
            }
        };
    }

    /**
     * The access key id of the current thread's calls.
     *
     * @return the access key id, or empty for an in-process call
     */
    public static Optional<String> currentAccessKeyId() {
        return Optional.ofNullable(ACCESS_KEY.get());
    }

    /**
     * The name of the local OS user, who makes in-process calls.
     *
     * @return the user name ({@code user.name})
     */
    public static String localUser() {
        return System.getProperty("user.name", "unknown");
    }

    /**
     * The access key id of a SigV4 {@code Authorization} header ({@code Credential=AKID/date/region/...}).
     *
     * @param authorization the header's value, or {@code null}
     * @return the access key id, or empty
     */
    public static Optional<String> accessKeyIdOf(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        int at = authorization.indexOf(CREDENTIAL);
        if (at < 0) {
            return Optional.empty();
        }
        int start = at + CREDENTIAL.length();
        int end = authorization.indexOf('/', start);
        return end > start ? Optional.of(authorization.substring(start, end)) : Optional.empty();
    }

    /** Restores the previous identity; closing throws nothing. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
