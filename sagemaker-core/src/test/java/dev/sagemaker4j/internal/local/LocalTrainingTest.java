/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.testsupport.TrainingRequests;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.MetricData;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.SecondaryStatusTransition;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;

class LocalTrainingTest {
    @TempDir
    Path root;
    private Session session;
    private String trainUri;
    private String output;

    @BeforeEach
    void setUp() {
        session = Session.local(root);
        String bucket = session.defaultBucket();
        trainUri = session.uploadString("1,a\n2,b\n3,c\n6,d\n", "s3://" + bucket + "/data/train/part-0.csv");
        trainUri = trainUri.substring(0, trainUri.lastIndexOf('/') + 1);
        output = "s3://" + bucket + "/out";
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private DescribeTrainingJobResponse run(CreateTrainingJobRequest request) {
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(request);
        return session.waitForJob(request.trainingJobName(), Duration.ofSeconds(60));
    }

    @Test
    void createTrainingJob_testAlgorithm_completesWithArtifactInObjectStore() throws Exception {
        DescribeTrainingJobResponse job = run(TrainingRequests.mean("mean-1", trainUri, output,
                Map.of("epochs", "3")));

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(job.secondaryStatusTransitions()).extracting(SecondaryStatusTransition::statusAsString)
                .containsExactly("Starting", "Downloading", "Training", "Uploading", "Completed");
        assertThat(job.trainingJobArn()).isEqualTo("arn:aws:sagemaker:us-east-1:000000000000:training-job/mean-1");
        assertThat(job.modelArtifacts().s3ModelArtifacts()).isEqualTo(output + "/mean-1/output/model.tar.gz");
        Path unpacked = root.resolve("unpacked");
        try (InputStream in = session.objectStore().get(job.modelArtifacts().s3ModelArtifacts())) {
            Tarballs.unpack(in, unpacked, "model.tar.gz");
        }
        assertThat(Files.readString(unpacked.resolve("mean.txt"))).isEqualTo("3.0");
        assertThat(session.objectStore().exists(output + "/mean-1/output/output.tar.gz")).isTrue();
        assertThat(job.trainingStartTime()).isNotNull();
        assertThat(job.trainingEndTime()).isAfterOrEqualTo(job.trainingStartTime());
        assertThat(job.billableTimeInSeconds()).isPositive();
    }

    @Test
    void createTrainingJob_materialisesTheContainerContract() throws Exception {
        CreateTrainingJobRequest request = TrainingRequests.mean("contract-1", trainUri, output,
                Map.of("epochs", "1", "eta", "0.3")).toBuilder()
                .environment(Map.of("MY_VAR", "x")).build();
        run(request);

        Path config = root.resolve("jobs/training-jobs/contract-1/algo-1/input/config");
        JsonNode hp = SdkJson.MAPPER.readTree(config.resolve("hyperparameters.json").toFile());
        assertThat(hp.get("eta").asText()).isEqualTo("0.3");
        JsonNode resource = SdkJson.MAPPER.readTree(config.resolve("resourceconfig.json").toFile());
        assertThat(resource.get("current_host").asText()).isEqualTo("algo-1");
        assertThat(resource.get("hosts").get(0).asText()).isEqualTo("algo-1");
        assertThat(resource.get("network_interface_name").asText()).isEqualTo("eth0");
        JsonNode input = SdkJson.MAPPER.readTree(config.resolve("inputdataconfig.json").toFile());
        assertThat(input.get("train").get("ContentType").asText()).isEqualTo("text/csv");
        assertThat(input.get("train").get("TrainingInputMode").asText()).isEqualTo("File");
        assertThat(input.get("train").get("S3DistributionType").asText()).isEqualTo("FullyReplicated");
        assertThat(root.resolve("jobs/training-jobs/contract-1/model/mean.txt")).exists();
        // input data is removed after the job, as an instance's disk would be
        assertThat(root.resolve("jobs/training-jobs/contract-1/algo-1/input/data/train/part-0.csv")).doesNotExist();
    }

    @Test
    void trainingEnvironment_carriesSmVariables() throws Exception {
        List<Map<String, String>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        EnvironmentProbe.captured = seen;
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("env-1", trainUri, output, Map.of())
                .toBuilder().algorithmSpecification(a -> a.trainingImage("sagemaker4j-test-probe:1"))
                .environment(Map.of("MY_VAR", "x")).build());
        session.waitForJob("env-1", Duration.ofSeconds(30));

        Map<String, String> env = seen.get(0);
        assertThat(env).containsEntry("TRAINING_JOB_NAME", "env-1").containsEntry("MY_VAR", "x")
                .containsEntry("SM_CURRENT_HOST", "algo-1").containsEntry("SM_HOSTS", "[\"algo-1\"]")
                .containsEntry("SM_CHANNELS", "[\"train\"]").containsEntry("SM_NUM_GPUS", "0")
                .containsKey("SM_TRAINING_ENV");
        assertThat(env.get("SM_CHANNEL_TRAIN")).endsWith("algo-1/input/data/train");
        assertThat(env.get("SM_MODEL_DIR")).endsWith("env-1/model");
    }

