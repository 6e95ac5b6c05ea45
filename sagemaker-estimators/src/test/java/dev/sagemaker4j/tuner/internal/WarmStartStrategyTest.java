/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * The two warm start types on the same parents: IdenticalDataAndAlgorithm takes the parents' jobs as observations,
 * TransferLearning as the prior mean only, so they propose different sequences; and parents' values outside the
 * current ranges are dropped by the first and clipped by the second.
 */
class WarmStartStrategyTest {
    static final ParameterRanges RANGES = ParameterRanges.builder()
            .continuousParameterRanges(StrategyTest.c("x", "0", "1", "Linear")).build();

    /** This tuning job's objective: best at x = 0.7. The parents' (other data) was best at x = 0.3. */
    static double child(double x) {
        return -(x - 0.7) * (x - 0.7);
    }

    static List<Strategy.Observation> parents(SearchSpace space) {
        List<Strategy.Observation> parents = new ArrayList<>();
        for (double x : new double[] {0.05, 0.2, 0.3, 0.45, 0.6, 0.9}) {
            parents.add(new Strategy.Observation(space.point(Map.of("x", Double.toString(x))),
                    -(x - 0.3) * (x - 0.3)));
        }
        return parents;
    }

    static List<Double> sequence(boolean transfer, int jobs) {
        SearchSpace space = SearchSpace.of(RANGES);
        Strategy.Bayesian s = (Strategy.Bayesian) Strategy.of("Bayesian", space, new Random(11));
        List<Strategy.Observation> prior = new ArrayList<>();
        if (transfer) {
            s.transferPrior(parents(space));
        } else {
            prior.addAll(parents(space));
        }
        List<Strategy.Observation> own = new ArrayList<>();
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            List<Strategy.Observation> known = new ArrayList<>(prior);
            known.addAll(own);
            double[] p = s.propose(known, List.of());
            double x = Double.parseDouble(space.values(p).get("x"));
            xs.add(x);
            own.add(new Strategy.Observation(p, child(x)));
        }
        return xs;
    }

    @Test
    void propose_sameParents_identicalAndTransferLearningGiveDifferentSequences() {
        List<Double> identical = sequence(false, 12);
        List<Double> transfer = sequence(true, 12);

        assertThat(transfer).isNotEqualTo(identical);
        // TransferLearning starts where the parents were best, with no random start, and its own results (worse
        // than the prior there, better towards 0.7) move it step by step towards this job's optimum
        assertThat(Math.abs(transfer.get(0) - 0.3)).isLessThan(0.1);
        assertThat(transfer.get(11)).isGreaterThan(0.5);
        // IdenticalDataAndAlgorithm fits one process to the parents' and its own results alike
        assertThat(identical.subList(6, 12)).allSatisfy(x -> assertThat(x).isBetween(0.5, 0.9));
    }

    @Test
    void observations_parentOutsideTheRanges_droppedForIdenticalClippedForTransfer() {
        SearchSpace space = SearchSpace.of(ParameterRanges.builder()
                .continuousParameterRanges(StrategyTest.c("x", "0.2", "0.6", "Linear")).build());
        List<HyperParameterTrainingJobSummary> trials = List.of(
                summary(Map.of("x", "0.9"), 1f), summary(Map.of("x", "0.4"), 2f), summary(Map.of(), 3f));

        List<Strategy.Observation> identical = WarmStart.observations(WarmStart.IDENTICAL, space, true, trials,
                Map.of());
        List<Strategy.Observation> transfer = WarmStart.observations(WarmStart.TRANSFER, space, true, trials,
                Map.of("x", "0.1"));

        assertThat(identical).singleElement().satisfies(o -> assertThat(o.target).isEqualTo(2.0));
        assertThat(transfer).hasSize(3);
        assertThat(space.values(transfer.get(0).point)).containsEntry("x", "0.6");
        // a hyperparameter the parent kept static is read from its static hyperparameters (clipped too)
        assertThat(space.values(transfer.get(2).point)).containsEntry("x", "0.2");
    }

    static HyperParameterTrainingJobSummary summary(Map<String, String> tuned, float value) {
        return HyperParameterTrainingJobSummary.builder().trainingJobName("p").tunedHyperParameters(tuned)
                .finalHyperParameterTuningJobObjectiveMetric(m -> m.metricName("objective").value(value)).build();
    }
}
