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
 * length scale and noise chosen by the log marginal likelihood over a small grid. Posterior mean and deviation
 * feed expected improvement. The linear algebra is commons-math3's Cholesky decomposition.
 */
final class GaussianProcess {
    private static final double[] LENGTH_SCALES = {0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5, 2.5};
    private static final double[] NOISES = {1e-6, 1e-4, 1e-2, 1e-1};
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private final double[][] x;
    private final double mean;
    private final double scale;
    private final double lengthScale;
    private final DecompositionSolver solver;
    private final RealVector alpha;

    private GaussianProcess(double[][] x, double mean, double scale, double lengthScale, DecompositionSolver solver,
            RealVector alpha) {
        this.x = x;
        this.mean = mean;
        this.scale = scale;
        this.lengthScale = lengthScale;
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
        GaussianProcess best = null;
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double l : LENGTH_SCALES) {
            for (double noise : NOISES) {
                RealMatrix k = new Array2DRowRealMatrix(n, n);
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        double v = kernel(x[i], x[j], l) + (i == j ? noise : 0);
                        k.setEntry(i, j, v);
                        k.setEntry(j, i, v);
                    }
                }
                CholeskyDecomposition chol;
                try {
                    chol = new CholeskyDecomposition(k, 1e-9, 1e-12);
                } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear
                        .NonSymmetricMatrixException e) {
                    continue;
                }
                DecompositionSolver solver = chol.getSolver();
                RealVector alpha = solver.solve(y);
                double logDet = 0;
                RealMatrix lower = chol.getL();
                for (int i = 0; i < n; i++) {
                    logDet += 2 * Math.log(lower.getEntry(i, i));
                }
                double likelihood = -0.5 * y.dotProduct(alpha) - 0.5 * logDet;
                if (likelihood > bestLikelihood) {
                    bestLikelihood = likelihood;
                    best = new GaussianProcess(x, mean, scale, l, solver, alpha);
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no kernel fitted " + n + " points");
        }
        return best;
    }

    static double kernel(double[] a, double[] b, double lengthScale) {
        double d2 = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            d2 += d * d;
        }
        double r = Math.sqrt(5 * d2) / lengthScale;
        return (1 + r + r * r / 3) * Math.exp(-r);
    }

    /** The posterior mean and standard deviation at a point, in the targets' units. */
    double[] predict(double[] point) {
        RealVector k = new ArrayRealVector(x.length);
        for (int i = 0; i < x.length; i++) {
            k.setEntry(i, kernel(point, x[i], lengthScale));
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
