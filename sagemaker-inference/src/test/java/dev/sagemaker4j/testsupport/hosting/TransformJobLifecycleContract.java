/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.spi.TransformJobsApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTransformJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTransformJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.StopTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.TransformJobSummary;

/**
 * The life of a batch transform job as every backend that runs them must keep it, seen only through the
 * service's operations (CreateModel, then Create-, Describe-, List- and StopTransformJob): create, describe
 * ({@code InProgress}, then {@code Completed} with every output object in place, {@code Failed} or
 * {@code Stopped}), list (NameContains, StatusEquals, creation-time bounds, SortBy and SortOrder, MaxResults
 * and NextToken), stop ({@code Stopping}, then {@code Stopped}, no output published; a job that has ended
 * cannot be stopped), fail (a record the model refuses, named in the FailureReason), and a new JVM that
 * attaches to a job and sees what this one sees. The twin of {@code JobLifecycleContract} for training: both
 * kinds run through the one {@code JobLifecycle}.
 *
 * <p>It runs against the local backend directly ({@code LocalTransformJobLifecycleTest}) and against the
 * {@code sagemaker} backend's AWS SDK clients talking to a {@code LocalApiServer} on loopback
 * ({@code WireTransformJobLifecycleTest}), so the two roads cannot answer differently. The models are a
 * small XGBoost booster trained here (real predictions to check) and {@link PacedEcho} (a job slow enough
 * to be seen running and stopped): the suite takes seconds.
 */
public abstract class TransformJobLifecycleContract {
    private static final AtomicInteger TESTS = new AtomicInteger();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String XGBOOST_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    private static final String PACED_IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sagemaker4j-test-paced:1";
    private static final int FEATURES = 3;
    private static Booster booster;
    private String prefix;
    private String input;
    private String output;
    private String xgboost;
    private String paced;

    /**
     * The session under test; the same object for every call within one test.
     *
     * @return the session
     */
    protected abstract Session session();

    /**
     * How a new JVM reaches the same jobs: the arguments {@link TransformAttachMain} takes before the job name.
     *
     * @return e.g. {@code local <root>}, or {@code sagemaker <url> <client root>}
     */
    protected abstract List<String> childJvmArguments();

    @BeforeAll
    static void trainBooster() throws XGBoostError {
        if (booster == null) {
            booster = TestModels.booster(FEATURES, 10, "reg:squarederror", 11);
        }
    }

    @BeforeEach
    void createModels() throws IOException, XGBoostError {
        // names unique within a run, so that subclasses may share one session (and server) between tests
        prefix = "tlc" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + TESTS.incrementAndGet();
        String bucket = session().defaultBucket();
        input = "s3://" + bucket + "/" + prefix + "/in";
        output = "s3://" + bucket + "/" + prefix + "/out";
        String artifact = TestModels.xgboost(session(), "s3://" + bucket + "/" + prefix + "/model/model.tar.gz",
                booster);
        xgboost = prefix + "-xgb";
        hosting().createModel(CreateModelRequest.builder().modelName(xgboost)
                .executionRoleArn("arn:aws:iam::123456789012:role/SageMakerRole")
                .primaryContainer(c -> c.image(XGBOOST_IMAGE).modelDataUrl(artifact)).build());
        paced = pacedModel("paced", 25);
    }

    /** A {@link PacedEcho} model that pauses each request for {@code pauseMillis}. */
    private String pacedModel(String suffix, long pauseMillis) throws IOException {
        String name = prefix + "-" + suffix;
        String artifact = TestModels.upload(session(), "s3://" + session().defaultBucket() + "/" + prefix + "/" + suffix
                + "/model.tar.gz", Map.of(PacedEcho.PAUSE_FILE, Long.toString(pauseMillis)
                .getBytes(StandardCharsets.UTF_8)));
        hosting().createModel(CreateModelRequest.builder().modelName(name)
                .executionRoleArn("arn:aws:iam::123456789012:role/SageMakerRole")
                .primaryContainer(c -> c.image(PACED_IMAGE).modelDataUrl(artifact).environment(Map.of(
                        "SAGEMAKER_PROGRAM", PacedEcho.class.getName()))).build());
        return name;
    }

