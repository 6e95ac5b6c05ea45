/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.spi.RuntimeApi;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

/**
 * A load harness for the {@link EndpointServer}: closed-loop clients on keep-alive loopback
 * connections, each sending one CSV record to a tiny model and waiting for the answer before it sends
 * the next, at 1, 8 and 32 clients; the same request in-process through
 * {@code session.runtimeApi().invokeEndpoint(...)} at 1 and 8 clients (not more: in-process nothing
 * bounds the callers, and a variant refuses at once, with a {@code ThrottlingException}, when more
 * than four times its capacity wait). It reports requests per second, latency percentiles and the
 * latency HTTP adds over the in-process call at 1 client.
 *
 * <p>Not a JMH benchmark: JMH's threads would be the clients, and its table has no percentiles or
 * differences. Each level runs {@code --warmup} seconds, then {@code --seconds} seconds of
 * measurement; a request counts when it starts and ends inside the measurement window. Latencies are
 * kept whole (a {@code long[]} per client, sorted at the end), so percentiles are exact. The clients
 * ({@link LoadClient}) run in the server's JVM and on the same CPUs; the CPU columns say how much of
 * the machine they took.
 *
 * <pre>
 * benchmarks/run-harness.sh EndpointServerLoad  # builds, runs, writes results/EndpointServerLoad.*
 * java ... dev.sagemaker4j.benchmarks.EndpointServerLoad [--results DIR] [--warmup S] [--seconds S]
 *     [--clients 1,8,32] [--in-process-clients 1,8] [--models xgboost,onnx]
 * </pre>
 *
 * Writes {@code EndpointServerLoad.json}, {@code .md} and {@code .host.properties} into the results
 * folder.
 */
public final class EndpointServerLoad {
    private static final String NAME = "EndpointServerLoad";
    private static final String CONTENT_TYPE = "text/csv";
    private static final String ACCEPT = "text/csv";
    /** The goal for the latency HTTP adds at the 99th percentile. */
    private static final double GOAL_ADDED_P99_MS = 1.0;
    /** The goal for requests per second on a tiny model. */
    private static final double GOAL_REQUESTS_PER_SECOND = 10_000;

    private EndpointServerLoad() {
    }

