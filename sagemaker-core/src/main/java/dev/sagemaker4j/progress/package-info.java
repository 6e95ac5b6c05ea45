/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Progress of long work, for a person to watch: training rounds, transform records, ingested rows.
 *
 * <pre>{@code
 * Session.builder().backend("local").progressListener(ProgressListener.none()).build();
 * }</pre>
 */
package dev.sagemaker4j.progress;
