/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;
import software.amazon.awssdk.services.sagemaker.model.SecondaryStatusTransition;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/**
 * The life of a training job as every backend that runs jobs must keep it, seen only through the service's
 * operations: create, describe (InProgress, then Completed, Failed or Stopped), list (filters, MaxResults and
 * NextToken), stop (Stopping, then Stopped; a job that has ended cannot be stopped), fail (the algorithm's
 * error as FailureReason), and a new JVM that attaches to a job and sees what this one sees.
 *
 * <p>It runs against the local backend directly ({@code LocalJobLifecycleTest}) and against the
 * {@code sagemaker} backend's AWS SDK clients talking to a {@code LocalApiServer} on loopback
 * ({@code WireJobLifecycleTest}), so the two roads cannot answer differently. The jobs run
 * {@link MeanAlgorithm} on four rows: the suite takes seconds.
 */
public abstract class JobLifecycleContract {
    private static final AtomicInteger TESTS = new AtomicInteger();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private String prefix;
    private String train;
    private String output;

    /**
     * The session under test; the same object for every call within one test.
     *
     * @return the session
     */
    protected abstract Session session();

    /**
     * How a new JVM reaches the same jobs: the arguments {@link JobAttachMain} takes before the job name.
     *
     * @return e.g. {@code local <root>}, or {@code sagemaker <url> <client root>}
     */
    protected abstract List<String> childJvmArguments();

    @BeforeEach
    void uploadData() {
        // job names unique within a run, so that subclasses may share one session (and server) between tests
        prefix = "lc" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + TESTS.incrementAndGet();
        String bucket = session().defaultBucket();
        train = session().uploadString("1,a\n2,b\n3,c\n6,d\n", "s3://" + bucket + "/" + prefix + "/train.csv");
        output = "s3://" + bucket + "/" + prefix + "-out";
    }

    private TrainingJobsApi jobs() {
        return session().api(TrainingJobsApi.CAPABILITY);
    }

    private CreateTrainingJobRequest request(String name, Map<String, String> hyperparameters) {
        return TrainingRequests.mean(name, train, output, hyperparameters).toBuilder()
                .stoppingCondition(s -> s.maxRuntimeInSeconds(120)).build();
    }

    private DescribeTrainingJobResponse describe(String name) {
        return jobs().describeTrainingJob(DescribeTrainingJobRequest.builder().trainingJobName(name).build());
    }

    private ListTrainingJobsResponse list(Consumer<ListTrainingJobsRequest.Builder> request) {
        ListTrainingJobsRequest.Builder builder = ListTrainingJobsRequest.builder();
        request.accept(builder);
        return jobs().listTrainingJobs(builder.build());
    }