    /**
     * Runs the levels and writes the results.
     *
     * @param args options, see the class comment
     * @throws Exception when a model cannot be deployed or the results cannot be written
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Harnesses.options(NAME, args);
        Path results = Path.of(options.getOrDefault("results", "benchmarks/results"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "8"));
        int[] clientCounts = counts(options.getOrDefault("clients", "1,8,32"));
        int[] inProcessCounts = counts(options.getOrDefault("in-process-clients", "1,8"));
        String[] models = options.getOrDefault("models", "xgboost,onnx").split(",");
        String load = Harnesses.loadAverage();
        Instant started = Instant.now();

        List<Level> levels = new ArrayList<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (String model : models) {
            try (HostingFixture fixture = HostingFixture.open("load-bench-")) {
                levels.addAll(runModel(fixture, model.trim(), clientCounts, inProcessCounts, warmup, seconds,
                        descriptions));
            }
        }
        Files.createDirectories(results);
        writeJson(results.resolve(NAME + ".json"), levels, descriptions, warmup, seconds, started);
        Properties host = Harnesses.host(load, started);
        Harnesses.writeHost(host, results.resolve(NAME + ".host.properties"));
        String md = markdown(levels, descriptions, warmup, seconds, host);
        Files.writeString(results.resolve(NAME + ".md"), md, StandardCharsets.UTF_8);
        System.out.print(md);
    }

    private static List<Level> runModel(HostingFixture fixture, String model, int[] clientCounts,
                                        int[] inProcessCounts, int warmup, int seconds,
                                        Map<String, String> descriptions) throws Exception {
        int features = 10;
        String uri;
        String image;
        switch (model) {
            case "xgboost":
                uri = fixture.upload(model, HostingFixture.XGBOOST_FILE, HostingFixture.xgboostModel(features, 10, 3,
                        5));
                image = HostingFixture.XGBOOST_IMAGE;
                descriptions.put(model, "XGBoost binary:logistic, 10 trees of depth 3, 10 features");
                break;
            case "onnx":
                uri = fixture.upload(model, HostingFixture.ONNX_FILE, HostingFixture.onnxModel(features, 1, 5));
                image = HostingFixture.ONNX_IMAGE;
                descriptions.put(model, "ONNX dense 10 → 1 with a sigmoid");
                break;
            default:
                throw new IllegalArgumentException("--models: no model " + model + "; use xgboost and/or onnx");
        }
        Predictor<String> predictor = fixture.deploy(image, uri, new CSVSerializer(),
                new StringDeserializer(StandardCharsets.UTF_8, ACCEPT));
        String endpoint = predictor.endpointName();
        byte[] body = HostingFixture.csv(HostingFixture.rows(1, features, 3)).getBytes(StandardCharsets.UTF_8);
        RuntimeApi runtime = fixture.session().runtimeApi();
        String path = "/endpoints/" + endpoint + "/invocations";
        List<Level> levels = new ArrayList<>();
        try (EndpointServer server = EndpointServer.builder().session(fixture.session()).endpointName(endpoint)
                .start()) {
            byte[] inProcessAnswer = runtime.invokeEndpoint(request(endpoint, body)).body().asByteArray();
            try (LoadClient check = new LoadClient(server.port(), path, CONTENT_TYPE, ACCEPT, body)) {
                int status = check.post();
                if (status != 200 || !Arrays.equals(check.body(), inProcessAnswer)) {
                    throw new IllegalStateException(model + ": HTTP answered " + status + " "
                            + new String(check.body(), StandardCharsets.UTF_8) + ", in-process "
                            + new String(inProcessAnswer, StandardCharsets.UTF_8));
                }
            }
            for (int clients : inProcessCounts) {
                levels.add(run(model, "in-process", clients, warmup, seconds,
                        () -> () -> {
                            runtime.invokeEndpoint(request(endpoint, body));
                            return 200;
                        }));
            }
            for (int clients : clientCounts) {
                levels.add(run(model, "http", clients, warmup, seconds, () -> {
                    LoadClient c = new LoadClient(server.port(), path, CONTENT_TYPE, ACCEPT, body);
                    return new Call() {
                        @Override
                        public int call() throws IOException {
                            return c.post();
                        }

                        @Override
                        public void close() throws IOException {
                            c.close();
                        }
                    };
                }));
            }
        }
        predictor.deleteEndpoint();
        return levels;
    }

    /** The request the server makes of an HTTP invocation: built anew each time, as the server does. */
    private static InvokeEndpointRequest request(String endpoint, byte[] body) {
        return InvokeEndpointRequest.builder().endpointName(endpoint).contentType(CONTENT_TYPE).accept(ACCEPT)
                .body(SdkBytes.fromByteArrayUnsafe(body)).build();
    }

    /** One client's call: returns the status code. */
    private interface Call extends AutoCloseable {
        int call() throws Exception;

        @Override
        default void close() throws IOException {
        }
    }

    /** Opens one client's connection (or nothing, in-process). */
    private interface ClientFactory {
        Call open() throws Exception;
    }

