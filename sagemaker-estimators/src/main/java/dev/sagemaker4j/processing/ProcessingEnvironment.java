/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The processing container contract as one instance of a processing job sees it: the container paths of the
 * request ({@code /opt/ml/processing/...}, {@code /opt/ml/config/processingjobconfig.json},
 * {@code /opt/ml/config/resourceconfig.json}) resolved to real folders, the container arguments, the environment
 * and the instances. In a real container every path is itself; the local backend maps them under the job's
 * working folder ({@code <root>/jobs/processing-jobs/<job>/algo-<n>/}), so code that reads and writes through this
 * interface behaves the same in both.
 */
public interface ProcessingEnvironment {

    /**
     * The job's name.
     *
     * @return the name
     */
    String jobName();

    /**
     * The folder an input was copied to (its {@code S3Input.LocalPath}).
     *
     * @param inputName the input's name
     * @return the folder
     * @throws dev.sagemaker4j.exceptions.ValidationException when the job has no such input
     */
    Path input(String inputName);

    /**
     * The folder whose files become an output (its {@code S3Output.LocalPath}); empty when the job starts.
     *
     * @param outputName the output's name
     * @return the folder
     * @throws dev.sagemaker4j.exceptions.ValidationException when the job has no such output
     */
    Path output(String outputName);

    /**
     * A container path, resolved: {@code path("/opt/ml/processing/input/raw")}.
     *
     * @param containerPath an absolute container path
     * @return the real path
     * @throws dev.sagemaker4j.exceptions.ValidationException for a relative path or one with {@code ..} segments
     */
    Path path(String containerPath);

    /**
     * The input names, in the request's order.
     *
     * @return the names
     */
    List<String> inputNames();

    /**
     * The output names, in the request's order.
     *
     * @return the names
     */
    List<String> outputNames();

    /**
     * The container arguments ({@code AppSpecification.ContainerArguments}).
     *
     * @return the arguments; empty when none
     */
    List<String> arguments();

    /**
     * The container's environment ({@code Environment} of the request).
     *
     * @return the variables; empty when none
     */
    Map<String, String> environment();

    /**
     * This instance's host name.
     *
     * @return e.g. {@code algo-1}
     */
    String currentHost();

    /**
     * Every instance's host name.
     *
     * @return e.g. {@code [algo-1, algo-2]}
     */
    List<String> hosts();

    /**
     * Writes a line to the job's log (CloudWatch on the service; {@code log.txt} and SLF4J locally).
     *
     * @param line the text
     */
    void log(String line);

    /**
     * Whether the job was asked to stop (StopProcessingJob, or MaxRuntimeInSeconds passed); long loops should
     * check it and return.
     *
     * @return {@code true} once stopped
     */
    boolean stopRequested();

    /**
     * A capability of the backend that runs the job, for a built-in program that calls the service itself as the
     * service's container does (Clarify's shadow endpoint: CreateEndpoint, InvokeEndpoint, DeleteEndpoint).
     *
     * @param capability the capability's key, e.g. {@code HostingApi.CAPABILITY}
     * @param <A>        the capability's interface
     * @return its implementation
     * @throws UnsupportedOperationException outside the local backend (a real container calls the service)
     */
    default <A> A api(dev.sagemaker4j.spi.Capability<A> capability) {
        throw new UnsupportedOperationException("this processing environment reaches no backend: "
                + capability);
    }

    /**
     * Opens an object of the job's object store, for a built-in program that reads S3 itself as the service's
     * container does with the job's role (Clarify's {@code s3://} SHAP baseline).
     *
     * @param s3Uri the object, {@code s3://bucket/key}
     * @return its content; the caller closes it
     * @throws UnsupportedOperationException outside the local backend (a real container reads S3 itself)
     */
    default java.io.InputStream openObject(String s3Uri) {
        throw new UnsupportedOperationException("this processing environment reaches no object store: " + s3Uri);
    }
}