    @Test
    void createTrainingJob_shardedByS3Key_splitsObjectsAcrossHosts() throws Exception {
        String bucket = session.defaultBucket();
        for (int i = 0; i < 4; i++) {
            session.uploadString((i + 1) + "\n", "s3://" + bucket + "/sharded/part-" + i + ".csv");
        }
        CreateTrainingJobRequest request = TrainingRequests.mean("sharded-1", "s3://" + bucket + "/sharded/", output,
                Map.of()).toBuilder()
                .inputDataConfig(Channel.builder().channelName("train")
                        .dataSource(d -> d.s3DataSource(s -> s.s3DataType("S3Prefix")
                                .s3Uri("s3://" + bucket + "/sharded/").s3DataDistributionType("ShardedByS3Key")))
                        .build())
                .resourceConfig(r -> r.instanceType("ml.m5.large").instanceCount(2).volumeSizeInGB(1))
                .build();
        DescribeTrainingJobResponse job = run(request);

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
        List<String> logs = session.logsForJob("sharded-1");
        assertThat(logs).anyMatch(l -> l.equals("algo-1: channel train has 2 file(s) from s3://" + bucket
                + "/sharded/"));
        assertThat(logs).anyMatch(l -> l.equals("algo-2: channel train has 2 file(s) from s3://" + bucket
                + "/sharded/"));
    }

