/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.evaluation.ClassificationEvaluation;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.JSONSerializer;
import dev.sagemaker4j.testing.OnnxModels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/**
 * Bring your own model: an ONNX file made outside SageMaker (written here by hand, a logistic
 * regression over four features) is packed as {@code model.tar.gz}, uploaded, deployed with
 * {@code Model.builder()} and asked for predictions in JSON — {@code {"instances": [[…], …]}} in,
 * {@code {"predictions": [[…], …]}} out. Locally the runtime is picked from the {@code .onnx} file
 * (ONNX Runtime); on SageMaker the image you name serves it.
 *
 * <p>Writes under the root folder (first argument, default {@code target/examples/onnx}): the
 * local session's state, and in {@code output/} the model files and the pictures of its evaluation
 * on a labelled sample — {@code confusion-matrix.png}, {@code roc-curve.png}, {@code evaluation.html}.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=BringYourOwnOnnxModel -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class BringYourOwnOnnxModel {
    /** The model: weights of the four features and the bias. */
    static final float[] WEIGHTS = {1.5f, -2.0f, 0.75f, 0f};
    static final float BIAS = -0.25f;

    private BringYourOwnOnnxModel() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the model cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "onnx"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the output
     * @param out  where to print
     * @throws IOException when the model cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        Path output = root.resolve("output");
        Path modelDir = Files.createDirectories(output.resolve("model"));
        float[][] w = new float[WEIGHTS.length][];
        for (int i = 0; i < WEIGHTS.length; i++) {
            w[i] = new float[] {WEIGHTS[i]};
        }
        Path onnx = Files.write(modelDir.resolve("model.onnx"), OnnxModels.dense(w, new float[] {BIAS}, true));
        Path tarball = packModel(modelDir, output.resolve("model.tar.gz"));
        out.println("model: " + onnx.getFileName() + " (" + Files.size(onnx) + " bytes) packed into " + tarball);

        try (Session session = Session.local(root.resolve("session"))) {
            String modelData = session.uploadData(tarball, session.defaultBucket(), "byo-onnx");
            out.println("uploaded: " + modelData);

            // locally any image name works (the runtime comes from the .onnx file); on SageMaker name your
            // serving container, e.g. a Triton or ONNX Runtime image in your ECR
            Model model = Model.builder().imageUri("onnx-serving:latest").modelData(modelData)
                    .session(session).build();
            Predictor<Object> predictor = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                    .serializer(new JSONSerializer()).deserializer(new JSONDeserializer()));
            try {
                out.println("endpoint: " + predictor.endpointName() + " "
                        + predictor.describeEndpoint().endpointStatusAsString());

                double[][] two = {{0.5, -0.25, 1.0, 3.0}, {-1.0, 1.0, 0.0, -3.0}};
                Object answer = predictor.predict(Map.of("instances", two));
                out.println("request: {\"instances\": [[0.5, -0.25, 1.0, 3.0], [-1.0, 1.0, 0.0, -3.0]]}");
                out.println("response: " + answer);
                double maxError = 0;
                List<Double> predicted = firstOutputs(answer);
                for (int i = 0; i < two.length; i++) {
                    maxError = Math.max(maxError, Math.abs(predicted.get(i) - expected(two[i])));
                }
                out.println(String.format(Locale.ROOT, "largest difference from the formula: %.2e", maxError));

                SyntheticData sample = SyntheticData.logistic(2000, WEIGHTS, BIAS, 7);
                List<Double> scores = firstOutputs(predictor.predict(Map.of("instances", sample.features)));
                float[] s = new float[scores.size()];
                for (int i = 0; i < s.length; i++) {
                    s[i] = scores.get(i).floatValue();
                }
                ClassificationEvaluation evaluation = ClassificationEvaluation.of(sample.floatLabels(), s, 0.5);
                evaluation.metrics().forEach((name, value) ->
                        out.println(String.format(Locale.ROOT, "sample %s = %.4f", name, value)));
                for (Path file : evaluation.plot(output)) {
                    out.println("evaluation: " + file);
                }
            } finally {
                predictor.deleteModel();
                predictor.deleteEndpoint();
            }
        }
    }

    /** What the model computes: sigmoid(x · w + b). */
    static double expected(double[] x) {
        double z = BIAS;
        for (int j = 0; j < x.length; j++) {
            z += WEIGHTS[j] * (float) x[j];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The first output of each record from {@code {"predictions": [[p], …]}}. */
    static List<Double> firstOutputs(Object answer) {
        List<Double> first = new ArrayList<>();
        for (Object row : (List<?>) ((Map<?, ?>) answer).get("predictions")) {
            first.add(((Number) ((List<?>) row).get(0)).doubleValue());
        }
        return first;
    }

    /**
     * Packs a folder's files as SageMaker expects a model: a gzipped tar with the files at its top.
     *
     * @param folder the files
     * @param target the {@code model.tar.gz} to write
     * @return the target
     * @throws IOException when reading or writing fails
     */
    static Path packModel(Path folder, Path target) throws IOException {
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(target);
             GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(file);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            for (Path f : files) {
                TarArchiveEntry entry = new TarArchiveEntry(f.toFile(), f.getFileName().toString());
                tar.putArchiveEntry(entry);
                Files.copy(f, tar);
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
        return target;
    }
}
