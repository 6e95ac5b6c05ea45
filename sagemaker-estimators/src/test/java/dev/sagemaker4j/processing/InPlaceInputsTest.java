/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs of a program that reads them in place are the store's own files (hard links); others get copies. */
class InPlaceInputsTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    @TempDir
    static Path tmp;
    static Session session;

    /** A built-in image's program (registered in META-INF/services) that only reads its input. */
    public static final class InPlaceProgram implements LocalContainerProgram {
        static final String REPOSITORY = "sagemaker4j-test-reads-in-place";

        @Override
        public String imageRepository() {
            return REPOSITORY;
        }

        @Override
        public boolean readsInputsInPlace() {
            return true;
        }

        @Override
        public ProcessingScript newScript() {
            return new Links();
        }
    }

    /** Writes the link count and the content of its input file. */
    public static final class Links implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            Path in = env.input("data").resolve("data.csv");
            Files.writeString(env.output("out").resolve("seen.txt"), Files.getAttribute(in, "unix:nlink") + " "
                    + Files.readString(in));
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void run_programReadingInPlace_getsTheStoresFileLinkedAndTheObjectStaysAsItWas() {
        String bucket = "s3://" + session.defaultBucket();
        session.uploadString("a,b\n1,2\n", bucket + "/in-place/data.csv");
        Processor processor = Processor.builder().imageUri("123456789012.dkr.ecr.us-east-1.amazonaws.com/"
                + InPlaceProgram.REPOSITORY + ":1").role(ROLE).instanceType("local").session(session).build();

        processor.run(r -> r.inputs(List.of(input(bucket))).outputs(List.of(output(bucket + "/in-place/linked")))
                .jobName("reads-in-place"));
        JavaProcessor.builder().entryPoint(Links.class).role(ROLE).instanceType("local").session(session).build()
                .run(r -> r.inputs(List.of(input(bucket))).outputs(List.of(output(bucket + "/in-place/copied")))
                        .jobName("copies-its-inputs"));

        // the job's file and the store's: two names of one file, for that job only
        assertThat(session.objectStore().getString(bucket + "/in-place/linked/seen.txt")).isEqualTo("2 a,b\n1,2\n");
        assertThat(session.objectStore().getString(bucket + "/in-place/copied/seen.txt")).isEqualTo("1 a,b\n1,2\n");
        assertThat(session.objectStore().getString(bucket + "/in-place/data.csv")).isEqualTo("a,b\n1,2\n");
        assertThat(session.objectStore().localFile(bucket + "/in-place/data.csv")).get()
                .satisfies(f -> assertThat(Files.getAttribute(f, "unix:nlink")).isEqualTo(1));
    }

    private static ProcessingInput input(String bucket) {
        return ProcessingInput.builder().source(bucket + "/in-place/data.csv")
                .destination("/opt/ml/processing/input/data").inputName("data").build();
    }

    private static ProcessingOutput output(String destination) {
        return ProcessingOutput.builder().source("/opt/ml/processing/output/out").outputName("out")
                .destination(destination).build();
    }
}
