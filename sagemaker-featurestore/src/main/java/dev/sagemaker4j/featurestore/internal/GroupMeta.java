/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureDefinition;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;
import software.amazon.awssdk.services.sagemaker.model.TtlDuration;

/**
 * What the write and read paths need of a feature group, resolved once from its record so that no
 * request parses JSON or looks a feature up by scanning.
 */
public final class GroupMeta {
    final DescribeFeatureGroupResponse record;
    final String name;
    final byte[] prefix;
    final String[] names;
    final FeatureType[] types;
    final Map<String, Integer> index;
    final int idIndex;
    final int eventIndex;
    final boolean eventFractional;
    final boolean online;
    final boolean offline;
    final long ttlMicros;
    final String offlineUri;

    GroupMeta(DescribeFeatureGroupResponse record) {
        this.record = record;
        this.name = record.featureGroupName();
        this.prefix = (name + "\u0000").getBytes(StandardCharsets.UTF_8);
        List<FeatureDefinition> defs = record.featureDefinitions();
        this.names = new String[defs.size()];
        this.types = new FeatureType[defs.size()];
        this.index = new HashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            names[i] = defs.get(i).featureName();
            types[i] = defs.get(i).featureType();
            index.put(names[i], i);
        }
        this.idIndex = index.get(record.recordIdentifierFeatureName());
        this.eventIndex = index.get(record.eventTimeFeatureName());
        this.eventFractional = types[eventIndex] == FeatureType.FRACTIONAL;
        this.online = record.onlineStoreConfig() != null
                && Boolean.TRUE.equals(record.onlineStoreConfig().enableOnlineStore());
        this.offline = record.offlineStoreConfig() != null;
        this.ttlMicros = online && record.onlineStoreConfig().ttlDuration() != null
                ? ttlMicros(record.onlineStoreConfig().ttlDuration()) : 0L;
        this.offlineUri = offline ? record.offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri() : null;
    }

    /**
     * A TTL duration in microseconds.
     *
     * @param ttl the duration
     * @return microseconds
     */
    public static long ttlMicros(TtlDuration ttl) {
        long seconds = switch (ttl.unit()) {
            case SECONDS -> 1;
            case MINUTES -> 60;
            case HOURS -> 3600;
            case DAYS -> 86_400;
            case WEEKS -> 604_800;
            default -> throw new dev.sagemaker4j.exceptions.ValidationException("TtlDuration.Unit",
                    ttl.unitAsString(), "is not a unit", "use Seconds, Minutes, Hours, Days or Weeks");
        };
        if (ttl.value() == null || ttl.value() < 1) {
            throw new dev.sagemaker4j.exceptions.ValidationException("TtlDuration.Value", ttl.value(),
                    "must be at least 1", "give a positive duration");
        }
        return seconds * ttl.value() * 1_000_000L;
    }

    /**
     * The group's record.
     *
     * @return the DescribeFeatureGroup response
     */
    public DescribeFeatureGroupResponse record() {
        return record;
    }
}
