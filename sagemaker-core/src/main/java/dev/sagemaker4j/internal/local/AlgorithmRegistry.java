/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The in-process algorithms, found with {@link ServiceLoader}, by the ECR repository name of the
 * training image.
 */
public final class AlgorithmRegistry {
    private final Map<String, LocalAlgorithm> byRepository = new LinkedHashMap<>();

    /**
     * Loads the algorithms visible to a class loader.
     *
     * @param loader the class loader
     */
    public AlgorithmRegistry(ClassLoader loader) {
        for (LocalAlgorithm algorithm : ServiceLoader.load(LocalAlgorithm.class, loader)) {
            for (String repository : algorithm.repositories()) {
                LocalAlgorithm previous = byRepository.putIfAbsent(repository, algorithm);
                if (previous != null && previous.getClass() != algorithm.getClass()) {
                    throw new IllegalStateException("Two local algorithms claim the image repository '" + repository
                            + "': " + previous.getClass().getName() + " and " + algorithm.getClass().getName()
                            + "; remove one from the class path");
                }
            }
        }
    }

    /**
     * The algorithm for an image.
     *
     * @param field the request field holding the image, for errors
     * @param image the image URI
     * @return the algorithm
     * @throws ValidationException listing the images this backend can run
     */
    public LocalAlgorithm forImage(String field, String image) {
        if (image == null || image.isBlank()) {
            throw new ValidationException(field, image, "is missing", "give the training image, e.g."
                    + " ImageUris.retrieve(\"xgboost\", region, \"1.7-1\")");
        }
        LocalAlgorithm algorithm = byRepository.get(LocalAlgorithm.repositoryOf(image));
        if (algorithm == null) {
            throw new ValidationException(field, image, "is not an image the local backend can run",
                    "the local backend runs the images of these repositories in-process: "
                            + (byRepository.isEmpty() ? "none (add sagemaker-estimators to the class path)"
                            : String.join(", ", new TreeSet<>(byRepository.keySet())))
                            + "; use one of them or the sagemaker backend");
        }
        return algorithm;
    }

    /**
     * The repositories the local backend runs.
     *
     * @return the repository names
     */
    public List<String> repositories() {
        return new ArrayList<>(byRepository.keySet());
    }
}
