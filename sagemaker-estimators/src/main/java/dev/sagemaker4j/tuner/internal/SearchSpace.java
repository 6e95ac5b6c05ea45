/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import dev.sagemaker4j.estimator.internal.PythonStr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * The tuning job's search space: each range a dimension scaled to {@code [0, 1]} as its scaling type says
 * (Linear, Logarithmic, ReverseLogarithmic; Auto is Linear), integers rounded and categoricals one-hot where the
 * surrogate sees them. A point holds one coordinate per range: the scaled value, or a categorical's index.
 */
final class SearchSpace {
    enum Kind { CONTINUOUS, INTEGER, CATEGORICAL }

    /** One range. */
    static final class Dim {
        final String name;
        final Kind kind;
        final double min;
        final double max;
        final String scaling;
        final List<String> values;

        Dim(String name, Kind kind, double min, double max, String scaling, List<String> values) {
            this.name = name;
            this.kind = kind;
            this.min = min;
            this.max = max;
            this.scaling = scaling == null ? "Auto" : scaling;
            this.values = values;
        }

        /** A value in the range's own units from a scaled coordinate in [0, 1]. */
        double decode(double u) {
            double v;
            double c = Math.min(1, Math.max(0, u));
            if (max == min || c == 0) {
                v = min;
            } else if (c == 1) {
                v = max;
            } else if ("Logarithmic".equals(scaling)) {
                v = Math.exp(Math.log(min) + c * (Math.log(max) - Math.log(min)));
            } else if ("ReverseLogarithmic".equals(scaling)) {
                v = 1 - Math.exp(Math.log(1 - min) - c * (Math.log(1 - min) - Math.log(1 - max)));
            } else {
                v = min + c * (max - min);
            }
            v = Math.min(max, Math.max(min, v));
            return kind == Kind.INTEGER ? Math.round(v) : v;
        }

