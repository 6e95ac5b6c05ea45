/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Records as Tribuo examples: feature {@code j} is named {@code f000j} (zero-padded, so Tribuo's name order is the
 * column order), every column is given (zeros included, so the feature map holds all {@code feature_dim} columns),
 * a classifier's label is the label's float text ({@code "1.0"}) and a regressor's the dimension {@code label}.
 */
final class TribuoData {
    private TribuoData() {
    }

    static String[] names(int dim) {
        String[] names = new String[dim];
        int width = Math.max(4, Integer.toString(dim).length());
        for (int j = 0; j < dim; j++) {
            names[j] = String.format(Locale.ROOT, "f%0" + width + "d", j);
        }
        return names;
    }

    private static double[] doubles(float[] row) {
        double[] d = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            d[j] = row[j];
        }
        return d;
    }

    static MutableDataset<Label> labels(float[][] x, float[] y, String description) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(description, factory),
                factory);
        String[] names = names(x[0].length);
        for (int r = 0; r < x.length; r++) {
            data.add(new ArrayExample<>(new Label(Float.toString(y[r])), names, doubles(x[r])));
        }
        return data;
    }

    static MutableDataset<Regressor> targets(float[][] x, float[] y, String description) {
        RegressionFactory factory = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance(description, factory),
                factory);
        String[] names = names(x[0].length);
        for (int r = 0; r < x.length; r++) {
            data.add(new ArrayExample<>(new Regressor("label", y[r]), names, doubles(x[r])));
        }
        return data;
    }

    /** A classifier's answers: the predicted label and, when {@code positive} is given, its probability. */
    static float[][] classify(Model<Label> model, float[][] rows, String positive) {
        String[] names = names(rows[0].length);
        List<Example<Label>> examples = new ArrayList<>(rows.length);
        for (float[] row : rows) {
            examples.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, doubles(row)));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            Prediction<Label> p = predictions.get(r);
            float label = Float.parseFloat(p.getOutput().getLabel());
            if (positive == null) {
                out[r] = new float[] {label};
            } else {
                Label score = p.getOutputScores().get(positive);
                out[r] = new float[] {score == null ? 0f : (float) score.getScore(), label};
            }
        }
        return out;
    }

    /** A regressor's answers. */
    static float[] regress(Model<Regressor> model, float[][] rows) {
        String[] names = names(rows[0].length);
        List<Example<Regressor>> examples = new ArrayList<>(rows.length);
        for (float[] row : rows) {
            examples.add(new ArrayExample<>(RegressionFactory.UNKNOWN_REGRESSOR, names, doubles(row)));
        }
        List<Prediction<Regressor>> predictions = model.predict(examples);
        float[] out = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = (float) predictions.get(r).getOutput().getValues()[0];
        }
        return out;
    }
}
