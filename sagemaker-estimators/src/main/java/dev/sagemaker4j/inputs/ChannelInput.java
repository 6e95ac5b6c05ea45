/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.inputs;

import software.amazon.awssdk.services.sagemaker.model.Channel;

/**
 * What the Python SDK's {@code fit} accepts as one channel: a {@link TrainingInput} (S3 data) or a
 * {@link FileSystemInput} (EFS or FSx for Lustre). Java needs the common type the Python SDK leaves to duck
 * typing, so that {@code fit(Map.of("train", s3Input, "images", fileSystemInput))} compiles. Sealed: the
 * service knows these two kinds of channel.
 *
 * <pre>{@code
 * Map<String, ChannelInput> channels = Map.of("train", TrainingInput.of(trainUri),
 *         "images", new FileSystemInput("fs-0123abcd", "FSxLustre", "/fsx/images"));
 * estimator.fit(channels);
 * }</pre>
 */
public sealed interface ChannelInput permits TrainingInput, FileSystemInput {
    /**
     * The service's {@code Channel} for this input, as the Python SDK's {@code config} with the
     * channel name added.
     *
     * @param channelName the channel name
     * @return the channel
     */
    Channel toChannel(String channelName);
}
