/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code Predictor.predict} on an endpoint hosted in-process against the raw engine call that does
 * the same work, from the same {@code float[][]} rows: what the SDK's hosting path costs on top.
 *
 * <p>Groups (one model each; every row is compared with its group's {@link Baseline} under the same
 * {@code batch}):
 * <ul>
 *   <li>{@code onnx}: a dense layer 30 → 2 with a sigmoid (a tiny model, where the SDK's share is
 *       largest);</li>
 *   <li>{@code onnxWide}: a dense layer 512 → 128 with a sigmoid;</li>
 *   <li>{@code xgboost}: binary:logistic, 100 trees of depth 6 on 30 features.</li>
 * </ul>
 * Variants:
 * <ul>
 *   <li>{@code raw} (baseline): the engine alone. ONNX Runtime: the rows copied into one
 *       {@code float[]}, {@code OnnxTensor.createTensor}, {@code OrtSession.run},
 *       {@code getValue()} as {@code float[][]}. xgboost4j: the rows copied into one {@code float[]},
 *       {@code Booster.inplace_predict}. The session and booster are loaded from the same bytes the
 *       endpoint serves, with the same (default) options.</li>
 *   <li>{@code rawBuffer} (ONNX groups): the engine alone, reading the output with
 *       {@code getFloatBuffer()} (one copy out of native memory) instead of {@code getValue()}, which
 *       builds a {@code float[]} per row: the raw call that does what the typed path does.</li>
 *   <li>{@code typed}: {@code predictor.predict(float[][])} with a {@link NumpyDeserializer}: the
 *       in-process fast path (no serialization); the answer is an {@link NpyArray} over the output
 *       tensor's bytes.</li>
 *   <li>{@code csv}: {@code predictor.predict(String)} of the same rows as CSV with a
 *       {@link StringDeserializer} accepting {@code text/csv}: the wire path in-process (encode,
 *       InvokeEndpoint, parse the CSV, run the model, write the CSV answer, decode it), for
 *       information.</li>
 * </ul>
 *
 * <p>Only the model of the running group is loaded; the setup checks that the endpoint answers
 * exactly what the raw engine does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
public class PredictBenchmark {
    /** Records per call. */
    @Param({"1", "100"})
    public int batch;

    private HostingFixture fixture;
    private float[][] rows;
    private int cols;
    private String csv;
    private Predictor<NpyArray> typed;
    private Predictor<String> wire;
    private OrtEnvironment env;
    private OrtSession ort;
    private Booster booster;

    /**
     * Deploys the running group's model, loads the raw engine from the same bytes, and checks that
     * both answer the same.
     *
     * @param params JMH's parameters, for the running benchmark's group
     * @throws Exception when a model cannot be built, deployed or loaded
     */
    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Exception {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        setUp(method.substring(0, method.indexOf('_')));
    }

