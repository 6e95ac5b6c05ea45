/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.modelmetrics;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;

/**
 * A metrics file in S3, as Python's {@code sagemaker.model_metrics.MetricsSource(content_type, s3_uri,
 * content_digest=None)}. A pipeline variable (a step's property) goes in as its {@code asString()} placeholder.
 * Immutable.
 *
 * <pre>{@code
 * // Python: MetricsSource(content_type="application/json", s3_uri=statistics_uri)
 * MetricsSource statistics = MetricsSource.of("application/json", statisticsUri);
 * }</pre>
 */
public final class MetricsSource {
    private final String contentType;
    private final String s3Uri;
    private final String contentDigest;

    private MetricsSource(Builder b) {
        if (b.contentType == null || b.contentType.isBlank()) {
            throw new ValidationException("contentType", b.contentType, "is missing",
                    "give the file's content type, e.g. application/json");
        }
        if (b.s3Uri == null || b.s3Uri.isBlank()) {
            throw new ValidationException("s3Uri", b.s3Uri, "is missing", "give the file's S3 URI");
        }
        this.contentType = b.contentType;
        this.s3Uri = b.s3Uri;
        this.contentDigest = b.contentDigest;
    }

    /**
     * A metrics source without a digest, in Python's positional order.
     *
     * @param contentType Python's {@code content_type}, e.g. {@code application/json}
     * @param s3Uri       Python's {@code s3_uri}
     * @return the source
     * @throws ValidationException when either is missing
     */
    public static MetricsSource of(String contentType, String s3Uri) {
        return builder().contentType(contentType).s3Uri(s3Uri).build();
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
        return new Builder().contentType(contentType).s3Uri(s3Uri).contentDigest(contentDigest);
    }

    /**
     * Python's {@code content_type}.
     *
     * @return the content type
     */
    public String contentType() {
        return contentType;
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
     * The service's shape, as Python's {@code _to_request_dict()}: {@code ContentType}, {@code S3Uri} and
     * {@code ContentDigest} when given.
     *
     * @return the AWS SDK {@code MetricsSource}
     */
    public software.amazon.awssdk.services.sagemaker.model.MetricsSource toRequest() {
        return software.amazon.awssdk.services.sagemaker.model.MetricsSource.builder().contentType(contentType)
                .s3Uri(s3Uri).contentDigest(contentDigest).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricsSource m && contentType.equals(m.contentType) && s3Uri.equals(m.s3Uri)
                && Objects.equals(contentDigest, m.contentDigest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, s3Uri, contentDigest);
    }

    @Override
    public String toString() {
        return "MetricsSource(" + contentType + ", " + s3Uri + (contentDigest == null ? "" : ", " + contentDigest)
                + ")";
    }

    /** Builds a {@link MetricsSource}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String contentType;
        private String s3Uri;
        private String contentDigest;

        private Builder() {
        }

        /**
         * Sets {@code content_type} (required).
         *
         * @param contentType the content type
         * @return this builder
         */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
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
         * Builds the source.
         *
         * @return the source
         * @throws ValidationException when the content type or URI is missing
         */
        public MetricsSource build() {
            return new MetricsSource(this);
        }
    }
}
