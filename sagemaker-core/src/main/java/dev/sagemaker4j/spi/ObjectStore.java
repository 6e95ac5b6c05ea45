/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Objects by URI with S3's semantics: {@code s3://bucket/key} and {@code file:///path}. Put, get,
 * list by prefix (paginated, in key order), delete, exists. Content is always streamed, never
 * buffered whole; a put is published atomically (readers see the old object or the new one,
 * never half of it).
 *
 * <p>In the local backend {@code s3://} resolves to folders under the session root; in the
 * sagemaker backend to S3 (or an S3-compatible server) through the AWS SDK v2 S3 client.
 *
 * <pre>{@code
 * ObjectStore store = session.objectStore();
 * store.put("s3://bucket/data/train.csv", Path.of("train.csv"));
 * try (InputStream in = store.get("s3://bucket/data/train.csv")) { ... }
 * store.listAll("s3://bucket/data/").forEach(o -> System.out.println(o.key()));
 * }</pre>
 */
public interface ObjectStore extends SdkAutoCloseable {

    /** The page size used by {@link #listAll(String)}, as S3's default. */
    int DEFAULT_MAX_KEYS = 1000;

    /**
     * Makes sure a bucket exists, creating it when missing (as the Python SDK does for its default
     * bucket). Local buckets are folders under the session root.
     *
     * @param bucket the bucket name
     */
    void ensureBucket(String bucket);

    /**
     * The file on this machine that holds an object, for a reader that only reads it (the local processing job
     * of a program that reads its inputs in place links it instead of copying it). The store never writes into
     * that file: a put publishes a new file in its place, so a hard link to it keeps the content it had. Empty
     * for objects that live elsewhere (S3) and for stores that cannot say; the default.
     *
     * @param uri the object
     * @return its file, only to be read; empty where there is none
     */
    default Optional<Path> localFile(String uri) {
        return Optional.empty();
    }

    /**
     * Writes an object from a file.
     *
     * @param uri    where to write
     * @param source the file to read
     * @throws dev.sagemaker4j.exceptions.ValidationException when the URI is malformed or the file is missing
     */
    void put(String uri, Path source);

    /**
     * Writes an object from a file the caller gives up: the local store moves the file in when it lies on the
     * same file system as the bucket, instead of copying it (a large result written by an engine costs no second
     * write); other stores upload it. Once this returns the file is gone; when it throws the file may remain,
     * for the caller to delete.
     *
     * @param uri    where to write
     * @param source the file, which this call removes
     * @throws dev.sagemaker4j.exceptions.ValidationException when the URI is malformed or the file is missing
     */
    default void moveIn(String uri, Path source) {
        put(uri, source);
        try {
            java.nio.file.Files.deleteIfExists(source);
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(uri, "was written, but " + source
                    + " could not be removed: " + e, false, e);
        }
    }

    /**
     * Writes an object from a stream of unknown length. The stream is read to its end, not closed.
     *
     * @param uri     where to write
     * @param content the bytes to write
     */
    void put(String uri, InputStream content);

    /**
     * Writes a string as a UTF-8 object.
     *
     * @param uri  where to write
     * @param body the text
     */
    default void putString(String uri, String body) {
        put(uri, new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes an object from a file with S3 request arguments and a progress callback, as boto3's
     * {@code upload_file(..., ExtraArgs=..., Callback=...)}. The default, for stores that know no such
     * arguments, writes the object and reports its size when there are no extra arguments, and throws
     * {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} when there are (an encryption or ACL the
     * store cannot apply must not be dropped without a word).
     *
     * @param uri     the object
     * @param source  the file
     * @param options the extra arguments (boto3's {@code ALLOWED_UPLOAD_ARGS}) and callback
     */
    default void put(String uri, Path source, ObjectOptions options) {
        requireNoExtraArgs(options.requireUploadArgs(), "PutObject");
        put(uri, source);
        try {
            options.progress(java.nio.file.Files.size(source));
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(uri, "was written, but " + source
                    + " could not be measured: " + e, false, e);
        }
    }

    /**
     * Writes an object from a stream with S3 request arguments and a progress callback; the default as
     * {@link #put(String, Path, ObjectOptions)}.
     *
     * @param uri     the object
     * @param content the bytes
     * @param options the extra arguments and callback
     */
    default void put(String uri, InputStream content, ObjectOptions options) {
        requireNoExtraArgs(options.requireUploadArgs(), "PutObject");
        java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        put(uri, new java.io.FilterInputStream(content) {
            @Override
            public int read() throws java.io.IOException {
                int b = super.read();
                if (b >= 0) {
                    count.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count.addAndGet(n);
                }
                return n;
            }
        });
        options.progress(count.get());
    }

    /**
     * Copies an object into a file with S3 request arguments (boto3's {@code ALLOWED_DOWNLOAD_ARGS}:
     * {@code VersionId}, {@code SSECustomerKey}, {@code RequestPayer} ...); the default as
     * {@link #put(String, Path, ObjectOptions)}.
     *
     * @param uri     the object
     * @param target  the file
     * @param options the extra arguments and callback
     */
    default void get(String uri, Path target, ObjectOptions options) {
        requireNoExtraArgs(options.requireDownloadArgs(), "GetObject");
        get(uri, target);
        try {
            options.progress(java.nio.file.Files.size(target));
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(uri, "was read, but " + target
                    + " could not be measured: " + e, true, e);
        }
    }

    /**
     * The attributes an object was written with, under boto3's names: {@code ContentType} and
     * {@code Metadata} (a map) where the store keeps them. The default keeps none.
     *
     * @param uri the object
     * @return the attributes known, possibly none
     */
    default java.util.Map<String, Object> attributes(String uri) {
        return java.util.Map.of();
    }

    private void requireNoExtraArgs(ObjectOptions options, String operation) {
        if (!options.extraArgs().isEmpty()) {
            throw new dev.sagemaker4j.exceptions.OperationNotSupportedException(operation + " with ExtraArgs "
                    + options.extraArgs().keySet(), getClass().getName());
        }
    }

    /**
     * Opens an object for reading. The caller closes the stream.
     *
     * @param uri the object
     * @return its content
     * @throws dev.sagemaker4j.exceptions.ResourceNotFoundException when there is no such object
     */
    InputStream get(String uri);

    /**
     * Copies an object into a file, replacing it atomically.
     *
     * @param uri    the object
     * @param target the file to write
     */
    void get(String uri, Path target);

    /**
     * Copies an object into a file that does not exist yet and that nothing reads before this returns (a local
     * training job's input folder while the job is Downloading). A store may write it in place, sparing
     * {@link #get(String, Path)}'s temporary file and atomic rename; the object itself is never touched, so what
     * the reader later does to the file cannot change it. The default is {@link #get(String, Path)}, which keeps
     * decorators (fault injection, tracing) seeing every read.
     *
     * @param uri    the object
     * @param target the file to create; its folder exists
     */
    default void getNewFile(String uri, Path target) {
        get(uri, target);
    }

    /**
     * Reads a whole object as UTF-8 text (for small objects only).
     *
     * @param uri the object
     * @return its text
     */
    default String getString(String uri) {
        try (InputStream in = get(uri)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(uri, "could not be read", true, e);
        }
    }

    /**
     * Describes one object.
     *
     * @param uri the object
     * @return its summary, empty when there is no such object
     */
    Optional<ObjectSummary> head(String uri);

    /**
     * Whether an object exists.
     *
     * @param uri the object
     * @return {@code true} when it exists
     */
    default boolean exists(String uri) {
        return head(uri).isPresent();
    }

    /**
     * Lists one page of the objects whose key starts with a prefix, in key order.
     *
     * @param prefixUri         {@code s3://bucket/prefix} (the prefix may be empty)
     * @param continuationToken the token of the previous page, or {@code null} for the first
     * @param maxKeys           the most objects to return (1 to 1000)
     * @return the page
     */
    ObjectListing list(String prefixUri, String continuationToken, int maxKeys);

    /**
     * Lists every object under a prefix, fetching pages lazily.
     *
     * @param prefixUri {@code s3://bucket/prefix}
     * @return the objects in key order
     */
    default Stream<ObjectSummary> listAll(String prefixUri) {
        Iterator<ObjectSummary> it = new Iterator<>() {
            private ObjectListing page = list(prefixUri, null, DEFAULT_MAX_KEYS);
            private Iterator<ObjectSummary> current = page.objects().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && page.isTruncated()) {
                    page = list(prefixUri, page.nextContinuationToken().orElseThrow(), DEFAULT_MAX_KEYS);
                    current = page.objects().iterator();
                }
                return current.hasNext();
            }

            @Override
            public ObjectSummary next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Deletes an object. Deleting an object that does not exist is not an error, as in S3.
     *
     * @param uri the object
     * @return {@code true} when an object was there
     */
    boolean delete(String uri);

    /**
     * The buckets there are, by name.
     *
     * @return bucket names in name order
     * @throws dev.sagemaker4j.exceptions.OperationNotSupportedException when the store cannot list buckets
     */
    default java.util.List<String> listBuckets() {
        throw new dev.sagemaker4j.exceptions.OperationNotSupportedException("ListBuckets", getClass().getName());
    }

    /**
     * Releases what the store holds (HTTP connections). Closing a local store does nothing.
     */
    @Override
    void close();
}
