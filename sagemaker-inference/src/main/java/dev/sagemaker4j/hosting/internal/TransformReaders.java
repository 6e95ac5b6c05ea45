/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.hosting.internal.TransformRun.TransformFailure;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Reads an input object record by record (SplitType None: the whole object; Line: each non-empty line;
 * Parquet: each row as CSV), gunzipped when CompressionType is Gzip. Every buffer that grows with a record
 * is checked against MaxPayloadInMB and the memory left before it grows, so a huge record fails the job
 * with a ClientError instead of an OutOfMemoryError. The packed MultiRecord path reads with
 * {@link LinePacker} instead.
 */
final class TransformReaders {
    private static final long MAX_ARRAY = TransformSettings.MAX_ARRAY;
    private static final long MB = TransformSettings.MB;
    /**
     * Memory a record in flight takes per byte: the reader's buffer while it grows (old and new),
     * the record's copy, the payload and the model's parsed rows, as
     * {@link TransformRun#defaultConcurrency} counts.
     */
    private static final long RECORD_MEMORY_FACTOR = 4;

    private final TransformSettings settings;
    private final long maxPayload;
    private final boolean gzip;
    private final boolean splitLines;
    private final boolean parquet;
    private final ObjectStore store;
    private final LocalContext context;
    private final String jobName;
    /** The run's count of bytes read from storage, for the progress estimate. */
    private final AtomicLong bytesRead;

    TransformReaders(TransformSettings settings, LocalContext context, String jobName, AtomicLong bytesRead) {
        this.settings = settings;
        this.maxPayload = settings.maxPayload;
        this.gzip = settings.gzip;
        this.splitLines = settings.splitLines;
        this.parquet = settings.parquet;
        this.store = context.objectStore();
        this.context = context;
        this.jobName = jobName;
        this.bytesRead = bytesRead;
    }

    /** Records of one object. */
    interface RecordReader extends AutoCloseable {
        /** The next record, an array of its own (a batch keeps it until its answer is assembled); null at the end. */
        byte[] next() throws IOException, SQLException;

        @Override
        void close() throws IOException, SQLException;
    }

    /** The object's bytes, uncompressed, counted for the progress estimate. */
    InputStream open(TransformItem item) throws IOException {
        InputStream raw = new CountingStream(store.get(item.uri));
        if (!gzip) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** The records of an object as SplitType and ContentType say: the whole object, its lines, or its Parquet rows. */
    RecordReader reader(TransformItem item) throws IOException, SQLException {
        if (parquet) {
            return parquetReader(item);
        }
        InputStream in = open(item);
        if (!splitLines) {
            return new RecordReader() {
                private boolean done;

                @Override
                public byte[] next() throws IOException {
                    if (done) {
                        return null;
                    }
                    done = true;
                    return readWhole(in, item);
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }
        return new LineReader(in, item);
    }

    /**
     * The whole object as one record (SplitType None), in a buffer grown as it fills, each step
     * checked against the payload limit and the memory left, so that no size fails with an
     * OutOfMemoryError.
     */
    private byte[] readWhole(InputStream in, TransformItem item) throws IOException {
        long cap = Math.min(MAX_ARRAY, maxPayload == Long.MAX_VALUE ? MAX_ARRAY : maxPayload + 1);
        // one read and no growth when the size is known; a gzip object's size says nothing of what it holds
        long first = Math.min(cap, Math.max(1 << 16, gzip ? 1 << 20 : item.size + 1));
        reserve(item, 1, first);
        byte[] buf = new byte[(int) first];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n >= cap) {
                    break;
                }
                long next = Math.min(cap, 2L * buf.length);
                reserve(item, 1, next);
                buf = Arrays.copyOf(buf, (int) next);
            }
            int got = in.read(buf, n, buf.length - n);
            if (got < 0) {
                return n == buf.length ? buf : Arrays.copyOf(buf, n);
            }
            n += got;
        }
        if (maxPayload != Long.MAX_VALUE && n > maxPayload) {
            throw new TransformFailure("ClientError: object " + item.uri + " is larger than"
                    + " MaxPayloadInMB (" + (maxPayload / MB) + " MB) and SplitType is None; set"
                    + " SplitType Line to send it record by record", null);
        }
        throw new TransformFailure("ClientError: object " + item.uri + " is larger than one request can hold ("
                + MAX_ARRAY + " bytes) and SplitType is None; set SplitType Line to send it record by record",
                null);
    }

