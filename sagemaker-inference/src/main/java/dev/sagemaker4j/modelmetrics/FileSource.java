/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.modelmetrics;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;

/**
 * A file in S3 (a Clarify analysis configuration), as Python's {@code sagemaker.model_metrics.FileSource(s3_uri,
 * content_digest=None, content_type=None)}. Immutable.
 */
public final class FileSource {
    private final String s3Uri;
    private final String contentDigest;
    private final String contentType;

    private FileSource(Builder b) {
        if (b.s3Uri == null || b.s3Uri.isBlank()) {
            throw new ValidationException("s3Uri", b.s3Uri, "is missing", "give the file's S3 URI");
        }
        this.s3Uri = b.s3Uri;
        this.contentDigest = b.contentDigest;
        this.contentType = b.contentType;
    }

    /**
     * A file source with only its URI.
     *
     * @param s3Uri Python's {@code s3_uri}
     * @return the source
     * @throws ValidationException when the URI is missing
     */
    public static FileSource of(String s3Uri) {
        return builder().s3Uri(s3Uri).build();
    }

    /**
     * A builder (every keyword by name).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this source's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder().s3Uri(s3Uri).contentDigest(contentDigest).contentType(contentType);
    }

    /**
     * Python's {@code s3_uri}.
     *
     * @return the URI
     */
    public String s3Uri() {
        return s3Uri;
    }

    /**
     * Python's {@code content_digest}.
     *
     * @return the digest, or null
     */
    public String contentDigest() {
        return contentDigest;
    }

    /**
     * Python's {@code content_type}.
     *
     * @return the content type, or null
     */
    public String contentType() {
        return contentType;
    }

    /**
     * The service's shape, as Python's {@code _to_request_dict()}: {@code S3Uri}, then {@code ContentDigest} and
     * {@code ContentType} when given.
     *
     * @return the AWS SDK {@code FileSource}
     */
    public software.amazon.awssdk.services.sagemaker.model.FileSource toRequest() {
        return software.amazon.awssdk.services.sagemaker.model.FileSource.builder().s3Uri(s3Uri)
                .contentDigest(contentDigest).contentType(contentType).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileSource f && s3Uri.equals(f.s3Uri) && Objects.equals(contentDigest, f.contentDigest)
                && Objects.equals(contentType, f.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(s3Uri, contentDigest, contentType);
    }

    @Override
    public String toString() {
        return "FileSource(" + s3Uri + ")";
    }

    /** Builds a {@link FileSource}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String s3Uri;
        private String contentDigest;
        private String contentType;

        private Builder() {
        }

        /**
         * Sets {@code s3_uri} (required).
         *
         * @param s3Uri the URI
         * @return this builder
         */
        public Builder s3Uri(String s3Uri) {
            this.s3Uri = s3Uri;
            return this;
        }

        /**
         * Sets {@code content_digest} (default {@code None}).
         *
         * @param contentDigest the digest
         * @return this builder
         */
        public Builder contentDigest(String contentDigest) {
            this.contentDigest = contentDigest;
            return this;
        }

        /**
         * Sets {@code content_type} (default {@code None}).
         *
         * @param contentType the content type
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * Builds the source.
         *
         * @return the source
         * @throws ValidationException when the URI is missing
         */
        public FileSource build() {
            return new FileSource(this);
        }
    }
}
