/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectOptions;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

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
        put(uri, source, ObjectOptions.none());
    }

    @Override
    public void put(S3Uri uri, Path source, ObjectOptions options) {
        try {
            long size = Files.size(source);
            if (size <= SINGLE_PUT_LIMIT) {
                PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(uri.bucket()).key(uri.key());
                applyExtraArgs(request, options.extraArgs(), true);
                s3.putObject(request.build(), RequestBody.fromFile(source));
                options.progress(size);
            } else {
                try (InputStream in = Files.newInputStream(source)) {
                    multipart(uri, in, null, options);
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
        put(uri, content, ObjectOptions.none());
    }

    @Override
    public void put(S3Uri uri, InputStream content, ObjectOptions options) {
        try {
            byte[] first = content.readNBytes(PART_SIZE);
            if (first.length < PART_SIZE) {
                PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(uri.bucket()).key(uri.key());
                applyExtraArgs(request, options.extraArgs(), true);
                s3.putObject(request.build(), RequestBody.fromBytes(first));
                options.progress(first.length);
                return;
            }
            multipart(uri, content, first, options);
        } catch (IOException e) {
            throw new StorageException(uri.toString(), "could not read the content to upload: " + e, false, e);
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
        }
    }

    private void multipart(S3Uri uri, InputStream in, byte[] firstPart, ObjectOptions options) throws IOException {
        CreateMultipartUploadRequest.Builder create = CreateMultipartUploadRequest.builder().bucket(uri.bucket())
                .key(uri.key());
        applyExtraArgs(create, options.extraArgs(), true);
        String uploadId = s3.createMultipartUpload(create.build()).uploadId();
        List<CompletedPart> parts = new ArrayList<>();
        try {
            byte[] part = firstPart != null ? firstPart : in.readNBytes(PART_SIZE);
            int number = 1;
            while (part.length > 0) {
                UploadPartRequest.Builder upload = UploadPartRequest.builder().bucket(uri.bucket()).key(uri.key())
                        .uploadId(uploadId).partNumber(number);
                // the customer-provided key, payer and owner go with every part, as S3 requires
                applyExtraArgs(upload, options.extraArgs(), false);
                String etag = s3.uploadPart(upload.build(), RequestBody.fromBytes(part)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                options.progress(part.length);
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

    /**
     * Sets boto3's {@code ExtraArgs} on an S3 request builder by the service's member names.
     *
     * @param builder the request builder
     * @param args    the arguments
     * @param strict  whether every argument must be a member of the request
     */
    static void applyExtraArgs(SdkPojo builder, Map<String, Object> args, boolean strict) {
        if (args.isEmpty()) {
            return;
        }
        Set<String> applied = new HashSet<>();
        for (SdkField<?> field : builder.sdkFields()) {
            Object value = args.get(field.memberName());
            if (value == null) {
                continue;
            }
            MarshallingType<?> type = field.marshallingType();
            if (type == MarshallingType.INSTANT) {
                value = Instant.parse(String.valueOf(value));
            } else if (type == MarshallingType.STRING) {
                value = String.valueOf(value);
            }
            field.set(builder, value);
            applied.add(field.memberName());
        }
        if (strict && !applied.containsAll(args.keySet())) {
            Set<String> unknown = new HashSet<>(args.keySet());
            unknown.removeAll(applied);
            throw new dev.sagemaker4j.exceptions.ValidationException("extraArgs", unknown,
                    "are not arguments of this S3 request", "use the arguments boto3 allows");
        }
    }

    @Override
    public InputStream get(S3Uri uri) {
        return get(uri, ObjectOptions.none());
    }

    private InputStream get(S3Uri uri, ObjectOptions options) {
        try {
            GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(uri.bucket()).key(uri.key());
            applyExtraArgs(request, options.extraArgs(), true);
            return s3.getObject(request.build());
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
        }
    }

    @Override
    public void get(S3Uri uri, Path target) {
        get(uri, target, ObjectOptions.none());
    }

    @Override
    public void get(S3Uri uri, Path target, ObjectOptions options) {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = parent.resolve("." + target.getFileName() + DirectoryObjects.TEMP_MARKER + UUID.randomUUID());
        try (InputStream in = get(uri, options)) {
            Files.createDirectories(parent);
            options.progress(Files.copy(in, temp));
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
    public Map<String, Object> attributes(S3Uri uri) {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(uri.bucket()).key(uri.key()));
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (head.contentType() != null) {
                attributes.put("ContentType", head.contentType());
            }
            if (head.hasMetadata() && !head.metadata().isEmpty()) {
                attributes.put("Metadata", head.metadata());
            }
            if (head.serverSideEncryptionAsString() != null) {
                attributes.put("ServerSideEncryption", head.serverSideEncryptionAsString());
            }
            if (head.ssekmsKeyId() != null) {
                attributes.put("SSEKMSKeyId", head.ssekmsKeyId());
            }
            return attributes;
        } catch (SdkException e) {
            throw translate(uri.toString(), e);
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
