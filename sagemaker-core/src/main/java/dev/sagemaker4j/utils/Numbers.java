/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import dev.sagemaker4j.exceptions.ValidationException;

/**
 * Numbers read from settings (session properties, environment values), with the project's errors.
 *
 * <pre>{@code
 * long mib = Numbers.atLeastOne("sagemaker4j.featurestore.blockCacheMb", props.get(key), 256, "MiB",
 *         "set it to a whole number of MiB, e.g. 256");
 * }</pre>
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * Reads a whole number of at least 1 from a property or environment value.
     *
     * @param field    the setting's name, for the error
     * @param value    the value, or {@code null} or blank for the default
     * @param fallback the default
     * @param unit     what the number counts, for the error (e.g. {@code "MiB"}), or {@code null}
     * @param fix      how to fix a bad value, for the error
     * @return the number
     * @throws ValidationException naming the field when the value is not a whole number of at least 1
     */
    public static long atLeastOne(String field, String value, long fallback, String unit, String fix) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException(field, value, "is not a whole number " + (unit == null ? "" : "of " + unit + " ")
                + "of at least 1", fix);
    }
}
