/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.amazon.randomcutforest.RandomCutForest;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.sgd.fm.FMRegressionTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;

/**
 * Issue 20: each built-in on a kept library, its {@code fit} through the generic {@link Estimator} with the
 * algorithm's image (a whole local training job: the channel copied into the job folder, the CSV parsed, the
 * library's training, the model written and packed into model.tar.gz) against the raw library call on the same
 * records already in memory (Tribuo's {@code KNNTrainer} / {@code FMRegressionTrainer} on a {@code MutableDataset}
 * built from the arrays, randomcutforest-core's {@code RandomCutForest.update} over the rows), in the same JVM,
 * alternating, after one warm-up of each. Reports the median wall time of each and their ratio, with the machine's
 * load before and after.
 *
 * <p>usage: {@code KeptLibraryFitBenchmark --out DIR [--runs N] [--label TEXT]}; writes
 * {@code DIR/KeptLibraryFit-<label>.md}.
 */
public final class KeptLibraryFitBenchmark {
    private static final int KNN_ROWS = 20_000;
    private static final int KNN_DIM = 16;
    private static final int FM_ROWS = 20_000;
    private static final int FM_DIM = 10;
    private static final int FM_EPOCHS = 3;
    private static final int RCF_ROWS = 50_000;
    private static final int RCF_DIM = 8;

