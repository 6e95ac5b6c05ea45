/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.testsupport.ObjectStoreContract;
import dev.sagemaker4j.utils.Uris;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local buckets (folders under the session root): the {@link ObjectStoreContract} every store keeps, and
 * what only a store on a file system has to get right (its files, the keys a folder cannot hold, file URIs).
 */
class LocalObjectStoreTest extends ObjectStoreContract {
    @TempDir
    Path root;
    private Session session;
    private ObjectStore store;

    @BeforeEach
    void setUp() throws Exception {
        session = Session.local(root);
        store = session.objectStore();
        Files.createDirectories(root.resolve("scratch"));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Override
    protected Session session() {
        return session;
    }

    @Override
    protected Path scratch() {
        return root.resolve("scratch");
    }

    @Test
    void put_storesTheObjectAsAFileUnderTheRoot() {
        store.putString("s3://bkt1/x/y.bin", "data");

        assertThat(root.resolve("s3/bkt1/x/y.bin")).hasContent("data");
        assertThat(store.head("s3://bkt1/x/y.bin")).get().extracting(ObjectSummary::size).isEqualTo(4L);
    }

    @Test
    void localFile_linkedThenReplacedAndDeleted_theLinkKeepsTheContentItHad() throws Exception {
        store.putString("s3://bkt1/data/train.csv", "old");
        store.put(Uris.fileUri(scratch().resolve("f.txt")), new java.io.ByteArrayInputStream(new byte[] {1}));
        Path link = scratch().resolve("link.csv");

        Files.createLink(link, store.localFile("s3://bkt1/data/train.csv").orElseThrow());
        store.putString("s3://bkt1/data/train.csv", "new");
        store.put("s3://bkt1/data/train.csv", new java.io.ByteArrayInputStream("newer".getBytes()));

        assertThat(link).hasContent("old");
        assertThat(store.getString("s3://bkt1/data/train.csv")).isEqualTo("newer");
        assertThat(store.localFile("s3://bkt1/data/train.csv")).contains(root.resolve("s3/bkt1/data/train.csv"));
        assertThat(store.localFile("s3://bkt1/data/missing.csv")).isEmpty();
        assertThat(store.localFile("s3://bkt1/data")).isEmpty();
        assertThat(store.localFile(Uris.fileUri(scratch().resolve("f.txt")))).contains(scratch().resolve("f.txt"));
        assertThat(store.delete("s3://bkt1/data/train.csv")).isTrue();
        assertThat(link).hasContent("old");
    }

    @Test
    void put_replacesAtomicallyAndLeavesNoTemporaryFiles() throws Exception {
        store.putString("s3://bkt1/k", "old");
        store.putString("s3://bkt1/k", "new");

        assertThat(store.getString("s3://bkt1/k")).isEqualTo("new");
        try (Stream<Path> files = Files.list(root.resolve("s3/bkt1"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("k");
        }
    }

    @Test
    void getNewFile_copiesTheObjectIntoAFileOfItsOwn() throws Exception {
        store.putString("s3://bkt1/in/a.txt", "object");
        Path target = scratch().resolve("a.txt");
        store.getNewFile("s3://bkt1/in/a.txt", target);

        assertThat(target).hasContent("object");
        // a copy, not a link: writing to it leaves the object as it was
        Files.writeString(target, " and more", java.nio.file.StandardOpenOption.APPEND);
        assertThat(store.getString("s3://bkt1/in/a.txt")).isEqualTo("object");
        assertThat(root.resolve("s3/bkt1/in/a.txt")).hasContent("object");
        Path fileTarget = scratch().resolve("b.txt");
        store.getNewFile(Uris.fileUri(root.resolve("s3/bkt1/in/a.txt")), fileTarget);
        assertThat(fileTarget).hasContent("object");
    }

    @Test
    void getNewFile_neverReplacesAFileAndLeavesNoFileForAMissingObject() throws Exception {
        store.putString("s3://bkt1/in/a.txt", "object");
        Path existing = Files.writeString(scratch().resolve("there.txt"), "mine");

        assertThatThrownBy(() -> store.getNewFile("s3://bkt1/in/a.txt", existing))
                .isInstanceOf(dev.sagemaker4j.exceptions.StorageException.class).hasMessageContaining("exists");
        assertThat(existing).hasContent("mine");
        Path missing = scratch().resolve("missing.txt");
        assertThatThrownBy(() -> store.getNewFile("s3://bkt1/in/none.txt", missing))
                .isInstanceOf(dev.sagemaker4j.exceptions.ResourceNotFoundException.class);
        assertThatThrownBy(() -> store.getNewFile("s3://bkt1/in", missing))
                .isInstanceOf(dev.sagemaker4j.exceptions.ResourceNotFoundException.class);
        assertThat(missing).doesNotExist();
    }

    @Test
    void list_sortsAsDirectoryObjectsKeyOrder() {
        List<String> keys = List.of("a/b", "a-c", "a.txt", "a0", "b", "a/a/z", "é", "z");
        assertThat(keys.stream().sorted(DirectoryObjects.KEY_ORDER).collect(Collectors.toList()))
                .containsExactly("a-c", "a.txt", "a/a/z", "a/b", "a0", "b", "z", "é");
    }

    @Test
    void delete_removesObjectAndEmptyFolders() {
        store.putString("s3://bkt1/a/b/c", "x");
        assertThat(store.delete("s3://bkt1/a/b/c")).isTrue();
        assertThat(store.delete("s3://bkt1/a/b/c")).isFalse();
        assertThat(store.exists("s3://bkt1/a/b/c")).isFalse();
        assertThat(root.resolve("s3/bkt1/a")).doesNotExist();
    }

    @Test
    void put_keysALocalBucketCannotHold_areValidationErrors() {
        for (String key : List.of("a//b", "a/../b", "./a", "dir/")) {
            assertThatThrownBy(() -> store.putString("s3://bkt1/" + key, "x")).as(key)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("key"));
        }
        store.putString("s3://bkt1/file", "x");
        assertThatThrownBy(() -> store.putString("s3://bkt1/file/child", "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cannot hold both");
        assertThatThrownBy(() -> store.putString("s3://bkt1", "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("names a bucket");
    }

    @Test
    void malformedUris_areValidationErrors() {
        assertThatThrownBy(() -> store.get("http://b/k")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("neither an s3:// nor a file:// URI");
        assertThatThrownBy(() -> store.get("s3://Bad_Bucket/k")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("bucket"));
        assertThatThrownBy(() -> store.get("file://otherhost/etc/x")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("another host");
    }

    @Test
    void fileUris_areServedFromTheFileSystem() throws Exception {
        Path folder = Files.createDirectories(root.resolve("files"));
        String uri = Uris.fileUri(folder.resolve("x.csv"));
        store.putString(uri, "1,2");

        assertThat(folder.resolve("x.csv")).hasContent("1,2");
        assertThat(store.listAll(Uris.fileUri(folder) + "/").map(ObjectSummary::uri)).containsExactly(uri);
        assertThat(store.getString(uri)).isEqualTo("1,2");
    }

    @Test
    void moveIn_fromAnotherFileSystem_copiesTheBytesAndRemovesTheFile() throws Exception {
        Path shm = Path.of("/dev/shm");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
                && !Files.getFileStore(shm).equals(Files.getFileStore(root)), "needs a second file system at /dev/shm");
        store.ensureBucket("other-fs");
        Path source = Files.createTempFile(shm, "sagemaker4j-move", ".bin");
        try {
            Files.writeString(source, "across file systems");
            store.moveIn("s3://other-fs/a/b.txt", source);
            assertThat(source).doesNotExist();
            assertThat(store.getString("s3://other-fs/a/b.txt")).isEqualTo("across file systems");
        } finally {
            Files.deleteIfExists(source);
        }
    }
}
