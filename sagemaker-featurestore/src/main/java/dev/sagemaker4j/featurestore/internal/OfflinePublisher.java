/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.utils.Folders;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;
import software.amazon.awssdk.services.sagemaker.model.FeatureType;

/**
 * Turns queued offline rows into Parquet files in SageMaker's layout
 * ({@code data/year=YYYY/month=MM/day=DD/hour=HH/<latest-event-time>_<16 alphanumerics>.parquet},
 * partitioned by event time) with {@code write_time}, {@code api_invocation_time} and
 * {@code is_deleted} columns. DuckDB writes a chunk's files (one per hour) to a temporary folder in
 * one statement (a statement per hour made a first query after an ingest over hundreds of hours wait
 * seconds); the object store publishes each file atomically; only then are the rows removed from the
 * queue (when a file of a chunk fails, the chunk's files already published are deleted again and its
 * rows stay queued). A crash in between
 * publishes the same file name with the same rows again (the name is derived from the rows'
 * queue positions), so no row is lost or doubled.
 */
final class OfflinePublisher implements AutoCloseable {
    private static final int CHUNK = 200_000;
    /** The background publisher's least average rows per hourly file of a chunk smaller than {@link #CHUNK}. */
    static final int MIN_ROWS_PER_FILE = 100;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final ObjectStore objects;
    private final Path tmp;
    private final RootStore store;
    private final long lagMicros;
    private DuckDBConnection duck;

    OfflinePublisher(ObjectStore objects, RootStore store, long lagMicros) {
        this.objects = objects;
        this.tmp = store.base.resolve("tmp");
        this.store = store;
        this.lagMicros = lagMicros;
    }

    synchronized void flush(GroupMeta meta, RocksDB db, ColumnFamilyHandle queue, long cutoffMicros) {
        Chunk chunk;
        while ((chunk = read(meta, db, queue, cutoffMicros)) != null) {
            publish(meta, db, queue, chunk);
            if (chunk.rows.size() < CHUNK) {
                break;
            }
            // each chunk bounds memory; loop until the queue holds nothing old enough
        }
    }

    /**
     * Publishes queued rows as {@link #flush} does, for the background publisher: only chunks of at
     * least {@code minRows} rows whose hourly files average at least {@link #MIN_ROWS_PER_FILE} rows
     * (or full chunks, which a query's flush would write the same way), so that publishing while an
     * ingest goes on does not scatter an hour over many tiny files.
     *
     * @param stop asked before each chunk: true stops (the session is closing)
     * @return the number of rows of the first chunk left queued because it was too small (0 when the
     *         queue holds nothing old enough)
     */
    synchronized int publishSome(GroupMeta meta, RocksDB db, ColumnFamilyHandle queue, long cutoffMicros,
                                 int minRows, java.util.function.BooleanSupplier stop) {
        while (!stop.getAsBoolean()) {
            Chunk chunk = read(meta, db, queue, cutoffMicros);
            if (chunk == null) {
                return 0;
            }
            int n = chunk.rows.size();
            if (n < minRows || n < CHUNK && n < (long) MIN_ROWS_PER_FILE * hours(chunk.rows)) {
                return n;
            }
            publish(meta, db, queue, chunk);
            if (n < CHUNK) {
                return 0;
            }
        }
        return 0;
    }

    private static int hours(List<byte[]> rows) {
        java.util.HashSet<Long> hours = new java.util.HashSet<>();
        for (byte[] row : rows) {
            hours.add(Math.floorDiv(Rows.second(row), 3_600_000_000L));
        }
        return hours.size();
    }

    /** A contiguous run of queued rows: their values and the first and last queue keys. */
    private record Chunk(List<byte[]> rows, byte[] firstKey, byte[] lastKey) {
    }

    /** The first {@link #CHUNK} queued rows of the group written at or before {@code cutoff}; null when none. */
    private static Chunk read(GroupMeta meta, RocksDB db, ColumnFamilyHandle queue, long cutoff) {
        List<byte[]> rows = new ArrayList<>();
        byte[] firstKey = null;
        byte[] lastKey = null;
        try (Slice upper = new Slice(Rows.end(meta.prefix));
             ReadOptions ro = new ReadOptions().setIterateUpperBound(upper);
             RocksIterator it = db.newIterator(queue, ro)) {
            for (it.seek(meta.prefix); it.isValid() && rows.size() < CHUNK; it.next()) {
                byte[] value = it.value();
                if (Rows.first(value) > cutoff) {
                    break;
                }
                if (firstKey == null) {
                    firstKey = it.key();
                }
                lastKey = it.key();
                rows.add(value);
            }
        }
        return rows.isEmpty() ? null : new Chunk(rows, firstKey, lastKey);
    }

