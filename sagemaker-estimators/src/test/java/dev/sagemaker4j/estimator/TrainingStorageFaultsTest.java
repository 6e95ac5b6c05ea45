/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.testing.Datasets;
import dev.sagemaker4j.testing.FaultyObjectStore;
import dev.sagemaker4j.testing.FaultyObjectStore.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/**
 * A local XGBoost job whose model.tar.gz upload hits a full disk: the job fails with a reason that
 * names the artifact and the cause, nothing of it is visible under its output path, no packed
 * tarball or temporary file stays behind, and the next job works once the disk has room.
 */
class TrainingStorageFaultsTest {
    @TempDir
    Path tmp;
    Path root;
    Session session;
    FaultyObjectStore faults;
    String trainUri;

    @BeforeEach
    void open() throws IOException {
        root = tmp.resolve("root");
        session = Session.builder().backend("local").root(root).region("us-east-1")
                .objectStoreDecorator(FaultyObjectStore::wrap).build();
        faults = FaultyObjectStore.of(session);
        trainUri = session.uploadData(Datasets.binaryClassification(400, 4, 1).writeCsv(tmp.resolve("train.csv")),
                "bucket", "xgb/train");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Estimator xgb() {
        return Estimator.builder()
                .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceCount(1).instanceType("local")
                .outputPath("s3://bucket/xgb/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 10, "max_depth", 3))
                .session(session).build();
    }

    private Map<String, TrainingInput> channels() {
        return Map.of("train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build());
    }

    /** Files under the root, outside the buckets, that are packed artifacts or unfinished writes. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return name.contains(".sm4j-tmp-") || (!p.startsWith(root.resolve("s3")) && name.endsWith(".tar.gz"));
            }).collect(Collectors.toList());
        }
    }

    @Test
    void fit_diskFullWhileUploadingTheModel_failsClearlyLeavesNothingAndTheNextJobWorks() throws IOException {
        faults.failWrites(Fault.diskFull().afterBytes(512).onUris("/model\\.tar\\.gz$"));
        Estimator failing = xgb();

        assertThatThrownBy(() -> failing.fit(channels())).isInstanceOf(UnexpectedStatusException.class);
        String failedJob = failing.latestTrainingJob().name();
        DescribeTrainingJobResponse d = failing.latestTrainingJob().describe();
        String artifact = "s3://bucket/xgb/out/" + failedJob + "/output/model.tar.gz";
        assertThat(d.trainingJobStatusAsString()).isEqualTo("Failed");
        assertThat(d.failureReason()).contains(artifact).contains("No space left on device");
        assertThat(d.modelArtifacts()).isNull();
        assertThat(faults.failedWrites()).containsExactly(artifact);
        assertThat(session.listS3Files("bucket", "xgb/out/" + failedJob)).isEmpty();
        assertThat(leftovers()).isEmpty();

        faults.heal();
        Estimator next = xgb();
        next.fit(channels());

        assertThat(next.latestTrainingJob().describe().trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(session.objectStore().head(next.modelData()).orElseThrow().size()).isGreaterThan(512);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void fit_ioErrorWritingProvenanceAfterTheModel_failsAndRemovesTheModelItUploaded() throws IOException {
        faults.failWrites(Fault.ioError().onUris("/provenance\\.json$"));
        Estimator failing = xgb();

        assertThatThrownBy(() -> failing.fit(channels())).isInstanceOf(UnexpectedStatusException.class);
        String failedJob = failing.latestTrainingJob().name();
        DescribeTrainingJobResponse d = failing.latestTrainingJob().describe();
        assertThat(d.trainingJobStatusAsString()).isEqualTo("Failed");
        assertThat(d.failureReason()).contains("s3://bucket/xgb/out/" + failedJob + "/output/provenance.json")
                .contains("Input/output error");
        // a Failed job has no artifact: a model.tar.gz left under its output path would look like one
        assertThat(session.listS3Files("bucket", "xgb/out/" + failedJob)).isEmpty();
        assertThat(leftovers()).isEmpty();
    }
}
