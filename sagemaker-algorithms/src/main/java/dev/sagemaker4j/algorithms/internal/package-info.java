/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The engines of the built-in algorithms on kept libraries (not public API): KNN and factorization machines on
 * Tribuo, Random Cut Forest on Amazon's randomcutforest-core; each a {@link dev.sagemaker4j.local.LocalAlgorithm}
 * for its image, served by {@link dev.sagemaker4j.algorithms.internal.KeptLibraryRuntimeProvider}.
 */
package dev.sagemaker4j.algorithms.internal;
