/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * A training algorithm the local backend runs in-process for a training image. Built-in algorithms
 * (XGBoost, LinearLearner, KMeans) implement it; so can anyone, listing the class in
 * {@code META-INF/services/dev.sagemaker4j.local.LocalAlgorithm}.
 *
 * <p>The image URI of a CreateTrainingJob request picks the algorithm by its ECR repository name
 * (the part between the registry and the tag): {@code 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1}
 * → {@code sagemaker-xgboost}. Implementations must be thread-safe: one instance trains many jobs.
 *
 * <pre>{@code
 * public final class MeanModel implements LocalAlgorithm {
 *     public String name() { return "mean"; }
 *     public List<String> repositories() { return List.of("mean-model"); }
 *     public void train(TrainingEnvironment env) throws Exception {
 *         Files.writeString(env.modelDir().resolve("mean.txt"), "42");
 *     }
 * }
 * }</pre>
 */
public interface LocalAlgorithm {

    /**
     * A short name for logs and errors.
     *
     * @return e.g. {@code xgboost}
     */
    String name();

    /**
     * The ECR repository names whose images this algorithm runs.
     *
     * @return e.g. {@code [sagemaker-xgboost]}
     */
    List<String> repositories();

    /**
     * The metrics this algorithm reports, as SageMaker declares them for built-in algorithms; they
     * are scraped from the log in addition to the request's own metric definitions.
     *
     * @return the metric definitions (name and regex)
     */
    default List<MetricDefinition> metricDefinitions() {
        return List.of();
    }

    /**
     * Checks hyperparameters before the job is created, as the service does for built-in
     * algorithms. Throw {@link dev.sagemaker4j.exceptions.ValidationException} naming the
     * hyperparameter.
     *
     * @param hyperparameters the request's hyperparameters
     */
    default void validate(Map<String, String> hyperparameters) {
    }

    /**
     * Whether this algorithm runs the program a job names in hyperparameter {@code sagemaker_program}
     * (script mode). One that does not (a built-in algorithm) never sees a job that names a program: the
     * local backend refuses it rather than train the built-in algorithm in its place.
     *
     * @return {@code true} when the algorithm runs {@code sagemaker_program} (default {@code false})
     */
    default boolean runsEntryPoint() {
        return false;
    }

    /**
     * Trains, reading the contract from the environment and writing the model into
     * {@link TrainingEnvironment#modelDir()}. Throwing fails the job with the exception's message
     * as FailureReason (unless the algorithm wrote {@link TrainingEnvironment#failureFile()}
     * itself). Called once per host.
     *
     * @param env the training environment of one host
     * @throws Exception any failure, which fails the job
     */
    void train(TrainingEnvironment env) throws Exception;

    /**
     * The ECR repository of an image URI: {@code 123.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1}
     * gives {@code sagemaker-xgboost}; {@code my-algo:1} gives {@code my-algo}.
     *
     * @param image the image URI
     * @return the repository name
     */
    static String repositoryOf(String image) {
        String rest = image;
        int at = rest.indexOf('@');
        if (at >= 0) {
            rest = rest.substring(0, at);
        }
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
                rest = rest.substring(slash + 1);
            }
        }
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            rest = rest.substring(0, colon);
        }
        return rest;
    }
}
