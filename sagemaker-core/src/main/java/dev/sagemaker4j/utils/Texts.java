/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

/**
 * Bounded quotes of untrusted text, for error messages and failure reasons: a bad cell may be a whole
 * file (a CSV without line breaks, or a file a request pointed at), and a message must not carry it.
 *
 * <p>Internal: not part of the API.
 */
public final class Texts {
    /** The most characters of a value an excerpt quotes. */
    public static final int EXCERPT_CHARS = 64;

    private Texts() {
    }

    /**
     * The first {@value #EXCERPT_CHARS} characters of a value, then {@code "…"} and the full length when
     * there is more. Control characters become {@code '?'}, so the excerpt stays on one line.
     *
     * @param value the text, or {@code null}
     * @return the excerpt ({@code "null"} for {@code null})
     */
    public static String excerpt(CharSequence value) {
        if (value == null) {
            return "null";
        }
        int n = value.length();
        int end = Math.min(n, EXCERPT_CHARS);
        if (end < n && Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        StringBuilder sb = new StringBuilder(end + 32);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            sb.append(Character.isISOControl(c) ? '?' : c);
        }
        if (end < n) {
            sb.append("… (").append(n).append(" characters)");
        }
        return sb.toString();
    }
}
