/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.evaluation;

import dev.sagemaker4j.analytics.internal.Charts;
import dev.sagemaker4j.exceptions.ValidationException;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * How well scores separate a binary label: the confusion matrix at a threshold, accuracy,
 * precision, recall and F1, and, over every threshold, the ROC curve and its area (AUC) — the
 * numbers of scikit-learn's {@code confusion_matrix}, {@code precision_recall_fscore_support},
 * {@code roc_curve} and {@code roc_auc_score}. A record is predicted positive when its score is at
 * least the threshold. Immutable; needs no closing.
 *
 * <pre>{@code
 * float[] labels = {0, 0, 1, 1};
 * float[] scores = {0.1f, 0.4f, 0.35f, 0.8f};
 * ClassificationEvaluation e = ClassificationEvaluation.of(labels, scores, 0.5);
 * e.auc();                                   // 0.75
 * e.confusionMatrix();                       // {{2, 0}, {1, 1}}: rows actual 0/1, columns predicted 0/1
 * e.plot(Path.of("report"));                 // confusion-matrix.png, roc-curve.png, evaluation.html
 * }</pre>
 */
public final class ClassificationEvaluation {
    private final int count;
    private final double threshold;
    private final long truePositives;
    private final long falsePositives;
    private final long trueNegatives;
    private final long falseNegatives;
    private final double[] falsePositiveRates;
    private final double[] truePositiveRates;
    private final double[] thresholds;
    private final double auc;

    private ClassificationEvaluation(double[] labels, double[] scores, double threshold) {
        this.count = labels.length;
        this.threshold = threshold;
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean actual = labels[i] == 1;
            boolean predicted = scores[i] >= threshold;
            if (actual && predicted) {
                tp++;
            } else if (actual) {
                fn++;
            } else if (predicted) {
                fp++;
            } else {
                tn++;
            }
        }
        this.truePositives = tp;
        this.falsePositives = fp;
        this.trueNegatives = tn;
        this.falseNegatives = fn;

