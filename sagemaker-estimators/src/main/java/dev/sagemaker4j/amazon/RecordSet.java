/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A collection of Amazon {@code Record}s serialized and stored in S3, as the Python SDK's
 * {@code sagemaker.amazon.amazon_estimator.RecordSet}: what {@link AmazonAlgorithmEstimatorBase#recordSet} uploads
 * and {@link AmazonAlgorithmEstimatorBase#fit(RecordSet)} trains on. Immutable.
 *
 * <pre>{@code
 * RecordSet train = pca.recordSet(NpyArray.of(rows));                     // uploads shards and a manifest
 * RecordSet same = new RecordSet(train.s3Data(), train.numRecords(), train.featureDim());
 * }</pre>
 */
public final class RecordSet {
    private final String s3Data;
    private final long numRecords;
    private final int featureDim;
    private final String s3DataType;
    private final String channel;
    private final String distribution;

    /**
     * A record set of a manifest file in channel {@code train}, {@code ShardedByS3Key}, as {@code RecordSet(s3_data,
     * num_records, feature_dim)}.
     *
     * @param s3Data     the manifest's (or prefix's) URI ({@code s3_data})
     * @param numRecords the number of records ({@code num_records})
     * @param featureDim the length of each record's {@code values} ({@code feature_dim})
     */
    public RecordSet(String s3Data, long numRecords, int featureDim) {
        this(builder().s3Data(s3Data).numRecords(numRecords).featureDim(featureDim));
    }

    private RecordSet(Builder b) {
        if (b.s3Data == null || b.s3Data.isBlank()) {
            throw new ValidationException("s3Data", b.s3Data, "is missing", "pass the manifest or prefix URI");
        }
        if (!"ManifestFile".equals(b.s3DataType) && !"S3Prefix".equals(b.s3DataType)) {
            throw new ValidationException("s3DataType", b.s3DataType, "is not a RecordSet data type",
                    "use ManifestFile or S3Prefix");
        }
        this.s3Data = b.s3Data;
        this.numRecords = b.numRecords;
        this.featureDim = b.featureDim;
        this.s3DataType = b.s3DataType;
        this.channel = Objects.requireNonNull(b.channel, "channel");
        this.distribution = Objects.requireNonNull(b.distribution, "distribution");
    }

    /**
     * A builder with Python's defaults ({@code s3_data_type="ManifestFile"}, {@code channel="train"},
     * {@code distribution="ShardedByS3Key"}).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this record set.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder().s3Data(s3Data).numRecords(numRecords).featureDim(featureDim).s3DataType(s3DataType)
                .channel(channel).distribution(distribution);
    }

    /**
     * {@code s3_data}.
     *
     * @return the manifest's or prefix's URI
     */
    public String s3Data() {
        return s3Data;
    }

    /**
     * {@code num_records}.
     *
     * @return the number of records
     */
    public long numRecords() {
        return numRecords;
    }

    /**
     * {@code feature_dim}.
     *
     * @return the features of each record
     */
    public int featureDim() {
        return featureDim;
    }

    /**
     * {@code s3_data_type}.
     *
     * @return {@code ManifestFile} or {@code S3Prefix}
     */
    public String s3DataType() {
        return s3DataType;
    }

    /**
     * {@code channel}.
     *
     * @return the training job channel
     */
    public String channel() {
        return channel;
    }

    /**
     * {@code distribution}.
     *
     * @return {@code ShardedByS3Key} or {@code FullyReplicated}
     */
    public String distribution() {
        return distribution;
    }

    /**
     * The channel for {@code fit}, as Python's {@code data_channel()}: {@code {channel: records_s3_input()}}.
     *
     * @return channel name to input
     */
    public Map<String, TrainingInput> dataChannel() {
        Map<String, TrainingInput> m = new LinkedHashMap<>();
        m.put(channel, recordsS3Input());
        return m;
    }

    /**
     * The input, as Python's {@code records_s3_input()}: {@code TrainingInput(s3_data, distribution=...,
     * s3_data_type=...)}, no content type.
     *
     * @return the training input
     */
    public TrainingInput recordsS3Input() {
        return TrainingInput.builder().s3Data(s3Data).distribution(distribution).s3DataType(s3DataType).build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RecordSet)) {
            return false;
        }
        RecordSet r = (RecordSet) o;
        return s3Data.equals(r.s3Data) && numRecords == r.numRecords && featureDim == r.featureDim
                && s3DataType.equals(r.s3DataType) && channel.equals(r.channel) && distribution.equals(r.distribution);
    }

    @Override
    public int hashCode() {
        return Objects.hash(s3Data, numRecords, featureDim, s3DataType, channel, distribution);
    }

    @Override
    public String toString() {
        return "RecordSet[s3Data=" + s3Data + ", numRecords=" + numRecords + ", featureDim=" + featureDim
                + ", s3DataType=" + s3DataType + ", channel=" + channel + ", distribution=" + distribution + "]";
    }

    /** Builds a {@link RecordSet}; each method is a keyword of Python's {@code RecordSet}. */
    public static final class Builder {
        private String s3Data;
        private long numRecords;
        private int featureDim;
        private String s3DataType = "ManifestFile";
        private String channel = "train";
        private String distribution = "ShardedByS3Key";

        private Builder() {
        }

        /**
         * Sets {@code s3_data} (required).
         *
         * @param s3Data the manifest's or prefix's URI
         * @return this builder
         */
        public Builder s3Data(String s3Data) {
            this.s3Data = s3Data;
            return this;
        }

        /**
         * Sets {@code num_records} (required).
         *
         * @param numRecords the number of records
         * @return this builder
         */
        public Builder numRecords(long numRecords) {
            this.numRecords = numRecords;
            return this;
        }

        /**
         * Sets {@code feature_dim} (required).
         *
         * @param featureDim the features of each record
         * @return this builder
         */
        public Builder featureDim(int featureDim) {
            this.featureDim = featureDim;
            return this;
        }

        /**
         * Sets {@code s3_data_type} (default {@code "ManifestFile"}).
         *
         * @param s3DataType {@code ManifestFile} or {@code S3Prefix}
         * @return this builder
         */
        public Builder s3DataType(String s3DataType) {
            this.s3DataType = s3DataType;
            return this;
        }

        /**
         * Sets {@code channel} (default {@code "train"}).
         *
         * @param channel the training job channel
         * @return this builder
         */
        public Builder channel(String channel) {
            this.channel = channel;
            return this;
        }

        /**
         * Sets {@code distribution} (default {@code "ShardedByS3Key"}).
         *
         * @param distribution {@code ShardedByS3Key} or {@code FullyReplicated}
         * @return this builder
         */
        public Builder distribution(String distribution) {
            this.distribution = distribution;
            return this;
        }

        /**
         * Builds the record set.
         *
         * @return the record set
         */
        public RecordSet build() {
            return new RecordSet(this);
        }
    }
}
