/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Runnable programs, one per workflow; each is smoke-tested by the test command.
 *
 * <pre>{@code
 * mvn -B -Pquickstart -pl examples -am verify -DskipTests
 * }</pre>
 */
package dev.sagemaker4j.examples;
