/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.pca;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The principal components of a matrix, as SageMaker's PCA computes them in its two modes: {@code regular} (the
 * exact decomposition of the {@code d x d} scatter matrix, accumulated a mini-batch at a time) and {@code
 * randomized} (Halko, Martinsson and Tropp's randomized range finder with {@code num_components +
 * extra_components} columns and two power iterations, then the SVD of the small projected matrix). Components
 * come in descending order of their singular values, each signed so that its largest entry is positive.
 */
public final class Pca {
    private static final int POWER_ITERATIONS = 2;

    private Pca() {
    }

    /**
     * Fits PCA.
     *
     * @param rows            the data, one record a row (not changed)
     * @param numComponents   the components to keep
     * @param subtractMean    whether to centre the data
     * @param randomized      whether to use the randomized mode
     * @param extraComponents the oversampling of randomized mode; -1 for {@code max(10, numComponents)}
     * @param miniBatchSize   the rows accumulated at a time in regular mode
     * @param seed            the seed of randomized mode
     * @return the model
     */
    public static PcaModel fit(double[][] rows, int numComponents, boolean subtractMean, boolean randomized,
                               int extraComponents, int miniBatchSize, long seed) {
        int d = rows[0].length;
        double[] flat = new double[Math.multiplyExact(rows.length, d)];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * d, d);
        }
        return fit(flat, rows.length, d, numComponents, subtractMean, randomized, extraComponents, miniBatchSize,
                seed);
    }

    /**
     * Fits PCA on rows stored one after the other (how a training job reads them, without an array per row).
     *
     * @param data            {@code n * d} values, row {@code r} at {@code r * d} (not changed)
     * @param n               the rows
     * @param d               the features of a row
     * @param numComponents   the components to keep
     * @param subtractMean    whether to centre the data
     * @param randomized      whether to use the randomized mode
     * @param extraComponents the oversampling of randomized mode; -1 for {@code max(10, numComponents)}
     * @param miniBatchSize   the rows accumulated at a time in regular mode
     * @param seed            the seed of randomized mode
     * @return the model
     */
    public static PcaModel fit(double[] data, int n, int d, int numComponents, boolean subtractMean,
                               boolean randomized, int extraComponents, int miniBatchSize, long seed) {
        double[] mean = new double[d];
        if (subtractMean) {
            for (int r = 0; r < n; r++) {
                int base = r * d;
                for (int j = 0; j < d; j++) {
                    mean[j] += data[base + j];
                }
            }
            for (int j = 0; j < d; j++) {
                mean[j] /= n;
            }
        }
        DMatrixRMaj vt;     // rows: right singular vectors, descending
        double[] singular;
        if (!randomized) {
            DMatrixRMaj scatter = new DMatrixRMaj(d, d);
            int batch = Math.max(1, miniBatchSize);
            for (int start = 0; start < n; start += batch) {
                int end = Math.min(n, start + batch);
                DMatrixRMaj x = centred(data, d, mean, start, end);
                CommonOps_DDRM.multAddTransA(x, x, scatter);
            }
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(d, d, false, true, true);
            if (!svd.decompose(scatter)) {
                throw new IllegalStateException("the decomposition of the scatter matrix did not converge");
            }
            DMatrixRMaj w = svd.getW(null);
            vt = svd.getV(null, true);
            SingularOps_DDRM.descendingOrder(null, false, w, vt, true);
            singular = new double[d];
            for (int i = 0; i < d; i++) {
                singular[i] = Math.sqrt(Math.max(0, w.get(i, i)));
            }
        } else {
            int extra = extraComponents < 0 ? Math.max(10, numComponents) : extraComponents;
            int l = Math.min(Math.min(d, n), numComponents + extra);
            DMatrixRMaj x = centred(data, d, mean, 0, n);
            Random random = new Random(seed);
            DMatrixRMaj omega = new DMatrixRMaj(d, l);
            for (int i = 0; i < omega.data.length; i++) {
                omega.data[i] = random.nextGaussian();
            }
            DMatrixRMaj q = orthonormal(mult(x, omega));
            for (int it = 0; it < POWER_ITERATIONS; it++) {
                DMatrixRMaj z = orthonormal(multTransA(x, q));
                q = orthonormal(mult(x, z));
            }
            DMatrixRMaj b = multTransA(q, x);   // l x d
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(b.numRows, b.numCols,
                    false, true, true);
            if (!svd.decompose(b)) {
                throw new IllegalStateException("the decomposition of the projected matrix did not converge");
            }
            DMatrixRMaj w = svd.getW(null);
            vt = svd.getV(null, true);
            SingularOps_DDRM.descendingOrder(null, false, w, vt, true);
            singular = new double[w.numRows];
            for (int i = 0; i < w.numRows; i++) {
                singular[i] = w.get(i, i);
            }
        }
        int k = Math.min(numComponents, vt.numRows);
        double[][] components = new double[k][d];
        double[] kept = new double[k];
        for (int c = 0; c < k; c++) {
            int largest = 0;
            for (int j = 0; j < d; j++) {
                components[c][j] = vt.get(c, j);
                if (Math.abs(components[c][j]) > Math.abs(components[c][largest])) {
                    largest = j;
                }
            }
            if (components[c][largest] < 0) {
                for (int j = 0; j < d; j++) {
                    components[c][j] = -components[c][j];
                }
            }
            kept[c] = singular[c];
        }
        return new PcaModel(d, subtractMean, mean, components, kept);
    }

    private static DMatrixRMaj centred(double[] data, int d, double[] mean, int start, int end) {
        DMatrixRMaj x = new DMatrixRMaj(end - start, d);
        double[] out = x.data;
        int o = 0;
        for (int i = start * d; i < end * d; i += d) {
            for (int j = 0; j < d; j++) {
                out[o++] = data[i + j] - mean[j];
            }
        }
        return x;
    }

    private static DMatrixRMaj mult(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, b.numCols);
        CommonOps_DDRM.mult(a, b, c);
        return c;
    }

    private static DMatrixRMaj multTransA(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numCols, b.numCols);
        CommonOps_DDRM.multTransA(a, b, c);
        return c;
    }

    private static DMatrixRMaj orthonormal(DMatrixRMaj y) {
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(y.numRows, y.numCols);
        if (!qr.decompose(y.copy())) {
            throw new IllegalStateException("the QR decomposition failed");
        }
        return qr.getQ(null, true);
    }
}
