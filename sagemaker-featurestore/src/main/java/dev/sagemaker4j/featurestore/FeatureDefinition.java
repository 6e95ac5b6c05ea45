/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.CollectionType;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;

/**
 * A feature's name and type ({@code Integral}, {@code Fractional} or {@code String}) and, for the service's
 * in-memory online store, its collection type (List, Set, or Vector of a dimension), as the Python SDK's
 * {@code FeatureDefinition(feature_name, feature_type, collection_type)}. The local backend stores scalar
 * features only and refuses collection types. Immutable; needs no closing.
 *
 * <pre>{@code
 * FeatureDefinition spend = FeatureDefinition.fractional("spend");
 * }</pre>
 */
public final class FeatureDefinition {
    private final String featureName;
    private final FeatureType featureType;
    private final CollectionType collectionType;
    private final Integer vectorDimension;

    private FeatureDefinition(String featureName, FeatureType featureType) {
        this(featureName, featureType, null, null);
    }

    private FeatureDefinition(String featureName, FeatureType featureType, CollectionType collectionType,
                              Integer vectorDimension) {
        this.featureName = Objects.requireNonNull(featureName, "featureName");
        this.featureType = Objects.requireNonNull(featureType, "featureType");
        this.collectionType = collectionType;
        this.vectorDimension = vectorDimension;
    }

    /**
     * A collection feature, as Python's {@code FeatureDefinition(name, type, ListCollectionType())} or
     * {@code SetCollectionType()}; a vector needs its dimension, {@link #vector}.
     *
     * @param featureName    the name
     * @param featureType    the type of the elements
     * @param collectionType List or Set
     * @return the definition
     */
    public static FeatureDefinition of(String featureName, FeatureType featureType, CollectionType collectionType) {
        if (collectionType == CollectionType.VECTOR || collectionType == CollectionType.UNKNOWN_TO_SDK_VERSION) {
            throw new ValidationException("collectionType", collectionType, "is not List or Set",
                    "use FeatureDefinition.vector(name, type, dimension) for a vector");
        }
        return new FeatureDefinition(featureName, featureType, collectionType, null);
    }

    /**
     * A vector feature, as Python's {@code FeatureDefinition(name, type, VectorCollectionType(dimension))}.
     *
     * @param featureName the name
     * @param featureType the type of the elements
     * @param dimension   the vector's length, 1 to 8192 as the service takes
     * @return the definition
     */
    public static FeatureDefinition vector(String featureName, FeatureType featureType, int dimension) {
        if (dimension < 1 || dimension > 8192) {
            throw new ValidationException("dimension", dimension, "is out of range", "give 1 to 8192");
        }
        return new FeatureDefinition(featureName, featureType, CollectionType.VECTOR, dimension);
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

    /**
     * The collection type.
     *
     * @return List, Set or Vector; null for a scalar feature
     */
    public CollectionType collectionType() {
        return collectionType;
    }

    /**
     * A vector's dimension.
     *
     * @return the dimension; null unless the collection type is Vector
     */
    public Integer vectorDimension() {
        return vectorDimension;
    }

    /**
     * The service's {@code FeatureDefinition} for this definition, as Python's {@code to_dict()}
     * ({@code FeatureName}, {@code FeatureType}, and {@code CollectionType} / {@code CollectionConfig} for a
     * collection), what CreateFeatureGroup and UpdateFeatureGroup send.
     *
     * @return the AWS SDK v2 model object
     */
    public software.amazon.awssdk.services.sagemaker.model.FeatureDefinition toRequest() {
        return toSdk();
    }

    software.amazon.awssdk.services.sagemaker.model.FeatureDefinition toSdk() {
        var b = software.amazon.awssdk.services.sagemaker.model.FeatureDefinition.builder()
                .featureName(featureName).featureType(featureType).collectionType(collectionType);
        if (vectorDimension != null) {
            b.collectionConfig(c -> c.vectorConfig(v -> v.dimension(vectorDimension)));
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureDefinition d && d.featureName.equals(featureName) && d.featureType == featureType
                && d.collectionType == collectionType && Objects.equals(d.vectorDimension, vectorDimension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureName, featureType, collectionType, vectorDimension);
    }

    @Override
    public String toString() {
        return featureName + ":" + featureType + (collectionType == null ? ""
                : ":" + collectionType + (vectorDimension == null ? "" : "(" + vectorDimension + ")"));
    }
}
