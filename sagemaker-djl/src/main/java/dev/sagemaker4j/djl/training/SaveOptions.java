/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import ai.djl.nn.BlockFactory;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link DjlTraining#saveModel(ai.djl.Model, SaveOptions)} writes next to the parameters: the
 * {@code serving.properties} a loader reads (the {@link BlockFactory} that rebuilds a block defined in Java, the
 * translator factory, extra arguments) and the class names ({@code synset.txt}). Immutable; needs no closing.
 *
 * <pre>{@code
 * djl.saveModel(model, s -> s.blockFactory(SmallCnn.Factory.class)
 *         .translatorFactory("ai.djl.modality.cv.translator.ImageClassificationTranslatorFactory")
 *         .property("width", "8").property("height", "8").synset(djl.imageClasses("train")));
 * }</pre>
 */
public final class SaveOptions {
    private final String blockFactory;
    private final String translatorFactory;
    private final Map<String, String> properties;
    private final List<String> synset;

    private SaveOptions(Builder b) {
        this.blockFactory = b.blockFactory;
        this.translatorFactory = b.translatorFactory;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
        this.synset = b.synset == null ? null : List.copyOf(b.synset);
    }

    /**
     * A builder with nothing set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.blockFactory = blockFactory;
        b.translatorFactory = translatorFactory;
        b.properties.putAll(properties);
        b.synset = synset == null ? null : new ArrayList<>(synset);
        return b;
    }

    /**
     * The block factory's class name ({@code blockFactory} in {@code serving.properties}).
     *
     * @return the class name, or null
     */
    public String blockFactory() {
        return blockFactory;
    }

    /**
     * The translator factory's class name ({@code translatorFactory} in {@code serving.properties}).
     *
     * @return the class name, or null
     */
    public String translatorFactory() {
        return translatorFactory;
    }

    /**
     * Extra {@code serving.properties} entries (keys starting {@code option.} become DJL model options, the others
     * arguments of the block and translator factories).
     *
     * @return an unmodifiable map
     */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * The class names written to {@code synset.txt}, one a line, in label order.
     *
     * @return the names, or null to write none
     */
    public List<String> synset() {
        return synset;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SaveOptions)) {
            return false;
        }
        SaveOptions that = (SaveOptions) o;
        return Objects.equals(blockFactory, that.blockFactory) && Objects.equals(translatorFactory,
                that.translatorFactory) && properties.equals(that.properties) && Objects.equals(synset, that.synset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(blockFactory, translatorFactory, properties, synset);
    }

    @Override
    public String toString() {
        return "SaveOptions(blockFactory=" + blockFactory + ", translatorFactory=" + translatorFactory
                + ", properties=" + properties + ", synset=" + synset + ")";
    }

    /** Builds {@link SaveOptions}. */
    public static final class Builder {
        private String blockFactory;
        private String translatorFactory;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private List<String> synset;

        private Builder() {
        }

        /**
         * Sets the {@link BlockFactory} that rebuilds the block of a model defined in Java (required for such a
         * model; a TorchScript model needs none). It must be public with a public no-argument constructor.
         *
         * @param factory the factory class
         * @return this builder
         * @throws ValidationException when the class cannot be instantiated by a loader
         */
        public Builder blockFactory(Class<? extends BlockFactory> factory) {
            Objects.requireNonNull(factory, "factory");
            try {
                factory.getConstructor();
            } catch (NoSuchMethodException e) {
                throw new ValidationException("blockFactory", factory.getName(),
                        "has no public no-argument constructor", "add one: DJL's loader instantiates the factory", e);
            }
            if (!java.lang.reflect.Modifier.isPublic(factory.getModifiers())) {
                throw new ValidationException("blockFactory", factory.getName(), "is not public",
                        "make the class public: DJL's loader instantiates the factory");
            }
            this.blockFactory = factory.getName();
            return this;
        }

        /**
         * Sets the translator factory a DJL loader uses (e.g. {@code
         * ai.djl.modality.cv.translator.ImageClassificationTranslatorFactory}), by class name since it may live only
         * on the serving side's class path.
         *
         * @param className the binary class name
         * @return this builder
         */
        public Builder translatorFactory(String className) {
            this.translatorFactory = Objects.requireNonNull(className, "className");
            return this;
        }

        /**
         * Adds a {@code serving.properties} entry.
         *
         * @param key   the key, e.g. {@code width} or {@code option.mapLocation}
         * @param value the value
         * @return this builder
         * @throws ValidationException for the keys this class writes itself
         */
        public Builder property(String key, String value) {
            if (key == null || key.isBlank() || java.util.Set.of("engine", "blockFactory", "translatorFactory",
                    "option.modelName").contains(key)) {
                throw new ValidationException("property", key, "is not a free serving.properties key",
                        "use blockFactory(...) or translatorFactory(...); engine and option.modelName are written"
                                + " from the model");
            }
            properties.put(key, Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Sets the class names written to {@code synset.txt} (the label order, e.g.
         * {@link DjlTraining#imageClasses(String)}).
         *
         * @param names one name per label
         * @return this builder
         */
        public Builder synset(List<String> names) {
            this.synset = new ArrayList<>(names);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public SaveOptions build() {
            return new SaveOptions(this);
        }
    }
}