    /**
     * Checks that a record of {@code bytes} can be held before a buffer grows to it: past the memory
     * left, the job fails naming the object, the record and the bytes needed, instead of the JVM
     * throwing OutOfMemoryError (with MaxPayloadInMB 0 nothing else bounds a record).
     */
    private void reserve(TransformItem item, long record, long bytes) {
        if (bytes > MAX_ARRAY) {
            throw new TransformFailure("ClientError: object " + item.uri + ", record " + record + " is larger than"
                    + " one request can hold (" + MAX_ARRAY + " bytes); split the record", null);
        }
        long needed = RECORD_MEMORY_FACTOR * bytes;
        if (needed <= headroom()) {
            return;
        }
        // garbage counts as used until it is collected: measure once more after a collection before failing
        System.gc();
        long free = headroom();
        if (needed > free) {
            throw new TransformFailure("ClientError: object " + item.uri + ", record " + record + " is at least "
                    + bytes + " bytes; transforming it needs about " + needed + " bytes of memory, but the JVM has "
                    + free + " bytes free (of " + Runtime.getRuntime().maxMemory() + ", -Xmx). Set MaxPayloadInMB"
                    + " (at most 100) so that large records fail fast, split the record, or give the JVM more"
                    + " memory", null);
        }
    }

    private static long headroom() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** Lines of a stream, read in 64 KiB chunks; a line longer than the payload limit fails the job. */
    private final class LineReader implements RecordReader {
        private final InputStream in;
        private final TransformItem item;
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean eof;
        private byte[] line = new byte[256];
        private long returned;

        LineReader(InputStream in, TransformItem item) {
            this.in = in;
            this.item = item;
        }

        @Override
        public byte[] next() throws IOException {
            while (true) {
                int length = 0;
                boolean any = false;
                boolean ended = false;
                while (!ended) {
                    if (position == limit) {
                        if (eof) {
                            break;
                        }
                        limit = in.read(chunk, 0, chunk.length);
                        position = 0;
                        if (limit <= 0) {
                            limit = 0;
                            eof = true;
                            break;
                        }
                    }
                    any = true;
                    int start = position;
                    while (position < limit && chunk[position] != '\n') {
                        position++;
                    }
                    int n = position - start;
                    if (length + n > line.length) {
                        if (length + n > maxPayload) {
                            throw settings.tooLarge(item, returned + 1);
                        }
                        long grown = Math.max(Math.min(2L * line.length, MAX_ARRAY), (long) length + n);
                        reserve(item, returned + 1, grown);
                        line = Arrays.copyOf(line, (int) grown);
                    }
                    System.arraycopy(chunk, start, line, length, n);
                    length += n;
                    if (position < limit) {
                        position++;
                        ended = true;
                    }
                }
                if (!any) {
                    return null;
                }
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                if (length > 0) {
                    returned++;
                    // a copy: the line buffer is reused for the next line, the record lives on in its batch
                    return Arrays.copyOf(line, length);
                }
                if (eof && position == limit) {
                    return null;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Parquet rows as CSV records, streamed by DuckDB from a local copy of the object. */
    private RecordReader parquetReader(TransformItem item) throws IOException, SQLException {
        // DuckDB reads a local file: the object is copied into the job folder and deleted when the reader closes
        Path local = Files.createTempFile(context.jobs().folder(JobKind.TRANSFORM, jobName), ".parquet-",
                ".sm4j-tmp-in");
        store.get(item.uri, local);
        bytesRead.addAndGet(item.size);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new TransformFailure("ClientError: Parquet input needs DuckDB (org.duckdb:duckdb_jdbc) on the class"
                    + " path", e);
        }
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        Statement statement = connection.createStatement();
        statement.execute("SET autoinstall_known_extensions=false");
        ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet('" + local.toString().replace("'", "''")
                + "')");
        int columns = rows.getMetaData().getColumnCount();
        return new RecordReader() {
            @Override
            public byte[] next() throws SQLException {
                if (!rows.next()) {
                    return null;
                }
                StringBuilder sb = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    if (c > 1) {
                        sb.append(',');
                    }
                    Object v = rows.getObject(c);
                    if (v != null) {
                        sb.append(v);
                    }
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public void close() throws IOException, SQLException {
                try {
                    rows.close();
                    statement.close();
                    connection.close();
                } finally {
                    Files.deleteIfExists(local);
                }
            }
        };
    }

    /** Counts the bytes read from storage, for the progress estimate. */
    private final class CountingStream extends java.io.FilterInputStream {
        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytesRead.addAndGet(n);
            }
            return n;
        }
    }
}
