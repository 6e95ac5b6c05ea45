/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import dev.sagemaker4j.estimator.internal.PythonStr;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;

/**
 * One hyperparameter of an Amazon algorithm, as the Python SDK's {@code sagemaker.amazon.hyperparameter
 * .Hyperparameter} descriptor: its wire name, the Java keyword that sets it, its checks ({@code
 * sagemaker.amazon.validation}: {@code gt}, {@code ge}, {@code lt}, {@code le}, {@code isin}) and the message
 * Python shows. Values go on the wire as Python's {@code serialize_all} writes them: {@code str(value)}, a list as
 * {@code json.dumps(value)}.
 */
final class Hyperparameter {
    private final String keyword;
    private final String name;
    private final String message;
    private final List<DoublePredicate> checks;
    private final Set<String> choices;

    private Hyperparameter(String keyword, String name, String message, List<DoublePredicate> checks,
                           Set<String> choices) {
        this.keyword = keyword;
        this.name = name;
        this.message = message;
        this.checks = checks;
        this.choices = choices;
    }

    /**
     * A numeric hyperparameter.
     *
     * @param keyword the Java keyword (Python's attribute in camelCase)
     * @param name    the wire name
     * @param message Python's validation message
     * @param checks  the checks, all of which must hold
     * @return the hyperparameter
     */
    static Hyperparameter number(String keyword, String name, String message, DoublePredicate... checks) {
        return new Hyperparameter(keyword, name, message, Arrays.asList(checks), null);
    }

    /**
     * A string hyperparameter limited to some values ({@code isin}).
     *
     * @param keyword the Java keyword
     * @param name    the wire name
     * @param message Python's validation message
     * @param choices the values allowed
     * @return the hyperparameter
     */
    static Hyperparameter choice(String keyword, String name, String message, String... choices) {
        return new Hyperparameter(keyword, name, message, List.of(), Set.of(choices));
    }

    /**
     * A hyperparameter Python does not check (booleans, lists, free strings).
     *
     * @param keyword the Java keyword
     * @param name    the wire name
     * @return the hyperparameter
     */
    static Hyperparameter any(String keyword, String name) {
        return new Hyperparameter(keyword, name, "", List.of(), null);
    }

    static DoublePredicate gt(double minimum) {
        return v -> v > minimum;
    }

    static DoublePredicate ge(double minimum) {
        return v -> v >= minimum;
    }

    static DoublePredicate lt(double maximum) {
        return v -> v < maximum;
    }

    static DoublePredicate le(double maximum) {
        return v -> v <= maximum;
    }

    String name() {
        return name;
    }

    String keyword() {
        return keyword;
    }

    /**
     * Checks a value as Python's {@code Hyperparameter.validate}: {@code None} passes (it is not sent).
     *
     * @param value the value
     * @return the value
     * @throws ValidationException naming the keyword, the wire name and Python's message
     */
    Object validate(Object value) {
        if (value == null) {
            return null;
        }
        boolean valid = true;
        if (value instanceof Number) {
            double d = ((Number) value).doubleValue();
            for (DoublePredicate check : checks) {
                valid &= check.test(d);
            }
        } else if (choices != null) {
            valid = choices.contains(value.toString());
        }
        if (!valid) {
            throw new ValidationException(keyword, value, "is an invalid hyperparameter value for " + name,
                    message.isEmpty() ? "pass a valid value" : "expecting: " + message);
        }
        return value;
    }

    /**
     * The wire value, as Python's {@code serialize_all}.
     *
     * @param value a non-null value
     * @return {@code json.dumps} of a list, else {@code str}
     */
    static String serialize(Object value) {
        return value instanceof List ? PythonStr.jsonDumps(value) : PythonStr.str(value);
    }
}
