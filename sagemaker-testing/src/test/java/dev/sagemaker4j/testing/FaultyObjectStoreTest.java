/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.testing.FaultyObjectStore.Fault;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrapper itself, and a session's uploads (uploadData of a file and a folder, uploadString)
 * against the real local store while the disk is "full": a clear StorageException, nothing
 * half-visible, no temporary file left, and the next upload works once the fault is healed.
 */
class FaultyObjectStoreTest {
    @TempDir
    Path root;
    @TempDir
    Path work;
    Session session;
    FaultyObjectStore faults;

    @BeforeEach
    void open() {
        session = Session.builder().backend("local").root(root).region("us-east-1")
                .objectStoreDecorator(FaultyObjectStore::wrap).build();
        faults = FaultyObjectStore.of(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** Every file under the root whose name marks an unfinished write. */
    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().contains(".sm4j-tmp-")).collect(Collectors.toList());
        }
    }

    @Test
    void put_diskFullAfterBytes_failsMidStreamWithNoPartialObject() throws IOException {
        AtomicLong read = new AtomicLong();
        InputStream source = new FilterInputStream(new ByteArrayInputStream(bytes(300_000, 1))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read.addAndGet(Math.max(n, 0));
                return n;
            }
        };
        faults.failWrites(Fault.diskFull().afterBytes(100_000));

        assertThatThrownBy(() -> session.objectStore().put("s3://bucket/big.bin", source))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("s3://bucket/big.bin")
                .hasMessageContaining("No space left on device")
                .hasRootCauseInstanceOf(IOException.class);
        // the real store was given the 100,000 bytes that fit (and the one that did not), then the error
        assertThat(read.get()).isBetween(100_000L, 100_001L);
        assertThat(session.objectStore().exists("s3://bucket/big.bin")).isFalse();
        assertThat(tempFiles()).isEmpty();
        assertThat(faults.failedWrites()).containsExactly("s3://bucket/big.bin");
    }

    @Test
    void put_writeEndingExactlyAtTheLimit_passesAndTheNextFails() {
        faults.failWrites(Fault.diskFull().afterBytes(10));
        session.objectStore().put("s3://bucket/ten", new ByteArrayInputStream(new byte[10]));

        assertThat(session.objectStore().head("s3://bucket/ten").orElseThrow().size()).isEqualTo(10);
        assertThatThrownBy(() -> session.objectStore().putString("s3://bucket/one", "x"))
                .isInstanceOf(StorageException.class).hasMessageContaining("No space left on device");
    }

    @Test
    void fromPutAndOnUris_onlyTheKthMatchingPutOnFails() {
        faults.failWrites(Fault.ioError().fromPut(2).onUris("\\.out$"));
        session.objectStore().putString("s3://bucket/a.out", "a");
        session.objectStore().putString("s3://bucket/other.txt", "not counted");

        assertThatThrownBy(() -> session.objectStore().putString("s3://bucket/b.out", "b"))
                .isInstanceOf(StorageException.class).hasMessageContaining("Input/output error");
        session.objectStore().putString("s3://bucket/other2.txt", "still passes");
        assertThat(session.listS3Files("bucket", "")).containsExactly("a.out", "other.txt", "other2.txt");
    }

    @Test
    void of_sessionWithoutTheWrapper_saysHowToInstallIt() {
        try (Session plain = Session.local(work)) {
            assertThatThrownBy(() -> FaultyObjectStore.of(plain)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("objectStoreDecorator(FaultyObjectStore::wrap)");
        }
    }

    @Test
    void uploadData_fileOnFullDisk_failsClearlyAndTheNextUploadWorks() throws IOException {
        Path file = work.resolve("train.csv");
        byte[] content = bytes(200_000, 2);
        Files.write(file, content);
        faults.failWrites(Fault.diskFull().afterBytes(64_000));

        assertThatThrownBy(() -> session.uploadData(file, "bucket", "data"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("s3://bucket/data/train.csv")
                .hasMessageContaining("No space left on device");
        assertThat(session.objectStore().exists("s3://bucket/data/train.csv")).isFalse();
        assertThat(tempFiles()).isEmpty();

        faults.heal();
        String uri = session.uploadData(file, "bucket", "data");
        try (InputStream in = session.objectStore().get(uri)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void uploadString_overwriteOnFullDisk_keepsTheOldObject() throws IOException {
        session.uploadString("v1", "s3://bucket/config.json");
        faults.failWrites(Fault.diskFull().afterBytes(3));

        assertThatThrownBy(() -> session.uploadString("v2-longer", "s3://bucket/config.json"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("s3://bucket/config.json")
                .hasMessageContaining("No space left on device");
        assertThat(session.readS3File("bucket", "config.json")).isEqualTo("v1");
        assertThat(tempFiles()).isEmpty();

        faults.heal();
        session.uploadString("v2-longer", "s3://bucket/config.json");
        assertThat(session.readS3File("bucket", "config.json")).isEqualTo("v2-longer");
    }

    @Test
    void uploadData_folderFailingOnItsThirdFile_leavesNoneOfItsObjects() throws IOException {
        Path folder = work.resolve("dataset");
        Files.createDirectories(folder.resolve("part"));
        for (String name : List.of("a.csv", "b.csv", "c.csv", "part/d.csv")) {
            Files.writeString(folder.resolve(name), name + "\n1,2,3\n", StandardCharsets.UTF_8);
        }
        faults.failWrites(Fault.diskFull().fromPut(3));

        assertThatThrownBy(() -> session.uploadData(folder, "bucket", "train"))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("s3://bucket/train/c.csv")
                .hasMessageContaining("No space left on device");
        // a training job reading s3://bucket/train must not see two of four files
        assertThat(session.listS3Files("bucket", "train")).isEmpty();
        assertThat(tempFiles()).isEmpty();

        faults.heal();
        String prefix = session.uploadData(folder, "bucket", "train");
        assertThat(prefix).isEqualTo("s3://bucket/train");
        assertThat(session.listS3Files("bucket", "train"))
                .containsExactly("train/a.csv", "train/b.csv", "train/c.csv", "train/part/d.csv");
        assertThat(session.readS3File("bucket", "train/part/d.csv")).isEqualTo("part/d.csv\n1,2,3\n");
    }
}
