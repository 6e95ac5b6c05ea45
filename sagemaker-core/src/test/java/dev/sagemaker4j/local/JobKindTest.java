/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;

class JobKindTest {
    @TempDir
    Path root;

    @Test
    void jobMachines_followTheService() {
        for (JobKind kind : new JobKind[] {JobKind.TRAINING, JobKind.PROCESSING, JobKind.TRANSFORM, JobKind.TUNING}) {
            assertThat(kind.allows("InProgress", "Completed")).isTrue();
            assertThat(kind.allows("InProgress", "Stopping")).isTrue();
            assertThat(kind.allows("Stopping", "Stopped")).isTrue();
            assertThat(kind.allows("Completed", "InProgress")).as(kind.name()).isFalse();
            assertThat(kind.allows("Failed", "Completed")).isFalse();
            assertThat(kind.isFinal("Stopped")).isTrue();
            assertThat(kind.isActive("Stopping")).isTrue();
        }
    }

    @Test
    void endpointMachine_followsTheService() {
        JobKind e = JobKind.ENDPOINT;
        assertThat(e.allows("Creating", "InService")).isTrue();
        assertThat(e.allows("InService", "Updating")).isTrue();
        assertThat(e.allows("Updating", "RollingBack")).isTrue();
        assertThat(e.allows("RollingBack", "InService")).isTrue();
        assertThat(e.allows("Creating", "Updating")).isFalse();
        assertThat(e.allows("Deleting", "InService")).isFalse();
        assertThat(e.isActive("InService")).isFalse();
    }

    @Test
    void arns_haveSageMakersForm() {
        assertThat(JobKind.TRANSFORM.arn("eu-west-1", "000000000000", "My-Job"))
                .isEqualTo("arn:aws:sagemaker:eu-west-1:000000000000:transform-job/my-job");
        assertThat(JobKind.TUNING.arn("us-east-1", "1", "t")).endsWith(":hyper-parameter-tuning-job/t");
    }

    @Test
    void store_persistsEveryKindAndChecksTransitions() {
        JobStore store = new JobStore(root);
        store.create(JobKind.PROCESSING, "p1", DescribeProcessingJobResponse.builder().processingJobName("p1")
                .processingJobStatus("InProgress").build());
        store.create(JobKind.TRANSFORM, "t1", DescribeTransformJobResponse.builder().transformJobName("t1")
                .transformJobStatus("InProgress").build());
        store.create(JobKind.ENDPOINT, "e1", DescribeEndpointResponse.builder().endpointName("e1")
                .endpointStatus("Creating").build());

        store.<DescribeEndpointResponse>update(JobKind.ENDPOINT, "e1", r -> r.toBuilder().endpointStatus("InService")
                .build());
        assertThatThrownBy(() -> store.<DescribeTransformJobResponse>update(JobKind.TRANSFORM, "t1",
                r -> r.toBuilder().transformJobStatus("Creating").build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot go from InProgress");
        assertThatThrownBy(() -> store.create(JobKind.PROCESSING, "p1", DescribeProcessingJobResponse.builder()
                .processingJobName("p1").build())).isInstanceOf(ResourceInUseException.class);

        JobStore reopened = new JobStore(root);
        DescribeEndpointResponse endpoint = reopened.get(JobKind.ENDPOINT, "e1");
        assertThat(endpoint.endpointStatusAsString()).isEqualTo("InService");
        assertThat(reopened.names(JobKind.PROCESSING)).containsExactly("p1");
        assertThatThrownBy(() -> reopened.get(JobKind.TUNING, "nope"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("hyperparameter tuning job");

        reopened.remove(JobKind.ENDPOINT, "e1");
        assertThat(reopened.find(JobKind.ENDPOINT, "e1")).isEmpty();
    }

    /** A waiter's pause ends when this process writes a record, long before its time is up. */
    @Test
    void awaitChange_endsWhenARecordIsWritten() throws Exception {
        JobStore store = new JobStore(root);
        store.create(JobKind.TRANSFORM, "w1", DescribeTransformJobResponse.builder().transformJobName("w1")
                .transformJobStatus("InProgress").build());
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> pause = java.util.concurrent.CompletableFuture.runAsync(() -> {
            waiting.countDown();
            try {
                store.awaitChange(java.util.concurrent.TimeUnit.HOURS.toMillis(1));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        waiting.await();
        while (!pause.isDone()) {
            store.<DescribeTransformJobResponse>update(JobKind.TRANSFORM, "w1", r -> r.toBuilder()
                    .transformJobStatus("Completed").build());
            Thread.sleep(5);
        }
        pause.get(1, java.util.concurrent.TimeUnit.MINUTES);

        // with nothing written it ends by its time
        store.awaitChange(1);
    }

    /** A record written between the look (changeCount) and the wait ends the wait at once, not after its time. */
    @Test
    void awaitChangeSince_recordWrittenBeforeTheWait_returnsAtOnce() throws Exception {
        JobStore store = new JobStore(root);
        store.create(JobKind.TRANSFORM, "w2", DescribeTransformJobResponse.builder().transformJobName("w2")
                .transformJobStatus("InProgress").build());
        long seen = store.changeCount();
        store.<DescribeTransformJobResponse>update(JobKind.TRANSFORM, "w2", r -> r.toBuilder()
                .transformJobStatus("Completed").build());
        long start = System.nanoTime();

        store.awaitChange(seen, java.util.concurrent.TimeUnit.HOURS.toMillis(1));

        assertThat(System.nanoTime() - start).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
        assertThat(store.changeCount()).isEqualTo(seen + 1);
    }
}