    private KeptLibraryFitBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --out DIR [--runs N] [--label TEXT]}
     * @throws Exception when a run fails
     */
    public static void main(String[] args) throws Exception {
        Path out = null;
        int runs = 3;
        String label = "run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: KeptLibraryFitBenchmark --out DIR [--runs N] [--label TEXT]");
        }
        String loadBefore = load();
        Instant started = Instant.now();
        Path work = Files.createTempDirectory("kept-library-fit-");
        Random random = new Random(42);
        Map<String, double[]> medians = new LinkedHashMap<>();
        try (Session session = Session.local(work.resolve("root"))) {
            String bucket = session.defaultBucket();

            float[][] kx = gaussian(random, KNN_ROWS, KNN_DIM);
            float[] ky = new float[KNN_ROWS];
            for (int r = 0; r < KNN_ROWS; r++) {
                ky[r] = kx[r][0] + kx[r][1] > 0 ? 1 : 0;
            }
            TrainingInput knnInput = upload(session, work, bucket, "knn", kx, ky);
            medians.put("KNN classifier, " + KNN_ROWS + " x " + KNN_DIM + ", k=10 (Tribuo KNNTrainer, brute force)",
                    compare(runs, () -> fit(session, bucket, "knn", Map.of("feature_dim", KNN_DIM, "k", 10,
                            "predictor_type", "classifier", "sample_size", KNN_ROWS), knnInput),
                            () -> new KNNTrainer<>(10, new L2Distance(), 1, new VotingCombiner(),
                                    KNNModel.Backend.STREAMS, NeighboursQueryFactoryType.BRUTE_FORCE)
                                    .train(labels(kx, ky))));

            float[][] fx = gaussian(random, FM_ROWS, FM_DIM);
            float[] fy = new float[FM_ROWS];
            for (int r = 0; r < FM_ROWS; r++) {
                fy[r] = 2 * fx[r][0] * fx[r][1] - 1.5f * fx[r][2] * fx[r][3] + 0.5f * fx[r][4];
            }
            TrainingInput fmInput = upload(session, work, bucket, "fm", fx, fy);
            medians.put("Factorization machines regressor, " + FM_ROWS + " x " + FM_DIM + ", 8 factors, " + FM_EPOCHS
                    + " epochs (Tribuo FMRegressionTrainer)", compare(runs, () -> fit(session, bucket,
                    "factorization-machines", Map.of("feature_dim", FM_DIM, "num_factors", 8, "predictor_type",
                            "regressor", "epochs", FM_EPOCHS), fmInput),
                    () -> new FMRegressionTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), FM_EPOCHS, -1, 1,
                            0x5EED_F00DL, 8, 1e-4, true).train(targets(fx, fy))));

            float[][] rx = gaussian(random, RCF_ROWS, RCF_DIM);
            TrainingInput rcfInput = upload(session, work, bucket, "rcf", rx, null);
            medians.put("Random Cut Forest, " + RCF_ROWS + " x " + RCF_DIM + ", 100 trees x 256 samples "
                    + "(randomcutforest-core)", compare(runs, () -> fit(session, bucket, "randomcutforest",
                    Map.of("feature_dim", RCF_DIM, "num_trees", 100, "num_samples_per_tree", 256), rcfInput), () -> {
                        RandomCutForest forest = RandomCutForest.builder().dimensions(RCF_DIM).numberOfTrees(100)
                                .sampleSize(256).randomSeed(0x5EED_0FC1L).timeDecay(0).initialAcceptFraction(1.0)
                                .outputAfter(1).parallelExecutionEnabled(false).build();
                        for (float[] row : rx) {
                            forest.update(row);
                        }
                        return forest;
                    }));
        } finally {
            Harnesses.deleteTree(work);
        }
        Files.createDirectories(out);
        Path report = out.resolve("KeptLibraryFit-" + label + ".md");
        StringBuilder md = new StringBuilder();
        md.append("# Built-ins on kept libraries: Estimator.fit vs the raw library call (").append(label)
                .append(")\n\n");
        md.append("Started ").append(started).append("; ").append(runs).append(" runs each after one warm-up, ")
                .append("alternating, one JVM (").append(System.getProperty("java.version")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs).\n\n");
        md.append("Load before: ").append(loadBefore).append("  \nLoad after: ").append(load()).append("\n\n");
        md.append("| algorithm | Estimator.fit median (s) | raw library median (s) | ratio | Estimator CPU (s) | "
                + "raw CPU (s) | CPU ratio |\n|---|---:|---:|---:|---:|---:|---:|\n");
        medians.forEach((name, m) -> md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f "
                + "| %.2f |%n", name, m[0], m[1], m[0] / m[1], m[2], m[3], m[2] / m[3])));
        md.append("\nCPU is the process's CPU time over the same calls (all threads, GC and JIT included). ")
                .append("The Estimator's time is a whole local training job (channel copy, CSV parse, validation, the ")
                .append("library's training, test metrics, model file and model.tar.gz); the raw call starts from ")
                .append("arrays in memory. The machine is shared and loaded: one run is not a measurement of the ")
                .append("library, compare the two columns of the same run.\n");
        Files.writeString(report, md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    /** Medians of {estimator wall, raw wall, estimator CPU, raw CPU}, in seconds. */
    private static double[] compare(int runs, Supplier<Object> estimator, Supplier<Object> raw) {
        estimator.get();
        raw.get();
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> ca = new ArrayList<>();
        List<Double> cb = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            double[] e = time(estimator);
            double[] w = time(raw);
            a.add(e[0]);
            ca.add(e[1]);
            b.add(w[0]);
            cb.add(w[1]);
            System.err.printf(Locale.ROOT, "run %d: estimator %.2f s (cpu %.2f s), raw %.2f s (cpu %.2f s)%n", r,
                    e[0], e[1], w[0], w[1]);
        }
        return new double[] {median(a), median(b), median(ca), median(cb)};
    }

    /** {wall, process CPU} seconds of one call. */
    private static double[] time(Supplier<Object> work) {
        long c0 = ProcessStats.cpuNanos();
        long t0 = System.nanoTime();
        Object result = work.get();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, (ProcessStats.cpuNanos() - c0) / 1e9};
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static Object fit(Session session, String bucket, String image, Map<String, ?> hp, TrainingInput input) {
        Estimator e = Estimator.builder().imageUri(ImageUris.retrieve(image, session.region())).instanceType("local")
                .session(session).outputPath("s3://" + bucket + "/out/" + image).hyperparameters(hp).build();
        e.fit(Map.of("train", input));
        // the job's own phases (read, train, metrics, save), to see where a whole job's time goes
        e.logs().stream().filter(l -> l.contains("[timing]")).forEach(l -> System.err.println(image + " " + l));
        return e.modelData();
    }

    private static TrainingInput upload(Session session, Path work, String bucket, String name, float[][] x,
                                        float[] y) throws IOException {
        Path file = work.resolve("data/" + name + "/part.csv");
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int r = 0; r < x.length; r++) {
                line.setLength(0);
                if (y != null) {
                    line.append(y[r]).append(',');
                }
                for (int j = 0; j < x[r].length; j++) {
                    line.append(j == 0 ? "" : ",").append(x[r][j]);
                }
                w.write(line.append('\n').toString());
            }
        }
        String type = y == null ? "text/csv;label_size=0" : "text/csv";
        return TrainingInput.builder().s3Data(session.uploadData(file.getParent(), bucket, "data/" + name) + "/")
                .contentType(type).build();
    }

    private static float[][] gaussian(Random random, int rows, int dim) {
        float[][] x = new float[rows][dim];
        for (float[] row : x) {
            for (int j = 0; j < dim; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return x;
    }

    private static String[] names(int dim) {
        String[] names = new String[dim];
        for (int j = 0; j < dim; j++) {
            names[j] = String.format(Locale.ROOT, "f%04d", j);
        }
        return names;
    }

    private static double[] doubles(float[] row) {
        double[] d = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            d[j] = row[j];
        }
        return d;
    }

    private static MutableDataset<Label> labels(float[][] x, float[] y) {
        LabelFactory f = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("raw", f), f);
        String[] names = names(x[0].length);
        for (int r = 0; r < x.length; r++) {
            data.add(new ArrayExample<>(new Label(Float.toString(y[r])), names, doubles(x[r])));
        }
        return data;
    }

    private static MutableDataset<Regressor> targets(float[][] x, float[] y) {
        RegressionFactory f = new RegressionFactory();
        MutableDataset<Regressor> data = new MutableDataset<>(new SimpleDataSourceProvenance("raw", f), f);
        String[] names = names(x[0].length);
        for (int r = 0; r < x.length; r++) {
            data.add(new ArrayExample<>(new Regressor("label", y[r]), names, doubles(x[r])));
        }
        return data;
    }

    private static String load() {
        try {
            return "`" + Files.readString(Path.of("/proc/loadavg")).trim() + "`";
        } catch (IOException e) {
            return "n/a";
        }
    }
}
