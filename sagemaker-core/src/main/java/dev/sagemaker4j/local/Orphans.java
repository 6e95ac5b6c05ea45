/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.local.JobKind;
import java.time.Instant;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;

/** Marks records whose process ended while they were running as {@code Failed}. */
final class Orphans {
    private Orphans() {
    }

    static Object markLost(JobKind kind, Object record, long pid) {
        String reason = "InternalServerError: the process that ran this " + kind.displayName() + " (pid " + pid
                + ") ended before it finished; start it again";
        Instant now = Instant.now();
        switch (kind) {
            case TRAINING:
                return ((DescribeTrainingJobResponse) record).toBuilder().trainingJobStatus("Failed")
                        .secondaryStatus("Failed").failureReason(reason).trainingEndTime(now)
                        .lastModifiedTime(now).build();
            case PROCESSING:
                return ((DescribeProcessingJobResponse) record).toBuilder().processingJobStatus("Failed")
                        .failureReason(reason).processingEndTime(now).lastModifiedTime(now).build();
            case TRANSFORM:
                return ((DescribeTransformJobResponse) record).toBuilder().transformJobStatus("Failed")
                        .failureReason(reason).transformEndTime(now).build();
            case TUNING:
                return ((DescribeHyperParameterTuningJobResponse) record).toBuilder()
                        .hyperParameterTuningJobStatus("Failed").failureReason(reason)
                        .hyperParameterTuningEndTime(now).lastModifiedTime(now).build();
            case ENDPOINT:
                return ((DescribeEndpointResponse) record).toBuilder().endpointStatus("Failed")
                        .failureReason(reason).lastModifiedTime(now).build();
            default:
                return record;
        }
    }
}
