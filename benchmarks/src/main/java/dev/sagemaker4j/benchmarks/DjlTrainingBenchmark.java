/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.djl.DjlOffline;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.examples.DeepLearningWithDjl;
import dev.sagemaker4j.examples.SmallCnn;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.progress.ProgressListener;
import dev.sagemaker4j.utils.Uris;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * DJL training through the estimator against the same DJL training loop written by hand (issue 20): the small CNN
 * of the examples ({@link SmallCnn}) trained with Adam for E epochs on generated 8×8 grey pictures of four classes
 * (PNG files in class folders), validated on a test folder after each epoch.
 *
 * <ul>
 *   <li><b>estimator</b>: {@code JavaEstimator.fit} on the local backend running {@link DeepLearningWithDjl.Training}
 *       ({@code DjlTraining}: image-folder channels, the metrics/checkpoint listener, the DJL model folder), the
 *       pictures uploaded to the local bucket once beforehand; the time includes the job's channel copy, metrics,
 *       per-epoch checkpoints and the model.tar.gz.</li>
 *   <li><b>hand-written</b>: the PNGs decoded with {@code javax.imageio} into one array, an {@code ArrayDataset},
 *       {@code DefaultTrainingConfig} with DJL's basic listeners, {@code EasyTrain.fit}, {@code Model.save}.</li>
 * </ul>
 *
 * <p>Same JVM, alternating, after one warm-up of each. Per pass: wall time and the process's CPU time (all threads,
 * PyTorch's native ones included). Goal: estimator median ≤ 1.05× the hand-written one.
 *
 * <p>usage: {@code DjlTrainingBenchmark --out DIR [--per-class N] [--epochs E] [--runs R] [--label TEXT]}; writes
 * {@code DIR/DjlTraining-<label>.md}.
 */
public final class DjlTrainingBenchmark {
    static final String ESTIMATOR_S3 = "estimator, s3:// channels";
    static final String ESTIMATOR_FOLDER = "estimator, file:// channels";

    private static final List<String> CLASSES = List.of("diagonal", "dot", "horizontal", "vertical");

    private DjlTrainingBenchmark() {
    }

