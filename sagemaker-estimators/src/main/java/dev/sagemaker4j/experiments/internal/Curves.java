/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The graphs Python's {@code Run} computes with scikit-learn, computed the same way: {@code confusion_matrix},
 * {@code precision_recall_curve} with {@code average_precision_score}, and {@code roc_curve} (with
 * {@code drop_intermediate=True}) with {@code auc}. Not public API.
 */
public final class Curves {
    private Curves() {
    }

    /** A precision-recall curve: precision and recall from full recall down to 0, and the average precision. */
    public static final class PrecisionRecall {
        /** The precision at each threshold, then 1. */
        public final double[] precision;
        /** The recall at each threshold, then 0. */
        public final double[] recall;
        /** The average precision. */
        public final double averagePrecision;

        PrecisionRecall(double[] precision, double[] recall, double averagePrecision) {
            this.precision = precision;
            this.recall = recall;
            this.averagePrecision = averagePrecision;
        }
    }

    /** A ROC curve and its area. */
    public static final class Roc {
        /** False positive rates. */
        public final double[] fpr;
        /** True positive rates. */
        public final double[] tpr;
        /** The area under the curve. */
        public final double auc;

        Roc(double[] fpr, double[] tpr, double auc) {
            this.fpr = fpr;
            this.tpr = tpr;
            this.auc = auc;
        }
    }

    /**
     * The confusion matrix over the sorted union of the labels: rows true, columns predicted.
     *
     * @param yTrue the true labels
     * @param yPred the predicted labels
     * @return the counts
     */
    public static long[][] confusionMatrix(List<?> yTrue, List<?> yPred) {
        TreeSet<Object> labels = new TreeSet<>(Curves::compareLabels);
        labels.addAll(yTrue);
        labels.addAll(yPred);
        Map<Object, Integer> index = new TreeMap<>(Curves::compareLabels);
        for (Object l : labels) {
            index.put(l, index.size());
        }
        long[][] m = new long[labels.size()][labels.size()];
        for (int i = 0; i < yTrue.size(); i++) {
            m[index.get(yTrue.get(i))][index.get(yPred.get(i))]++;
        }
        return m;
    }

    private static int compareLabels(Object a, Object b) {
        Objects.requireNonNull(a, "label");
        Objects.requireNonNull(b, "label");
        if (a instanceof Number && b instanceof Number) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        if (a instanceof Number != b instanceof Number) {
            throw new ValidationException("yTrue", a + ", " + b, "mixes numeric and text labels",
                    "use labels of one kind, as scikit-learn requires");
        }
        return a.toString().compareTo(b.toString());
    }

    /**
     * The labels as 1 (positive) and 0, as scikit-learn reads {@code pos_label}: where none is given, labels must
     * be {0, 1} or {-1, 1} and 1 is positive.
     *
     * @param yTrue         the labels
     * @param positiveLabel the positive label, or {@code null}
     * @return 1 or 0 per label
     */
    public static int[] binary(List<?> yTrue, Object positiveLabel) {
        int[] out = new int[yTrue.size()];
        for (int i = 0; i < out.length; i++) {
            Object y = yTrue.get(i);
            if (positiveLabel == null) {
                if (!(y instanceof Number)) {
                    throw new ValidationException("positiveLabel", null, "is required: the labels are not {0, 1} or"
                            + " {-1, 1}", "name the positive label, e.g. o -> o.positiveLabel(\"yes\")");
                }
                double d = ((Number) y).doubleValue();
                if (d != 0 && d != 1 && d != -1) {
                    throw new ValidationException("positiveLabel", null, "is required: the labels are not {0, 1}"
                            + " or {-1, 1} (got " + y + ")", "name the positive label");
                }
                out[i] = d == 1 ? 1 : 0;
            } else {
                out[i] = compareLabels(y, positiveLabel) == 0 ? 1 : 0;
            }
        }
        return out;
    }

