/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Experiment tracking, as the Python SDK's {@code sagemaker.experiments}: {@link dev.sagemaker4j.experiments.Run}
 * logs parameters, metrics and artifacts of a run (a trial component of an experiment), training jobs started in
 * a run join it, and {@link dev.sagemaker4j.experiments.ExperimentAnalytics} compares the runs.
 */
package dev.sagemaker4j.experiments;
