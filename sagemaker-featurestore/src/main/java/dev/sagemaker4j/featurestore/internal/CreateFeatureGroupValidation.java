/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.FeatureDefinition;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;

/**
 * The checks of a CreateFeatureGroupRequest that need no store: the name, the feature definitions, the
 * record identifier and event time features, and that some store is enabled. They run before the
 * group's lock is taken, so a bad request never waits for another caller. The offline store's S3 URI is
 * checked later, by {@link FeatureGroupControl}, where it is resolved.
 */
final class CreateFeatureGroupValidation {
    private static final Pattern FEATURE_NAME = Pattern.compile("[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,63}");
    private static final Pattern GROUP_NAME = Pattern.compile("[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,63}");

    /**
     * The record identifier and event time features of a valid request.
     *
     * @param recordIdentifier the record identifier's definition
     * @param eventTime        the event time's definition
     */
    record KeyFeatures(FeatureDefinition recordIdentifier, FeatureDefinition eventTime) {
    }

    private CreateFeatureGroupValidation() {
    }

    /**
     * Checks a request, in the order the checks were always made (the first failure is the one reported).
     *
     * @param request the request
     * @return its record identifier and event time features
     * @throws ValidationException naming the first field that is wrong
     */
    static KeyFeatures validate(CreateFeatureGroupRequest request) {
        checkGroupName(request.featureGroupName());
        List<FeatureDefinition> defs = request.featureDefinitions();
        checkDefinitions(defs);
        Map<String, FeatureDefinition> byName = new HashMap<>();
        defs.forEach(d -> byName.put(d.featureName(), d));
        KeyFeatures keys = new KeyFeatures(recordIdentifier(request, byName), eventTime(request, byName));
        checkStores(request);
        checkSettings(request);
        return keys;
    }

    /**
     * The settings the local backend records but does not act on (KMS keys, table format, storage type,
     * throughput), and the role, description and tags: checked as the service checks them.
     */
    private static void checkSettings(CreateFeatureGroupRequest request) {
        Shapes.roleArn("RoleArn", request.roleArn());
        Shapes.description("Description", request.description(), 128);
        Shapes.tags("Tags", request.hasTags() ? request.tags() : null);
        if (request.onlineStoreConfig() != null) {
            var online = request.onlineStoreConfig();
            if (online.securityConfig() != null) {
                Shapes.kmsKeyId("OnlineStoreConfig.SecurityConfig.KmsKeyId", online.securityConfig().kmsKeyId());
            }
            Shapes.storageType("OnlineStoreConfig.StorageType", online.storageTypeAsString());
        }
        if (request.offlineStoreConfig() != null) {
            var offline = request.offlineStoreConfig();
            if (offline.s3StorageConfig() != null) {
                Shapes.kmsKeyId("OfflineStoreConfig.S3StorageConfig.KmsKeyId", offline.s3StorageConfig().kmsKeyId());
            }
            Shapes.tableFormat("OfflineStoreConfig.TableFormat", offline.tableFormatAsString());
        }
        if (request.throughputConfig() != null) {
            var t = request.throughputConfig();
            Shapes.throughput("ThroughputConfig", t.throughputModeAsString(), t.provisionedReadCapacityUnits(),
                    t.provisionedWriteCapacityUnits(), true);
        }
    }

    /**
     * The checks of an UpdateFeatureGroupRequest against the group it updates: new features are valid,
     * not defined yet (case-insensitively) and at most 100; a TTL update needs an online store; the
     * throughput update is well formed.
     *
     * @param request the request
     * @param current the group's description
     */
    static void validateUpdate(software.amazon.awssdk.services.sagemaker.model.UpdateFeatureGroupRequest request,
                               software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse current) {
        if (request.hasFeatureAdditions()) {
            List<FeatureDefinition> added = request.featureAdditions();
            if (added.isEmpty() || added.size() > 100) {
                throw new ValidationException("FeatureAdditions", added.size(), "is not 1 to 100 features",
                        "add 1 to 100 features in one update");
            }
            if (current.featureDefinitions().size() + added.size() > 2500) {
                throw new ValidationException("FeatureAdditions", added.size(),
                        "would give the group more than 2500 features", "split the features over several groups");
            }
            Set<String> seen = new HashSet<>();
            current.featureDefinitions().forEach(d -> seen.add(d.featureName().toLowerCase(Locale.ROOT)));
            for (FeatureDefinition d : added) {
                checkDefinition(d, seen);
            }
        }
        if (request.onlineStoreConfig() != null && request.onlineStoreConfig().ttlDuration() != null) {
            if (current.onlineStoreConfig() == null
                    || !Boolean.TRUE.equals(current.onlineStoreConfig().enableOnlineStore())) {
                throw new ValidationException("OnlineStoreConfig.TtlDuration", request.onlineStoreConfig().ttlDuration(),
                        "is given for a group without an online store", "leave the TTL out");
            }
            GroupMeta.ttlMicros(request.onlineStoreConfig().ttlDuration());
        }
        if (request.throughputConfig() != null) {
            var t = request.throughputConfig();
            Shapes.throughput("ThroughputConfig", t.throughputModeAsString(), t.provisionedReadCapacityUnits(),
                    t.provisionedWriteCapacityUnits(), false);
        }
    }

