/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl;

/**
 * Keeps DJL offline. DJL downloads engine natives and models on demand unless the system property
 * {@code ai.djl.offline} is {@code true}; this SDK promises never to download at run time, so every entry point of
 * this module calls {@link #ensure()} before DJL's engine first loads. The PyTorch natives then come from the
 * {@code pytorch-native-cpu} jar on the class path. A user who set the property explicitly keeps their value.
 */
public final class DjlOffline {

    /** The system property DJL reads ({@code ai.djl.offline}). */
    public static final String PROPERTY = "ai.djl.offline";

    private DjlOffline() {
    }

    /**
     * Sets {@code ai.djl.offline=true} unless the property is already set.
     *
     * @return whether DJL is offline after the call (false only when the user set the property to something else)
     */
    public static boolean ensure() {
        synchronized (DjlOffline.class) {
            String value = System.getProperty(PROPERTY);
            if (value == null || value.isBlank()) {
                System.setProperty(PROPERTY, "true");
                return true;
            }
            return Boolean.parseBoolean(value);
        }
    }
}
