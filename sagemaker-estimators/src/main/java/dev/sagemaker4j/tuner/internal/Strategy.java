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
     *
     * <p>With a TransferLearning prior ({@link #transferPrior(List)}), the parents' jobs are not observations of
     * this tuning job (their data or algorithm may differ): a first process fitted to them gives the prior mean
     * {@code m(x)}, and the process of this job models only the residuals {@code y - m(x)} of its own jobs. The
     * proposal maximises expected improvement under {@code m(x) + r(x)}, the residual process's deviation the
     * uncertainty, so the parents steer the search where this job has no data and the job's own results override
     * them where it has. There are no random starts: before its first own result the proposal is the prior's best
     * expected improvement over the parents' best. IdenticalDataAndAlgorithm warm starts, where the parents'
     * results are results of the same problem, pass them as observations instead.
     */
    static final class Bayesian extends Strategy {
        private static final int CANDIDATES = 1500;
        private static final int LOCAL_CANDIDATES = 300;
        private GaussianProcess prior;
        private List<Observation> priorPoints = List.of();
        private double priorBest = Double.NEGATIVE_INFINITY;

        Bayesian(SearchSpace space, Random random) {
            super(space, random);
        }

        /** Sets the parents' observations (targets larger is better) as the prior mean; none: no prior. */
        void transferPrior(List<Observation> parents) {
            List<double[]> features = new ArrayList<>();
            List<Double> targets = new ArrayList<>();
            List<Observation> kept = new ArrayList<>();
            for (Observation o : parents) {
                if (o.target != null && Double.isFinite(o.target)) {
                    features.add(space.features(o.point));
                    targets.add(o.target);
                    kept.add(o);
                    priorBest = Math.max(priorBest, o.target);
                }
            }
            if (kept.size() >= 2) {
                prior = GaussianProcess.fit(features, targets);
                priorPoints = kept;
            }
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
            if (prior != null) {
                return proposeWithPrior(scored, pending, seen);
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
            double[] chosen = null;
            double bestEi = Double.NEGATIVE_INFINITY;
            for (double[] c : candidates(scored)) {
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

        private double[] proposeWithPrior(List<Observation> scored, List<double[]> pending, Set<String> seen) {
            List<Observation> around = new ArrayList<>(priorPoints);
            around.addAll(scored);
            List<double[]> candidates = candidates(around);
            double[] chosen = null;
            double bestEi = Double.NEGATIVE_INFINITY;
            if (scored.size() < 2) {
                // no residual model yet: the prior alone, over the best of the parents and of this job
                double best = priorBest;
                for (Observation o : scored) {
                    best = Math.max(best, o.target);
                }
                for (double[] c : candidates) {
                    if (seen.contains(space.key(c))) {
                        continue;
                    }
                    double ei = prior.expectedImprovement(space.features(c), best);
                    if (ei > bestEi) {
                        bestEi = ei;
                        chosen = c;
                    }
                }
                return chosen != null ? chosen : randomUnseen(seen);
            }
            List<double[]> features = new ArrayList<>();
            List<Double> residuals = new ArrayList<>();
            double best = Double.NEGATIVE_INFINITY;
            for (Observation o : scored) {
                double[] f = space.features(o.point);
                features.add(f);
                residuals.add(o.target - prior.predict(f)[0]);
                best = Math.max(best, o.target);
            }
            if (!pending.isEmpty()) {
                GaussianProcess observed = GaussianProcess.fit(features, residuals);
                for (double[] p : pending) {
                    double[] f = space.features(p);
                    residuals.add(observed.predict(f)[0]);
                    features.add(f);
                }
            }
            GaussianProcess residual = GaussianProcess.fit(features, residuals);
            for (double[] c : candidates) {
                if (seen.contains(space.key(c))) {
                    continue;
                }
                double[] f = space.features(c);
                double[] r = residual.predict(f);
                double mu = prior.predict(f)[0] + r[0];
                double ei = GaussianProcess.expectedImprovement(mu, r[1], best, 0.01 * prior.scale());
                if (ei > bestEi) {
                    bestEi = ei;
                    chosen = c;
                }
            }
            return chosen != null ? chosen : randomUnseen(seen);
        }

        /** Random points, and points around the three best of {@code scored}. */
        private List<double[]> candidates(List<Observation> scored) {
            List<double[]> candidates = new ArrayList<>();
            for (int i = 0; i < CANDIDATES; i++) {
                candidates.add(space.random(random));
            }
            if (scored.isEmpty()) {
                return candidates;
            }
            List<Observation> sorted = new ArrayList<>(scored);
            sorted.sort((a, b) -> Double.compare(b.target, a.target));
            for (int i = 0; i < LOCAL_CANDIDATES; i++) {
                double[] around = sorted.get(i % Math.min(3, sorted.size())).point.clone();
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
            return candidates;
        }
    }
}
