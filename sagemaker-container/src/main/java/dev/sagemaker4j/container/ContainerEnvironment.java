/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The training contract as a SageMaker training container sees it, read from the files under {@code /opt/ml}: the
 * same {@link TrainingEnvironment} a {@link dev.sagemaker4j.estimator.TrainingScript} gets from the local backend,
 * so one script runs unchanged in both places.
 */
final class ContainerEnvironment implements TrainingEnvironment {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GPU_DEVICE = Pattern.compile("nvidia\\d+");

    private final Path root;
    private final Map<String, String> environment;
    private final PrintStream out;
    private final Map<String, String> hyperparameters;
    private final Map<String, Path> channels;
    private final Map<String, String> contentTypes;
    private final List<String> hosts;
    private final String currentHost;
    private final String instanceType;
    private volatile boolean stopRequested;

    ContainerEnvironment(Path root, Map<String, String> environment, PrintStream out) throws IOException {
        this.root = root;
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        this.out = out;
        Path config = inputConfigDir();
        this.hyperparameters = Collections.unmodifiableMap(hyperparameters(read(config.resolve(
                "hyperparameters.json"), "hyperparameters.json")));
        JsonNode resources = read(config.resolve("resourceconfig.json"), "resourceconfig.json");
        this.currentHost = resources.path("current_host").asText("algo-1");
        List<String> h = new ArrayList<>();
        resources.path("hosts").forEach(n -> h.add(n.asText()));
        this.hosts = Collections.unmodifiableList(h.isEmpty() ? List.of(currentHost) : h);
        this.instanceType = resources.path("current_instance_type").asText(
                environment.getOrDefault("SM_CURRENT_INSTANCE_TYPE", "unknown"));
        JsonNode data = read(config.resolve("inputdataconfig.json"), "inputdataconfig.json");
        Map<String, Path> c = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        data.properties().forEach(e -> {
            c.put(e.getKey(), inputDir().resolve("data").resolve(e.getKey()));
            if (e.getValue().hasNonNull("ContentType")) {
                types.put(e.getKey(), e.getValue().path("ContentType").asText());
            }
        });
        this.channels = Collections.unmodifiableMap(c);
        this.contentTypes = Collections.unmodifiableMap(types);
    }

    /**
     * Hyperparameters as a SageMaker training toolkit reads them: every value is a string, and a value that is a
     * JSON string (what the Python SDK's framework estimators send: {@code "\"train.py\""}) is unquoted.
     */
    static Map<String, String> hyperparameters(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.properties().forEach(e -> values.put(e.getKey(), unquote(e.getValue().isTextual()
                ? e.getValue().asText() : e.getValue().toString())));
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            try {
                JsonNode parsed = JSON.readTree(value);
                if (parsed.isTextual()) {
                    return parsed.asText();
                }
            } catch (IOException e) {
                return value;
            }
        }
        return value;
    }

    private static JsonNode read(Path file, String name) throws IOException {
        if (!Files.isRegularFile(file)) {
            return JSON.createObjectNode();
        }
        JsonNode node = JSON.readTree(file.toFile());
        if (node == null || !node.isObject()) {
            throw new ValidationException(name, file.toString(), "is not a JSON object",
                    "SageMaker writes it as one; check the container's /opt/ml/input/config");
        }
        return node;
    }

    void requestStop() {
        stopRequested = true;
    }

    @Override
    public String jobName() {
        return environment.getOrDefault("TRAINING_JOB_NAME", hyperparameters.getOrDefault("sagemaker_job_name",
                "training-job"));
    }

    @Override
    public String jobArn() {
        return environment.getOrDefault("TRAINING_JOB_ARN", "");
    }

    @Override
    public Map<String, String> hyperparameters() {
        return hyperparameters;
    }

    @Override
    public Map<String, Path> channels() {
        return channels;
    }

    @Override
    public Path channel(String name) {
        Path p = channels.get(name);
        if (p == null) {
            throw new ValidationException("channel", name, "is not an input channel of this job",
                    "the job's channels are " + channels.keySet());
        }
        return p;
    }

    @Override
    public Optional<String> channelContentType(String name) {
        return Optional.ofNullable(contentTypes.get(name));
    }

    @Override
    public Path inputDir() {
        return root.resolve("input");
    }

    @Override
    public Path inputConfigDir() {
        return inputDir().resolve("config");
    }

    @Override
    public Path modelDir() {
        return root.resolve("model");
    }

    @Override
    public Path outputDir() {
        return root.resolve("output");
    }

    @Override
    public Path outputDataDir() {
        return outputDir().resolve("data");
    }

    @Override
    public Path failureFile() {
        return outputDir().resolve("failure");
    }

    @Override
    public Path checkpointDir() {
        return root.resolve("checkpoints");
    }

    @Override
    public List<String> hosts() {
        return hosts;
    }

    @Override
    public String currentHost() {
        return currentHost;
    }

    @Override
    public String currentInstanceType() {
        return instanceType;
    }

    @Override
    public int numGpus() {
        try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
            return (int) dev.filter(p -> GPU_DEVICE.matcher(p.getFileName().toString()).matches()).count();
        } catch (IOException | SecurityException e) {
            return 0;
        }
    }

    @Override
    public int numCpus() {
        return Runtime.getRuntime().availableProcessors();
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void log(String line) {
        out.println(line);
    }

    @Override
    public void logMetric(String name, double value, long step) {
        // the line the local backend logs too, so one metric definition regex reads both
        out.println("#metric " + name + "=" + value + " step=" + step);
    }

    @Override
    public void reportProgress(long done, long total, String unit, Map<String, Double> metrics) {
        StringBuilder line = new StringBuilder("#progress ").append(done);
        if (total > 0) {
            line.append('/').append(total);
        }
        if (unit != null && !unit.isEmpty()) {
            line.append(' ').append(unit);
        }
        if (metrics != null) {
            metrics.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        }
        out.println(line);
    }

    @Override
    public boolean stopRequested() {
        return stopRequested;
    }
}