    private HostingApi hosting() {
        return session().api(HostingApi.CAPABILITY);
    }

    private TransformJobsApi jobs() {
        return session().api(TransformJobsApi.CAPABILITY);
    }

    /** A CSV transform of every object under {@code <input>/<folder>/}, one line a record, answers one a line. */
    private CreateTransformJobRequest request(String name, String model, String folder,
                                              Consumer<CreateTransformJobRequest.Builder> more) {
        CreateTransformJobRequest.Builder b = CreateTransformJobRequest.builder().transformJobName(name)
                .modelName(model).batchStrategy("MultiRecord")
                .transformInput(i -> i.contentType("text/csv").splitType("Line")
                        .dataSource(d -> d.s3DataSource(s -> s.s3DataType("S3Prefix")
                                .s3Uri(input + "/" + folder + "/"))))
                .transformOutput(o -> o.s3OutputPath(output + "/" + name).accept("text/csv").assembleWith("Line"))
                .transformResources(r -> r.instanceType("ml.m5.large").instanceCount(1));
        more.accept(b);
        return b.build();
    }

    private void create(String name, String model, String folder) {
        create(name, model, folder, b -> { });
    }

    private void create(String name, String model, String folder, Consumer<CreateTransformJobRequest.Builder> more) {
        jobs().createTransformJob(request(name, model, folder, more));
    }

    /** A transform through {@link PacedEcho} sending one record a request, one request at a time. */
    private void createPaced(String name, String folder) {
        createPaced(name, paced, folder);
    }

    private void createPaced(String name, String model, String folder) {
        create(name, model, folder, b -> b.batchStrategy("SingleRecord").maxConcurrentTransforms(1));
    }

    private DescribeTransformJobResponse describe(String name) {
        return jobs().describeTransformJob(DescribeTransformJobRequest.builder().transformJobName(name).build());
    }

    private ListTransformJobsResponse list(Consumer<ListTransformJobsRequest.Builder> request) {
        ListTransformJobsRequest.Builder builder = ListTransformJobsRequest.builder();
        request.accept(builder);
        return jobs().listTransformJobs(builder.build());
    }

    private List<String> names(Consumer<ListTransformJobsRequest.Builder> request) {
        return list(request).transformJobSummaries().stream().map(TransformJobSummary::transformJobName)
                .collect(Collectors.toList());
    }

    private void stop(String name) {
        jobs().stopTransformJob(StopTransformJobRequest.builder().transformJobName(name).build());
    }

    /** The URIs of the job's output objects. */
    private List<String> outputs(String name) {
        return session().objectStore().listAll(output + "/" + name + "/").map(ObjectSummary::uri).sorted()
                .collect(Collectors.toList());
    }

    /** {@code rows} CSV rows of {@link #FEATURES} numbers, seeded. */
    private static float[][] rows(int rows, long seed) {
        return TestModels.rows(rows, FEATURES, seed);
    }

