/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * A Java entry point whose "training" evaluates a known optimisation test function at its hyperparameters
 * {@code x0 ... x(d-1)} and logs {@code objective=<value>}: the static hyperparameter {@code function} picks
 * {@code branin} (2 dimensions, minimum 0.397887), {@code hartmann6} (6, minimum -3.32237), {@code rosenbrock4}
 * (4, minimum 0 at (1, 1, 1, 1)) or {@code levy4} (4, minimum 0 at (1, 1, 1, 1)). {@link TuningBenchmark} tunes it.
 */
public final class TestFunctionScript implements TrainingScript {
    private static final double[] H6_ALPHA = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] H6_A = {
        {10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8}, {17, 8, 0.05, 10, 0.1, 14}};
    private static final double[][] H6_P = {
        {1312, 1696, 5569, 124, 8283, 5886}, {2329, 4135, 8307, 3736, 1004, 9991},
        {2348, 1451, 3522, 2883, 3047, 6650}, {4047, 8828, 8732, 5743, 1091, 381}};

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        String function = env.hyperparameters().getOrDefault("function", "branin");
        double[] x = new double[dimensions(function)];
        for (int i = 0; i < x.length; i++) {
            x[i] = env.doubleHyperparameter("x" + i, 0);
        }
        double value = value(function, x);
        env.log("objective=" + value);
        Files.writeString(env.modelDir().resolve("point.txt"), java.util.Arrays.toString(x), StandardCharsets.UTF_8);
    }

    /**
     * The number of dimensions of a function.
     *
     * @param function its name
     * @return its dimensions
     */
    static int dimensions(String function) {
        switch (function) {
            case "branin":
                return 2;
            case "hartmann6":
                return 6;
            case "rosenbrock4":
            case "levy4":
                return 4;
            default:
                throw new IllegalArgumentException("unknown test function " + function);
        }
    }

    /**
     * The function's value.
     *
     * @param function its name
     * @param x        the point
     * @return the value (to minimise)
     */
    static double value(String function, double[] x) {
        switch (function) {
            case "branin": {
                double b = 5.1 / (4 * Math.PI * Math.PI);
                double c = 5 / Math.PI;
                double t = 1 / (8 * Math.PI);
                double u = x[1] - b * x[0] * x[0] + c * x[0] - 6;
                return u * u + 10 * (1 - t) * Math.cos(x[0]) + 10;
            }
            case "hartmann6": {
                double sum = 0;
                for (int i = 0; i < 4; i++) {
                    double inner = 0;
                    for (int j = 0; j < 6; j++) {
                        double d = x[j] - H6_P[i][j] * 1e-4;
                        inner += H6_A[i][j] * d * d;
                    }
                    sum += H6_ALPHA[i] * Math.exp(-inner);
                }
                return -sum;
            }
            case "rosenbrock4": {
                double sum = 0;
                for (int i = 0; i < 3; i++) {
                    double a = x[i + 1] - x[i] * x[i];
                    double b = 1 - x[i];
                    sum += 100 * a * a + b * b;
                }
                return sum;
            }
            case "levy4": {
                int d = x.length;
                double[] w = new double[d];
                for (int i = 0; i < d; i++) {
                    w[i] = 1 + (x[i] - 1) / 4;
                }
                double s = Math.pow(Math.sin(Math.PI * w[0]), 2);
                for (int i = 0; i < d - 1; i++) {
                    s += (w[i] - 1) * (w[i] - 1) * (1 + 10 * Math.pow(Math.sin(Math.PI * w[i] + 1), 2));
                }
                s += (w[d - 1] - 1) * (w[d - 1] - 1) * (1 + Math.pow(Math.sin(2 * Math.PI * w[d - 1]), 2));
                return s;
            }
            default:
                throw new IllegalArgumentException("unknown test function " + function);
        }
    }
}
