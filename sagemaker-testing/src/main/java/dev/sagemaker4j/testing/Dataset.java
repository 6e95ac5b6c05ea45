/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A generated data set in memory: rows of features, and a label per row. Made by {@link Datasets};
 * immutable (the accessors return copies), needs no closing.
 *
 * <p>{@link #toCsv()} is the training format of SageMaker's built-in algorithms: label first, no
 * header ({@code 1,0.4967,-0.1383,...}) — or, for {@linkplain #supervised() unsupervised} data
 * such as clusters, the features only. {@link #upload(Session, String)} puts it in the session's
 * default bucket and returns the URI to train on:
 *
 * <pre>{@code
 * Dataset all = Datasets.binaryClassification(1000, 5, 42);
 * String train = all.slice(0, 800).upload(session, "churn/train");
 * String validation = all.slice(800, 1000).upload(session, "churn/validation");
 * double[][] rows = all.slice(800, 1000).features();      // to predict on
 * double[] expected = all.slice(800, 1000).labels();
 * }</pre>
 *
 * <p>Feature values are rounded to {@code float}, so that what {@link #features()} returns is
 * exactly what the CSV holds. {@link #floatFeatures()} and {@link #flatFeatures()} give the same
 * values as {@code float}s, the types that xgboost4j and a {@code float[][]} predict request take:
 *
 * <pre>{@code
 * Dataset test = Datasets.binaryClassification(1000, 5, 42).slice(800, 1000);
 * float[][] p = booster.inplace_predict(test.flatFeatures(), test.rows(), test.featureCount(), Float.NaN);
 * }</pre>
 *
 * <p>{@link #toLibSvm()} writes the same rows as LibSVM, the default content type of SageMaker's
 * XGBoost.
 */
public final class Dataset {
    /** The file name that {@link #upload(Session, String)} gives the CSV object. */
    public static final String FILE_NAME = "data.csv";

    private final String description;
    private final double[][] features;
    private final double[] labels;
    private final boolean supervised;
    private final boolean integerLabels;

    Dataset(String description, double[][] features, double[] labels, boolean supervised, boolean integerLabels) {
        this.description = description;
        this.features = features;
        this.labels = labels;
        this.supervised = supervised;
        this.integerLabels = integerLabels;
    }

    /**
     * The number of rows.
     *
     * @return at least 1
     */
    public int rows() {
        return features.length;
    }

    /**
     * The number of features per row (without the label).
     *
     * @return at least 1
     */
    public int featureCount() {
        return features[0].length;
    }

    /**
     * Whether the data has a label that training reads ({@code false} for clusters, whose
     * {@link #labels()} are the generating centres, for checking a model, not for training).
     *
     * @return whether {@link #toCsv()} starts each row with the label
     */
    public boolean supervised() {
        return supervised;
    }

    /**
     * The features, one array per row: a copy, in the same order as the CSV rows.
     *
     * @return {@code rows() x featureCount()} values
     */
    public double[][] features() {
        double[][] copy = new double[features.length][];
        for (int i = 0; i < features.length; i++) {
            copy[i] = features[i].clone();
        }
        return copy;
    }

    /**
     * The features as {@code float}s, one array per row: exactly the values of {@link #features()}
     * (they are {@code float}-rounded when generated). A copy.
     *
     * @return {@code rows() x featureCount()} values
     */
    public float[][] floatFeatures() {
        float[][] copy = new float[features.length][featureCount()];
        for (int i = 0; i < features.length; i++) {
            for (int j = 0; j < copy[i].length; j++) {
                copy[i][j] = (float) features[i][j];
            }
        }
        return copy;
    }

    /**
     * The features as {@code float}s in one row-major array: row {@code i}, feature {@code j} is at
     * {@code i * featureCount() + j}. The layout of xgboost4j's {@code DMatrix(float[], nrow, ncol,
     * missing)} and {@code Booster.inplace_predict}.
     *
     * @return {@code rows() * featureCount()} values
     */
    public float[] flatFeatures() {
        int n = featureCount();
        float[] flat = new float[features.length * n];
        for (int i = 0; i < features.length; i++) {
            for (int j = 0; j < n; j++) {
                flat[i * n + j] = (float) features[i][j];
            }
        }
        return flat;
    }

    /**
     * The label of every row: {@code 0}/{@code 1} for binary classification, {@code 0..k-1} for
     * multiclass classification, the target for regression, the index of the generating centre for
     * clusters. A copy.
     *
     * @return {@code rows()} values
     */
    public double[] labels() {
        return labels.clone();
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive), e.g. to split training and
     * validation data from one generated problem.
     *
     * @param from the first row
     * @param to   one past the last row
     * @return a data set of {@code to - from} rows
     * @throws ValidationException when the range is empty or outside the rows
     */
    public Dataset slice(int from, int to) {
        if (from < 0 || to > rows() || from >= to) {
            throw new ValidationException("slice", "[" + from + ", " + to + ")",
                    "is not a non-empty range of the " + rows() + " rows",
                    "pass 0 <= from < to <= " + rows());
        }
        return new Dataset(description + ", rows " + from + ".." + (to - 1),
                Arrays.copyOfRange(features, from, to), Arrays.copyOfRange(labels, from, to), supervised,
                integerLabels);
    }

    /**
     * The training CSV of SageMaker's built-in algorithms ({@code text/csv}): one line per row, no
     * header, the label first for {@linkplain #supervised() supervised} data.
     *
     * @return the CSV text, each line ending with {@code \n}
     */
    public String toCsv() {
        return csv(supervised);
    }

    /**
     * The features only, one line per row: a request body for {@code predict} or a batch
     * transform input.
     *
     * @return the CSV text, each line ending with {@code \n}
     */
    public String featuresCsv() {
        return csv(false);
    }

    /**
     * The rows as LibSVM ({@code text/libsvm}, the default content type of SageMaker's XGBoost):
     * {@code label index:value ...} per line, every feature written (zeros included), indices
     * zero-based so that index {@code j} is column {@code j} of {@link #features()}, as
     * scikit-learn's {@code dump_svmlight_file} writes by default. A model trained on it therefore
     * predicts on {@link #flatFeatures()} rows with the same columns. Unsupervised data (clusters)
     * has no label to write: LibSVM is for supervised data.
     *
     * @return the LibSVM text, each line ending with {@code \n}
     * @throws ValidationException when the data is not {@linkplain #supervised() supervised}
     */
    public String toLibSvm() {
        if (!supervised) {
            throw new ValidationException("dataset", description, "has no label column, which LibSVM rows start with",
                    "write it with toCsv() or featuresCsv()");
        }
        StringBuilder sb = new StringBuilder(features.length * (featureCount() + 1) * 13);
        for (int i = 0; i < features.length; i++) {
            appendLabel(sb, i);
            for (int j = 0; j < features[i].length; j++) {
                sb.append(' ').append(j).append(':').append((float) features[i][j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes {@link #toLibSvm()} to a file.
     *
     * @param file the file (replaced when it exists; its folder must exist)
     * @return the file
     * @throws ValidationException when the data is not {@linkplain #supervised() supervised}
     * @throws StorageException    when it cannot be written
     */
    public Path writeLibSvm(Path file) {
        Objects.requireNonNull(file, "file");
        return write(file, toLibSvm());
    }

    /**
     * Writes {@link #toCsv()} to a file.
     *
     * @param file the file (replaced when it exists; its folder must exist)
     * @return the file
     * @throws StorageException when it cannot be written
     */
    public Path writeCsv(Path file) {
        Objects.requireNonNull(file, "file");
        return write(file, toCsv());
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "the data set cannot be written: " + e, false, e);
        }
    }

    /**
     * Uploads {@link #toCsv()} to {@code s3://<default bucket>/<keyPrefix>/data.csv} through the
     * session.
     *
     * @param session   the session
     * @param keyPrefix the key prefix in the session's default bucket, e.g. {@code "churn/train"}
     * @return the object's URI, to pass to {@code TrainingInput.builder().s3Data(...)}
     * @throws ValidationException when the prefix is empty or a whole URI
     */
    public String upload(Session session, String keyPrefix) {
        Objects.requireNonNull(session, "session");
        if (keyPrefix == null || keyPrefix.isBlank() || keyPrefix.startsWith("s3://")) {
            throw new ValidationException("keyPrefix", keyPrefix, "is not a key prefix",
                    "pass the key prefix in the session's default bucket, e.g. \"churn/train\"");
        }
        String prefix = keyPrefix.replaceAll("^/+|/+$", "");
        return session.uploadString(toCsv(), "s3://" + session.defaultBucket() + "/" + prefix + "/" + FILE_NAME);
    }

    private String csv(boolean withLabel) {
        StringBuilder sb = new StringBuilder(features.length * (featureCount() + 1) * 11);
        for (int i = 0; i < features.length; i++) {
            if (withLabel) {
                appendLabel(sb, i);
            }
            for (int j = 0; j < features[i].length; j++) {
                if (withLabel || j > 0) {
                    sb.append(',');
                }
                sb.append((float) features[i][j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private void appendLabel(StringBuilder sb, int row) {
        if (integerLabels) {
            sb.append((long) labels[row]);
        } else {
            sb.append((float) labels[row]);
        }
    }

    /**
     * Says what the data set is, e.g. {@code "binary classification, 1000 rows x 5 features, seed 42"}.
     */
    @Override
    public String toString() {
        return description;
    }
}