    @Test
    void createTrainingJob_manySmallFiles_jobSeesEveryFileAndItsWritesNeverReachTheObjectStore() throws Exception {
        String bucket = session.defaultBucket();
        Map<String, String> uploaded = new java.util.TreeMap<>();
        // enough files for the channel to be copied by several threads, in nested folders as an image folder is
        for (int i = 0; i < 150; i++) {
            String key = "class-" + (i % 3) + "/" + (i % 2 == 0 ? "sub/" : "") + "img-" + i + ".txt";
            uploaded.put(key, "object " + i + "\n");
            session.uploadString("object " + i + "\n", "s3://" + bucket + "/many/" + key);
        }
        InputWriterProbe.seen = null;
        DescribeTrainingJobResponse job = run(TrainingRequests.mean("many-1", "s3://" + bucket + "/many/", output,
                Map.of()).toBuilder().algorithmSpecification(a -> a.trainingImage("sagemaker4j-test-input-writer:1")
                .trainingInputMode("File")).build());

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
        // the job saw every object at its key under the channel folder, whole
        assertThat(InputWriterProbe.seen).isEqualTo(uploaded);
        assertThat(session.logsForJob("many-1")).contains("algo-1: channel train has 150 file(s) from s3://"
                + bucket + "/many/");
        // what it appended, truncated and deleted in its input folder left the objects as they were
        for (Map.Entry<String, String> e : uploaded.entrySet()) {
            assertThat(session.objectStore().getString("s3://" + bucket + "/many/" + e.getKey()))
                    .as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(root.resolve("jobs/training-jobs/many-1/algo-1/input/data/train")).doesNotExist();
    }

    @Test
    void createTrainingJob_fileFolderChannel_isUsedInPlaceAndLeftWholeAfterTheJob() throws Exception {
        Path folder = Files.createDirectories(root.resolve("user/images"));
        Map<String, String> written = new java.util.TreeMap<>();
        for (int i = 0; i < 300; i++) {
            String key = "class-" + (i % 3) + "/img-" + i + ".txt";
            written.put(key, "picture " + i + "\n");
            Files.createDirectories(folder.resolve(key).getParent());
            Files.writeString(folder.resolve(key), "picture " + i + "\n");
        }
        InputWriterProbe.seen = null;
        DescribeTrainingJobResponse job = run(TrainingRequests.mean("in-place-1", dev.sagemaker4j.utils.Uris
                .fileUri(folder) + "/", output, Map.of("write_inputs", "false")).toBuilder()
                .algorithmSpecification(a -> a.trainingImage("sagemaker4j-test-input-writer:1")
                        .trainingInputMode("File")).build());

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(InputWriterProbe.seen).isEqualTo(written);
        // not copied: local mode mounts a file:// folder, and so does this backend, through a link
        assertThat(String.join("\n", session.logsForJob("in-place-1"))).contains("algo-1: channel train is the"
                + " folder " + folder.toRealPath() + " itself");
        // the job's end removes its input data: the link, never the folder's files
        assertThat(root.resolve("jobs/training-jobs/in-place-1/algo-1/input/data/train")).doesNotExist();
        for (Map.Entry<String, String> e : written.entrySet()) {
            assertThat(Files.readString(folder.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void createTrainingJob_manifestNamingAFileTwice_copiesItOnceAndRejectsKeysOutsideTheChannel() throws Exception {
        String bucket = session.defaultBucket();
        session.uploadString("1\n", "s3://" + bucket + "/listed/a.csv");
        session.uploadString("5\n", "s3://" + bucket + "/listed/b.csv");
        String manifest = session.uploadString("[{\"prefix\": \"s3://" + bucket + "/listed/\"}, \"a.csv\", \"b.csv\","
                + " \"a.csv\"]", "s3://" + bucket + "/manifests/twice.manifest");
        DescribeTrainingJobResponse job = run(TrainingRequests.mean("manifest-1", trainUri, output, Map.of())
                .toBuilder().inputDataConfig(Channel.builder().channelName("train").contentType("text/csv")
                        .dataSource(d -> d.s3DataSource(x -> x.s3DataType("ManifestFile").s3Uri(manifest)
                                .s3DataDistributionType("FullyReplicated"))).build()).build());

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(session.logsForJob("manifest-1")).contains("algo-1: channel train has 2 file(s) from " + manifest);

        String outside = session.uploadString("[{\"prefix\": \"s3://" + bucket + "/listed/\"}, \"a.csv\","
                + " \"../escape.csv\"]", "s3://" + bucket + "/manifests/outside.manifest");
        assertThatThrownBy(() -> run(TrainingRequests.mean("manifest-2", trainUri, output, Map.of())
                .toBuilder().inputDataConfig(Channel.builder().channelName("train").contentType("text/csv")
                        .dataSource(d -> d.s3DataSource(x -> x.s3DataType("ManifestFile").s3Uri(outside)
                                .s3DataDistributionType("FullyReplicated"))).build()).build()))
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("would be written outside the channel folder");
    }

    @Test
    void createTrainingJob_metrics_scrapedFromLogAndReportedDirectly() {
        CreateTrainingJobRequest request = TrainingRequests.mean("metrics-1", trainUri, output, Map.of("epochs", "4"))
                .toBuilder().algorithmSpecification(a -> a.trainingImage(dev.sagemaker4j.testsupport.MeanAlgorithm.IMAGE)
                        .metricDefinitions(MetricDefinition.builder().name("epoch").regex("epoch=(\\d+)").build()))
                .build();
        DescribeTrainingJobResponse job = run(request);

        Map<String, Float> finals = job.finalMetricDataList().stream()
                .collect(Collectors.toMap(MetricData::metricName, MetricData::value));
        assertThat(finals).containsEntry("train:loss", 0.25f).containsEntry("epoch", 3f)
                .containsEntry("custom:count", 4f);
        assertThat(root.resolve("jobs/training-jobs/metrics-1/metrics.jsonl")).exists();
    }

    @Test
    void createTrainingJob_algorithmThrows_failsWithMessageAsReason() {
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("fail-1", trainUri, output,
                Map.of("fail", "boom at round 3")));

        assertThatThrownBy(() -> session.waitForJob("fail-1", Duration.ofSeconds(30)))
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("AlgorithmError: boom at round 3");
        DescribeTrainingJobResponse job = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName("fail-1").build());
        assertThat(job.trainingJobStatusAsString()).isEqualTo("Failed");
        assertThat(job.failureReason()).isEqualTo("AlgorithmError: boom at round 3");
        assertThat(session.objectStore().exists(output + "/fail-1/output/model.tar.gz")).isFalse();
    }

    @Test
    void createTrainingJob_oneOfTwoHostsFails_othersAreInterruptedAndItsReasonIsTheJobs() {
        // algo-1 waits for its peer forever, as a distributed algorithm would; only ending it lets the job end
        CreateTrainingJobRequest request = TrainingRequests.mean("fail-host-1", trainUri, output,
                Map.of("fail", "algo-2 ran out of data", "fail_on_host", "algo-2")).toBuilder()
                .resourceConfig(r -> r.instanceType("ml.m5.large").instanceCount(2).volumeSizeInGB(1))
                .build();
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(request);

        assertThatThrownBy(() -> session.waitForJob("fail-host-1", Duration.ofSeconds(30)))
                .isInstanceOf(UnexpectedStatusException.class);
        DescribeTrainingJobResponse job = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName("fail-host-1").build());
        assertThat(job.trainingJobStatusAsString()).isEqualTo("Failed");
        assertThat(job.failureReason()).isEqualTo("AlgorithmError: host algo-2 failed: algo-2 ran out of data");
    }

    @Test
    void createTrainingJob_failureFile_becomesFailureReason() {
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("fail-2", trainUri, output,
                Map.of("failure_file", "ClientError: bad label in row 7")));

        assertThatThrownBy(() -> session.waitForJob("fail-2", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(UnexpectedStatusException.class,
                        e -> assertThat(e.failureReason()).isEqualTo("ClientError: bad label in row 7"));
    }

    @Test
    void createTrainingJob_badData_failsWithClientErrorNamingFileAndLine() {
        String bucket = session.defaultBucket();
        session.uploadString("1\nabc\n", "s3://" + bucket + "/bad/part.csv");
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("bad-1", "s3://" + bucket + "/bad/", output,
                Map.of()));

        assertThatThrownBy(() -> session.waitForJob("bad-1", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: train: is not a number (file part.csv, line 2)"));
    }

    @Test
    void createTrainingJob_emptyChannel_failsNamingTheUri() {
        String bucket = session.defaultBucket();
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("empty-1", "s3://" + bucket + "/nothing/",
                output, Map.of()));

        assertThatThrownBy(() -> session.waitForJob("empty-1", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("s3://" + bucket + "/nothing/").contains("No S3 objects found"));
    }

    @Test
    void createTrainingJob_outputPathThatCannotBeWritten_failsAndPublishesNothing() throws Exception {
        Path blocker = Files.writeString(root.resolve("a-file"), "x");
        String outputPath = "file://" + blocker.resolve("sub");
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("out-1", trainUri, outputPath, Map.of()));

        assertThatThrownBy(() -> session.waitForJob("out-1", Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: OutputDataConfig.S3OutputPath: cannot be written")
                        .contains(outputPath + "/out-1/output/model.tar.gz"));
        assertThat(blocker).hasContent("x");
        try (var files = Files.walk(root.resolve("jobs/training-jobs/out-1"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".sm4j-tmp-"));
        }
    }

    @Test
    void createTrainingJob_duplicateName_isResourceInUse() {
        run(TrainingRequests.mean("dup-1", trainUri, output, Map.of()));

        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(
                TrainingRequests.mean("dup-1", trainUri, output, Map.of())))
                .isInstanceOf(ResourceInUseException.class)
                .hasMessageContaining("dup-1").hasMessageContaining("already exists");
    }

    @Test
    void createTrainingJob_badName_isValidationErrorNamingTheRule() {
        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(
                TrainingRequests.mean("bad_name", trainUri, output, Map.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("TrainingJobName");
                    assertThat(e.value()).isEqualTo("bad_name");
                    assertThat(e.getMessage()).contains("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}");
                });
    }

    @Test
    void createTrainingJob_unknownImage_listsTheImagesItCanRun() {
        CreateTrainingJobRequest request = TrainingRequests.mean("img-1", trainUri, output, Map.of()).toBuilder()
                .algorithmSpecification(a -> a.trainingImage("123.dkr.ecr.us-east-1.amazonaws.com/my-image:latest"))
                .build();

        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(request))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("AlgorithmSpecification.TrainingImage");
                    assertThat(e.getMessage()).contains("sagemaker4j-test-mean");
                });
        assertThat(root.resolve("jobs/training-jobs/img-1")).doesNotExist();
    }

