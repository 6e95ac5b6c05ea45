/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.s3;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An {@code s3://bucket/key} address, checked against S3's bucket naming rules. The key may be
 * empty (the whole bucket) and is kept exactly as given. Immutable; needs no closing.
 *
 * <pre>{@code
 * S3Uri uri = S3Uri.parse("s3://my-bucket/data/train.csv");
 * uri.bucket();   // "my-bucket"
 * uri.key();      // "data/train.csv"
 * }</pre>
 */
public final class S3Uri {
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final int MAX_KEY_BYTES = 1024;

    private final String bucket;
    private final String key;

    private S3Uri(String bucket, String key) {
        this.bucket = bucket;
        this.key = key;
    }

    /**
     * Parses an {@code s3://} URI.
     *
     * @param uri the text, e.g. {@code s3://bucket/prefix/key}
     * @return the parsed URI
     * @throws ValidationException when it is not an {@code s3://} URI or the bucket name breaks S3's rules
     */
    public static S3Uri parse(String uri) {
        if (uri == null) {
            throw new ValidationException("uri", null, "is missing", "pass an s3://bucket/key URI");
        }
        if (!uri.startsWith("s3://")) {
            throw new ValidationException("uri", uri, "is not an s3:// URI",
                    "write it as s3://bucket/key (file:///path for local files)");
        }
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        return of(bucket, key);
    }

    /**
     * Builds a URI from a bucket and a key.
     *
     * @param bucket the bucket name, checked against S3's rules
     * @param key    the key (may be empty)
     * @return the URI
     */
    public static S3Uri of(String bucket, String key) {
        validateBucket(bucket);
        Objects.requireNonNull(key, "key");
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw new ValidationException("key", key.substring(0, 64) + "...",
                    "is longer than S3's limit of 1024 UTF-8 bytes", "use a shorter key");
        }
        return new S3Uri(bucket, key);
    }

    /**
     * Whether a text is an {@code s3://} URI (without checking the bucket name).
     *
     * @param uri the text
     * @return {@code true} when it starts with {@code s3://}
     */
    public static boolean isS3(String uri) {
        return uri != null && uri.startsWith("s3://");
    }

    /**
     * Checks a bucket name against S3's general purpose bucket naming rules.
     *
     * @param bucket the name
     * @throws ValidationException naming the rule that is broken
     */
    public static void validateBucket(String bucket) {
        String fix = "bucket names are 3-63 characters of lower-case letters, digits, '.' and '-',"
                + " starting and ending with a letter or digit";
        if (bucket == null || bucket.isEmpty()) {
            throw new ValidationException("bucket", bucket, "is empty", fix);
        }
        if (!BUCKET.matcher(bucket).matches()) {
            throw new ValidationException("bucket", bucket, "is not a valid S3 bucket name", fix);
        }
        if (bucket.contains("..") || bucket.contains(".-") || bucket.contains("-.")) {
            throw new ValidationException("bucket", bucket, "has adjacent periods or a period next to a hyphen",
                    fix);
        }
        if (IP_ADDRESS.matcher(bucket).matches()) {
            throw new ValidationException("bucket", bucket, "is formatted as an IP address", fix);
        }
        if (bucket.startsWith("xn--") || bucket.startsWith("sthree-") || bucket.endsWith("-s3alias")
                || bucket.endsWith("--ol-s3")) {
            throw new ValidationException("bucket", bucket, "uses a prefix or suffix S3 reserves", fix);
        }
    }

    /**
     * The bucket name.
     *
     * @return the bucket
     */
    public String bucket() {
        return bucket;
    }

    /**
     * The key, possibly empty.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * A URI for a key below this one, joined with one {@code /}.
     *
     * @param relative the rest of the key
     * @return the joined URI
     */
    public S3Uri resolve(String relative) {
        if (key.isEmpty()) {
            return of(bucket, relative);
        }
        return of(bucket, key.endsWith("/") ? key + relative : key + "/" + relative);
    }

    /**
     * The path of a key below the folder that a download of a prefix writes into, as the Python
     * SDK's {@code download_data} and SageMaker's File input mode name it: relative to the prefix
     * when the prefix is a folder, else relative to the folder of the prefix.
     *
     * @param key    a key that starts with the prefix
     * @param prefix the prefix listed
     * @return the relative path, '/'-separated
     */
    public static String relativeKey(String key, String prefix) {
        if (prefix.isEmpty() || prefix.endsWith("/")) {
            return key.substring(prefix.length());
        }
        if (key.startsWith(prefix + "/")) {
            return key.substring(prefix.length() + 1);
        }
        return key.substring(prefix.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof S3Uri && ((S3Uri) o).bucket.equals(bucket) && ((S3Uri) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return bucket.hashCode() * 31 + key.hashCode();
    }
}
