/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A search strategy: proposes the next point from the finished jobs (their objective, larger is better, or
 * {@code null} when a job gave none) and the points still running, which it does not propose again.
 */
abstract class Strategy {
    /** One finished job: its point and objective (larger is better), or {@code null} without one. */
    static final class Observation {
        final double[] point;
        final Double target;

        Observation(double[] point, Double target) {
            this.point = point;
            this.target = target;
        }
    }

    final SearchSpace space;
    final Random random;

    Strategy(SearchSpace space, Random random) {
        this.space = space;
        this.random = random;
    }

    static Strategy of(String name, SearchSpace space, Random random) {
        switch (name) {
            case "Grid":
                return new Grid(space, random);
            case "Random":
            case "Hyperband":
                return new RandomSearch(space, random);
            default:
                return new Bayesian(space, random);
        }
    }

    /**
     * The next point.
     *
     * @param done    the finished jobs
     * @param pending the points of running jobs
     * @return the point, or {@code null} when the strategy has nothing left to try
     */
    abstract double[] propose(List<Observation> done, List<double[]> pending);

    Set<String> seen(List<Observation> done, List<double[]> pending) {
        Set<String> seen = new HashSet<>();
        done.forEach(o -> seen.add(space.key(o.point)));
        pending.forEach(p -> seen.add(space.key(p)));
        return seen;
    }

    /** A random point not yet tried, where there is one in a few hundred draws. */
    double[] randomUnseen(Set<String> seen) {
        double[] p = space.random(random);
        for (int i = 0; i < 500 && seen.contains(space.key(p)); i++) {
            p = space.random(random);
        }
        return p;
    }

    /** Every categorical combination once, in order. */
    static final class Grid extends Strategy {
        private final Iterator<double[]> points;

        Grid(SearchSpace space, Random random) {
            super(space, random);
            this.points = space.grid().iterator();
        }

        @Override
        double[] propose(List<Observation> done, List<double[]> pending) {
            return points.hasNext() ? points.next() : null;
        }
    }

    /** Uniform draws in the scaled space (so a logarithmic range is drawn log-uniformly). */
    static final class RandomSearch extends Strategy {
        RandomSearch(SearchSpace space, Random random) {
            super(space, random);
        }

        @Override
        double[] propose(List<Observation> done, List<double[]> pending) {
            return randomUnseen(seen(done, pending));
        }
    }

    /**
     * Bayesian optimisation: random starts, then the point of largest expected improvement under a Gaussian process
     * fitted to the finished jobs, with each running job's point taken at the process's mean there (so parallel
     * proposals spread out and no running point is proposed again).
     */
    static final class Bayesian extends Strategy {
        private static final int CANDIDATES = 1500;
        private static final int LOCAL_CANDIDATES = 300;

        Bayesian(SearchSpace space, Random random) {
            super(space, random);
        }

        int randomStarts() {
            return Math.max(3, Math.min(6, space.dims().size() + 1));
        }

        @Override
        double[] propose(List<Observation> done, List<double[]> pending) {
            Set<String> seen = seen(done, pending);
            List<Observation> scored = new ArrayList<>();
            for (Observation o : done) {
                if (o.target != null && Double.isFinite(o.target)) {
                    scored.add(o);
                }
            }
            if (scored.size() < randomStarts()) {
                return randomUnseen(seen);
            }
            List<double[]> features = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            double best = Double.NEGATIVE_INFINITY;
            for (Observation o : scored) {
                features.add(space.features(o.point));
                targets.add(o.target);
                best = Math.max(best, o.target);
            }
            if (!pending.isEmpty()) {
                GaussianProcess observed = GaussianProcess.fit(features, targets);
                for (double[] p : pending) {
                    double[] f = space.features(p);
                    targets.add(observed.predict(f)[0]);
                    features.add(f);
                }
            }
            GaussianProcess gp = GaussianProcess.fit(features, targets);
            List<double[]> candidates = new ArrayList<>();
            for (int i = 0; i < CANDIDATES; i++) {
                candidates.add(space.random(random));
            }
            scored.sort((a, b) -> Double.compare(b.target, a.target));
            for (int i = 0; i < LOCAL_CANDIDATES; i++) {
                double[] around = scored.get(i % Math.min(3, scored.size())).point.clone();
                double width = i % 2 == 0 ? 0.05 : 0.15;
                for (int d = 0; d < around.length; d++) {
                    SearchSpace.Dim dim = space.dims().get(d);
                    if (dim.kind == SearchSpace.Kind.CATEGORICAL) {
                        if (random.nextDouble() < 0.2) {
                            around[d] = random.nextInt(dim.values.size());
                        }
                    } else {
                        around[d] = around[d] + width * random.nextGaussian();
                    }
                }
                candidates.add(space.snap(around));
            }
            double[] chosen = null;
            double bestEi = Double.NEGATIVE_INFINITY;
            for (double[] c : candidates) {
                if (seen.contains(space.key(c))) {
                    continue;
                }
                double ei = gp.expectedImprovement(space.features(c), best);
                if (ei > bestEi) {
                    bestEi = ei;
                    chosen = c;
                }
            }
            return chosen != null ? chosen : randomUnseen(seen);
        }
    }
}
