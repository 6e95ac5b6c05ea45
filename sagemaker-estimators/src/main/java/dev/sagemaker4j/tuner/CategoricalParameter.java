/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import dev.sagemaker4j.estimator.internal.PythonStr;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;

/**
 * A set of values, as Python's {@code CategoricalParameter(values)}: each value goes to the service as Python's
 * {@code str()} writes it ({@code new CategoricalParameter(List.of(0, 5))} sends {@code ["0", "5"]}). The service
 * takes 1 to 30 distinct values.
 */
public final class CategoricalParameter extends ParameterRange {
    /** The most values of one categorical range the service takes. */
    public static final int MAX_VALUES = 30;
    private final List<String> values;

    /**
     * A range of the given values.
     *
     * @param values the values ({@code values}), written with Python's {@code str()}
     * @throws ValidationException when there are none, more than 30, or two alike
     */
    public CategoricalParameter(List<?> values) {
        if (values == null || values.isEmpty()) {
            throw new ValidationException("values", values, "is empty", "give 1 to " + MAX_VALUES + " values");
        }
        List<String> strings = new ArrayList<>();
        for (Object v : values) {
            strings.add(PythonStr.str(v));
        }
        if (strings.size() > MAX_VALUES) {
            throw new ValidationException("values", strings.size() + " values", "is more than the service's "
                    + MAX_VALUES, "give at most " + MAX_VALUES + " values");
        }
        if (new LinkedHashSet<>(strings).size() != strings.size()) {
            throw new ValidationException("values", strings, "holds a value twice", "give each value once");
        }
        this.values = Collections.unmodifiableList(strings);
    }

    /**
     * A range of the given values.
     *
     * @param values the values, written with Python's {@code str()}
     * @return the range
     */
    public static CategoricalParameter of(Object... values) {
        return new CategoricalParameter(List.of(values));
    }

    /**
     * The values, as sent.
     *
     * @return the values
     */
    public List<String> values() {
        return values;
    }

    /**
     * The range as the service takes it ({@code as_tuning_range(name)}).
     *
     * @param name the hyperparameter
     * @return the range
     */
    public CategoricalParameterRange asTuningRange(String name) {
        return CategoricalParameterRange.builder().name(name).values(values).build();
    }

    /**
     * The range as the framework containers take it ({@code as_json_range(name)}): each value as JSON, so the string
     * {@code a} is sent as {@code "a"} (quotes included).
     *
     * @param name the hyperparameter
     * @return the range
     */
    public CategoricalParameterRange asJsonRange(String name) {
        List<String> json = new ArrayList<>();
        for (String v : values) {
            json.add(com.fasterxml.jackson.databind.node.TextNode.valueOf(v).toString());
        }
        return CategoricalParameterRange.builder().name(name).values(json).build();
    }

    /**
     * Whether a value is one of the range's ({@code is_valid(value)}), compared as Python's {@code str()} writes it.
     *
     * @param value the value
     * @return {@code true} when it is one of the values
     */
    public boolean isValid(Object value) {
        return values.contains(PythonStr.str(value));
    }

    @Override
    public String kind() {
        return "Categorical";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CategoricalParameter && ((CategoricalParameter) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "CategoricalParameter(" + values + ")";
    }
}
