/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The capabilities a backend offers, each by exactly one implementation. A backend fills it once at
 * start (the local backend from its parts) and answers {@link Backend#find(Capability)} from it.
 * Offering one capability twice is an error at start that names both implementations, so two parts
 * can never silently shadow each other.
 */
public final class Capabilities {
    private final Map<Capability<?>, Object> implementations = new LinkedHashMap<>();

    /**
     * Creates an empty set of capabilities.
     */
    public Capabilities() {
    }

    /**
     * Offers a capability.
     *
     * @param capability     the capability's key
     * @param implementation what serves it
     * @param <A>            the capability's interface
     * @return this set
     * @throws IllegalStateException when the capability is offered already, naming both implementations
     */
    public <A> Capabilities offer(Capability<A> capability, A implementation) {
        Objects.requireNonNull(implementation, "implementation");
        Object previous = implementations.putIfAbsent(capability, capability.type().cast(implementation));
        if (previous != null) {
            throw new IllegalStateException("The capability " + capability.name() + " is offered twice: by "
                    + previous.getClass().getName() + " and by " + implementation.getClass().getName()
                    + "; remove one of the two providers from the class path");
        }
        return this;
    }

    /**
     * The implementation of a capability.
     *
     * @param capability the capability's key
     * @param <A>        the capability's interface
     * @return the implementation, or empty when none is offered
     */
    public <A> Optional<A> find(Capability<A> capability) {
        return Optional.ofNullable(implementations.get(capability)).map(capability.type()::cast);
    }

    /**
     * The capabilities offered, in the order they were offered.
     *
     * @return the keys
     */
    public Set<Capability<?>> keys() {
        return Collections.unmodifiableSet(implementations.keySet());
    }
}
