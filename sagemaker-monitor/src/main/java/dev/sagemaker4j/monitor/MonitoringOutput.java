/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a monitoring execution's reports go, as Python's {@code sagemaker.model_monitor.MonitoringOutput} (v2.257.6). Immutable.
 *
 * <pre>{@code
 * MonitoringOutput out = MonitoringOutput.builder().source("/opt/ml/processing/output")
 *         .destination("s3://bucket/reports").build();
 * }</pre>
 */
public final class MonitoringOutput {
    private final String source;
    private final String destination;
    private final String s3UploadMode;

    private MonitoringOutput(Builder b) {
        this.source = b.source;
        this.destination = b.destination;
        this.s3UploadMode = b.s3UploadMode;
        if (source == null || source.isBlank()) {
            throw new ValidationException("source", source, "is missing", "give it");
        }
    }

    /**
     * A new builder with Python's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.destination = destination;
        b.s3UploadMode = s3UploadMode;
        return b;
    }

    /**
     * Python's {@code source}: the container folder the reports are written to (required).
     *
     * @return the value, or null
     */
    public String source() {
        return source;
    }

    /**
     * Python's {@code destination}: the S3 URI they are uploaded to.
     *
     * @return the value, or null
     */
    public String destination() {
        return destination;
    }

    /**
     * Python's {@code s3_upload_mode}: Continuous or EndOfJob.
     *
     * @return the value, or null
     */
    public String s3UploadMode() {
        return s3UploadMode;
    }

    /**
     * The request shape, as Python's {@code _to_request_dict()}: {@code {"S3Output": {...}}}.
     *
     * @return the service's MonitoringOutput
     */
    public software.amazon.awssdk.services.sagemaker.model.MonitoringOutput toRequest() {
        return software.amazon.awssdk.services.sagemaker.model.MonitoringOutput.builder().s3Output(s -> s
                .s3Uri(destination).localPath(source).s3UploadMode(s3UploadMode)).build();
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof MonitoringOutput other && toRequest().equals(other.toRequest());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toRequest());
    }

    @Override
    public String toString() {
        return "MonitoringOutput" + toRequest().toString().substring(toRequest().toString().indexOf('('));
    }

    /** Builds a {@link MonitoringOutput}. */
    public static final class Builder {
        private String source;
        private String destination;
        private String s3UploadMode = "Continuous";

        private Builder() {
        }

        /**
         * Sets Python's {@code source} (default {@code None}): the container folder the reports are written to (required).
         *
         * @param source the value
         * @return this builder
         */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /**
         * Sets Python's {@code destination} (default {@code None}): the S3 URI they are uploaded to.
         *
         * @param destination the value
         * @return this builder
         */
        public Builder destination(String destination) {
            this.destination = destination;
            return this;
        }

        /**
         * Sets Python's {@code s3_upload_mode} (default {@code Continuous}): Continuous or EndOfJob.
         *
         * @param s3UploadMode the value
         * @return this builder
         */
        public Builder s3UploadMode(String s3UploadMode) {
            this.s3UploadMode = s3UploadMode;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         * @throws ValidationException when a required value is missing
         */
        public MonitoringOutput build() {
            return new MonitoringOutput(this);
        }
    }
}