    @Test
    void createTrainingJob_invalidHyperparameter_isRejectedBeforeTheJobExists() {
        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(
                TrainingRequests.mean("hp-1", trainUri, output, Map.of("epochs", "zero"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("epochs"));
        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName("hp-1").build()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void stopTrainingJob_runningJob_endsStoppedWithModel() {
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("stop-1", trainUri, output,
                Map.of("wait_for_stop", "true")));
        awaitSecondaryStatus("stop-1", "Training");

        session.api(TrainingJobsApi.CAPABILITY).stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName("stop-1").build());
        DescribeTrainingJobResponse job = session.waitForJob("stop-1", Duration.ofSeconds(30));

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Stopped");
        assertThat(job.secondaryStatusTransitions()).extracting(SecondaryStatusTransition::statusAsString)
                .contains("Stopping", "Stopped");
        assertThat(job.modelArtifacts().s3ModelArtifacts()).endsWith("/stop-1/output/model.tar.gz");
        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY).stopTrainingJob(
                StopTrainingJobRequest.builder().trainingJobName("stop-1").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Stopped");
    }

    @Test
    void maxRuntime_exceeded_stopsTheJob() {
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("max-1", trainUri, output,
                Map.of("wait_for_stop", "true")).toBuilder().stoppingCondition(s -> s.maxRuntimeInSeconds(1)).build());
        DescribeTrainingJobResponse job = session.waitForJob("max-1", Duration.ofSeconds(30));

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Stopped");
        assertThat(job.secondaryStatusAsString()).isEqualTo("MaxRuntimeExceeded");
    }

