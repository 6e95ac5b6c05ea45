/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.Deserializer;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.progress.ProgressListener;
import dev.sagemaker4j.serializers.Serializer;
import dev.sagemaker4j.testing.OnnxModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A local session in a temporary folder, with the model artifacts the hosting benchmarks deploy:
 * XGBoost boosters trained with raw xgboost4j and dense ONNX models, packed as {@code model.tar.gz}
 * into the session's default bucket. Every model and row comes from a fixed seed. Close it to close
 * the session and delete the folder.
 */
final class HostingFixture implements AutoCloseable {
    /** SageMaker's XGBoost image: the local hosting serves it with xgboost4j. */
    static final String XGBOOST_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    /** Any image serves a {@code *.onnx} artifact with ONNX Runtime; the name is for the reader. */
    static final String ONNX_IMAGE = "onnx-serving:1";
    /** The file name of an XGBoost model in its model.tar.gz. */
    static final String XGBOOST_FILE = "xgboost-model";
    /** The file name of an ONNX model in its model.tar.gz. */
    static final String ONNX_FILE = "model.onnx";

    private final Path root;
    private final Session session;

    private HostingFixture(Path root, Session session) {
        this.root = root;
        this.session = session;
    }

    /**
     * Creates a temporary folder under {@code java.io.tmpdir} and a local session in it, with
     * progress reporting off.
     *
     * @param prefix the folder name's prefix
     * @return the fixture
     * @throws IOException when the folder cannot be created
     */
    static HostingFixture open(String prefix) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        Path root = Files.createTempDirectory(tmp, prefix);
        Session session = Session.builder().backend("local").root(root.resolve("session"))
                .progressListener(ProgressListener.none()).build();
        return new HostingFixture(root, session);
    }

    Session session() {
        return session;
    }

    /**
     * Packs one file into {@code s3://<default bucket>/bench/<name>/model.tar.gz}.
     *
     * @param name  the model's folder in the bucket
     * @param file  the file name inside the archive
     * @param bytes its content
     * @return the archive's URI
     * @throws IOException when the archive cannot be written or stored
     */
    String upload(String name, String file, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(root.resolve("artifacts").resolve(name));
        Files.write(dir.resolve(file), bytes);
        Path tar = root.resolve("artifacts").resolve(name + ".tar.gz");
        Tarballs.pack(dir, tar);
        String uri = "s3://" + session.defaultBucket() + "/bench/" + name + "/model.tar.gz";
        session.objectStore().put(uri, tar);
        return uri;
    }

    /**
     * Deploys a model artifact on one local instance.
     *
     * @param image        the image URI (picks the runtime together with the artifact)
     * @param modelData    the model.tar.gz URI
     * @param serializer   the predictor's serializer
     * @param deserializer the predictor's deserializer
     * @param <T>          what the deserializer returns
     * @return the predictor of the new endpoint
     */
    <T> Predictor<T> deploy(String image, String modelData, Serializer serializer, Deserializer<T> deserializer) {
        return Model.builder().imageUri(image).modelData(modelData).session(session).build()
                .deploy(d -> d.initialInstanceCount(1).instanceType("local").serializer(serializer)
                        .deserializer(deserializer));
    }

    @Override
    public void close() throws IOException {
        session.close();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /**
     * Rows of standard normal values.
     *
     * @param n        the number of rows
     * @param features the values per row
     * @param seed     the random seed
     * @return {@code n} rows of {@code features} values
     */
    static float[][] rows(int n, int features, long seed) {
        Random random = new Random(seed);
        float[][] x = new float[n][features];
        for (float[] row : x) {
            for (int j = 0; j < features; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return x;
    }

    /**
     * The rows one after the other, as the engines take them.
     *
     * @param rows the rows, all of {@code cols} values
     * @param cols the values per row
     * @return a new array of {@code rows.length * cols} values
     */
    static float[] flatten(float[][] rows, int cols) {
        float[] flat = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return flat;
    }

    /**
     * The rows as CSV, one record a line, values as {@link Float#toString(float)} writes them.
     *
     * @param rows the rows
     * @return the CSV text
     */
    static String csv(float[][] rows) {
        StringBuilder sb = new StringBuilder();
        for (float[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                if (j > 0) {
                    sb.append(',');
                }
                sb.append(row[j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * A binary:logistic booster trained with raw xgboost4j on 1000 rows labelled by the sign of an
     * alternating sum of the features, saved as XGBoost's JSON model.
     *
     * @param features the number of features
     * @param rounds   the number of trees
     * @param depth    {@code max_depth}
     * @param seed     the seed of the training rows
     * @return the {@value #XGBOOST_FILE} bytes
     * @throws XGBoostError when xgboost fails
     */
    static byte[] xgboostModel(int features, int rounds, int depth, long seed) throws XGBoostError {
        int n = 1000;
        float[][] x = rows(n, features, seed);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < features; j++) {
                s += (j % 2 == 0 ? 1 : -1) * x[i][j];
            }
            y[i] = s > 0 ? 1 : 0;
        }
        DMatrix train = new DMatrix(flatten(x, features), n, features, Float.NaN);
        try {
            train.setLabel(y);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "binary:logistic");
            params.put("max_depth", depth);
            params.put("nthread", 1);
            params.put("seed", seed);
            Booster booster = XGBoost.train(train, params, rounds, new HashMap<>(), null, null);
            try {
                return booster.toByteArray("json");
            } finally {
                booster.dispose();
            }
        } finally {
            train.dispose();
        }
    }

    /**
     * A dense layer with a sigmoid and weights drawn from {@code N(0, 1/features)}.
     *
     * @param features the input width
     * @param outputs  the output width
     * @param seed     the seed of the weights
     * @return the .onnx bytes
     */
    static byte[] onnxModel(int features, int outputs, long seed) {
        Random random = new Random(seed);
        float scale = (float) (1 / Math.sqrt(features));
        float[][] w = new float[features][outputs];
        for (float[] row : w) {
            for (int j = 0; j < outputs; j++) {
                row[j] = (float) random.nextGaussian() * scale;
            }
        }
        float[] b = new float[outputs];
        for (int j = 0; j < outputs; j++) {
            b[j] = (float) random.nextGaussian() * 0.1f;
        }
        return OnnxModels.dense(w, b, true);
    }
}