    /**
     * The numbers as doubles.
     *
     * @param values the numbers
     * @return the doubles
     */
    public static double[] doubles(List<? extends Number> values) {
        double[] out = new double[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).doubleValue();
        }
        return out;
    }

    /** scikit-learn's _binary_clf_curve: false and true positives per distinct threshold, highest first. */
    private static double[][] binaryClfCurve(int[] y, double[] score) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // numpy: argsort(score, kind="mergesort")[::-1] — a stable ascending sort, reversed
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        List<Integer> desc = new ArrayList<>(Arrays.asList(order));
        java.util.Collections.reverse(desc);
        List<double[]> points = new ArrayList<>();
        double tps = 0;
        for (int k = 0; k < desc.size(); k++) {
            tps += y[desc.get(k)];
            boolean last = k == desc.size() - 1;
            if (last || score[desc.get(k + 1)] != score[desc.get(k)]) {
                points.add(new double[] {1 + k - tps, tps, score[desc.get(k)]});
            }
        }
        double[][] out = new double[3][points.size()];
        for (int i = 0; i < points.size(); i++) {
            out[0][i] = points.get(i)[0];
            out[1][i] = points.get(i)[1];
            out[2][i] = points.get(i)[2];
        }
        return out;
    }

    /**
     * scikit-learn's {@code precision_recall_curve} and {@code average_precision_score}.
     *
     * @param y     1 for positive
     * @param score the probabilities
     * @return the curve
     */
    public static PrecisionRecall precisionRecall(int[] y, double[] score) {
        double[][] c = binaryClfCurve(y, score);
        double[] fps = c[0];
        double[] tps = c[1];
        int n = tps.length;
        double total = n == 0 ? 0 : tps[n - 1];
        double[] precision = new double[n + 1];
        double[] recall = new double[n + 1];
        for (int i = 0; i < n; i++) {
            int j = n - 1 - i;
            double ps = tps[j] + fps[j];
            precision[i] = ps == 0 ? 0 : tps[j] / ps;
            recall[i] = total == 0 ? 1 : tps[j] / total;
        }
        precision[n] = 1;
        recall[n] = 0;
        double ap = 0;
        for (int i = 0; i < n; i++) {
            ap -= (recall[i + 1] - recall[i]) * precision[i];
        }
        return new PrecisionRecall(precision, recall, ap);
    }

    /**
     * scikit-learn's {@code roc_curve} ({@code drop_intermediate=True}) and {@code auc}.
     *
     * @param y     1 for positive
     * @param score the scores
     * @return the curve
     */
    public static Roc roc(int[] y, double[] score) {
        double[][] c = binaryClfCurve(y, score);
        double[] fps = c[0];
        double[] tps = c[1];
        List<Integer> keep = new ArrayList<>();
        if (fps.length > 2) {
            keep.add(0);
            for (int i = 1; i < fps.length - 1; i++) {
                double d2f = fps[i + 1] - 2 * fps[i] + fps[i - 1];
                double d2t = tps[i + 1] - 2 * tps[i] + tps[i - 1];
                if (d2f != 0 || d2t != 0) {
                    keep.add(i);
                }
            }
            keep.add(fps.length - 1);
        } else {
            for (int i = 0; i < fps.length; i++) {
                keep.add(i);
            }
        }
        int n = keep.size() + 1;
        double[] fpr = new double[n];
        double[] tpr = new double[n];
        double lastF = fps.length == 0 ? 0 : fps[fps.length - 1];
        double lastT = tps.length == 0 ? 0 : tps[tps.length - 1];
        for (int i = 1; i < n; i++) {
            int k = keep.get(i - 1);
            fpr[i] = lastF == 0 ? Double.NaN : fps[k] / lastF;
            tpr[i] = lastT == 0 ? Double.NaN : tps[k] / lastT;
        }
        double area = 0;
        for (int i = 1; i < n; i++) {
            area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
        }
        return new Roc(fpr, tpr, area);
    }
}
