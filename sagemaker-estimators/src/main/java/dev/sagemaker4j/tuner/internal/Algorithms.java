/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The in-process training algorithms (the local kit's {@link LocalAlgorithm}s, found with {@link ServiceLoader}) by
 * the ECR repository of their image, as the local training part finds them: the tuning engine asks the algorithm of
 * the definition's image to check the hyperparameters each training job may get, and for its built-in metrics.
 */
final class Algorithms {
    private final Map<String, LocalAlgorithm> byRepository = new LinkedHashMap<>();

    Algorithms(ClassLoader loader) {
        for (LocalAlgorithm algorithm : ServiceLoader.load(LocalAlgorithm.class, loader)) {
            for (String repository : algorithm.repositories()) {
                byRepository.putIfAbsent(repository, algorithm);
            }
        }
    }

    LocalAlgorithm forImage(String field, String image) {
        if (image == null || image.isBlank()) {
            throw new ValidationException(field, image, "is missing", "give the training image");
        }
        LocalAlgorithm algorithm = byRepository.get(LocalAlgorithm.repositoryOf(image));
        if (algorithm == null) {
            throw new ValidationException(field, image, "is not an image the local backend can run",
                    "the local backend runs the images of these repositories in-process: "
                            + String.join(", ", new TreeSet<>(byRepository.keySet()))
                            + "; use one of them or the sagemaker backend");
        }
        return algorithm;
    }
}
