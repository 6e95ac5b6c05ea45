/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the benchmark method that the other methods of its group are compared with. The group is
 * the part of the method name before the first {@code '_'}: in {@code put_store},
 * {@code put_rawCopy} and {@code put_rawCopyForce} it is {@code put}. {@link ResultsTable} shows
 * every row's throughput as a multiple of its group's baseline under the same parameters.
 *
 * <pre>{@code
 * @Benchmark
 * @Baseline
 * public void put_rawCopyForce() throws IOException { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Baseline {
}
