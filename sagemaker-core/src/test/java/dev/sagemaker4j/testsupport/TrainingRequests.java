/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/** Builds CreateTrainingJob requests for {@link MeanAlgorithm}, as an Estimator would. */
public final class TrainingRequests {
    private TrainingRequests() {
    }

    /**
     * A request with one {@code train} channel.
     *
     * @param name            the job name
     * @param trainUri        the train channel's URI
     * @param outputPath      the output path
     * @param hyperparameters the hyperparameters
     * @return the request
     */
    public static CreateTrainingJobRequest mean(String name, String trainUri, String outputPath,
                                                Map<String, String> hyperparameters) {
        return CreateTrainingJobRequest.builder()
                .trainingJobName(name)
                .roleArn("arn:aws:iam::123456789012:role/SageMakerRole")
                .algorithmSpecification(a -> a.trainingImage(MeanAlgorithm.IMAGE).trainingInputMode("File"))
                .hyperParameters(hyperparameters)
                .inputDataConfig(channel("train", trainUri))
                .outputDataConfig(o -> o.s3OutputPath(outputPath))
                .resourceConfig(r -> r.instanceType("ml.m5.large").instanceCount(1).volumeSizeInGB(30))
                .stoppingCondition(s -> s.maxRuntimeInSeconds(3600))
                .build();
    }

    /**
     * A File-mode S3Prefix channel with CSV content.
     *
     * @param name the channel name
     * @param uri  the URI
     * @return the channel
     */
    public static Channel channel(String name, String uri) {
        return Channel.builder().channelName(name).contentType("text/csv")
                .dataSource(d -> d.s3DataSource(s -> s.s3DataType("S3Prefix").s3Uri(uri)
                        .s3DataDistributionType("FullyReplicated")))
                .build();
    }
}
