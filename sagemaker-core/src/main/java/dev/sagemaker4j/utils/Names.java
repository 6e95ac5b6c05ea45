/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * SageMaker's naming rules and the Python SDK's {@code name_from_base}. Needs no closing.
 *
 * <pre>{@code
 * Names.nameFromBase("xgboost");           // "xgboost-2026-11-27-23-59-01-123"
 * Names.validateName("TrainingJobName", "bad_name");   // throws ValidationException
 * }</pre>
 */
public final class Names {
    /** The pattern of job, model, endpoint and feature group names. */
    public static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss-SSS");
    private static final int MAX_LENGTH = 63;

    private Names() {
    }

    /**
     * Appends a timestamp to a base name, as the Python SDK names jobs: {@code base-YYYY-MM-DD-HH-MM-SS-mmm},
     * with the base cut so the whole fits 63 characters.
     *
     * @param base the base name
     * @return a unique-in-practice name
     */
    public static String nameFromBase(String base) {
        return nameFromBase(base, Clock.systemUTC());
    }

    /**
     * Like {@link #nameFromBase(String)}, with a given clock.
     *
     * @param base  the base name
     * @param clock the clock
     * @return the name
     */
    public static String nameFromBase(String base, Clock clock) {
        String timestamp = TIMESTAMP.format(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        int room = MAX_LENGTH - timestamp.length() - 1;
        String cut = base.length() > room ? base.substring(0, room) : base;
        return cut + "-" + timestamp;
    }

    /**
     * Checks a name against SageMaker's rule: 1 to 63 letters, digits and hyphens, starting and
     * ending with a letter or digit.
     *
     * @param field the name of the field, e.g. {@code TrainingJobName}
     * @param name  the name
     * @return the name
     * @throws ValidationException naming the field and the rule
     */
    public static String validateName(String field, String name) {
        if (name == null || name.isEmpty()) {
            throw new ValidationException(field, name, "is missing", "give a name of 1 to 63 letters, digits and"
                    + " hyphens");
        }
        if (name.length() > MAX_LENGTH) {
            throw new ValidationException(field, name, "is " + name.length() + " characters long, more than "
                    + MAX_LENGTH, "shorten it to at most " + MAX_LENGTH + " characters");
        }
        if (!valid(name)) {
            throw new ValidationException(field, name,
                    "does not satisfy SageMaker's naming rule ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}",
                    "use 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit"
                            + " (no underscores, dots or spaces)");
        }
        return name;
    }

    /** The naming rule as a character loop: it runs on every invocation, where a regex costs more than the call. */
    private static boolean valid(String name) {
        int n = name.length();
        if (!alphanumeric(name.charAt(0)) || !alphanumeric(name.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = name.charAt(i);
            if (c != '-' && !alphanumeric(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean alphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
