/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.internal.settings.Settings;
import java.io.Console;
import java.util.Optional;

/** Picks a listener from the settings and the kind of output. */
final class ProgressModes {
    /** The listener that ignores everything. */
    static final ProgressListener NONE = e -> { };

    private ProgressModes() {
    }

    /**
     * The listener a setting asks for, or the one that fits the output.
     *
     * @param settings    where {@code sagemaker4j.progress} is read
     * @param interactive whether a person watches a terminal (or JShell)
     * @return the listener
     */
    static ProgressListener choose(Settings settings, boolean interactive) {
        Optional<String> mode = settings.progress();
        if (mode.isEmpty()) {
            return interactive ? ProgressListener.console() : ProgressListener.logging();
        }
        switch (mode.get()) {
            case "bar":
            case "console":
                return ProgressListener.console();
            case "log":
            case "logging":
                return ProgressListener.logging();
            case "none":
            case "off":
                return NONE;
            default:
                throw new ValidationException(Settings.PROGRESS_PROPERTY, mode.get(), "is not a progress mode",
                        "set -D" + Settings.PROGRESS_PROPERTY + " (or " + Settings.PROGRESS_ENV
                                + ") to bar, log or none");
        }
    }

    /**
     * Whether standard output is an interactive terminal. Java 22 and later return a console even
     * when output is redirected, so its {@code isTerminal()} is asked where it exists.
     *
     * @return {@code true} on a terminal
     */
    static boolean interactiveTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true; // Java 17 to 21: a console exists only on a terminal
        }
    }
}
