/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

/**
 * A built-in container image the local backend implements in-process: the program that runs when a processing
 * job names that image (and no {@code JavaProcessor}/{@code SqlProcessor} entrypoint). Implementations are found
 * with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.sagemaker4j.processing.LocalContainerProgram}, keyed by the image's repository
 * (the part of the image URI after the registry's {@code /} and before {@code :} or {@code @}), e.g.
 * {@code sagemaker-model-monitor-analyzer} for Model Monitor's analyzer. The same request then runs the
 * service's image on the {@code sagemaker} backend and this program locally.
 */
public interface LocalContainerProgram {

    /**
     * The image repository this program stands for.
     *
     * @return e.g. {@code sagemaker-model-monitor-analyzer}
     */
    String imageRepository();

    /**
     * A new instance of the program for one instance (host) of one job.
     *
     * @return the program, run against the processing container contract
     */
    ProcessingScript newScript();

    /**
     * Whether the program only reads its input files, never writes, moves or deletes them: then the local
     * backend may put the object store's own files in the input folders (hard links, where they share a file
     * system) instead of copies. The store never writes into those files, so the job still reads the objects as
     * they were when it started. False by default: a program that may change its inputs gets copies, as the
     * service's containers do.
     *
     * @return whether inputs may be linked in place of copies
     */
    default boolean readsInputsInPlace() {
        return false;
    }

    /**
     * The repository part of an image URI: {@code 123.dkr.ecr.us-east-1.amazonaws.com/repo:tag} gives
     * {@code repo}.
     *
     * @param imageUri the image URI
     * @return the repository, or null for null
     */
    static String repositoryOf(String imageUri) {
        if (imageUri == null) {
            return null;
        }
        String s = imageUri;
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int slash = s.indexOf('/');
        if (slash >= 0) {
            s = s.substring(slash + 1);
        }
        int colon = s.lastIndexOf(':');
        return colon >= 0 ? s.substring(0, colon) : s;
    }
}
