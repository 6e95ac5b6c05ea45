/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Uris;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a job's checkpoint folder in step with its checkpoint URI, as SageMaker does: restored
 * before the job starts, new and changed files uploaded while it runs and once more at the end.
 */
final class CheckpointSync {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSync.class);

    private final ObjectStore store;
    private final String uri;
    private final Path folder;
    private final Map<Path, String> uploaded = new ConcurrentHashMap<>();

    CheckpointSync(ObjectStore store, String uri, Path folder) {
        this.store = store;
        this.uri = uri.endsWith("/") ? uri : uri + "/";
        this.folder = folder;
    }

    /** Copies what the URI holds into the folder; returns the number of files. */
    int restore() {
        String prefixKey = S3Uri.isS3(uri) ? S3Uri.parse(uri).key() : Uris.fileKey(uri);
        List<ObjectSummary> objects;
        try (Stream<ObjectSummary> all = store.listAll(uri)) {
            objects = all.collect(Collectors.toList());
        }
        for (ObjectSummary o : objects) {
            Path target = folder.resolve(S3Uri.relativeKey(o.key(), prefixKey)).normalize();
            if (target.startsWith(folder)) {
                store.get(o.uri(), target);
                try {
                    uploaded.put(target, stamp(target));
                } catch (IOException e) {
                    LOG.debug("Could not stat {}", target, e);
                }
            }
        }
        return objects.size();
    }

    /** Uploads new and changed files. */
    synchronized void sync() {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().contains(".sm4j-tmp-"))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            LOG.warn("Could not list checkpoints in {}: {}", folder, e.toString());
            return;
        }
        for (Path file : files) {
            try {
                String stamp = stamp(file);
                if (stamp.equals(uploaded.get(file))) {
                    continue;
                }
                String relative = folder.relativize(file).toString().replace('\\', '/');
                store.put(uri + relative, file);
                uploaded.put(file, stamp);
            } catch (IOException | RuntimeException e) {
                // a file being written right now: the next sync takes it
                LOG.debug("Checkpoint {} not synced yet: {}", file, e.toString());
            }
        }
    }

    void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.warn("Checkpoint sync of {} failed: {}", folder, e.toString());
        }
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return a.size() + "@" + a.lastModifiedTime().toMillis();
    }
}
