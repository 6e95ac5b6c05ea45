/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

/**
 * User processing code for a {@link JavaProcessor}: the Java analog of a {@link ScriptProcessor}'s script. It
 * gets the processing container contract through a {@link ProcessingEnvironment}: its inputs copied in, an
 * empty folder per output, the container arguments and environment. The class needs a public no-argument
 * constructor; one instance is created per instance (host) and job.
 *
 * <pre>{@code
 * public final class Split implements ProcessingScript {
 *     public void process(ProcessingEnvironment env) throws Exception {
 *         List<String> rows = Files.readAllLines(env.input("raw").resolve("data.csv"));
 *         Files.write(env.output("train").resolve("train.csv"), rows.subList(0, rows.size() * 8 / 10));
 *         Files.write(env.output("test").resolve("test.csv"), rows.subList(rows.size() * 8 / 10, rows.size()));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ProcessingScript {

    /**
     * Processes. Throwing fails the job, with the exception's message in its FailureReason, and no output is
     * uploaded.
     *
     * @param env the processing contract of this instance
     * @throws Exception any failure
     */
    void process(ProcessingEnvironment env) throws Exception;
}
