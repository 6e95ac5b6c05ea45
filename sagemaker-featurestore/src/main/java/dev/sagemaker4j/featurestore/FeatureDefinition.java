/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;

/**
 * A feature's name and type ({@code Integral}, {@code Fractional} or {@code String}), as the
 * Python SDK's {@code FeatureDefinition}. Immutable; needs no closing.
 *
 * <pre>{@code
 * FeatureDefinition spend = FeatureDefinition.fractional("spend");
 * }</pre>
 */
public final class FeatureDefinition {
    private final String featureName;
    private final FeatureType featureType;

    private FeatureDefinition(String featureName, FeatureType featureType) {
        this.featureName = Objects.requireNonNull(featureName, "featureName");
        this.featureType = Objects.requireNonNull(featureType, "featureType");
    }

    /**
     * A feature of a type.
     *
     * @param featureName the name
     * @param featureType the type
     * @return the definition
     */
    public static FeatureDefinition of(String featureName, FeatureType featureType) {
        return new FeatureDefinition(featureName, featureType);
    }

    /**
     * An {@code Integral} feature (64-bit integers).
     *
     * @param featureName the name
     * @return the definition
     */
    public static FeatureDefinition integral(String featureName) {
        return new FeatureDefinition(featureName, FeatureType.INTEGRAL);
    }

    /**
     * A {@code Fractional} feature (doubles).
     *
     * @param featureName the name
     * @return the definition
     */
    public static FeatureDefinition fractional(String featureName) {
        return new FeatureDefinition(featureName, FeatureType.FRACTIONAL);
    }

    /**
     * A {@code String} feature.
     *
     * @param featureName the name
     * @return the definition
     */
    public static FeatureDefinition string(String featureName) {
        return new FeatureDefinition(featureName, FeatureType.STRING);
    }

    /**
     * The name.
     *
     * @return the feature name
     */
    public String featureName() {
        return featureName;
    }

    /**
     * The type.
     *
     * @return the feature type
     */
    public FeatureType featureType() {
        return featureType;
    }

    software.amazon.awssdk.services.sagemaker.model.FeatureDefinition toSdk() {
        return software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder()
                .featureName(featureName).featureType(featureType).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureDefinition d && d.featureName.equals(featureName) && d.featureType == featureType;
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureName, featureType);
    }

    @Override
    public String toString() {
        return featureName + ":" + featureType;
    }
}
