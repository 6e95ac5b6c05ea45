/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The local {@link ObjectStore} against the JDK's own file copy on the same files: what the
 * store's URI handling, temporary file, fsync and atomic rename cost.
 *
 * <p>Groups (each row is compared with its group's {@link Baseline} under the same size):
 * <ul>
 *   <li>{@code put}: {@code objectStore().put(uri, file)} against {@code Files.copy} alone
 *       ({@code put_rawCopy}, not durable) and {@code Files.copy} followed by
 *       {@code FileChannel.force(true)} ({@code put_rawCopyForce}, the baseline: the store fsyncs
 *       every put, so this is the fair comparison).</li>
 *   <li>{@code getFile}: {@code objectStore().get(uri, target)} against {@code Files.copy} of the
 *       object's file to the same target.</li>
 *   <li>{@code getStream}: {@code objectStore().get(uri)} read to its end through a 64 KiB buffer
 *       against {@code Files.newInputStream} of the object's file read the same way.</li>
 * </ul>
 *
 * <p>Files live under {@code java.io.tmpdir} ({@code run.sh} points it at
 * {@code benchmarks/target/tmp}, on the same disk as the checkout). Reads are served from the
 * page cache after the first one: the get groups measure the software path, not the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
// 8 short iterations rather than 3 long ones: JMH's 99.9% interval multiplies the spread by
// Student's t, 31.6 for 3 iterations and 5.4 for 8, in about the same time
@Measurement(iterations = 8, time = 1)
public class ObjectStoreBenchmark {
    private static final String URI = "s3://bench/obj";
    private static final int CHUNK = 1 << 20;
    private static final int READ_BUFFER = 1 << 16;

    /** The object size; {@link ResultsTable} reads it to convert scores to MB/s. */
    @Param({"1MiB", "64MiB"})
    public String size;

    private Path root;
    private Session session;
    private ObjectStore store;
    /** The file that puts read. */
    private Path source;
    /** Where the raw put baselines write. */
    private Path rawTarget;
    /** The file that holds {@link #URI} in the local bucket: what the raw get baselines read. */
    private Path objectFile;
    /** Where both get groups write. */
    private Path download;
    private final byte[] buffer = new byte[READ_BUFFER];

    /**
     * Creates the temporary folder, a local session in it, the source file of random bytes (fixed
     * seed) and the object that the get benchmarks read.
     *
     * @throws IOException when the files cannot be written
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        long bytes = ResultsTable.parseSize(size);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(tmp);
        root = Files.createTempDirectory(tmp, "objectstore-bench-");
        source = root.resolve("source.bin");
        rawTarget = root.resolve("raw-copy.bin");
        download = root.resolve("download.bin");
        writeRandom(source, bytes, 42);

        Path sessionRoot = root.resolve("session");
        session = Session.local(sessionRoot);
        store = session.objectStore();
        store.put(URI, source);
        objectFile = sessionRoot.resolve("s3").resolve("bench").resolve("obj");
        if (Files.size(objectFile) != bytes) {
            throw new IllegalStateException("the local bucket layout changed: expected " + URI + " at "
                    + objectFile + " with " + bytes + " bytes; fix objectFile in this benchmark");
        }
    }

    /**
     * Closes the session and deletes the temporary folder.
     *
     * @throws IOException when a file cannot be deleted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (session != null) {
            session.close();
        }
        if (root != null) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void writeRandom(Path file, long bytes, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] chunk = new byte[CHUNK];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
        }
    }

    /** {@code objectStore().put(uri, file)}: temporary file, transferTo, fsync, atomic rename. */
    @Benchmark
    public void put_store() {
        store.put(URI, source);
    }

    /**
     * {@code Files.copy} without fsync: the fastest a put could be, but not durable.
     *
     * @throws IOException when the copy fails
     */
    @Benchmark
    public void put_rawCopy() throws IOException {
        Files.copy(source, rawTarget, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * {@code Files.copy} then {@code FileChannel.force(true)}: durable like the store's put.
     *
     * @throws IOException when the copy or the fsync fails
     */
    @Benchmark
    @Baseline
    public void put_rawCopyForce() throws IOException {
        Files.copy(source, rawTarget, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(rawTarget, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** {@code objectStore().get(uri, target)}: stream into a temporary file, atomic rename. */
    @Benchmark
    public void getFile_store() {
        store.get(URI, download);
    }

    /**
     * {@code Files.copy} of the object's file to the same target.
     *
     * @throws IOException when the copy fails
     */
    @Benchmark
    @Baseline
    public void getFile_rawCopy() throws IOException {
        Files.copy(objectFile, download, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * {@code objectStore().get(uri)} read to its end.
     *
     * @return the bytes read, so that the work cannot be dropped
     * @throws IOException when reading fails
     */
    @Benchmark
    public long getStream_store() throws IOException {
        try (InputStream in = store.get(URI)) {
            return drain(in);
        }
    }

    /**
     * {@code Files.newInputStream} of the object's file read to its end.
     *
     * @return the bytes read, so that the work cannot be dropped
     * @throws IOException when reading fails
     */
    @Benchmark
    @Baseline
    public long getStream_rawRead() throws IOException {
        try (InputStream in = Files.newInputStream(objectFile)) {
            return drain(in);
        }
    }

    private long drain(InputStream in) throws IOException {
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
        }
        return total;
    }
}
