/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * How one object is written or read: boto3's {@code ExtraArgs} (the S3 request's members under the service's
 * names: {@code ServerSideEncryption}, {@code SSEKMSKeyId}, {@code ContentType}, {@code Metadata}, {@code ACL},
 * {@code StorageClass}, {@code VersionId} ...) and a progress {@code Callback}, as the Python SDK's
 * {@code Session.upload_data(..., callback=None, extra_args=None)} and {@code download_data(..., extra_args=None)}
 * pass them to boto3's transfer manager. Immutable.
 *
 * <pre>{@code
 * ObjectOptions options = ObjectOptions.builder()
 *         .extraArg("ServerSideEncryption", "aws:kms").extraArg("SSEKMSKeyId", "alias/data")
 *         .callback(bytes -> sent.addAndGet(bytes)).build();
 * session.objectStore().put("s3://bucket/data/train.csv", Path.of("train.csv"), options);
 * }</pre>
 *
 * <p>The keys allowed are boto3's {@code S3Transfer.ALLOWED_UPLOAD_ARGS} for writes and
 * {@code ALLOWED_DOWNLOAD_ARGS} for reads; any other key is a {@link ValidationException} naming it, as boto3
 * answers a {@code ValueError}. Values are strings, except {@code Metadata} (a map of strings) and
 * {@code BucketKeyEnabled} (a boolean); {@code Expires} and {@code ObjectLockRetainUntilDate} are ISO-8601
 * instants.
 */
public final class ObjectOptions {
    /** boto3's {@code S3Transfer.ALLOWED_UPLOAD_ARGS} (s3transfer 0.10). */
    public static final Set<String> UPLOAD_ARGS = Collections.unmodifiableSet(new TreeSet<>(Set.of("ACL",
            "CacheControl", "ChecksumAlgorithm", "ContentDisposition", "ContentEncoding", "ContentLanguage",
            "ContentType", "ExpectedBucketOwner", "Expires", "GrantFullControl", "GrantRead", "GrantReadACP",
            "GrantWriteACP", "Metadata", "ObjectLockLegalHoldStatus", "ObjectLockMode", "ObjectLockRetainUntilDate",
            "RequestPayer", "ServerSideEncryption", "StorageClass", "SSECustomerAlgorithm", "SSECustomerKey",
            "SSECustomerKeyMD5", "SSEKMSKeyId", "SSEKMSEncryptionContext", "Tagging", "WebsiteRedirectLocation",
            "BucketKeyEnabled")));
    /** boto3's {@code S3Transfer.ALLOWED_DOWNLOAD_ARGS}. */
    public static final Set<String> DOWNLOAD_ARGS = Collections.unmodifiableSet(new TreeSet<>(Set.of("ChecksumMode",
            "VersionId", "SSECustomerAlgorithm", "SSECustomerKey", "SSECustomerKeyMD5", "RequestPayer",
            "ExpectedBucketOwner")));
    private static final ObjectOptions NONE = builder().build();

    private final Map<String, Object> extraArgs;
    private final LongConsumer callback;

    private ObjectOptions(Builder b) {
        this.extraArgs = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraArgs));
        this.callback = b.callback;
    }

    /**
     * No extra arguments and no callback.
     *
     * @return the empty options
     */
    public static ObjectOptions none() {
        return NONE;
    }

    /**
     * A builder without extra arguments or callback.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding these options.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().extraArgs(extraArgs).callback(callback);
    }

    /**
     * boto3's {@code ExtraArgs}.
     *
     * @return the arguments by the service's member name, in the order given
     */
    public Map<String, Object> extraArgs() {
        return extraArgs;
    }

    /**
     * boto3's {@code Callback}: called with the number of bytes of each part as it is transferred.
     *
     * @return the callback, or {@code null}
     */
    public LongConsumer callback() {
        return callback;
    }

    /**
     * Reports transferred bytes to the callback, if there is one.
     *
     * @param bytes the bytes just transferred
     */
    public void progress(long bytes) {
        if (callback != null && bytes > 0) {
            callback.accept(bytes);
        }
    }

    /**
     * Checks the arguments for a write.
     *
     * @return these options
     * @throws ValidationException naming a key boto3 does not allow on an upload
     */
    public ObjectOptions requireUploadArgs() {
        return require(UPLOAD_ARGS, "upload");
    }

    /**
     * Checks the arguments for a read.
     *
     * @return these options
     * @throws ValidationException naming a key boto3 does not allow on a download
     */
    public ObjectOptions requireDownloadArgs() {
        return require(DOWNLOAD_ARGS, "download");
    }

    private ObjectOptions require(Set<String> allowed, String what) {
        for (Map.Entry<String, Object> arg : extraArgs.entrySet()) {
            if (!allowed.contains(arg.getKey())) {
                throw new ValidationException("extraArgs", arg.getKey(), "is not an argument of an S3 " + what,
                        "use one of " + allowed);
            }
            boolean map = arg.getKey().equals("Metadata");
            boolean bool = arg.getKey().equals("BucketKeyEnabled");
            Object value = arg.getValue();
            if (map ? !(value instanceof Map) : bool ? !(value instanceof Boolean) : !(value instanceof String)) {
                throw new ValidationException("extraArgs." + arg.getKey(), value, "must be " + (map
                        ? "a map of strings" : bool ? "a boolean" : "a string"), "pass the value boto3 takes");
            }
        }
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectOptions other && extraArgs.equals(other.extraArgs)
                && Objects.equals(callback, other.callback);
    }

    @Override
    public int hashCode() {
        return Objects.hash(extraArgs, callback);
    }

    @Override
    public String toString() {
        Map<String, Object> shown = new LinkedHashMap<>(extraArgs);
        shown.computeIfPresent("SSECustomerKey", (k, v) -> "***");
        return "ObjectOptions(extraArgs=" + shown + ", callback=" + (callback != null) + ")";
    }

    /** Builds {@link ObjectOptions}. */
    public static final class Builder {
        private final Map<String, Object> extraArgs = new LinkedHashMap<>();
        private LongConsumer callback;

        private Builder() {
        }

        /**
         * {@code ExtraArgs} (default None): replaces the arguments.
         *
         * @param args the arguments by the service's member name, e.g. {@code Map.of("ContentType", "text/csv")}
         * @return this builder
         */
        public Builder extraArgs(Map<String, ?> args) {
            extraArgs.clear();
            if (args != null) {
                args.forEach(this::extraArg);
            }
            return this;
        }

        /**
         * One of {@code ExtraArgs}.
         *
         * @param name  the service's member name, e.g. {@code SSEKMSKeyId}
         * @param value its value (a string; a map of strings for {@code Metadata}; a boolean for
         *              {@code BucketKeyEnabled})
         * @return this builder
         */
        public Builder extraArg(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value == null) {
                extraArgs.remove(name);
            } else if (value instanceof Map<?, ?> map) {
                Map<String, String> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), String.valueOf(v)));
                extraArgs.put(name, Collections.unmodifiableMap(copy));
            } else {
                extraArgs.put(name, value);
            }
            return this;
        }

        /**
         * {@code Callback} (default None): called with the bytes of each part as it is transferred.
         *
         * @param callback the callback, or {@code null}
         * @return this builder
         */
        public Builder callback(LongConsumer callback) {
            this.callback = callback;
            return this;
        }

        /**
         * The options.
         *
         * @return a new immutable value
         */
        public ObjectOptions build() {
            return new ObjectOptions(this);
        }
    }
}
