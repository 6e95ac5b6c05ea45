/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The local backend: job records, the job runner, local training and logs, all in a root folder;
 * not public API.
 *
 * <pre>{@code
 * Session session = Session.local(Path.of("/tmp/sagemaker4j"));   // backed by LocalBackend
 * }</pre>
 */
package dev.sagemaker4j.internal.local;
