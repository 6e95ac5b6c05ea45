/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;

/**
 * What Python keeps in {@code sagemaker.experiments._run_context._RunContext} and reads in
 * {@code _environment._RunEnvironment}, for the classes of every module: the experiment config of the run open on
 * this thread (bound by {@code Run}; read by {@code Estimator.fit}, {@code Processor.run} and
 * {@code Transformer.transform}, which send it when the caller gave none, as Python's
 * {@code check_and_get_run_experiment_config}), and the job whose code runs on this thread (bound by the local
 * backend while a training entry point or a processing script runs; read by {@code Run.load()}, which loads the
 * run of that job, as Python's {@code load_run()} in a job script).
 *
 * <p>Both are per thread: code that starts its own threads passes the config or the run on itself.
 */
public final class RunContext {
    /** Python's {@code TRAINING_JOB_ARN_ENV}: set in a SageMaker training container. */
    public static final String TRAINING_JOB_ARN_ENV = "TRAINING_JOB_ARN";
    /** Python's {@code PROCESSING_JOB_CONFIG_PATH}: present in a SageMaker processing container. */
    public static final String PROCESSING_JOB_CONFIG_PATH = "/opt/ml/config/processingjobconfig.json";
    /** Python's {@code TRANSFORM_JOB_ARN_ENV}. */
    public static final String TRANSFORM_JOB_ARN_ENV = "TRANSFORM_JOB_ARN";

    private static final ThreadLocal<ExperimentConfig> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Job> JOB = new ThreadLocal<>();
    private static final java.util.Map<String, java.lang.ref.WeakReference<dev.sagemaker4j.Session>> STARTED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private RunContext() {
    }

    /**
     * A job whose code runs on a thread, as Python's {@code _RunEnvironment}: the kind of source
     * ({@code SageMakerTrainingJob}, {@code SageMakerProcessingJob}, {@code SageMakerTransformJob}) and the job's
     * ARN, and its name as created (an ARN holds it lower-cased).
     *
     * @param sourceType the source type
     * @param sourceArn  the job's ARN
     * @param jobName    the job's name
     */
    public record Job(String sourceType, String sourceArn, String jobName) {
        /**
         * Checks the fields.
         *
         * @param sourceType the source type
         * @param sourceArn  the job's ARN
         * @param jobName    the job's name
         */
        public Job {
            Objects.requireNonNull(sourceType, "sourceType");
            Objects.requireNonNull(sourceArn, "sourceArn");
            Objects.requireNonNull(jobName, "jobName");
        }

        /**
         * A job known by its ARN only, as in a SageMaker container: its name is the ARN's last path segment.
         *
         * @param sourceType the source type
         * @param sourceArn  the job's ARN
         */
        public Job(String sourceType, String sourceArn) {
            this(sourceType, sourceArn, sourceArn.substring(sourceArn.lastIndexOf('/') + 1));
        }
    }

    /** Undoes a binding: restores what was bound before. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        /** Restores the previous binding. */
        @Override
        void close();
    }

    /**
     * The experiment config of the run open on this thread.
     *
     * @return the config, or empty when no run is open
     */
    public static Optional<ExperimentConfig> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * The config a job sends, as Python's {@code check_and_get_run_experiment_config}: the given one, else the
     * open run's, else {@code null}.
     *
     * @param given the caller's config, or {@code null}
     * @return the config to send, or {@code null}
     */
    public static ExperimentConfig experimentConfig(ExperimentConfig given) {
        return given != null ? given : CURRENT.get();
    }

    /**
     * Binds a run's config to this thread until the scope closes.
     *
     * @param config the run's config
     * @return the scope; closing it restores the config bound before
     */
    public static Scope bind(ExperimentConfig config) {
        ExperimentConfig previous = CURRENT.get();
        CURRENT.set(Objects.requireNonNull(config, "config"));
        return () -> restore(CURRENT, previous);
    }

    /**
     * The job whose code runs on this thread: the one the local backend bound, else, as Python's
     * {@code _RunEnvironment.load()}, a SageMaker container's ({@value #TRAINING_JOB_ARN_ENV} in the environment,
     * the {@value #PROCESSING_JOB_CONFIG_PATH} file's {@code ProcessingJobArn}, {@value #TRANSFORM_JOB_ARN_ENV}).
     *
     * @return the job, or empty outside a job
     */
    public static Optional<Job> currentJob() {
        Job bound = JOB.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        String training = System.getenv(TRAINING_JOB_ARN_ENV);
        if (training != null && !training.isEmpty()) {
            return Optional.of(new Job("SageMakerTrainingJob", training));
        }
        java.nio.file.Path config = java.nio.file.Path.of(PROCESSING_JOB_CONFIG_PATH);
        if (java.nio.file.Files.isRegularFile(config)) {
            try {
                String arn = new com.fasterxml.jackson.databind.ObjectMapper().readTree(config.toFile())
                        .path("ProcessingJobArn").asText("");
                if (!arn.isEmpty()) {
                    return Optional.of(new Job("SageMakerProcessingJob", arn));
                }
            } catch (java.io.IOException e) {
                // not a readable processing job config: not in a processing container
            }
        }
        String transform = System.getenv(TRANSFORM_JOB_ARN_ENV);
        if (transform != null && !transform.isEmpty()) {
            return Optional.of(new Job("SageMakerTransformJob", transform));
        }
        return Optional.empty();
    }

    /**
     * Binds the job whose code runs on this thread until the scope closes; the local backend calls it around a
     * training entry point and a processing script.
     *
     * @param job the job
     * @return the scope; closing it restores the job bound before
     */
    public static Scope bindJob(Job job) {
        Job previous = JOB.get();
        JOB.set(Objects.requireNonNull(job, "job"));
        return () -> restore(JOB, previous);
    }

    /**
     * Records the session that starts a job (call it before sending the create request: the local backend may
     * run the job's code before the request returns), so that {@code Run.load()} in the job's code (run in this JVM by
     * the local backend) uses that session, as Python's {@code load_run()} uses the job's default session. Kept
     * weakly: a closed and dropped session is forgotten.
     *
     * @param sourceType the job's source type, e.g. {@code SageMakerProcessingJob}
     * @param jobName    the job's name
     * @param session    the session that sent the create request
     */
    public static void jobStarted(String sourceType, String jobName, dev.sagemaker4j.Session session) {
        STARTED.values().removeIf(r -> r.get() == null);
        STARTED.put(key(sourceType, jobName), new java.lang.ref.WeakReference<>(session));
    }

    /**
     * The session that started a job in this JVM.
     *
     * @param job the job
     * @return the session, or empty when none of this JVM did (or it was dropped)
     */
    public static Optional<dev.sagemaker4j.Session> sessionOf(Job job) {
        java.lang.ref.WeakReference<dev.sagemaker4j.Session> ref = STARTED.get(key(job.sourceType(), job.jobName()));
        return Optional.ofNullable(ref == null ? null : ref.get());
    }

    /** Job names are unique regardless of case, as on the service. */
    private static String key(String sourceType, String jobName) {
        return sourceType + "/" + jobName.toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> void restore(ThreadLocal<T> local, T previous) {
        if (previous == null) {
            local.remove();
        } else {
            local.set(previous);
        }
    }
}
