/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectOptions;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Local buckets: {@code s3://bucket/key} is the file {@code <root>/s3/bucket/key}. A bucket exists
 * once something was written to it.
 */
public final class LocalBuckets implements SchemeObjectStore.BucketStore {
    private final Path bucketsRoot;
    private final boolean durable;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * Creates local buckets under a folder.
     *
     * @param bucketsRoot the folder holding one folder per bucket
     * @param durable     whether writes are fsynced before they are published
     */
    public LocalBuckets(Path bucketsRoot, boolean durable) {
        this.bucketsRoot = bucketsRoot;
        this.durable = durable;
    }

    private DirectoryObjects bucket(S3Uri uri) {
        String bucket = uri.bucket();
        return new DirectoryObjects(bucketsRoot.resolve(bucket), key -> "s3://" + bucket + "/" + key, durable);
    }

    /**
     * The file that holds an object (for engines that read files directly).
     *
     * @param uri the object
     * @return its file
     */
    public Path fileOf(S3Uri uri) {
        return bucket(uri).fileOf(uri.key());
    }

    @Override
    public void ensureBucket(String bucket) {
        try {
            java.nio.file.Files.createDirectories(bucketsRoot.resolve(bucket));
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException("s3://" + bucket, "the local bucket folder "
                    + bucketsRoot.resolve(bucket) + " could not be created: " + e, false, e);
        }
    }

    private static boolean isBucketName(String name) {
        try {
            S3Uri.validateBucket(name);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public java.util.List<String> listBuckets() {
        if (!java.nio.file.Files.isDirectory(bucketsRoot)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> dirs = java.nio.file.Files.list(bucketsRoot)) {
            return dirs.filter(java.nio.file.Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(LocalBuckets::isBucketName).sorted().collect(java.util.stream.Collectors.toList());
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException("s3://", "the local buckets under " + bucketsRoot
                    + " could not be listed: " + e, true, e);
        }
    }

    @Override
    public void put(S3Uri uri, Path source) {
        bucket(uri).put(uri.key(), source);
    }

    @Override
    public void moveIn(S3Uri uri, Path source) {
        bucket(uri).moveIn(uri.key(), source);
    }

    @Override
    public void put(S3Uri uri, InputStream content) {
        bucket(uri).put(uri.key(), content);
    }

    /**
     * Writes the object, then records the attributes a local bucket can keep: {@code ContentType} and
     * {@code Metadata}, in {@code .attributes/<bucket>/<key>.json} beside the buckets (not an object, not
     * listed). The other arguments are accepted and not enforced: a local bucket is a folder, nothing encrypts
     * it ({@code ServerSideEncryption}, {@code SSEKMSKeyId}, {@code SSECustomerKey}), and there are no ACLs,
     * storage classes, tags or object locks.
     */
    @Override
    public void put(S3Uri uri, Path source, ObjectOptions options) {
        put(uri, source);
        recordAttributes(uri, options);
        options.progress(source.toFile().length());
    }

    @Override
    public void put(S3Uri uri, InputStream content, ObjectOptions options) {
        java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        put(uri, new java.io.FilterInputStream(content) {
            @Override
            public int read() throws java.io.IOException {
                int b = super.read();
                count.addAndGet(b >= 0 ? 1 : 0);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                int n = super.read(buffer, offset, length);
                count.addAndGet(Math.max(n, 0));
                return n;
            }
        });
        recordAttributes(uri, options);
        options.progress(count.get());
    }

    private Path attributesFile(S3Uri uri) {
        return bucketsRoot.resolve(".attributes").resolve(uri.bucket()).resolve(uri.key() + ".json");
    }

    private void recordAttributes(S3Uri uri, ObjectOptions options) {
        java.util.Map<String, Object> kept = new java.util.LinkedHashMap<>();
        for (String name : java.util.List.of("ContentType", "Metadata")) {
            if (options.extraArgs().containsKey(name)) {
                kept.put(name, options.extraArgs().get(name));
            }
        }
        Path file = attributesFile(uri);
        try {
            if (kept.isEmpty()) {
                java.nio.file.Files.deleteIfExists(file);
            } else {
                java.nio.file.Files.createDirectories(file.getParent());
                java.nio.file.Files.writeString(file, JSON.writeValueAsString(kept));
            }
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(uri.toString(), "was written, but its attributes"
                    + " could not be kept in " + file + ": " + e, false, e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> attributes(S3Uri uri) {
        Path file = attributesFile(uri);
        if (head(uri).isEmpty() || !java.nio.file.Files.isRegularFile(file)) {
            return java.util.Map.of();
        }
        try {
            return java.util.Collections.unmodifiableMap(JSON.readValue(file.toFile(), java.util.Map.class));
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(uri.toString(), "its attributes in " + file
                    + " could not be read: " + e, true, e);
        }
    }

    @Override
    public InputStream get(S3Uri uri) {
        return bucket(uri).get(uri.key());
    }

    @Override
    public void get(S3Uri uri, Path target) {
        bucket(uri).get(uri.key(), target);
    }

    @Override
    public Optional<Path> localFile(S3Uri uri) {
        return bucket(uri).localFile(uri.key());
    }

    @Override
    public void getNewFile(S3Uri uri, Path target) {
        bucket(uri).getNewFile(uri.key(), target);
    }

    @Override
    public Optional<ObjectSummary> head(S3Uri uri) {
        return bucket(uri).head(uri.key());
    }

    @Override
    public ObjectListing list(S3Uri prefix, String token, int maxKeys) {
        return bucket(prefix).list(prefix.key(), token, maxKeys);
    }

    @Override
    public boolean delete(S3Uri uri) {
        try {
            java.nio.file.Files.deleteIfExists(attributesFile(uri));
        } catch (java.io.IOException e) {
            // the object's removal matters; stale attributes are ignored once the object is gone
        }
        return bucket(uri).delete(uri.key());
    }

    @Override
    public void close() {
        // files only: nothing to release
    }
}
