/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;

/**
 * An integer range, as Python's {@code IntegerParameter(min_value, max_value, scaling_type="Auto")}.
 * The service takes Auto, Linear and Logarithmic scaling for integers.
 */
public final class IntegerParameter extends ParameterRange {
    private final long minValue;
    private final long maxValue;
    private final String scalingType;

    /**
     * A range with scaling type {@code Auto}.
     *
     * @param minValue the smallest value ({@code min_value})
     * @param maxValue the largest value ({@code max_value})
     */
    public IntegerParameter(long minValue, long maxValue) {
        this(minValue, maxValue, "Auto");
    }

    /**
     * A range.
     *
     * @param minValue    the smallest value ({@code min_value})
     * @param maxValue    the largest value ({@code max_value})
     * @param scalingType {@code scaling_type}: Auto, Linear or Logarithmic
     * @throws ValidationException when the bounds are out of order or the scaling does not fit them
     */
    public IntegerParameter(long minValue, long maxValue, String scalingType) {
        this.minValue = minValue;
        this.maxValue = maxValue;
        this.scalingType = scaling(scalingType);
        if (minValue > maxValue) {
            throw new ValidationException("minValue", minValue, "is greater than maxValue " + maxValue,
                    "give the smaller bound first");
        }
        if ("Logarithmic".equals(scalingType) && minValue <= 0) {
            throw new ValidationException("minValue", minValue, "must be greater than 0 for Logarithmic scaling",
                    "use a positive minValue, or Linear scaling");
        }
        if ("ReverseLogarithmic".equals(scalingType)) {
            throw new ValidationException("scalingType", scalingType, "is not a scaling of integer ranges"
                    + " (ReverseLogarithmic needs a range within 0 <= x < 1)", "use Auto, Linear or Logarithmic");
        }
    }

    /**
     * The smallest value.
     *
     * @return {@code min_value}
     */
    public long minValue() {
        return minValue;
    }

    /**
     * The largest value.
     *
     * @return {@code max_value}
     */
    public long maxValue() {
        return maxValue;
    }

    /**
     * The scaling type.
     *
     * @return {@code scaling_type}
     */
    public String scalingType() {
        return scalingType;
    }

    /**
     * The range as the service takes it ({@code as_tuning_range(name)}).
     *
     * @param name the hyperparameter
     * @return the range
     */
    public IntegerParameterRange asTuningRange(String name) {
        return IntegerParameterRange.builder().name(name).minValue(Long.toString(minValue))
                .maxValue(Long.toString(maxValue)).scalingType(scalingType).build();
    }

    @Override
    public String kind() {
        return "Integer";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerParameter && ((IntegerParameter) o).minValue == minValue
                && ((IntegerParameter) o).maxValue == maxValue && ((IntegerParameter) o).scalingType.equals(scalingType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minValue, maxValue, scalingType);
    }

    @Override
    public String toString() {
        return "IntegerParameter(" + minValue + ", " + maxValue + ", " + scalingType + ")";
    }
}
