/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.djl.DjlOffline;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.serializers.NumpySerializer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * DJL serving (issue 20): {@code Predictor.predict(NpyArray)} on a local endpoint serving a TorchScript CNN
 * ({@code [N, 1, 8, 8] → [N, 3]}, the test fixture {@code sagemaker-djl/src/test/resources/djl-serving/cnn.pt})
 * through the in-process typed path, against a raw DJL {@code Predictor<NDList, NDList>} on the same file that
 * creates the input NDArray from the same floats, predicts and reads the output back as floats. Both in the same
 * JVM, one thread, alternating blocks of calls after a warm-up; per-call medians of the blocks. Goal: the endpoint
 * at most 1.05× the raw predictor.
 *
 * <p>usage: {@code DjlServingBenchmark --out DIR [--model PATH] [--batches 1,32] [--calls N] [--blocks N]
 * [--label TEXT]}; writes {@code DIR/DjlServing-<label>.md}.
 */
public final class DjlServingBenchmark {

    private DjlServingBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class comment
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        Path out = null;
        Path modelFile = Path.of("sagemaker-djl/src/test/resources/djl-serving/cnn.pt");
        int[] batches = {1, 32};
        int calls = 2000;
        int blocks = 10;
        String label = "run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--model" -> modelFile = Path.of(args[++i]);
                case "--batches" -> batches = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--blocks" -> blocks = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: DjlServingBenchmark --out DIR [--model PATH] [--batches LIST]"
                    + " [--calls N] [--blocks N] [--label TEXT]");
        }
        Path cache = Path.of("benchmarks/target/djl-cache").toAbsolutePath();
        System.setProperty("DJL_CACHE_DIR", System.getProperty("DJL_CACHE_DIR", cache.toString()));
        System.setProperty("ENGINE_CACHE_DIR", System.getProperty("ENGINE_CACHE_DIR", cache.toString()));
        DjlOffline.ensure();
        String loadBefore = Harnesses.loadAverage();
        Instant started = Instant.now();
        Path work = Files.createTempDirectory("djl-serving-");
        StringBuilder table = new StringBuilder();
        try (Session session = Session.local(work.resolve("root"))) {
            Path folder = Files.createDirectories(work.resolve("model"));
            Files.copy(modelFile, folder.resolve("model.pt"));
            Path tar = work.resolve("model.tar.gz");
            Tarballs.pack(folder, tar);
            String uri = "s3://" + session.defaultBucket() + "/djl-bench/model.tar.gz";
            session.objectStore().put(uri, tar);
            dev.sagemaker4j.predictor.Predictor<NpyArray> endpoint = Model.builder()
                    .imageUri("763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.5-cpu-py311")
                    .modelData(uri).session(session).build()
                    .deploy(d -> d.initialInstanceCount(1).instanceType("local")
                            .serializer(new NumpySerializer()).deserializer(new NumpyDeserializer()));
            Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                    .optModelPath(folder).optModelName("model").optEngine("PyTorch")
                    .optTranslator(new NoopTranslator()).build();
            try (ZooModel<NDList, NDList> raw = criteria.loadModel();
                 Predictor<NDList, NDList> predictor = raw.newPredictor()) {
                table.append("| records a call | raw DJL Predictor (µs/call) | Predictor.predict via the endpoint"
                        + " (µs/call) | ratio |\n|---:|---:|---:|---:|\n");
                for (int n : batches) {
                    float[] x = new float[n * 64];
                    Random r = new Random(n);
                    for (int i = 0; i < x.length; i++) {
                        x[i] = (float) r.nextGaussian();
                    }
                    long[] shape = {n, 1, 8, 8};
                    NpyArray input = NpyArray.of(x).reshape(shape);
                    float[] a = rawCall(raw, predictor, x, shape);
                    float[] b = endpoint.predict(input).toFloatArray();
                    for (int i = 0; i < a.length; i++) {
                        if (Math.abs(a[i] - b[i]) > 1e-5) {
                            throw new IllegalStateException("the endpoint and raw DJL disagree at " + i);
                        }
                    }
                    // warm-up: one block of each
                    block(() -> rawCall(raw, predictor, x, shape), calls);
                    block(() -> endpoint.predict(input), calls);
                    List<Double> rawTimes = new ArrayList<>();
                    List<Double> ourTimes = new ArrayList<>();
                    for (int k = 0; k < blocks; k++) {
                        rawTimes.add(block(() -> rawCall(raw, predictor, x, shape), calls));
                        ourTimes.add(block(() -> endpoint.predict(input), calls));
                    }
                    double rawMedian = median(rawTimes);
                    double ourMedian = median(ourTimes);
                    String line = String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.3f× |%n", n, rawMedian,
                            ourMedian, ourMedian / rawMedian);
                    System.err.print(line);
                    table.append(line);
                }
            }
        } finally {
            Harnesses.deleteTree(work);
        }
        Files.createDirectories(out);
        Path report = out.resolve("DjlServing-" + label + ".md");
        String text = "# DJL serving: Predictor.predict on a local endpoint vs a raw DJL Predictor (" + label + ")\n\n"
                + "TorchScript CNN [N, 1, 8, 8] → [N, 3] (cnn.pt of sagemaker-djl's tests), one thread, " + blocks
                + " alternating blocks of " + calls + " calls after one warm-up block each; medians of the blocks'"
                + " per-call means. Goal: ratio ≤ 1.05.\n\n" + table + "\nLoad average at start " + loadBefore
                + ", at end " + Harnesses.loadAverage() + " (the machine is shared: up to 8 builds on 2 cores);"
                + " started " + started + ".\n\n" + Harnesses.summary(Harnesses.host(loadBefore, started));
        Files.writeString(report, text, StandardCharsets.UTF_8);
        System.out.println(text);
    }

    /** One raw DJL call: the floats into an NDArray, predict, the first output back as floats. */
    static float[] rawCall(ZooModel<NDList, NDList> model, Predictor<NDList, NDList> predictor, float[] x,
            long[] shape) {
        try (NDManager m = model.getNDManager().newSubManager()) {
            NDArray input = m.create(FloatBuffer.wrap(x), new Shape(shape));
            return predictor.predict(new NDList(input)).get(0).toFloatArray();
        } catch (ai.djl.translate.TranslateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mean µs per call over {@code calls} calls. */
    static double block(Runnable call, int calls) {
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        return (System.nanoTime() - t0) / 1e3 / calls;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
