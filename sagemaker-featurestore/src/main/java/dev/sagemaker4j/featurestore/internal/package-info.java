/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The local feature store: a RocksDB online store, a durable queue of offline rows published as
 * Parquet in SageMaker's layout, and DuckDB queries over it. Not public API.
 *
 * <p>{@code LocalFeatureStore} is the local backend's part: it offers the capabilities, runs every call
 * under its session's read lock and delegates to {@code FeatureGroupControl} (the control plane, with
 * {@code CreateFeatureGroupValidation}), {@code OnlineStore} (the runtime operations),
 * {@code RecordWriter} and {@code RecordValidation} (the write path) and {@code OfflineAccess}
 * (publishing and the offline view). {@code RootStore} holds what the sessions on one root share;
 * {@code Rows} is the stored record's format.
 *
 * <pre>{@code
 * // used through dev.sagemaker4j.featurestore.FeatureGroup, never directly
 * }</pre>
 */
package dev.sagemaker4j.featurestore.internal;
