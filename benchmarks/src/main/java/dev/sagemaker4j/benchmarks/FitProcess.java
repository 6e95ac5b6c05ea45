/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.inputs.TrainingInput;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Java side of {@code benchmarks/fit-process.sh}: one fresh JVM that does what a user's
 * program does to train the built-in XGBoost on a local CSV file, and nothing else.
 * {@code fit-process.sh} times it, process against process, beside {@code /usr/bin/python3}
 * running {@code fitprocess/train_xgboost.py} ({@code pandas.read_csv} + {@code xgboost.train}) on
 * the same file.
 *
 * <pre>{@code
 * java -cp CLASSPATH dev.sagemaker4j.benchmarks.FitProcess generate train.csv      # once: the data
 * java -cp CLASSPATH dev.sagemaker4j.benchmarks.FitProcess fit train.csv SESSION_ROOT
 * }</pre>
 *
 * <p>{@code generate} writes {@link XGBoostFitBenchmark}'s CSV ({@value XGBoostFitBenchmark#ROWS}
 * rows, label first, {@value XGBoostFitBenchmark#FEATURES} features, no header, fixed seed).
 * {@code fit} opens {@code Session.local(root)}, builds an XGBoost {@code Estimator} (image
 * {@code xgboost:1.7-1}, the version of Debian's python3-xgboost) with {@code objective=binary:logistic},
 * {@code tree_method=hist}, {@code max_depth=6}, {@code num_round=100}, and calls
 * {@code fit(Map.of("train", TrainingInput(file://csv, text/csv)))}: the whole job with its log
 * followed, its record, metrics, {@code model.tar.gz} and provenance, as a user would run it.
 */
public final class FitProcess {
    private FitProcess() {
    }

    /**
     * Generates the data or trains once.
     *
     * @param args {@code generate FILE} or {@code fit FILE SESSION_ROOT}
     * @throws Exception when the data cannot be written or the job fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("generate")) {
            XGBoostFitBenchmark.writeCsv(Path.of(args[1]));
            return;
        }
        if (args.length != 3 || !args[0].equals("fit")) {
            throw new IllegalArgumentException("usage: FitProcess generate FILE | fit FILE SESSION_ROOT");
        }
        Path csv = Path.of(args[1]).toAbsolutePath();
        try (Session session = Session.local(Path.of(args[2]))) {
            Estimator xgb = Estimator.builder()
                    .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceCount(1).instanceType("local")
                    .hyperparameters(Map.of("objective", "binary:logistic", "tree_method", "hist",
                            "max_depth", XGBoostFitBenchmark.MAX_DEPTH, "num_round", XGBoostFitBenchmark.ROUNDS))
                    .session(session).build();
            TrainingJob job = xgb.fit(Map.of("train",
                    TrainingInput.builder().s3Data(csv.toUri().toString()).contentType("text/csv").build()));
            System.out.println("model: " + job.describe().modelArtifacts().s3ModelArtifacts());
        }
    }
}
