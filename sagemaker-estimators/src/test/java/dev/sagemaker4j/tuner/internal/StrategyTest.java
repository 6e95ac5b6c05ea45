/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * The strategies on their own, over a known function: Bayesian beats its random start, keeps away from running
 * points, and decodes every scaling as the service defines it.
 */
class StrategyTest {
    static final ParameterRanges RANGES = ParameterRanges.builder()
            .continuousParameterRanges(c("x", "0", "1", "Linear"), c("lr", "0.0001", "1", "Logarithmic"))
            .integerParameterRanges(IntegerParameterRange.builder().name("n").minValue("1").maxValue("10")
                    .scalingType("Auto").build())
            .categoricalParameterRanges(CategoricalParameterRange.builder().name("k").values("a", "b").build())
            .build();

    static ContinuousParameterRange c(String name, String min, String max, String scaling) {
        return ContinuousParameterRange.builder().name(name).minValue(min).maxValue(max).scalingType(scaling).build();
    }

    static double f(Map<String, String> hp) {
        double x = Double.parseDouble(hp.get("x"));
        double lr = Math.log10(Double.parseDouble(hp.get("lr")));
        int n = Integer.parseInt(hp.get("n"));
        return -(x - 0.3) * (x - 0.3) - 0.05 * (lr + 2) * (lr + 2) - 0.01 * (n - 7) * (n - 7)
                - ("b".equals(hp.get("k")) ? 0 : 0.5);
    }

    static double run(String strategy, long seed, int jobs) {
        SearchSpace space = SearchSpace.of(RANGES);
        Strategy s = Strategy.of(strategy, space, new Random(seed));
        List<Strategy.Observation> done = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < jobs; i++) {
            double[] p = s.propose(done, List.of());
            double y = f(space.values(p));
            best = Math.max(best, y);
            done.add(new Strategy.Observation(p, y));
        }
        return best;
    }

    @Test
    void bayesian_twentyJobs_beatsRandomOnMostSeeds() {
        int wins = 0;
        for (long seed = 0; seed < 10; seed++) {
            if (run("Bayesian", seed, 20) > run("Random", seed, 20)) {
                wins++;
            }
        }
        assertThat(wins).isGreaterThanOrEqualTo(8);
    }

    @Test
    void bayesian_withPendingPoints_neverProposesOneAgain() {
        SearchSpace space = SearchSpace.of(RANGES);
        Strategy s = Strategy.of("Bayesian", space, new Random(1));
        List<Strategy.Observation> done = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double[] p = space.random(new Random(i));
            done.add(new Strategy.Observation(p, f(space.values(p))));
        }
        List<double[]> pending = new ArrayList<>();
        Set<Map<String, String>> seen = new HashSet<>();
        done.forEach(o -> seen.add(space.values(o.point)));
        for (int i = 0; i < 5; i++) {
            double[] p = s.propose(done, pending);
            assertThat(seen.add(space.values(p))).isTrue();
            pending.add(p);
        }
    }

    @Test
    void searchSpace_scalings_decodeWithinTheBoundsAndBack() {
        SearchSpace space = SearchSpace.of(ParameterRanges.builder()
                .continuousParameterRanges(c("lr", "0.001", "0.1", "Logarithmic"),
                        c("m", "0.9", "0.999", "ReverseLogarithmic")).build());
        SearchSpace.Dim lr = space.dims().get(0);
        SearchSpace.Dim m = space.dims().get(1);

        assertThat(lr.decode(0.5)).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.decode(0.5)).isCloseTo(1 - Math.sqrt(0.1 * 0.001), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(m.encode(m.decode(0.25))).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(lr.decode(0)).isEqualTo(0.001);
        assertThat(m.decode(1)).isCloseTo(0.999, org.assertj.core.data.Offset.offset(1e-12));
    }
}
