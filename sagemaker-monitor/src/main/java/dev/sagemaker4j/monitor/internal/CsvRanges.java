/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The rows of one CSV file read straight from its bytes: the file is cut into byte ranges at line ends, each range
 * is read on its own thread into its own statistics ({@link FeatureStats#emptyCopy}), and those are
 * {@link FeatureStats#merge merged} in file order. A line ends at {@code \n}, {@code \r} or {@code \r\n}, as
 * {@code BufferedReader.readLine} ends it (a quoted field spans no line break, as {@link Table.Csv} reads it), so
 * a cut after a {@code \n} never splits a row.
 *
 * <p>A line of ASCII without quotes is cut at its commas in place and its cells go to the features as bytes
 * ({@link FeatureStats#add(byte[], int, int)}: no String per number); any other line is decoded as UTF-8 (a
 * malformed byte fails the read, as the reader did) and split by {@link Table.Csv}. Blank lines are skipped; a row
 * whose cell count is not the data set's fails the read with the line number of the first such row in the file.
 *
 * <p>Memory is a buffer of 1 MiB per range (more only for a longer line) and each range's statistics, whatever
 * the row count.
 */
final class CsvRanges {
    /** The least bytes per range: a smaller file is read by one thread. */
    static final long MIN_RANGE_BYTES = 8L << 20;
    private static final int MAX_RANGES = 8;
    private static final int CHUNK = 1 << 20;

    private CsvRanges() {
    }

    /**
     * The first non-blank line of a file (a header or the first row).
     *
     * @param text  the line, decoded
     * @param start where it starts
     * @param next  where the line after it starts
     */
    record Line(String text, long start, long next) {
    }

    /**
     * The most ranges on this machine: one per processor, at most 8.
     *
     * @return the range count
     */
    static int defaultRanges() {
        return Math.max(1, Math.min(MAX_RANGES, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The first non-blank line of a file.
     *
     * @param file the file
     * @return the line, or null where every line is blank
     * @throws IOException when the file cannot be read or is not UTF-8
     */
    static Line firstLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Lines lines = new Lines(channel, 0, channel.size(), 0);
            while (lines.next()) {
                String text = lines.text();
                if (!text.isBlank()) {
                    return new Line(text, lines.lineOffset(), lines.nextOffset());
                }
            }
            return null;
        }
    }

    /**
     * Adds the rows from an offset to the end of a file to the features, in up to {@code maxRanges} ranges of at
     * least {@link #MIN_RANGE_BYTES}.
     *
     * @param file      the file
     * @param name      the file's name in errors
     * @param start     where the rows start (after a header)
     * @param features  the columns' statistics, by position; the first range adds to them directly
     * @param maxRanges the most ranges (threads); 1 reads the file in one pass on this thread
     * @return the rows read
     * @throws IOException when the file cannot be read, or a row is ragged ({@link Table.ClientError})
     */
    static long read(Path file, String name, long start, List<FeatureStats> features, int maxRanges)
            throws IOException {
        return read(file, name, start, features, maxRanges, MIN_RANGE_BYTES);
    }

    /**
     * {@link #read(Path, String, long, List, int)} with the least bytes per range given (tests use small ones).
     *
     * @param file          the file
     * @param name          the file's name in errors
     * @param start         where the rows start
     * @param features      the columns' statistics, by position
     * @param maxRanges     the most ranges
     * @param minRangeBytes the least bytes per range
     * @return the rows read
     * @throws IOException when the file cannot be read, or a row is ragged
     */
    static long read(Path file, String name, long start, List<FeatureStats> features, int maxRanges,
            long minRangeBytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int n = (int) Math.max(1, Math.min(maxRanges, (size - start) / Math.max(1, minRangeBytes)));
            long[] bounds = new long[n + 1];
            bounds[0] = start;
            bounds[n] = size;
            for (int k = 1; k < n; k++) {
                bounds[k] = Math.max(bounds[k - 1], nextLineStart(channel, start + (size - start) / n * k, size));
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Range> ranges = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                List<FeatureStats> own = k == 0 ? features
                        : features.stream().map(FeatureStats::emptyCopy).toList();
                ranges.add(new Range(new Lines(channel, bounds[k], bounds[k + 1], features.size()), own, stop));
            }
            List<Thread> threads = new ArrayList<>();
            for (int k = 1; k < n; k++) {
                Thread t = new Thread(ranges.get(k)::run, "model-monitor-analyzer-csv-" + k);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            ranges.get(0).run();
            joinAll(threads, stop);
            long rows = 0;
            for (Range r : ranges) {
                r.rethrow(channel, name, features.size());
                rows += r.rows;
            }
            for (Range r : ranges.subList(1, n)) {
                for (int j = 0; j < features.size(); j++) {
                    features.get(j).merge(r.features.get(j));
                }
            }
            return rows;
        }
    }

    private static void joinAll(List<Thread> threads, AtomicBoolean stop) throws InterruptedIOException {
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    // the ranges stop at their next chunk: this wait is short
                    interrupted = true;
                    stop.set(true);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the data set was read");
        }
    }

    /** Where the line after the one holding {@code from} starts: after the next {@code \n}, or the end. */
    private static long nextLineStart(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long pos = from;
        while (pos < size) {
            buf.clear();
            int read = channel.read(buf, pos);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += read;
        }
        return size;
    }

    /** The 1-based number of the line starting at an offset, as readLine counts lines (blank ones too). */
    private static long lineNumber(FileChannel channel, long offset) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(CHUNK);
        long ends = 0;
        long pos = 0;
        byte previous = 0;
        while (pos < offset) {
            buf.clear();
            buf.limit((int) Math.min(CHUNK, offset - pos));
            int read = channel.read(buf, pos);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                byte b = buf.get(i);
                if (b == '\r' || b == '\n' && previous != '\r') {
                    ends++;
                }
                previous = b;
            }
            pos += read;
        }
        return ends + 1;
    }

    /** One range's rows into its own statistics; failures are kept for the reading thread to throw in order. */
    private static final class Range {
        final Lines lines;
        final List<FeatureStats> features;
        final AtomicBoolean stop;
        long rows;
        Throwable failure;
        long raggedOffset = -1;
        int raggedCells;

        Range(Lines lines, List<FeatureStats> features, AtomicBoolean stop) {
            this.lines = lines;
            this.features = features;
            this.stop = stop;
        }

        void run() {
            try {
                read();
            } catch (IOException | RuntimeException | Error e) {
                failure = e;
                stop.set(true);
            }
        }

        private void read() throws IOException {
            int columns = features.size();
            List<String> cells = new ArrayList<>();
            while (lines.next()) {
                byte[] b = lines.buf;
                int from = lines.lineStart;
                int to = lines.lineEnd;
                if (lines.plain) {
                    if (lines.commas == 0 && isBlank(b, from, to)) {
                        continue;
                    }
                    if (lines.commas + 1 != columns) {
                        ragged(lines.commas + 1);
                        return;
                    }
                    int[] cuts = lines.cuts;
                    for (int j = 0; j < columns; j++) {
                        features.get(j).add(b, j == 0 ? from : cuts[j - 1] + 1, j == columns - 1 ? to : cuts[j]);
                    }
                } else {
                    String text = lines.text();
                    if (text.isBlank()) {
                        continue;
                    }
                    Table.Csv.split(text, cells);
                    if (cells.size() != columns) {
                        ragged(cells.size());
                        return;
                    }
                    for (int j = 0; j < columns; j++) {
                        features.get(j).add(cells.get(j));
                    }
                }
                rows++;
                if ((rows & 0x3FFF) == 0 && stop.get()) {
                    return;
                }
            }
        }

        private void ragged(int cells) {
            raggedOffset = lines.lineOffset();
            raggedCells = cells;
            stop.set(true);
        }

        /** Throws this range's failure, if any. */
        void rethrow(FileChannel channel, String name, int columns) throws IOException {
            if (raggedOffset >= 0) {
                throw new Table.ClientError("row at line " + lineNumber(channel, raggedOffset) + " of " + name
                        + " has " + raggedCells + " columns where the data set has " + columns + " (ragged rows)");
            }
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof UncheckedIOException e) {
                throw e.getCause();
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            // none here; a range stopped early stopped for a failure of another, thrown from that one
        }

        /** Whether every byte is whitespace as {@link String#isBlank} sees ASCII. */
        private static boolean isBlank(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (!Character.isWhitespace(b[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The lines of a byte range, read in chunks into one buffer; each line is scanned once, for its end, its
     * commas (the first {@code cuts.length}) and whether it is plain (ASCII without quotes).
     */
    private static final class Lines {
        private final FileChannel channel;
        private final long end;
        private long pos;
        /** The file offset of {@code buf[0]}. */
        private long base;
        private int len;
        private int at;
        byte[] buf = new byte[CHUNK];
        final int[] cuts;
        int lineStart;
        int lineEnd;
        int commas;
        boolean plain;

        Lines(FileChannel channel, long start, long end, int columns) {
            this.channel = channel;
            this.pos = start;
            this.base = start;
            this.end = end;
            this.cuts = new int[Math.max(1, columns)];
        }

        /** Moves to the next line; false at the end of the range. */
        boolean next() throws IOException {
            while (true) {
                int i = at;
                int count = 0;
                boolean ascii = true;
                byte[] b = buf;
                int t = i;
                for (; t < len; t++) {
                    byte c = b[t];
                    if (c == ',') {
                        if (count < cuts.length) {
                            cuts[count] = t;
                        }
                        count++;
                    } else if (c == '\n' || c == '\r') {
                        break;
                    } else if (c == '"' || c < 0) {
                        ascii = false;
                    }
                }
                boolean atEnd = pos >= end;
                if (t < len && (b[t] == '\n' || t + 1 < len || atEnd)) {
                    // a \r at the buffer's end waits for the next chunk, which may start with its \n
                    at = b[t] == '\r' && t + 1 < len && b[t + 1] == '\n' ? t + 2 : t + 1;
                } else if (t == len && atEnd && i < len) {
                    at = len;
                } else if (atEnd) {
                    return false;
                } else {
                    refill();
                    continue;
                }
                lineStart = i;
                lineEnd = t;
                commas = count;
                plain = ascii;
                return true;
            }
        }

        /** The current line, decoded (UTF-8; a malformed byte fails, as the JDK's reader fails). */
        String text() throws IOException {
            if (plain) {
                return new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(buf, lineStart, lineEnd - lineStart))
                    .toString();
        }

        long lineOffset() {
            return base + lineStart;
        }

        long nextOffset() {
            return base + at;
        }

        /** Keeps the unread bytes, grows the buffer for a line longer than it, and reads the next chunk. */
        private void refill() throws IOException {
            int keep = len - at;
            if (keep == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            } else if (at > 0) {
                System.arraycopy(buf, at, buf, 0, keep);
            }
            base += at;
            len = keep;
            at = 0;
            int want = (int) Math.min(buf.length - len, end - pos);
            int read = channel.read(ByteBuffer.wrap(buf, len, want), pos);
            if (read < 0) {
                // the file shrank while it was read: its end is here
                pos = end;
                return;
            }
            pos += read;
            len += read;
        }
    }
}
