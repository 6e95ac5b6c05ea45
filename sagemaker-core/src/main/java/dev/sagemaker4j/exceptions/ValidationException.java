/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.exceptions;

import java.util.Objects;

/**
 * A value the caller passed is not acceptable. The exception names the field, the rejected value
 * and how to fix it, as the service's {@code ValidationException} does.
 *
 * <pre>{@code
 * try {
 *     S3Uri.parse("s3://My_Bucket/key");
 * } catch (ValidationException e) {
 *     e.field();   // "bucket"
 *     e.value();   // "My_Bucket"
 * }
 * }</pre>
 */
public class ValidationException extends ClientException {
    private static final long serialVersionUID = 1L;

    /** The field or parameter, or {@code null} for a whole message from a backend. */
    private final String field;
    /** The rejected value as text, or {@code null}. */
    private final String value;
    /** How to make it right, or {@code null}. */
    private final String fix;

    /**
     * Creates a validation error for one field.
     *
     * @param field the name of the field or parameter, as the caller knows it
     * @param value the rejected value (may be {@code null})
     * @param problem what is wrong with it
     * @param fix   how to make it right
     */
    public ValidationException(String field, Object value, String problem, String fix) {
        this(field, value, problem, fix, null);
    }

    /**
     * Creates a validation error for one field with an underlying cause.
     *
     * @param field   the name of the field or parameter
     * @param value   the rejected value (may be {@code null})
     * @param problem what is wrong with it
     * @param fix     how to make it right
     * @param cause   the underlying error, or {@code null}
     */
    public ValidationException(String field, Object value, String problem, String fix, Throwable cause) {
        super(format(field, value, problem, fix), cause);
        this.field = Objects.requireNonNull(field, "field");
        this.value = value == null ? null : String.valueOf(value);
        this.fix = fix;
    }

    /**
     * Creates a validation error whose message is already complete (used for errors that arrive
     * from a backend, such as the service's own {@code ValidationException}).
     *
     * @param message the whole message
     * @param cause   the underlying error, or {@code null}
     */
    public ValidationException(String message, Throwable cause) {
        super(message, cause);
        this.field = null;
        this.value = null;
        this.fix = null;
    }

    private static String format(String field, Object value, String problem, String fix) {
        StringBuilder sb = new StringBuilder();
        sb.append(Visible.of(field)).append(": ").append(problem);
        if (value != null) {
            sb.append(" (got '").append(Visible.of(String.valueOf(value))).append("')");
        } else {
            sb.append(" (got null)");
        }
        if (fix != null && !fix.isEmpty()) {
            sb.append(". ").append(fix);
        }
        return sb.toString();
    }

    /**
     * The field or parameter that was rejected, or {@code null} when the error came whole from a
     * backend.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }

    /**
     * The rejected value as text, or {@code null}.
     *
     * @return the value
     */
    public String value() {
        return value;
    }

    /**
     * How to fix the input, or {@code null}.
     *
     * @return the advice
     */
    public String fix() {
        return fix;
    }
}
