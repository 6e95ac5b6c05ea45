/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.sagemaker4j.djl.DjlOffline;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DjlTrainingTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void offline() {
        DjlOffline.ensure();
    }

    /** Two Gaussian blobs in 4-D, label first: class 0 around -1, class 1 around +1. */
    static String blobsCsv(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            int label = i % 2;
            sb.append(label);
            for (int j = 0; j < 4; j++) {
                sb.append(',').append((label == 0 ? -1 : 1) + random.nextGaussian() * 0.5);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private FakeEnvironment envWithCsv() throws Exception {
        FakeEnvironment env = new FakeEnvironment(tmp);
        Files.writeString(env.channelDir("train").resolve("part-0.csv"), blobsCsv(120, 1));
        Files.writeString(env.channelDir("validation").resolve("part-0.csv"), blobsCsv(40, 2));
        return env;
    }

    private static void trainMlp(DjlTraining djl, Model model) throws Exception {
        ArrayDataset train = djl.csv("train", o -> o.batchSize(16));
        ArrayDataset validation = djl.csv("validation", o -> o.batchSize(16).shuffle(false));
        model.setBlock(TinyMlp.block(2));
        try (Trainer trainer = model.newTrainer(djl.trainingConfig(Loss.softmaxCrossEntropyLoss())
                .addEvaluator(new Accuracy()).optOptimizer(Optimizer.adam().optLearningRateTracker(
                        Tracker.fixed(0.05f)).build()))) {
            trainer.initialize(new Shape(1, 4));
            djl.fit(trainer, train, validation);
        }
    }

    @Test
    void of_cpuInstanceType_trainsOnTheCpuAndSaysSo() {
        FakeEnvironment env = new FakeEnvironment(tmp);
        try (DjlTraining djl = DjlTraining.of(env)) {
            assertThat(djl.device().isGpu()).isFalse();
            assertThat(djl.fellBackToCpu()).isFalse();
            assertThat(env.lines).contains("DJL trains on the CPU: instance type local has no GPU");
            assertThatThrownBy(djl::requireGpu).isInstanceOfSatisfying(GpuUnavailableException.class,
                    e -> assertThat(e.instanceType()).isEqualTo("local"))
                    .hasMessageContaining("requires a GPU").hasMessageContaining("local has no GPU");
        }
    }

    @Test
    void of_localGpuWithoutAGpu_fallsBackToTheCpuNamingWhy() {
        assumeThat(Engine.getEngine("PyTorch").getGpuCount()).isZero();
        FakeEnvironment env = new FakeEnvironment(tmp);
        env.instanceType = "local_gpu";
        env.gpus = 1;
        try (DjlTraining djl = DjlTraining.of(env)) {
            assertThat(djl.devices()).hasSize(1);
            assertThat(djl.device().isGpu()).isFalse();
            assertThat(djl.fellBackToCpu()).isTrue();
            assertThat(djl.deviceNote()).contains("falls back to the CPU").contains("local_gpu")
                    .contains("sees none");
            assertThat(env.lines).contains(djl.deviceNote());
            assertThatThrownBy(djl::requireGpu).isInstanceOf(GpuUnavailableException.class)
                    .hasMessageContaining("instance type local_gpu asks for 1 GPU(s)");
        }
    }

    @Test
    void csv_labelFirst_readsFeaturesAndLabels() throws Exception {
        FakeEnvironment env = new FakeEnvironment(tmp);
        Files.writeString(env.channelDir("train").resolve("a.csv"), "1,0.5,2\n0,1.5,3\n\n");
        Files.writeString(env.channelDir("train").resolve("b.csv"), "2,7,8\n");
        try (DjlTraining djl = DjlTraining.of(env); NDManager m = NDManager.newBaseManager()) {
            ArrayDataset ds = djl.csv("train", o -> o.batchSize(8).shuffle(false));
            Batch batch = ds.getData(m).iterator().next();
            assertThat(batch.getData().head().getShape()).isEqualTo(new Shape(3, 2));
            assertThat(batch.getData().head().toFloatArray()).containsExactly(0.5f, 2f, 1.5f, 3f, 7f, 8f);
            assertThat(batch.getLabels().head().toFloatArray()).containsExactly(1f, 0f, 2f);
        }
    }

    @Test
    void csv_headerOrRaggedRow_failsNamingFileAndLine() throws Exception {
        FakeEnvironment env = new FakeEnvironment(tmp);
        Files.writeString(env.channelDir("train").resolve("a.csv"), "label,x\n1,2\n");
        Files.writeString(env.channelDir("ragged").resolve("a.csv"), "1,2,3\n1,2\n");
        try (DjlTraining djl = DjlTraining.of(env)) {
            assertThatThrownBy(() -> djl.csv("train")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("a.csv:1").hasMessageContaining("'label'");
            assertThatThrownBy(() -> djl.csv("ragged")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("a.csv:2").hasMessageContaining("has 2 columns where 3");
        }
    }

    @Test
    void npy_featuresAndLabels_keepTheRank_andOneArrayTakesColumnZeroAsLabel() throws Exception {
        FakeEnvironment env = new FakeEnvironment(tmp);
        float[] images = new float[3 * 1 * 2 * 2];
        for (int i = 0; i < images.length; i++) {
            images[i] = i;
        }
        Files.write(env.channelDir("images").resolve("features.npy"),
                Npy.toBytes(NpyArray.of(images).reshape(3, 1, 2, 2)));
        Files.write(env.channelDir("images").resolve("labels.npy"), Npy.toBytes(NpyArray.of(new int[] {0, 1, 1})));
        Files.write(env.channelDir("table").resolve("data.npy"),
                Npy.toBytes(NpyArray.of(new double[][] {{1, 10, 11}, {0, 20, 21}})));
        try (DjlTraining djl = DjlTraining.of(env); NDManager m = NDManager.newBaseManager()) {
            Batch images4d = djl.npy("images", o -> o.shuffle(false)).getData(m).iterator().next();
            assertThat(images4d.getData().head().getShape()).isEqualTo(new Shape(3, 1, 2, 2));
            assertThat(images4d.getData().head().toFloatArray()).containsExactly(images);
            assertThat(images4d.getLabels().head().toFloatArray()).containsExactly(0f, 1f, 1f);

            Batch table = djl.npy("table", o -> o.shuffle(false)).getData(m).iterator().next();
            assertThat(table.getData().head().toFloatArray()).containsExactly(10f, 11f, 20f, 21f);
            assertThat(table.getLabels().head().toFloatArray()).containsExactly(1f, 0f);
        }
    }

    @Test
    void imageFolder_classPerSubfolder_decodesChwInZeroToOne() throws Exception {
        FakeEnvironment env = new FakeEnvironment(tmp);
        writeGray(env.channelDir("train").resolve("bright").resolve("0.png"), 8, 8, 200);
        writeGray(env.channelDir("train").resolve("bright").resolve("1.png"), 8, 8, 220);
        writeGray(env.channelDir("train").resolve("dark").resolve("0.png"), 8, 8, 10);
        writeGray(env.channelDir("odd").resolve("a").resolve("0.png"), 8, 8, 10);
        writeGray(env.channelDir("odd").resolve("a").resolve("1.png"), 4, 8, 10);
        try (DjlTraining djl = DjlTraining.of(env); NDManager m = NDManager.newBaseManager()) {
            assertThat(djl.imageClasses("train")).containsExactly("bright", "dark");
            Batch batch = djl.imageFolder("train", o -> o.grayscale(true).shuffle(false)).getData(m).iterator()
                    .next();
            NDArray x = batch.getData().head();
            assertThat(x.getShape()).isEqualTo(new Shape(3, 1, 8, 8));
            assertThat(x.get(0).mean().getFloat()).isCloseTo(200f / 255, org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(x.get(2).mean().getFloat()).isCloseTo(10f / 255, org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(batch.getLabels().head().toFloatArray()).containsExactly(0f, 0f, 1f);

            Batch colour = djl.imageFolder("train", o -> o.resize(4, 4).shuffle(false)).getData(m).iterator().next();
            assertThat(colour.getData().head().getShape()).isEqualTo(new Shape(3, 3, 4, 4));

            assertThatThrownBy(() -> djl.imageFolder("odd", o -> o.grayscale(true)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("1.png")
                    .hasMessageContaining("is 4x8 where the first image was 8x8");
        }
    }

    @Test
    void imageFolder_colourImages_matchDjlsOwnDecodingInBothModes() throws Exception {
        FakeEnvironment env = new FakeEnvironment(tmp);
        Path file = env.channelDir("train").resolve("a").resolve("0.png");
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(3);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ImageIO.write(image, "png", file.toFile());
        try (DjlTraining djl = DjlTraining.of(env); NDManager m = NDManager.newBaseManager()) {
            for (boolean gray : new boolean[] {true, false}) {
                NDArray ours = djl.imageFolder("train", o -> o.grayscale(gray)).getData(m).iterator().next()
                        .getData().head();
                NDArray djls = ai.djl.modality.cv.ImageFactory.getInstance().fromFile(file).toNDArray(m,
                        gray ? ai.djl.modality.cv.Image.Flag.GRAYSCALE : ai.djl.modality.cv.Image.Flag.COLOR)
                        .transpose(2, 0, 1).toType(ai.djl.ndarray.types.DataType.FLOAT32, false).div(255f);
                assertThat(ours.getShape()).isEqualTo(new Shape(1, gray ? 1 : 3, 3, 5));
                assertThat(ours.toFloatArray()).containsExactly(djls.toFloatArray());
            }
        }
    }

    static void writeGray(Path file, int width, int height, int value) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.getRaster().setSample(x, y, 0, value);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    @Test
    void fit_reportsEpochMetricsProgressAndCheckpoints_thenResumesAfterTheLastEpoch() throws Exception {
        FakeEnvironment env = envWithCsv();
        env.hyperparameters.put("epochs", "2");
        try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("mlp", djl.device())) {
            trainMlp(djl, model);
            assertThat(djl.listener().epochsDone()).isEqualTo(2);
            assertThat(djl.listener().latestMetrics()).containsKeys("train:loss", "validation:loss",
                    "train:accuracy", "validation:accuracy");
        }
        assertThat(env.metrics).anyMatch(m -> m.startsWith("train:loss@1=")).anyMatch(m -> m.startsWith(
                "validation:accuracy@2=")).noneMatch(m -> m.contains("@3="));
        assertThat(env.progress).containsExactly("1/2 epoch", "2/2 epoch");
        assertThat(env.lines).anyMatch(l -> l.startsWith("epoch 2/2: train:loss="));
        assertThat(env.checkpointDir().resolve(DjlTraining.CHECKPOINT_FILE)).isRegularFile();

        env.hyperparameters.put("epochs", "4");
        env.metrics.clear();
        try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("mlp", djl.device())) {
            trainMlp(djl, model);
            assertThat(djl.listener().epochsDone()).isEqualTo(4);
            double accuracy = djl.listener().latestMetrics().get("validation:accuracy");
            assertThat(accuracy).isGreaterThanOrEqualTo(0.95);
        }
        assertThat(env.lines).contains("Resuming from the checkpoint of epoch 2: training continues at epoch 3");
        assertThat(env.metrics).anyMatch(m -> m.startsWith("train:loss@3=")).anyMatch(m -> m.startsWith(
                "train:loss@4=")).noneMatch(m -> m.contains("@1=") || m.contains("@2="));
    }

    @Test
    void resume_checkpointOfAnotherModel_failsNamingIt() throws Exception {
        FakeEnvironment env = envWithCsv();
        env.hyperparameters.put("epochs", "1");
        try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("mlp", djl.device())) {
            trainMlp(djl, model);
        }
        try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("other", djl.device())) {
            model.setBlock(ai.djl.nn.core.Linear.builder().setUnits(2).build());
            try (Trainer trainer = model.newTrainer(djl.trainingConfig(Loss.softmaxCrossEntropyLoss()))) {
                trainer.initialize(new Shape(1, 4));
                assertThatThrownBy(() -> djl.resume(trainer)).isInstanceOf(ValidationException.class)
                        .hasMessageContaining("holds the checkpoint of another model");
            }
        }
    }

    @Test
    void saveModel_javaBlock_writesDjlModelFolderThatCriteriaLoads() throws Exception {
        FakeEnvironment env = envWithCsv();
        env.hyperparameters.put("epochs", "2");
        float[] expected;
        try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("mlp", djl.device())) {
            trainMlp(djl, model);
            assertThatThrownBy(() -> djl.saveModel(model)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("blockFactory").hasMessageContaining("cannot be written as TorchScript");
            assertThat(djl.saveModel(model, s -> s.blockFactory(TinyMlp.class).property("classes", "2")
                    .synset(java.util.List.of("minus", "plus")))).extracting(p -> p.getFileName().toString())
                    .containsExactly("mlp-0002.params", "serving.properties", "synset.txt");
            try (Predictor<NDList, NDList> p = model.newPredictor(new ai.djl.translate.NoopTranslator())) {
                expected = p.predict(new NDList(djl.manager().create(new float[] {1, 1, 1, 1}, new Shape(1, 4))))
                        .head().toFloatArray();
            }
        }
        assertThat(Files.readString(env.modelDir().resolve("serving.properties"))).isEqualTo(
                "engine=PyTorch\noption.modelName=mlp\nblockFactory=" + TinyMlp.class.getName() + "\nclasses=2\n");

        Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                .optModelPath(env.modelDir()).build();
        try (ZooModel<NDList, NDList> loaded = criteria.loadModel();
             Predictor<NDList, NDList> p = loaded.newPredictor(); NDManager m = NDManager.newBaseManager()) {
            float[] actual = p.predict(new NDList(m.create(new float[] {1, 1, 1, 1}, new Shape(1, 4)))).head()
                    .toFloatArray();
            assertThat(actual).containsExactly(expected);
        }
    }

    @Test
    void torchScript_fineTunedFromTheChannel_isSavedBackAsModelPt() throws Exception {
        FakeEnvironment env = envWithCsv();
        env.hyperparameters.put("epochs", "3");
        try (InputStream in = getClass().getResourceAsStream("tiny-mlp.pt")) {
            Files.copy(in, env.channelDir("model").resolve("model.pt"));
        }
        float[] before;
        float[] after;
        try (DjlTraining djl = DjlTraining.of(env); Model model = djl.torchScript("model")) {
            NDArray ones = djl.manager().create(new float[] {1, 1, 1, 1}, new Shape(1, 4));
            try (Predictor<NDList, NDList> p = model.newPredictor(new ai.djl.translate.NoopTranslator())) {
                before = p.predict(new NDList(ones)).head().toFloatArray();
            }
            ArrayDataset train = djl.csv("train", o -> o.batchSize(16));
            ArrayDataset validation = djl.csv("validation", o -> o.batchSize(16).shuffle(false));
            try (Trainer trainer = model.newTrainer(djl.trainingConfig(Loss.softmaxCrossEntropyLoss())
                    .addEvaluator(new Accuracy()).optOptimizer(Optimizer.adam().optLearningRateTracker(
                            Tracker.fixed(0.05f)).build()))) {
                trainer.initialize(new Shape(1, 4));
                djl.fit(trainer, train, validation);
            }
            assertThat(djl.listener().latestMetrics().get("validation:accuracy")).isGreaterThanOrEqualTo(0.95);
            assertThat(djl.saveModel(model)).extracting(p -> p.getFileName().toString())
                    .containsExactly("model.pt", "serving.properties");
            try (Predictor<NDList, NDList> p = model.newPredictor(new ai.djl.translate.NoopTranslator())) {
                after = p.predict(new NDList(ones)).head().toFloatArray();
            }
        }
        // the fixture's own output for ones(1, 4), printed by make_tiny_mlp.py
        assertThat(before).containsExactly(new float[] {-0.31386691f, -0.36902833f},
                org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(after).isNotEqualTo(before);
        try (Model reloaded = Model.newInstance("model", ai.djl.Device.cpu(), "PyTorch")) {
            reloaded.load(env.modelDir());
            try (Predictor<NDList, NDList> p = reloaded.newPredictor(new ai.djl.translate.NoopTranslator());
                 NDManager m = NDManager.newBaseManager()) {
                float[] again = p.predict(new NDList(m.create(new float[] {1, 1, 1, 1}, new Shape(1, 4)))).head()
                        .toFloatArray();
                assertThat(again).containsExactly(after, org.assertj.core.data.Offset.offset(1e-5f));
            }
        }
    }
}
