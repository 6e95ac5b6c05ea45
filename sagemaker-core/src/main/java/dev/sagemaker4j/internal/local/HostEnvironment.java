/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.MetricCollector;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The training contract of one host of one local training job. */
final class HostEnvironment implements TrainingEnvironment {
    private final String jobName;
    private final String jobArn;
    private final Map<String, String> hyperparameters;
    private final Map<String, Path> channels;
    private final Map<String, String> contentTypes;
    private final Path hostDir;
    private final Path modelDir;
    private final Path outputDir;
    private final Path checkpointDir;
    private final List<String> hosts;
    private final String currentHost;
    private final String instanceType;
    private final int numGpus;
    private final Map<String, String> environment;
    private final JobLog log;
    private final MetricCollector metrics;
    private final BooleanSupplier stop;
    private final dev.sagemaker4j.progress.ProgressListener progress;
    private final long startNanos = System.nanoTime();
    private volatile dev.sagemaker4j.progress.ProgressEvent lastProgress;

    HostEnvironment(String jobName, String jobArn, Map<String, String> hyperparameters, Map<String, Path> channels,
                    Map<String, String> contentTypes, Path hostDir, Path modelDir, Path outputDir,
                    Path checkpointDir, List<String> hosts, String currentHost, String instanceType, int numGpus,
                    Map<String, String> environment, JobLog log, MetricCollector metrics, BooleanSupplier stop,
                    dev.sagemaker4j.progress.ProgressListener progress) {
        this.progress = progress;
        this.jobName = jobName;
        this.jobArn = jobArn;
        this.hyperparameters = Map.copyOf(hyperparameters);
        this.channels = Map.copyOf(channels);
        this.contentTypes = Map.copyOf(contentTypes);
        this.hostDir = hostDir;
        this.modelDir = modelDir;
        this.outputDir = outputDir;
        this.checkpointDir = checkpointDir;
        this.hosts = List.copyOf(hosts);
        this.currentHost = currentHost;
        this.instanceType = instanceType;
        this.numGpus = numGpus;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.metrics = metrics;
        this.stop = stop;
    }

    @Override
    public String jobName() {
        return jobName;
    }

    @Override
    public String jobArn() {
        return jobArn;
    }

    @Override
    public Map<String, String> hyperparameters() {
        return hyperparameters;
    }

    @Override
    public Map<String, Path> channels() {
        return channels;
    }

    @Override
    public Path channel(String name) {
        Path channel = channels.get(name);
        if (channel == null) {
            throw new ValidationException("InputDataConfig", name, "is not a channel of training job " + jobName,
                    "add a '" + name + "' channel to fit(...); channels given: " + channels.keySet());
        }
        return channel;
    }

    @Override
    public Optional<String> channelContentType(String name) {
        return Optional.ofNullable(contentTypes.get(name));
    }

    @Override
    public Path inputDir() {
        return hostDir.resolve("input");
    }

    @Override
    public Path inputConfigDir() {
        return hostDir.resolve("input").resolve("config");
    }

    @Override
    public Path modelDir() {
        return modelDir;
    }

    @Override
    public Path outputDir() {
        return outputDir;
    }

    @Override
    public Path outputDataDir() {
        return outputDir.resolve("data");
    }

    @Override
    public Path failureFile() {
        return outputDir.resolve("failure");
    }

    @Override
    public Path checkpointDir() {
        return checkpointDir;
    }

    @Override
    public List<String> hosts() {
        return hosts;
    }

    @Override
    public String currentHost() {
        return currentHost;
    }

    @Override
    public boolean hostsShareThisProcess() {
        return true;
    }

    @Override
    public String currentInstanceType() {
        return instanceType;
    }

    @Override
    public int numGpus() {
        return numGpus;
    }

    @Override
    public int numCpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void log(String line) {
        log.line(line);
    }

    @Override
    public void logMetric(String name, double value, long step) {
        metrics.record(name, value, step);
        log.line("#metric " + name + "=" + value + " step=" + step);
    }

    @Override
    public void reportProgress(long done, long total, String unit, Map<String, Double> metrics) {
        emit(new dev.sagemaker4j.progress.ProgressEvent("Training", jobName + "/" + currentHost, done, total, unit,
                metrics, java.time.Duration.ofNanos(System.nanoTime() - startNanos)));
    }

    /**
     * Tells the listener that this host's training is over, when the algorithm's own last report
     * did not (early stopping, a stop request, a failure), so a progress bar is closed.
     */
    void endProgress() {
        dev.sagemaker4j.progress.ProgressEvent last = lastProgress;
        if (last != null && !last.finished()) {
            emit(new dev.sagemaker4j.progress.ProgressEvent(last.task(), last.name(), last.done(), last.total(),
                    last.unit(), last.metrics(), java.time.Duration.ofNanos(System.nanoTime() - startNanos), true));
        }
    }

    private void emit(dev.sagemaker4j.progress.ProgressEvent event) {
        lastProgress = event;
        try {
            progress.onProgress(event);
        } catch (RuntimeException e) {
            log.line("progress listener failed: " + e);
        }
    }

    @Override
    public boolean stopRequested() {
        return stop.getAsBoolean();
    }
}
