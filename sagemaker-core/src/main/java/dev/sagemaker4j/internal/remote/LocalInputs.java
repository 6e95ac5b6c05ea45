/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Uris;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;

/**
 * Uploads {@code file://} inputs to S3 before a request reaches the service, as the Python SDK does
 * for local data: training channels to {@code s3://<default bucket>/<job>/input/<channel>/}, a model
 * artifact to {@code s3://<default bucket>/<model>/model/}, transform input to
 * {@code s3://<default bucket>/<job>/input/}.
 */
final class LocalInputs {
    private final Backend backend;

    LocalInputs(Backend backend) {
        this.backend = backend;
    }

    private String bucket() {
        String bucket = "sagemaker-" + backend.region() + "-" + backend.accountId();
        backend.objectStore().ensureBucket(bucket);
        return bucket;
    }

    /** Uploads what a file:// URI names below a prefix; returns the S3 URI standing for it. */
    private String upload(String fileUri, String prefix) {
        String bucket = bucket();
        String key = Uris.fileKey(fileUri);
        List<ObjectSummary> files;
        try (Stream<ObjectSummary> all = backend.objectStore().listAll(fileUri)) {
            files = all.collect(Collectors.toList());
        }
        if (files.isEmpty()) {
            throw new ValidationException("uri", fileUri, "names no files", "point it at a file or a folder with files");
        }
        for (ObjectSummary f : files) {
            String relative = S3Uri.relativeKey(f.key(), key);
            backend.objectStore().put(S3Uri.of(bucket, prefix + relative).toString(),
                    java.nio.file.Path.of("/" + f.key()));
        }
        boolean single = files.size() == 1 && files.get(0).key().equals(key);
        String base = "s3://" + bucket + "/" + prefix;
        return single ? base + S3Uri.relativeKey(files.get(0).key(), key) : base;
    }

    CreateTrainingJobRequest training(CreateTrainingJobRequest request) {
        if (request.inputDataConfig().stream().noneMatch(c -> isFile(c))) {
            return request;
        }
        List<Channel> channels = new ArrayList<>();
        for (Channel c : request.inputDataConfig()) {
            if (isFile(c)) {
                String uri = upload(c.dataSource().s3DataSource().s3Uri(), request.trainingJobName() + "/input/"
                        + c.channelName() + "/");
                channels.add(c.toBuilder().dataSource(d -> d.s3DataSource(c.dataSource().s3DataSource().toBuilder()
                        .s3Uri(uri).build())).build());
            } else {
                channels.add(c);
            }
        }
        return request.toBuilder().inputDataConfig(channels).build();
    }

    private static boolean isFile(Channel c) {
        return c.dataSource() != null && c.dataSource().s3DataSource() != null
                && Uris.isFile(c.dataSource().s3DataSource().s3Uri());
    }

    CreateModelRequest model(CreateModelRequest request) {
        ContainerDefinition c = request.primaryContainer();
        if (c == null || c.modelDataUrl() == null || !Uris.isFile(c.modelDataUrl())) {
            return request;
        }
        String uri = upload(c.modelDataUrl(), request.modelName() + "/model/");
        return request.toBuilder().primaryContainer(c.toBuilder().modelDataUrl(uri).build()).build();
    }

    CreateTransformJobRequest transform(CreateTransformJobRequest request) {
        String data = request.transformInput().dataSource().s3DataSource().s3Uri();
        if (!Uris.isFile(data)) {
            return request;
        }
        String uri = upload(data, request.transformJobName() + "/input/");
        return request.toBuilder().transformInput(request.transformInput().toBuilder().dataSource(d -> d.s3DataSource(
                request.transformInput().dataSource().s3DataSource().toBuilder().s3Uri(uri).build())).build()).build();
    }
}
