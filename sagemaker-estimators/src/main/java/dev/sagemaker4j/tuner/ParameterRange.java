/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * A range of one hyperparameter to tune, as the Python SDK's {@code sagemaker.parameter.ParameterRange}:
 * {@link ContinuousParameter}, {@link IntegerParameter} or {@link CategoricalParameter}. Values go to the
 * service as Python's {@code str()} writes them.
 */
public abstract class ParameterRange {
    /** The scaling types the service takes. */
    static final Set<String> SCALING_TYPES = Set.of("Auto", "Linear", "Logarithmic", "ReverseLogarithmic");

    ParameterRange() {
    }

    /**
     * The request's {@code ParameterRanges} for ranges by hyperparameter, as Python's
     * {@code _prepare_parameter_ranges_for_tuning} builds them: the three lists always present (empty where no
     * range is of that kind), each in the order of the map.
     *
     * @param ranges the ranges by hyperparameter name
     * @return the service's shape
     */
    public static ParameterRanges toParameterRanges(Map<String, ? extends ParameterRange> ranges) {
        List<ContinuousParameterRange> continuous = new ArrayList<>();
        List<CategoricalParameterRange> categorical = new ArrayList<>();
        List<IntegerParameterRange> integer = new ArrayList<>();
        ranges.forEach((name, range) -> {
            if (range instanceof ContinuousParameter) {
                continuous.add(((ContinuousParameter) range).asTuningRange(name));
            } else if (range instanceof CategoricalParameter) {
                categorical.add(((CategoricalParameter) range).asTuningRange(name));
            } else if (range instanceof IntegerParameter) {
                integer.add(((IntegerParameter) range).asTuningRange(name));
            }
        });
        return ParameterRanges.builder().continuousParameterRanges(continuous)
                .categoricalParameterRanges(categorical).integerParameterRanges(integer).build();
    }

    /**
     * The ranges of a request's {@code ParameterRanges}, by hyperparameter name (as Python's
     * {@code _prepare_parameter_ranges_from_job_description}).
     *
     * @param ranges the service's shape
     * @return the ranges, continuous first, then categorical, then integer
     */
    public static Map<String, ParameterRange> fromParameterRanges(ParameterRanges ranges) {
        Map<String, ParameterRange> map = new LinkedHashMap<>();
        if (ranges == null) {
            return map;
        }
        for (ContinuousParameterRange r : ranges.continuousParameterRanges()) {
            map.put(r.name(), new ContinuousParameter(number(r.minValue()), number(r.maxValue()),
                    r.scalingTypeAsString() == null ? "Auto" : r.scalingTypeAsString()));
        }
        for (CategoricalParameterRange r : ranges.categoricalParameterRanges()) {
            map.put(r.name(), new CategoricalParameter(r.values()));
        }
        for (IntegerParameterRange r : ranges.integerParameterRanges()) {
            map.put(r.name(), new IntegerParameter(Long.parseLong(r.minValue().trim()),
                    Long.parseLong(r.maxValue().trim()),
                    r.scalingTypeAsString() == null ? "Auto" : r.scalingTypeAsString()));
        }
        return map;
    }

    private static Number number(String text) {
        String t = text.trim();
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return Double.parseDouble(t);
        }
    }

    /**
     * The Python class name of the range's kind: {@code Continuous}, {@code Integer} or {@code Categorical}.
     *
     * @return the kind
     */
    public abstract String kind();

    static String scaling(String scalingType) {
        if (scalingType == null || !SCALING_TYPES.contains(scalingType)) {
            throw new ValidationException("scalingType", scalingType, "is not a scaling type",
                    "use one of Auto, Linear, Logarithmic, ReverseLogarithmic");
        }
        return scalingType;
    }
}
