/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import com.amazon.randomcutforest.RandomCutForest;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_float;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.algorithms.LightGBM;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.Set;
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
 * built from the arrays, randomcutforest-core's {@code RandomCutForest.update} over the rows, lightgbmlib's
 * dataset, booster and boosting loop with the validation metric read after each iteration), in the same JVM,
 * alternating, after one warm-up of each. Reports the median wall and process CPU time of each and their ratio, with
 * the machine's load before and after.
 *
 * <p>usage: {@code KeptLibraryFitBenchmark --out DIR [--runs N] [--label TEXT] [--only knn,fm,rcf,lightgbm]};
 * writes {@code DIR/KeptLibraryFit-<label>.md}.
 */
public final class KeptLibraryFitBenchmark {
    private static final int KNN_ROWS = 20_000;
    private static final int KNN_DIM = 16;
    private static final int FM_ROWS = 20_000;
    private static final int FM_DIM = 10;
    private static final int FM_EPOCHS = 3;
    private static final int RCF_ROWS = 50_000;
    private static final int RCF_DIM = 8;
    private static final int LGBM_ROWS = 50_000;
    private static final int LGBM_VALID = 10_000;
    private static final int LGBM_DIM = 20;
    private static final int LGBM_ROUNDS = 100;
    /** SageMaker LightGBM's defaults in LightGBM's names, as the algorithm passes them (engine quiet). */
    private static final String LGBM_PARAMS = "objective=binary metric=binary_logloss learning_rate=0.1 num_leaves=64 "
            + "feature_fraction=0.9 bagging_fraction=0.9 bagging_freq=1 max_depth=6 min_data_in_leaf=3 "
            + "max_delta_step=0 lambda_l1=0 lambda_l2=0 boosting=gbdt min_gain_to_split=0 tree_learner=serial "
            + "feature_fraction_bynode=1 is_unbalance=false max_bin=255 scale_pos_weight=1 num_threads=0 verbosity=-1";

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
        Set<String> only = Set.of("knn", "fm", "rcf", "lightgbm");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: KeptLibraryFitBenchmark --out DIR [--runs N] [--label TEXT] "
                    + "[--only knn,fm,rcf,lightgbm]");
        }
        String loadBefore = load();
        Instant started = Instant.now();
        Path work = Files.createTempDirectory("kept-library-fit-");
        Random random = new Random(42);
        Map<String, double[]> medians = new LinkedHashMap<>();
        try (Session session = Session.local(work.resolve("root"))) {
            String bucket = session.defaultBucket();

            if (only.contains("knn")) {
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
            }

            if (only.contains("fm")) {
                float[][] fx = gaussian(random, FM_ROWS, FM_DIM);
                float[] fy = new float[FM_ROWS];
                for (int r = 0; r < FM_ROWS; r++) {
                    fy[r] = 2 * fx[r][0] * fx[r][1] - 1.5f * fx[r][2] * fx[r][3] + 0.5f * fx[r][4];
                }
                TrainingInput fmInput = upload(session, work, bucket, "fm", fx, fy);
                medians.put("Factorization machines regressor, " + FM_ROWS + " x " + FM_DIM + ", 8 factors, "
                        + FM_EPOCHS + " epochs (Tribuo FMRegressionTrainer)", compare(runs, () -> fit(session, bucket,
                        "factorization-machines", Map.of("feature_dim", FM_DIM, "num_factors", 8, "predictor_type",
                                "regressor", "epochs", FM_EPOCHS), fmInput),
                        () -> new FMRegressionTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), FM_EPOCHS, -1, 1,
                                0x5EED_F00DL, 8, 1e-4, true).train(targets(fx, fy))));
            }

            if (only.contains("rcf")) {
                float[][] rx = gaussian(random, RCF_ROWS, RCF_DIM);
                TrainingInput rcfInput = upload(session, work, bucket, "rcf", rx, null);
                medians.put("Random Cut Forest, " + RCF_ROWS + " x " + RCF_DIM + ", 100 trees x 256 samples "
                        + "(randomcutforest-core)", compare(runs, () -> fit(session, bucket, "randomcutforest",
                        Map.of("feature_dim", RCF_DIM, "num_trees", 100, "num_samples_per_tree", 256), rcfInput),
                        () -> {
                            RandomCutForest forest = RandomCutForest.builder().dimensions(RCF_DIM).numberOfTrees(100)
                                    .sampleSize(256).randomSeed(0x5EED_0FC1L).timeDecay(0).initialAcceptFraction(1.0)
                                    .outputAfter(1).parallelExecutionEnabled(false).build();
                            for (float[] row : rx) {
                                forest.update(row);
                            }
                            return forest;
                        }));
            }

            if (only.contains("lightgbm")) {
                Random lr = new Random(43);
                float[][] lx = gaussian(lr, LGBM_ROWS, LGBM_DIM);
                float[] ly = lightGbmLabels(lr, lx);
                float[][] vx = gaussian(lr, LGBM_VALID, LGBM_DIM);
                float[] vy = lightGbmLabels(lr, vx);
                TrainingInput train = upload(session, work, bucket, "lgbm-train", lx, ly);
                TrainingInput validation = upload(session, work, bucket, "lgbm-valid", vx, vy);
                Map<String, Object> hp = Map.of("num_boost_round", LGBM_ROUNDS, "early_stopping_rounds", 0);
                // the estimator runs first (the warm-up included): its job loads the natives from the jar, which the
                // raw calls then use, as one JVM can load them only once
                medians.put("LightGBM binary, " + LGBM_ROWS + " x " + LGBM_DIM + " + " + LGBM_VALID + " validation, "
                        + LGBM_ROUNDS + " rounds (lightgbmlib 3.3.510)", compare(runs, () -> {
                            Estimator e = Estimator.builder().imageUri(LightGBM.imageUri(
                                    LightGBM.CLASSIFICATION_MODEL_ID)).instanceType("local").session(session)
                                    .outputPath("s3://" + bucket + "/out/lightgbm").hyperparameters(hp).build();
                            e.fit(Map.of("train", train, "validation", validation));
                            e.logs().stream().filter(l -> l.contains("[timing]"))
                                    .forEach(l -> System.err.println("lightgbm " + l));
                            return e.modelData();
                        }, () -> rawLightGbm(lx, ly, vx, vy)));
            }
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
        medians.forEach((name, m) -> md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | "
                + "%.2f |%n", name, m[0], m[1], m[0] / m[1], m[2], m[3], m[2] / m[3])));
        md.append("\nCPU is the process's CPU time over the call (all threads, the JVM's included), median of the ")
                .append("runs.");
        md.append("\nThe Estimator's time is a whole local training job (channel copy, CSV parse, validation, the ")
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
            double[] ta = time(estimator);
            double[] tb = time(raw);
            a.add(ta[0]);
            ca.add(ta[1]);
            b.add(tb[0]);
            cb.add(tb[1]);
            System.err.printf(Locale.ROOT, "run %d: estimator %.2f s (cpu %.2f s), raw %.2f s (cpu %.2f s)%n", r,
                    ta[0], ta[1], tb[0], tb[1]);
        }
        return new double[] {median(a), median(b), median(ca), median(cb)};
    }

    /** Wall and process CPU seconds of one call. */
    private static double[] time(Supplier<Object> work) {
        long c0 = processCpuNanos();
        long t0 = System.nanoTime();
        Object result = work.get();
        long t1 = System.nanoTime();
        long c1 = processCpuNanos();
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return new double[] {(t1 - t0) / 1e9, (c1 - c0) / 1e9};
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static float[] lightGbmLabels(Random random, float[][] x) {
        float[] y = new float[x.length];
        for (int r = 0; r < x.length; r++) {
            double s = x[r][0] * x[r][1] + Math.sin(2 * x[r][2]) - 0.5 * x[r][3] + 0.3 * random.nextGaussian();
            y[r] = s > 0 ? 1 : 0;
        }
        return y;
    }

    /**
     * What a lightgbmlib user writes for the same training: datasets from the arrays (the validation set binned by
     * the training set's), a booster, the boosting loop reading the validation metric after each iteration, and the
     * model as LightGBM's text; every handle freed.
     */
    private static Object rawLightGbm(float[][] x, float[] y, float[][] vx, float[] vy) {
        SWIGTYPE_p_p_void out = lightgbmlib.new_voidpp();
        SWIGTYPE_p_int finished = lightgbmlib.new_intp();
        SWIGTYPE_p_int length = lightgbmlib.new_intp();
        SWIGTYPE_p_long_long textLength = lightgbmlib.new_int64_tp();
        SWIGTYPE_p_double eval = lightgbmlib.new_doubleArray(1);
        SWIGTYPE_p_void train = null;
        SWIGTYPE_p_void valid = null;
        SWIGTYPE_p_void booster = null;
        try {
            train = rawDataset(x, y, null, out);
            valid = rawDataset(vx, vy, train, out);
            check(lightgbmlib.LGBM_BoosterCreate(train, LGBM_PARAMS, out));
            booster = lightgbmlib.voidpp_value(out);
            check(lightgbmlib.LGBM_BoosterAddValidData(booster, valid));
            double last = 0;
            for (int i = 0; i < LGBM_ROUNDS; i++) {
                check(lightgbmlib.LGBM_BoosterUpdateOneIter(booster, finished));
                check(lightgbmlib.LGBM_BoosterGetEval(booster, 1, length, eval));
                last = lightgbmlib.doubleArray_getitem(eval, 0);
            }
            String model = lightgbmlib.LGBM_BoosterSaveModelToStringSWIG(booster, 0, -1, 0, 1 << 20, textLength);
            return model.length() + last;
        } finally {
            if (booster != null) {
                lightgbmlib.LGBM_BoosterFree(booster);
            }
            if (valid != null) {
                lightgbmlib.LGBM_DatasetFree(valid);
            }
            if (train != null) {
                lightgbmlib.LGBM_DatasetFree(train);
            }
            lightgbmlib.delete_doubleArray(eval);
            lightgbmlib.delete_int64_tp(textLength);
            lightgbmlib.delete_intp(length);
            lightgbmlib.delete_intp(finished);
            lightgbmlib.delete_voidpp(out);
        }
    }

    private static SWIGTYPE_p_void rawDataset(float[][] x, float[] y, SWIGTYPE_p_void reference,
                                              SWIGTYPE_p_p_void out) {
        int cols = x[0].length;
        SWIGTYPE_p_float data = lightgbmlib.new_floatArray((long) x.length * cols);
        SWIGTYPE_p_float labels = lightgbmlib.new_floatArray(y.length);
        try {
            long i = 0;
            for (float[] row : x) {
                for (float v : row) {
                    lightgbmlib.floatArray_setitem(data, i++, v);
                }
            }
            for (int r = 0; r < y.length; r++) {
                lightgbmlib.floatArray_setitem(labels, r, y[r]);
            }
            check(lightgbmlib.LGBM_DatasetCreateFromMat(lightgbmlib.float_to_voidp_ptr(data),
                    lightgbmlib.C_API_DTYPE_FLOAT32, x.length, cols, 1, LGBM_PARAMS, reference, out));
            SWIGTYPE_p_void handle = lightgbmlib.voidpp_value(out);
            check(lightgbmlib.LGBM_DatasetSetField(handle, "label", lightgbmlib.float_to_voidp_ptr(labels), y.length,
                    lightgbmlib.C_API_DTYPE_FLOAT32));
            return handle;
        } finally {
            lightgbmlib.delete_floatArray(data);
            lightgbmlib.delete_floatArray(labels);
        }
    }

    private static void check(int rc) {
        if (rc != 0) {
            throw new IllegalStateException("LightGBM: " + lightgbmlib.LGBM_GetLastError());
        }
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
