/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import dev.sagemaker4j.estimator.internal.PythonStr;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;

/**
 * A continuous range, as Python's {@code ContinuousParameter(min_value, max_value, scaling_type="Auto")}.
 * The bounds go to the service as Python's {@code str()} writes them: {@code new ContinuousParameter(0, 5)}
 * sends {@code "0"} and {@code "5"}, {@code new ContinuousParameter(0.01, 0.5)} sends {@code "0.01"} and
 * {@code "0.5"}.
 */
public final class ContinuousParameter extends ParameterRange {
    private final Number minValue;
    private final Number maxValue;
    private final String scalingType;

    /**
     * A range with scaling type {@code Auto}.
     *
     * @param minValue the smallest value ({@code min_value})
     * @param maxValue the largest value ({@code max_value})
     */
    public ContinuousParameter(Number minValue, Number maxValue) {
        this(minValue, maxValue, "Auto");
    }

    /**
     * A range.
     *
     * @param minValue    the smallest value ({@code min_value})
     * @param maxValue    the largest value ({@code max_value})
     * @param scalingType {@code scaling_type}: Auto, Linear, Logarithmic or ReverseLogarithmic
     * @throws ValidationException when the bounds are not numbers in order, or the scaling does not fit them
     */
    public ContinuousParameter(Number minValue, Number maxValue, String scalingType) {
        this.minValue = Objects.requireNonNull(minValue, "minValue");
        this.maxValue = Objects.requireNonNull(maxValue, "maxValue");
        this.scalingType = scaling(scalingType);
        double min = minValue.doubleValue();
        double max = maxValue.doubleValue();
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            throw new ValidationException("minValue", minValue + ".." + maxValue, "must be finite numbers",
                    "give finite bounds");
        }
        if (min > max) {
            throw new ValidationException("minValue", minValue, "is greater than maxValue " + maxValue,
                    "give the smaller bound first");
        }
        if ("Logarithmic".equals(scalingType) && min <= 0) {
            throw new ValidationException("minValue", minValue, "must be greater than 0 for Logarithmic scaling",
                    "use a positive minValue, or Linear scaling");
        }
        if ("ReverseLogarithmic".equals(scalingType) && (min < 0 || max >= 1)) {
            throw new ValidationException("maxValue", maxValue, "must be less than 1 (and minValue at least 0) for"
                    + " ReverseLogarithmic scaling", "keep the range within 0 <= x < 1, or use Linear scaling");
        }
    }

    /**
     * The smallest value.
     *
     * @return {@code min_value}
     */
    public Number minValue() {
        return minValue;
    }

    /**
     * The largest value.
     *
     * @return {@code max_value}
     */
    public Number maxValue() {
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
    public ContinuousParameterRange asTuningRange(String name) {
        return ContinuousParameterRange.builder().name(name).minValue(PythonStr.str(minValue))
                .maxValue(PythonStr.str(maxValue)).scalingType(scalingType).build();
    }

    @Override
    public String kind() {
        return "Continuous";
    }

    @Override
    public boolean equals(Object o) {
        // equal as sent: ContinuousParameter(0, 5) and one read back from "0" and "5" are one range
        return o instanceof ContinuousParameter
                && PythonStr.str(((ContinuousParameter) o).minValue).equals(PythonStr.str(minValue))
                && PythonStr.str(((ContinuousParameter) o).maxValue).equals(PythonStr.str(maxValue))
                && ((ContinuousParameter) o).scalingType.equals(scalingType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(PythonStr.str(minValue), PythonStr.str(maxValue), scalingType);
    }

    @Override
    public String toString() {
        return "ContinuousParameter(" + PythonStr.str(minValue) + ", " + PythonStr.str(maxValue) + ", "
                + scalingType + ")";
    }
}
