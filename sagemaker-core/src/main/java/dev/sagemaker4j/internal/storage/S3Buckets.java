/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Buckets on S3 (or an S3-compatible server) through the AWS SDK v2 S3 client. Streams of unknown
 * length go up as multipart uploads holding one part in memory at a time; objects come down as
 * streams. S3 publishes each object atomically by itself.
 */
public final class S3Buckets implements SchemeObjectStore.BucketStore {
    /** Part size of multipart uploads: S3's minimum is 5 MiB. */
    static final int PART_SIZE = 8 * 1024 * 1024;
    /** Files larger than this go up in parts. */
    static final long SINGLE_PUT_LIMIT = 64L * 1024 * 1024;

    private final S3Client s3;
    private final boolean ownsClient;
    private final String region;

    /**
     * Creates the store.
     *
     * @param s3         the client
     * @param ownsClient whether {@link #close()} closes the client
     * @param region     the region new buckets are made in
     */
    public S3Buckets(S3Client s3, boolean ownsClient, String region) {
        this.s3 = s3;
        this.ownsClient = ownsClient;
        this.region = region;
    }

    @Override
    public java.util.List<String> listBuckets() {
        try {
            return s3.listBuckets().buckets().stream().map(software.amazon.awssdk.services.s3.model.Bucket::name)
                    .sorted().collect(java.util.stream.Collectors.toList());
        } catch (SdkException e) {
            throw translate("s3://", e);
        }
    }

    @Override
    public void ensureBucket(String bucket) {
        try {
            s3.headBucket(HeadBucketRequest.builder().bucket(bucket).build());
        } catch (NoSuchBucketException e) {
            createBucket(bucket);
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) {
                createBucket(bucket);
            } else {
                throw translate("s3://" + bucket, e);
            }
        } catch (SdkException e) {
            throw translate("s3://" + bucket, e);
        }
    }

    private void createBucket(String bucket) {
        CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(bucket);
        if (region != null && !"us-east-1".equals(region)) {
            request.createBucketConfiguration(CreateBucketConfiguration.builder()
                    .locationConstraint(region).build());
        }
        try {
            s3.createBucket(request.build());
        } catch (SdkException e) {
            throw translate("s3://" + bucket, e);
        }
    }

    @Override
    public void put(S3Uri uri, Path source) {
        try {
            long size = Files.size(source);
            if (size <= SINGLE_PUT_LIMIT) {
                s3.putObject(b -> b.bucket(uri.bucket()).key(uri.key()), RequestBody.fromFile(source));
            } else {
                try (InputStream in = Files.newInputStream(source)) {
                    multipart(uri, in, null);
                }
            }
        } catch (IOException e) {
            throw new StorageException(uri.toString(), "could not read " + source + ": " + e, false, e);
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
        }
    }

    @Override
    public void put(S3Uri uri, InputStream content) {
        try {
            byte[] first = content.readNBytes(PART_SIZE);
            if (first.length < PART_SIZE) {
                s3.putObject(b -> b.bucket(uri.bucket()).key(uri.key()), RequestBody.fromBytes(first));
                return;
            }
            multipart(uri, content, first);
        } catch (IOException e) {
            throw new StorageException(uri.toString(), "could not read the content to upload: " + e, false, e);
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
        }
    }

    private void multipart(S3Uri uri, InputStream in, byte[] firstPart) throws IOException {
        String uploadId = s3.createMultipartUpload(b -> b.bucket(uri.bucket()).key(uri.key())).uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        try {
            byte[] part = firstPart != null ? firstPart : in.readNBytes(PART_SIZE);
            int number = 1;
            while (part.length > 0) {
                final int partNumber = number;
                String etag = s3.uploadPart(b -> b.bucket(uri.bucket()).key(uri.key()).uploadId(uploadId)
                        .partNumber(partNumber), RequestBody.fromBytes(part)).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
                number++;
                part = in.readNBytes(PART_SIZE);
            }
            s3.completeMultipartUpload(b -> b.bucket(uri.bucket()).key(uri.key()).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(b -> b.bucket(uri.bucket()).key(uri.key()).uploadId(uploadId));
            } catch (SdkException abort) {
                e.addSuppressed(abort);
            }
            throw e;
        }
    }

    @Override
    public InputStream get(S3Uri uri) {
        try {
            return s3.getObject(b -> b.bucket(uri.bucket()).key(uri.key()));
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
        }
    }

    @Override
    public void get(S3Uri uri, Path target) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = parent.resolve("." + target.getFileName() + DirectoryObjects.TEMP_MARKER + UUID.randomUUID());
        try (InputStream in = get(uri)) {
            Files.createDirectories(parent);
            Files.copy(in, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException(uri.toString(), "could not be copied to " + target + ": " + e, true, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }

    @Override
    public Optional<ObjectSummary> head(S3Uri uri) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(uri.bucket()).key(uri.key()));
            return Optional.of(new ObjectSummary(uri.toString(), uri.key(), head.contentLength(),
                    head.lastModified()));
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            return Optional.empty();
        } catch (AwsServiceException e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw translate(uri.toString(), e);
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
        }
    }

    @Override
    public ObjectListing list(S3Uri prefix, String token, int maxKeys) {
        try {
            ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(prefix.bucket()).prefix(prefix.key())
                    .continuationToken(token).maxKeys(maxKeys));
            List<ObjectSummary> objects = new ArrayList<>(page.contents().size());
            for (S3Object o : page.contents()) {
                objects.add(new ObjectSummary("s3://" + prefix.bucket() + "/" + o.key(), o.key(), o.size(),
                        o.lastModified()));
            }
            return new ObjectListing(objects, Boolean.TRUE.equals(page.isTruncated())
                    ? page.nextContinuationToken() : null);
        } catch (NoSuchBucketException e) {
            return new ObjectListing(List.of(), null);
        } catch (SdkException e) {
            throw translate(prefix.toString(), e);
        }
    }

    @Override
    public boolean delete(S3Uri uri) {
        boolean existed = head(uri).isPresent();
        try {
            s3.deleteObject(b -> b.bucket(uri.bucket()).key(uri.key()));
        } catch (NoSuchBucketException e) {
            return false;
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
        }
        return existed;
    }

    @Override
    public void close() {
        if (ownsClient) {
            s3.close();
        }
    }

    /**
     * Turns an AWS SDK error into the project's exception tree, keeping it as the cause.
     *
     * @param uri the object or prefix concerned
     * @param e   the SDK error
     * @return the exception to throw
     */
    static RuntimeException translate(String uri, SdkException e) {
        if (e instanceof NoSuchBucketException) {
            return new ResourceNotFoundException("bucket of", uri, "the bucket does not exist: create it first"
                    + " (ObjectStore.ensureBucket) or use Session.defaultBucket()", e);
        }
        if (e instanceof NoSuchKeyException) {
            return new ResourceNotFoundException("object", uri,
                    "check the bucket and key; list the prefix to see what is there", e);
        }
        if (e instanceof AwsServiceException) {
            AwsServiceException service = (AwsServiceException) e;
            if (service.statusCode() == 404) {
                return new ResourceNotFoundException("object", uri, "check the bucket and key", e);
            }
            String code = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorCode();
            return new ServiceException(uri + ": S3 answered " + service.statusCode() + " " + code + ": "
                    + service.getMessage(), code, service.statusCode(), service.requestId(),
                    service.retryable() || service.statusCode() >= 500, e);
        }
        if (e instanceof SdkClientException) {
            return new StorageException(uri, "S3 could not be reached: " + e.getMessage(), true, e);
        }
        return new StorageException(uri, e.getMessage(), e.retryable(), e);
    }
}
