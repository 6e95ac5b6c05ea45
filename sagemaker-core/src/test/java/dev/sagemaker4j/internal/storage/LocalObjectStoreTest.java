/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Uris;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalObjectStoreTest {
    @TempDir
    Path root;
    private ObjectStore store;

    @BeforeEach
    void setUp() {
        store = new SchemeObjectStore(new LocalBuckets(root.resolve("s3"), true), true);
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void putAndGet_stream_roundTripsBytes() throws Exception {
        byte[] data = new byte[3 * 1024 * 1024 + 17];
        new Random(1).nextBytes(data);
        store.put("s3://bkt1/x/y.bin", new ByteArrayInputStream(data));

        try (InputStream in = store.get("s3://bkt1/x/y.bin")) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(root.resolve("s3/bkt1/x/y.bin")).exists();
        assertThat(store.head("s3://bkt1/x/y.bin")).get().extracting(ObjectSummary::size).isEqualTo((long) data.length);
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
    void put_fromFile_andGetIntoFile() throws Exception {
        Path source = Files.writeString(root.resolve("src.txt"), "hello");
        store.put("s3://bkt1/dir/src.txt", source);
        Path target = root.resolve("out/target.txt");

        store.get("s3://bkt1/dir/src.txt", target);

        assertThat(target).hasContent("hello");
    }

    @Test
    void list_ordersKeysAsS3AndPaginates() {
        List<String> keys = List.of("a/b", "a-c", "a.txt", "a0", "b", "a/a/z", "é", "z");
        for (String key : keys) {
            store.putString("s3://bkt1/" + key, key);
        }
        List<String> expected = keys.stream().sorted(DirectoryObjects.KEY_ORDER).collect(Collectors.toList());
        assertThat(expected).containsExactly("a-c", "a.txt", "a/a/z", "a/b", "a0", "b", "z", "é");

        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            ObjectListing page = store.list("s3://bkt1/", token, 3);
            assertThat(page.objects().size()).isLessThanOrEqualTo(3);
            page.objects().forEach(o -> paged.add(o.key()));
            token = page.nextContinuationToken().orElse(null);
        } while (token != null);

        assertThat(paged).containsExactlyElementsOf(expected);
    }

    @Test
    void list_prefixIsAStringPrefixNotAFolder() {
        store.putString("s3://bkt1/data/train.csv", "1");
        store.putString("s3://bkt1/data/train/part-0", "1");
        store.putString("s3://bkt1/data/test.csv", "1");
        store.putString("s3://bkt1/database", "1");

        assertThat(store.listAll("s3://bkt1/data/tr").map(ObjectSummary::key))
                .containsExactly("data/train.csv", "data/train/part-0");
        assertThat(store.listAll("s3://bkt1/data").map(ObjectSummary::key))
                .containsExactly("data/test.csv", "data/train.csv", "data/train/part-0", "database");
        assertThat(store.listAll("s3://bkt1/nothing/").count()).isZero();
        assertThat(store.listAll("s3://no-such-bucket/").count()).isZero();
    }

    @Test
    void listAll_moreThanOnePage_returnsEveryKeyOnce() {
        for (int i = 0; i < 2_345; i++) {
            store.putString(String.format("s3://bkt1/many/%05d", i), "x");
        }
        List<String> all = store.listAll("s3://bkt1/many/").map(ObjectSummary::key).collect(Collectors.toList());
        assertThat(all).hasSize(2_345).doesNotHaveDuplicates().isSorted();
        assertThat(store.list("s3://bkt1/many/", null, 1000).isTruncated()).isTrue();
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
    void get_missingObject_isResourceNotFoundNamingTheUri() {
        assertThatThrownBy(() -> store.get("s3://bkt1/missing"))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceName()).isEqualTo("s3://bkt1/missing"));
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
    void put_missingSourceFile_isValidationError() {
        assertThatThrownBy(() -> store.put("s3://bkt1/k", root.resolve("nope")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("source"));
    }
}
