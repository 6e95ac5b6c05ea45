/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

/**
 * How a pipeline's definition is written, as in the Python SDK's
 * {@code sagemaker.workflow.pipeline_definition_config.PipelineDefinitionConfig}.
 *
 * <p>By default ({@link #DEFAULT}, Python's {@code use_custom_job_prefix=False}) a job step's job name
 * ({@code TrainingJobName}, {@code ProcessingJobName}, {@code TransformJobName}, {@code HyperParameterTuningJobName},
 * a model step's {@code ModelName} / {@code ModelPackageName}) is left out of the definition and the pipeline names
 * each job. With {@code useCustomJobPrefix} the name stays, without the timestamp {@code nameFromBase} added (as
 * Python's {@code base_from_name}), and the pipeline uses it as the prefix of the job's name; a step whose request
 * has no such name is a {@link dev.sagemaker4j.exceptions.ValidationException} when the definition is written. The
 * local engine names such a job {@code <prefix>-<12 random characters>} (at most 63 characters).
 *
 * @param useCustomJobPrefix whether job names in the steps' requests become the jobs' name prefixes (Python
 *                           {@code use_custom_job_prefix})
 */
public record PipelineDefinitionConfig(boolean useCustomJobPrefix) {

    /** Python's default, {@code PipelineDefinitionConfig(use_custom_job_prefix=False)}. */
    public static final PipelineDefinitionConfig DEFAULT = new PipelineDefinitionConfig(false);
}
