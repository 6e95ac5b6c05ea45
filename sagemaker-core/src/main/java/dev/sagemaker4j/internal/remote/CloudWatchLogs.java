/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import dev.sagemaker4j.spi.LogsApi;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.DescribeLogStreamsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.LogStream;
import software.amazon.awssdk.services.cloudwatchlogs.model.OutputLogEvent;

/**
 * Job logs from CloudWatch Logs, as the Python SDK's {@code logs=True} reads them: every stream of the
 * job ({@code <job>/algo-1-...}) in the job's log group, in stream name order, read from the start.
 */
final class CloudWatchLogs implements LogsApi {
    private final CloudWatchLogsClient client;

    CloudWatchLogs(CloudWatchLogsClient client) {
        this.client = client;
    }

    @Override
    public List<String> readLog(String logGroup, String jobName, long fromLine) {
        List<String> lines = new ArrayList<>();
        List<String> streams = new ArrayList<>();
        String token = null;
        try {
            do {
                String next = token;
                DescribeLogStreamsResponse page = AwsErrors.call("DescribeLogStreams", () -> client.describeLogStreams(b
                        -> b.logGroupName(logGroup).logStreamNamePrefix(jobName + "/").nextToken(next)));
                page.logStreams().stream().map(LogStream::logStreamName).forEach(streams::add);
                token = page.nextToken();
            } while (token != null);
        } catch (dev.sagemaker4j.exceptions.ResourceNotFoundException e) {
            return lines;
        }
        streams.sort(String::compareTo);
        for (String stream : streams) {
            String forward = null;
            while (true) {
                String from = forward;
                GetLogEventsResponse page;
                try {
                    page = AwsErrors.call("GetLogEvents", () -> client.getLogEvents(b -> b.logGroupName(logGroup)
                            .logStreamName(stream).startFromHead(true).nextToken(from)));
                } catch (dev.sagemaker4j.exceptions.ResourceNotFoundException e) {
                    break;
                }
                page.events().stream().map(OutputLogEvent::message).forEach(lines::add);
                if (page.nextForwardToken() == null || page.nextForwardToken().equals(from) || page.events().isEmpty()) {
                    break;
                }
                forward = page.nextForwardToken();
            }
        }
        return fromLine >= lines.size() ? List.of() : new ArrayList<>(lines.subList((int) fromLine, lines.size()));
    }
}
