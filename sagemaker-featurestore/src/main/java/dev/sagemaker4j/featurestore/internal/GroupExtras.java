/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * What a feature group has beside its description: its tags (ListTags) and its features' metadata
 * (DescribeFeatureMetadata), saved as one JSON file per group in a folder beside the groups' descriptions
 * ({@code group-extras/<name>.json}), written atomically and read from disk on every call, so that a
 * reader process sees what the writer saved. Callers hold the group's lock while they change it.
 */
final class GroupExtras {
    private final Path dir;

    GroupExtras(Path groupsDir) {
        this.dir = groupsDir.resolveSibling("group-extras");
    }

    /** A group's tags and feature metadata. */
    record Extras(List<Tag> tags, Map<String, DescribeFeatureMetadataResponse> features) {
    }

    Extras read(String group) {
        Path file = dir.resolve(group + ".json");
        if (!Files.isRegularFile(file)) {
            return new Extras(List.of(), Map.of());
        }
        try {
            JsonNode root = SdkJson.MAPPER.readTree(Files.readString(file));
            List<Tag> tags = root.has("Tags")
                    ? SdkJson.fromJson(root.get("Tags"), ListTagsResponse::builder).tags() : List.of();
            Map<String, DescribeFeatureMetadataResponse> features = new LinkedHashMap<>();
            if (root.has("Features")) {
                root.get("Features").properties().forEach(e -> features.put(e.getKey(),
                        SdkJson.fromJson(e.getValue(), DescribeFeatureMetadataResponse::builder)));
            }
            return new Extras(List.copyOf(tags), features);
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "cannot be read: " + e, true, e);
        }
    }

    void write(String group, Extras extras) {
        Path file = dir.resolve(group + ".json");
        ObjectNode root = SdkJson.MAPPER.createObjectNode();
        root.set("Tags", SdkJson.toJson(ListTagsResponse.builder().tags(new ArrayList<>(extras.tags())).build()));
        ObjectNode features = root.putObject("Features");
        extras.features().forEach((k, v) -> features.set(k, SdkJson.toJson(v)));
        AtomicFiles.writeString(file, root.toString());
    }

    void delete(String group) {
        try {
            Files.deleteIfExists(dir.resolve(group + ".json"));
        } catch (IOException e) {
            throw new StorageException(dir.resolve(group + ".json").toUri().toString(), "cannot be deleted: " + e,
                    true, e);
        }
    }
}
