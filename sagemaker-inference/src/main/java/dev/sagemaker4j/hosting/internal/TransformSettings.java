/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import java.util.Locale;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DataProcessing;

/**
 * What a CreateTransformJob request asks for, read once with the service's defaults filled in
 * (S3Prefix, no split, MultiRecord, 6 MB payloads), so that the per-record code reads plain fields.
 */
final class TransformSettings {
    static final long MB = 1024L * 1024;
    /** The largest payload limit packed in one buffer: SageMaker's own MaxPayloadInMB maximum, 100 MB. */
    static final long PACKED_MAX_PAYLOAD = 100 * MB;
    /** The largest Java byte array. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    final String inputUri;
    /** S3DataType: S3Prefix or ManifestFile. */
    final String dataType;
    /** The ContentType sent to the model: text/csv for Parquet input, whose rows are sent as CSV. */
    final String contentType;
    final boolean gzip;
    final boolean splitLines;
    final boolean multiRecord;
    /** MaxPayloadInMB in bytes; {@link Long#MAX_VALUE} for 0 (no limit). */
    final long maxPayload;
    final boolean assembleLines;
    /** S3OutputPath without a trailing slash. */
    final String outputPath;
    final String accept;
    final JsonPathFilter inputFilter;
    final JsonPathFilter outputFilter;
    /** JoinSource Input: each output record is joined to its input record. */
    final boolean join;
    /** JSON or JSON Lines records: the filters and the join read them as JSON, else as CSV. */
    final boolean json;
    final boolean parquet;

    TransformSettings(CreateTransformJobRequest request) {
        var input = request.transformInput();
        this.inputUri = input.dataSource().s3DataSource().s3Uri();
        this.dataType = input.dataSource().s3DataSource().s3DataTypeAsString() == null ? "S3Prefix"
                : input.dataSource().s3DataSource().s3DataTypeAsString();
        String type = input.contentType() == null ? "" : input.contentType();
        this.parquet = type.toLowerCase(Locale.ROOT).startsWith("application/x-parquet");
        this.contentType = parquet ? "text/csv" : type;
        this.gzip = "Gzip".equals(input.compressionTypeAsString());
        this.splitLines = "Line".equals(input.splitTypeAsString()) || parquet;
        this.multiRecord = !"SingleRecord".equals(request.batchStrategyAsString());
        int payloadMb = request.maxPayloadInMB() == null ? 6 : request.maxPayloadInMB();
        this.maxPayload = payloadMb == 0 ? Long.MAX_VALUE : payloadMb * MB;
        this.assembleLines = "Line".equals(request.transformOutput().assembleWithAsString());
        String out = request.transformOutput().s3OutputPath();
        this.outputPath = out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
        this.accept = request.transformOutput().accept();
        DataProcessing processing = request.dataProcessing();
        this.inputFilter = JsonPathFilter.parse("DataProcessing.InputFilter",
                processing == null ? null : processing.inputFilter());
        this.outputFilter = JsonPathFilter.parse("DataProcessing.OutputFilter",
                processing == null ? null : processing.outputFilter());
        this.join = processing != null && "Input".equals(processing.joinSourceAsString());
        String base = contentType.toLowerCase(Locale.ROOT);
        this.json = base.startsWith("application/json") || base.startsWith("application/jsonlines");
    }

    /**
     * Whether lines can go to the model as they lie in the input: split by line, packed many to a
     * request, nothing filtered or joined per record, and a payload limit a buffer can hold.
     */
    boolean packed() {
        return splitLines && multiRecord && !parquet && inputFilter.isAll() && outputFilter.isAll() && !join
                && maxPayload <= PACKED_MAX_PAYLOAD;
    }

    /** Whether answers are split into records (to join or filter them); otherwise each answer is written whole. */
    boolean perRecordOutput() {
        return join || !outputFilter.isAll();
    }

    TransformRun.TransformFailure tooLarge(TransformItem item, long record) {
        return new TransformRun.TransformFailure("ClientError: object " + item.uri + ", record " + record
                + " is larger than MaxPayloadInMB (" + (maxPayload / MB) + " MB); raise MaxPayloadInMB or split"
                + " the record", null);
    }
}
