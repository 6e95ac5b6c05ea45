/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingOutput;

/**
 * The processing contract of one instance: container paths resolved under a root ({@code /} in a real
 * container, the host's folder of a local job).
 */
final class HostEnvironment implements ProcessingEnvironment {
    /** The job configuration file, as the container sees it. */
    public static final String JOB_CONFIG = "/opt/ml/config/processingjobconfig.json";
    /** The resource configuration file, as the container sees it. */
    public static final String RESOURCE_CONFIG = "/opt/ml/config/resourceconfig.json";

    private final Path root;
    private final String jobName;
    private final String jobArn;
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private final List<String> arguments;
    private final Map<String, String> environment;
    private final String currentHost;
    private final List<String> hosts;
    private final Consumer<String> log;
    private final BooleanSupplier stop;
    /** The local backend's context when the local backend runs the job (set by LocalProcessing), else null. */
    volatile dev.sagemaker4j.local.LocalContext context;

    /**
     * Creates the contract of one instance.
     *
     * @param root        the folder container paths resolve under
     * @param job         the job's description (inputs, outputs, environment, arguments)
     * @param arguments   the container arguments
     * @param currentHost this instance
     * @param hosts       every instance
     * @param log         where log lines go
     * @param stop        whether the job was asked to stop
     */
    public HostEnvironment(Path root, DescribeProcessingJobResponse job, List<String> arguments, String currentHost,
                           List<String> hosts, Consumer<String> log, BooleanSupplier stop) {
        this.root = root.toAbsolutePath().normalize();
        this.jobName = job.processingJobName();
        this.jobArn = job.processingJobArn();
        for (ProcessingInput in : job.processingInputs()) {
            if (in.s3Input() != null) {
                inputs.put(in.inputName(), in.s3Input().localPath());
            } else if (in.datasetDefinition() != null) {
                inputs.put(in.inputName(), in.datasetDefinition().localPath());
            }
        }
        if (job.processingOutputConfig() != null) {
            for (ProcessingOutput out : job.processingOutputConfig().outputs()) {
                if (out.s3Output() != null) {
                    outputs.put(out.outputName(), out.s3Output().localPath());
                }
            }
        }
        this.arguments = List.copyOf(arguments);
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(job.environment()));
        this.currentHost = currentHost;
        this.hosts = List.copyOf(hosts);
        this.log = log;
        this.stop = stop;
    }

    /**
     * The contract of the container this JVM runs in, read from its configuration files.
     *
     * @param root      the container's root, {@code /}
     * @param arguments the container arguments
     * @return the contract
     * @throws IOException when a configuration file cannot be read
     */
    public static HostEnvironment fromContainer(Path root, List<String> arguments) throws IOException {
        Path jobConfig = root.resolve(JOB_CONFIG.substring(1));
        DescribeProcessingJobResponse job = SdkJson.fromJson(Files.readString(jobConfig, StandardCharsets.UTF_8),
                DescribeProcessingJobResponse::builder);
        JsonNode resources = SdkJson.MAPPER.readTree(root.resolve(RESOURCE_CONFIG.substring(1)).toFile());
        List<String> hosts = new ArrayList<>();
        resources.path("hosts").forEach(h -> hosts.add(h.asText()));
        String current = resources.path("current_host").asText("algo-1");
        if (hosts.isEmpty()) {
            hosts.add(current);
        }
        org.slf4j.Logger logger = LoggerFactory.getLogger("dev.sagemaker4j.jobs." + job.processingJobName());
        return new HostEnvironment(root, job, arguments, current, hosts, logger::info, () -> false);
    }

    @Override
    public <A> A api(dev.sagemaker4j.spi.Capability<A> capability) {
        dev.sagemaker4j.local.LocalContext c = context;
        if (c == null) {
            return ProcessingEnvironment.super.api(capability);
        }
        return c.api(capability);
    }

    @Override
    public java.io.InputStream openObject(String s3Uri) {
        dev.sagemaker4j.local.LocalContext c = context;
        if (c == null) {
            return ProcessingEnvironment.super.openObject(s3Uri);
        }
        return c.objectStore().get(s3Uri);
    }

    @Override
    public String jobName() {
        return jobName;
    }

    @Override
    public Path input(String inputName) {
        String local = inputs.get(inputName);
        if (local == null) {
            throw new ValidationException("inputName", inputName, "is not an input of job " + jobName,
                    "use one of " + inputs.keySet());
        }
        return path(local);
    }

    @Override
    public Path output(String outputName) {
        String local = outputs.get(outputName);
        if (local == null) {
            throw new ValidationException("outputName", outputName, "is not an S3 output of job " + jobName,
                    "use one of " + outputs.keySet());
        }
        return path(local);
    }

    @Override
    public Path path(String containerPath) {
        if (containerPath == null || !containerPath.startsWith("/")) {
            throw new ValidationException("containerPath", containerPath, "is not an absolute container path",
                    "pass a path such as /opt/ml/processing/input/data");
        }
        Path resolved = root.resolve(containerPath.substring(1)).normalize();
        if (!resolved.startsWith(root) || containerPath.contains("/../") || containerPath.endsWith("/..")) {
            throw new ValidationException("containerPath", containerPath, "leaves the container's file system",
                    "use a path without '..' segments");
        }
        return resolved;
    }

    @Override
    public List<String> inputNames() {
        return List.copyOf(inputs.keySet());
    }

    @Override
    public List<String> outputNames() {
        return List.copyOf(outputs.keySet());
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public Map<String, String> environment() {
        return environment;
    }

    /** The job's ARN, or {@code null} where the description had none. */
    String jobArn() {
        return jobArn;
    }

    @Override
    public String currentHost() {
        return currentHost;
    }

    @Override
    public List<String> hosts() {
        return hosts;
    }

    @Override
    public void log(String line) {
        log.accept(line);
    }

    @Override
    public boolean stopRequested() {
        return stop.getAsBoolean();
    }

    /**
     * Writes a file of the contract whole (AtomicFiles).
     *
     * @param file the file
     * @param text its content
     */
    static void write(Path file, String text) {
        AtomicFiles.writeString(file, text);
    }
}