    private static String csv(float[][] rows) {
        StringBuilder sb = new StringBuilder();
        for (float[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                sb.append(j == 0 ? "" : ",").append(row[j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String lines(String line, int count) {
        return (line + "\n").repeat(count);
    }

    private void upload(String folder, String file, String body) {
        session().uploadString(body, input + "/" + folder + "/" + file);
    }

    /** Starts {@link TransformAttachMain} in a new JVM on the job, with more arguments after its name. */
    private Process attachFromANewJvm(String name, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Daws.disableEc2Metadata=true",
                TransformAttachMain.class.getName()));
        command.addAll(childJvmArguments());
        command.add(name);
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Polls fast until the job has ended, keeping every status it was seen in (without repeats). */
    private DescribeTransformJobResponse awaitEnd(String name, List<String> seen) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            DescribeTransformJobResponse job = describe(name);
            String status = job.transformJobStatusAsString();
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

    private DescribeTransformJobResponse awaitEnd(String name) {
        return awaitEnd(name, new ArrayList<>());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The booster's predictions for rows, as xgboost4j gives them in this JVM. */
    private static float[] predictions(float[][] rows) throws XGBoostError {
        float[] flat = new float[rows.length * FEATURES];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * FEATURES, FEATURES);
        }
        DMatrix d = new DMatrix(flat, rows.length, FEATURES, Float.NaN);
        try {
            float[][] p = booster.predict(d);
            float[] out = new float[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = p[i][0];
            }
            return out;
        } finally {
            d.dispose();
        }
    }

    private void assertPredictions(String outputUri, float[][] rows) throws XGBoostError {
        String[] lines = session().objectStore().getString(outputUri).split("\n", -1);
        float[] expected = predictions(rows);
        assertThat(lines).as(outputUri).hasSize(rows.length + 1);
        assertThat(lines[rows.length]).as("the output ends with a line end").isEmpty();
        for (int i = 0; i < rows.length; i++) {
            assertThat(Float.parseFloat(lines[i])).as("%s line %d", outputUri, i + 1)
                    .isCloseTo(expected[i], within(1e-6f));
        }
    }

    @Test
    public void createAndDescribe_xgboostModel_completesWithAPredictionPerRecordInEachOutputObject()
            throws XGBoostError {
        float[][] first = rows(40, 1);
        float[][] second = rows(25, 2);
        upload("rows", "part-0.csv", csv(first));
        upload("rows", "nested/part-1.csv", csv(second));
        String name = prefix + "-done";
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        create(name, xgboost, "rows");

        List<String> seen = new ArrayList<>();
        DescribeTransformJobResponse job = awaitEnd(name, seen);

        // a small job may have ended before the first describe
        assertThat(seen).last().isEqualTo("Completed");
        assertThat(seen).isSubsetOf("InProgress", "Completed");
        assertThat(job.transformJobName()).isEqualTo(name);
        assertThat(job.transformJobArn()).endsWith(":transform-job/" + name);
        assertThat(job.modelName()).isEqualTo(xgboost);
        assertThat(job.batchStrategyAsString()).isEqualTo("MultiRecord");
        assertThat(job.transformInput().dataSource().s3DataSource().s3Uri()).isEqualTo(input + "/rows/");
        assertThat(job.transformOutput().s3OutputPath()).isEqualTo(output + "/" + name);
        assertThat(job.transformResources().instanceCount()).isEqualTo(1);
        assertThat(job.creationTime()).isAfterOrEqualTo(before);
        assertThat(job.transformStartTime()).isAfterOrEqualTo(job.creationTime());
        assertThat(job.transformEndTime()).isAfterOrEqualTo(job.transformStartTime());
        assertThat(job.failureReason()).isNull();
        assertThat(outputs(name)).containsExactly(output + "/" + name + "/nested/part-1.csv.out",
                output + "/" + name + "/part-0.csv.out");
        assertPredictions(output + "/" + name + "/part-0.csv.out", first);
        assertPredictions(output + "/" + name + "/nested/part-1.csv.out", second);
    }

    @Test
    public void describe_runningJob_isInProgressWithoutEndOrReason_thenCompletedWithEveryAnswer() {
        upload("paced", "part.csv", lines("1,2", 40));
        String name = prefix + "-paced";
        createPaced(name, "paced");

        DescribeTransformJobResponse running = describe(name);
        List<String> seen = new ArrayList<>();
        DescribeTransformJobResponse job = awaitEnd(name, seen);

        assertThat(running.transformJobStatusAsString()).isEqualTo("InProgress");
        assertThat(running.transformEndTime()).isNull();
        assertThat(running.failureReason()).isNull();
        assertThat(seen).containsExactly("InProgress", "Completed");
        assertThat(job.batchStrategyAsString()).isEqualTo("SingleRecord");
        assertThat(job.maxConcurrentTransforms()).isEqualTo(1);
        assertThat(session().objectStore().getString(output + "/" + name + "/part.csv.out"))
                .isEqualTo(lines("1,2,ok", 40));
    }

    @Test
    public void create_duplicateNameOrUnknownModel_isRefused_andDescribeUnknown_isResourceNotFound() {
        upload("rows", "part.csv", csv(rows(5, 3)));
        String name = prefix + "-dup";
        create(name, xgboost, "rows");

        assertThatThrownBy(() -> create(name, xgboost, "rows"))
                .isInstanceOf(ResourceInUseException.class).hasMessageContaining(name);
        assertThatThrownBy(() -> create(prefix + "-nomodel", prefix + "-no-such-model", "rows"))
                .isInstanceOf(ValidationException.class).hasMessageContaining(prefix + "-no-such-model");
        assertThatThrownBy(() -> describe(prefix + "-nomodel"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(prefix + "-nomodel");
        assertThat(awaitEnd(name).transformJobStatusAsString()).isEqualTo("Completed");
    }

    @Test
    public void list_filtersByNameStatusAndCreationTime_sortsAndPagesWithMaxResultsAndNextToken() {
        upload("rows", "part.csv", csv(rows(5, 4)));
        upload("bad", "part.csv", "1,2,3\nnot,a,number\n");
        String list = prefix + "-list-";
        Instant before = Instant.now();
        create(list + "a", xgboost, "rows");
        sleep(3);
        create(list + "b", xgboost, "rows");
        sleep(3);
        Instant middle = Instant.now();
        sleep(3);
        create(list + "c", xgboost, "rows");
        sleep(3);
        create(list + "d", xgboost, "bad");
        // a millisecond past the last creation: a client that keeps timestamps to the millisecond still sees it
        Instant after = Instant.now().plusMillis(1);
        for (String n : List.of("a", "b", "c", "d")) {
            awaitEnd(list + n);
        }

        ListTransformJobsResponse first = list(r -> r.nameContains(list).statusEquals("Completed")
                .sortBy("Name").sortOrder("Ascending").maxResults(2));
        assertThat(first.transformJobSummaries()).extracting(TransformJobSummary::transformJobName)
                .containsExactly(list + "a", list + "b");
        assertThat(first.nextToken()).isNotNull();
        ListTransformJobsResponse next = list(r -> r.nameContains(list).statusEquals("Completed")
                .sortBy("Name").sortOrder("Ascending").maxResults(2).nextToken(first.nextToken()));
        assertThat(next.transformJobSummaries()).extracting(TransformJobSummary::transformJobName)
                .containsExactly(list + "c");
        assertThat(next.nextToken()).isNull();

        assertThat(list(r -> r.nameContains(list).statusEquals("Failed")).transformJobSummaries())
                .extracting(TransformJobSummary::transformJobName, TransformJobSummary::transformJobStatusAsString)
                .containsExactly(tuple(list + "d", "Failed"));
        assertThat(list(r -> r.nameContains(list).statusEquals("Failed")).transformJobSummaries().get(0)
                .failureReason()).isEqualTo(describe(list + "d").failureReason()).contains("record 2");
        assertThat(names(r -> r.nameContains(list).sortBy("Name").sortOrder("Descending")))
                .containsExactly(list + "d", list + "c", list + "b", list + "a");
        assertThat(names(r -> r.nameContains(list).sortBy("CreationTime").sortOrder("Ascending")))
                .containsExactly(list + "a", list + "b", list + "c", list + "d");
        assertThat(names(r -> r.nameContains(list))).as("newest first by default")
                .containsExactly(list + "d", list + "c", list + "b", list + "a");
        assertThat(names(r -> r.nameContains(list).creationTimeAfter(before).creationTimeBefore(after)))
                .hasSize(4);
        assertThat(names(r -> r.nameContains(list).creationTimeAfter(middle).sortBy("Name")
                .sortOrder("Ascending"))).containsExactly(list + "c", list + "d");
        assertThat(names(r -> r.nameContains(list).creationTimeBefore(middle).sortBy("Name")
                .sortOrder("Ascending"))).containsExactly(list + "a", list + "b");
        assertThat(names(r -> r.nameContains(list).creationTimeAfter(after))).isEmpty();
        assertThat(names(r -> r.nameContains(list.toUpperCase(java.util.Locale.ROOT)).statusEquals("Completed")))
                .as("NameContains ignores case").hasSize(3);
    }

    @Test
    public void list_summaries_agreeWithDescribe() {
        upload("rows", "part.csv", csv(rows(5, 5)));
        String name = prefix + "-summary";
        create(name, xgboost, "rows");
        DescribeTransformJobResponse job = awaitEnd(name);

        List<TransformJobSummary> summaries = list(r -> r.nameContains(name)).transformJobSummaries();

        assertThat(summaries).hasSize(1);
        TransformJobSummary summary = summaries.get(0);
        assertThat(summary.transformJobArn()).isEqualTo(job.transformJobArn());
        assertThat(summary.transformJobStatusAsString()).isEqualTo("Completed");
        assertThat(summary.creationTime()).isEqualTo(job.creationTime());
        assertThat(summary.transformEndTime()).isEqualTo(job.transformEndTime());
        assertThat(summary.failureReason()).isNull();
    }

    @Test
    public void stop_runningJob_goesStoppingThenStopped_publishesNothing_andCannotBeStoppedAgain() {
        // 2,000 records at 25 ms each would take 50 s: the stop comes long before
        upload("slow", "part.csv", lines("1,2", 2000));
        String name = prefix + "-stop";
        createPaced(name, "slow");
        assertThat(describe(name).transformJobStatusAsString()).isEqualTo("InProgress");

        stop(name);
        assertThat(describe(name).transformJobStatusAsString()).isIn("Stopping", "Stopped");
        List<String> seen = new ArrayList<>();
        DescribeTransformJobResponse job = awaitEnd(name, seen);

        assertThat(job.transformJobStatusAsString()).isEqualTo("Stopped");
        assertThat(seen).last().isEqualTo("Stopped");
        assertThat(seen).isSubsetOf("Stopping", "Stopped");
        assertThat(job.failureReason()).isNull();
        assertThat(job.transformEndTime()).isAfterOrEqualTo(job.creationTime());
        assertThat(outputs(name)).isEmpty();
        assertThatThrownBy(() -> stop(name))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Stopped");
        assertThat(describe(name).transformJobStatusAsString()).isEqualTo("Stopped");
        assertThat(session().waitForTransformJob(name, TIMEOUT).transformJobStatusAsString()).isEqualTo("Stopped");
    }

    @Test
    public void stop_fromANewJvm_stopsTheJobThisJvmRuns() throws Exception {
        // a model that takes 100 ms a record: the 2,000 records would take 200 s, far past the wait below
        String slow = pacedModel("slow", 100);
        upload("slow", "part.csv", lines("1,2", 2000));
        String name = prefix + "-stop-jvm";
        createPaced(name, slow, "slow");
        assertThat(describe(name).transformJobStatusAsString()).isEqualTo("InProgress");

        Process child = attachFromANewJvm(name, "--stop");
        try {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(out).isZero();
            assertThat(out).as("what the new JVM saw").contains("STATUS=Stopped");
            // as on the service, a describe right after StopTransformJob sees the job Stopping (or already Stopped)
            assertThat(out).as("what the new JVM saw").containsPattern("AFTER_STOP=(Stopping|Stopped)\\R");

            List<String> seen = new ArrayList<>();
            DescribeTransformJobResponse job = awaitEnd(name, seen);
            assertThat(job.transformJobStatusAsString()).isEqualTo("Stopped");
            assertThat(seen).isSubsetOf("InProgress", "Stopping", "Stopped");
            assertThat(job.failureReason()).isNull();
            assertThat(outputs(name)).isEmpty();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    public void stop_completedOrUnknownJob_isRefused() {
        upload("rows", "part.csv", csv(rows(5, 6)));
        String name = prefix + "-ended";
        create(name, xgboost, "rows");
        assertThat(awaitEnd(name).transformJobStatusAsString()).isEqualTo("Completed");

        assertThatThrownBy(() -> stop(name))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Completed");
        assertThat(describe(name).transformJobStatusAsString()).isEqualTo("Completed");
        assertThatThrownBy(() -> stop(prefix + "-never"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining(prefix + "-never");
    }

    @Test
    public void fail_recordTheModelRefuses_endsFailedNamingObjectRecordAndCause_andPublishesNothingPartial() {
        upload("bad", "part.csv", csv(rows(3, 7)) + "0.5,oops,1\n" + csv(rows(3, 8)));
        String name = prefix + "-fail";
        create(name, xgboost, "bad");

        List<String> seen = new ArrayList<>();
        DescribeTransformJobResponse job = awaitEnd(name, seen);

        String reason = "ClientError: object " + input + "/bad/part.csv, record 4, column 2: 'oops' is not a number;"
                + " send numeric CSV without header or label (the model answered 400)";
        // the model refuses at once: the first describe may already see the end
        assertThat(seen).last().isEqualTo("Failed");
        assertThat(seen).isSubsetOf("InProgress", "Failed");
        assertThat(job.failureReason()).isEqualTo(reason);
        assertThat(job.transformEndTime()).isAfterOrEqualTo(job.creationTime());
        assertThat(outputs(name)).isEmpty();
        assertThatThrownBy(() -> session().waitForTransformJob(name, TIMEOUT))
                .isInstanceOfSatisfying(UnexpectedStatusException.class,
                        e -> assertThat(e.failureReason()).isEqualTo(reason));
        assertThatThrownBy(() -> stop(name))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Failed");
    }

    @Test
    public void attach_fromANewJvm_waitsForTheJobAndSeesWhatThisJvmSees() throws Exception {
        upload("paced", "part.csv", lines("3,4", 40));
        String name = prefix + "-attach";
        createPaced(name, "paced");

        Process child = attachFromANewJvm(name);
        try {
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(out).isZero();

            DescribeTransformJobResponse here = awaitEnd(name);
            assertThat(here.transformJobStatusAsString()).isEqualTo("Completed");
            String object = output + "/" + name + "/part.csv.out";
            assertThat(outputs(name)).containsExactly(object);
            assertThat(out).as("what the new JVM saw").contains("STATUS=Completed")
                    .contains("OUTPUT=" + here.transformOutput().s3OutputPath())
                    .contains("OUT=" + object + " " + lines("3,4,ok", 40).replace('\n', '|'));
            Matcher end = Pattern.compile("END=(\\S+)").matcher(out);
            assertThat(end.find()).as(out).isTrue();
            if ("local".equals(session().backendName())) {
                // the new JVM reads the record the writing JVM holds, to the nanosecond
                assertThat(Instant.parse(end.group(1))).isEqualTo(here.transformEndTime());
            } else {
                // an AWS SDK client keeps timestamps to the millisecond, the local record to the nanosecond
                assertThat(Instant.parse(end.group(1))).isCloseTo(here.transformEndTime(),
                        within(1, ChronoUnit.MILLIS));
            }
        } finally {
            child.destroyForcibly();
        }
    }
}
