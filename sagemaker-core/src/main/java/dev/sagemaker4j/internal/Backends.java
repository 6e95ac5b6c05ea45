/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal;

import dev.sagemaker4j.exceptions.BackendSelectionException;
import dev.sagemaker4j.internal.settings.Settings;
import dev.sagemaker4j.spi.BackendProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Finds backend providers with {@link ServiceLoader} and picks the one with the requested name.
 * There is no default and no ranking: none or two providers for a name is an error that lists what
 * was found.
 */
public final class Backends {
    private Backends() {
    }

    /**
     * The providers on the class path.
     *
     * @param loader the class loader to search
     * @return every provider found
     */
    public static List<BackendProvider> all(ClassLoader loader) {
        List<BackendProvider> found = new ArrayList<>();
        ServiceLoader.load(BackendProvider.class, loader).forEach(found::add);
        return found;
    }

    /**
     * The provider of a backend name.
     *
     * @param name      the backend name
     * @param providers the providers to choose from
     * @return the one provider with that name
     * @throws BackendSelectionException when none or several answer to it
     */
    public static BackendProvider select(String name, List<BackendProvider> providers) {
        List<String> candidates = providers.stream()
                .map(p -> p.name() + " (" + p.getClass().getName() + ")")
                .collect(Collectors.toList());
        if (name == null || name.isBlank()) {
            throw new BackendSelectionException(name, candidates, "No backend was chosen. Use Session.local()"
                    + " or Session.sagemaker(...), Session.builder().backend(name), the system property "
                    + Settings.BACKEND_PROPERTY + " or the environment variable " + Settings.BACKEND_ENV
                    + ". Backends found: " + describe(candidates));
        }
        List<BackendProvider> matches = providers.stream().filter(p -> name.equals(p.name()))
                .collect(Collectors.toList());
        if (matches.isEmpty()) {
            throw new BackendSelectionException(name, candidates, "No backend named '" + name
                    + "' is on the class path. Backends found: " + describe(candidates)
                    + ". Choose one of these, or add the jar that provides '" + name + "'");
        }
        if (matches.size() > 1) {
            throw new BackendSelectionException(name, candidates, "More than one backend answers to '" + name
                    + "': " + matches.stream().map(p -> p.getClass().getName()).collect(Collectors.joining(", "))
                    + ". Remove all but one of them from the class path");
        }
        return matches.get(0);
    }

    private static String describe(List<String> candidates) {
        return candidates.isEmpty() ? "none" : String.join(", ", candidates);
    }
}
