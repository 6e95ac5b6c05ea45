/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.examples.PipelineQuickstart;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.processing.JavaProcessor;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.workflow.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;

/**
 * The example pipeline's wall time (issue 18): {@link PipelineQuickstart}'s pipeline (prepare → train XGBoost →
 * evaluate → condition → register) run by the local pipeline engine, against the same jobs run by hand in sequence
 * through the public API ({@code JavaProcessor.run}, {@code Estimator.fit}, {@code JavaProcessor.run}, the
 * condition in Java, CreateModelPackage), on the same data in the same JVM, alternating which goes first. Each
 * run has a fresh session root, so no step is taken from a cache.
 *
 * <p>usage: {@code PipelineQuickstartBenchmark --out DIR [--warmup N] [--runs N] [--label TEXT]}; writes
 * {@code DIR/PipelineQuickstart<label>.md} and {@code .tsv}.
 */
public final class PipelineQuickstartBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double THRESHOLD = 6.0;

    private PipelineQuickstartBenchmark() {
    }

    /** The last pipeline run's span: the execution's CreationTime to its LastModifiedTime (its end), ms. */
    private static double lastSpan;

    /** Runs the pipeline; returns its wall time in ms (upsert, start, wait). */
    static double pipeline(Path root, Path raw) {
        try (Session session = Session.local(root)) {
            String data = session.uploadData(raw, session.defaultBucket(), "pipeline/raw");
            PipelineQuickstart.createGroup(session);
            long t0 = System.nanoTime();
            Pipeline pipeline = PipelineQuickstart.pipeline(session, data);
            pipeline.upsert(PipelineQuickstart.ROLE);
            DescribePipelineExecutionResponse done = pipeline.start(Map.of("MseThreshold", THRESHOLD))
                    .waitForCompletion();
            double ms = (System.nanoTime() - t0) / 1e6;
            check("Succeeded".equals(done.pipelineExecutionStatusAsString()), "pipeline " + done);
            lastSpan = java.time.Duration.between(done.creationTime(), done.lastModifiedTime()).toNanos() / 1e6;
            return ms;
        }
    }

    /** Runs the same jobs by hand, one after the other; returns the wall time in ms. */
    static double byHand(Path root, Path raw) throws IOException {
        try (Session session = Session.local(root)) {
            String data = session.uploadData(raw, session.defaultBucket(), "pipeline/raw");
            PipelineQuickstart.createGroup(session);
            long t0 = System.nanoTime();
            String bucket = "s3://" + session.defaultBucket() + "/pipeline";
            String role = PipelineQuickstart.ROLE;
            JavaProcessor prepare = JavaProcessor.builder().entryPoint(PipelineQuickstart.Prepare.class).role(role)
                    .instanceType("ml.m5.xlarge").instanceCount(1).session(session).build();
            ProcessingJob prep = prepare.run(r -> r
                    .inputs(List.of(ProcessingInput.builder().source(data).destination("/opt/ml/processing/input/raw")
                            .inputName("raw").build()))
                    .outputs(List.of(
                            ProcessingOutput.builder().source("/opt/ml/processing/output/train").outputName("train")
                                    .destination(bucket + "/prepared/train").build(),
                            ProcessingOutput.builder().source("/opt/ml/processing/output/test").outputName("test")
                                    .destination(bucket + "/prepared/test").build()))
                    .logs(false));
            String image = ImageUris.retrieve("xgboost", session.region(), "1.7-1");
            Estimator xgb = Estimator.builder().imageUri(image).instanceCount(1).instanceType("ml.m5.xlarge")
                    .outputPath(bucket + "/model")
                    .hyperparameters(Map.of("objective", "reg:squarederror", "num_round", "60", "max_depth", "4",
                            "eta", "0.2"))
                    .session(session).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(prep.outputs().get(0).destination())
                    .contentType("text/csv").build()), f -> f.logs("None"));
            JavaProcessor evaluate = JavaProcessor.builder().entryPoint(PipelineQuickstart.Evaluate.class).role(role)
                    .instanceType("ml.m5.xlarge").instanceCount(1).session(session).build();
            ProcessingJob eval = evaluate.run(r -> r
                    .inputs(List.of(
                            ProcessingInput.builder().source(xgb.modelData())
                                    .destination("/opt/ml/processing/input/model").inputName("model").build(),
                            ProcessingInput.builder().source(prep.outputs().get(1).destination())
                                    .destination("/opt/ml/processing/input/test").inputName("test").build()))
                    .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/evaluation")
                            .outputName("evaluation").destination(bucket + "/evaluation").build()))
                    .logs(false));
            String report = eval.outputs().get(0).destination() + "/evaluation.json";
            double mse = JSON.readTree(session.objectStore().getString(report)).path("regression_metrics")
                    .path("mse").path("value").asDouble();
            check(mse <= THRESHOLD, "mse " + mse);
            session.api(ModelPackagesApi.CAPABILITY).createModelPackage(CreateModelPackageRequest.builder()
                    .modelPackageGroupName(PipelineQuickstart.GROUP).modelApprovalStatus("PendingManualApproval")
                    .inferenceSpecification(i -> i.supportedContentTypes("text/csv")
                            .supportedResponseMIMETypes("text/csv")
                            .supportedRealtimeInferenceInstanceTypesWithStrings("ml.m5.xlarge")
                            .supportedTransformInstanceTypesWithStrings("ml.m5.xlarge")
                            .containers(ModelPackageContainerDefinition.builder().image(image)
                                    .modelDataUrl(xgb.modelData()).build()))
                    .modelMetrics(m -> m.modelQuality(q -> q.statistics(s -> s.contentType("application/json")
                            .s3Uri(report))))
                    .build());
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("unexpected: " + what);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --out DIR [--warmup N] [--runs N] [--label TEXT]}
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>(Map.of("--out", "benchmarks/results/pipeline-quickstart",
                "--warmup", "1", "--runs", "5", "--label", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        int warmup = Integer.parseInt(opts.get("--warmup"));
        int runs = Integer.parseInt(opts.get("--runs"));
        String label = opts.get("--label").isEmpty() ? "" : "-" + opts.get("--label");
        Path out = Files.createDirectories(Path.of(opts.get("--out")));
        Path work = Files.createTempDirectory("pipeline-quickstart-bench");
        Path raw = PipelineQuickstart.writeData(work.resolve("raw.csv"), 2000, 11);
        String uptimeStart = Harnesses.uptime();
        int n = 0;
        for (int i = 0; i < warmup; i++) {
            pipeline(work.resolve("w" + n++), raw);
            byHand(work.resolve("w" + n++), raw);
        }
        List<Double> engine = new ArrayList<>();
        List<Double> hand = new ArrayList<>();
        List<Double> spans = new ArrayList<>();
        StringBuilder tsv = new StringBuilder("run\tfirst\tpipeline_ms\texecution_span_ms\tby_hand_ms\n");
        for (int i = 0; i < runs; i++) {
            double p;
            double h;
            if (i % 2 == 0) {
                p = pipeline(work.resolve("r" + n++), raw);
                h = byHand(work.resolve("r" + n++), raw);
            } else {
                h = byHand(work.resolve("r" + n++), raw);
                p = pipeline(work.resolve("r" + n++), raw);
            }
            engine.add(p);
            hand.add(h);
            spans.add(lastSpan);
            tsv.append(String.format(Locale.ROOT, "%d\t%s\t%.1f\t%.1f\t%.1f%n", i + 1,
                    i % 2 == 0 ? "pipeline" : "by-hand", p, lastSpan, h));
            System.out.printf(Locale.ROOT, "run %d: pipeline %.1f ms (execution span %.1f ms), by hand %.1f ms%n",
                    i + 1, p, lastSpan, h);
        }
        String uptimeEnd = Harnesses.uptime();
        List<Double> diffs = new ArrayList<>();
        List<Double> spanDiffs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            diffs.add(engine.get(i) - hand.get(i));
            spanDiffs.add(spans.get(i) - hand.get(i));
        }
        StringBuilder md = new StringBuilder();
        md.append("# Example pipeline against the same jobs by hand").append(label.isEmpty() ? "" : " (" + label
                .substring(1) + ")").append("\n\n");
        md.append("`dev.sagemaker4j.benchmarks.PipelineQuickstartBenchmark` (`benchmarks/pipeline-quickstart.sh`): "
                + "the pipeline of `examples/.../PipelineQuickstart` (prepare: Java processing job, 2,000 rows "
                + "split and scaled → XGBoost training, 60 rounds → evaluate: Java processing job writing "
                + "evaluation.json → condition MSE ≤ 6.0 → register a model package version) run by the local "
                + "pipeline engine (`upsert`, `start`, `waitForCompletion`), against the same four jobs run by hand "
                + "in sequence through the public API (`JavaProcessor.run`, `Estimator.fit`, `JavaProcessor.run`, "
                + "the condition in Java, CreateModelPackage). Same data, same JVM, a fresh session root per run "
                + "(no cache hits), alternating which goes first; " + warmup + " warm-up pair(s), " + runs
                + " measured pairs. The data upload and group creation are outside the timings.\n\n");
        md.append("Host: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; JDK ").append(System.getProperty("java.vm.version")).append(". Run ")
                .append(Instant.now()).append(".\n\n");
        md.append("`uptime` at start: `").append(uptimeStart).append("`  \n`uptime` at the end: `").append(uptimeEnd)
                .append("`\n\n");
        md.append("| | median | min | max |\n|---|---:|---:|---:|\n");
        md.append(row("pipeline: upsert + start + waitForCompletion", engine))
                .append(row("pipeline: execution span (CreationTime to end)", spans))
                .append(row("same jobs by hand", hand))
                .append(row("waitForCompletion wall − by hand (paired)", diffs))
                .append(row("execution span − by hand (paired)", spanDiffs));
        md.append("\n`waitForCompletion` polls DescribePipelineExecution from 50 ms, doubling up to every 5 s, so its "
                + "wall time includes up to 5 s after the execution ended; the execution span is the engine's own "
                + "time from StartPipelineExecution to the execution's end (as DescribePipelineExecution reports "
                + "it).\n");
        md.append("\nPer run (ms):\n\n| run | first | pipeline wall | execution span | by hand |\n"
                + "|---:|---|---:|---:|---:|\n");
        for (int i = 0; i < runs; i++) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.1f |%n", i + 1,
                    i % 2 == 0 ? "pipeline" : "by hand", engine.get(i), spans.get(i), hand.get(i)));
        }
        Files.writeString(out.resolve("PipelineQuickstart" + label + ".md"), md);
        Files.writeString(out.resolve("PipelineQuickstart" + label + ".tsv"), tsv);
        System.out.print(md);
    }

    private static String row(String name, List<Double> values) {
        return String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms |%n", name, median(values),
                values.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }
}