    /** One measured pass. */
    record Pass(String kind, double wallMs, double cpuMs, double accuracy, String phases) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code --out DIR [--per-class N] [--epochs E] [--runs R] [--label TEXT]}
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        Path out = null;
        int perClass = 256;
        int epochs = 10;
        int runs = 3;
        String label = "run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--per-class" -> perClass = Integer.parseInt(args[++i]);
                case "--epochs" -> epochs = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--label" -> label = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: DjlTrainingBenchmark --out DIR [--per-class N] [--epochs E]"
                    + " [--runs R] [--label TEXT]");
        }
        // the natives extract under benchmarks/target, never into the user's home; DJL never downloads
        Path cache = Path.of("benchmarks", "target", "djl-cache").toAbsolutePath();
        System.setProperty("DJL_CACHE_DIR", System.getProperty("DJL_CACHE_DIR", cache.toString()));
        System.setProperty("ENGINE_CACHE_DIR", System.getProperty("ENGINE_CACHE_DIR", cache.toString()));
        DjlOffline.ensure();

        String loadBefore = Harnesses.uptimeQuoted();
        Instant started = Instant.now();
        Path work = Files.createTempDirectory("djl-training-");
        List<Pass> passes = new ArrayList<>();
        try (Session session = Session.builder().backend("local").root(work.resolve("root"))
                .progressListener(ProgressListener.none()).build()) {
            draw(work.resolve("images/train"), perClass, 1);
            draw(work.resolve("images/test"), Math.max(8, perClass / 4), 2);
            String train = session.uploadData(work.resolve("images/train"), session.defaultBucket(), "bench/train");
            String test = session.uploadData(work.resolve("images/test"), session.defaultBucket(), "bench/test");
            Map<String, TrainingInput> inputs = Map.of("train", TrainingInput.of(train), "test",
                    TrainingInput.of(test));
            // the same folders as file:// channels: used in place, as Python's local mode mounts them
            Map<String, TrainingInput> folders = Map.of(
                    "train", TrainingInput.of(Uris.fileUri(work.resolve("images/train")) + "/"),
                    "test", TrainingInput.of(Uris.fileUri(work.resolve("images/test")) + "/"));
            JavaEstimator estimator = JavaEstimator.builder().entryPoint(DeepLearningWithDjl.Training.class)
                    .hyperparameters(Map.of("epochs", epochs, "learning_rate", 0.01)).instanceType("local")
                    .session(session).build();
            int e = epochs;
            // warm-up: one of each, not recorded
            handWritten(work, e, 0);
            estimator(ESTIMATOR_S3, estimator, inputs);
            estimator(ESTIMATOR_FOLDER, estimator, folders);
            for (int r = 0; r < runs; r++) {
                Pass a = handWritten(work, e, r + 1);
                Pass b = estimator(ESTIMATOR_S3, estimator, inputs);
                Pass c = estimator(ESTIMATOR_FOLDER, estimator, folders);
                passes.add(a);
                passes.add(b);
                passes.add(c);
                System.err.println(a + "\n" + b + "\n" + c);
            }
        } finally {
            Harnesses.deleteTree(work);
        }
        Files.createDirectories(out);
        Path report = out.resolve("DjlTraining-" + label + ".md");
        Files.writeString(report, report(label, passes, perClass, epochs, runs, loadBefore, Harnesses.uptimeQuoted(), started),
                StandardCharsets.UTF_8);
        System.out.println(Files.readString(report));
    }

    static Pass estimator(String kind, JavaEstimator estimator, Map<String, TrainingInput> inputs) {
        double[] accuracy = new double[1];
        String[] phases = {""};
        Pass p = measure(kind, () -> {
            TrainingJob job = estimator.fit(inputs, f -> f.logs(false));
            var d = job.describe();
            accuracy[0] = d.finalMetricDataList().stream()
                    .filter(m -> m.metricName().equals("validation:accuracy")).findFirst().orElseThrow().value();
            // where the job's time went, from its secondary status transitions
            phases[0] = d.secondaryStatusTransitions().stream().filter(t -> t.endTime() != null)
                    .map(t -> t.statusAsString() + " " + java.time.Duration.between(t.startTime(), t.endTime())
                            .toMillis() + " ms").collect(Collectors.joining(", "));
        });
        return new Pass(p.kind(), p.wallMs(), p.cpuMs(), accuracy[0], phases[0]);
    }

    static Pass handWritten(Path work, int epochs, int run) {
        double[] accuracy = new double[1];
        Pass p = measure("hand-written", () -> {
            try (NDManager manager = NDManager.newBaseManager("PyTorch"); Model model = Model.newInstance("cnn")) {
                ArrayDataset train = folder(manager, work.resolve("images/train"), true);
                ArrayDataset test = folder(manager, work.resolve("images/test"), false);
                model.setBlock(SmallCnn.block(CLASSES.size()));
                DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.softmaxCrossEntropyLoss())
                        .addEvaluator(new Accuracy())
                        .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.01f)).build())
                        .addTrainingListeners(TrainingListener.Defaults.basic());
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(1, 1, 8, 8));
                    EasyTrain.fit(trainer, epochs, train, test);
                    accuracy[0] = trainer.getTrainingResult().getValidateEvaluation("Accuracy");
                }
                model.setProperty("Epoch", Integer.toString(epochs));
                model.save(Files.createDirectories(work.resolve("hand-model-" + run)), "cnn");
            }
        });
        return new Pass(p.kind(), p.wallMs(), p.cpuMs(), accuracy[0], "");
    }

    /** The hand-written reading of an image folder: every PNG into one [N, 1, 8, 8] array in [0, 1]. */
    static ArrayDataset folder(NDManager manager, Path dir, boolean shuffle) throws IOException {
        List<float[]> pixels = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        for (int c = 0; c < CLASSES.size(); c++) {
            try (Stream<Path> files = Files.list(dir.resolve(CLASSES.get(c)))) {
                for (Path file : files.sorted().collect(Collectors.toList())) {
                    BufferedImage image = ImageIO.read(file.toFile());
                    float[] v = new float[64];
                    for (int y = 0; y < 8; y++) {
                        for (int x = 0; x < 8; x++) {
                            v[y * 8 + x] = image.getRaster().getSample(x, y, 0) / 255f;
                        }
                    }
                    pixels.add(v);
                    labels.add((float) c);
                }
            }
        }
        float[] x = new float[pixels.size() * 64];
        float[] y = new float[pixels.size()];
        for (int i = 0; i < pixels.size(); i++) {
            System.arraycopy(pixels.get(i), 0, x, i * 64, 64);
            y[i] = labels.get(i);
        }
        return new ArrayDataset.Builder().setData(manager.create(x, new Shape(y.length, 1, 8, 8)))
                .optLabels(manager.create(y, new Shape(y.length))).setSampling(32, shuffle).build();
    }

    /** Noisy 8×8 pictures: a horizontal bar, a vertical bar, a diagonal, a 2×2 dot. */
    static void draw(Path folder, int perClass, long seed) throws IOException {
        Random random = new Random(seed);
        for (String label : CLASSES) {
            Path dir = Files.createDirectories(folder.resolve(label));
            for (int i = 0; i < perClass; i++) {
                BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
                int at = random.nextInt(7);
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        boolean on = switch (label) {
                            case "horizontal" -> y == at;
                            case "vertical" -> x == at;
                            case "diagonal" -> at % 2 == 0 ? x == y : x == 7 - y;
                            default -> (x == at || x == at + 1) && (y == 6 - at || y == 7 - at);
                        };
                        image.getRaster().setSample(x, y, 0, on ? 200 + random.nextInt(56) : random.nextInt(60));
                    }
                }
                ImageIO.write(image, "png", dir.resolve(String.format(Locale.ROOT, "%04d.png", i)).toFile());
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static Pass measure(String kind, Work work) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(kind + " failed", e);
        }
        return new Pass(kind, (System.nanoTime() - t0) / 1e6, (os.getProcessCpuTime() - cpu0) / 1e6, 0, "");
    }

    private static double median(List<Pass> passes, String kind, java.util.function.ToDoubleFunction<Pass> f) {
        double[] v = passes.stream().filter(p -> p.kind().equals(kind)).mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String report(String label, List<Pass> passes, int perClass, int epochs, int runs,
                                 String loadBefore, String loadAfter, Instant started) {
        StringBuilder b = new StringBuilder();
        b.append("# DJL training: estimator vs hand-written loop (").append(label).append(")\n\n");
        b.append("`dev.sagemaker4j.benchmarks.DjlTrainingBenchmark` (`benchmarks/djl-training.sh`): the examples' ")
                .append("SmallCnn, Adam 0.01, batch 32, ").append(epochs).append(" epochs on ")
                .append(perClass * CLASSES.size()).append(" generated 8×8 PNGs (4 classes), validated each epoch on ")
                .append(Math.max(8, perClass / 4) * CLASSES.size()).append("; `JavaEstimator.fit` running ")
                .append("`DeepLearningWithDjl.Training` (DjlTraining) on the local backend vs the same DJL loop ")
                .append("by hand (ImageIO decode, ArrayDataset, EasyTrain.fit, Model.save); same JVM, alternating, ")
                .append("one warm-up of each, ").append(runs).append(" measured rounds. The estimator runs twice ")
                .append("a round: with the pictures uploaded to the local bucket (s3:// channels, copied into the ")
                .append("job as SageMaker's File mode does) and with the same folders the hand-written loop reads ")
                .append("as file:// channels (used in place, as Python's local mode mounts them). Goal (issue 20): ")
                .append("estimator ≤ 1.05× hand-written.\n\n");
        b.append("Host: ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                .append("; JDK ").append(System.getProperty("java.vm.version")).append("; JVM args ")
                .append(ManagementFactory.getRuntimeMXBean().getInputArguments()).append(". `uptime` at start: ")
                .append(loadBefore).append("; at the end: ").append(loadAfter).append(". Run ").append(started)
                .append(".\n\n");
        double handWall = median(passes, "hand-written", Pass::wallMs);
        double handCpu = median(passes, "hand-written", Pass::cpuMs);
        b.append("| pass | wall median | wall min | CPU median | ratio wall (median) | ratio CPU (median) ")
                .append("| validation accuracy (min) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String kind : List.of("hand-written", ESTIMATOR_S3, ESTIMATOR_FOLDER)) {
            double wall = median(passes, kind, Pass::wallMs);
            double cpu = median(passes, kind, Pass::cpuMs);
            b.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %.3f | %.3f | %.3f |%n", kind,
                    wall, passes.stream().filter(p -> p.kind().equals(kind)).mapToDouble(Pass::wallMs).min()
                            .orElse(0), cpu, wall / handWall, cpu / handCpu,
                    passes.stream().filter(p -> p.kind().equals(kind)).mapToDouble(Pass::accuracy).min()
                            .orElse(0)));
        }
        b.append("\nEvery pass (the estimator's phases from its SecondaryStatusTransitions):\n\n")
                .append("| pass | wall | CPU | validation accuracy | job phases |\n|---|---:|---:|---:|---|\n");
        for (Pass p : passes) {
            b.append(String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.3f | %s |%n", p.kind(), p.wallMs(),
                    p.cpuMs(), p.accuracy(), p.phases()));
        }
        return b.toString();
    }
}
