/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectStore} keeps, whatever holds the bytes: S3's semantics as the interface's Javadoc
 * states them. A store's test extends this class and says where its session is; the contract runs against
 * the local buckets ({@code LocalObjectStoreTest}) and against S3 on an S3-compatible server
 * ({@code S3ObjectStoreIntegrationTest}, s3proxy on loopback), so the two cannot drift apart.
 *
 * <p>Each test works in a bucket of its own ({@link #newBucket()}), so a subclass may share one server and
 * one session between its tests.
 */
public abstract class ObjectStoreContract {
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    /**
     * The session whose object store is under test; the same object for every call within one test.
     *
     * @return the session
     */
    protected abstract Session session();

    /**
     * A folder for the files a test writes and reads (not the store's own storage).
     *
     * @return an existing folder
     */
    protected abstract Path scratch();

    /**
     * The store under test.
     *
     * @return the session's object store
     */
    protected final ObjectStore store() {
        return session().objectStore();
    }

    /**
     * Creates a bucket no other test uses.
     *
     * @return its name
     */
    protected final String newBucket() {
        String bucket = "contract-" + Long.toHexString(System.nanoTime()) + "-" + BUCKETS.incrementAndGet();
        store().ensureBucket(bucket);
        return bucket;
    }

    private static byte[] random(int length, long seed) {
        byte[] data = new byte[length];
        new Random(seed).nextBytes(data);
        return data;
    }

    private List<String> keys(String prefixUri) {
        return store().listAll(prefixUri).map(ObjectSummary::key).collect(Collectors.toList());
    }

    @Test
    public void putStream_largeObject_roundTripsBytesAndLeavesTheStreamOpen() throws Exception {
        String bucket = newBucket();
        byte[] data = random(3 * 1024 * 1024 + 17, 1);
        TrackingInputStream content = new TrackingInputStream(data);

        store().put("s3://" + bucket + "/x/y.bin", content);

        assertThat(content.available()).as("read to its end").isZero();
        assertThat(content.isClosed()).as("the caller's stream is the caller's to close").isFalse();
        try (InputStream in = store().get("s3://" + bucket + "/x/y.bin")) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        ObjectSummary head = store().head("s3://" + bucket + "/x/y.bin").orElseThrow();
        assertThat(head.size()).isEqualTo(data.length);
        assertThat(head.key()).isEqualTo("x/y.bin");
        assertThat(head.uri()).isEqualTo("s3://" + bucket + "/x/y.bin");
        assertThat(head.lastModified()).isNotNull();
    }

    @Test
    public void putFile_andGetIntoFile_roundTripAndReplaceTheTarget() throws Exception {
        String bucket = newBucket();
        byte[] data = random(3 * 1024 * 1024 + 17, 2);
        Path source = Files.write(scratch().resolve("src-" + bucket + ".bin"), data);
        store().put("s3://" + bucket + "/dir/src.bin", source);
        store().putString("s3://" + bucket + "/dir/small.txt", "hello");

        Path folder = scratch().resolve("out-" + bucket).resolve("nested");
        Path target = folder.resolve("target.bin");
        store().get("s3://" + bucket + "/dir/src.bin", target);
        assertThat(Files.readAllBytes(target)).isEqualTo(data);

        store().get("s3://" + bucket + "/dir/small.txt", target);
        assertThat(target).hasContent("hello");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left beside the target")
                    .containsExactly("target.bin");
        }
    }

    @Test
    public void moveIn_writesTheFilesBytes_removesTheFile_andReplacesAnObject() throws Exception {
        String bucket = newBucket();
        byte[] data = random(2 * 1024 * 1024 + 5, 3);
        String uri = "s3://" + bucket + "/moved/data.bin";
        store().putString(uri, "older");
        Path source = Files.write(scratch().resolve("move-" + bucket + ".bin"), data);

        store().moveIn(uri, source);

        assertThat(source).doesNotExist();
        try (InputStream in = store().get(uri)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
        assertThat(store().listAll("s3://" + bucket + "/moved/").map(ObjectSummary::uri).toList())
                .as("one object, no temporary file listed").containsExactly(uri);
        assertThatThrownBy(() -> store().moveIn(uri, source)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not an existing file");
    }

    @Test
    public void put_overwrite_replacesTheWholeObject() {
        String bucket = newBucket();
        String uri = "s3://" + bucket + "/k";
        store().putString(uri, "old and longer");
        store().putString(uri, "new");

        assertThat(store().getString(uri)).isEqualTo("new");
        assertThat(store().head(uri)).get().extracting(ObjectSummary::size).isEqualTo(3L);
        assertThat(keys("s3://" + bucket + "/")).containsExactly("k");
    }

    @Test
    public void emptyObjects_fromStreamAndFile_areObjectsOfSizeZero() throws Exception {
        String bucket = newBucket();
        store().put("s3://" + bucket + "/empty-stream", InputStream.nullInputStream());
        store().put("s3://" + bucket + "/empty-file", Files.createFile(scratch().resolve("empty-" + bucket)));

        for (String key : List.of("empty-stream", "empty-file")) {
            String uri = "s3://" + bucket + "/" + key;
            assertThat(store().exists(uri)).as(key).isTrue();
            assertThat(store().head(uri)).as(key).get().extracting(ObjectSummary::size).isEqualTo(0L);
            try (InputStream in = store().get(uri)) {
                assertThat(in.readAllBytes()).as(key).isEmpty();
            }
        }
        assertThat(store().listAll("s3://" + bucket + "/").map(o -> o.key() + "=" + o.size()))
                .containsExactly("empty-file=0", "empty-stream=0");
    }

    @Test
    public void keysWithSpacesUnicodeAndPunctuation_roundTripUnchanged() {
        String bucket = newBucket();
        List<String> keys = List.of("with space/a b.txt", "unicode/naïve-日本語-ü.csv", "signs/a+b=c,d;e.txt",
                "signs/100%25 done", "emoji/😀.txt");
        for (String key : keys) {
            store().putString("s3://" + bucket + "/" + key, "value of " + key);
        }
        for (String key : keys) {
            String uri = "s3://" + bucket + "/" + key;
            assertThat(store().getString(uri)).as(key).isEqualTo("value of " + key);
            assertThat(store().head(uri)).as(key).get().extracting(ObjectSummary::key).isEqualTo(key);
        }
        // S3 orders keys by their UTF-8 bytes
        assertThat(keys("s3://" + bucket + "/")).containsExactly("emoji/😀.txt", "signs/100%25 done",
                "signs/a+b=c,d;e.txt", "unicode/naïve-日本語-ü.csv", "with space/a b.txt");
        assertThat(store().listAll("s3://" + bucket + "/with space/").map(ObjectSummary::uri))
                .containsExactly("s3://" + bucket + "/with space/a b.txt");
    }

    @Test
    public void list_ordersKeysAsS3AndPaginates() {
        String bucket = newBucket();
        List<String> keys = List.of("a/b", "a-c", "a.txt", "a0", "b", "a/a/z", "é", "z");
        for (String key : keys) {
            store().putString("s3://" + bucket + "/" + key, key);
        }

        List<String> paged = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ObjectListing page = store().list("s3://" + bucket + "/", token, 3);
            assertThat(page.objects().size()).isLessThanOrEqualTo(3);
            page.objects().forEach(o -> paged.add(o.key()));
            token = page.nextContinuationToken().orElse(null);
            assertThat(page.isTruncated()).isEqualTo(token != null);
            pages++;
        } while (token != null);

        assertThat(paged).containsExactly("a-c", "a.txt", "a/a/z", "a/b", "a0", "b", "z", "é");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    public void list_prefixIsAStringPrefixNotAFolder() {
        String bucket = newBucket();
        store().putString("s3://" + bucket + "/data/train.csv", "1");
        store().putString("s3://" + bucket + "/data/train/part-0", "1");
        store().putString("s3://" + bucket + "/data/test.csv", "1");
        store().putString("s3://" + bucket + "/database", "1");

        assertThat(keys("s3://" + bucket + "/data/tr")).containsExactly("data/train.csv", "data/train/part-0");
        assertThat(keys("s3://" + bucket + "/data"))
                .containsExactly("data/test.csv", "data/train.csv", "data/train/part-0", "database");
        assertThat(keys("s3://" + bucket + "/nothing/")).isEmpty();
        assertThat(keys("s3://no-such-bucket-" + bucket + "/")).isEmpty();
    }

    @Test
    public void listing_moreThanTwoPages_returnsEveryKeyOnceInKeyOrder() {
        String bucket = newBucket();
        int count = 2_345;
        for (int i = 0; i < count; i++) {
            store().putString(String.format("s3://%s/prefix/k%05d", bucket, i), Integer.toString(i));
        }
        store().putString("s3://" + bucket + "/other/x", "x");

        List<String> all = keys("s3://" + bucket + "/prefix/");
        assertThat(all).hasSize(count).isSorted().doesNotHaveDuplicates().allMatch(k -> k.startsWith("prefix/"));

        ObjectListing first = store().list("s3://" + bucket + "/prefix/", null, 1000);
        assertThat(first.objects()).hasSize(1000);
        assertThat(first.isTruncated()).isTrue();
        ObjectListing second = store().list("s3://" + bucket + "/prefix/", first.nextContinuationToken().get(), 1000);
        assertThat(second.objects()).hasSize(1000);
        assertThat(second.objects().get(0).key()).isEqualTo("prefix/k01000");
        ObjectListing third = store().list("s3://" + bucket + "/prefix/", second.nextContinuationToken().get(), 1000);
        assertThat(third.objects()).hasSize(count - 2000);
        assertThat(third.isTruncated()).isFalse();
        assertThat(third.nextContinuationToken()).isEmpty();
        assertThat(session().listS3Files(bucket, "prefix/")).hasSize(count);
    }

    @Test
    public void deleteExistsAndMissingObjects_behaveAsS3() {
        String bucket = newBucket();
        String uri = "s3://" + bucket + "/a/b/c";
        store().putString(uri, "x");

        assertThat(store().exists(uri)).isTrue();
        assertThat(store().delete(uri)).isTrue();
        assertThat(store().exists(uri)).isFalse();
        assertThat(store().head(uri)).isEmpty();
        assertThat(store().delete(uri)).as("deleting a missing object is no error").isFalse();
        assertThat(store().delete("s3://no-such-bucket-" + bucket + "/k")).isFalse();
        assertThat(keys("s3://" + bucket + "/")).isEmpty();
        assertThatThrownBy(() -> store().get(uri))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceName()).isEqualTo(uri))
                .hasMessageContaining(uri);
    }

    @Test
    public void missingObjects_areResourceNotFound_andHeadIsEmpty() {
        String bucket = newBucket();
        String uri = "s3://" + bucket + "/missing";
        Path target = scratch().resolve("never-" + bucket);

        assertThat(store().head(uri)).isEmpty();
        assertThat(store().exists(uri)).isFalse();
        assertThatThrownBy(() -> store().get(uri)).isInstanceOfSatisfying(ResourceNotFoundException.class,
                e -> assertThat(e.resourceName()).isEqualTo(uri));
        assertThatThrownBy(() -> store().getString(uri)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> store().get(uri, target)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(target).doesNotExist();
    }

    @Test
    public void put_missingSourceFile_isValidationError() {
        String bucket = newBucket();
        assertThatThrownBy(() -> store().put("s3://" + bucket + "/k", scratch().resolve("nope")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("source"));
        assertThat(store().exists("s3://" + bucket + "/k")).isFalse();
    }

    /** A stream that fails after some bytes, as a dropped upload does. */
    private static InputStream failingAfter(byte[] data, int good) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position == good) {
                    throw new IOException("connection reset after " + good + " bytes");
                }
                return data[position++] & 0xff;
            }
        };
    }

    @Test
    public void put_failingStream_publishesNothing_andKeepsTheOldObject() {
        String bucket = newBucket();
        String uri = "s3://" + bucket + "/k";
        store().putString(uri, "old");
        // small (one request) and large (more than one part of a multipart upload)
        for (int good : List.of(1000, 9 * 1024 * 1024)) {
            byte[] data = random(good + 1, good);
            assertThatThrownBy(() -> store().put(uri, failingAfter(data, good))).as("%d bytes", good)
                    .isInstanceOf(StorageException.class);
            assertThatThrownBy(() -> store().put("s3://" + bucket + "/new", failingAfter(data, good)))
                    .isInstanceOf(StorageException.class);

            assertThat(store().getString(uri)).isEqualTo("old");
            assertThat(store().exists("s3://" + bucket + "/new")).isFalse();
            assertThat(keys("s3://" + bucket + "/")).as("nothing half-written is listed").containsExactly("k");
        }
    }

    @Test
    public void put_whileReadersRead_readersSeeTheOldOrTheNewObjectWhole() throws Exception {
        String bucket = newBucket();
        String uri = "s3://" + bucket + "/hot";
        String a = "a".repeat(256 * 1024);
        String b = "b".repeat(128 * 1024);
        store().putString(uri, a);
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> reads = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                reads.add(readers.submit(() -> {
                    int n = 0;
                    while (writing.get() || n == 0) {
                        String seen = store().getString(uri);
                        assertThat(seen.equals(a) || seen.equals(b)).as("a whole object, %d chars", seen.length())
                                .isTrue();
                        n++;
                    }
                    return n;
                }));
            }
            for (int i = 0; i < 40; i++) {
                store().putString(uri, i % 2 == 0 ? b : a);
            }
            writing.set(false);
            for (Future<Integer> read : reads) {
                assertThat(read.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            writing.set(false);
            readers.shutdownNow();
        }
        assertThat(store().getString(uri)).isEqualTo(a);
    }

    @Test
    public void ensureBucket_isIdempotent_andListed() {
        String bucket = newBucket();
        store().putString("s3://" + bucket + "/k", "v");

        store().ensureBucket(bucket);

        assertThat(store().getString("s3://" + bucket + "/k")).as("an existing bucket is kept").isEqualTo("v");
        assertThat(store().listBuckets()).contains(bucket).isSorted();
    }
}
