/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sagemaker.model.AddAssociationRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateActionRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateContextRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.InferenceSpecification;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.QueryLineageRequest;
import software.amazon.awssdk.services.sagemaker.model.QueryLineageResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.Vertex;

/**
 * The model registry's and the lineage store's read latency through the public API, beside the same question
 * answered straight from the records on disk and from a plain in-memory map of them (harness: writes its own
 * table; issue 17's goal: under 20 ms p99).
 *
 * <p><b>Registry</b>: one group of {@code --versions} versions (default 10,000) registered through
 * {@code session.api(ModelPackagesApi.CAPABILITY)}, every third one approved. A client lists the approved
 * versions newest first the way a client pages: {@code ListModelPackages(ModelPackageGroupName,
 * ModelApprovalStatus=Approved, SortBy=CreationTime, SortOrder=Descending, MaxResults=100)} and then each
 * {@code NextToken}; every page call is one sample. Beside it: {@code raw-files} (the versions folder listed,
 * each {@code <n>.json} parsed with Jackson, filtered, sorted and cut, per page: what the registry did before
 * its index) and {@code raw-memory} (the same question over records loaded once into a list: the floor).
 *
 * <p><b>Lineage</b>: {@code --entities} entities (default 100,000) in 11 layers (artifacts, actions and
 * contexts in turn), each entity of a layer associated with one or two random entities of the next (seed 17),
 * created through {@code session.api(LineageApi.CAPABILITY)}. {@code QueryLineage} with
 * {@code Direction=Descendants} from a random entity of the first layer and {@code Ascendants} from one of the
 * last, {@code MaxDepth=10}, {@code IncludeEdges=true}. Beside it: {@code raw-files} (every association file
 * read and walked, per query) and {@code raw-memory} (a breadth-first walk over adjacency maps built once from
 * the files); the setup checks that the answers agree vertex for vertex.
 *
 * <p>Options ({@code --name value}): {@code --results DIR} (where {@code registry-lineage/} goes),
 * {@code --versions N}, {@code --entities N}, {@code --listings N} (full paged listings, default 60),
 * {@code --queries N} (per direction, default 2,000), {@code --raw-files N} and {@code --raw-queries N} (calls of
 * the raw-files rows, default 20 and 3), {@code --root DIR} (the session root, kept: a second run on it skips
 * the setup and reports its first call, which builds the indexes from the files),
 * {@code --parts registry,lineage}, {@code --label NAME} (the file names' suffix).
 */