    private void publish(GroupMeta meta, RocksDB db, ColumnFamilyHandle queue, Chunk chunk) {
        List<byte[]> rows = chunk.rows;
        byte[] firstKey = chunk.firstKey;
        byte[] lastKey = chunk.lastKey;
        List<String> published = new ArrayList<>();
        List<String> putting = new ArrayList<>();
        boolean done = false;
        Path work = null;
        try {
            Files.createDirectories(tmp);
            work = Files.createTempDirectory(tmp, "offline-");
            TreeMap<Long, Long> latestByHour = writeChunk(meta, rows, work);
            for (var e : latestByHour.entrySet()) {
                Path file = hourFile(meta, e.getKey(), work);
                String uri = uri(meta, e.getKey(), e.getValue(), firstKey);
                // hidden from queries until its rows leave the queue, which they read instead until then
                synchronized (store.swapLock) {
                    store.unswapped.add(uri);
                }
                putting.add(uri);
                objects.put(uri, file);
                published.add(uri);
            }
            byte[] end = lastKey.clone();
            byte[] after = new byte[end.length + 1];
            System.arraycopy(end, 0, after, 0, end.length);
            // one step for queries: the rows leave the queue and the files become visible together
            synchronized (store.swapLock) {
                db.deleteRange(queue, firstKey, after);
                store.unswapped.removeAll(putting);
            }
            store.failedPublish.remove(meta.name);
            done = true;
        } catch (IOException | SQLException | RocksDBException e) {
            throw new StorageException(meta.offlineUri, "the offline rows cannot be published: " + e, true, e);
        } finally {
            if (!done) {
                store.failedPublish.add(meta.name);
                unpublish(published);
                synchronized (store.swapLock) {
                    store.unswapped.removeAll(putting);
                }
            }
            Folders.deleteQuietly(work);
            dropRows();
        }
    }

    /**
     * Removes the files of a chunk whose publish failed: its rows stay queued and the next publish may
     * name an hour's file differently (a row queued since can move the hour's latest event time), so a
     * file left here would show its rows twice.
     */
    private void unpublish(List<String> uris) {
        for (String uri : uris) {
            try {
                objects.delete(uri);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(OfflinePublisher.class)
                        .warn("{} of a failed offline publish could not be removed: {}", uri, e.toString());
            }
        }
    }

