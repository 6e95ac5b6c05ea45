/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Feature Store, as in the Python SDK's {@code sagemaker.feature_store}: feature groups with an
 * online store (latest value per record) and an offline store (every write, as Parquet), and
 * point-in-time correct training sets.
 *
 * <pre>{@code
 * FeatureGroup customers = new FeatureGroup("customers", session);
 * customers.loadFeatureDefinitions(table.getSchema());
 * customers.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("customer_id")
 *         .eventTimeFeatureName("event_time").enableOnlineStore(true));
 * customers.ingest(table, i -> i.maxWorkers(2));
 * try (VectorSchemaRoot training = new FeatureStore(session)
 *         .createDataset(labels, "s3://bucket/datasets",
 *                 d -> d.recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
 *         .withFeatureGroup(customers, "customer_id", List.of("spend"))
 *         .pointInTimeAccurateJoin()
 *         .toArrow(allocator)) {
 *     // one row per label row
 * }
 * }</pre>
 */
package dev.sagemaker4j.featurestore;
