/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.ChannelInput;
import dev.sagemaker4j.inputs.TrainingInput;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The training data of a tuner of several estimators ({@link HyperparameterTuner#create}), by estimator name, as
 * the Python SDK's {@code fit(inputs={"estimator_name": ...})}: each estimator's channels, or one input that becomes
 * its {@code training} channel. An estimator left out trains without input channels, as in Python.
 * <pre>{@code
 * tuner.fit(TuningInputs.builder()
 *     .channels("xgboost", Map.of("train", TrainingInput.of(train), "validation", TrainingInput.of(validation)))
 *     .input("java", TrainingInput.of(train))
 *     .build());
 * }</pre>
 */
public final class TuningInputs {
    private final Map<String, Map<String, ChannelInput>> channels;

    private TuningInputs(Map<String, Map<String, ChannelInput>> channels) {
        this.channels = Collections.unmodifiableMap(channels);
    }

    /**
     * The inputs of each estimator, by estimator name, each a map of channel name to input.
     *
     * @param channelsByEstimator estimator name to its channels
     * @return the inputs
     */
    public static TuningInputs of(Map<String, ? extends Map<String, ? extends ChannelInput>> channelsByEstimator) {
        Builder b = builder();
        channelsByEstimator.forEach(b::channels);
        return b.build();
    }

    /**
     * A new builder, with no estimator's inputs.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The estimators that have inputs.
     *
     * @return their names, in the order given
     */
    public Set<String> estimatorNames() {
        return channels.keySet();
    }

    /**
     * One estimator's channels.
     *
     * @param estimatorName the estimator's name
     * @return channel name to input; empty when the estimator has none
     */
    public Map<String, ChannelInput> channels(String estimatorName) {
        return channels.getOrDefault(estimatorName, Map.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TuningInputs && ((TuningInputs) o).channels.equals(channels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channels);
    }

    @Override
    public String toString() {
        return "TuningInputs" + channels;
    }

    /** Builds {@link TuningInputs}. */
    public static final class Builder {
        private final Map<String, Map<String, ChannelInput>> channels = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * An estimator's channels.
         *
         * @param estimatorName the estimator's name, a key of {@code estimatorDict}
         * @param channels      channel name to input, sent in this order
         * @return this builder
         */
        public Builder channels(String estimatorName, Map<String, ? extends ChannelInput> channels) {
            if (estimatorName == null) {
                throw new ValidationException("inputs", null, "has a null estimator name",
                        "key the inputs by the names of estimatorDict");
            }
            this.channels.put(estimatorName, Collections.unmodifiableMap(new LinkedHashMap<>(channels)));
            return this;
        }

        /**
         * An estimator's one input, its {@code training} channel.
         *
         * @param estimatorName the estimator's name, a key of {@code estimatorDict}
         * @param input         the input
         * @return this builder
         */
        public Builder input(String estimatorName, ChannelInput input) {
            return channels(estimatorName, Map.of("training", input));
        }

        /**
         * An estimator's one S3 prefix, its {@code training} channel.
         *
         * @param estimatorName the estimator's name, a key of {@code estimatorDict}
         * @param s3Uri         the training data
         * @return this builder
         */
        public Builder input(String estimatorName, String s3Uri) {
            return input(estimatorName, TrainingInput.of(s3Uri));
        }

        /**
         * The inputs.
         *
         * @return the inputs
         */
        public TuningInputs build() {
            return new TuningInputs(new LinkedHashMap<>(channels));
        }
    }
}
