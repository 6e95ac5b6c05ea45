/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.internal.ModelRuntimes;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads and unpacks a model.tar.gz and loads the runtime its artifact calls for. Each model is
 * unpacked into {@code <hosting>/<pid>-<process start millis>-<uuid>}, so that the next session on
 * the root can tell the folders of processes that ended (killed with their endpoints running) from
 * those of live ones, and remove only the former.
 */
final class ModelLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ModelLoader.class);
    private static final Pattern OWNED = Pattern.compile("(\\d+)-(\\d+)-.+");
    private static final long PID = ProcessHandle.current().pid();
    private static final long STARTED = startMillis(ProcessHandle.current());

    private final ObjectStore store;
    private final Path hostingRoot;
    private final Tarballs.Limits limits;

    ModelLoader(ObjectStore store, Path hostingRoot, Tarballs.Limits limits) {
        this.store = store;
        this.hostingRoot = hostingRoot;
        this.limits = limits;
        removeFoldersOfEndedProcesses();
    }

    /** Removes unpacked models whose process ended; a folder of a live or unknown process is kept. */
    void removeFoldersOfEndedProcesses() {
        if (!Files.isDirectory(hostingRoot)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(hostingRoot)) {
            for (Path folder : folders) {
                Matcher m = OWNED.matcher(folder.getFileName().toString());
                if (m.matches() && ended(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)))) {
                    Folders.deleteQuietly(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not sweep {}", hostingRoot, e);
        }
    }

    private static boolean ended(long pid, long started) {
        if (pid == PID) {
            return started != STARTED;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        long now = startMillis(process.get());
        return now != 0 && now != started; // the pid was reused by another process
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    /**
     * Loads a model.
     *
     * @param modelDataUrl the model.tar.gz (or {@code null} for a handler that needs no artifact)
     * @param environment  the container environment
     * @return the loaded model
     * @throws Exception with a message fit for FailureReason
     */
    LoadedModel load(String modelDataUrl, Map<String, String> environment) throws Exception {
        Path folder = hostingRoot.resolve(PID + "-" + STARTED + "-" + UUID.randomUUID());
        Files.createDirectories(folder);
        try {
            if (modelDataUrl != null) {
                if (modelDataUrl.endsWith(".tar.gz") || modelDataUrl.endsWith(".tgz")) {
                    try (InputStream in = store.get(modelDataUrl)) {
                        Tarballs.unpack(in, folder, modelDataUrl, limits);
                    }
                } else {
                    throw new ValidationException("ModelDataUrl", modelDataUrl, "is not a model.tar.gz",
                            "point ModelDataUrl at the model.tar.gz a training job wrote");
                }
            }
            ModelRuntime runtime = ModelRuntimes.load(folder, environment);
            return new LoadedModel(runtime, folder);
        } catch (Exception | LinkageError e) {
            Folders.deleteQuietly(folder);
            throw e;
        }
    }

    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof IOException && !(e instanceof java.nio.file.NoSuchFileException)) {
            return "The model could not be loaded: " + message;
        }
        return message;
    }
}
