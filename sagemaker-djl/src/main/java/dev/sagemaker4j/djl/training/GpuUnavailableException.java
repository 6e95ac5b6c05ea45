/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import dev.sagemaker4j.exceptions.ClientException;

/**
 * A training script asked for a GPU ({@link DjlTraining#requireGpu()}) that its instance does not have: the instance
 * type has no GPU, or DJL's PyTorch engine sees none (no CUDA device, or only the CPU natives on the class path).
 * A job that throws it fails with a {@code ClientError} FailureReason naming the instance type.
 */
public final class GpuUnavailableException extends ClientException {
    private static final long serialVersionUID = 1L;

    /** The job's instance type. */
    private final String instanceType;

    /**
     * Creates the exception.
     *
     * @param instanceType the job's instance type, e.g. {@code local_gpu}
     * @param message      why no GPU is there and what to do
     */
    public GpuUnavailableException(String instanceType, String message) {
        super(message);
        this.instanceType = instanceType;
    }

    /**
     * The instance type the job ran on.
     *
     * @return e.g. {@code local} or {@code local_gpu}
     */
    public String instanceType() {
        return instanceType;
    }
}