    /**
     * Writes a chunk's rows as one Parquet file per event-time hour under {@code work} (DuckDB's
     * {@code __hour=<hour>/} folders), in one statement: a statement per hour costs a few
     * milliseconds, which made a first query after an ingest spanning hundreds of hours wait
     * seconds. Returns each hour's latest event time, which names its file.
     */
    private TreeMap<Long, Long> writeChunk(GroupMeta meta, List<byte[]> rows, Path work)
            throws SQLException {
        DuckDBConnection c = connection();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS fs_rows");
            s.execute("CREATE TABLE fs_rows (" + columns(meta) + ", __hour BIGINT)");
        }
        TreeMap<Long, Long> latestByHour = new TreeMap<>();
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "fs_rows")) {
            for (byte[] row : rows) {
                long hour = appendRow(a, meta, row, writeTime(row, lagMicros));
                latestByHour.merge(hour, Rows.second(row), Math::max);
            }
        }
        try (Statement s = c.createStatement()) {
            // sorted by hour, so that DuckDB finishes one hour's file before it opens the next
            s.execute("COPY (SELECT " + select(meta) + ", __hour FROM fs_rows ORDER BY __hour) TO '"
                    + work.toString().replace("'", "''") + "' (FORMAT parquet, PARTITION_BY (__hour))");
        }
        return latestByHour;
    }

    /** The one Parquet file of an hour that {@link #writeChunk} wrote. */
    private Path hourFile(GroupMeta meta, long hour, Path work) throws IOException, SQLException {
        Path file;
        try (Stream<Path> files = Files.list(work.resolve("__hour=" + hour))) {
            List<Path> written = files.toList();
            file = written.size() == 1 ? written.get(0) : null;
        }
        if (file == null) {
            // DuckDB split the hour over several files (it limits the files it keeps open): one file again
            file = work.resolve(hour + ".parquet");
            try (Statement s = connection().createStatement()) {
                s.execute("COPY (SELECT " + select(meta) + " FROM fs_rows WHERE __hour = " + hour + ") TO '"
                        + file.toString().replace("'", "''") + "' (FORMAT parquet)");
            }
        }
        return file;
    }

    /** The URI of one hour's Parquet object of a chunk. */
    private static String uri(GroupMeta meta, long hour, long latest, byte[] firstKey) {
        ZonedDateTime h = Instant.ofEpochSecond(hour * 3600).atZone(ZoneOffset.UTC);
        String partition = String.format("year=%04d/month=%02d/day=%02d/hour=%02d", h.getYear(), h.getMonthValue(),
                h.getDayOfMonth(), h.getHour());
        String fileTime = FILE_TIME.format(Instant.ofEpochSecond(Math.floorDiv(latest, 1_000_000L))
                .atZone(ZoneOffset.UTC));
        return meta.offlineUri + "/" + partition + "/" + fileTime + "_" + suffix(firstKey, hour) + ".parquet";
    }

    private static String columns(GroupMeta meta) {
        StringBuilder ddl = new StringBuilder();
        for (int i = 0; i < meta.names.length; i++) {
            ddl.append(quote(meta.names[i])).append(' ').append(sqlType(meta.types[i])).append(", ");
        }
        return ddl.append("write_time BIGINT, api_invocation_time BIGINT, is_deleted BOOLEAN").toString();
    }

    /** The columns of an offline file, in SageMaker's order and types. */
    static String select(GroupMeta meta) {
        StringBuilder select = new StringBuilder();
        for (String n : meta.names) {
            select.append(quote(n)).append(", ");
        }
        return select.append("make_timestamp(write_time) AS write_time, "
                + "make_timestamp(api_invocation_time) AS api_invocation_time, is_deleted").toString();
    }

    /** Appends one queued row and returns its event-time hour. */
    private static long appendRow(DuckDBAppender a, GroupMeta meta, byte[] row, long writeTime) throws SQLException {
        String[] v = Rows.values(row, meta.names.length);
        a.beginRow();
        for (int i = 0; i < v.length; i++) {
            if (v[i] == null) {
                a.appendNull();
            } else if (meta.types[i] == FeatureType.INTEGRAL) {
                a.append(Long.parseLong(v[i].trim()));
            } else if (meta.types[i] == FeatureType.FRACTIONAL) {
                a.append(Double.parseDouble(v[i].trim()));
            } else {
                a.append(v[i]);
            }
        }
        long hour = Math.floorDiv(Rows.second(row), 3_600_000_000L);
        a.append(writeTime);
        a.append(Rows.first(row));
        a.append(Rows.deleted(row));
        a.append(hour);
        a.endRow();
        return hour;
    }

    /**
     * Appends a group's queued rows as of {@code snapshot}, up to the first one written after
     * {@code cutoff} (the rows a publish with that cutoff would take), to a new table {@code table} of
     * {@code c}, decoded as a publish decodes them for its Parquet files; {@link #select} over the table
     * gives a file's columns and values.
     *
     * @return the number of rows appended
     */
    static long appendQueued(DuckDBConnection c, String table, GroupMeta meta, RocksDB db, ColumnFamilyHandle queue,
                             Snapshot snapshot, long cutoff, long lagMicros) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TABLE " + quote(table) + " (" + columns(meta) + ", __hour BIGINT)");
        }
        long n = 0;
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
             Slice upper = new Slice(Rows.end(meta.prefix));
             ReadOptions ro = new ReadOptions().setIterateUpperBound(upper).setSnapshot(snapshot);
             RocksIterator it = db.newIterator(queue, ro)) {
            for (it.seek(meta.prefix); it.isValid(); it.next()) {
                byte[] value = it.value();
                if (Rows.first(value) > cutoff) {
                    break;
                }
                appendRow(a, meta, value, writeTime(value, lagMicros));
                n++;
            }
        }
        return n;
    }

    /**
     * A row's {@code write_time}: when it became visible in the offline store, its API call plus the
     * configured lag. Queries read queued rows beside the published files, so a row is in the offline
     * store from then on, and it keeps that time in its file: a query {@code asOf} a time gives the
     * same rows before and after their publish.
     */
    static long writeTime(byte[] row, long lagMicros) {
        return Rows.first(row) + lagMicros;
    }

    /** Frees the chunk's rows in DuckDB, which would otherwise hold them until the next publish. */
    private void dropRows() {
        try (Statement s = connection().createStatement()) {
            s.execute("DROP TABLE IF EXISTS fs_rows");
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(OfflinePublisher.class).debug("dropping fs_rows: {}", e.toString());
        }
    }


    private static String suffix(byte[] firstKey, long hour) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(firstKey);
            md.update(ByteBuffer.allocate(8).putLong(hour).array());
            byte[] d = md.digest();
            char[] out = new char[16];
            for (int i = 0; i < 16; i++) {
                out[i] = ALNUM[(d[i] & 0xff) % ALNUM.length];
            }
            return new String(out);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String sqlType(FeatureType type) {
        return switch (type) {
            case INTEGRAL -> "BIGINT";
            case FRACTIONAL -> "DOUBLE";
            default -> "VARCHAR";
        };
    }

    private DuckDBConnection connection() throws SQLException {
        if (duck == null) {
            duck = (DuckDBConnection) Duck.open();
        }
        return duck;
    }

    @Override
    public synchronized void close() {
        if (duck != null) {
            try {
                duck.close();
            } catch (SQLException e) {
                org.slf4j.LoggerFactory.getLogger(OfflinePublisher.class).debug("closing DuckDB: {}", e.toString());
            }
            duck = null;
        }
    }


}
