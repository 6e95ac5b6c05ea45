/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expected texts are what CPython 3 prints for {@code str(x)} of the same values. */
class PythonStrTest {
    @Test
    void doubleRepr_matchesCPython() {
        assertThat(PythonStr.str(1e-5)).isEqualTo("1e-05");
        assertThat(PythonStr.str(0.0001)).isEqualTo("0.0001");
        assertThat(PythonStr.str(0.1)).isEqualTo("0.1");
        assertThat(PythonStr.str(0.3)).isEqualTo("0.3");
        assertThat(PythonStr.str(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PythonStr.str(1.0)).isEqualTo("1.0");
        assertThat(PythonStr.str(100.0)).isEqualTo("100.0");
        assertThat(PythonStr.str(123.456)).isEqualTo("123.456");
        assertThat(PythonStr.str(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PythonStr.str(1e16)).isEqualTo("1e+16");
        assertThat(PythonStr.str(1.5e16)).isEqualTo("1.5e+16");
        assertThat(PythonStr.str(1e22)).isEqualTo("1e+22");
        assertThat(PythonStr.str(1e23)).isEqualTo("1e+23");
        assertThat(PythonStr.str(2.5e-7)).isEqualTo("2.5e-07");
        assertThat(PythonStr.str(-0.5)).isEqualTo("-0.5");
        assertThat(PythonStr.str(-0.0)).isEqualTo("-0.0");
        assertThat(PythonStr.str(0.0)).isEqualTo("0.0");
        assertThat(PythonStr.str(Double.MAX_VALUE)).isEqualTo("1.7976931348623157e+308");
        assertThat(PythonStr.str(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(PythonStr.str(Double.NaN)).isEqualTo("nan");
        assertThat(PythonStr.str(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(PythonStr.str(1234567.125)).isEqualTo("1234567.125");
    }

    @Test
    void floatsIntegersBooleans_asPythonWritesThem() {
        assertThat(PythonStr.str(0.1f)).isEqualTo("0.1");
        assertThat(PythonStr.str(1e-5f)).isEqualTo("1e-05");
        assertThat(PythonStr.str(3f)).isEqualTo("3.0");
        assertThat(PythonStr.str(42)).isEqualTo("42");
        assertThat(PythonStr.str(-7L)).isEqualTo("-7");
        assertThat(PythonStr.str(true)).isEqualTo("True");
        assertThat(PythonStr.str(false)).isEqualTo("False");
        assertThat(PythonStr.str(new BigDecimal("0.00001"))).isEqualTo("0.00001");
        assertThat(PythonStr.str("binary:logistic")).isEqualTo("binary:logistic");
        assertThat(PythonStr.str(null)).isEqualTo("None");
    }

    @Test
    void collections_asPythonListsAndDicts() {
        assertThat(PythonStr.str(List.of(1, 2.5, "a", true))).isEqualTo("[1, 2.5, 'a', True]");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("k", 1e-5);
        m.put("it's", "say \"hi\"");
        assertThat(PythonStr.str(m)).isEqualTo("{'k': 1e-05, \"it's\": 'say \"hi\"'}");
        assertThat(PythonStr.str(List.of("a\nb", "back\\slash"))).isEqualTo("['a\\nb', 'back\\\\slash']");
        assertThat(PythonStr.str(new int[] {1, 2})).isEqualTo("[1, 2]");
    }
}
