/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the hyperparameters of a built-in algorithm as the service does before a job starts:
 * unknown names, missing required ones, values out of range or not among the allowed ones — each a
 * {@link ValidationException} naming the hyperparameter.
 */
public final class Hyperparameters {
    private final String algorithm;
    private final Map<String, String> values;

    /**
     * Wraps a job's hyperparameters.
     *
     * @param algorithm the algorithm name, for messages
     * @param values    the hyperparameters
     */
    public Hyperparameters(String algorithm, Map<String, String> values) {
        this.algorithm = algorithm;
        this.values = values;
    }

    /**
     * Rejects names the algorithm does not know (the Python SDK's {@code sagemaker_*} names pass).
     *
     * @param known the names the algorithm takes
     * @return this
     */
    public Hyperparameters known(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name) && !name.startsWith("sagemaker_") && !name.startsWith("_")) {
                throw new ValidationException(name, values.get(name), "is not a hyperparameter of " + algorithm,
                        "remove it; " + algorithm + " takes " + new TreeSet<>(known));
            }
        }
        return this;
    }

    /**
     * Whether a hyperparameter was given.
     *
     * @param name the name
     * @return {@code true} when present
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * A string value.
     *
     * @param name     the name
     * @param fallback the value when absent
     * @return the value
     */
    public String string(String name, String fallback) {
        String v = values.get(name);
        return v == null ? fallback : v.trim();
    }

    /**
     * Fails when a hyperparameter is missing.
     *
     * @param name the name
     * @param fix  how to give it
     * @return this
     */
    public Hyperparameters required(String name, String fix) {
        if (!values.containsKey(name) || values.get(name).isBlank()) {
            throw new ValidationException(name, null, "is a required hyperparameter of " + algorithm, fix);
        }
        return this;
    }

    /**
     * An integer value within bounds.
     *
     * @param name     the name
     * @param fallback the value when absent
     * @param min      the smallest allowed
     * @param max      the largest allowed
     * @return the value
     */
    public int integer(String name, int fallback, long min, long max) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, v, "is not an integer", "pass a whole number between " + min
                    + " and " + max, e);
        }
        if (parsed < min || parsed > max) {
            throw new ValidationException(name, v, "is out of range [" + min + ", " + max + "]",
                    "pass a value between " + min + " and " + max);
        }
        return (int) parsed;
    }

    /**
     * A number within bounds.
     *
     * @param name         the name
     * @param fallback     the value when absent
     * @param min          the lower bound
     * @param minInclusive whether the lower bound is allowed
     * @param max          the upper bound
     * @param maxInclusive whether the upper bound is allowed
     * @return the value
     */
    public double number(String name, double fallback, double min, boolean minInclusive, double max,
                         boolean maxInclusive) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, v, "is not a number", "pass a number in " + range(min, minInclusive,
                    max, maxInclusive), e);
        }
        boolean low = minInclusive ? parsed >= min : parsed > min;
        boolean high = maxInclusive ? parsed <= max : parsed < max;
        if (!low || !high || Double.isNaN(parsed)) {
            throw new ValidationException(name, v, "is out of range " + range(min, minInclusive, max, maxInclusive),
                    "pass a value in " + range(min, minInclusive, max, maxInclusive));
        }
        return parsed;
    }

    /**
     * A number, or {@code auto}.
     *
     * @param name     the name
     * @param auto     the value {@code auto} (and absence) stands for
     * @param min      the lower bound (inclusive)
     * @param max      the upper bound (inclusive)
     * @return the value
     */
    public double numberOrAuto(String name, double auto, double min, double max) {
        String v = values.get(name);
        if (v == null || v.trim().equalsIgnoreCase("auto")) {
            return auto;
        }
        return number(name, auto, min, true, max, true);
    }

    /**
     * One of a set of values.
     *
     * @param name     the name
     * @param fallback the value when absent
     * @param allowed  the allowed values
     * @return the value
     */
    public String choice(String name, String fallback, Set<String> allowed) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String trimmed = v.trim();
        if (!allowed.contains(trimmed)) {
            throw new ValidationException(name, v, "is not one of " + new TreeSet<>(allowed),
                    "pass one of " + new TreeSet<>(allowed));
        }
        return trimmed;
    }

    /**
     * A boolean ({@code true}/{@code false} in any case, or 1/0).
     *
     * @param name     the name
     * @param fallback the value when absent or {@code auto}
     * @return the value
     */
    public boolean bool(String name, boolean fallback) {
        String v = values.get(name);
        if (v == null || v.trim().equalsIgnoreCase("auto")) {
            return fallback;
        }
        switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new ValidationException(name, v, "is not a boolean", "pass true or false");
        }
    }

    private static String range(double min, boolean minInclusive, double max, boolean maxInclusive) {
        return (minInclusive ? "[" : "(") + fmt(min) + ", " + fmt(max) + (maxInclusive ? "]" : ")");
    }

    private static String fmt(double d) {
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
