/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/** The local experiments store: not public API. */
package dev.sagemaker4j.experiments.internal;