    /** Runs one level: {@code clients} closed-loop threads, warmup then measurement. */
    private static Level run(String model, String path, int clients, int warmup, int seconds, ClientFactory factory)
            throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        int[] errors = new int[clients];
        long[] clientCpu = new long[clients];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> firstError = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch done = new CountDownLatch(clients);
        long[] window = new long[2];
        CountDownLatch go = new CountDownLatch(1);
        for (int c = 0; c < clients; c++) {
            int id = c;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int failed = 0;
                long cpuAtStart = -1;
                Call call = null;
                try {
                    call = factory.open();
                    ready.countDown();
                    go.await();
                    long measureStart = window[0];
                    long measureEnd = window[1];
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= measureEnd) {
                            break;
                        }
                        if (cpuAtStart < 0 && t0 >= measureStart) {
                            cpuAtStart = threads.getCurrentThreadCpuTime();
                        }
                        int status;
                        try {
                            status = call.call();
                        } catch (IOException e) {
                            // the connection broke: count it, connect again
                            failed++;
                            firstError.compareAndSet(null, e.toString());
                            call.close();
                            call = factory.open();
                            continue;
                        } catch (RuntimeException e) {
                            // in-process, a variant at capacity refuses at once (ThrottlingException)
                            failed++;
                            firstError.compareAndSet(null, e.toString());
                            continue;
                        }
                        long t1 = System.nanoTime();
                        if (status != 200) {
                            failed++;
                            firstError.compareAndSet(null, "HTTP status " + status);
                        } else if (t0 >= measureStart && t1 <= measureEnd) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = t1 - t0;
                        }
                    }
                    if (cpuAtStart >= 0) {
                        clientCpu[id] = threads.getCurrentThreadCpuTime() - cpuAtStart;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    ready.countDown();
                } finally {
                    if (call != null) {
                        try {
                            call.close();
                        } catch (IOException e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                    latencies[id] = Arrays.copyOf(lat, n);
                    counts[id] = n;
                    errors[id] = failed;
                    done.countDown();
                }
            }, "load-" + path + "-" + c);
            t.setDaemon(true);
            t.start();
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + TimeUnit.SECONDS.toNanos(warmup);
        window[1] = window[0] + TimeUnit.SECONDS.toNanos(seconds);
        go.countDown();
        sleepUntil(window[0]);
        long cpu0 = os.getProcessCpuTime();
        long[] gc0 = gc();
        Map<String, Long> wait0 = runQueueWait();
        sleepUntil(window[1]);
        long cpu1 = os.getProcessCpuTime();
        long[] gc1 = gc();
        Map<String, Long> wait1 = runQueueWait();
        long waited = 0;
        for (Map.Entry<String, Long> e : wait1.entrySet()) {
            Long before = wait0.get(e.getKey());
            if (before != null) {
                waited += e.getValue() - before;
            }
        }
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException(model + " " + path + " with " + clients + " clients failed",
                    failure.get());
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        if (all.length == 0) {
            throw new IllegalStateException(model + " " + path + " with " + clients + " clients: no request finished");
        }
        double windowSeconds = (window[1] - window[0]) / 1e9;
        Level level = new Level(model, path, clients, all.length / windowSeconds, percentile(all, 0.50),
                percentile(all, 0.99), percentile(all, 0.999), all[all.length - 1] / 1e6,
                Arrays.stream(errors).sum(), firstError.get(), (cpu1 - cpu0) / 1e9 / windowSeconds,
                Arrays.stream(clientCpu).sum() / 1e9 / windowSeconds, waited / 1e9 / windowSeconds,
                gc1[0] - gc0[0], gc1[1] - gc0[1]);
        System.err.printf(Locale.ROOT, "%-8s %-10s %3d clients: %,9.0f requests/s, p50 %.3f ms, p99 %.3f ms,"
                        + " p99.9 %.3f ms, CPU %.2f cores (clients %.2f), waiting for a CPU %.2f, %d errors%n",
                model, path, clients, level.requestsPerSecond(), level.p50Ms(), level.p99Ms(), level.p999Ms(),
                level.cpuCores(), level.clientCpuCores(), level.waitingCores(), level.errors());
        return level;
    }

    private static void sleepUntil(long deadline) throws InterruptedException {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    /**
     * Nanoseconds each thread of this process has spent runnable but waiting for a CPU, by thread id,
     * from {@code /proc/self/task/<tid>/schedstat} (its second field); empty where that is not there.
     */
    private static Map<String, Long> runQueueWait() {
        Map<String, Long> waits = new LinkedHashMap<>();
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String[] fields = Files.readString(task.resolve("schedstat")).trim().split("\\s+");
                    waits.put(task.getFileName().toString(), Long.parseLong(fields[1]));
                } catch (IOException | RuntimeException gone) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return waits;
    }

    /** Collections and milliseconds spent in GC so far. */
    private static long[] gc() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, b.getCollectionCount());
            millis += Math.max(0, b.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static double cpuMicrosPerRequest(Level l) {
        return l.cpuCores() * 1e6 / l.requestsPerSecond();
    }

    /** The in-process level of the same model at one client: what HTTP's added latency is measured from. */
    private static Level inProcessAtOne(List<Level> levels, String model) {
        for (Level l : levels) {
            if (l.model().equals(model) && l.path().equals("in-process") && l.clients() == 1) {
                return l;
            }
        }
        return null;
    }

    private static void writeJson(Path file, List<Level> levels, Map<String, String> descriptions, int warmup,
                                  int seconds, Instant started) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("harness", EndpointServerLoad.class.getName());
        root.put("date", started.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("vmVersion", System.getProperty("java.vm.version"));
        root.putPOJO("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        root.put("warmupSeconds", warmup);
        root.put("measurementSeconds", seconds);
        root.putPOJO("models", descriptions);
        ArrayNode rows = root.putArray("results");
        for (Level l : levels) {
            ObjectNode r = rows.addObject();
            r.put("model", l.model());
            r.put("path", l.path());
            r.put("clients", l.clients());
            r.put("requestsPerSecond", round(l.requestsPerSecond(), 1));
            r.put("p50Ms", round(l.p50Ms(), 4));
            r.put("p99Ms", round(l.p99Ms(), 4));
            r.put("p999Ms", round(l.p999Ms(), 4));
            r.put("maxMs", round(l.maxMs(), 4));
            Level base = inProcessAtOne(levels, l.model());
            if (l.path().equals("http") && base != null) {
                r.put("addedP50Ms", round(l.p50Ms() - base.p50Ms(), 4));
                r.put("addedP99Ms", round(l.p99Ms() - base.p99Ms(), 4));
            }
            r.put("errors", l.errors());
            if (l.firstError() != null) {
                r.put("firstError", l.firstError());
            }
            r.put("cpuCores", round(l.cpuCores(), 3));
            r.put("cpuMicrosPerRequest", round(cpuMicrosPerRequest(l), 1));
            r.put("waitingForCpuCores", round(l.waitingCores(), 3));
            r.put("clientCpuCores", round(l.clientCpuCores(), 3));
            r.put("gcCount", l.gcCount());
            r.put("gcMillis", l.gcMillis());
        }
        mapper.writeValue(file.toFile(), root);
    }

    private static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }

    private static String markdown(List<Level> levels, Map<String, String> descriptions, int warmup, int seconds,
                                   Properties host) {
        StringBuilder md = new StringBuilder("# " + NAME + "\n\n");
        md.append("`").append(EndpointServerLoad.class.getName()).append("`: harness (not JMH), closed-loop ")
                .append("clients in the server's JVM, each level ").append(warmup).append(" s warmup + ")
                .append(seconds).append(" s measurement, batch 1 (one CSV record), `Accept: text/csv`.  \n")
                .append(Harnesses.summary(host)).append('\n');
        descriptions.forEach((m, d) -> md.append("- `").append(m).append("`: ").append(d).append('\n'));
        md.append('\n')
                .append("| model | path | clients | requests/s | p50 ms | p99 ms | p99.9 ms | max ms | added p50 ms ")
                .append("| added p99 ms | CPU cores: all (clients) | CPU µs/request | waiting for a CPU | GC ")
                .append("| errors |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Level l : levels) {
            Level base = inProcessAtOne(levels, l.model());
            boolean added = l.path().equals("http") && base != null;
            String addedP50 = added ? String.format(Locale.ROOT, "%.3f", l.p50Ms() - base.p50Ms()) : "";
            String addedP99 = added ? String.format(Locale.ROOT, "%.3f", l.p99Ms() - base.p99Ms()) : "";
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,.0f | %.3f | %.3f | %.3f | %.1f | %s | %s | "
                            + "%.2f (%.2f) | %.0f | %.2f | %d in %d ms | %d |%n", l.model(), l.path(), l.clients(),
                    l.requestsPerSecond(), l.p50Ms(), l.p99Ms(), l.p999Ms(), l.maxMs(), addedP50, addedP99,
                    l.cpuCores(), l.clientCpuCores(), cpuMicrosPerRequest(l), l.waitingCores(), l.gcCount(),
                    l.gcMillis(), l.errors()));
        }
        md.append("\n\"added\" = this HTTP row's percentile minus the same percentile of the in-process call at 1 ")
                .append("client (`session.runtimeApi().invokeEndpoint` of the same body); with more clients than ")
                .append("cores it includes queueing. CPU cores = process CPU time ÷ wall time over the measurement ")
                .append("(the machine's maximum is its CPU count); in parentheses the share of the load clients' ")
                .append("threads (in-process, those threads run the model themselves). CPU µs/request = CPU cores ")
                .append("÷ requests/s: what a request costs the whole process, clients included, which holds better ")
                .append("than requests/s when other work takes part of the CPUs (2 CPUs ÷ it is the rate the ")
                .append("process could reach with the machine to itself). Waiting for a CPU = the time the ")
                .append("process's threads were runnable but not running (Linux schedstat) ÷ wall time, behind ")
                .append("other processes or, with more busy threads than CPUs, behind its own; at 1 client it is ")
                .append("other work, and where it is near the CPU cores used, that work decides the tail latency. ")
                .append("GC = collections and their time during the measurement.\n\n");
        for (Level l : levels) {
            if (l.errors() > 0) {
                md.append("- errors of ").append(l.model()).append(' ').append(l.path()).append(" at ")
                        .append(l.clients()).append(" clients, the first: `").append(l.firstError()).append("`\n");
            }
        }
        if (levels.stream().anyMatch(l -> l.errors() > 0)) {
            md.append('\n');
        }
        md.append("Goals (tiny model, ").append(host.getProperty("cpus")).append(" CPUs):\n\n");
        for (String model : descriptions.keySet()) {
            Level one = null;
            Level best = null;
            for (Level l : levels) {
                if (l.model().equals(model) && l.path().equals("http")) {
                    if (l.clients() == 1) {
                        one = l;
                    }
                    if (best == null || l.requestsPerSecond() > best.requestsPerSecond()) {
                        best = l;
                    }
                }
            }
            Level base = inProcessAtOne(levels, model);
            if (one != null && base != null) {
                double addedP99 = one.p99Ms() - base.p99Ms();
                md.append(String.format(Locale.ROOT, "- `%s`: added p99 at 1 client %.3f ms (goal < %.0f ms: %s)",
                        model, addedP99, GOAL_ADDED_P99_MS, addedP99 < GOAL_ADDED_P99_MS ? "met" : "missed"));
            } else {
                md.append("- `").append(model).append("`: no 1-client rows");
            }
            if (best != null) {
                int cpus = Runtime.getRuntime().availableProcessors();
                boolean met = best.requestsPerSecond() >= GOAL_REQUESTS_PER_SECOND;
                md.append(String.format(Locale.ROOT, "; best %,.0f requests/s at %d clients (goal ≥ %,.0f: %s;"
                                + " with all %d CPUs at %.0f µs/request: %,.0f)", best.requestsPerSecond(),
                        best.clients(), GOAL_REQUESTS_PER_SECOND, met ? "met" : "missed", cpus,
                        cpuMicrosPerRequest(best), cpus * 1e6 / cpuMicrosPerRequest(best)));
            }
            md.append(".\n");
        }
        return md.toString();
    }

    private static int[] counts(String list) {
        return Arrays.stream(list.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    }

    /** The numbers of one model, path and client count. */
    private record Level(String model, String path, int clients, double requestsPerSecond, double p50Ms,
                         double p99Ms, double p999Ms, double maxMs, int errors, String firstError, double cpuCores,
                         double clientCpuCores, double waitingCores, long gcCount, long gcMillis) {
    }
}
