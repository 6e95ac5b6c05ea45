/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.hosting.internal.TransformRun.TransformFailure;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Uris;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input objects of a transform job (S3DataType): every object under the S3Prefix, or the keys a
 * ManifestFile lists under its prefix. Listed once, before any is read, so that the job knows its total
 * bytes for the progress estimate and fails on a missing object before it writes anything.
 */
final class TransformInputs {
    private TransformInputs() {
    }

    /** The objects to transform; none, or a manifest naming a missing object, fails the job as a ClientError. */
    static List<TransformItem> list(ObjectStore store, String inputUri, String dataType) throws IOException {
        List<TransformItem> items = new ArrayList<>();
        if ("ManifestFile".equals(dataType)) {
            JsonNode manifest;
            try (InputStream in = store.get(inputUri)) {
                manifest = SdkJson.MAPPER.readTree(in);
            }
            if (!manifest.isArray() || manifest.size() == 0 || !manifest.get(0).has("prefix")) {
                throw new TransformFailure("ClientError: " + inputUri + " is not a manifest file: write"
                        + " [{\"prefix\": \"s3://bucket/prefix/\"}, \"relative/key\", ...]", null);
            }
            String prefix = manifest.get(0).get("prefix").asText();
            for (int i = 1; i < manifest.size(); i++) {
                String relative = manifest.get(i).asText();
                String uri = prefix.endsWith("/") ? prefix + relative : prefix + "/" + relative;
                long size = store.head(uri).map(ObjectSummary::size).orElseThrow(() -> new TransformFailure(
                        "ClientError: the manifest " + inputUri + " lists " + uri + ", which does not exist", null));
                items.add(new TransformItem(uri, relative, size));
            }
        } else {
            String prefixKey = S3Uri.isS3(inputUri) ? S3Uri.parse(inputUri).key() : Uris.fileKey(inputUri);
            try (Stream<ObjectSummary> all = store.listAll(inputUri)) {
                all.forEach(o -> items.add(new TransformItem(o.uri(), S3Uri.relativeKey(o.key(), prefixKey),
                        o.size())));
            }
        }
        if (items.isEmpty()) {
            throw new TransformFailure("ClientError: no objects found under " + inputUri
                    + "; check the S3Uri and that the data was uploaded", null);
        }
        return items;
    }
}
