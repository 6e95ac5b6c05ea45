/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The local feature store: a RocksDB online store, a durable queue of offline rows published as
 * Parquet in SageMaker's layout, and DuckDB queries over it. Not public API.
 *
 * <pre>{@code
 * // used through dev.sagemaker4j.featurestore.FeatureGroup, never directly
 * }</pre>
 */
package dev.sagemaker4j.featurestore.internal;