        // ROC: lower the threshold through each distinct score, highest first; tied scores move together
        Integer[] order = new Integer[labels.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        long positives = tp + fn;
        long negatives = fp + tn;
        List<double[]> curve = new ArrayList<>();
        curve.add(new double[] {0, 0, Double.POSITIVE_INFINITY});
        long cumulativeTp = 0;
        long cumulativeFp = 0;
        double area = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (labels[i] == 1) {
                cumulativeTp++;
            } else {
                cumulativeFp++;
            }
            if (k == order.length - 1 || scores[order[k + 1]] != scores[i]) {
                double fpr = negatives == 0 ? 0 : (double) cumulativeFp / negatives;
                double tpr = positives == 0 ? 0 : (double) cumulativeTp / positives;
                double[] previous = curve.get(curve.size() - 1);
                area += (fpr - previous[0]) * (tpr + previous[1]) / 2;
                curve.add(new double[] {fpr, tpr, scores[i]});
            }
        }
        this.falsePositiveRates = curve.stream().mapToDouble(p -> p[0]).toArray();
        this.truePositiveRates = curve.stream().mapToDouble(p -> p[1]).toArray();
        this.thresholds = curve.stream().mapToDouble(p -> p[2]).toArray();
        this.auc = positives == 0 || negatives == 0 ? Double.NaN : area;
    }

    /**
     * Evaluates scores against binary labels.
     *
     * @param labels    the true labels, each 0 or 1
     * @param scores    the model's scores (probabilities or margins), one per label
     * @param threshold the score from which a record is predicted positive
     * @return the evaluation
     * @throws ValidationException when the arrays are empty or differ in length, a label is not 0 or
     *                             1, or a score or the threshold is NaN
     */
    public static ClassificationEvaluation of(float[] labels, float[] scores, double threshold) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(scores, "scores");
        double[] l = new double[labels.length];
        double[] s = new double[scores.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels[i];
        }
        for (int i = 0; i < s.length; i++) {
            s[i] = scores[i];
        }
        return of(l, s, threshold);
    }

    /**
     * Evaluates scores against binary labels.
     *
     * @param labels    the true labels, each 0 or 1
     * @param scores    the model's scores (probabilities or margins), one per label
     * @param threshold the score from which a record is predicted positive
     * @return the evaluation
     * @throws ValidationException when the arrays are empty or differ in length, a label is not 0 or
     *                             1, or a score or the threshold is NaN
     */
    public static ClassificationEvaluation of(double[] labels, double[] scores, double threshold) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(scores, "scores");
        if (labels.length == 0) {
            throw new ValidationException("labels", "[]", "is empty", "pass at least one labelled record");
        }
        if (labels.length != scores.length) {
            throw new ValidationException("scores", scores.length + " scores",
                    "differ in number from the " + labels.length + " labels", "pass one score per label");
        }
        if (Double.isNaN(threshold)) {
            throw new ValidationException("threshold", threshold, "is not a number", "pass e.g. 0.5");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new ValidationException("labels[" + i + "]", labels[i], "is not 0 or 1",
                        "pass binary labels (1 for the positive class)");
            }
            if (Double.isNaN(scores[i])) {
                throw new ValidationException("scores[" + i + "]", scores[i], "is not a number",
                        "check the model's output for that record");
            }
        }
        return new ClassificationEvaluation(labels.clone(), scores.clone(), threshold);
    }

    /**
     * The number of records evaluated.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * The threshold of the confusion matrix and the metrics derived from it.
     *
     * @return the threshold
     */
    public double threshold() {
        return threshold;
    }

    /**
     * Positives predicted positive.
     *
     * @return the count
     */
    public long truePositives() {
        return truePositives;
    }

    /**
     * Negatives predicted positive.
     *
     * @return the count
     */
    public long falsePositives() {
        return falsePositives;
    }

    /**
     * Negatives predicted negative.
     *
     * @return the count
     */
    public long trueNegatives() {
        return trueNegatives;
    }

    /**
     * Positives predicted negative.
     *
     * @return the count
     */
    public long falseNegatives() {
        return falseNegatives;
    }

    /**
     * The confusion matrix in scikit-learn's layout: rows are the actual class (0, 1), columns the
     * predicted class (0, 1).
     *
     * @return {@code {{tn, fp}, {fn, tp}}}, a new array on each call
     */
    public long[][] confusionMatrix() {
        return new long[][] {{trueNegatives, falsePositives}, {falseNegatives, truePositives}};
    }

    /**
     * The share of records predicted right.
     *
     * @return (tp + tn) / count
     */
    public double accuracy() {
        return (double) (truePositives + trueNegatives) / count;
    }

    /**
     * The share of predicted positives that are positive.
     *
     * @return tp / (tp + fp), or 0 when nothing is predicted positive (as scikit-learn)
     */
    public double precision() {
        long predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    /**
     * The share of positives predicted positive (sensitivity, true positive rate).
     *
     * @return tp / (tp + fn), or 0 when there are no positives
     */
    public double recall() {
        long actual = truePositives + falseNegatives;
        return actual == 0 ? 0 : (double) truePositives / actual;
    }

    /**
     * The harmonic mean of precision and recall.
     *
     * @return 2pr / (p + r), or 0 when both are 0
     */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * The area under the ROC curve (trapezoids; tied scores count half, as scikit-learn).
     *
     * @return the AUC, or NaN when only one class is present
     */
    public double auc() {
        return auc;
    }

    /**
     * False positive rates of the ROC curve, from (0, 0) at an infinite threshold to (1, 1).
     *
     * @return one rate per distinct score plus the start, a copy
     */
    public double[] falsePositiveRates() {
        return falsePositiveRates.clone();
    }

    /**
     * True positive rates of the ROC curve, aligned with {@link #falsePositiveRates()}.
     *
     * @return the rates, a copy
     */
    public double[] truePositiveRates() {
        return truePositiveRates.clone();
    }

    /**
     * The thresholds of the ROC curve's points, decreasing; the first is infinite.
     *
     * @return the thresholds, a copy
     */
    public double[] thresholds() {
        return thresholds.clone();
    }

    /**
     * The metrics by name: {@code accuracy}, {@code precision}, {@code recall}, {@code f1}, {@code auc}.
     *
     * @return an unmodifiable map in that order
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", accuracy());
        m.put("precision", precision());
        m.put("recall", recall());
        m.put("f1", f1());
        m.put("auc", auc());
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * Draws the confusion matrix as a heat map with the counts in its cells, as PNG.
     *
     * @param file the PNG to write (its folder is created when missing)
     * @return the file
     * @throws dev.sagemaker4j.exceptions.StorageException when the file cannot be written
     */
    public Path plotConfusionMatrix(Path file) {
        Objects.requireNonNull(file, "file");
        return Charts.write(file, Charts.png(confusionMatrixChart()));
    }

    /**
     * Draws the ROC curve with its AUC and the diagonal of a random guess, as PNG.
     *
     * @param file the PNG to write (its folder is created when missing)
     * @return the file
     * @throws dev.sagemaker4j.exceptions.StorageException when the file cannot be written
     */
    public Path plotRocCurve(Path file) {
        Objects.requireNonNull(file, "file");
        return Charts.write(file, Charts.png(rocChart()));
    }

    /**
     * Writes {@code confusion-matrix.png}, {@code roc-curve.png} and {@code evaluation.html} (both
     * charts embedded, with the metrics and the confusion matrix as tables) into a folder. Renders
     * without a display ({@code java.awt.headless} is set to {@code true} unless the JVM set it).
     *
     * @param directory the folder (created when missing)
     * @return the files written, in that order
     * @throws dev.sagemaker4j.exceptions.StorageException when a file cannot be written
     */
    public List<Path> plot(Path directory) {
        Objects.requireNonNull(directory, "directory");
        byte[] matrixPng = Charts.png(confusionMatrixChart());
        byte[] rocPng = Charts.png(rocChart());
        Path matrix = Charts.write(directory.resolve("confusion-matrix.png"), matrixPng);
        Path roc = Charts.write(directory.resolve("roc-curve.png"), rocPng);
        List<List<String>> metricRows = new ArrayList<>();
        metrics().forEach((k, v) -> metricRows.add(List.of(k, Charts.number(v))));
        metricRows.add(List.of("threshold", Charts.number(threshold)));
        metricRows.add(List.of("records", Integer.toString(count)));
        List<List<String>> matrixRows = List.of(
                List.of("actual 0", Long.toString(trueNegatives), Long.toString(falsePositives)),
                List.of("actual 1", Long.toString(falseNegatives), Long.toString(truePositives)));
        List<List<String>> rocRows = new ArrayList<>();
        for (int i = 0; i < thresholds.length; i++) {
            rocRows.add(List.of(Charts.number(thresholds[i]), Charts.number(falsePositiveRates[i]),
                    Charts.number(truePositiveRates[i])));
        }
        Path html = Charts.writeHtml(directory.resolve("evaluation.html"), Charts.html("Classification evaluation",
                List.of(new Charts.Section("Confusion matrix", matrixPng, List.of("", "predicted 0", "predicted 1"),
                                matrixRows),
                        new Charts.Section("ROC curve (AUC " + aucText() + ")", rocPng,
                                List.of("threshold", "false positive rate", "true positive rate"), rocRows),
                        new Charts.Section("Metrics", new byte[0], List.of("metric", "value"), metricRows))));
        return List.of(matrix, roc, html);
    }

    private HeatMapChart confusionMatrixChart() {
        Charts.headless();
        HeatMapChart chart = new HeatMapChartBuilder().width(560).height(480)
                .title(String.format(Locale.ROOT, "Confusion matrix (threshold %s)", Charts.number(threshold)))
                .xAxisTitle("predicted").yAxisTitle("actual").build();
        HeatMapStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendVisible(false);
        styler.setShowValue(true);
        styler.setHeatMapDecimalValueFormatter(v -> Long.toString(Math.round(v)));
        styler.setValueFontColor(Color.BLACK);
        styler.setRangeColors(new Color[] {new Color(0xf7fbff), new Color(0x6baed6), new Color(0x08519c)});
        styler.setMin(0);
        // y index 0 is drawn at the bottom: actual 1 there, actual 0 on top, as the matrix is printed
        List<Number[]> cells = List.of(
                new Number[] {0, 1, trueNegatives}, new Number[] {1, 1, falsePositives},
                new Number[] {0, 0, falseNegatives}, new Number[] {1, 0, truePositives});
        chart.addSeries("confusion matrix", List.of("0", "1"), List.of("1", "0"), cells);
        return chart;
    }

    private XYChart rocChart() {
        XYChart chart = Charts.lineChart("ROC curve (AUC " + aucText() + ")", "false positive rate",
                "true positive rate");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        // the diagonal goes first: XChart puts ticks at the data values when the values, in the order
        // the series hold them, are equally spaced (as a ROC curve's rates are, 1/positives apart);
        // (0, 1) ahead of them breaks that, and the axes get round ticks
        XYSeries diagonal = chart.addSeries("random guess", new double[] {0, 1}, new double[] {0, 1});
        diagonal.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY).setLineStyle(Charts.dashed());
        chart.addSeries("ROC", falsePositiveRates, truePositiveRates)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                .setLineColor(new Color(0x1f77b4));
        return chart;
    }

    private String aucText() {
        return Double.isNaN(auc) ? "n/a" : String.format(Locale.ROOT, "%.4f", auc);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "ClassificationEvaluation{records=%d, threshold=%s, tp=%d, fp=%d, tn=%d, fn=%d, accuracy=%s, "
                        + "precision=%s, recall=%s, f1=%s, auc=%s}", count, Charts.number(threshold), truePositives,
                falsePositives, trueNegatives, falseNegatives, Charts.number(accuracy()), Charts.number(precision()),
                Charts.number(recall()), Charts.number(f1()), Charts.number(auc));
    }
}
