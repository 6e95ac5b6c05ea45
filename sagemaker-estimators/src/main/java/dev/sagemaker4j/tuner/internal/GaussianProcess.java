/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * A Gaussian-process regression over the scaled search space: a Matérn 5/2 kernel on standardised targets, its
 * length scale and noise chosen by the log marginal likelihood over a small grid; then, with enough points, one
 * length scale per dimension (automatic relevance determination) by coordinate ascent over the same grid on the
 * marginal likelihood with a log-normal prior around the shared length scale (maximum a posteriori). Posterior mean
 * and deviation feed expected improvement. The linear algebra is commons-math3's Cholesky decomposition.
 */
final class GaussianProcess {
    private static final double[] LENGTH_SCALES = {0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.5};
    private static final double[] NOISES = {1e-6, 1e-4, 1e-2, 1e-1};
    /** Each dimension gets its own length scale once there are this many points per feature dimension. */
    static final int ARD_MIN_POINTS_PER_DIMENSION = 2;
    /** The spread of the length scales' prior around the shared one, in natural log units. */
    static final double ARD_PRIOR_SIGMA = 1.0;
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private final double[][] x;
    private final double mean;
    private final double scale;
    private final double[] lengthScales;
    private final DecompositionSolver solver;
    private final RealVector alpha;

    private GaussianProcess(double[][] x, double mean, double scale, double[] lengthScales, DecompositionSolver solver,
            RealVector alpha) {
        this.x = x;
        this.mean = mean;
        this.scale = scale;
        this.lengthScales = lengthScales;
        this.solver = solver;
        this.alpha = alpha;
    }

    /** Fits the process to feature rows and their targets (larger is better). */
    static GaussianProcess fit(List<double[]> features, List<Double> targets) {
        int n = features.size();
        double[][] x = features.toArray(new double[0][]);
        double mean = targets.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double var = targets.stream().mapToDouble(t -> (t - mean) * (t - mean)).sum() / Math.max(1, n);
        double scale = var > 1e-300 ? Math.sqrt(var) : 1;
        RealVector y = new ArrayRealVector(n);
        for (int i = 0; i < n; i++) {
            y.setEntry(i, (targets.get(i) - mean) / scale);
        }
        int d = n == 0 ? 0 : x[0].length;
        GaussianProcess best = null;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        double bestNoise = NOISES[0];
        // one length scale for every dimension first, over the grid
        for (double l : LENGTH_SCALES) {
            double[] ls = new double[d];
            java.util.Arrays.fill(ls, l);
            for (double noise : NOISES) {
                Fit fit = fit(x, y, ls, noise);
                if (fit != null && fit.likelihood > bestLikelihood) {
                    bestLikelihood = fit.likelihood;
                    bestNoise = noise;
                    best = new GaussianProcess(x, mean, scale, ls, fit.solver, fit.alpha);
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no kernel fitted " + n + " points");
        }
        if (n >= ARD_MIN_POINTS_PER_DIMENSION * d) {
            // then each dimension's own (automatic relevance determination): coordinate ascent over the grid
            double[] ls = best.lengthScales.clone();
            double iso = ls[0];
            double bestPosterior = bestLikelihood;
            for (int sweep = 0; sweep < 2; sweep++) {
                boolean improved = false;
                for (int j = 0; j < d; j++) {
                    double keep = ls[j];
                    for (double l : LENGTH_SCALES) {
                        if (l == keep) {
                            continue;
                        }
                        ls[j] = l;
                        Fit fit = fit(x, y, ls, bestNoise);
                        double posterior = fit == null ? Double.NEGATIVE_INFINITY : fit.likelihood - prior(ls, iso);
                        if (posterior > bestPosterior + 1e-9) {
                            bestPosterior = posterior;
                            keep = l;
                            improved = true;
                            best = new GaussianProcess(x, mean, scale, ls.clone(), fit.solver, fit.alpha);
                        }
                    }
                    ls[j] = keep;
                }
                if (!improved) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The negative log of the log-normal prior (standard deviation {@value #ARD_PRIOR_SIGMA} in natural log units)
     * that keeps each dimension's length scale near the shared one unless the data say otherwise: without it the
     * marginal likelihood of 10-20 points readily switches a dimension off.
     */
    static double prior(double[] ls, double shared) {
        double p = 0;
        for (double l : ls) {
            double z = Math.log(l / shared) / ARD_PRIOR_SIGMA;
            p += 0.5 * z * z;
        }
        return p;
    }

    /** A Cholesky fit and its log marginal likelihood (up to a constant). */
    private static final class Fit {
        final DecompositionSolver solver;
        final RealVector alpha;
        final double likelihood;

        Fit(DecompositionSolver solver, RealVector alpha, double likelihood) {
            this.solver = solver;
            this.alpha = alpha;
            this.likelihood = likelihood;
        }
    }

    private static Fit fit(double[][] x, RealVector y, double[] ls, double noise) {
        int n = x.length;
        RealMatrix k = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double v = kernel(x[i], x[j], ls) + (i == j ? noise : 0);
                k.setEntry(i, j, v);
                k.setEntry(j, i, v);
            }
        }
        CholeskyDecomposition chol;
        try {
            chol = new CholeskyDecomposition(k, 1e-9, 1e-12);
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear
                .NonSymmetricMatrixException e) {
            return null;
        }
        DecompositionSolver solver = chol.getSolver();
        RealVector alpha = solver.solve(y);
        double logDet = 0;
        RealMatrix lower = chol.getL();
        for (int i = 0; i < n; i++) {
            logDet += 2 * Math.log(lower.getEntry(i, i));
        }
        return new Fit(solver, alpha, -0.5 * y.dotProduct(alpha) - 0.5 * logDet);
    }

    static double kernel(double[] a, double[] b, double[] lengthScales) {
        double d2 = 0;
        for (int i = 0; i < a.length; i++) {
            double d = (a[i] - b[i]) / lengthScales[i];
            d2 += d * d;
        }
        double r = Math.sqrt(5 * d2);
        return (1 + r + r * r / 3) * Math.exp(-r);
    }

    /** The posterior mean and standard deviation at a point, in the targets' units. */
    double[] predict(double[] point) {
        RealVector k = new ArrayRealVector(x.length);
        for (int i = 0; i < x.length; i++) {
            k.setEntry(i, kernel(point, x[i], lengthScales));
        }
        double mu = k.dotProduct(alpha);
        double var = Math.max(1e-12, 1 - k.dotProduct(solver.solve(k)));
        return new double[] {mean + scale * mu, scale * Math.sqrt(var)};
    }

    /** Expected improvement over {@code best} (larger targets are better). */
    double expectedImprovement(double[] point, double best) {
        double[] p = predict(point);
        return expectedImprovement(p[0], p[1], best, 0.01 * scale);
    }

    /** The scale of the targets the process was fitted to (their standard deviation, or 1). */
    double scale() {
        return scale;
    }

    /** Expected improvement over {@code best} of a normal with mean {@code mu} and deviation {@code sigma}. */
    static double expectedImprovement(double mu, double sigma, double best, double margin) {
        double s = Math.max(sigma, 1e-12);
        double improvement = mu - best - margin;
        double z = improvement / s;
        return improvement * NORMAL.cumulativeProbability(z) + s * NORMAL.density(z);
    }
}
