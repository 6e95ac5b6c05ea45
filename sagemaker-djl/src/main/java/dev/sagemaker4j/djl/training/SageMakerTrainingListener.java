/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import ai.djl.training.Trainer;
import ai.djl.training.evaluator.Evaluator;
import ai.djl.training.listener.EvaluatorTrainingListener;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.listener.TrainingListenerAdapter;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Turns DJL's epochs into the training job's record: after each epoch it reports every evaluator's training and
 * validation value as the job's metrics ({@code train:loss}, {@code validation:loss}, {@code train:accuracy},
 * {@code validation:accuracy} ..., the loss evaluator named {@code loss}, the others by their lower-cased name, the
 * step being the 1-based epoch), so DescribeTrainingJob's FinalMetricDataList and TrainingJobAnalytics show them as
 * for any job; logs one line per epoch ({@code epoch 3/10: train:loss=0.41 validation:accuracy=0.93}, which metric
 * definitions can also scrape); reports the epoch as progress; and writes a checkpoint of the parameters into the
 * job's checkpoint folder, from which {@link DjlTraining#resume(Trainer)} continues when the job restarts with the
 * same checkpoint location. A stop request (StopTrainingJob, MaxRuntimeInSeconds) ends training after the epoch's
 * checkpoint.
 *
 * <p>On a job with several hosts it also keeps the hosts' models one (see {@link DjlTraining}): after every training
 * batch, before DJL's {@code Trainer.step()}, it replaces each gradient with its average over the hosts; at the end of
 * every epoch it averages the parameters without gradient and stops every host when any was asked to stop. A script
 * that runs its own loop of {@code EasyTrain.trainBatch} and {@code trainer.step()} instead of {@link DjlTraining#fit}
 * gets the leader's parameters copied to every host at its first batch.
 *
 * <p>Get it from {@link DjlTraining#listener()} or use {@link DjlTraining#trainingConfig(ai.djl.training.loss.Loss)}.
 * It reads the evaluators' epoch values before DJL's {@link EvaluatorTrainingListener} resets them, so it must come
 * <em>before</em> that listener (and {@code TrainingListener.Defaults.basic()}) in the training config; it fails
 * with a message saying so otherwise. Needs no closing.
 */
public final class SageMakerTrainingListener extends TrainingListenerAdapter {
    private final DjlTraining djl;
    private final TrainingEnvironment env;
    private volatile int totalEpochs;
    private volatile int epochsDone;
    private long batchesThisEpoch;
    private boolean parametersShared;
    private final Map<String, Double> latest = new LinkedHashMap<>();

    SageMakerTrainingListener(DjlTraining djl, int totalEpochs) {
        this.djl = djl;
        this.env = djl.environment();
        this.totalEpochs = totalEpochs;
    }

    /**
     * The epochs finished, counting those of an earlier run this job resumed from.
     *
     * @return epochs done
     */
    public int epochsDone() {
        return epochsDone;
    }

    /**
     * The epochs the job trains in all (for progress and {@link DjlTraining#fit}).
     *
     * @return the total
     */
    public int totalEpochs() {
        return totalEpochs;
    }

    /**
     * The metric values of the last epoch.
     *
     * @return a copy, by metric name
     */
    public synchronized Map<String, Double> latestMetrics() {
        return new LinkedHashMap<>(latest);
    }

    void totalEpochs(int total) {
        this.totalEpochs = total;
    }

    void resumedAt(int done) {
        this.epochsDone = done;
    }

    @Override
    public void onTrainingBegin(Trainer trainer) {
        if (djl.parallel() != null && !(trainer instanceof HostTrainer)) {
            throw new IllegalStateException("On a job of " + env.hosts().size() + " hosts, create the trainer with"
                    + " djl.newTrainer(model, config) instead of model.newTrainer(config): DJL's PyTorch gradient"
                    + " collector allows one at a time in a JVM, and the local backend runs the hosts in one JVM");
        }
    }

    /** Copies the leader's parameters to every host, once, before the first step. */
    void synchronize(Trainer trainer) {
        DataParallel parallel = djl.parallel();
        if (parallel != null && !parametersShared) {
            parallel.broadcastParameters(trainer.getModel().getBlock());
            parametersShared = true;
        }
    }

    @Override
    public void onTrainingBatch(Trainer trainer, TrainingListener.BatchData batchData) {
        batchesThisEpoch++;
        DataParallel parallel = djl.parallel();
        if (parallel != null) {
            synchronize(trainer);
            parallel.averageGradients(trainer.getModel().getBlock(), "the gradients of batch " + batchesThisEpoch
                    + " of epoch " + (epochsDone + 1));
        }
    }

    @Override
    public void onEpoch(Trainer trainer) {
        int epoch = epochsDone + 1;
        DataParallel parallel = djl.parallel();
        // all hosts end the epoch together, and stop together
        boolean stop = parallel != null && parallel.endEpoch(trainer.getModel().getBlock(), epoch,
                env.stopRequested());
        Map<String, Double> values = new LinkedHashMap<>();
        List<Evaluator> evaluators = new ArrayList<>(trainer.getEvaluators());
        // the loss first, then the evaluators in the config's order
        evaluators.sort(Comparator.comparing(e -> e == trainer.getLoss() ? 0 : 1));
        for (Evaluator evaluator : evaluators) {
            String name = evaluator == trainer.getLoss() ? "loss" : evaluator.getName().toLowerCase(Locale.ROOT);
            Float train = accumulator(evaluator, EvaluatorTrainingListener.TRAIN_EPOCH);
            if (evaluator == trainer.getLoss() && batchesThisEpoch > 0 && (train == null || train.isNaN())) {
                throw new IllegalStateException("The epoch's training loss was already reset: add the"
                        + " SageMakerTrainingListener before DJL's EvaluatorTrainingListener (and before"
                        + " TrainingListener.Defaults.basic()), or build the config with DjlTraining.trainingConfig");
            }
            if (train != null && !train.isNaN()) {
                values.put("train:" + name, train.doubleValue());
            }
            Float validation = accumulator(evaluator, EvaluatorTrainingListener.VALIDATE_EPOCH);
            if (validation != null && !validation.isNaN()) {
                values.put("validation:" + name, validation.doubleValue());
            }
        }
        batchesThisEpoch = 0;
        StringBuilder line = new StringBuilder("epoch ").append(epoch).append('/').append(totalEpochs).append(':');
        values.forEach((k, v) -> {
            env.logMetric(k, v, epoch);
            line.append(' ').append(k).append('=').append(String.format(Locale.ROOT, "%.6g", v));
        });
        env.log(line.toString());
        synchronized (this) {
            latest.clear();
            latest.putAll(values);
        }
        djl.checkpoint(trainer.getModel(), epoch);
        epochsDone = epoch;
        env.reportProgress(epoch, totalEpochs, "epoch", values);
        if (stop || parallel == null && env.stopRequested()) {
            throw new CancellationException("training stopped after epoch " + epoch + " (checkpoint written)");
        }
    }

    private static Float accumulator(Evaluator evaluator, String key) {
        try {
            return evaluator.getAccumulator(key);
        } catch (IllegalArgumentException e) {
            // the evaluator has no such accumulator (no EvaluatorTrainingListener, or no validation)
            return null;
        }
    }
}
