/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.spi.LogsApi;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The kinds of records the local job engine keeps, each with its Describe response type (the
 * record itself), its status field and SageMaker's status machine.
 */
public enum JobKind {
    /** Training jobs. */
    TRAINING("training-jobs", "training job", "training-job", LogsApi.TRAINING_JOBS,
            DescribeTrainingJobResponse::builder,
            r -> ((DescribeTrainingJobResponse) r).trainingJobStatusAsString(), jobMachine()),
    /** Processing jobs. */
    PROCESSING("processing-jobs", "processing job", "processing-job", LogsApi.PROCESSING_JOBS,
            DescribeProcessingJobResponse::builder,
            r -> ((DescribeProcessingJobResponse) r).processingJobStatusAsString(), jobMachine()),
    /** Batch transform jobs. */
    TRANSFORM("transform-jobs", "transform job", "transform-job", LogsApi.TRANSFORM_JOBS,
            DescribeTransformJobResponse::builder,
            r -> ((DescribeTransformJobResponse) r).transformJobStatusAsString(), jobMachine()),
    /** Hyperparameter tuning jobs. */
    TUNING("tuning-jobs", "hyperparameter tuning job", "hyper-parameter-tuning-job",
            "/aws/sagemaker/HyperParameterTuningJobs", DescribeHyperParameterTuningJobResponse::builder,
            r -> ((DescribeHyperParameterTuningJobResponse) r).hyperParameterTuningJobStatusAsString(),
            jobMachine()),
    /** Endpoints. */
    ENDPOINT("endpoints", "endpoint", "endpoint", LogsApi.ENDPOINTS, DescribeEndpointResponse::builder,
            r -> ((DescribeEndpointResponse) r).endpointStatusAsString(), Map.of(
                    "Creating", Set.of("InService", "Failed", "Deleting"),
                    "InService", Set.of("Updating", "SystemUpdating", "Deleting", "Failed"),
                    "Updating", Set.of("InService", "RollingBack", "Failed", "Deleting"),
                    "SystemUpdating", Set.of("InService", "Failed"),
                    "RollingBack", Set.of("InService", "Failed"),
                    "Failed", Set.of("Deleting", "Updating"),
                    "Deleting", Set.of())),
    /** Models (no status: a model exists or not). */
    MODEL("models", "model", "model", LogsApi.ENDPOINTS, DescribeModelResponse::builder, r -> "Created",
            Map.of("Created", Set.of())),
    /** Endpoint configurations (no status). */
    ENDPOINT_CONFIG("endpoint-configs", "endpoint configuration", "endpoint-config", LogsApi.ENDPOINTS,
            DescribeEndpointConfigResponse::builder, r -> "Created", Map.of("Created", Set.of()));

    private final String folder;
    private final String displayName;
    private final String arnType;
    private final String logGroup;
    private final Supplier<? extends SdkBuilder<?, ?>> builder;
    private final Function<Object, String> status;
    private final Map<String, Set<String>> transitions;

    JobKind(String folder, String displayName, String arnType, String logGroup,
            Supplier<? extends SdkBuilder<?, ?>> builder, Function<Object, String> status,
            Map<String, Set<String>> transitions) {
        this.folder = folder;
        this.displayName = displayName;
        this.arnType = arnType;
        this.logGroup = logGroup;
        this.builder = builder;
        this.status = status;
        this.transitions = transitions;
    }

    private static Map<String, Set<String>> jobMachine() {
        return Map.of(
                "InProgress", Set.of("Completed", "Failed", "Stopping", "Stopped"),
                "Stopping", Set.of("Stopped", "Failed", "Completed"),
                "Completed", Set.of(),
                "Failed", Set.of(),
                "Stopped", Set.of());
    }

    /**
     * The folder under {@code <root>/jobs} holding records of this kind.
     *
     * @return the folder name
     */
    public String folder() {
        return folder;
    }

    /**
     * The kind as people say it, e.g. {@code training job}.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The name of the service operation that stops a record of this kind.
     *
     * @return e.g. {@code StopTrainingJob}
     * @throws UnsupportedOperationException for a kind that has no stop (models, endpoints)
     */
    public String stopOperation() {
        switch (this) {
            case TRAINING:
                return "StopTrainingJob";
            case PROCESSING:
                return "StopProcessingJob";
            case TRANSFORM:
                return "StopTransformJob";
            case TUNING:
                return "StopHyperParameterTuningJob";
            default:
                throw new UnsupportedOperationException(displayName + "s are not stopped");
        }
    }

    /**
     * The CloudWatch log group of this kind.
     *
     * @return the log group
     */
    public String logGroup() {
        return logGroup;
    }

    /**
     * The ARN of a record of this kind, as SageMaker forms it (resource names lower-cased).
     *
     * @param region  the region
     * @param account the account id
     * @param name    the name
     * @return the ARN
     */
    public String arn(String region, String account, String name) {
        return "arn:aws:sagemaker:" + region + ":" + account + ":" + arnType + "/" + name.toLowerCase(
                java.util.Locale.ROOT);
    }

    /**
     * A new, empty builder of this kind's record.
     *
     * @return the builder
     */
    public SdkBuilder<?, ?> newBuilder() {
        return builder.get();
    }

    /**
     * The status of a record.
     *
     * @param record a record of this kind
     * @return its status
     */
    public String status(Object record) {
        return status.apply(record);
    }

    /**
     * Whether a status ends the record's life (no further transitions, other than deletion).
     *
     * @param status a status of this kind
     * @return {@code true} for a final status
     */
    public boolean isFinal(String status) {
        Set<String> next = transitions.get(status);
        return next != null && next.isEmpty();
    }

    /**
     * Whether a status is one of an unfinished job or endpoint operation.
     *
     * @param status a status of this kind
     * @return {@code true} while the backend still works on it
     */
    public boolean isActive(String status) {
        if (this == MODEL || this == ENDPOINT_CONFIG) {
            return false;
        }
        return this == ENDPOINT ? Set.of("Creating", "Updating", "SystemUpdating", "RollingBack", "Deleting")
                .contains(status) : Set.of("InProgress", "Stopping").contains(status);
    }

    /**
     * Whether SageMaker's status machine allows a transition. Staying in a status is allowed.
     *
     * @param from the current status
     * @param to   the next status
     * @return {@code true} when allowed
     */
    public boolean allows(String from, String to) {
        if (from == null || from.equals(to)) {
            return true;
        }
        Set<String> next = transitions.get(from);
        return next != null && next.contains(to);
    }
}
