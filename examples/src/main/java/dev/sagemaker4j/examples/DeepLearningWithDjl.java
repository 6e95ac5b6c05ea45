/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import ai.djl.Model;
import ai.djl.modality.Classifications;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.Trainer;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.djl.training.DjlTraining;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.serializers.IdentitySerializer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/**
 * Deep learning with DJL: a small CNN ({@link SmallCnn}) learns four kinds of 8×8 grey pictures the example draws
 * (a horizontal bar, a vertical bar, a diagonal, a dot, over noise) in a {@link JavaEstimator} job. The training
 * script ({@link Training}) gets its devices, its two image-folder channels as DJL datasets, the listener that turns
 * epochs into the job's metrics and checkpoints, and saves the model as DJL's model folder ({@code cnn-NNNN.params},
 * {@code serving.properties} with the block factory and an image-classification translator, {@code synset.txt}),
 * which becomes {@code model.tar.gz}. The example then loads that folder as a DJL serving container does (an image
 * in, classes out) and classifies the test pictures, and deploys the same {@code model.tar.gz} as a local endpoint,
 * which serves it with DJL: PNG bytes in, the classes as JSON out.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=DeepLearningWithDjl -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class DeepLearningWithDjl {
    /** The classes, in the order of their folders' names. */
    static final List<String> CLASSES = List.of("diagonal", "dot", "horizontal", "vertical");

    private DeepLearningWithDjl() {
    }

    /**
     * The training script: a CNN over the {@code train} image folder, validated on {@code test}. It runs unchanged
     * on several hosts ({@code instanceCount(2)}, the {@code train} channel {@code ShardedByS3Key}): DjlTraining then
     * trains data-parallel, averaging the hosts' gradients after every batch, and algo-1 writes the model.
     */
    public static final class Training implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            float lr = (float) env.doubleHyperparameter("learning_rate", 0.01);
            try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("cnn", djl.device())) {
                var train = djl.imageFolder("train", o -> o.grayscale(true).batchSize(32));
                var test = djl.imageFolder("test", o -> o.grayscale(true).batchSize(32).shuffle(false));
                List<String> classes = djl.imageClasses("train");
                model.setBlock(SmallCnn.block(classes.size()));
                try (Trainer trainer = djl.newTrainer(model, djl.trainingConfig(Loss.softmaxCrossEntropyLoss())
                        .addEvaluator(new Accuracy())
                        .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(lr)).build()))) {
                    trainer.initialize(new Shape(1, 1, 8, 8));
                    djl.fit(trainer, train, test);
                }
                djl.saveModel(model, s -> s.blockFactory(SmallCnn.class)
                        .translatorFactory("ai.djl.modality.cv.translator.ImageClassificationTranslatorFactory")
                        .property("classes", Integer.toString(classes.size())).property("width", "8")
                        .property("height", "8").property("flag", "GRAYSCALE").property("applySoftmax", "true")
                        .synset(classes));
            }
        }
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws Exception when a step fails
     */
    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "djl"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the output
     * @param out  where to print
     * @throws Exception when a step fails
     */
    public static void run(Path root, PrintStream out) throws Exception {
        Path images = root.resolve("output/images");
        drawImages(images.resolve("train"), 64, 1);
        drawImages(images.resolve("test"), 24, 2);
        out.println("images: " + 64 * CLASSES.size() + " to train, " + 24 * CLASSES.size() + " to test, in "
                + images);

        try (Session session = Session.local(root.resolve("session"))) {
            String train = session.uploadData(images.resolve("train"), session.defaultBucket(), "djl/train");
            String test = session.uploadData(images.resolve("test"), session.defaultBucket(), "djl/test");
            JavaEstimator estimator = JavaEstimator.builder().entryPoint(Training.class)
                    .hyperparameters(Map.of("epochs", 8, "learning_rate", 0.01)).instanceType("local")
                    .checkpointS3Uri("s3://" + session.defaultBucket() + "/djl/checkpoints").session(session).build();
            TrainingJob job = estimator.fit(Map.of("train", TrainingInput.of(train), "test", TrainingInput.of(test)));

            DescribeTrainingJobResponse d = job.describe();
            out.println("job: " + job.name() + " " + d.trainingJobStatusAsString());
            d.finalMetricDataList().forEach(m -> out.println(String.format(Locale.ROOT, "final %s = %.4f",
                    m.metricName(), m.value())));
            out.println("train:loss by epoch: " + estimator.trainingJobAnalytics().series("train:loss").stream()
                    .map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(" ")));
            String artifact = d.modelArtifacts().s3ModelArtifacts();
            out.println("model artifact: " + artifact);

            Path modelDir = root.resolve("output/model");
            S3Uri uri = S3Uri.parse(artifact);
            Path tarball = session.downloadData(root.resolve("output/download"), uri.bucket(), uri.key()).get(0);
            try (InputStream in = Files.newInputStream(tarball)) {
                Tarballs.unpack(in, modelDir, artifact);
            }
            try (Stream<Path> files = Files.list(modelDir)) {
                out.println("model files: " + files.map(p -> p.getFileName().toString()).sorted()
                        .collect(Collectors.joining(" ")));
            }
            out.println(String.format(Locale.ROOT, "served accuracy = %.4f", classify(modelDir, images.resolve(
                    "test"), out)));

            // the same model.tar.gz deployed as an endpoint: local hosting serves the DJL model folder with DJL,
            // as SageMaker's DJL serving container does; the picture's PNG bytes in, the classes as JSON out
            // the image names the serving container on SageMaker; locally the artifact decides: DJL serves it
            Predictor<String> endpoint = dev.sagemaker4j.model.Model.builder()
                    .imageUri("763104351884.dkr.ecr." + session.region()
                            + ".amazonaws.com/pytorch-inference:2.5-cpu-py311")
                    .modelData(artifact).session(session).build()
                    .deploy(o -> o.initialInstanceCount(1).instanceType("local")
                            .serializer(new IdentitySerializer("image/png"))
                            .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "application/json")));
            try {
                int right = 0;
                int all = 0;
                for (String label : CLASSES) {
                    try (Stream<Path> files = Files.list(images.resolve("test").resolve(label))) {
                        for (Path file : files.sorted().collect(Collectors.toList())) {
                            JsonNode classes = SdkJson.MAPPER.readTree(endpoint.predict(Files.readAllBytes(file)));
                            if (all == 0) {
                                out.println("endpoint answer for a " + label + " picture: " + classes.get(0));
                            }
                            right += classes.get(0).path("className").asText().equals(label) ? 1 : 0;
                            all++;
                        }
                    }
                }
                out.println(String.format(Locale.ROOT, "endpoint accuracy = %.4f", (double) right / all));
            } finally {
                endpoint.deleteEndpoint();
            }
        }
    }

    /** Loads the model folder as DJL serving does (image in, classes out) and classifies every test picture. */
    static double classify(Path modelDir, Path testImages, PrintStream out) throws Exception {
        Criteria<Image, Classifications> criteria = Criteria.builder().setTypes(Image.class, Classifications.class)
                .optModelPath(modelDir).build();
        int right = 0;
        int all = 0;
        try (ZooModel<Image, Classifications> model = criteria.loadModel();
             var predictor = model.newPredictor()) {
            for (String label : CLASSES) {
                try (Stream<Path> files = Files.list(testImages.resolve(label))) {
                    for (Path file : files.sorted().collect(Collectors.toList())) {
                        Classifications c = predictor.predict(ImageFactory.getInstance().fromFile(file));
                        if (all == 0) {
                            out.println("first test picture (" + label + "): " + c.best());
                        }
                        right += c.best().getClassName().equals(label) ? 1 : 0;
                        all++;
                    }
                }
            }
        }
        return (double) right / all;
    }

    /** Draws {@code perClass} noisy 8×8 pictures of each class into {@code folder/<class>/NNN.png}. */
    static void drawImages(Path folder, int perClass, long seed) throws IOException {
        Random random = new Random(seed);
        for (String label : CLASSES) {
            Path dir = Files.createDirectories(folder.resolve(label));
            for (int i = 0; i < perClass; i++) {
                BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
                int[][] pixels = new int[8][8];
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        pixels[y][x] = random.nextInt(60);
                    }
                }
                int at = random.nextInt(8);
                for (int k = 0; k < 8; k++) {
                    switch (label) {
                        case "horizontal":
                            pixels[at][k] = 200 + random.nextInt(56);
                            break;
                        case "vertical":
                            pixels[k][at] = 200 + random.nextInt(56);
                            break;
                        case "diagonal":
                            pixels[k][at % 2 == 0 ? k : 7 - k] = 200 + random.nextInt(56);
                            break;
                        default:
                            break;
                    }
                }
                if (label.equals("dot")) {
                    int x = random.nextInt(7);
                    int y = random.nextInt(7);
                    pixels[y][x] = 255;
                    pixels[y + 1][x] = 255;
                    pixels[y][x + 1] = 255;
                    pixels[y + 1][x + 1] = 255;
                }
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        image.getRaster().setSample(x, y, 0, pixels[y][x]);
                    }
                }
                ImageIO.write(image, "png", dir.resolve(String.format(Locale.ROOT, "%03d.png", i)).toFile());
            }
        }
    }
}
