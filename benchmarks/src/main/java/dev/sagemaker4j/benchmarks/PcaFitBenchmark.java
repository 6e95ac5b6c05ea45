/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.amazon.PCA;
import dev.sagemaker4j.amazon.RecordSet;
import dev.sagemaker4j.npy.NpyArray;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * PCA's fit (issue 20) through the public API against the raw library call on the same data, in the same JVM:
 * {@code PCA.fit(recordSet)} in regular mode (a local training job: the channel copied from the local bucket, the
 * RecordIO-protobuf shard parsed, the scatter matrix accumulated a mini-batch at a time and decomposed with EJML,
 * the model written and packed) beside EJML directly on the in-memory matrix (centre, {@code X^T X}, SVD, sort).
 * The record set is uploaded once, before the timed runs; one warm-up of each, then alternating runs.
 *
 * <p>usage: {@code PcaFitBenchmark --out DIR [--rows N] [--dim D] [--components K] [--runs N] [--label TEXT]};
 * writes {@code DIR/PcaFit-<label>.md}.
 */
public final class PcaFitBenchmark {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";

    private PcaFitBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --out DIR [--rows N] [--dim D] [--components K] [--runs N] [--label TEXT]}
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        Path out = null;
        int rows = 100_000;
        int dim = 50;
        int k = 10;
        int runs = 5;
        String label = "run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--dim" -> dim = Integer.parseInt(args[++i]);
                case "--components" -> k = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: PcaFitBenchmark --out DIR [--rows N] [--dim D] [--components K]"
                    + " [--runs N] [--label TEXT]");
        }
        String loadBefore = Harnesses.uptimeQuoted();
        Instant started = Instant.now();
        float[][] data = generate(rows, dim, 42);
        List<double[]> results = new ArrayList<>();   // {estimatorMs, rawMs}
        Path work = Files.createTempDirectory("pca-fit-");
        try (Session session = Session.local(work.resolve("root"))) {
            PCA pca = PCA.builder().role(ROLE).instanceCount(1).instanceType("local").numComponents(k)
                    .algorithmMode("regular").outputPath("s3://" + session.defaultBucket() + "/pca").session(session)
                    .build();
            RecordSet records = pca.recordSet(NpyArray.of(data));
            double checksum = 0;
            for (int r = -1; r < runs; r++) {
                long c0 = ProcessStats.cpuNanos();
                long t0 = System.nanoTime();
                pca.fit(records, f -> f.miniBatchSize(500).logs(false));
                long t1 = System.nanoTime();
                long c1 = ProcessStats.cpuNanos();
                double[] sv = raw(data, k);
                long t2 = System.nanoTime();
                long c2 = ProcessStats.cpuNanos();
                checksum += sv[0];
                if (r >= 0) {
                    results.add(new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (c1 - c0) / 1e6, (c2 - c1) / 1e6});
                    System.err.printf(Locale.ROOT, "run %d: estimator %.1f ms (cpu %.1f), raw EJML %.1f ms (cpu %.1f)%n",
                            r, (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6);
                }
            }
            System.err.println("checksum " + checksum);
        } finally {
            Harnesses.deleteTree(work);
        }
        Files.createDirectories(out);
        Path report = out.resolve("PcaFit-" + label + ".md");
        Files.writeString(report, report(label, results, rows, dim, k, loadBefore, Harnesses.uptimeQuoted(), started),
                StandardCharsets.UTF_8);
        System.out.println(Files.readString(report));
    }

    /** Rows of {@code dim} features around 5 latent directions, plus noise and an offset. */
    static float[][] generate(int rows, int dim, long seed) {
        Random random = new Random(seed);
        int latent = Math.min(5, dim);
        double[][] basis = new double[latent][dim];
        for (double[] b : basis) {
            for (int j = 0; j < dim; j++) {
                b[j] = random.nextGaussian();
            }
        }
        float[][] x = new float[rows][dim];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < latent; c++) {
                double z = random.nextGaussian() * (latent - c) * 2;
                for (int j = 0; j < dim; j++) {
                    x[r][j] += (float) (z * basis[c][j]);
                }
            }
            for (int j = 0; j < dim; j++) {
                x[r][j] += (float) (0.3 * random.nextGaussian() + j);
            }
        }
        return x;
    }

    /** The raw library call: centre, the scatter matrix, its SVD, descending; the top k singular values. */
    static double[] raw(float[][] data, int k) {
        int n = data.length;
        int d = data[0].length;
        double[] mean = new double[d];
        for (float[] row : data) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        DMatrixRMaj x = new DMatrixRMaj(n, d);
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) {
                x.data[r * d + j] = data[r][j] - mean[j];
            }
        }
        DMatrixRMaj scatter = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransA(x, x, scatter);
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(d, d, false, true, true);
        if (!svd.decompose(scatter)) {
            throw new IllegalStateException("SVD failed");
        }
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj vt = svd.getV(null, true);
        SingularOps_DDRM.descendingOrder(null, false, w, vt, true);
        double[] top = new double[k];
        for (int i = 0; i < k; i++) {
            top[i] = Math.sqrt(w.get(i, i));
        }
        return top;
    }

    static String report(String label, List<double[]> results, int rows, int dim, int k, String loadBefore,
                         String loadAfter, Instant started) {
        double[] est = results.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] raw = results.stream().mapToDouble(r -> r[1]).sorted().toArray();
        double me = median(est);
        double mr = median(raw);
        StringBuilder sb = new StringBuilder();
        sb.append("# PCA fit: estimator vs raw EJML (").append(label).append(")\n\n");
        sb.append(String.format(Locale.ROOT, "Data: %,d rows x %d features (float32), %d components, regular mode, "
                + "mini_batch_size 500. Started %s; JVM %s, %d CPUs visible.%n%n", rows, dim, k, started,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
        sb.append("Load before: ").append(loadBefore).append("  \nLoad after: ").append(loadAfter).append("\n\n");
        sb.append("| path | median ms | min ms | max ms | runs |\n| --- | ---: | ---: | ---: | ---: |\n");
        sb.append(String.format(Locale.ROOT, "| PCA.fit(recordSet) (local training job) | %.1f | %.1f | %.1f | %d |%n",
                me, est[0], est[est.length - 1], est.length));
        sb.append(String.format(Locale.ROOT, "| raw EJML (centre, X^T X, SVD) | %.1f | %.1f | %.1f | %d |%n", mr,
                raw[0], raw[raw.length - 1], raw.length));
        double ce = median(results.stream().mapToDouble(r -> r[2]).sorted().toArray());
        double cr = median(results.stream().mapToDouble(r -> r[3]).sorted().toArray());
        sb.append(String.format(Locale.ROOT, "%nProcess CPU time, median of the same runs (all threads, GC and JIT "
                + "included): estimator %.1f ms, raw %.1f ms, ratio %.2fx.%n", ce, cr, ce / cr));
        sb.append(String.format(Locale.ROOT, "%nRatio of medians (estimator / raw): %.2fx. The estimator's time "
                + "includes what the raw call does not: the job record and state machine, copying the channel "
                + "from the local bucket, parsing RecordIO-protobuf, writing and packing the model.%n", me / mr));
        sb.append("\nRaw runs (estimator ms, raw ms; CPU ms): ");
        for (double[] r : results) {
            sb.append(String.format(Locale.ROOT, "(%.1f, %.1f; %.1f, %.1f) ", r[0], r[1], r[2], r[3]));
        }
        return sb.append('\n').toString();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

}
