/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Implementation of {@code dev.sagemaker4j.workflow}: not public API.
 */
package dev.sagemaker4j.workflow.internal;
