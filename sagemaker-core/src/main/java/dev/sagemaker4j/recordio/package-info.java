/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * RecordIO-protobuf ({@code application/x-recordio-protobuf}), the format of the Amazon algorithms:
 * {@link dev.sagemaker4j.recordio.Record} (the {@code aialgs.data.Record} message of the Python SDK's
 * {@code sagemaker/amazon/record.proto}), {@link dev.sagemaker4j.recordio.RecordValue} (its tensors),
 * {@link dev.sagemaker4j.recordio.CsrMatrix} (a sparse matrix) and {@link dev.sagemaker4j.recordio.RecordIO}
 * (the writers and readers of {@code sagemaker.amazon.common}, byte for byte as the Python SDK writes them).
 *
 * <pre>{@code
 * ByteArrayOutputStream out = new ByteArrayOutputStream();
 * RecordIO.writeDenseTensor(out, NpyArray.of(new float[][] {{1, 2}, {3, 4}}), NpyArray.of(new double[] {0, 1}));
 * List<Record> records = RecordIO.readRecords(new ByteArrayInputStream(out.toByteArray()));
 * float[] first = records.get(0).features().get("values").values().toFloatArray();
 * }</pre>
 */
package dev.sagemaker4j.recordio;
