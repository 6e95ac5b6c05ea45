/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;

/**
 * A hyperparameter tuning step, as in the Python SDK's {@code sagemaker.workflow.steps.TuningStep}. It holds the request a user class builds
 * without sending it; a {@link PipelineVariable} goes into the request's string fields as
 * {@link PipelineVariable#asString()}. Its definition type is {@code Tuning}.
 */
public final class TuningStep extends JobStep {

    /**
     * The step.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args}); its {@code HyperParameterTuningJobName} is left out of the definition
     */
    public TuningStep(String name, CreateHyperParameterTuningJobRequest request) {
        this(name, request, o -> { });
    }

    /**
     * The step with options.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args})
     * @param options displayName, description, dependsOn, cacheConfig, retryPolicies
     */
    public TuningStep(String name, CreateHyperParameterTuningJobRequest request, Consumer<StepOptions.Builder> options) {
        super(name, "Tuning", request, options(options), "HyperParameterTuningJobName");
    }

    /**
     * The {@code model.tar.gz} URI of one of the tuning job's best training jobs, as Python's
     * {@code get_top_model_s3_uri(top_k, s3_bucket, prefix="")}: a {@link Join} of {@code s3:/}, the bucket, the
     * training job's name and {@code output/model.tar.gz}, which is where a training job whose output path is
     * {@code s3://<s3Bucket>} writes its model.
     *
     * @param topK     the rank, 0 (the best) to 49 (Python {@code top_k})
     * @param s3Bucket the bucket of the training jobs' output path (Python {@code s3_bucket})
     * @return the URI, resolved when the pipeline runs
     */
    public Join getTopModelS3Uri(int topK, String s3Bucket) {
        return getTopModelS3Uri(topK, s3Bucket, "");
    }

    /**
     * The {@code model.tar.gz} URI of one of the tuning job's best training jobs, as Python's
     * {@code get_top_model_s3_uri(top_k, s3_bucket, prefix)}: a {@link Join} of {@code s3:/}, the bucket, the
     * prefix (when not empty), the training job's name ({@code TrainingJobSummaries[topK].TrainingJobName}) and
     * {@code output/model.tar.gz}.
     *
     * @param topK     the rank, 0 (the best) to 49 (Python {@code top_k})
     * @param s3Bucket the bucket of the training jobs' output path (Python {@code s3_bucket})
     * @param prefix   the key prefix of the output path, or empty (Python {@code prefix}, default {@code ""})
     * @return the URI, resolved when the pipeline runs
     */
    public Join getTopModelS3Uri(int topK, String s3Bucket, String prefix) {
        List<Object> values = new ArrayList<>(List.of("s3:/", s3Bucket));
        if (prefix != null && !prefix.isEmpty()) {
            values.add(prefix);
        }
        values.add(properties().trainingJobSummaries(topK).get("TrainingJobName"));
        values.add("output/model.tar.gz");
        return Join.on("/", values.toArray());
    }

    @Override
    public Properties.TuningJob properties() {
        return new Properties.TuningJob(name());
    }
}
