/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The raw engine side of {@link TransformBenchmark}: what a hand-written batch scorer does with
 * xgboost4j alone. It reads a CSV file in line-aligned batches packed by the same rule as batch
 * transform's {@code MultiRecord} payloads (records joined by {@code '\n'} up to
 * {@code maxBatchBytes}), parses each batch straight into one flat {@code float[]}, calls
 * {@link Booster#inplace_predict(float[], int, int, float)} and writes the predictions as text lines
 * ({@code StringBuilder.append(float)}, as the XGBoost runtime does), in input order.
 *
 * <p>With more than one thread, one thread reads and writes and a pool of {@code threads} parses
 * and predicts, at most {@code threads} batches outstanding: the same shape as a transform job with
 * {@code MaxConcurrentTransforms = threads}. With one thread everything runs on the caller.
 *
 * <p>Reads the benchmark's generated data: numeric cells, {@code '\n'} line ends, no blank lines,
 * no header. Owns a native booster: close it.
 */
final class RawScorer implements AutoCloseable {
    private static final int READ_BUFFER = 16 << 20;

    private final Booster booster;
    private final int features;

    /**
     * Loads a model the way the XGBoost runtime does ({@code XGBoost.loadModel(bytes)}), so both
     * sides predict with the same booster configuration.
     */
    RawScorer(byte[] model) throws XGBoostError, IOException {
        this.booster = XGBoost.loadModel(model);
        this.features = (int) booster.getNumFeature();
    }

    /** Scores a file; returns the number of rows. */
    long score(Path input, Path output, int threads, long maxBatchBytes) throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "raw-scorer");
            t.setDaemon(true);
            return t;
        });
        long rows = 0;
        try (InputStream in = Files.newInputStream(input);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            BatchReader reader = new BatchReader(in, maxBatchBytes);
            Deque<Future<byte[]>> pending = new ArrayDeque<>();
            Batch batch;
            while ((batch = reader.next()) != null) {
                rows += batch.rows;
                if (pool == null) {
                    try {
                        out.write(predict(batch));
                    } catch (XGBoostError e) {
                        throw new IOException("prediction failed: " + e.getMessage(), e);
                    }
                    continue;
                }
                if (pending.size() >= threads) {
                    out.write(take(pending.poll()));
                }
                Batch b = batch;
                pending.add(pool.submit(() -> predict(b)));
            }
            while (!pending.isEmpty()) {
                out.write(take(pending.poll()));
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return rows;
    }

    private static byte[] take(Future<byte[]> future) throws IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IOException("a batch failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Parses, predicts and formats one batch. */
    private byte[] predict(Batch batch) throws XGBoostError {
        byte[] data = batch.data;
        float[] flat = new float[batch.rows * features];
        int pos = 0;
        int n = data.length;
        for (int r = 0; r < batch.rows; r++) {
            int base = r * features;
            int cell = 0;
            while (true) {
                int end = pos;
                while (end < n && data[end] != ',' && data[end] != '\n') {
                    end++;
                }
                if (cell == features) {
                    throw new IllegalStateException("row " + (r + 1) + " of a batch has more than " + features
                            + " cells");
                }
                flat[base + cell++] = parse(data, pos, end);
                pos = end + 1;
                if (end >= n || data[end] == '\n') {
                    break;
                }
            }
            if (cell != features) {
                throw new IllegalStateException("row " + (r + 1) + " of a batch has " + cell + " cells, not "
                        + features);
            }
        }
        float[][] predictions = booster.inplace_predict(flat, batch.rows, features, Float.NaN);
        StringBuilder sb = new StringBuilder(batch.rows * 12);
        for (float[] p : predictions) {
            for (int j = 0; j < p.length; j++) {
                if (j > 0) {
                    sb.append(',');
                }
                sb.append(p[j]);
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * {@code [-]digits[.digits]} as mantissa ÷ 10^scale in double, rounded to float (what the XGBoost
     * runtime's CSV parser does, so both sides see the same floats); anything else through
     * {@link Float#parseFloat(String)}; an empty cell is NaN.
     */
    static float parse(byte[] b, int from, int to) {
        if (from == to) {
            return Float.NaN;
        }
        int i = from;
        boolean negative = b[i] == '-';
        if (negative || b[i] == '+') {
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        boolean ok = i < to;
        for (; i < to; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits >= 17) {
                    ok = false;
                    break;
                }
                mantissa = mantissa * 10 + (c - '0');
                if (mantissa != 0) {
                    digits++;
                }
                if (dot) {
                    scale++;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                ok = false;
                break;
            }
        }
        if (ok && scale < POW10.length) {
            double v = scale == 0 ? mantissa : mantissa / POW10[scale];
            return (float) (negative ? -v : v);
        }
        return Float.parseFloat(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    @Override
    public void close() {
        booster.dispose();
    }

    /** Whole lines of the input, with their count. */
    static final class Batch {
        final byte[] data;
        final int rows;

        Batch(byte[] data, int rows) {
            this.data = data;
            this.rows = rows;
        }
    }

    /**
     * Cuts a stream into batches of whole lines: a line joins the batch while the batch's lines
     * joined by {@code '\n'} stay within the limit (the transform's payload rule), and each batch is
     * one copy out of a 16 MiB read buffer.
     */
    static final class BatchReader {
        private final InputStream in;
        private final long maxBytes;
        private byte[] buf;
        /** The first byte of the batch being cut. */
        private int start;
        /** The first byte of the next line. */
        private int scan;
        /** The end of the bytes read. */
        private int limit;
        private boolean eof;

        BatchReader(InputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
            this.buf = new byte[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(READ_BUFFER, 2 * maxBytes))];
        }

        Batch next() throws IOException {
            int rows = 0;
            long bytes = 0;
            while (true) {
                int nl = indexOfNewline(scan, limit);
                if (nl < 0) {
                    if (!eof) {
                        fill();
                        continue;
                    }
                    if (scan == limit) {
                        break;
                    }
                    nl = limit;
                }
                int length = nl - scan;
                if (length == 0) {
                    throw new IllegalStateException("blank line: the raw scorer reads the generated data only");
                }
                if (rows > 0 && bytes + length + 1 > maxBytes) {
                    break;
                }
                bytes += length + (rows > 0 ? 1 : 0);
                rows++;
                scan = Math.min(nl + 1, limit);
            }
            if (rows == 0) {
                return null;
            }
            byte[] data = Arrays.copyOfRange(buf, start, scan);
            start = scan;
            return new Batch(data, rows);
        }

        private int indexOfNewline(int from, int to) {
            for (int i = from; i < to; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private void fill() throws IOException {
            if (start > 0) {
                System.arraycopy(buf, start, buf, 0, limit - start);
                scan -= start;
                limit -= start;
                start = 0;
            }
            if (limit == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
    }
}
