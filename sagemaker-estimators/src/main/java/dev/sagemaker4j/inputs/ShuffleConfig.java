/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.inputs;

/**
 * Shuffling of a training channel with a seed, as {@code sagemaker.inputs.ShuffleConfig}; sent as the
 * channel's {@code ShuffleConfig: {Seed}}. Immutable; needs no closing.
 *
 * <pre>{@code
 * TrainingInput.builder().s3Data(uri).shuffleConfig(new ShuffleConfig(42)).build();
 * }</pre>
 */
public final class ShuffleConfig {
    private final long seed;

    /**
     * Creates the config.
     *
     * @param seed the shuffle seed ({@code seed})
     */
    public ShuffleConfig(long seed) {
        this.seed = seed;
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShuffleConfig && ((ShuffleConfig) o).seed == seed;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "ShuffleConfig[seed=" + seed + "]";
    }
}