        /** The scaled coordinate of a value in the range's units. */
        double encode(double v) {
            if (max == min) {
                return 0.5;
            }
            double u;
            if ("Logarithmic".equals(scaling)) {
                u = (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min));
            } else if ("ReverseLogarithmic".equals(scaling)) {
                u = (Math.log(1 - min) - Math.log(1 - v)) / (Math.log(1 - min) - Math.log(1 - max));
            } else {
                u = (v - min) / (max - min);
            }
            return Math.min(1, Math.max(0, u));
        }
    }

    private final List<Dim> dims;

    private SearchSpace(List<Dim> dims) {
        this.dims = dims;
    }

    static SearchSpace of(ParameterRanges ranges) {
        List<Dim> dims = new ArrayList<>();
        for (ContinuousParameterRange r : ranges.continuousParameterRanges()) {
            dims.add(new Dim(r.name(), Kind.CONTINUOUS, Double.parseDouble(r.minValue().trim()),
                    Double.parseDouble(r.maxValue().trim()), r.scalingTypeAsString(), null));
        }
        for (IntegerParameterRange r : ranges.integerParameterRanges()) {
            dims.add(new Dim(r.name(), Kind.INTEGER, Long.parseLong(r.minValue().trim()),
                    Long.parseLong(r.maxValue().trim()), r.scalingTypeAsString(), null));
        }
        for (CategoricalParameterRange r : ranges.categoricalParameterRanges()) {
            dims.add(new Dim(r.name(), Kind.CATEGORICAL, 0, r.values().size() - 1, "Linear", r.values()));
        }
        return new SearchSpace(dims);
    }

    List<Dim> dims() {
        return dims;
    }

    /** Whether every range is categorical. */
    boolean allCategorical() {
        return dims.stream().allMatch(d -> d.kind == Kind.CATEGORICAL);
    }

    /** A uniformly random point (in scaled units), snapped to integers and categories. */
    double[] random(Random random) {
        double[] p = new double[dims.size()];
        for (int i = 0; i < p.length; i++) {
            Dim d = dims.get(i);
            p[i] = d.kind == Kind.CATEGORICAL ? random.nextInt(d.values.size()) : random.nextDouble();
        }
        return snap(p);
    }

    /** A point with integers rounded: its coordinates are those of the values a job will run with. */
    double[] snap(double[] p) {
        double[] s = p.clone();
        for (int i = 0; i < s.length; i++) {
            Dim d = dims.get(i);
            if (d.kind == Kind.CATEGORICAL) {
                s[i] = Math.max(0, Math.min(d.values.size() - 1, Math.round(s[i])));
            } else if (d.kind == Kind.INTEGER) {
                s[i] = d.encode(d.decode(s[i]));
            } else {
                s[i] = Math.min(1, Math.max(0, s[i]));
            }
        }
        return s;
    }

    /** The hyperparameter values of a point, as the training job gets them. */
    Map<String, String> values(double[] p) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < p.length; i++) {
            Dim d = dims.get(i);
            switch (d.kind) {
                case CATEGORICAL:
                    values.put(d.name, d.values.get((int) Math.round(p[i])));
                    break;
                case INTEGER:
                    values.put(d.name, Long.toString((long) d.decode(p[i])));
                    break;
                default:
                    values.put(d.name, PythonStr.doubleRepr(d.decode(p[i])));
                    break;
            }
        }
        return values;
    }

    /** The point of hyperparameter values (a parent job's, say), or {@code null} when one lies outside. */
    double[] point(Map<String, String> values) {
        double[] p = new double[dims.size()];
        for (int i = 0; i < p.length; i++) {
            Dim d = dims.get(i);
            String v = values.get(d.name);
            if (v == null) {
                return null;
            }
            if (d.kind == Kind.CATEGORICAL) {
                int index = d.values.indexOf(v);
                if (index < 0) {
                    return null;
                }
                p[i] = index;
            } else {
                double x;
                try {
                    x = Double.parseDouble(v.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
                if (x < d.min || x > d.max) {
                    return null;
                }
                p[i] = d.encode(x);
            }
        }
        return p;
    }

    /**
     * The point of a parent job's values for TransferLearning: a number outside a range is clipped to its nearest
     * bound; a hyperparameter the job did not tune is read from {@code statics} (the parent's static ones); the job
     * is dropped ({@code null}) when a value is missing, not a number, or a category this space does not have.
     */
    double[] clippedPoint(Map<String, String> values, Map<String, String> statics) {
        double[] p = new double[dims.size()];
        for (int i = 0; i < p.length; i++) {
            Dim d = dims.get(i);
            String v = values.get(d.name);
            if (v == null && statics != null) {
                v = statics.get(d.name);
            }
            if (v == null) {
                return null;
            }
            v = v.replace("\"", "").trim();
            if (d.kind == Kind.CATEGORICAL) {
                int index = d.values.indexOf(v);
                if (index < 0) {
                    return null;
                }
                p[i] = index;
            } else {
                double x;
                try {
                    x = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return null;
                }
                if (!Double.isFinite(x)) {
                    return null;
                }
                p[i] = d.encode(Math.min(d.max, Math.max(d.min, x)));
            }
        }
        return snap(p);
    }

    /** The surrogate's features of a point: scaled numbers, and one-hot categories. */
    double[] features(double[] p) {
        List<Double> f = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            Dim d = dims.get(i);
            if (d.kind == Kind.CATEGORICAL) {
                for (int k = 0; k < d.values.size(); k++) {
                    f.add(k == (int) Math.round(p[i]) ? 1.0 : 0.0);
                }
            } else {
                f.add(p[i]);
            }
        }
        return f.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Every combination of the categorical values, the first range varying slowest (Grid). */
    List<double[]> grid() {
        List<double[]> all = new ArrayList<>();
        int[] index = new int[dims.size()];
        while (true) {
            double[] p = new double[dims.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = index[i];
            }
            all.add(p);
            int i = dims.size() - 1;
            while (i >= 0 && ++index[i] == dims.get(i).values.size()) {
                index[i] = 0;
                i--;
            }
            if (i < 0) {
                return all;
            }
        }
    }

    /** The grid's size, capped at {@code Long.MAX_VALUE}. */
    long gridSize() {
        long size = 1;
        for (Dim d : dims) {
            size = Math.multiplyExact(size, d.values == null ? 1 : d.values.size());
        }
        return size;
    }

    /** A key equal for two points exactly when a job would run with the same values (cheap: no Python repr). */
    String key(double[] p) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            Dim d = dims.get(i);
            if (d.kind == Kind.CATEGORICAL) {
                b.append(Math.round(p[i]));
            } else if (d.kind == Kind.INTEGER) {
                b.append((long) d.decode(p[i]));
            } else {
                b.append(Double.doubleToLongBits(d.decode(p[i])));
            }
            b.append(',');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return Arrays.toString(dims.stream().map(d -> d.name).toArray());
    }
}
