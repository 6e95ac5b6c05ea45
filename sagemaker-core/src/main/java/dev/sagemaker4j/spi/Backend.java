/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.time.Duration;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Where a {@link dev.sagemaker4j.Session}'s requests go: the four service seams of SageMaker plus
 * job logs. The {@code local} backend runs them in-process; the {@code sagemaker} backend hands
 * them to AWS. Third parties add backends with a {@link BackendProvider}.
 *
 * <p>A backend owns threads and connections: close it (closing the session does).
 */
public interface Backend extends SdkAutoCloseable {

    /**
     * The backend's name, as chosen with {@code Session.builder().backend(name)}.
     *
     * @return e.g. {@code "local"}
     */
    String name();

    /**
     * The AWS region requests are made in (locally, the region written into ARNs and bucket names).
     *
     * @return e.g. {@code "us-east-1"}
     */
    String region();

    /**
     * The AWS account id used in ARNs and the default bucket name.
     *
     * @return a 12-digit account id
     */
    String accountId();

    /**
     * The ARN of the user or role whose credentials call the service, as Python's
     * {@code Session.get_caller_identity_arn()}. The default (backends without credentials, such as the
     * local one) is the fixed role {@code arn:aws:iam::<accountId>:role/sagemaker4j-local}.
     *
     * @return an IAM ARN
     */
    default String callerIdentityArn() {
        return "arn:aws:iam::" + accountId() + ":role/sagemaker4j-local";
    }

    /**
     * The implementation of one capability, if this backend offers it.
     *
     * @param capability the capability's key, e.g. {@link TrainingJobsApi#CAPABILITY}
     * @param <A>        the capability's interface
     * @return the implementation, or empty
     */
    <A> java.util.Optional<A> find(Capability<A> capability);

    /**
     * One capability: its implementation, or, where this backend lacks it, an object whose operations
     * throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation and
     * this backend.
     *
     * <pre>{@code
     * DescribeTrainingJobResponse job = backend.api(TrainingJobsApi.CAPABILITY)
     *         .describeTrainingJob(r -> r.trainingJobName("my-job"));
     * }</pre>
     *
     * @param capability the capability's key
     * @param <A>        the capability's interface
     * @return the implementation
     */
    default <A> A api(Capability<A> capability) {
        return find(capability).orElseGet(() -> capability.unsupported(name()));
    }

    /**
     * The capabilities this backend offers (what a server in front of it can route).
     *
     * @return the keys
     */
    java.util.Set<Capability<?>> capabilities();

    /**
     * The runtime plane.
     *
     * @return the {@code sagemaker-runtime} service operations
     */
    default RuntimeApi runtime() {
        return api(RuntimeApi.CAPABILITY);
    }

    /**
     * The feature store runtime plane.
     *
     * @return the {@code sagemaker-featurestore-runtime} service operations
     */
    default FeatureStoreRuntimeApi featureStoreRuntime() {
        return api(FeatureStoreRuntimeApi.CAPABILITY);
    }

    /**
     * Objects by URI.
     *
     * @return the object store
     */
    ObjectStore objectStore();

    /**
     * Job logs.
     *
     * @return the logs
     */
    LogsApi logs();

    /**
     * The in-process fast path of InvokeEndpoint, where the backend hosts models in this JVM.
     *
     * @return the fast path, or empty
     */
    default java.util.Optional<DirectInvocation> directInvocation() {
        return find(DirectInvocation.CAPABILITY);
    }

    /**
     * Metric time series of training jobs.
     *
     * @return the metrics
     */
    default MetricsApi metrics() {
        return jobName -> {
            throw new dev.sagemaker4j.exceptions.OperationNotSupportedException(
                    "GetMetricData (CloudWatch training metrics)", name());
        };
    }

    /**
     * The longest pause between two polls of a waiter. Waiters start faster and back off to this.
     *
     * @return the poll interval
     */
    default Duration pollInterval() {
        return Duration.ofSeconds(5);
    }

    /**
     * A waiter's pause between two polls: at most {@code millis}, shorter when the backend learns
     * that a status may have changed. The default sleeps the whole time.
     *
     * @param millis the longest pause
     * @throws InterruptedException when the thread is interrupted
     */
    default void pauseBetweenPolls(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }

    /**
     * Ends what the backend runs and releases its threads and connections.
     */
    @Override
    void close();
}
