/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and checks a built-in algorithm's hyperparameters (strings, as in {@code hyperparameters.json}), failing
 * with a {@link ValidationException} that names the hyperparameter, the value and the valid range, as the service
 * does before a job of a built-in algorithm starts.
 */
final class EngineHyperparameters {
    private final String algorithm;
    private final Map<String, String> values;

    EngineHyperparameters(String algorithm, Map<String, String> values) {
        this.algorithm = algorithm;
        this.values = values;
    }

    /** Refuses names the algorithm does not take (the service answers a ValidationException too). */
    EngineHyperparameters known(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name) && !name.startsWith("sagemaker_")) {
                throw new ValidationException(name, values.get(name), "is not a hyperparameter of " + algorithm,
                        "remove it; " + algorithm + " takes " + new TreeSet<>(known));
            }
        }
        return this;
    }

    EngineHyperparameters required(String name, String fix) {
        if (!has(name)) {
            throw new ValidationException(name, null, "is a required hyperparameter of " + algorithm, fix);
        }
        return this;
    }

    boolean has(String name) {
        String v = values.get(name);
        return v != null && !v.isBlank();
    }

    String string(String name, String fallback) {
        return has(name) ? values.get(name).trim() : fallback;
    }

    int integer(String name, int fallback, long min, long max) {
        if (!has(name)) {
            return fallback;
        }
        String v = values.get(name).trim();
        long parsed;
        try {
            // Python's str() of a float that is whole ("5.0") is taken, as the service's int() cast takes it
            parsed = v.endsWith(".0") ? Long.parseLong(v.substring(0, v.length() - 2)) : Long.parseLong(v);
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

    double number(String name, double fallback, double min, double max) {
        if (!has(name)) {
            return fallback;
        }
        String v = values.get(name).trim();
        double parsed;
        try {
            parsed = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, v, "is not a number", "pass a number in [" + min + ", " + max + "]",
                    e);
        }
        if (!(parsed >= min && parsed <= max)) {
            throw new ValidationException(name, v, "is out of range [" + min + ", " + max + "]",
                    "pass a number in [" + min + ", " + max + "]");
        }
        return parsed;
    }

    String choice(String name, String fallback, Set<String> allowed) {
        if (!has(name)) {
            return fallback;
        }
        String v = values.get(name).trim();
        if (!allowed.contains(v)) {
            throw new ValidationException(name, v, "is not one of " + new TreeSet<>(allowed),
                    "pass one of " + new TreeSet<>(allowed));
        }
        return v;
    }

    /** A list hyperparameter as the Python SDK writes it: {@code ["a", "b"]}, {@code [a,b]} or {@code a,b}. */
    Set<String> list(String name, String fallback, Set<String> allowed) {
        Set<String> out = new TreeSet<>();
        for (String part : string(name, fallback).replaceAll("[\\[\\]\"' ]", "").split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            String lower = part.toLowerCase(Locale.ROOT);
            if (!allowed.contains(lower)) {
                throw new ValidationException(name, string(name, fallback), "names '" + part + "', which is not one of "
                        + new TreeSet<>(allowed), "pass a list of " + new TreeSet<>(allowed));
            }
            out.add(lower);
        }
        return out;
    }
}