    private static void checkGroupName(String name) {
        if (name == null || !GROUP_NAME.matcher(name).matches()) {
            throw new ValidationException("FeatureGroupName", name, "is not a valid feature group name",
                    "use 1-64 letters, digits, '-' and '_', starting and ending with a letter or digit");
        }
    }

    private static void checkDefinitions(List<FeatureDefinition> defs) {
        if (defs == null || defs.isEmpty()) {
            throw new ValidationException("FeatureDefinitions", "[]", "is empty",
                    "load feature definitions first, e.g. FeatureGroup.loadFeatureDefinitions(schema)");
        }
        if (defs.size() > 2500) {
            throw new ValidationException("FeatureDefinitions", defs.size(), "has more than 2500 features",
                    "split the features over several groups");
        }
        // lower case: the offline store's columns (Parquet, Glue) do not tell names apart by case
        Set<String> seen = new HashSet<>();
        for (FeatureDefinition d : defs) {
            checkDefinition(d, seen);
        }
    }

    private static void checkDefinition(FeatureDefinition d, Set<String> seen) {
        String f = d.featureName();
        if (f == null || !FEATURE_NAME.matcher(f).matches()) {
            throw new ValidationException("FeatureDefinitions.FeatureName", f, "is not a valid feature name",
                    "use 1-64 letters, digits, '-' and '_', starting and ending with a letter or digit");
        }
        if (LocalFeatureStore.RESERVED.contains(f.toLowerCase(Locale.ROOT))) {
            throw new ValidationException("FeatureDefinitions.FeatureName", f, "is reserved by the offline store",
                    "rename the feature; is_deleted, write_time and api_invocation_time are reserved");
        }
        if (!seen.add(f.toLowerCase(Locale.ROOT))) {
            throw new ValidationException("FeatureDefinitions.FeatureName", f, "is defined twice",
                    "give every feature a distinct name (names are case-insensitive)");
        }
        if (d.featureType() == null || d.featureType() == FeatureType.UNKNOWN_TO_SDK_VERSION) {
            throw new ValidationException("FeatureDefinitions." + f + ".FeatureType", d.featureTypeAsString(),
                    "is not a feature type", "use Integral, Fractional or String");
        }
        if (d.collectionType() != null) {
            throw new ValidationException("FeatureDefinitions." + f + ".CollectionType", d.collectionTypeAsString(),
                    "is not supported by the local feature store", "use scalar features");
        }
    }

    private static FeatureDefinition recordIdentifier(CreateFeatureGroupRequest request,
                                                      Map<String, FeatureDefinition> byName) {
        FeatureDefinition id = byName.get(request.recordIdentifierFeatureName());
        if (id == null) {
            throw new ValidationException("RecordIdentifierFeatureName", request.recordIdentifierFeatureName(),
                    "is not one of the feature definitions", "name a defined feature as the record identifier");
        }
        if (id.featureType() == FeatureType.FRACTIONAL) {
            throw new ValidationException("RecordIdentifierFeatureName", id.featureName(), "is Fractional",
                    "use an Integral or String record identifier");
        }
        return id;
    }

    private static FeatureDefinition eventTime(CreateFeatureGroupRequest request,
                                               Map<String, FeatureDefinition> byName) {
        FeatureDefinition et = byName.get(request.eventTimeFeatureName());
        if (et == null) {
            throw new ValidationException("EventTimeFeatureName", request.eventTimeFeatureName(),
                    "is not one of the feature definitions", "name a defined feature as the event time");
        }
        if (et.featureType() == FeatureType.INTEGRAL) {
            throw new ValidationException("EventTimeFeatureName", et.featureName(), "is Integral",
                    "use a String (ISO-8601) or Fractional (epoch seconds) event time");
        }
        return et;
    }

    private static void checkStores(CreateFeatureGroupRequest request) {
        if (request.onlineStoreConfig() == null && request.offlineStoreConfig() == null) {
            throw new ValidationException("OnlineStoreConfig", null, "and OfflineStoreConfig are both missing",
                    "enable the online store, the offline store or both");
        }
        if (request.onlineStoreConfig() != null && request.onlineStoreConfig().ttlDuration() != null) {
            // throws for a TTL the store cannot keep, before anything is saved
            GroupMeta.ttlMicros(request.onlineStoreConfig().ttlDuration());
        }
    }
}
