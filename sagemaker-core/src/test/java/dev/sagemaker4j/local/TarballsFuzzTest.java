/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzz target for the model archive unpacker. The fuzzer writes the tar bytes and the target gzips
 * them (a mutated gzip stream rarely gets past its CRC); an even first byte hands the bytes over as
 * they are, to reach the gzip reader too. Contract: a corrupt, escaping or linking archive is a
 * {@link ValidationException}, nothing lands outside the folder, and the time is bounded.
 */
class TarballsFuzzTest {
    private static Path parent;

    @FuzzTest(maxDuration = "10m")
    void unpack(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        boolean gzip = (input[0] & 1) == 1;
        byte[] tar = Arrays.copyOfRange(input, 1, input.length);
        byte[] archive = gzip ? gzip(tar) : tar;
        Path box = Files.createDirectories(parent().resolve("box"));
        Path folder = box.resolve("model");
        try {
            typedOnly(tar.length, () -> Tarballs.unpack(new ByteArrayInputStream(archive), folder, "fuzz.tar.gz"),
                    ValidationException.class);
            try (Stream<Path> outside = Files.list(box)) {
                assertThat(outside).as("nothing written beside the folder").allMatch(folder::equals);
            }
        } finally {
            delete(box);
        }
    }

    private static synchronized Path parent() throws IOException {
        if (parent == null) {
            parent = Files.createTempDirectory("tarballs-fuzz");
        }
        return parent;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        }
        return out.toByteArray();
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
