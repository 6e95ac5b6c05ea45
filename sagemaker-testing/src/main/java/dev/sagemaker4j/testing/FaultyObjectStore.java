/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An object store that passes everything to a real one but can make writes fail the way a full
 * disk or a failing device does, to test that code which writes objects leaves nothing
 * half-written, reports a clear error, and works again once the fault is gone.
 *
 * <p>A failing write fails <em>mid-stream</em>: the real store is given a stream that yields the
 * bytes that still fit and then throws {@code java.io.IOException: No space left on device} (or
 * {@code Input/output error}), exactly as the JDK reports those errors, so what reaches the caller
 * is whatever the real store makes of such an error (the local stores throw a
 * {@link dev.sagemaker4j.exceptions.StorageException} that names the object and the cause). Reads,
 * listings, deletes and {@code ensureBucket} always pass.
 *
 * <p>Install it with {@link Session.Builder#objectStoreDecorator}, so that the session and every
 * part of its backend (training uploads, transform output, the feature store's offline files) write
 * through it:
 *
 * <pre>{@code
 * Session session = Session.builder().backend("local").root(root)
 *         .objectStoreDecorator(FaultyObjectStore::wrap).build();
 * FaultyObjectStore faults = FaultyObjectStore.of(session);
 * faults.failWrites(FaultyObjectStore.Fault.diskFull().afterBytes(4096).onUris(".*\\.out$"));
 * // ... run the code under test, expect a clear error and no partial object ...
 * faults.heal();
 * // ... the next operation works
 * }</pre>
 *
 * <p>Thread-safe: writes running at once share the fault's byte budget, as they share a disk.
 * Closing it closes the real store.
 */
public final class FaultyObjectStore implements ObjectStore {
    private final ObjectStore delegate;
    /** The armed fault with its counters, or null while healed. */
    private volatile Armed armed;
    private final List<String> failed = new ArrayList<>();

    private FaultyObjectStore(ObjectStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Wraps a store; no fault is armed until {@link #failWrites(Fault)}. Fits
     * {@link Session.Builder#objectStoreDecorator} as {@code FaultyObjectStore::wrap}.
     *
     * @param delegate the real store
     * @return the wrapper
     */
    public static FaultyObjectStore wrap(ObjectStore delegate) {
        return new FaultyObjectStore(delegate);
    }

    /**
     * The wrapper a session was built with.
     *
     * @param session a session built with {@code objectStoreDecorator(FaultyObjectStore::wrap)}
     * @return its store
     * @throws IllegalArgumentException when the session's store is not a {@code FaultyObjectStore}
     */
    public static FaultyObjectStore of(Session session) {
        ObjectStore store = session.objectStore();
        if (store instanceof FaultyObjectStore) {
            return (FaultyObjectStore) store;
        }
        throw new IllegalArgumentException("the session's object store is " + store.getClass().getName()
                + ", not a FaultyObjectStore: build the session with"
                + " Session.builder().objectStoreDecorator(FaultyObjectStore::wrap)");
    }

    /**
     * The real store.
     *
     * @return the store every call goes to
     */
    public ObjectStore delegate() {
        return delegate;
    }

    /**
     * Arms a fault, replacing the one armed before; its byte and put counts start at zero now.
     *
     * @param fault which writes fail and how
     * @return this store
     */
    public FaultyObjectStore failWrites(Fault fault) {
        armed = new Armed(Objects.requireNonNull(fault, "fault"));
        return this;
    }

    /**
     * Turns the fault off: from now on every write passes (as when space was freed). Writes that
     * are already failing stay failed.
     *
     * @return this store
     */
    public FaultyObjectStore heal() {
        armed = null;
        return this;
    }

    /**
     * The URIs of the writes this store made fail, oldest first.
     *
     * @return a copy
     */
    public List<String> failedWrites() {
        synchronized (failed) {
            return List.copyOf(failed);
        }
    }

    /**
     * Whether a fault is armed.
     *
     * @return {@code true} between {@link #failWrites(Fault)} and {@link #heal()}
     */
    public boolean isArmed() {
        return armed != null;
    }

    @Override
    public void ensureBucket(String bucket) {
        delegate.ensureBucket(bucket);
    }

    @Override
    public java.util.List<String> listBuckets() {
        return delegate.listBuckets();
    }

    @Override
    public void put(String uri, Path source) {
        Armed a = armed;
        if (a == null || !a.applies(uri)) {
            delegate.put(uri, source);
            return;
        }
        if (!Files.isRegularFile(source)) {
            // let the real store report a missing source as it does
            delegate.put(uri, source);
            return;
        }
        try (InputStream in = Files.newInputStream(source)) {
            delegate.put(uri, a.limit(uri, in));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source + " to write " + uri, e);
        }
    }

    @Override
    public void put(String uri, InputStream content) {
        Armed a = armed;
        if (a == null || !a.applies(uri)) {
            delegate.put(uri, content);
            return;
        }
        delegate.put(uri, a.limit(uri, content));
    }

    @Override
    public InputStream get(String uri) {
        return delegate.get(uri);
    }

    @Override
    public void get(String uri, Path target) {
        delegate.get(uri, target);
    }

    @Override
    public Optional<ObjectSummary> head(String uri) {
        return delegate.head(uri);
    }

    @Override
    public ObjectListing list(String prefixUri, String continuationToken, int maxKeys) {
        return delegate.list(prefixUri, continuationToken, maxKeys);
    }

    @Override
    public Stream<ObjectSummary> listAll(String prefixUri) {
        return delegate.listAll(prefixUri);
    }

    @Override
    public boolean delete(String uri) {
        return delegate.delete(uri);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public String toString() {
        Armed a = armed;
        return "FaultyObjectStore[" + (a == null ? "healed" : a.fault) + ", " + delegate + "]";
    }

    /**
     * Which writes fail and with what error. Immutable: each method returns a new fault.
     *
     * <pre>{@code
     * Fault.diskFull()                         // every write fails at its first byte
     * Fault.diskFull().afterBytes(1 << 20)     // 1 MiB is free: the write that crosses it fails mid-stream
     * Fault.ioError().fromPut(3)               // the 3rd put from now, and every one after it, fails
     * Fault.diskFull().onUris(".*\\.parquet$") // only writes whose URI matches (find) are counted and fail
     * }</pre>
     */
    public static final class Fault {
        /** The message of the JDK's {@code IOException} on a full disk ({@code ENOSPC}). */
        public static final String NO_SPACE = "No space left on device";
        /** The message of the JDK's {@code IOException} on a device error ({@code EIO}). */
        public static final String IO_ERROR = "Input/output error";

        private final String message;
        private final long freeBytes;
        private final int fromPut;
        private final Pattern uris;

        private Fault(String message, long freeBytes, int fromPut, Pattern uris) {
            this.message = message;
            this.freeBytes = freeBytes;
            this.fromPut = fromPut;
            this.uris = uris;
        }

        /**
         * A full disk: writes fail with {@code IOException: No space left on device}; by default at
         * their first byte, and all of them until {@link FaultyObjectStore#heal()}.
         *
         * @return the fault
         */
        public static Fault diskFull() {
            return new Fault(NO_SPACE, 0, 1, null);
        }

        /**
         * A failing device: writes fail with {@code IOException: Input/output error}.
         *
         * @return the fault
         */
        public static Fault ioError() {
            return new Fault(IO_ERROR, 0, 1, null);
        }

        /**
         * Lets this many bytes be written first, in total over the failing writes (as the free
         * space of a disk): the write that crosses the limit has its first bytes accepted and then
         * fails, and every later write fails at once. A write that ends exactly at the limit passes.
         *
         * @param bytes at least 0
         * @return a new fault
         */
        public Fault afterBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("afterBytes must be at least 0, was " + bytes);
            }
            return new Fault(message, bytes, fromPut, uris);
        }

        /**
         * Lets the first {@code k - 1} matching puts pass untouched; the k-th and every later one
         * are subject to the fault (and to {@link #afterBytes(long)}'s budget).
         *
         * @param k at least 1 (1, the default: from the first put)
         * @return a new fault
         */
        public Fault fromPut(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("fromPut must be at least 1, was " + k);
            }
            return new Fault(message, freeBytes, k, uris);
        }

        /**
         * Only writes whose URI contains a match of the regular expression are counted and fail;
         * the others pass untouched.
         *
         * @param regex a {@link Pattern}, matched with {@code find()}
         * @return a new fault
         */
        public Fault onUris(String regex) {
            return new Fault(message, freeBytes, fromPut, Pattern.compile(regex));
        }

        /**
         * The message of the {@code IOException} that failing writes throw.
         *
         * @return {@link #NO_SPACE} or {@link #IO_ERROR}
         */
        public String message() {
            return message;
        }

        @Override
        public String toString() {
            return "Fault[" + message + ", afterBytes " + freeBytes + ", fromPut " + fromPut
                    + (uris == null ? "" : ", onUris " + uris) + "]";
        }
    }

    /** A fault and its counters since it was armed. */
    private final class Armed {
        final Fault fault;
        final AtomicInteger puts = new AtomicInteger();
        final AtomicLong used = new AtomicLong();

        Armed(Fault fault) {
            this.fault = fault;
        }

        /** Whether a put is subject to the fault; counts the matching puts. */
        boolean applies(String uri) {
            if (fault.uris != null && !fault.uris.matcher(uri).find()) {
                return false;
            }
            return puts.incrementAndGet() >= fault.fromPut;
        }

        /** Reserves up to {@code wanted} bytes of the budget; returns how many were granted. */
        long reserve(long wanted) {
            while (true) {
                long u = used.get();
                long granted = Math.min(wanted, fault.freeBytes - u);
                if (granted <= 0) {
                    return 0;
                }
                if (used.compareAndSet(u, u + granted)) {
                    return granted;
                }
            }
        }

        InputStream limit(String uri, InputStream in) {
            return new FilterInputStream(in) {
                private boolean failedOnce;

                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (len == 0) {
                        return 0;
                    }
                    long granted = reserve(len);
                    if (granted == 0) {
                        // no room left: the write fails unless the content has ended (it fitted)
                        if (in.read() < 0) {
                            return -1;
                        }
                        throw fail();
                    }
                    int n = in.read(b, off, (int) granted);
                    if (n < granted) {
                        used.addAndGet(-(granted - Math.max(n, 0)));
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    // skipped bytes are not written: let read() account for every byte
                    return 0;
                }

                @Override
                public int available() {
                    return 0;
                }

                @Override
                public void close() {
                    // the caller owns the content stream (ObjectStore.put reads it, does not close it)
                }

                @Override
                public boolean markSupported() {
                    return false;
                }

                private IOException fail() {
                    if (!failedOnce) {
                        failedOnce = true;
                        synchronized (failed) {
                            failed.add(uri);
                        }
                    }
                    return new IOException(fault.message);
                }
            };
        }
    }
}
