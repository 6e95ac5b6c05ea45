/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.local.TrainingEnvironment;

/**
 * User training code for a {@link JavaEstimator}: the Java analog of a framework estimator's
 * {@code entry_point} script. It gets the same contract a SageMaker training container gets,
 * through a {@link TrainingEnvironment}. The class needs a public no-argument constructor; one
 * instance is created per host and job.
 *
 * <pre>{@code
 * public final class MyTraining implements TrainingScript {
 *     public void train(TrainingEnvironment env) throws Exception {
 *         int epochs = env.intHyperparameter("epochs", 10);
 *         for (int epoch = 0; epoch < epochs && !env.stopRequested(); epoch++) {
 *             double loss = step(env.channel("train"));
 *             env.logMetric("train:loss", loss, epoch);
 *         }
 *         Files.writeString(env.modelDir().resolve("model.txt"), "...");
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface TrainingScript {

    /**
     * Trains. Throwing fails the job with the exception's message as FailureReason.
     *
     * @param env the training contract of this host
     * @throws Exception any failure
     */
    void train(TrainingEnvironment env) throws Exception;
}
