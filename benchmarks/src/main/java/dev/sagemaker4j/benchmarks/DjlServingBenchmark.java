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
 * JVM, one thread, alternating blocks of calls (ABBA) after a warm-up; per-call medians of the blocks, wall and the
 * calling thread's CPU time (the script runs PyTorch with {@code OMP_NUM_THREADS=1}, so that the model runs on the
 * calling thread and its CPU time is the whole call's). Goal: the endpoint at most 1.05× the raw predictor.
 *
 * <p>usage: {@code DjlServingBenchmark --out DIR [--model PATH] [--batches 1,32] [--calls N] [--blocks N]
 * [--warmup BLOCKS] [--label TEXT]}; writes {@code DIR/DjlServing-<label>.md}.
 */
public final class DjlServingBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

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
        int calls = 500;
        int blocks = 30;
        int warmup = 6;
        String label = "run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--model" -> modelFile = Path.of(args[++i]);
                case "--batches" -> batches = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--blocks" -> blocks = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: DjlServingBenchmark --out DIR [--model PATH] [--batches LIST]"
                    + " [--calls N] [--blocks N] [--warmup BLOCKS] [--label TEXT]");
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
            // a second raw instance of the same file is the control: how far two raw predictors differ (A/A)
            try (ZooModel<NDList, NDList> raw = criteria.loadModel();
                 Predictor<NDList, NDList> predictor = raw.newPredictor();
                 ZooModel<NDList, NDList> control = criteria.loadModel();
                 Predictor<NDList, NDList> controlPredictor = control.newPredictor()) {
                table.append("| records a call | raw DJL wall (µs/call) | endpoint wall (µs/call) | ratio wall"
                        + " | raw DJL CPU (µs/call) | endpoint CPU (µs/call) | ratio CPU | raw DJL Java heap"
                        + " (bytes/call) | endpoint Java heap (bytes/call) | control: 2nd raw instance wall (µs/call)"
                        + " | control ratio (A/A) |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                List<Runnable[]> sides = new ArrayList<>();
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
                    sides.add(new Runnable[] {() -> rawCall(raw, predictor, x, shape), () -> endpoint.predict(input),
                        () -> rawCall(control, controlPredictor, x, shape)});
                }
                // warm-up of every batch size before any is measured: the JIT compiles both paths, and the first
                // batch size measured is not the one that pays for it (it did, 1.2x, when each warmed up alone)
                for (int k = 0; k < warmup; k++) {
                    for (Runnable[] side : sides) {
                        block(side[0], calls);
                        block(side[1], calls);
                        block(side[2], calls);
                    }
                }
                for (int s = 0; s < batches.length; s++) {
                    int n = batches[s];
                    Runnable rawSide = sides.get(s)[0];
                    Runnable ourSide = sides.get(s)[1];
                    Runnable controlSide = sides.get(s)[2];
                    List<Double> controlWall = new ArrayList<>();
                    List<Double> rawWall = new ArrayList<>();
                    List<Double> ourWall = new ArrayList<>();
                    List<Double> rawCpu = new ArrayList<>();
                    List<Double> ourCpu = new ArrayList<>();
                    List<Double> rawBytes = new ArrayList<>();
                    List<Double> ourBytes = new ArrayList<>();
                    for (int k = 0; k < blocks; k++) {
                        // ABBA: which side goes first alternates, so a drift in the machine's load favours neither
                        boolean rawFirst = k % 2 == 0;
                        double[] first = block(rawFirst ? rawSide : ourSide, calls);
                        double[] second = block(rawFirst ? ourSide : rawSide, calls);
                        double[] rawBlock = rawFirst ? first : second;
                        double[] ourBlock = rawFirst ? second : first;
                        rawWall.add(rawBlock[0]);
                        rawCpu.add(rawBlock[1]);
                        ourWall.add(ourBlock[0]);
                        ourCpu.add(ourBlock[1]);
                        rawBytes.add(rawBlock[2]);
                        ourBytes.add(ourBlock[2]);
                        controlWall.add(block(controlSide, calls)[0]);
                    }
                    String line = String.format(Locale.ROOT,
                            "| %d | %.1f | %.1f | %.3f× | %.1f | %.1f | %.3f× | %.0f | %.0f | %.1f | %.3f× |%n", n,
                            median(rawWall), median(ourWall), median(ourWall) / median(rawWall), median(rawCpu),
                            median(ourCpu), median(ourCpu) / median(rawCpu), median(rawBytes), median(ourBytes),
                            median(controlWall), median(controlWall) / median(rawWall));
                    System.err.print(line);
                    table.append(line);
                }
            }
        } finally {
            Harnesses.deleteTree(work);
        }
        Files.createDirectories(out);
        Path report = out.resolve("DjlServing-" + label + ".md");
        String omp = System.getenv("OMP_NUM_THREADS");
        String text = "# DJL serving: Predictor.predict on a local endpoint vs a raw DJL Predictor (" + label + ")\n\n"
                + "TorchScript CNN [N, 1, 8, 8] → [N, 3] (cnn.pt of sagemaker-djl's tests), one thread, " + blocks
                + " alternating blocks (ABBA) of " + calls + " calls after " + warmup + " warm-up blocks of each side and batch size;"
                + " medians of the blocks' per-call means, wall and this thread's CPU time (OMP_NUM_THREADS="
                + (omp == null ? "unset" : omp) + ": with 1, PyTorch runs the model on the calling thread, so the"
                + " CPU column is the whole call's). Goal: ratio ≤ 1.05. Control: a second raw DJL instance of the same file, measured after each pair"
                + " of blocks; its ratio to the first (A/A) is how far two raw predictors differ.\n\n" + table + "\nLoad average at start "
                + loadBefore + ", at end " + Harnesses.loadAverage() + "; started " + started + ".\n\n" + Harnesses.summary(Harnesses.host(loadBefore, started));
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

    /**
     * One block: the mean wall µs, CPU µs of this thread and Java heap bytes it allocated per call over
     * {@code calls} calls. With
     * {@code OMP_NUM_THREADS=1} PyTorch runs the model on the calling thread, so its CPU time is the whole call's
     * and does not count the time spent waiting for a CPU on a loaded machine.
     */
    static double[] block(Runnable call, int calls) {
        long id = Thread.currentThread().getId();
        long a0 = THREADS.getThreadAllocatedBytes(id);
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.run();
        }
        long wall = System.nanoTime() - t0;
        long cpu = THREADS.getCurrentThreadCpuTime() - c0;
        long allocated = THREADS.getThreadAllocatedBytes(id) - a0;
        return new double[] {wall / 1e3 / calls, cpu / 1e3 / calls, (double) allocated / calls};
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
