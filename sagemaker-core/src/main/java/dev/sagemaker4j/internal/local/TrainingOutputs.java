/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * What a training job publishes under {@code <S3OutputPath>/<job>/output/}: {@code model.tar.gz} (the
 * {@code model/} folder), {@code output.tar.gz} ({@code output/data/}, only if the algorithm wrote
 * something there) and {@code provenance.json} beside the model. All or nothing: a job that fails while
 * publishing leaves none of them behind.
 */
final class TrainingOutputs {
    private static final List<String> PUBLISHED = List.of("model.tar.gz", "output.tar.gz", "provenance.json");

    private final ObjectStore store;
    private final String name;
    private final CreateTrainingJobRequest request;
    private final String base;

    TrainingOutputs(ObjectStore store, String name, CreateTrainingJobRequest request) {
        this.store = store;
        this.name = name;
        this.request = request;
        this.base = trimEnd(request.outputDataConfig().s3OutputPath()) + "/" + name + "/output/";
    }

    /**
     * Packs and uploads the job's outputs and its provenance.
     *
     * @param stopped whether the job was stopped: a stopped job publishes a model only if it saved one
     * @return the model artifact's URI, null if there is none
     */
    String publish(TrainingLayout layout, LocalAlgorithm algorithm, boolean stopped) throws IOException {
        try {
            String modelUri = upload(layout, stopped);
            writeProvenance(algorithm, layout.jobDir(), modelUri);
            return modelUri;
        } catch (IOException | RuntimeException e) {
            // a job that fails here has no artifact: none of its outputs may stay visible as if it had
            removeOutputs(e);
            throw e;
        }
    }

    private String upload(TrainingLayout layout, boolean stopped) throws IOException {
        String modelUri = null;
        // a completed job always has a model.tar.gz, even of an empty folder, as on the service
        if (hasFiles(layout.modelDir()) || !stopped) {
            modelUri = base + "model.tar.gz";
            packAndPut(layout.modelDir(), layout.jobDir().resolve("model.tar.gz"), modelUri);
        }
        Path data = layout.outputDir().resolve("data");
        if (hasFiles(data)) {
            packAndPut(data, layout.jobDir().resolve("output.tar.gz"), base + "output.tar.gz");
        }
        return modelUri;
    }

    /** The tarball is a temporary file beside the job: deleted whether the upload worked or not. */
    private void packAndPut(Path folder, Path tarball, String uri) throws IOException {
        try {
            Tarballs.pack(folder, tarball);
            putOutput(uri, tarball);
        } finally {
            Files.deleteIfExists(tarball);
        }
    }

    /** Deletes what {@link #upload} and {@link #writeProvenance} may have published, keeping the cause. */
    private void removeOutputs(Exception failure) {
        for (String object : PUBLISHED) {
            try {
                store.delete(base + object);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private void putOutput(String uri, Path file) {
        try {
            store.put(uri, file);
        } catch (ClientException e) {
            throw new ValidationException("OutputDataConfig.S3OutputPath", uri, "cannot be written: " + e.getMessage(),
                    "give an output path the session can write", e);
        } catch (RuntimeException e) {
            throw new ValidationException("OutputDataConfig.S3OutputPath", uri, "cannot be written: " + e.getMessage(),
                    "give an output path the session can write", e);
        }
    }

    /**
     * Writes {@code provenance.json} (STYLE.md point 8) in the job folder, and beside the model artifact
     * when there is one, so that a model found in the bucket says where it came from.
     */
    private void writeProvenance(LocalAlgorithm algorithm, Path jobDir, String modelUri) throws IOException {
        ObjectNode p = SdkJson.MAPPER.createObjectNode();
        p.put("trainingJobName", name);
        p.put("algorithm", algorithm.name());
        p.put("algorithmClass", algorithm.getClass().getName());
        p.put("trainingImage", request.algorithmSpecification().trainingImage());
        p.put("modelArtifact", modelUri);
        p.set("hyperParameters", SdkJson.MAPPER.valueToTree(request.hyperParameters()));
        ArrayNode inputs = p.putArray("inputs");
        for (Channel c : request.inputDataConfig()) {
            ObjectNode i = inputs.addObject();
            i.put("channel", c.channelName());
            i.put("uri", c.dataSource().s3DataSource().s3Uri());
        }
        // the jar manifest's version; classes run from a build folder have none
        Package pkg = TrainingOutputs.class.getPackage();
        p.put("sagemaker4jVersion", pkg == null || pkg.getImplementationVersion() == null ? "dev"
                : pkg.getImplementationVersion());
        p.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        p.put("arch", System.getProperty("os.arch"));
        p.put("finishedAt", Instant.now().toString());
        Path file = jobDir.resolve("provenance.json");
        TrainingLayout.writeJson(file, p);
        if (modelUri != null) {
            store.put(modelUri.substring(0, modelUri.lastIndexOf('/') + 1) + "provenance.json", file);
        }
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }

    private static String trimEnd(String uri) {
        String s = uri;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
