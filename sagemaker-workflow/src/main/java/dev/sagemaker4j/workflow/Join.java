/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Joins values with a separator when the pipeline runs, as in the Python SDK's
 * {@code sagemaker.workflow.functions.Join}: {@code {"Std:Join": {"On": on, "Values": [...]}}}.
 */
public final class Join implements PipelineVariable {

    private final String on;
    private final List<Object> values;

    private Join(String on, List<Object> values) {
        this.on = on;
        this.values = values;
    }

    /**
     * A join.
     *
     * @param on     the separator (Python {@code on})
     * @param values the values: strings, numbers or pipeline variables (Python {@code values})
     * @return the join
     */
    public static Join on(String on, Object... values) {
        return new Join(on, new ArrayList<>(Arrays.asList(values)));
    }

    /** The values, in order (a read-only view). */
    List<Object> values() {
        return java.util.Collections.unmodifiableList(values);
    }

    @Override
    public Map<String, Object> expr() {
        List<Object> exprs = new ArrayList<>();
        for (Object v : values) {
            exprs.add(v instanceof PipelineVariable p ? p.expr() : v);
        }
        return Map.of("Std:Join", Json.map("On", on, "Values", exprs));
    }
}