public final class RegistryLineageBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String GROUP = "bench";
    private static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    private static final int LAYERS = 11;

    private final Map<String, Object> rows = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private double coldLineageMs;

    private RegistryLineageBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --name value} options, see the class Javadoc
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = Harnesses.options("RegistryLineageBenchmark", args);
        Path results = Path.of(o.getOrDefault("results", "results")).resolve("registry-lineage");
        String label = o.getOrDefault("label", "");
        Files.createDirectories(results);
        Instant started = Instant.now();
        Properties host = Harnesses.host(Harnesses.loadAverage(), started);
        Set<String> parts = Set.of(o.getOrDefault("parts", "registry,lineage").split(","));
        RegistryLineageBenchmark b = new RegistryLineageBenchmark();
        b.md.append("# RegistryLineageBenchmark").append(label.isEmpty() ? "" : " (" + label + ")").append("\n\n")
                .append(Harnesses.summary(host)).append('\n');
        Path root = o.containsKey("root") ? Path.of(o.get("root")) : Files.createTempDirectory("registry-lineage");
        boolean reuse = Files.exists(root.resolve("bench-setup.properties"));
        Properties setup = new Properties();
        if (reuse) {
            try (var in = Files.newBufferedReader(root.resolve("bench-setup.properties"))) {
                setup.load(in);
            }
        }
        try {
            // one session root per part: the lineage store also records the registry's versions (as SageMaker
            // does), which would add 10,000 packages' entities to the lineage graph
            if (parts.contains("registry")) {
                long opening = System.nanoTime();
                try (Session session = Session.local(root.resolve("registry"))) {
                    b.opened(reuse, setup, "registry", (System.nanoTime() - opening) / 1e6);
                    b.registry(session, root.resolve("registry"), setup,
                            Integer.parseInt(o.getOrDefault("versions", "10000")),
                            Integer.parseInt(o.getOrDefault("listings", "60")),
                            Integer.parseInt(o.getOrDefault("raw-files", "20")));
                }
            }
            if (parts.contains("lineage")) {
                long opening = System.nanoTime();
                try (Session session = Session.local(root.resolve("lineage"))) {
                    b.opened(reuse, setup, "lineage", (System.nanoTime() - opening) / 1e6);
                    b.lineage(session, root.resolve("lineage"), setup,
                            Integer.parseInt(o.getOrDefault("entities", "100000")),
                            Integer.parseInt(o.getOrDefault("queries", "2000")),
                            Integer.parseInt(o.getOrDefault("raw-queries", "3")));
                }
            }
            if (!reuse) {
                setup.setProperty("created", started.toString());
                try (var out = Files.newBufferedWriter(root.resolve("bench-setup.properties"))) {
                    setup.store(out, null);
                }
            }
        } finally {
            if (!o.containsKey("root")) {
                deleteTree(root);
            }
        }
        String end = Harnesses.loadAverage();
        host.setProperty("loadEnd", end);
        b.md.append("\nLoad average at the end: ").append(end).append(".\n");
        String suffix = label.isEmpty() ? "" : "-" + label;
        Files.writeString(results.resolve("RegistryLineageBenchmark" + suffix + ".md"), b.md.toString());
        ObjectNode json = JSON.createObjectNode();
        json.set("host", JSON.valueToTree(host));
        json.set("rows", JSON.valueToTree(b.rows));
        Files.writeString(results.resolve("RegistryLineageBenchmark" + suffix + ".json"),
                JSON.writeValueAsString(json));
        Harnesses.writeHost(host, results.resolve("RegistryLineageBenchmark" + suffix + ".host.properties"));
        System.out.println(b.md);
    }

    private void opened(boolean reuse, Properties setup, String part, double openMs) {
        if (reuse) {
            md.append(String.format("Reusing the %s root of an earlier run (%s): `Session.local` took %.0f ms (the "
                    + "registry's index is built from the files when the session opens, the lineage store's at its "
                    + "first call).%n%n", part, setup.getProperty("created"), openMs));
        }
    }

    // ------------------------------------------------------------------ registry

    private void registry(Session session, Path root, Properties setup, int count, int rounds, int rawCalls)
            throws Exception {
        ModelPackagesApi api = session.api(ModelPackagesApi.CAPABILITY);
        double setupS;
        if (setup.getProperty("registry.setupSeconds") == null) {
            api.createModelPackageGroup(CreateModelPackageGroupRequest.builder().modelPackageGroupName(GROUP)
                    .build());
            long t0 = System.nanoTime();
            List<String> arns = parallel(count, i -> api.createModelPackage(CreateModelPackageRequest.builder()
                    .modelPackageGroupName(GROUP).inferenceSpecification(InferenceSpecification.builder()
                            .containers(ModelPackageContainerDefinition.builder().image(IMAGE)
                                    .modelDataUrl("s3://bench/model-" + i + ".tar.gz").build())
                            .supportedContentTypes("text/csv").supportedResponseMIMETypes("text/csv").build())
                    .build()).modelPackageArn());
            arns.sort(Comparator.comparingInt(a -> Integer.parseInt(a.substring(a.lastIndexOf('/') + 1))));
            parallel(arns.size() / 3, i -> api.updateModelPackage(UpdateModelPackageRequest.builder()
                    .modelPackageArn(arns.get(3 * i)).modelApprovalStatus("Approved").build()).modelPackageArn());
            // the registry's worker takes every version to Completed in order: wait for the last
            String last = arns.get(arns.size() - 1);
            while (!"Completed".equals(api.describeModelPackage(DescribeModelPackageRequest.builder()
                    .modelPackageName(last).build()).modelPackageStatusAsString())) {
                Thread.sleep(50);
            }
            setupS = (System.nanoTime() - t0) / 1e9;
            setup.setProperty("registry.setupSeconds", String.format("%.1f", setupS));
            System.out.printf("registry: %d versions registered, %d approved in %.1f s%n", count, count / 3,
                    setupS);
        } else {
            setupS = Double.parseDouble(setup.getProperty("registry.setupSeconds"));
        }

        Supplier<List<String>> sdk = () -> {
            List<String> all = new ArrayList<>();
            String token = null;
            do {
                ListModelPackagesResponse page = api.listModelPackages(request(token));
                for (ModelPackageSummary s : page.modelPackageSummaryList()) {
                    all.add(s.modelPackageArn());
                }
                token = page.nextToken();
            } while (token != null);
            return all;
        };
        Path versionsDir = root.resolve("model-registry/groups").resolve(GROUP).resolve("versions");
        RawRegistry fromFiles = new RawRegistry(versionsDir, true);
        RawRegistry inMemory = new RawRegistry(versionsDir, false);
        List<String> expected = sdk.get();
        if (expected.size() != count / 3) {
            throw new IllegalStateException("the SDK listed " + expected.size() + " approved versions");
        }
        if (!expected.equals(inMemory.listAll()) || !expected.equals(fromFiles.listAll())) {
            throw new IllegalStateException("the raw listings disagree with ListModelPackages");
        }
        int pages = (expected.size() + 99) / 100;
        md.append("## ListModelPackages: ").append(count).append(" versions in one group, ").append(expected.size())
                .append(" approved\n\nA client lists the approved versions newest first, 100 a page (")
                .append(pages).append(" calls a listing); one sample per page call. Setup (register, approve, ")
                .append("validate) took ").append(String.format("%.1f", setupS)).append(" s.\n\n");
        header();
        Latencies warm = new Latencies(pages * 10);
        measure(warm, 10, () -> listPaged(api, warm));
        Latencies l = new Latencies(pages * rounds);
        measure(l, rounds, () -> listPaged(api, l));
        row("registry", "sdk", "ListModelPackages through Session.api (index in memory)", l);
        Latencies raw = new Latencies(rawCalls);
        measure(raw, rawCalls, () -> timed(raw, () -> fromFiles.page(null)));
        row("registry", "raw-files", "versions folder listed and every JSON parsed per page", raw);
        Latencies mem = new Latencies(pages * rounds);
        measure(mem, rounds, () -> {
            String token = null;
            do {
                String t = token;
                token = timedGet(mem, () -> inMemory.page(t));
            } while (token != null);
        });
        row("registry", "raw-memory", "(time, version, ARN, status) of every version in a list, loaded once: filter, "
                + "sort, cut per page (the floor)", mem);
        md.append('\n');
    }

    private static ListModelPackagesRequest request(String token) {
        return ListModelPackagesRequest.builder().modelPackageGroupName(GROUP).modelApprovalStatus("Approved")
                .sortBy("CreationTime").sortOrder("Descending").maxResults(100).nextToken(token).build();
    }

    private static void listPaged(ModelPackagesApi api, Latencies l) {
        String token = null;
        do {
            String t = token;
            token = timedGet(l, () -> api.listModelPackages(request(t)).nextToken());
        } while (token != null);
    }

    /** The registry's question answered from the version files without the SDK. */
    private static final class RawRegistry {
        /** The fields the question needs, taken from a version file. */
        private record Version(double time, int version, String arn, String status) {
        }

        private static final Comparator<Version> NEWEST_FIRST = Comparator.comparingDouble(Version::time)
                .thenComparingInt(Version::version).reversed();

        private final Path dir;
        private final boolean perCall;
        private List<Version> loaded;

        RawRegistry(Path dir, boolean perCall) throws IOException {
            this.dir = dir;
            this.perCall = perCall;
            if (!perCall) {
                loaded = load();
            }
        }

        private List<Version> load() throws IOException {
            List<Version> all = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
                for (Path p : s) {
                    JsonNode n = JSON.readTree(p.toFile());
                    all.add(new Version(n.path("CreationTime").asDouble(), n.path("ModelPackageVersion").asInt(),
                            n.path("ModelPackageArn").asText(), n.path("ModelApprovalStatus").asText()));
                }
            }
            return all;
        }

        /** One page (100) of approved versions, newest first; returns the next offset or null. */
        String page(String token) {
            List<Version> all = approved();
            int from = token == null ? 0 : Integer.parseInt(token);
            List<String> page = new ArrayList<>();
            for (Version v : all.subList(Math.min(from, all.size()), Math.min(all.size(), from + 100))) {
                page.add(v.arn());
            }
            return from + page.size() < all.size() ? Integer.toString(from + 100) : null;
        }

        private List<Version> approved() {
            try {
                List<Version> out = new ArrayList<>();
                for (Version v : perCall ? load() : loaded) {
                    if ("Approved".equals(v.status())) {
                        out.add(v);
                    }
                }
                out.sort(NEWEST_FIRST);
                return out;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        List<String> listAll() {
            List<String> out = new ArrayList<>();
            for (Version v : approved()) {
                out.add(v.arn());
            }
            return out;
        }
    }

    // ------------------------------------------------------------------ lineage

    private void lineage(Session session, Path root, Properties setup, int count, int rounds, int rawCalls)
            throws Exception {
        LineageApi api = session.api(LineageApi.CAPABILITY);
        Random random = new Random(17);
        Path layerFile = root.getParent().resolve("bench-layers.txt");
        if (setup.getProperty("lineage.setupSeconds") != null) {
            List<String> lines = Files.readAllLines(layerFile);
            List<String> firsts = List.of(lines.get(0).split(" "));
            List<String> lasts = List.of(lines.get(1).split(" "));
            long t = System.nanoTime();
            query(api, firsts.get(0), true);
            coldLineageMs = (System.nanoTime() - t) / 1e6;
            measureLineage(api, root, random, firsts, lasts, Double.parseDouble(setup.getProperty(
                    "lineage.setupSeconds")), Integer.parseInt(setup.getProperty("lineage.entities")),
                    Integer.parseInt(setup.getProperty("lineage.associations")), rounds, rawCalls);
            return;
        }
        int perLayer = count / LAYERS;
        long t0 = System.nanoTime();
        List<List<String>> layers = new ArrayList<>();
        for (int layer = 0; layer < LAYERS; layer++) {
            int n = layer == LAYERS - 1 ? count - perLayer * (LAYERS - 1) : perLayer;
            int layerNo = layer;
            layers.add(parallel(n, i -> create(api, layerNo, i)));
        }
        List<String[]> edges = new ArrayList<>();
        for (int layer = 0; layer + 1 < LAYERS; layer++) {
            List<String> next = layers.get(layer + 1);
            for (String source : layers.get(layer)) {
                int fanOut = 1 + random.nextInt(2);
                Set<String> targets = new TreeSet<>();
                while (targets.size() < fanOut) {
                    targets.add(next.get(random.nextInt(next.size())));
                }
                for (String t : targets) {
                    edges.add(new String[] {source, t});
                }
            }
        }
        parallel(edges.size(), i -> api.addAssociation(AddAssociationRequest.builder().sourceArn(edges.get(i)[0])
                .destinationArn(edges.get(i)[1]).associationType("ContributedTo").build()).sourceArn());
        double setupS = (System.nanoTime() - t0) / 1e9;
        System.out.printf("lineage: %d entities, %d associations in %.1f s%n", count, edges.size(), setupS);
        setup.setProperty("lineage.setupSeconds", String.format("%.1f", setupS));
        setup.setProperty("lineage.entities", Integer.toString(count));
        setup.setProperty("lineage.associations", Integer.toString(edges.size()));
        Files.writeString(layerFile, String.join(" ", layers.get(0)) + "\n" + String.join(" ", layers.get(LAYERS - 1))
                + "\n");
        measureLineage(api, root, random, layers.get(0), layers.get(LAYERS - 1), setupS, count, edges.size(),
                rounds, rawCalls);
    }

    private void measureLineage(LineageApi api, Path root, Random random, List<String> firsts, List<String> lasts,
                                double setupS, int count, int edgeCount, int rounds, int rawCalls)
            throws IOException {
        Path dir = root.resolve("lineage/associations");
        RawLineage inMemory = new RawLineage(dir, false);
        RawLineage fromFiles = new RawLineage(dir, true);
        int reached = 0;
        for (int i = 0; i < 50; i++) {
            for (boolean down : new boolean[] {true, false}) {
                String start = (down ? firsts : lasts).get(random.nextInt(firsts.size()));
                Set<String> sdk = new HashSet<>();
                for (Vertex v : query(api, start, down).vertices()) {
                    sdk.add(v.arn());
                }
                if (!sdk.equals(inMemory.walk(start, down))) {
                    throw new IllegalStateException("QueryLineage and the raw walk disagree from " + start);
                }
                reached += sdk.size();
            }
        }
        if (!fromFiles.walk(firsts.get(0), true).equals(inMemory.walk(firsts.get(0), true))) {
            throw new IllegalStateException("the raw walks disagree");
        }
        md.append("## QueryLineage: ").append(count).append(" entities, ").append(edgeCount)
                .append(" associations, depth 10\n\n11 layers of artifacts, actions and contexts; each entity ")
                .append("associated with 1 or 2 random entities of the next layer. Descendants from a random entity")
                .append(" of the first layer, Ascendants from one of the last (MaxDepth 10, IncludeEdges); ")
                .append(String.format("%.0f", reached / 100.0)).append(" vertices an answer on average. Setup ")
                .append("(create and associate through the API) took ").append(String.format("%.1f", setupS))
                .append(" s").append(coldLineageMs > 0 ? String.format("; this process's first call (the store "
                        + "loaded from its files) took %.0f ms", coldLineageMs) : "").append(".\n\n");
        header();
        for (boolean down : new boolean[] {true, false}) {
            String name = down ? "Descendants" : "Ascendants";
            List<String> starts = down ? firsts : lasts;
            Latencies warm = new Latencies(rounds / 4);
            measure(warm, rounds / 4, () -> timed(warm, () -> query(api, starts.get(random.nextInt(starts.size())),
                    down)));
            Latencies l = new Latencies(rounds);
            measure(l, rounds, () -> timed(l, () -> query(api, starts.get(random.nextInt(starts.size())), down)));
            row("lineage-" + name, "sdk", "QueryLineage " + name + " through Session.api", l);
            Latencies raw = new Latencies(rawCalls);
            measure(raw, rawCalls, () -> timed(raw, () -> fromFiles.walk(starts.get(random.nextInt(starts.size())),
                    down)));
            row("lineage-" + name, "raw-files", "every association file read, then walked, per query", raw);
            Latencies mem = new Latencies(rounds);
            measure(mem, rounds, () -> timed(mem, () -> inMemory.walk(starts.get(random.nextInt(starts.size())),
                    down)));
            row("lineage-" + name, "raw-memory", "breadth-first walk over HashMap adjacency (the floor)", mem);
        }
    }

    private static String create(LineageApi api, int layer, int i) {
        String name = "l" + layer + "-" + i;
        switch (layer % 3) {
            case 0:
                return api.createArtifact(CreateArtifactRequest.builder().artifactType("DataSet")
                        .source(s -> s.sourceUri("s3://bench/" + name)).build()).artifactArn();
            case 1:
                return api.createAction(CreateActionRequest.builder().actionName(name).actionType("Processing")
                        .status("Completed").build()).actionArn();
            default:
                return api.createContext(CreateContextRequest.builder().contextName(name).contextType("Pipeline")
                        .source(s -> s.sourceUri("s3://bench/" + name)).build()).contextArn();
        }
    }

    private static QueryLineageResponse query(LineageApi api, String start, boolean down) {
        return api.queryLineage(QueryLineageRequest.builder().startArns(start)
                .direction(down ? "Descendants" : "Ascendants").maxDepth(10).includeEdges(true).build());
    }

    /** The lineage question answered from the association files without the SDK. */
    private static final class RawLineage {
        private final Path dir;
        private final boolean perCall;
        private Map<String, List<String>> out;
        private Map<String, List<String>> in;

        RawLineage(Path dir, boolean perCall) throws IOException {
            this.dir = dir;
            this.perCall = perCall;
            if (!perCall) {
                load();
            }
        }

        private void load() throws IOException {
            out = new HashMap<>();
            in = new HashMap<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
                for (Path p : s) {
                    JsonNode a = JSON.readTree(p.toFile());
                    String src = a.path("SourceArn").asText();
                    String dst = a.path("DestinationArn").asText();
                    out.computeIfAbsent(src, k -> new ArrayList<>()).add(dst);
                    in.computeIfAbsent(dst, k -> new ArrayList<>()).add(src);
                }
            }
        }

        Set<String> walk(String start, boolean down) {
            if (perCall) {
                try {
                    load();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            Map<String, List<String>> next = down ? out : in;
            Set<String> seen = new HashSet<>();
            seen.add(start);
            Deque<String> frontier = new ArrayDeque<>(List.of(start));
            for (int depth = 0; depth < 10 && !frontier.isEmpty(); depth++) {
                Deque<String> following = new ArrayDeque<>();
                for (String arn : frontier) {
                    for (String n : next.getOrDefault(arn, List.of())) {
                        if (seen.add(n)) {
                            following.add(n);
                        }
                    }
                }
                frontier = following;
            }
            seen.remove(start);
            return seen;
        }
    }

    // ------------------------------------------------------------------ measuring

    /** Runs {@code count} calls on 8 threads and answers their results in call order. */
    private static List<String> parallel(int count, IntFunction<String> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> call.apply(n)));
            }
            List<String> out = new ArrayList<>(count);
            for (Future<String> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static void timed(Latencies l, Runnable r) {
        long t = System.nanoTime();
        r.run();
        l.add(System.nanoTime() - t);
    }

    private static <T> T timedGet(Latencies l, Supplier<T> s) {
        long t = System.nanoTime();
        T v = s.get();
        l.add(System.nanoTime() - t);
        return v;
    }

    private void measure(Latencies l, int rounds, Runnable round) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            round.run();
        }
        l.addWall(System.nanoTime() - wall);
        l.addCpu(threads.getCurrentThreadCpuTime() - cpu);
    }

    private void header() {
        md.append("| row | what | calls | p50 ms | p99 ms | max ms | mean ms | goal p99 < 20 ms |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|\n");
    }

    private void row(String group, String variant, String what, Latencies l) {
        Map<String, Object> s = l.summaryMicros();
        rows.put(group + "/" + variant, s);
        double p99 = ((Number) s.get("p99")).doubleValue() / 1000;
        md.append("| ").append(group).append(" `").append(variant).append("` | ").append(what).append(" | ")
                .append(s.get("calls")).append(" | ").append(ms(s.get("p50"))).append(" | ").append(ms(s.get("p99")))
                .append(" | ").append(ms(s.get("max"))).append(" | ").append(ms(s.get("mean"))).append(" | ")
                .append("sdk".equals(variant) ? (p99 < 20 ? "met" : "**missed**") : "").append(" |\n");
        System.out.printf("%s/%s: %s%n", group, variant, s);
    }

    private static String ms(Object micros) {
        return String.format("%.3f", ((Number) micros).doubleValue() / 1000);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
