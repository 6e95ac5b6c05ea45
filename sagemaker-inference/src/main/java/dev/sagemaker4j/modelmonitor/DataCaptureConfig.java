/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.modelmonitor;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.utils.ServiceArguments;
import java.util.List;
import java.util.Locale;
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
 * model.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName("my-endpoint")
 *         .dataCaptureConfig(capture));
 * }</pre>
 *
 * <p>Defaults as the Python SDK's (v2.257.6): 20 %, {@code REQUEST} and {@code RESPONSE}, CSV content types
 * {@code text/csv}, JSON content types {@code application/json}, and, given a {@link Builder#session(Session)},
 * the destination {@code s3://<default bucket>/<default bucket prefix>/model-monitor/data-capture}. The KMS
 * key is sent and recorded, not applied by the local backend.
 */
public final class DataCaptureConfig {
    private final boolean enableCapture;
    private final int samplingPercentage;
    private final String destinationS3Uri;
    private final String kmsKeyId;
    private final List<String> captureOptions;
    private final List<String> csvContentTypes;
    private final List<String> jsonContentTypes;

    private DataCaptureConfig(Builder b) {
        this.enableCapture = b.enableCapture;
        this.samplingPercentage = b.samplingPercentage;
        this.destinationS3Uri = b.destinationS3Uri;
        this.kmsKeyId = b.kmsKeyId;
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
     * The KMS key captured data is written with ({@code kms_key_id}).
     *
     * @return the key, or {@code null}
     */
    public String kmsKeyId() {
        return kmsKeyId;
    }

    /**
     * The content types recorded as CSV text ({@code csv_content_types}).
     *
     * @return the MIME types
     */
    public List<String> csvContentTypes() {
        return csvContentTypes;
    }

    /**
     * The content types recorded as JSON text ({@code json_content_types}).
     *
     * @return the MIME types
     */
    public List<String> jsonContentTypes() {
        return jsonContentTypes;
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
     * The service's DataCaptureConfig for an endpoint configuration, as Python's {@code _to_request_dict()}.
     *
     * @return the AWS SDK v2 model object
     */
    public software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig toRequest() {
        var b = software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig.builder()
                .enableCapture(enableCapture).initialSamplingPercentage(samplingPercentage)
                .destinationS3Uri(destinationS3Uri).kmsKeyId(kmsKeyId)
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
        private String kmsKeyId;
        private List<String> captureOptions = List.of("REQUEST", "RESPONSE");
        private List<String> csvContentTypes = List.of("text/csv");
        private List<String> jsonContentTypes = List.of("application/json");
        private Session session;

        private Builder() {
        }

        /**
         * {@code enable_capture} (required in Python; default here {@code true}): turns capture on or off.
         *
         * @param enable {@code true} to capture
         * @return this builder
         */
        public Builder enableCapture(boolean enable) {
            this.enableCapture = enable;
            return this;
        }

        /**
         * {@code sampling_percentage} (default 20): the sampled percentage.
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
         * {@code destination_s3_uri} (default {@code s3://<default bucket>/<prefix>/model-monitor/data-capture}
         * of the {@link #session(Session)}): where captured data goes.
         *
         * @param uri an s3:// or file:// prefix
         * @return this builder
         */
        public Builder destinationS3Uri(String uri) {
            this.destinationS3Uri = uri;
            return this;
        }

        /**
         * {@code kms_key_id} (default None): the KMS key captured data is written with; sent, not applied
         * locally.
         *
         * @param kmsKeyId a KMS key id, alias or ARN
         * @return this builder
         */
        public Builder kmsKeyId(String kmsKeyId) {
            this.kmsKeyId = ServiceArguments.kmsKey("kmsKeyId", kmsKeyId);
            return this;
        }

        /**
         * {@code sagemaker_session} (default None): the session whose default bucket holds the default
         * destination.
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * {@code capture_options} (default {@code ["REQUEST", "RESPONSE"]}): what is captured, in any case.
         *
         * @param options {@code REQUEST} and/or {@code RESPONSE}
         * @return this builder
         */
        public Builder captureOptions(List<String> options) {
            List<String> upper = options.stream().map(o -> o.toUpperCase(Locale.ROOT)).toList();
            for (String o : upper) {
                if (!o.equals("REQUEST") && !o.equals("RESPONSE")) {
                    throw new ValidationException("captureOptions", o, "is not a capture option",
                            "use REQUEST and/or RESPONSE");
                }
            }
            this.captureOptions = upper;
            return this;
        }

        /**
         * {@code csv_content_types} (default {@code ["text/csv"]}): the content types recorded as CSV text.
         *
         * @param types MIME types
         * @return this builder
         */
        public Builder csvContentTypes(List<String> types) {
            this.csvContentTypes = types == null ? List.of("text/csv") : List.copyOf(types);
            return this;
        }

        /**
         * {@code json_content_types} (default {@code ["application/json"]}): the content types recorded as JSON
         * text.
         *
         * @param types MIME types
         * @return this builder
         */
        public Builder jsonContentTypes(List<String> types) {
            this.jsonContentTypes = types == null ? List.of("application/json") : List.copyOf(types);
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public DataCaptureConfig build() {
            if (destinationS3Uri == null && session != null) {
                String prefix = session.defaultBucketPrefix();
                destinationS3Uri = "s3://" + session.defaultBucket() + "/"
                        + (prefix == null || prefix.isEmpty() ? "" : prefix + "/") + "model-monitor/data-capture";
            }
            if (enableCapture && (destinationS3Uri == null || destinationS3Uri.isBlank())) {
                throw new ValidationException("destinationS3Uri", destinationS3Uri, "is missing",
                        "give the s3:// prefix captured data goes to, or a session(...) for the default");
            }
            return new DataCaptureConfig(this);
        }
    }
}