    /**
     * Deploys a group's model at {@link #batch} records per call, loads the raw engine, checks both.
     *
     * @param group {@code onnx}, {@code onnxWide} or {@code xgboost}
     * @throws Exception when a model cannot be built, deployed or loaded
     */
    void setUp(String group) throws Exception {
        fixture = HostingFixture.open("predict-bench-");
        String uri;
        String image;
        switch (group) {
            case "onnx":
            case "onnxWide": {
                boolean wide = group.equals("onnxWide");
                cols = wide ? 512 : 30;
                byte[] model = HostingFixture.onnxModel(cols, wide ? 128 : 2, 11);
                uri = fixture.upload(group, HostingFixture.ONNX_FILE, model);
                image = HostingFixture.ONNX_IMAGE;
                env = OrtEnvironment.getEnvironment();
                ort = env.createSession(model, new OrtSession.SessionOptions());
                break;
            }
            case "xgboost": {
                cols = 30;
                byte[] model = HostingFixture.xgboostModel(cols, 100, 6, 11);
                uri = fixture.upload(group, HostingFixture.XGBOOST_FILE, model);
                image = HostingFixture.XGBOOST_IMAGE;
                booster = XGBoost.loadModel(model);
                // as the local hosting loads it: one xgboost thread per call (its default, OMP_NUM_THREADS unset)
                booster.setParam("nthread", 1);
                break;
            }
            default:
                throw new IllegalStateException("no model for group " + group);
        }
        rows = HostingFixture.rows(batch, cols, 7);
        csv = HostingFixture.csv(rows);
        typed = fixture.deploy(image, uri, new CSVSerializer(), new NumpyDeserializer());
        wire = Predictor.builder(typed.endpointName(), fixture.session()).serializer(new CSVSerializer())
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/csv")).build();

        float[][] raw = booster != null ? xgboost_raw() : onnxRaw();
        float[] expected = HostingFixture.flatten(raw, raw[0].length);
        float[] actual = typed.predict(rows).toFloatArray();
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException(group + ": the endpoint's typed answer differs from the raw engine's");
        }
        String[] lines = wire.predict(csv).split("\n");
        if (lines.length != batch) {
            throw new IllegalStateException(group + ": the CSV answer has " + lines.length + " lines, not " + batch);
        }
    }

    /**
     * Deletes the endpoint, closes the raw engine, the session and the temporary folder.
     *
     * @throws Exception when closing fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        if (typed != null) {
            typed.deleteEndpoint();
        }
        if (ort != null) {
            ort.close();
        }
        if (booster != null) {
            booster.dispose();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private float[][] onnxRaw() throws OrtException {
        float[] flat = HostingFixture.flatten(rows, cols);
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), new long[] {rows.length, cols});
             OrtSession.Result result = ort.run(Map.of("input", tensor))) {
            return (float[][]) result.get(0).getValue();
        }
    }

    private FloatBuffer onnxRawBuffer() throws OrtException {
        float[] flat = HostingFixture.flatten(rows, cols);
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat), new long[] {rows.length, cols});
             OrtSession.Result result = ort.run(Map.of("input", tensor))) {
            return ((OnnxTensor) result.get(0)).getFloatBuffer();
        }
    }

    /**
     * ONNX Runtime alone, the output read as one buffer.
     *
     * @return the outputs
     * @throws OrtException when ONNX Runtime fails
     */
    @Benchmark
    public FloatBuffer onnx_rawBuffer() throws OrtException {
        return onnxRawBuffer();
    }

    /**
     * ONNX Runtime alone on the wide model, the output read as one buffer.
     *
     * @return the outputs
     * @throws OrtException when ONNX Runtime fails
     */
    @Benchmark
    public FloatBuffer onnxWide_rawBuffer() throws OrtException {
        return onnxRawBuffer();
    }

    /**
     * ONNX Runtime alone: rows to one array, tensor, run, value.
     *
     * @return the outputs
     * @throws OrtException when ONNX Runtime fails
     */
    @Benchmark
    @Baseline
    public float[][] onnx_raw() throws OrtException {
        return onnxRaw();
    }

    /**
     * {@code predictor.predict(float[][])}: the in-process fast path.
     *
     * @return the outputs
     */
    @Benchmark
    public NpyArray onnx_typed() {
        return typed.predict(rows);
    }

    /**
     * {@code predictor.predict(String)}: the CSV wire path in-process.
     *
     * @return the CSV answer
     */
    @Benchmark
    public String onnx_csv() {
        return wire.predict(csv);
    }

    /**
     * ONNX Runtime alone, on the wide model.
     *
     * @return the outputs
     * @throws OrtException when ONNX Runtime fails
     */
    @Benchmark
    @Baseline
    public float[][] onnxWide_raw() throws OrtException {
        return onnxRaw();
    }

    /**
     * {@code predictor.predict(float[][])} on the wide model.
     *
     * @return the outputs
     */
    @Benchmark
    public NpyArray onnxWide_typed() {
        return typed.predict(rows);
    }

    /**
     * xgboost4j alone: rows to one array, in-place predict.
     *
     * @return the outputs
     * @throws XGBoostError when xgboost fails
     */
    @Benchmark
    @Baseline
    public float[][] xgboost_raw() throws XGBoostError {
        return booster.inplace_predict(HostingFixture.flatten(rows, cols), rows.length, cols, Float.NaN);
    }

    /**
     * {@code predictor.predict(float[][])}: the in-process fast path.
     *
     * @return the outputs
     */
    @Benchmark
    public NpyArray xgboost_typed() {
        return typed.predict(rows);
    }

    /**
     * {@code predictor.predict(String)}: the CSV wire path in-process.
     *
     * @return the CSV answer
     */
    @Benchmark
    public String xgboost_csv() {
        return wire.predict(csv);
    }
}
