/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.exceptions.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What keeps a part's in-memory index of its on-disk records consistent with every writer of the same root,
 * in this process and in others: a lock that writers hold (a {@link ReentrantLock} per store folder shared by
 * every session of the JVM, plus a {@link FileChannel#lock() file lock} on {@code <dir>/.lock} for other
 * processes), and a generation stamp ({@code <dir>/.generation}: a counter that every write advances, from a
 * random start) that a reader compares with the stamp its index was built at: a different stamp means another
 * writer changed the records, and the index is built again from the files.
 *
 * <p>The stamp is rewritten in place (16 hexadecimal digits at offset 0), not replaced by a rename: on ext4 a
 * rename over an existing file flushes the new file's data, which cost about 3 ms a write on a busy machine.
 * A reader that races with the write may see the old value (as if it had read just before) or a mix, which
 * differs from both and only costs a rebuild. The stamp needs no durability: a new process builds its index
 * from the files at its first call.
 *
 * <pre>{@code
 * try (StoreGeneration.Held held = generation.lock()) {
 *     if (!generation.stamp().equals(indexStamp)) { rebuildIndex(); }
 *     writeRecordAtomically();                         // temporary file, force, rename
 *     indexStamp = generation.bump();                  // after the record: readers that see it see the record
 *     updateIndex();
 * }
 * }</pre>
 *
 * <p>The lock is reentrant within one thread; a process that ends releases its file lock with it.
 */
public final class StoreGeneration {
    private static final ConcurrentHashMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path lockFile;
    private final Path stampFile;
    private final ReentrantLock jvmLock;
    /** The file lock while this JVM holds the store (guarded by {@link #jvmLock}). */
    private FileChannel channel;
    private FileLock fileLock;

    /**
     * The generation of the records under a folder (created when missing).
     *
     * @param dir the store's folder
     * @throws StorageException when the folder cannot be created
     */
    public StoreGeneration(Path dir) {
        try {
            Files.createDirectories(dir);
            this.dir = dir.toRealPath();
        } catch (IOException e) {
            throw new StorageException(dir.toUri().toString(), "could not be created: " + e, true, e);
        }
        this.lockFile = this.dir.resolve(".lock");
        this.stampFile = this.dir.resolve(".generation");
        this.jvmLock = JVM_LOCKS.computeIfAbsent(this.dir, d -> new ReentrantLock());
    }

    /**
     * The current stamp: changes with every {@link #bump()} by any writer of the folder.
     *
     * @return the stamp, or the empty string when no writer has bumped it yet
     * @throws StorageException when the stamp cannot be read
     */
    public String stamp() {
        try {
            return new String(Files.readAllBytes(stampFile), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            throw new StorageException(stampFile.toUri().toString(), "could not be read: " + e, true, e);
        }
    }

    /**
     * Takes the store: waits for the other threads of this JVM (every session on this folder) and for other
     * processes.
     *
     * @return the hold, to close when done
     * @throws StorageException when the lock file cannot be opened or locked
     */
    public Held lock() {
        jvmLock.lock();
        if (jvmLock.getHoldCount() == 1) {
            try {
                channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                fileLock = channel.lock();
            } catch (IOException | RuntimeException e) {
                closeChannel();
                jvmLock.unlock();
                throw new StorageException(lockFile.toUri().toString(), "could not be locked: " + e, true,
                        e instanceof IOException io ? io : new IOException(e));
            }
        }
        return new Held();
    }

    /**
     * Advances the stamp, telling every reader that the records changed. Call it while holding the store, after
     * the records are written.
     *
     * @return the new stamp
     * @throws IllegalStateException when the store is not held by this thread
     * @throws StorageException      when the stamp cannot be written
     */
    public String bump() {
        if (!jvmLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("bump() needs the store's lock: call it inside lock()");
        }
        long next;
        try {
            next = Long.parseUnsignedLong(stamp(), 16) + 1;
        } catch (NumberFormatException e) {
            // no stamp yet (or a torn one): start anywhere, so a reader's old stamp cannot come round again
            next = UUID.randomUUID().getMostSignificantBits();
        }
        String stamp = String.format("%016x", next);
        try (FileChannel ch = FileChannel.open(stampFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(stamp.getBytes(StandardCharsets.US_ASCII));
            while (buf.hasRemaining()) {
                ch.write(buf, buf.position());
            }
        } catch (IOException e) {
            throw new StorageException(stampFile.toUri().toString(), "could not be written: " + e, true, e);
        }
        return stamp;
    }

    private void closeChannel() {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(StoreGeneration.class).debug("Could not release {}", lockFile, e);
        } finally {
            fileLock = null;
            channel = null;
        }
    }

    @Override
    public String toString() {
        return "StoreGeneration[" + dir + "]";
    }

    /** A hold of the store: closing it lets the next writer in. */
    public final class Held implements AutoCloseable {
        private boolean closed;

        private Held() {
        }

        /** Releases the store (the file lock with the last nested hold). */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (jvmLock.getHoldCount() == 1) {
                closeChannel();
            }
            jvmLock.unlock();
        }
    }
}
