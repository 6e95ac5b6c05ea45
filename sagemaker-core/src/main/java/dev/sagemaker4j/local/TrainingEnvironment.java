/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a training container gets from SageMaker, in-process: the {@code /opt/ml} folders, the
 * hyperparameters, channels and hosts, and the {@code SM_*} environment — the same contract a
 * SageMaker training container reads, so an algorithm behaves the same here and there.
 *
 * <p>Everything in {@link #modelDir()} becomes {@code model.tar.gz}; everything in
 * {@link #outputDataDir()} becomes {@code output.tar.gz}; text written to
 * {@link #failureFile()} becomes the job's FailureReason. Created by the backend for each job
 * and host; needs no closing.
 *
 * <pre>{@code
 * public void train(TrainingEnvironment env) throws IOException {
 *     int rounds = Integer.parseInt(env.hyperparameters().get("num_round"));
 *     Path train = env.channel("train");
 *     for (int i = 0; i < rounds && !env.stopRequested(); i++) {
 *         env.logMetric("train:loss", loss, i);
 *     }
 *     Files.writeString(env.modelDir().resolve("model.txt"), "...");
 * }
 * }</pre>
 */
public interface TrainingEnvironment {
    /**
     * The environment variable that holds the job's training image URI ({@code
     * AlgorithmSpecification.TrainingImage}). A real container knows its own image; an in-process algorithm
     * reads it here, e.g. to write its model in the format of the image's framework version.
     */
    String TRAINING_IMAGE_VARIABLE = "SM4J_TRAINING_IMAGE";

    /**
     * The training job name ({@code TRAINING_JOB_NAME}).
     *
     * @return the job name
     */
    String jobName();

    /**
     * The training job ARN ({@code TRAINING_JOB_ARN}).
     *
     * @return the ARN
     */
    String jobArn();

    /**
     * The hyperparameters, all values strings as in {@code hyperparameters.json}.
     *
     * @return an unmodifiable map
     */
    Map<String, String> hyperparameters();

    /**
     * The channel folders by name ({@code SM_CHANNEL_<NAME>}).
     *
     * @return an unmodifiable map
     */
    Map<String, Path> channels();

    /**
     * One channel's folder.
     *
     * @param name the channel name, e.g. {@code train}
     * @return the folder
     * @throws dev.sagemaker4j.exceptions.ValidationException when the job has no such channel
     */
    Path channel(String name);

    /**
     * The content type declared for a channel in {@code inputdataconfig.json}.
     *
     * @param name the channel name
     * @return the content type, if one was given
     */
    Optional<String> channelContentType(String name);

    /**
     * {@code /opt/ml/input}.
     *
     * @return the folder
     */
    Path inputDir();

    /**
     * {@code /opt/ml/input/config}, holding {@code hyperparameters.json},
     * {@code resourceconfig.json} and {@code inputdataconfig.json}.
     *
     * @return the folder
     */
    Path inputConfigDir();

    /**
     * {@code /opt/ml/model} ({@code SM_MODEL_DIR}).
     *
     * @return the folder
     */
    Path modelDir();

    /**
     * {@code /opt/ml/output} ({@code SM_OUTPUT_DIR}).
     *
     * @return the folder
     */
    Path outputDir();

    /**
     * {@code /opt/ml/output/data} ({@code SM_OUTPUT_DATA_DIR}).
     *
     * @return the folder
     */
    Path outputDataDir();

    /**
     * {@code /opt/ml/output/failure}: text written here becomes the FailureReason.
     *
     * @return the file
     */
    Path failureFile();

    /**
     * The checkpoint folder ({@code /opt/ml/checkpoints} unless configured), synced to the
     * checkpoint S3 URI while the job runs and restored from it before the job starts.
     *
     * @return the folder
     */
    Path checkpointDir();

    /**
     * All hosts of the job, sorted ({@code SM_HOSTS}).
     *
     * @return e.g. {@code [algo-1, algo-2]}
     */
    List<String> hosts();

    /**
     * This host ({@code SM_CURRENT_HOST}).
     *
     * @return e.g. {@code algo-1}
     */
    String currentHost();

    /**
     * The instance type asked for ({@code SM_CURRENT_INSTANCE_TYPE}).
     *
     * @return e.g. {@code local} or {@code ml.m5.xlarge}
     */
    String currentInstanceType();

    /**
     * GPUs available to this host ({@code SM_NUM_GPUS}); 0 on CPU instance types.
     *
     * @return the number of GPUs
     */
    int numGpus();

    /**
     * CPUs available to this host ({@code SM_NUM_CPUS}).
     *
     * @return the number of CPUs
     */
    int numCpus();

    /**
     * The environment a container would see: the job's {@code Environment}, {@code TRAINING_JOB_NAME},
     * {@code AWS_REGION} and every {@code SM_*} variable.
     *
     * @return an unmodifiable map
     */
    Map<String, String> environment();

    /**
     * Whether every host of the job runs in this JVM, as the local backend runs a job's hosts ({@code algo-1} ...
     * {@code algo-N}) as threads of one process, so that the hosts can meet in memory (DJL's data-parallel
     * training does). False where each host is a container of its own, as on the service; the default.
     *
     * @return true on the local backend
     */
    default boolean hostsShareThisProcess() {
        return false;
    }

    /**
     * The job's training image URI ({@value #TRAINING_IMAGE_VARIABLE} in {@link #environment()}).
     *
     * @return the image URI, if the backend set it
     */
    default Optional<String> trainingImage() {
        return Optional.ofNullable(environment().get(TRAINING_IMAGE_VARIABLE));
    }

    /**
     * Writes a line to the job's log (what CloudWatch Logs would show). Metric definitions are
     * matched against it.
     *
     * @param line the line
     */
    void log(String line);

    /**
     * Reports a metric value directly, without a regex. Also logged as {@code #metric name=value step=n}.
     *
     * @param name  the metric name, e.g. {@code validation:auc}
     * @param value the value
     * @param step  the round, epoch or step
     */
    void logMetric(String name, double value, long step);

    /**
     * Reports progress to the session's progress listener (rounds or epochs with their metrics).
     *
     * @param done    units done, e.g. rounds finished
     * @param total   units in all, or -1 when unknown
     * @param unit    e.g. {@code round} or {@code epoch}
     * @param metrics the latest metric values
     */
    void reportProgress(long done, long total, String unit, Map<String, Double> metrics);

    /**
     * A hyperparameter as a string.
     *
     * @param name         the name
     * @param defaultValue the value when absent
     * @return the value
     */
    default String stringHyperparameter(String name, String defaultValue) {
        return hyperparameters().getOrDefault(name, defaultValue);
    }

    /**
     * A hyperparameter as an integer.
     *
     * @param name         the name
     * @param defaultValue the value when absent
     * @return the value
     * @throws dev.sagemaker4j.exceptions.ValidationException naming the hyperparameter when it is not an integer
     */
    default int intHyperparameter(String name, int defaultValue) {
        String v = hyperparameters().get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new dev.sagemaker4j.exceptions.ValidationException(name, v, "is not an integer",
                    "pass a whole number for hyperparameter " + name, e);
        }
    }

    /**
     * A hyperparameter as a floating point number.
     *
     * @param name         the name
     * @param defaultValue the value when absent
     * @return the value
     * @throws dev.sagemaker4j.exceptions.ValidationException naming the hyperparameter when it is not a number
     */
    default double doubleHyperparameter(String name, double defaultValue) {
        String v = hyperparameters().get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new dev.sagemaker4j.exceptions.ValidationException(name, v, "is not a number",
                    "pass a number for hyperparameter " + name, e);
        }
    }

    /**
     * A hyperparameter as a boolean ({@code true}/{@code false}, any case, or 1/0).
     *
     * @param name         the name
     * @param defaultValue the value when absent
     * @return the value
     * @throws dev.sagemaker4j.exceptions.ValidationException naming the hyperparameter when it is not a boolean
     */
    default boolean booleanHyperparameter(String name, boolean defaultValue) {
        String v = hyperparameters().get(name);
        if (v == null) {
            return defaultValue;
        }
        switch (v.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new dev.sagemaker4j.exceptions.ValidationException(name, v, "is not a boolean",
                        "pass true or false for hyperparameter " + name);
        }
    }

    /**
     * Whether the job was asked to stop (StopTrainingJob, MaxRuntimeInSeconds, or the session
     * closing). A well-behaved algorithm checks it between rounds, saves a checkpoint and returns.
     *
     * @return {@code true} once a stop was requested
     */
    boolean stopRequested();
}
