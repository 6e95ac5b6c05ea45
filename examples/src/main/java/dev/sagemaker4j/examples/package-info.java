/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Runnable programs, one per workflow; each is smoke-tested by the test command:
 * {@link dev.sagemaker4j.examples.Quickstart}, {@link dev.sagemaker4j.examples.XGBoostClassification},
 * {@link dev.sagemaker4j.examples.BringYourOwnOnnxModel} and
 * {@link dev.sagemaker4j.examples.BatchTransformWithFilters}. Each takes its root folder as the first
 * argument and writes what it produces, pictures included, to {@code <root>/output}.
 *
 * <pre>{@code
 * mvn -B -Pquickstart -pl examples -am verify -DskipTests
 * mvn -B -q -Pexample -Dexample=XGBoostClassification -pl examples -am verify -DskipTests
 * }</pre>
 */
package dev.sagemaker4j.examples;
