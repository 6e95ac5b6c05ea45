/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * JMH benchmarks that put sagemaker4j beside the raw JDK or engine call doing the same work on the
 * same data, and {@link dev.sagemaker4j.benchmarks.ResultsTable}, which turns JMH's JSON results
 * into markdown tables. Run them with {@code benchmarks/run.sh}.
 *
 * <p>Conventions the table relies on: benchmark methods are named {@code group_variant}
 * ({@code put_store}, {@code put_rawCopy}); one method per group carries {@link
 * dev.sagemaker4j.benchmarks.Baseline}, and every row of the group is compared with it under the
 * same parameters; a benchmark that moves bytes declares a {@code size} parameter such as
 * {@code 64MiB}, from which the table derives MB/s.
 */
package dev.sagemaker4j.benchmarks;
