/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.evaluation.ClassificationEvaluation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The model-quality statistics.json of the service: {@code version}, {@code dataset} ({@code item_count},
 * {@code evaluation_time}) and one of {@code binary_classification_metrics},
 * {@code multiclass_classification_metrics} or {@code regression_metrics}, each metric
 * {@code {value, standard_deviation}}. As the service does, the standard deviation is that of the metric over
 * five random 80% samples, given from 200 records on and {@code "NaN"} below that (the samples here are drawn with
 * a fixed seed, so a report is reproducible). Binary metrics take the positive class as {@code 1}; the AUC and the
 * ROC curve are {@link ClassificationEvaluation}'s.
 */
final class QualityMetrics {
    static final String BINARY = "BinaryClassification";
    static final String MULTICLASS = "MulticlassClassification";
    static final String REGRESSION = "Regression";
    static final int MIN_RECORDS_FOR_DEVIATION = 200;
    private static final int SAMPLES = 5;
    private static final double SAMPLE_FRACTION = 0.8;

    private QualityMetrics() {
    }

    /** The key of the metrics in statistics.json and the prefix of the constraints' key. */
    static String section(String problemType) {
        switch (problemType) {
            case BINARY:
                return "binary_classification";
            case MULTICLASS:
                return "multiclass_classification";
            case REGRESSION:
                return "regression";
            default:
                throw new Table.ClientError("problem_type " + problemType
                        + " is not Regression, BinaryClassification or MulticlassClassification");
        }
    }

