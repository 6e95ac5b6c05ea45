/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.PipelinesApi;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.sagemaker.model.CreatePipelineRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionRequest;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineExecutionStepsRequest;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;
import software.amazon.awssdk.services.sagemaker.model.StartPipelineExecutionRequest;

/**
 * The local pipeline engine's own overhead (issue 18): 50-step pipelines of trivial steps (Java-function
 * {@code Lambda} steps that return at once), a chain (each step depends on the one before) and a fan-out (one
 * step, 48 in parallel after it, one after all of them). For every step, the gap from the end of the last step it
 * depends on to its own start, as ListPipelineExecutionSteps reports them (microseconds): that is the engine's
 * scheduling, bookkeeping and persistence between steps. Goal: p99 under 20 ms.
 *
 * <p>usage: {@code PipelineEngineBenchmark --out DIR [--warmup N] [--runs N] [--label TEXT]}; writes
 * {@code DIR/PipelineEngine<label>.md} (and the raw gaps as {@code .tsv}).
 */
public final class PipelineEngineBenchmark {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";

    /** The trivial step: returns its input's {@code n} plus one. */
    public static final class Noop implements Function<Map<String, Object>, Map<String, Object>> {
        /** Created by the engine. */
        public Noop() {
        }

        @Override
        public Map<String, Object> apply(Map<String, Object> in) {
            return Map.of("n", 1);
        }
    }

    private PipelineEngineBenchmark() {
    }

    private static String step(String name, List<String> dependsOn) {
        StringBuilder deps = new StringBuilder();
        for (String d : dependsOn) {
            deps.append(deps.length() == 0 ? "" : ",").append('"').append(d).append('"');
        }
        return "{\"Name\":\"" + name + "\",\"Type\":\"Lambda\",\"FunctionArn\":\"java:" + Noop.class.getName()
                + "\",\"OutputParameters\":[{\"OutputName\":\"n\",\"OutputType\":\"Integer\"}],\"Arguments\":{},"
                + "\"DependsOn\":[" + deps + "]}";
    }

