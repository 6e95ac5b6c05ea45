/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.modelmonitor;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.CaptureContentTypeHeader;
import software.amazon.awssdk.services.sagemaker.model.CaptureOption;

/**
 * Which invocations of an endpoint to record, and where, as
 * {@code sagemaker.model_monitor.DataCaptureConfig}. Captured data lands as JSON Lines under
 * {@code <destinationS3Uri>/<endpoint>/<variant>/yyyy/mm/dd/hh/}. Immutable; needs no closing.
 *
 * <pre>{@code
 * DataCaptureConfig capture = DataCaptureConfig.builder()
 *         .enableCapture(true).samplingPercentage(50)
 *         .destinationS3Uri("s3://" + bucket + "/capture").build();
 * model.deploy(1, "local", null, null, "my-endpoint", capture, true);
 * }</pre>
 */
public final class DataCaptureConfig {
    private final boolean enableCapture;
    private final int samplingPercentage;
    private final String destinationS3Uri;
    private final List<String> captureOptions;
    private final List<String> csvContentTypes;
    private final List<String> jsonContentTypes;

    private DataCaptureConfig(Builder b) {
        this.enableCapture = b.enableCapture;
        this.samplingPercentage = b.samplingPercentage;
        this.destinationS3Uri = b.destinationS3Uri;
        this.captureOptions = List.copyOf(b.captureOptions);
        this.csvContentTypes = b.csvContentTypes == null ? null : List.copyOf(b.csvContentTypes);
        this.jsonContentTypes = b.jsonContentTypes == null ? null : List.copyOf(b.jsonContentTypes);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether capture is on.
     *
     * @return {@code true} when on
     */
    public boolean enableCapture() {
        return enableCapture;
    }

    /**
     * The percentage of invocations captured.
     *
     * @return 0 to 100
     */
    public int samplingPercentage() {
        return samplingPercentage;
    }

    /**
     * Where captured data goes.
     *
     * @return an s3:// or file:// prefix
     */
    public String destinationS3Uri() {
        return destinationS3Uri;
    }

    /**
     * What is captured: {@code REQUEST}, {@code RESPONSE} or both.
     *
     * @return the options
     */
    public List<String> captureOptions() {
        return captureOptions;
    }

    /**
     * The service's DataCaptureConfig for an endpoint configuration.
     *
     * @return the AWS SDK v2 model object
     */
    public software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig toRequest() {
        var b = software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig.builder()
                .enableCapture(enableCapture).initialSamplingPercentage(samplingPercentage)
                .destinationS3Uri(destinationS3Uri)
                .captureOptions(captureOptions.stream().map(o -> CaptureOption.builder()
                        .captureMode(o.equals("REQUEST") ? "Input" : "Output").build()).toList());
        if (csvContentTypes != null || jsonContentTypes != null) {
            b.captureContentTypeHeader(CaptureContentTypeHeader.builder().csvContentTypes(csvContentTypes)
                    .jsonContentTypes(jsonContentTypes).build());
        }
        return b.build();
    }

    /** Builds a {@link DataCaptureConfig}; defaults as the Python SDK: 20 %, request and response. */
    public static final class Builder {
        private boolean enableCapture = true;
        private int samplingPercentage = 20;
        private String destinationS3Uri;
        private List<String> captureOptions = List.of("REQUEST", "RESPONSE");
        private List<String> csvContentTypes;
        private List<String> jsonContentTypes;

        private Builder() {
        }

        /**
         * Turns capture on or off.
         *
         * @param enable {@code true} to capture
         * @return this builder
         */
        public Builder enableCapture(boolean enable) {
            this.enableCapture = enable;
            return this;
        }

        /**
         * Sets the sampled percentage.
         *
         * @param percentage 0 to 100
         * @return this builder
         */
        public Builder samplingPercentage(int percentage) {
            if (percentage < 0 || percentage > 100) {
                throw new ValidationException("samplingPercentage", percentage, "must be between 0 and 100",
                        "give a percentage");
            }
            this.samplingPercentage = percentage;
            return this;
        }

        /**
         * Sets where captured data goes.
         *
         * @param uri an s3:// or file:// prefix
         * @return this builder
         */
        public Builder destinationS3Uri(String uri) {
            this.destinationS3Uri = uri;
            return this;
        }

        /**
         * Sets what is captured.
         *
         * @param options {@code REQUEST} and/or {@code RESPONSE}
         * @return this builder
         */
        public Builder captureOptions(List<String> options) {
            for (String o : options) {
                if (!o.equals("REQUEST") && !o.equals("RESPONSE")) {
                    throw new ValidationException("captureOptions", o, "is not a capture option",
                            "use REQUEST and/or RESPONSE");
                }
            }
            this.captureOptions = List.copyOf(options);
            return this;
        }

        /**
         * Sets the content types recorded as CSV text.
         *
         * @param types MIME types
         * @return this builder
         */
        public Builder csvContentTypes(List<String> types) {
            this.csvContentTypes = types;
            return this;
        }

        /**
         * Sets the content types recorded as JSON text.
         *
         * @param types MIME types
         * @return this builder
         */
        public Builder jsonContentTypes(List<String> types) {
            this.jsonContentTypes = types;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public DataCaptureConfig build() {
            if (enableCapture && (destinationS3Uri == null || destinationS3Uri.isBlank())) {
                throw new ValidationException("destinationS3Uri", destinationS3Uri, "is missing",
                        "give the s3:// prefix captured data goes to");
            }
            return new DataCaptureConfig(this);
        }
    }
}
