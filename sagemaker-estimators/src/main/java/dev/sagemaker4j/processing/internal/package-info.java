/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Implementation of processing jobs: the local backend's part ({@code ProcessingJobsApi} in-process, against the
 * processing container contract) and the programs it runs. Not public API.
 */
package dev.sagemaker4j.processing.internal;