    static ObjectNode statistics(String problemType, QualityObservations obs, double threshold,
            JsonNodeFactory f) {
        ObjectNode doc = f.objectNode();
        doc.put("version", 0.0);
        ObjectNode dataset = doc.putObject("dataset");
        dataset.put("item_count", obs.size());
        dataset.put("evaluation_time", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        String key = section(problemType) + "_metrics";
        switch (problemType) {
            case BINARY:
                doc.set(key, binary(obs, threshold, f));
                break;
            case MULTICLASS:
                doc.set(key, multiclass(obs, f));
                break;
            default:
                doc.set(key, regression(obs, f));
                break;
        }
        return doc;
    }

    // ---- binary ----------------------------------------------------------------------------------------------

    private static ObjectNode binary(QualityObservations obs, double threshold, JsonNodeFactory f) {
        int n = obs.size();
        double[] actual = new double[n];
        double[] predicted = new double[n];
        double[] rawScores = new double[n];
        boolean haveScores = true;
        for (int i = 0; i < n; i++) {
            actual[i] = binaryLabel(obs.actual.get(i), "ground truth", obs.where.get(i));
            String p = obs.probability.get(i);
            double score = p == null ? Double.NaN : number(p, "probability", obs.where.get(i));
            haveScores &= p != null;
            String label = obs.predicted.get(i);
            if (label != null) {
                predicted[i] = binaryLabel(label, "prediction", obs.where.get(i));
            } else if (p != null) {
                predicted[i] = score >= threshold ? 1 : 0;
            } else {
                throw new Table.ClientError("there is neither a prediction nor a probability for " + obs.where.get(i)
                        + ": set inference_attribute or probability_attribute");
            }
            rawScores[i] = score;
        }
        double[] scores = haveScores ? rawScores : predicted;
        ObjectNode m = f.objectNode();
        ObjectNode matrix = m.putObject("confusion_matrix");
        long[][] counts = new long[2][2];
        for (int i = 0; i < n; i++) {
            counts[(int) actual[i]][(int) predicted[i]]++;
        }
        for (int a = 0; a < 2; a++) {
            ObjectNode row = matrix.putObject(Integer.toString(a));
            for (int p = 0; p < 2; p++) {
                row.put(Integer.toString(p), counts[a][p]);
            }
        }
        Map<String, Double> values = binaryValues(actual, predicted, scores);
        Map<String, Double> deviations = deviations(n, idx -> binaryValues(pick(actual, idx), pick(predicted, idx),
                pick(scores, idx)));
        ClassificationEvaluation roc = ClassificationEvaluation.of(actual, scores, threshold);
        List<String> order = List.of("recall", "precision", "accuracy", "recall_best_constant_classifier",
                "precision_best_constant_classifier", "accuracy_best_constant_classifier", "true_positive_rate",
                "true_negative_rate", "false_positive_rate", "false_negative_rate");
        for (String k : order) {
            metric(m, k, values.get(k), deviations.get(k));
        }
        ObjectNode curve = m.putObject("receiver_operating_characteristic_curve");
        array(curve.putArray("false_positive_rates"), roc.falsePositiveRates());
        array(curve.putArray("true_positive_rates"), roc.truePositiveRates());
        double[][] pr = precisionRecall(actual, scores);
        ObjectNode prCurve = m.putObject("precision_recall_curve");
        array(prCurve.putArray("precisions"), pr[0]);
        array(prCurve.putArray("recalls"), pr[1]);
        for (String k : List.of("auc", "f0_5", "f1", "f2", "f0_5_best_constant_classifier",
                "f1_best_constant_classifier", "f2_best_constant_classifier")) {
            metric(m, k, values.get(k), deviations.get(k));
        }
        return m;
    }

    static Map<String, Double> binaryValues(double[] actual, double[] predicted, double[] scores) {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        for (int i = 0; i < actual.length; i++) {
            boolean a = actual[i] == 1;
            boolean p = predicted[i] == 1;
            if (a && p) {
                tp++;
            } else if (a) {
                fn++;
            } else if (p) {
                fp++;
            } else {
                tn++;
            }
        }
        double n = actual.length;
        double recall = ratio(tp, tp + fn);
        double precision = ratio(tp, tp + fp);
        double positives = tp + fn;
        // the service's best constant classifier predicts the positive class for every record
        double recallConstant = positives > 0 ? 1 : 0;
        double precisionConstant = positives / n;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("recall", recall);
        m.put("precision", precision);
        m.put("accuracy", (tp + tn) / n);
        m.put("recall_best_constant_classifier", recallConstant);
        m.put("precision_best_constant_classifier", precisionConstant);
        m.put("accuracy_best_constant_classifier", positives / n);
        m.put("true_positive_rate", recall);
        m.put("true_negative_rate", ratio(tn, tn + fp));
        m.put("false_positive_rate", ratio(fp, fp + tn));
        m.put("false_negative_rate", ratio(fn, fn + tp));
        m.put("auc", ClassificationEvaluation.of(actual, scores, 0.5).auc());
        m.put("f0_5", fBeta(0.5, precision, recall));
        m.put("f1", fBeta(1, precision, recall));
        m.put("f2", fBeta(2, precision, recall));
        m.put("f0_5_best_constant_classifier", fBeta(0.5, precisionConstant, recallConstant));
        m.put("f1_best_constant_classifier", fBeta(1, precisionConstant, recallConstant));
        m.put("f2_best_constant_classifier", fBeta(2, precisionConstant, recallConstant));
        return m;
    }

    /** Precision and recall at each distinct score, highest first, as a precision-recall curve. */
    private static double[][] precisionRecall(double[] actual, double[] scores) {
        Integer[] order = new Integer[actual.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        long positives = Arrays.stream(actual).filter(a -> a == 1).count();
        List<Double> precisions = new ArrayList<>();
        List<Double> recalls = new ArrayList<>();
        long tp = 0;
        long fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (actual[order[k]] == 1) {
                tp++;
            } else {
                fp++;
            }
            if (k == order.length - 1 || scores[order[k + 1]] != scores[order[k]]) {
                precisions.add(ratio(tp, tp + fp));
                recalls.add(ratio(tp, positives));
            }
        }
        return new double[][] {precisions.stream().mapToDouble(Double::doubleValue).toArray(),
            recalls.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    private static double binaryLabel(String text, String what, String where) {
        String s = text == null ? "" : text.trim();
        if (s.equalsIgnoreCase("true")) {
            return 1;
        }
        if (s.equalsIgnoreCase("false")) {
            return 0;
        }
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (v != 0 && v != 1) {
            throw new Table.ClientError("the " + what + " '" + s + "' of " + where + " is not a binary label (0 or 1)"
                    + ("prediction".equals(what) ? "; for probabilities set probability_attribute and"
                            + " probability_threshold_attribute" : ""));
        }
        return v;
    }

    // ---- multiclass ------------------------------------------------------------------------------------------

    private static ObjectNode multiclass(QualityObservations obs, JsonNodeFactory f) {
        int n = obs.size();
        String[] actual = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            actual[i] = classLabel(obs.actual.get(i));
            String p = obs.predicted.get(i);
            if (p == null) {
                throw new Table.ClientError("there is no prediction for " + obs.where.get(i)
                        + ": set inference_attribute");
            }
            predicted[i] = classLabel(p);
        }
        TreeSet<String> classes = new TreeSet<>(QualityMetrics::compareLabels);
        classes.addAll(Arrays.asList(actual));
        classes.addAll(Arrays.asList(predicted));
        Map<String, Map<String, Long>> counts = new TreeMap<>(QualityMetrics::compareLabels);
        for (String a : classes) {
            Map<String, Long> row = new TreeMap<>(QualityMetrics::compareLabels);
            classes.forEach(p -> row.put(p, 0L));
            counts.put(a, row);
        }
        for (int i = 0; i < n; i++) {
            counts.get(actual[i]).merge(predicted[i], 1L, Long::sum);
        }
        ObjectNode m = f.objectNode();
        ObjectNode matrix = m.putObject("confusion_matrix");
        counts.forEach((a, row) -> {
            ObjectNode r = matrix.putObject(a);
            row.forEach(r::put);
        });
        Map<String, Double> values = multiclassValues(actual, predicted);
        Map<String, Double> deviations = deviations(n, idx -> multiclassValues(pick(actual, idx),
                pick(predicted, idx)));
        values.forEach((k, v) -> metric(m, k, v, deviations.get(k)));
        return m;
    }

    static Map<String, Double> multiclassValues(String[] actual, String[] predicted) {
        Map<String, long[]> perClass = new TreeMap<>(QualityMetrics::compareLabels); // support, predicted, tp
        for (int i = 0; i < actual.length; i++) {
            perClass.computeIfAbsent(actual[i], k -> new long[3])[0]++;
            perClass.computeIfAbsent(predicted[i], k -> new long[3])[1]++;
            if (actual[i].equals(predicted[i])) {
                perClass.get(actual[i])[2]++;
            }
        }
        double n = actual.length;
        double correct = 0;
        double recall = 0;
        double precision = 0;
        double[] betas = {0.5, 1, 2};
        double[] f = new double[3];
        long majoritySupport = -1;
        for (Map.Entry<String, long[]> e : perClass.entrySet()) {
            long[] c = e.getValue();
            double weight = c[0] / n;
            double r = ratio(c[2], c[0]);
            double p = ratio(c[2], c[1]);
            correct += c[2];
            recall += weight * r;
            precision += weight * p;
            for (int b = 0; b < 3; b++) {
                f[b] += weight * fBeta(betas[b], p, r);
            }
            if (c[0] > majoritySupport) {
                majoritySupport = c[0];
            }
        }
        // the best constant classifier predicts the most frequent class for every record
        double share = majoritySupport / n;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("accuracy", correct / n);
        m.put("weighted_recall", recall);
        m.put("weighted_precision", precision);
        m.put("weighted_f0_5", f[0]);
        m.put("weighted_f1", f[1]);
        m.put("weighted_f2", f[2]);
        m.put("accuracy_best_constant_classifier", share);
        m.put("weighted_recall_best_constant_classifier", share);
        m.put("weighted_precision_best_constant_classifier", share * share);
        m.put("weighted_f0_5_best_constant_classifier", share * fBeta(0.5, share, 1));
        m.put("weighted_f1_best_constant_classifier", share * fBeta(1, share, 1));
        m.put("weighted_f2_best_constant_classifier", share * fBeta(2, share, 1));
        return m;
    }

    /** A class label as text; a number is written as the service writes it ({@code 1}, not {@code 1.0}). */
    static String classLabel(String text) {
        String s = text == null ? "" : text.trim();
        try {
            double v = Double.parseDouble(s);
            if (v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
        } catch (NumberFormatException e) {
            // a named class
        }
        return s;
    }

    private static int compareLabels(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    // ---- regression ------------------------------------------------------------------------------------------

    private static ObjectNode regression(QualityObservations obs, JsonNodeFactory f) {
        int n = obs.size();
        double[] actual = new double[n];
        double[] predicted = new double[n];
        for (int i = 0; i < n; i++) {
            actual[i] = number(obs.actual.get(i), "ground truth", obs.where.get(i));
            String p = obs.predicted.get(i);
            if (p == null) {
                throw new Table.ClientError("there is no prediction for " + obs.where.get(i)
                        + ": set inference_attribute");
            }
            predicted[i] = number(p, "prediction", obs.where.get(i));
        }
        ObjectNode m = f.objectNode();
        Map<String, Double> values = regressionValues(actual, predicted);
        Map<String, Double> deviations = deviations(n, idx -> regressionValues(pick(actual, idx),
                pick(predicted, idx)));
        values.forEach((k, v) -> metric(m, k, v, deviations.get(k)));
        return m;
    }

    /**
     * mae, mse, rmse and r2 as the service computes them. Its r2 is {@code 1 - SSE / sum((prediction - mean
     * prediction)^2)}, the variance of the predictions where the textbook takes the labels' (Spark's
     * RegressionMetrics given its pairs the other way round): the service's constraints.json of
     * tests/data/pipeline/quality_check_step/model_quality in the Python SDK has exactly that threshold.
     */
    static Map<String, Double> regressionValues(double[] actual, double[] predicted) {
        double n = actual.length;
        double mean = Arrays.stream(predicted).sum() / n;
        double absolute = 0;
        double squared = 0;
        double total = 0;
        for (int i = 0; i < actual.length; i++) {
            double e = predicted[i] - actual[i];
            absolute += Math.abs(e);
            squared += e * e;
            total += (predicted[i] - mean) * (predicted[i] - mean);
        }
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mae", absolute / n);
        m.put("mse", squared / n);
        m.put("rmse", Math.sqrt(squared / n));
        m.put("r2", total == 0 ? Double.NaN : 1 - squared / total);
        return m;
    }

    // ---- shared ----------------------------------------------------------------------------------------------

    private static Map<String, Double> deviations(int n, java.util.function.Function<int[], Map<String, Double>> of) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (n < MIN_RECORDS_FOR_DEVIATION) {
            return out;
        }
        Random random = new Random(0);
        int size = (int) Math.round(n * SAMPLE_FRACTION);
        List<Map<String, Double>> samples = new ArrayList<>();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int s = 0; s < SAMPLES; s++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
            }
            samples.add(of.apply(Arrays.copyOf(all, size)));
        }
        for (String k : samples.get(0).keySet()) {
            double[] v = samples.stream().mapToDouble(x -> x.get(k)).toArray();
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            double var = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length;
            out.put(k, Math.sqrt(var));
        }
        return out;
    }

    private static double[] pick(double[] values, int[] idx) {
        double[] out = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = values[idx[i]];
        }
        return out;
    }

    private static String[] pick(String[] values, int[] idx) {
        String[] out = new String[idx.length];
        for (int i = 0; i < idx.length; i++) {
            out[i] = values[idx[i]];
        }
        return out;
    }

    private static void metric(ObjectNode m, String key, Double value, Double deviation) {
        ObjectNode v = m.putObject(key);
        putNumber(v, "value", value);
        putNumber(v, "standard_deviation", deviation);
    }

    /** A number, or {@code "NaN"} as the service writes what it could not compute (JSON has no NaN). */
    static void putNumber(ObjectNode node, String key, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            node.put(key, "NaN");
        } else {
            node.put(key, value.doubleValue());
        }
    }

    private static void array(ArrayNode a, double[] values) {
        for (double v : values) {
            a.add(v);
        }
    }

    static double fBeta(double beta, double precision, double recall) {
        double b2 = beta * beta;
        double d = b2 * precision + recall;
        return d == 0 ? 0 : (1 + b2) * precision * recall / d;
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    private static double number(String text, String what, String where) {
        try {
            double v = Double.parseDouble(text == null ? "" : text.trim());
            if (!Double.isNaN(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Table.ClientError("the " + what + " '" + text + "' of " + where + " is not a number");
    }
}