    static String chain(int n) {
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(step("S" + i, i == 0 ? List.of() : List.of("S" + (i - 1))));
        }
        return "{\"Version\":\"2020-12-01\",\"Parameters\":[],\"Steps\":[" + String.join(",", steps) + "]}";
    }

    static String fanOut(int n) {
        List<String> steps = new ArrayList<>();
        List<String> middle = new ArrayList<>();
        steps.add(step("Root", List.of()));
        for (int i = 0; i < n - 2; i++) {
            steps.add(step("M" + i, List.of("Root")));
            middle.add("M" + i);
        }
        steps.add(step("Join", middle));
        return "{\"Version\":\"2020-12-01\",\"Parameters\":[],\"Steps\":[" + String.join(",", steps) + "]}";
    }

    /** One execution: its wall time and each step's gap after its dependencies, in microseconds. */
    static double[] execute(PipelinesApi api, String pipeline, Map<String, List<String>> deps, List<Double> gaps)
            throws InterruptedException {
        long t0 = System.nanoTime();
        String arn = api.startPipelineExecution(StartPipelineExecutionRequest.builder().pipelineName(pipeline)
                .build()).pipelineExecutionArn();
        String status;
        do {
            Thread.sleep(1);
            status = api.describePipelineExecution(DescribePipelineExecutionRequest.builder()
                    .pipelineExecutionArn(arn).build()).pipelineExecutionStatusAsString();
        } while (status.equals("Executing"));
        long wall = System.nanoTime() - t0;
        if (!status.equals("Succeeded")) {
            throw new IllegalStateException(pipeline + " ended " + status);
        }
        Map<String, PipelineExecutionStep> steps = new HashMap<>();
        for (PipelineExecutionStep s : api.listPipelineExecutionSteps(ListPipelineExecutionStepsRequest.builder()
                .pipelineExecutionArn(arn).maxResults(100).build()).pipelineExecutionSteps()) {
            steps.put(s.stepName(), s);
        }
        Instant first = null;
        Instant last = null;
        for (PipelineExecutionStep s : steps.values()) {
            first = first == null || s.startTime().isBefore(first) ? s.startTime() : first;
            last = last == null || s.endTime().isAfter(last) ? s.endTime() : last;
            List<String> d = deps.get(s.stepName());
            if (d.isEmpty()) {
                continue;
            }
            Instant ready = null;
            for (String name : d) {
                Instant end = steps.get(name).endTime();
                ready = ready == null || end.isAfter(ready) ? end : ready;
            }
            gaps.add(Duration.between(ready, s.startTime()).toNanos() / 1000.0);
        }
        return new double[] {wall / 1000.0, Duration.between(first, last).toNanos() / 1000.0};
    }

    static Map<String, List<String>> depsOf(String json) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        for (var s : dev.sagemaker4j.local.SdkJson.MAPPER.readTree(json).path("Steps")) {
            List<String> d = new ArrayList<>();
            s.path("DependsOn").forEach(x -> d.add(x.asText()));
            out.put(s.path("Name").asText(), d);
        }
        return out;
    }

    static double pct(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --out DIR [--warmup N] [--runs N] [--label TEXT]}
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>(Map.of("--out", "benchmarks/results/pipeline-engine",
                "--warmup", "3", "--runs", "10", "--label", ""));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i], args[i + 1]);
        }
        Path out = Path.of(opts.get("--out"));
        int warmup = Integer.parseInt(opts.get("--warmup"));
        int runs = Integer.parseInt(opts.get("--runs"));
        String loadStart = loadAverage();
        Instant started = Instant.now();
        Path root = Files.createTempDirectory("pipeline-engine");
        StringBuilder md = new StringBuilder();
        StringBuilder tsv = new StringBuilder("pipeline\tgap_us\n");
        List<String[]> rows = new ArrayList<>();
        try (Session session = Session.local(root)) {
            PipelinesApi api = session.api(PipelinesApi.CAPABILITY);
            Map<String, String> pipelines = Map.of("chain-50", chain(50), "fan-out-50", fanOut(50));
            for (String name : List.of("chain-50", "fan-out-50")) {
                api.createPipeline(CreatePipelineRequest.builder().pipelineName(name).roleArn(ROLE)
                        .pipelineDefinition(pipelines.get(name)).build());
                Map<String, List<String>> deps = depsOf(pipelines.get(name));
                for (int i = 0; i < warmup; i++) {
                    execute(api, name, deps, new ArrayList<>());
                }
                List<Double> gaps = new ArrayList<>();
                List<Double> walls = new ArrayList<>();
                List<Double> spans = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    double[] w = execute(api, name, deps, gaps);
                    walls.add(w[0]);
                    spans.add(w[1]);
                }
                for (double g : gaps) {
                    tsv.append(name).append('\t').append(String.format(Locale.ROOT, "%.1f", g)).append('\n');
                }
                Collections.sort(gaps);
                Collections.sort(walls);
                Collections.sort(spans);
                rows.add(new String[] {name, Integer.toString(gaps.size()), ms(pct(gaps, 50)), ms(pct(gaps, 99)),
                        ms(gaps.get(gaps.size() - 1)), ms(pct(walls, 50)), ms(pct(spans, 50)),
                        pct(gaps, 99) < 20_000 ? "yes" : "no"});
            }
        }
        String loadEnd = loadAverage();
        md.append("# Pipeline engine overhead").append(opts.get("--label").isEmpty() ? "" : " (" + opts.get("--label")
                + ")").append("\n\n");
        md.append("`dev.sagemaker4j.benchmarks.PipelineEngineBenchmark` (`benchmarks/pipeline-engine.sh`): the local ")
                .append("pipeline engine running 50-step pipelines of trivial Java-function steps on the local backend")
                .append(" (records persisted under a temporary session root). Gap = a step's StartTime minus the ")
                .append("latest EndTime of the steps it depends on, as ListPipelineExecutionSteps reports them (µs ")
                .append("precision): the engine's scheduling, bookkeeping and persistence between steps. ")
                .append(warmup).append(" warm-up and ").append(runs).append(" measured executions per pipeline. ")
                .append("Goal (issue 18): under 20 ms.\n\n");
        md.append("Host: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; JDK ").append(System.getProperty("java.vm.version")).append("; load average ")
                .append(loadStart).append(" at start, ").append(loadEnd).append(" at the end. Run ")
                .append(started).append(", JVM args ").append(ManagementFactory.getRuntimeMXBean().getInputArguments()
                        .stream().filter(a -> !a.startsWith("-D")).toList()).append(".\n\n");
        md.append("| pipeline | gaps | p50 | p99 | max | execution wall (median) | first start to last end (median) ")
                .append("| p99 under 20 ms |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        md.append("\nchain-50: S0 → S1 → … → S49 (49 gaps). fan-out-50: Root → M0…M47 in parallel → Join (48 gaps ")
                .append("from Root's end, 1 from the last M's end). Execution wall = StartPipelineExecution to the ")
                .append("first DescribePipelineExecution that is no longer Executing (polled every 1 ms).\n");
        Files.createDirectories(out);
        String file = "PipelineEngine" + (opts.get("--label").isEmpty() ? "" : "-" + opts.get("--label"));
        Files.writeString(out.resolve(file + ".md"), md.toString());
        Files.writeString(out.resolve(file + ".tsv"), tsv.toString());
        System.out.print(md);
    }

    private static String ms(double micros) {
        return String.format(Locale.ROOT, "%.2f ms", micros / 1000.0);
    }
}
