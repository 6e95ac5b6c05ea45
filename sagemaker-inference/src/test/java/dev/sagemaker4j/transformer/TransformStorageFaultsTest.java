/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.testing.FaultyObjectStore;
import dev.sagemaker4j.testing.FaultyObjectStore.Fault;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;

/**
 * A batch transform whose .out object hits a full disk mid-write: the job fails with a reason
 * naming the object and the cause, no .out object is partial, no temporary part stays in the job
 * folder, and the next job writes every output once the disk has room.
 */
class TransformStorageFaultsTest {
    @TempDir
    Path root;
    Session session;
    FaultyObjectStore faults;
    String model;

    /** Answers each CSV line with the line and ",ok". */
    public static final class Echo implements InferenceHandler<String, List<String>, List<String>> {
        @Override
        public String modelFn(Path modelDir) {
            return "echo";
        }

        @Override
        public List<String> inputFn(byte[] body, String contentType) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            return lines;
        }

        @Override
        public List<String> predictFn(List<String> lines, String model) {
            return lines.stream().map(l -> l + ",ok").collect(Collectors.toList());
        }

        @Override
        public Output outputFn(List<String> prediction, String accept) {
            return Output.of(String.join("\n", prediction) + "\n", "text/csv");
        }
    }

    static String input(int part) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            sb.append(part).append(',').append(i).append(",0.125\n");
        }
        return sb.toString();
    }

    static String expected(int part) {
        return input(part).replace("\n", ",ok\n");
    }

    @BeforeEach
    void open() throws IOException {
        session = Session.builder().backend("local").root(root).region("us-east-1")
                .progressListener(dev.sagemaker4j.progress.ProgressListener.none())
                .objectStoreDecorator(FaultyObjectStore::wrap).build();
        faults = FaultyObjectStore.of(session);
        String artifact = TestModels.upload(session, "s3://bucket/models/echo/model.tar.gz",
                Map.of("README", "echo".getBytes(StandardCharsets.UTF_8)));
        model = Model.builder().modelData(artifact).entryPoint(Echo.class).name("echo").session(session)
                .build().create();
        for (int part = 0; part < 3; part++) {
            session.uploadString(input(part), "s3://bucket/in/part-" + part + ".csv");
        }
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Transformer transformer(String out) {
        return Transformer.builder().modelName(model).instanceType("local").strategy("MultiRecord")
                .assembleWith("Line").outputPath("s3://bucket/" + out).session(session).build();
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().contains(".sm4j-tmp")).collect(Collectors.toList());
        }
    }

    @Test
    void transform_diskFullWritingAnOutput_failsClearlyNoPartialOutputAndTheNextJobWorks() throws IOException {
        faults.failWrites(Fault.diskFull().afterBytes(4096).onUris("/part-1\\.csv\\.out$"));
        Transformer failing = transformer("out1");

        assertThatThrownBy(() -> failing.transform("s3://bucket/in/", o -> o.contentType("text/csv").splitType("Line")))
                .isInstanceOf(UnexpectedStatusException.class);
        DescribeTransformJobResponse d = failing.describe();
        assertThat(d.transformJobStatusAsString()).isEqualTo("Failed");
        assertThat(d.failureReason()).contains("s3://bucket/out1/part-1.csv.out").contains("No space left on device");
        assertThat(faults.failedWrites()).containsExactly("s3://bucket/out1/part-1.csv.out");
        assertThat(session.objectStore().exists("s3://bucket/out1/part-1.csv.out")).isFalse();
        // whatever output the failed job did publish is whole
        for (String key : session.listS3Files("bucket", "out1/")) {
            int part = Integer.parseInt(key.replaceAll(".*part-(\\d)\\.csv\\.out", "$1"));
            assertThat(session.readS3File("bucket", key)).isEqualTo(expected(part));
        }
        assertThat(tempFiles()).isEmpty();

        faults.heal();
        Transformer next = transformer("out2");
        next.transform("s3://bucket/in/", o -> o.contentType("text/csv").splitType("Line"));

        assertThat(next.describe().transformJobStatusAsString()).isEqualTo("Completed");
        for (int part = 0; part < 3; part++) {
            assertThat(session.readS3File("bucket", "out2/part-" + part + ".csv.out")).isEqualTo(expected(part));
        }
        assertThat(tempFiles()).isEmpty();
    }
}
