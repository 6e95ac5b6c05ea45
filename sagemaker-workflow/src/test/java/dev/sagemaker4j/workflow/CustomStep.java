/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Python SDK's test helper {@code tests/unit/sagemaker/workflow/helpers.py CustomStep}: a {@code Training}
 * step whose arguments are {@code {"input_data": ...}} when given; its properties are DescribeTrainingJob's.
 */
final class CustomStep extends Step {

    private final Object inputData;

    CustomStep(String name) {
        this(name, null, StepOptions.builder().build());
    }

    CustomStep(String name, Object inputData) {
        this(name, inputData, StepOptions.builder().build());
    }

    CustomStep(String name, Object inputData, StepOptions options) {
        super(name, "Training", options);
        this.inputData = inputData;
    }

    @Override
    public Object arguments() {
        Map<String, Object> args = new LinkedHashMap<>();
        if (inputData != null) {
            args.put("input_data", inputData);
        }
        return args;
    }

    @Override
    public Properties.TrainingJob properties() {
        return new Properties.TrainingJob(name());
    }
}