    @Test
    void waitForJob_timeout_throwsWithLastStatus() {
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("slow-1", trainUri, output,
                Map.of("wait_for_stop", "true")));

        assertThatThrownBy(() -> session.waitForJob("slow-1", Duration.ofMillis(300)))
                .isInstanceOfSatisfying(WaiterTimeoutException.class,
                        e -> assertThat(e.lastStatus()).isEqualTo("InProgress"));
        session.api(TrainingJobsApi.CAPABILITY).stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName("slow-1").build());
    }

    @Test
    void waitForJob_unknownJob_isResourceNotFound() {
        assertThatThrownBy(() -> session.waitForJob("no-such-job", Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceName()).isEqualTo("no-such-job"));
    }

    @Test
    void maxConcurrentJobs_one_queuesTheSecondJobInStarting() {
        try (Session single = Session.builder().backend("local").root(root.resolve("single"))
                .maxConcurrentJobs(1).build()) {
            String bucket = single.defaultBucket();
            String data = single.uploadString("1\n", "s3://" + bucket + "/d/x.csv");
            single.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("first", data, "s3://" + bucket + "/o",
                    Map.of("wait_for_stop", "true")));
            single.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("second", data, "s3://" + bucket + "/o",
                    Map.of()));
            awaitSecondaryStatus(single, "first", "Training");
            sleep(300);

            DescribeTrainingJobResponse second = single.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName("second").build());
            assertThat(second.secondaryStatusAsString()).isEqualTo("Starting");

            single.api(TrainingJobsApi.CAPABILITY).stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName("first").build());
            assertThat(single.waitForJob("second", Duration.ofSeconds(30)).trainingJobStatusAsString())
                    .isEqualTo("Completed");
        }
    }

    @Test
    void checkpoints_restoredIntoARestartedJob() throws Exception {
        String checkpoints = "s3://" + session.defaultBucket() + "/checkpoints/mean";
        CreateTrainingJobRequest first = TrainingRequests.mean("ckpt-1", trainUri, output,
                Map.of("epochs", "3", "checkpoint", "true")).toBuilder()
                .checkpointConfig(c -> c.s3Uri(checkpoints)).build();
        run(first);
        assertThat(session.readS3File(session.defaultBucket(), "checkpoints/mean/epoch.txt")).isEqualTo("3");

        CreateTrainingJobRequest second = TrainingRequests.mean("ckpt-2", trainUri, output,
                Map.of("epochs", "5", "checkpoint", "true")).toBuilder()
                .checkpointConfig(c -> c.s3Uri(checkpoints)).build();
        run(second);

        assertThat(session.logsForJob("ckpt-2")).contains("resuming from epoch 3").contains("epoch=3 loss=0.25")
                .noneMatch(l -> l.startsWith("epoch=0"));
        assertThat(session.readS3File(session.defaultBucket(), "checkpoints/mean/epoch.txt")).isEqualTo("5");
    }

    @Test
    void logsForJob_follow_streamsLinesUntilTheJobEnds() {
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean("logs-1", trainUri, output,
                Map.of("epochs", "3", "sleep_ms", "50")));
        List<String> lines = new java.util.ArrayList<>();

        DescribeTrainingJobResponse job = session.logsForJob("logs-1",
                l -> l.wait(true).timeout(Duration.ofSeconds(30)).sink(lines::add));

        assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(lines).contains("epoch=0 loss=1.0", "epoch=1 loss=0.5", "epoch=2 loss=0.3333333333333333");
        assertThat(lines.get(lines.size() - 1)).startsWith("Training job completed");
    }

    @Test
    void describe_fromANewSession_seesTheSameJob() {
        run(TrainingRequests.mean("attach-1", trainUri, output, Map.of()));

        try (Session other = Session.local(root)) {
            DescribeTrainingJobResponse job = other.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName("attach-1").build());
            assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
            assertThat(job.hyperParameters()).isEmpty();
            assertThat(job.inputDataConfig().get(0).dataSource().s3DataSource().s3Uri()).isEqualTo(trainUri);
        }
    }

    @Test
    void listTrainingJobs_filtersSortsAndPages() {
        for (String n : List.of("list-a", "list-b", "list-c")) {
            run(TrainingRequests.mean(n, trainUri, output, Map.of()));
        }
        var all = session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder().nameContains("list-")
                .sortBy("Name").sortOrder("Ascending").maxResults(2).build());
        assertThat(all.trainingJobSummaries()).extracting(s -> s.trainingJobName()).containsExactly("list-a", "list-b");
        var next = session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder().nameContains("list-")
                .sortBy("Name").sortOrder("Ascending").maxResults(2).nextToken(all.nextToken()).build());
        assertThat(next.trainingJobSummaries()).extracting(s -> s.trainingJobName()).containsExactly("list-c");
        assertThat(next.nextToken()).isNull();
    }

    @Test
    void recordOfADeadProcess_isMarkedFailedWhenRead() throws Exception {
        run(TrainingRequests.mean("orphan-1", trainUri, output, Map.of()));
        Path record = root.resolve("jobs/training-jobs/orphan-1/record.json");
        JsonNode node = SdkJson.MAPPER.readTree(record.toFile());
        Map<String, Object> tree = SdkJson.MAPPER.convertValue(node,
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> owner = (Map<String, Object>) tree.get("owner");
        owner.put("pid", Long.MAX_VALUE - 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> rec = new HashMap<>((Map<String, Object>) tree.get("record"));
        rec.put("TrainingJobStatus", "InProgress");
        rec.put("SecondaryStatus", "Training");
        tree.put("record", rec);
        Files.writeString(record, SdkJson.MAPPER.writeValueAsString(tree));

        try (Session other = Session.local(root)) {
            DescribeTrainingJobResponse job = other.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName("orphan-1").build());
            assertThat(job.trainingJobStatusAsString()).isEqualTo("Failed");
            assertThat(job.failureReason()).contains("ended before it finished");
        }
    }

    private void awaitSecondaryStatus(String name, String status) {
        awaitSecondaryStatus(session, name, status);
    }

    private static void awaitSecondaryStatus(Session s, String name, String status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (status.equals(s.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest.builder()
                    .trainingJobName(name).build()).secondaryStatusAsString())) {
                return;
            }
            sleep(10);
        }
        throw new AssertionError(name + " never reached " + status);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
