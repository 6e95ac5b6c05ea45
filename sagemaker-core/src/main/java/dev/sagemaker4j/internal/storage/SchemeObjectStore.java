/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectOptions;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Uris;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An object store that serves {@code file://} URIs from the file system and hands {@code s3://}
 * URIs to a bucket store (local folders or S3).
 */
public final class SchemeObjectStore implements ObjectStore {
    private final DirectoryObjects files;
    private final BucketStore buckets;

    /**
     * Creates the store.
     *
     * @param buckets where {@code s3://} objects live
     * @param durable whether {@code file://} writes are fsynced before they are published
     */
    public SchemeObjectStore(BucketStore buckets, boolean durable) {
        this.buckets = buckets;
        this.files = new DirectoryObjects(Path.of("/"), Uris::fileUri, durable);
    }

    /**
     * Objects of one bucket: local folders or S3.
     */
    public interface BucketStore extends AutoCloseable {
        /**
         * Creates a bucket unless it exists.
         *
         * @param bucket the bucket name
         */
        void ensureBucket(String bucket);

        /**
         * The buckets there are.
         *
         * @return names in name order
         */
        java.util.List<String> listBuckets();

        /**
         * The local file that holds an object ({@link ObjectStore#localFile}); none by default.
         *
         * @param uri the object
         * @return its file, or empty
         */
        default Optional<Path> localFile(S3Uri uri) {
            return Optional.empty();
        }

        /**
         * Writes from a file.
         *
         * @param uri    the object
         * @param source the file
         */
        void put(S3Uri uri, Path source);

        /**
         * Writes from a file the caller gives up ({@link ObjectStore#moveIn}); by default a copy, then the
         * file's removal.
         *
         * @param uri    the object
         * @param source the file
         */
        default void moveIn(S3Uri uri, Path source) {
            put(uri, source);
            try {
                java.nio.file.Files.deleteIfExists(source);
            } catch (java.io.IOException e) {
                throw new dev.sagemaker4j.exceptions.StorageException(uri.toString(), "was written, but " + source
                        + " could not be removed: " + e, false, e);
            }
        }

        /**
         * Writes from a stream of unknown length.
         *
         * @param uri     the object
         * @param content the bytes
         */
        void put(S3Uri uri, InputStream content);

        /**
         * Opens for reading.
         *
         * @param uri the object
         * @return the stream
         */
        InputStream get(S3Uri uri);

        /**
         * Copies into a file.
         *
         * @param uri    the object
         * @param target the file
         */
        void get(S3Uri uri, Path target);

        /**
         * Copies into a new file nothing reads yet; by default {@link #get(S3Uri, Path)}.
         *
         * @param uri    the object
         * @param target the file to create
         */
        default void getNewFile(S3Uri uri, Path target) {
            get(uri, target);
        }

        /**
         * Describes.
         *
         * @param uri the object
         * @return the summary, or empty
         */
        Optional<ObjectSummary> head(S3Uri uri);

        /**
         * Lists a page.
         *
         * @param prefix  the prefix
         * @param token   the continuation token
         * @param maxKeys the page size
         * @return the page
         */
        ObjectListing list(S3Uri prefix, String token, int maxKeys);

        /**
         * Deletes.
         *
         * @param uri the object
         * @return whether it existed
         */
        boolean delete(S3Uri uri);

        /**
         * Writes from a file with extra arguments and a callback; by default as {@link #put(S3Uri, Path)}, the
         * arguments ignored, the size reported.
         *
         * @param uri     the object
         * @param source  the file
         * @param options the extra arguments and callback
         */
        default void put(S3Uri uri, Path source, ObjectOptions options) {
            put(uri, source);
            options.progress(source.toFile().length());
        }

        /**
         * Writes from a stream with extra arguments and a callback; by default as {@link #put(S3Uri, InputStream)},
         * the arguments ignored and no progress reported.
         *
         * @param uri     the object
         * @param content the bytes
         * @param options the extra arguments and callback
         */
        default void put(S3Uri uri, InputStream content, ObjectOptions options) {
            put(uri, content);
        }

        /**
         * Copies into a file with extra arguments; by default as {@link #get(S3Uri, Path)}.
         *
         * @param uri     the object
         * @param target  the file
         * @param options the extra arguments and callback
         */
        default void get(S3Uri uri, Path target, ObjectOptions options) {
            get(uri, target);
            options.progress(target.toFile().length());
        }

        /**
         * The attributes the object was written with, as far as this store keeps them.
         *
         * @param uri the object
         * @return {@code ContentType}, {@code Metadata} ... by boto3's names
         */
        default java.util.Map<String, Object> attributes(S3Uri uri) {
            return java.util.Map.of();
        }

        @Override
        void close();
    }

    private static void requireKey(S3Uri uri) {
        if (uri.key().isEmpty()) {
            throw new ValidationException("uri", uri, "names a bucket, not an object",
                    "add a key: s3://" + uri.bucket() + "/path/to/object");
        }
    }

    private static ValidationException unknownScheme(String uri) {
        return new ValidationException("uri", uri, "is neither an s3:// nor a file:// URI",
                "write s3://bucket/key or file:///absolute/path");
    }

    @Override
    public void ensureBucket(String bucket) {
        S3Uri.validateBucket(bucket);
        buckets.ensureBucket(bucket);
    }

    @Override
    public java.util.List<String> listBuckets() {
        return buckets.listBuckets();
    }

    @Override
    public void put(String uri, Path source) {
        writeFile(uri, source, false);
    }

    @Override
    public void moveIn(String uri, Path source) {
        writeFile(uri, source, true);
    }

    /** Writes an object from a file, copied or (when {@code move}) moved in. */
    private void writeFile(String uri, Path source, boolean move) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            DirectoryObjects.requireFile(source);
            if (move) {
                buckets.moveIn(s3, source);
            } else {
                buckets.put(s3, source);
            }
        } else if (Uris.isFile(uri)) {
            if (move) {
                files.moveIn(Uris.fileKey(uri), source);
            } else {
                files.put(Uris.fileKey(uri), source);
            }
        } else {
            throw unknownScheme(uri);
        }
    }

    @Override
    public void put(String uri, InputStream content) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            buckets.put(s3, content);
        } else if (Uris.isFile(uri)) {
            files.put(Uris.fileKey(uri), content);
        } else {
            throw unknownScheme(uri);
        }
    }

    @Override
    public void put(String uri, Path source, ObjectOptions options) {
        options.requireUploadArgs();
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            DirectoryObjects.requireFile(source);
            buckets.put(s3, source, options);
        } else {
            // a file:// object keeps no attributes: the file system has none to give it
            writeFile(uri, source, false);
            options.progress(source.toFile().length());
        }
    }

    @Override
    public void put(String uri, InputStream content, ObjectOptions options) {
        options.requireUploadArgs();
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            buckets.put(s3, content, options);
        } else {
            ObjectStore.super.put(uri, content, ObjectOptions.builder().callback(options.callback()).build());
        }
    }

    @Override
    public void get(String uri, Path target, ObjectOptions options) {
        options.requireDownloadArgs();
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            buckets.get(s3, target, options);
        } else {
            get(uri, target);
            options.progress(target.toFile().length());
        }
    }

    @Override
    public java.util.Map<String, Object> attributes(String uri) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            return buckets.attributes(s3);
        }
        return java.util.Map.of();
    }

    @Override
    public InputStream get(String uri) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            return buckets.get(s3);
        } else if (Uris.isFile(uri)) {
            return files.get(Uris.fileKey(uri));
        }
        throw unknownScheme(uri);
    }

    @Override
    public void get(String uri, Path target) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            buckets.get(s3, target);
        } else if (Uris.isFile(uri)) {
            files.get(Uris.fileKey(uri), target);
        } else {
            throw unknownScheme(uri);
        }
    }

    @Override
    public Optional<Path> localFile(String uri) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            return s3.key().isEmpty() ? Optional.empty() : buckets.localFile(s3);
        } else if (Uris.isFile(uri)) {
            return files.localFile(Uris.fileKey(uri));
        }
        throw unknownScheme(uri);
    }

    @Override
    public void getNewFile(String uri, Path target) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            buckets.getNewFile(s3, target);
        } else if (Uris.isFile(uri)) {
            files.getNewFile(Uris.fileKey(uri), target);
        } else {
            throw unknownScheme(uri);
        }
    }

    @Override
    public Optional<ObjectSummary> head(String uri) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            return s3.key().isEmpty() ? Optional.empty() : buckets.head(s3);
        } else if (Uris.isFile(uri)) {
            return files.head(Uris.fileKey(uri));
        }
        throw unknownScheme(uri);
    }

    @Override
    public ObjectListing list(String prefixUri, String continuationToken, int maxKeys) {
        if (maxKeys < 1 || maxKeys > 1000) {
            throw new ValidationException("maxKeys", maxKeys, "must be between 1 and 1000",
                    "pass a page size S3 accepts");
        }
        if (S3Uri.isS3(prefixUri)) {
            return buckets.list(S3Uri.parse(prefixUri), continuationToken, maxKeys);
        } else if (Uris.isFile(prefixUri)) {
            return files.list(Uris.fileKey(prefixUri), continuationToken, maxKeys);
        }
        throw unknownScheme(prefixUri);
    }

    @Override
    public boolean delete(String uri) {
        if (S3Uri.isS3(uri)) {
            S3Uri s3 = S3Uri.parse(uri);
            requireKey(s3);
            return buckets.delete(s3);
        } else if (Uris.isFile(uri)) {
            return files.delete(Uris.fileKey(uri));
        }
        throw unknownScheme(uri);
    }

    @Override
    public void close() {
        buckets.close();
    }
}