    private void stop(String name) {
        jobs().stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName(name).build());
    }

    /** Polls fast until the job has ended, keeping every status it was seen in (without repeats). */
    private DescribeTrainingJobResponse awaitEnd(String name, List<String> seen) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            DescribeTrainingJobResponse job = describe(name);
            String status = job.trainingJobStatusAsString();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
            if (List.of("Completed", "Failed", "Stopped").contains(status)) {
                return job;
            }
            assertThat(System.nanoTime()).as("%s still %s", name, status).isLessThan(deadline);
            sleep(20);
        }
    }

    private DescribeTrainingJobResponse awaitEnd(String name) {
        return awaitEnd(name, new ArrayList<>());
    }

    private void awaitSecondaryStatus(String name, String status) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!status.equals(describe(name).secondaryStatusAsString())) {
            assertThat(System.nanoTime()).as("%s never reached %s", name, status).isLessThan(deadline);
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Test
    public void createAndDescribe_jobRunsInProgressThenCompleted() {
        String name = prefix + "-done";
        jobs().createTrainingJob(request(name, Map.of("epochs", "3", "sleep_ms", "100")));

        List<String> seen = new ArrayList<>();
        DescribeTrainingJobResponse job = awaitEnd(name, seen);

        assertThat(seen).containsExactly("InProgress", "Completed");
        assertThat(job.trainingJobName()).isEqualTo(name);
        assertThat(job.trainingJobArn()).endsWith(":training-job/" + name);
        assertThat(job.secondaryStatusTransitions()).extracting(SecondaryStatusTransition::statusAsString)
                .containsExactly("Starting", "Downloading", "Training", "Uploading", "Completed");
        assertThat(job.modelArtifacts().s3ModelArtifacts()).isEqualTo(output + "/" + name + "/output/model.tar.gz");
        assertThat(session().objectStore().exists(job.modelArtifacts().s3ModelArtifacts())).isTrue();
        assertThat(job.hyperParameters()).containsEntry("epochs", "3");
        assertThat(job.trainingStartTime()).isNotNull();
        assertThat(job.trainingEndTime()).isAfterOrEqualTo(job.trainingStartTime());
        assertThat(job.finalMetricDataList().stream().collect(Collectors.toMap(MetricData::metricName,
                MetricData::value))).containsEntry("train:loss", 1f / 3).containsEntry("custom:count", 4f);
        assertThat(job.failureReason()).isNull();
    }

    @Test
    public void create_duplicateName_isResourceInUse_andDescribeUnknown_isResourceNotFound() {
        String name = prefix + "-dup";
        jobs().createTrainingJob(request(name, Map.of()));

        assertThatThrownBy(() -> jobs().createTrainingJob(request(name, Map.of())))
                .isInstanceOf(ResourceInUseException.class).hasMessageContaining(name);
        assertThatThrownBy(() -> describe(prefix + "-never"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(prefix + "-never");
        assertThat(awaitEnd(name).trainingJobStatusAsString()).isEqualTo("Completed");
    }

    @Test
    public void list_filtersByNameAndStatus_andPagesWithMaxResultsAndNextToken() {
        for (String n : List.of("a", "b", "c")) {
            jobs().createTrainingJob(request(prefix + "-list-" + n, Map.of()));
        }
        jobs().createTrainingJob(request(prefix + "-list-d", Map.of("fail", "bad")));
        for (String n : List.of("a", "b", "c", "d")) {
            awaitEnd(prefix + "-list-" + n);
        }

        ListTrainingJobsResponse first = list(r -> r.nameContains(prefix + "-list-")
                .statusEquals("Completed").sortBy("Name").sortOrder("Ascending").maxResults(2));
        assertThat(first.trainingJobSummaries()).extracting(TrainingJobSummary::trainingJobName)
                .containsExactly(prefix + "-list-a", prefix + "-list-b");
        assertThat(first.nextToken()).isNotNull();
        ListTrainingJobsResponse next = list(r -> r.nameContains(prefix + "-list-")
                .statusEquals("Completed").sortBy("Name").sortOrder("Ascending").maxResults(2)
                .nextToken(first.nextToken()));
        assertThat(next.trainingJobSummaries()).extracting(TrainingJobSummary::trainingJobName)
                .containsExactly(prefix + "-list-c");
        assertThat(next.nextToken()).isNull();

        assertThat(list(r -> r.nameContains(prefix + "-list-").statusEquals("Failed"))
                .trainingJobSummaries()).extracting(TrainingJobSummary::trainingJobName,
                        TrainingJobSummary::trainingJobStatusAsString)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(prefix + "-list-d", "Failed"));
        assertThat(list(r -> r.nameContains(prefix + "-list-").sortBy("Name")
                .sortOrder("Descending")).trainingJobSummaries()).extracting(TrainingJobSummary::trainingJobName)
                .containsExactly(prefix + "-list-d", prefix + "-list-c", prefix + "-list-b", prefix + "-list-a");
    }

    @Test
    public void stop_runningJob_goesStoppingThenStopped_andCannotBeStoppedAgain() {
        String name = prefix + "-stop";
        jobs().createTrainingJob(request(name, Map.of("wait_for_stop", "true")));
        awaitSecondaryStatus(name, "Training");
        assertThat(describe(name).trainingJobStatusAsString()).isEqualTo("InProgress");

        stop(name);
        assertThat(describe(name).trainingJobStatusAsString()).isIn("Stopping", "Stopped");
        List<String> seen = new ArrayList<>();
        DescribeTrainingJobResponse job = awaitEnd(name, seen);

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Stopped");
        assertThat(seen).last().isEqualTo("Stopped");
        assertThat(seen).isSubsetOf("InProgress", "Stopping", "Stopped");
        assertThat(job.secondaryStatusTransitions()).extracting(SecondaryStatusTransition::statusAsString)
                .contains("Stopping", "Stopped");
        assertThatThrownBy(() -> stop(name))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Stopped");
    }

    @Test
    public void stop_fromANewJvm_isStoppingAtOnceThere_andTheJobEndsStoppedHere() throws Exception {
        String name = prefix + "-stop-elsewhere";
        jobs().createTrainingJob(request(name, Map.of("wait_for_stop", "true")));
        awaitSecondaryStatus(name, "Training");

        String out = runChild(name, "--stop");

        // as after a stop in this JVM: Stopping, or Stopped already when the job's own process served the stop;
        // never InProgress
        assertThat(out).as("what the new JVM saw").containsPattern("AFTER_STOP=(Stopping|Stopped)\\s")
                .contains("STATUS=Stopped");
        assertThat(awaitEnd(name).trainingJobStatusAsString()).isEqualTo("Stopped");
    }

    /** Runs {@link JobAttachMain} in a new JVM on the job, with more arguments after its name; returns its output. */
    private String runChild(String name, String... more) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Daws.disableEc2Metadata=true",
                JobAttachMain.class.getName()));
        command.addAll(childJvmArguments());
        command.add(name);
        command.addAll(List.of(more));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(out).isZero();
            return out;
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    public void stop_completedOrUnknownJob_isRefused() {
        String name = prefix + "-ended";
        jobs().createTrainingJob(request(name, Map.of()));
        assertThat(awaitEnd(name).trainingJobStatusAsString()).isEqualTo("Completed");

        assertThatThrownBy(() -> stop(name))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Completed");
        assertThat(describe(name).trainingJobStatusAsString()).isEqualTo("Completed");
        assertThatThrownBy(() -> stop(prefix + "-never"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    public void fail_algorithmThrows_endsFailedWithTheReason() {
        String name = prefix + "-fail";
        jobs().createTrainingJob(request(name, Map.of("fail", "boom at round 3")));

        List<String> seen = new ArrayList<>();
        DescribeTrainingJobResponse job = awaitEnd(name, seen);

        // the algorithm fails at once: the first describe may already see the end
        assertThat(seen).last().isEqualTo("Failed");
        assertThat(seen).isSubsetOf("InProgress", "Failed");
        assertThat(job.failureReason()).isEqualTo("AlgorithmError: boom at round 3");
        assertThat(job.secondaryStatusTransitions()).extracting(SecondaryStatusTransition::statusAsString)
                .last().isEqualTo("Failed");
        assertThat(session().objectStore().exists(output + "/" + name + "/output/model.tar.gz")).isFalse();
        assertThatThrownBy(() -> session().waitForJob(name, TIMEOUT))
                .isInstanceOfSatisfying(UnexpectedStatusException.class,
                        e -> assertThat(e.failureReason()).isEqualTo("AlgorithmError: boom at round 3"));
    }

    @Test
    public void attach_fromANewJvm_waitsForTheJobAndSeesWhatThisJvmSees() throws Exception {
        String name = prefix + "-attach";
        jobs().createTrainingJob(request(name, Map.of("epochs", "4", "sleep_ms", "250")));

        String out = runChild(name);
        DescribeTrainingJobResponse here = awaitEnd(name);
        assertThat(here.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(out).as("what the new JVM saw").contains("STATUS=Completed")
                .contains("ARTIFACTS=" + here.modelArtifacts().s3ModelArtifacts())
                .contains("MODEL=" + session().objectStore().head(here.modelArtifacts().s3ModelArtifacts())
                        .orElseThrow().size());
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("END=(\\S+)").matcher(out);
        assertThat(end.find()).as(out).isTrue();
        if ("local".equals(session().backendName())) {
            // the new JVM reads the record the writing JVM holds, to the nanosecond
            assertThat(java.time.Instant.parse(end.group(1))).isEqualTo(here.trainingEndTime());
        } else {
            // an AWS SDK client keeps timestamps to the millisecond, the local record to the nanosecond
            assertThat(java.time.Instant.parse(end.group(1))).isCloseTo(here.trainingEndTime(),
                    org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
        }
    }
}
