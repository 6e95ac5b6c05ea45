/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MaxPayloadInMB 0 with a 1 GiB record: the job fails naming the object and the memory it needs,
 * never with an OutOfMemoryError. The transform runs in a child JVM with a 96 MiB heap, so this
 * JVM never holds the record; the record is a gzipped object of about 1 MiB.
 */
class BigRecordTest {
    private static final long GIB = 1L << 30;

    @TempDir
    static Path tmp;
    static Path input;

    @BeforeAll
    static void writeAGibibyteLine() throws Exception {
        input = tmp.resolve("line.csv.gz");
        byte[] chunk = ",0".repeat(1 << 15).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(input), 1 << 16)) {
            out.write('1');
            for (long written = 0; written < GIB; written += chunk.length) {
                out.write(chunk);
            }
            out.write('\n');
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Line", "None"})
    void maxPayloadZero_gibibyteRecord_failsTheJobNamingObjectAndMemory(String splitType) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-Daws.disableEc2Metadata=true",
                BigRecordMain.class.getName(), tmp.resolve("root-" + splitType).toString(), input.toString(),
                splitType);
        pb.redirectErrorStream(true);
        Process child = pb.start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(out).doesNotContain("OutOfMemoryError").doesNotContain("THROWN");
        assertThat(out).contains("FAILED: ClientError: object s3://")
                .contains("/in/big/line.csv.gz, record 1 is at least ")
                .containsPattern("needs about \\d+ bytes of memory");
    }
}
