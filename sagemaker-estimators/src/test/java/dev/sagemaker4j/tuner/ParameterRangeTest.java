/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * The ranges as Python's {@code sagemaker.parameter} writes them ({@code tests/unit/tuner_test_utils.py}'s
 * {@code HYPERPARAMETER_RANGES}) and the service's checks of their bounds and scaling.
 */
class ParameterRangeTest {

    @Test
    void toParameterRanges_pythonsTestRanges_asPythonWritesThem() {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        ranges.put("validated", new ContinuousParameter(0, 5));
        ranges.put("elizabeth", new IntegerParameter(0, 5));
        ranges.put("blank", new CategoricalParameter(List.of(0, 5)));
        ranges.put("eta", new ContinuousParameter(0.01, 0.5, "Logarithmic"));

        ParameterRanges r = ParameterRange.toParameterRanges(ranges);

        assertThat(r.continuousParameterRanges()).containsExactly(
                ContinuousParameterRange.builder().name("validated").minValue("0").maxValue("5").scalingType("Auto")
                        .build(),
                ContinuousParameterRange.builder().name("eta").minValue("0.01").maxValue("0.5")
                        .scalingType("Logarithmic").build());
        assertThat(r.integerParameterRanges()).containsExactly(IntegerParameterRange.builder().name("elizabeth")
                .minValue("0").maxValue("5").scalingType("Auto").build());
        assertThat(r.categoricalParameterRanges()).containsExactly(CategoricalParameterRange.builder().name("blank")
                .values("0", "5").build());
        assertThat(ParameterRange.fromParameterRanges(r)).isEqualTo(ranges);
    }

    @Test
    void toParameterRanges_onlyOneKind_keepsTheOtherListsEmpty() {
        ParameterRanges r = ParameterRange.toParameterRanges(Map.of("kernel", CategoricalParameter.of("rbf", 1.5)));

        assertThat(r.categoricalParameterRanges().get(0).values()).containsExactly("rbf", "1.5");
        assertThat(r.hasContinuousParameterRanges()).isTrue();
        assertThat(r.continuousParameterRanges()).isEmpty();
        assertThat(r.hasIntegerParameterRanges()).isTrue();
    }

    @Test
    void constructors_badBoundsOrScaling_failNamingTheField() {
        assertThatThrownBy(() -> new ContinuousParameter(2, 1)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("minValue"));
        assertThatThrownBy(() -> new IntegerParameter(5, 1)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("minValue"));
        assertThatThrownBy(() -> new ContinuousParameter(0, 1, "Logarithmic"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("greater than 0 for Logarithmic"));
        assertThatThrownBy(() -> new IntegerParameter(0, 10, "Logarithmic"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("minValue"));
        assertThatThrownBy(() -> new ContinuousParameter(0.5, 1.0, "ReverseLogarithmic"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxValue"));
        assertThatThrownBy(() -> new IntegerParameter(0, 1, "ReverseLogarithmic"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("scalingType"));
        assertThatThrownBy(() -> new ContinuousParameter(0, 1, "Exponential"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("scalingType"));
        assertThatThrownBy(() -> new CategoricalParameter(List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("values"));
        assertThatThrownBy(() -> CategoricalParameter.of("a", "a"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("values"));
        assertThat(new ContinuousParameter(0.9, 0.999, "ReverseLogarithmic").scalingType())
                .isEqualTo("ReverseLogarithmic");
    }
}
