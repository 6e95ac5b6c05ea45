/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The files of the local pipelines, under {@code <root>/pipelines/<name, lower case>/}: {@code pipeline.json} (the
 * DescribePipeline response), and per execution {@code executions/<id>/} with {@code execution.json} (the
 * DescribePipelineExecution response), {@code steps.json} (the steps as ListPipelineExecutionSteps lists them),
 * {@code definition.json}, {@code parameters.json} and the finished steps' properties; {@code cache/<key>.json}
 * holds the results cached steps reuse. Every file is written atomically (a temporary file moved into place).
 */
final class PipelineStore {
    private final Path root;

    PipelineStore(Path sessionRoot) {
        this.root = sessionRoot.resolve("pipelines");
    }

    Path pipelineDir(String name) {
        return root.resolve(name.toLowerCase(Locale.ROOT));
    }

    Path executionDir(String pipeline, String id) {
        return pipelineDir(pipeline).resolve("executions").resolve(id);
    }

    Path cacheFile(String pipeline, String key) {
        return pipelineDir(pipeline).resolve("cache").resolve(key + ".json");
    }

    List<String> pipelineDirs() {
        return children(root);
    }

    List<String> executionIds(String pipeline) {
        return children(pipelineDir(pipeline).resolve("executions"));
    }

    private static List<String> children(Path dir) {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.isDirectory(p)) {
                    out.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new StorageException(dir.toUri().toString(), "could not be listed: " + e, true, e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    static void write(Path file, JsonNode json) {
        AtomicFiles.writeJson(file, json);
    }

    static void writeText(Path file, String text) {
        AtomicFiles.writeString(file, text);
    }

    static ObjectNode read(Path file) {
        try {
            return (ObjectNode) SdkJson.MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | ClassCastException e) {
            throw new StorageException(file.toUri().toString(), "could not be read: " + e, false, e);
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "could not be read: " + e, false, e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StorageException(dir.toUri().toString(), "could not be deleted: " + e, true, e);
        }
    }

    /** A time as the service's JSON carries it: epoch seconds, with microseconds. */
    static BigDecimal seconds(Instant t) {
        return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano() / 1000, 6));
    }
}
