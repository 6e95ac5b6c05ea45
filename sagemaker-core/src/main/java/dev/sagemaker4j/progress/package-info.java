/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Progress of long work, for a person to watch: training rounds, transform records, ingested rows.
 * By default ({@link dev.sagemaker4j.progress.ProgressListener#auto()}) a progress bar on a terminal
 * or in JShell, a periodic log line elsewhere; {@code -Dsagemaker4j.progress=bar|log|none} overrides.
 *
 * <pre>{@code
 * Session.builder().backend("local").progressListener(ProgressListener.none()).build();
 * Session.builder().backend("local").progressListener(ProgressListener.console()).build();
 * }</pre>
 */
package dev.sagemaker4j.progress;
