/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Dataset;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.loss.Loss;
import ai.djl.translate.TranslateException;
import ai.djl.util.Pair;
import dev.sagemaker4j.djl.DjlOffline;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DJL in a Java training script: the devices of the job's instance, its channels as DJL datasets, a listener that
 * turns epochs into the job's metrics, progress and checkpoints, resuming from the last checkpoint, and saving the
 * model in the formats SageMaker's serving containers load.
 *
 * <pre>{@code
 * public final class CnnTraining implements TrainingScript {
 *     public void train(TrainingEnvironment env) throws Exception {
 *         try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("cnn", djl.device())) {
 *             ArrayDataset train = djl.imageFolder("train", o -> o.grayscale(true));
 *             ArrayDataset test = djl.imageFolder("test", o -> o.grayscale(true).shuffle(false));
 *             model.setBlock(SmallCnn.block(djl.imageClasses("train").size()));
 *             try (Trainer trainer = djl.newTrainer(model, djl.trainingConfig(Loss.softmaxCrossEntropyLoss())
 *                     .addEvaluator(new Accuracy()))) {
 *                 trainer.initialize(new Shape(1, 1, 8, 8));
 *                 djl.fit(trainer, train, test);   // resumes from the checkpoint, epochs from the hyperparameter
 *             }
 *             djl.saveModel(model, s -> s.blockFactory(SmallCnn.Factory.class));
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p><b>Devices.</b> A {@code local_gpu} (or {@code ml.p*}/{@code ml.g*}) job trains on the GPUs DJL's PyTorch engine
 * sees; when it sees none (no CUDA device, or only the CPU natives {@code pytorch-native-cpu} on the class path) the
 * job trains on the CPU and its log says so and why. {@link #requireGpu()} makes a missing GPU an error instead.
 *
 * <p><b>Channels.</b> {@link #csv(String)}: SageMaker's CSV convention, no header, the label in the first column;
 * {@link #npy(String)}: one {@code .npy} array with the label in column 0, or {@code features.npy} (any rank) with
 * {@code labels.npy}; {@link #imageFolder(String)}: one subfolder per class (the layout of DJL's {@code ImageFolder},
 * whose {@code basicdataset} artifact this project does not ship), images as CHW float32 scaled to [0, 1], as DJL's
 * {@code ToTensor} and image translators prepare them. Each is read into memory once as an {@link ArrayDataset}.
 *
 * <p><b>Formats.</b> A model whose block is TorchScript ({@link #torchScript(String)}, a {@code model.pt} from a
 * channel, fine-tuned here) is saved back as TorchScript {@code model.pt}, which SageMaker's PyTorch containers and
 * DJL load. A block defined in Java cannot be exported to TorchScript (DJL has no tracer for its own blocks), so it is
 * saved as DJL's model folder: {@code <name>-NNNN.params} (NNNN the epochs trained) with a {@code serving.properties}
 * naming {@code engine=PyTorch}, the model name and the {@link ai.djl.nn.BlockFactory} that rebuilds the block,
 * which DJL's {@code Criteria} and DJL Serving load. Both go into the model directory and so into {@code
 * model.tar.gz}.
 *
 * <p><b>Several hosts.</b> A job with {@code instanceCount} N &gt; 1 runs the script on the hosts {@code algo-1} …
 * {@code algo-N}, each with its share of a {@code ShardedByS3Key} channel, and trains one model with synchronous data
 * parallelism: every host computes the gradients of its own batch, and after every batch the gradients are averaged
 * over the hosts before the optimizer's step ({@link ai.djl.training.Trainer#step()}), so every host takes the same
 * step; {@link #fit} first copies {@code algo-1}'s initial (or resumed) parameters to the others, and parameters
 * without gradient (BatchNorm's running statistics) are averaged after every epoch. All hosts end with the same
 * parameters, and only {@code algo-1}, the leader, writes the model ({@link #saveModel} does nothing on the others).
 * The averaging happens in the {@link #listener()}, which DJL calls between the backward pass and the step, so a
 * config from {@link #trainingConfig} and a trainer from {@link #newTrainer} are all a script needs; it is gradient
 * averaging, not parameter averaging. Each
 * host must train on the same number of batches per epoch: {@link #csv}, {@link #npy} and {@link #imageFolder} cut
 * every host's share to the smallest one. In data-parallel training each host trains on one device (the GPU of its
 * rank, or the CPU). When a host fails, the others fail too, instead of waiting for it, and the job fails with the
 * first host's reason. The hosts meet in memory, as the local backend runs them, in one JVM.
 *
 * <p>Owns an {@link NDManager} holding the datasets' arrays: close it when training is done (on several hosts,
 * closing also tells the other hosts this one left).
 */
public final class DjlTraining implements AutoCloseable {
    /** The checkpoint file in the job's checkpoint folder. */
    public static final String CHECKPOINT_FILE = "djl-checkpoint.bin";

    private static final Logger LOG = LoggerFactory.getLogger(DjlTraining.class);
    private static final byte[] MAGIC = "SM4JDJL1".getBytes(StandardCharsets.US_ASCII);
    private static int gpuCount = -1;

    private final TrainingEnvironment env;
    private final Device[] devices;
    private final String deviceNote;
    private final boolean gpuFallback;
    private final NDManager manager;
    private final DataParallel parallel;
    private SageMakerTrainingListener listener;

    private DjlTraining(TrainingEnvironment env, Device[] devices, String deviceNote, boolean gpuFallback,
                        DataParallel parallel) {
        this.env = env;
        this.devices = devices;
        this.deviceNote = deviceNote;
        this.gpuFallback = gpuFallback;
        this.parallel = parallel;
        this.manager = NDManager.newBaseManager(Device.cpu(), "PyTorch");
    }

    /**
     * DJL for a training job: picks its devices and logs which.
     *
     * @param env the training contract of this host
     * @return a new instance; close it when done
     */
    public static DjlTraining of(TrainingEnvironment env) {
        DjlOffline.ensure();
        Engine engine = Engine.getEngine("PyTorch");
        int requested = env.numGpus();
        String type = env.currentInstanceType();
        int available = gpuCount(engine);
        Device[] devices;
        String note;
        boolean fallback = false;
        if (requested > 0 && available > 0) {
            int n = "local_gpu".equals(type) ? available : Math.min(requested, available);
            devices = new Device[n];
            for (int i = 0; i < n; i++) {
                devices[i] = Device.gpu(i);
            }
            note = "DJL trains on " + n + " GPU(s) of instance type " + type + " (PyTorch " + engine.getVersion() + ")";
        } else if (requested > 0) {
            devices = new Device[] {Device.cpu()};
            fallback = true;
            note = "DJL falls back to the CPU: instance type " + type + " asks for " + requested + " GPU(s), but DJL's"
                    + " PyTorch engine " + engine.getVersion() + " sees none (no CUDA device here, or only the CPU"
                    + " natives pytorch-native-cpu on the class path)";
        } else {
            devices = new Device[] {Device.cpu()};
            note = "DJL trains on the CPU: instance type " + type + " has no GPU";
        }
        DataParallel parallel = null;
        if (env.hosts().size() > 1) {
            if (!env.hostsShareThisProcess()) {
                // the hosts meet in memory: on separate instances the peers would never arrive
                throw new dev.sagemaker4j.exceptions.OperationNotSupportedException("data-parallel DJL training on "
                        + env.hosts().size() + " instances", "sagemaker", "its hosts meet in one JVM, as the local"
                        + " backend runs them; train with instance_count 1 on the service, or locally on several"
                        + " hosts");
            }
            int rank = env.hosts().indexOf(env.currentHost());
            // the gradients DJL leaves on a parameter are those of its one device; several devices per host would
            // keep them in the trainer's private parameter store
            devices = new Device[] {devices[rank % devices.length]};
            parallel = new DataParallel(env, HostGroup.join(env));
            note += "; data-parallel training on " + env.hosts().size() + " hosts " + env.hosts() + ", "
                    + env.currentHost() + " on " + devices[0] + ", gradients averaged after every batch, "
                    + env.hosts().get(0) + " writes the model";
        }
        if (fallback) {
            LOG.warn(note);
        } else {
            LOG.info(note);
        }
        env.log(note);
        return new DjlTraining(env, devices, note, fallback, parallel);
    }

    /** DJL probes CUDA on every call (and logs a warning without it); the count does not change in a JVM. */
    private static synchronized int gpuCount(Engine engine) {
        if (gpuCount < 0) {
            gpuCount = engine.getGpuCount();
        }
        return gpuCount;
    }

    /**
     * The training contract this instance reads.
     *
     * @return the environment
     */
    public TrainingEnvironment environment() {
        return env;
    }

    /**
     * The devices to train on: the GPUs, or the CPU.
     *
     * @return a copy
     */
    public Device[] devices() {
        return devices.clone();
    }

    /**
     * The first device, for {@code Model.newInstance(name, device)}.
     *
     * @return a GPU or the CPU
     */
    public Device device() {
        return devices[0];
    }

    /**
     * Which devices were chosen and why (also in the job's log).
     *
     * @return e.g. {@code DJL falls back to the CPU: instance type local_gpu asks for 1 GPU(s), but ...}
     */
    public String deviceNote() {
        return deviceNote;
    }

    /**
     * Whether the instance type has GPUs that DJL could not use, so training runs on the CPU.
     *
     * @return true after a fall-back
     */
    public boolean fellBackToCpu() {
        return gpuFallback;
    }

    /**
     * Fails unless training runs on a GPU, for scripts too slow to run on a CPU.
     *
     * @throws GpuUnavailableException naming the instance type and why no GPU is there
     */
    public void requireGpu() {
        if (!devices[0].isGpu()) {
            String type = env.currentInstanceType();
            String why = env.numGpus() > 0 ? deviceNote.replace("DJL falls back to the CPU: ", "")
                    : "instance type " + type + " has no GPU";
            throw new GpuUnavailableException(type, "The training script requires a GPU: " + why + ". Run it on"
                    + " local_gpu on a machine with a CUDA device and DJL's CUDA natives, or on an ml.p*/ml.g*"
                    + " instance type");
        }
    }

    /**
     * The manager that holds the datasets' arrays (on the CPU; batches move to the training devices).
     *
     * @return the manager, closed by {@link #close()}
     */
    public NDManager manager() {
        return manager;
    }

    /**
     * The number of epochs: the {@code epochs} hyperparameter (default 1), as SageMaker's framework examples name it.
     *
     * @return the epochs
     * @throws ValidationException when the hyperparameter is not a whole number of 1 or more
     */
    public int epochs() {
        int epochs = env.intHyperparameter("epochs", 1);
        if (epochs < 1) {
            throw new ValidationException("epochs", epochs, "is below 1", "train for 1 epoch or more");
        }
        return epochs;
    }

    // ---------------------------------------------------------------------------------------------- datasets

    /**
     * A CSV channel as a dataset, with the default {@link DatasetOptions}.
     *
     * @param channel the channel name
     * @return features {@code [N, F]} and labels {@code [N]}, float32
     * @see #csv(String, DatasetOptions)
     */
    public ArrayDataset csv(String channel) {
        return csv(channel, DatasetOptions.defaults());
    }

    /**
     * A CSV channel as a dataset.
     *
     * @param channel the channel name
     * @param options the options, by name
     * @return features {@code [N, F]} and labels {@code [N]}, float32
     * @see #csv(String, DatasetOptions)
     */
    public ArrayDataset csv(String channel, Consumer<DatasetOptions.Builder> options) {
        return csv(channel, build(options));
    }

    /**
     * A CSV channel as a dataset, in SageMaker's CSV convention: no header, the label in the first column, the
     * features after it; every file of the channel folder (sorted by name) is read.
     *
     * @param channel the channel name
     * @param options the options
     * @return features {@code [N, F]} and labels {@code [N]}, float32
     * @throws ValidationException naming the file and line of a value that is not a number or a row of another width
     */
    public ArrayDataset csv(String channel, DatasetOptions options) {
        List<float[]> rows = new ArrayList<>();
        int width = -1;
        for (Path file : files(channel)) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int lineNo = 0;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] cells = line.split(",", -1);
                    if (width < 0) {
                        width = cells.length;
                    }
                    if (cells.length != width || width < 2) {
                        throw new ValidationException("channel " + channel, file.getFileName() + ":" + lineNo,
                                "has " + cells.length + " columns where " + Math.max(width, 2) + " were expected",
                                "write the label first, then the same number of features on every line");
                    }
                    float[] row = new float[width];
                    for (int i = 0; i < width; i++) {
                        try {
                            row[i] = Float.parseFloat(cells[i].trim());
                        } catch (NumberFormatException e) {
                            throw new ValidationException("channel " + channel, file.getFileName() + ":" + lineNo,
                                    "has '" + cells[i] + "' in column " + (i + 1) + ", which is not a number",
                                    "write numbers only, without a header line (SageMaker's CSV convention)", e);
                        }
                    }
                    rows.add(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        if (rows.isEmpty()) {
            throw new ValidationException("channel " + channel, env.channel(channel), "holds no CSV rows",
                    "upload CSV files with the label in the first column");
        }
        int n = rows.size();
        int f = width - 1;
        float[] features = new float[n * f];
        float[] labels = new float[n];
        for (int r = 0; r < n; r++) {
            float[] row = rows.get(r);
            labels[r] = row[0];
            System.arraycopy(row, 1, features, r * f, f);
        }
        return dataset(manager.create(features, new Shape(n, f)), manager.create(labels, new Shape(n)), options);
    }

    /**
     * An {@code .npy} channel as a dataset, with the default {@link DatasetOptions}.
     *
     * @param channel the channel name
     * @return the dataset, float32
     * @see #npy(String, DatasetOptions)
     */
    public ArrayDataset npy(String channel) {
        return npy(channel, DatasetOptions.defaults());
    }

    /**
     * An {@code .npy} channel as a dataset.
     *
     * @param channel the channel name
     * @param options the options, by name
     * @return the dataset, float32
     * @see #npy(String, DatasetOptions)
     */
    public ArrayDataset npy(String channel, Consumer<DatasetOptions.Builder> options) {
        return npy(channel, build(options));
    }

    /**
     * An {@code .npy} channel as a dataset: either {@link DatasetOptions#featuresFile()} (any rank, examples along
     * the first axis) with {@link DatasetOptions#labelsFile()}, or a channel holding one 2-D array whose column 0 is
     * the label (as in SageMaker's CSV convention). Values are converted to float32.
     *
     * @param channel the channel name
     * @param options the options
     * @return the dataset
     * @throws ValidationException when the channel holds neither layout, or the arrays' lengths differ
     */
    public ArrayDataset npy(String channel, DatasetOptions options) {
        Path dir = env.channel(channel);
        Path featuresFile = dir.resolve(options.featuresFile());
        if (Files.isRegularFile(featuresFile)) {
            NpyArray x = readNpy(featuresFile);
            Path labelsFile = dir.resolve(options.labelsFile());
            if (!Files.isRegularFile(labelsFile)) {
                throw new ValidationException("channel " + channel, options.labelsFile(), "is missing next to "
                        + options.featuresFile(), "upload the labels as " + options.labelsFile());
            }
            NpyArray y = readNpy(labelsFile);
            if (x.ndim() == 0 || y.ndim() == 0 || x.shape()[0] != y.shape()[0]) {
                throw new ValidationException("channel " + channel, options.featuresFile(), "has "
                        + (x.ndim() == 0 ? 0 : x.shape()[0]) + " examples but " + options.labelsFile() + " has "
                        + (y.ndim() == 0 ? 0 : y.shape()[0]), "write one label per example");
            }
            return dataset(toNd(x), toNd(y), options);
        }
        List<Path> npys = files(channel).stream().filter(p -> p.getFileName().toString().endsWith(".npy"))
                .collect(Collectors.toList());
        if (npys.size() != 1) {
            throw new ValidationException("channel " + channel, npys.size() + " .npy files", "has neither "
                    + options.featuresFile() + " nor exactly one .npy file", "upload " + options.featuresFile()
                    + " and " + options.labelsFile() + ", or one 2-D array with the label in column 0");
        }
        NpyArray all = readNpy(npys.get(0));
        if (all.ndim() != 2 || all.shape()[1] < 2) {
            throw new ValidationException("channel " + channel, npys.get(0).getFileName() + " of shape "
                    + java.util.Arrays.toString(all.shape()), "is not a 2-D array of a label and features",
                    "write [examples, 1 + features] with the label in column 0, or features.npy and labels.npy");
        }
        int n = (int) all.shape()[0];
        int f = (int) all.shape()[1] - 1;
        float[] values = all.toFloatArray();
        float[] features = new float[n * f];
        float[] labels = new float[n];
        for (int r = 0; r < n; r++) {
            labels[r] = values[r * (f + 1)];
            System.arraycopy(values, r * (f + 1) + 1, features, r * f, f);
        }
        return dataset(manager.create(features, new Shape(n, f)), manager.create(labels, new Shape(n)), options);
    }

    /**
     * An image-folder channel as a dataset, with the default {@link DatasetOptions}.
     *
     * @param channel the channel name
     * @return images {@code [N, C, H, W]} float32 in [0, 1], labels {@code [N]} (the class index)
     * @see #imageFolder(String, DatasetOptions)
     */
    public ArrayDataset imageFolder(String channel) {
        return imageFolder(channel, DatasetOptions.defaults());
    }

    /**
     * An image-folder channel as a dataset.
     *
     * @param channel the channel name
     * @param options the options, by name
     * @return images {@code [N, C, H, W]} float32 in [0, 1], labels {@code [N]} (the class index)
     * @see #imageFolder(String, DatasetOptions)
     */
    public ArrayDataset imageFolder(String channel, Consumer<DatasetOptions.Builder> options) {
        return imageFolder(channel, build(options));
    }

    /**
     * An image-folder channel as a dataset: one subfolder per class, the classes in name order
     * ({@link #imageClasses(String)}), each image (PNG, JPEG, ... as {@code javax.imageio} reads them) decoded to
     * CHW float32 in [0, 1] with one channel when {@link DatasetOptions#grayscale()} and three otherwise.
     *
     * @param channel the channel name
     * @param options the options
     * @return images {@code [N, C, H, W]} and labels {@code [N]}
     * @throws ValidationException naming a file that is not an image or whose size differs from the others (without
     *                             {@link DatasetOptions.Builder#resize(int, int)}), or a channel without classes
     */
    public ArrayDataset imageFolder(String channel, DatasetOptions options) {
        List<String> classes = imageClasses(channel);
        Path dir = env.channel(channel);
        ImageFactory factory = ImageFactory.getInstance();
        int channels = options.grayscale() ? 1 : 3;
        List<float[]> decoded = new ArrayList<>();
        List<Float> labels = new ArrayList<>();
        int width = -1;
        int height = -1;
        try (NDManager scratch = manager.newSubManager()) {
            for (int label = 0; label < classes.size(); label++) {
                for (Path file : list(dir.resolve(classes.get(label)))) {
                    Image image;
                    try {
                        image = factory.fromFile(file);
                    } catch (IOException | RuntimeException e) {
                        throw new ValidationException("channel " + channel, dir.relativize(file), "is not an image"
                                + " that javax.imageio can read (" + e.getMessage() + ")",
                                "keep only image files in the class folders", e);
                    }
                    if (options.width() > 0) {
                        image = image.resize(options.width(), options.height(), false);
                    }
                    if (width < 0) {
                        width = image.getWidth();
                        height = image.getHeight();
                    } else if (image.getWidth() != width || image.getHeight() != height) {
                        throw new ValidationException("channel " + channel, dir.relativize(file), "is "
                                + image.getWidth() + "x" + image.getHeight() + " where the first image was " + width
                                + "x" + height, "resize the images, or pass o -> o.resize(width, height)");
                    }
                    decoded.add(chw(image, options.grayscale(), scratch));
                    labels.add((float) label);
                }
            }
        }
        if (decoded.isEmpty()) {
            throw new ValidationException("channel " + channel, dir, "holds no images",
                    "put the images of each class in a subfolder named after the class");
        }
        int size = channels * height * width;
        float[] x = new float[decoded.size() * size];
        float[] y = new float[decoded.size()];
        for (int i = 0; i < y.length; i++) {
            System.arraycopy(decoded.get(i), 0, x, i * size, size);
            y[i] = labels.get(i);
        }
        return dataset(manager.create(x, new Shape(y.length, channels, height, width)),
                manager.create(y, new Shape(y.length)), options);
    }

    /**
     * One image as CHW floats in [0, 1], with the pixel values DJL's {@code Image.toNDArray} gives (so a model
     * served through DJL's image translators sees what it trained on); read in Java for ImageIO images, which
     * spares a native array per image.
     */
    private static float[] chw(Image image, boolean grayscale, NDManager scratch) {
        int w = image.getWidth();
        int h = image.getHeight();
        int plane = w * h;
        Object wrapped = image.getWrappedImage();
        if (wrapped instanceof BufferedImage) {
            BufferedImage b = (BufferedImage) wrapped;
            float[] out = new float[(grayscale ? 1 : 3) * plane];
            if (b.getType() == BufferedImage.TYPE_BYTE_GRAY) {
                int[] gray = b.getData().getPixels(0, 0, w, h, (int[]) null);
                for (int i = 0; i < plane; i++) {
                    float v = (gray[i] & 0xFF) / 255f;
                    out[i] = v;
                    if (!grayscale) {
                        out[plane + i] = v;
                        out[2 * plane + i] = v;
                    }
                }
            } else {
                int[] rgb = b.getRGB(0, 0, w, h, null, 0, w);
                for (int i = 0; i < plane; i++) {
                    int red = (rgb[i] >> 16) & 0xFF;
                    int green = (rgb[i] >> 8) & 0xFF;
                    int blue = rgb[i] & 0xFF;
                    if (grayscale) {
                        out[i] = (Math.round(0.299f * red + 0.587f * green + 0.114f * blue) & 0xFF) / 255f;
                    } else {
                        out[i] = red / 255f;
                        out[plane + i] = green / 255f;
                        out[2 * plane + i] = blue / 255f;
                    }
                }
            }
            return out;
        }
        try (NDArray hwc = image.toNDArray(scratch, grayscale ? Image.Flag.GRAYSCALE : Image.Flag.COLOR)) {
            return hwc.transpose(2, 0, 1).toType(DataType.FLOAT32, false).div(255f).toFloatArray();
        }
    }

    /**
     * The classes of an image-folder channel: its subfolders, in name order (label {@code i} is the {@code i}th).
     *
     * @param channel the channel name
     * @return the class names
     * @throws ValidationException when the channel has no subfolders
     */
    public List<String> imageClasses(String channel) {
        Path dir = env.channel(channel);
        List<String> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + dir, e);
        }
        if (classes.isEmpty()) {
            throw new ValidationException("channel " + channel, dir, "has no class subfolders",
                    "upload images as <channel>/<class>/<image>.png");
        }
        return classes;
    }

    // ----------------------------------------------------------------------------------------------- training

    /**
     * The listener that reports epochs as metrics and progress and writes checkpoints; the same one on every call.
     *
     * @return the listener, to add <em>before</em> DJL's evaluator listener
     */
    public synchronized SageMakerTrainingListener listener() {
        if (listener == null) {
            listener = new SageMakerTrainingListener(this, epochs());
        }
        return listener;
    }

    /**
     * A training config for the job: the loss, this instance's devices, the {@link #listener()} followed by DJL's
     * basic listeners ({@code TrainingListener.Defaults.basic()}). Add evaluators and an optimizer to it.
     *
     * @param loss the loss
     * @return a new config
     */
    public DefaultTrainingConfig trainingConfig(Loss loss) {
        return new DefaultTrainingConfig(loss).optDevices(devices).addTrainingListeners(listener())
                .addTrainingListeners(TrainingListener.Defaults.basic());
    }

    /**
     * The trainer for this host: {@code model.newTrainer(config)} on one host. On several hosts, a trainer whose
     * gradient collector is its own: DJL's PyTorch collector allows one at a time in a JVM, and the local backend
     * runs a job's hosts in one JVM (the {@link #listener()} refuses a trainer from {@code model.newTrainer} there).
     *
     * @param model  the model
     * @param config the config, from {@link #trainingConfig}
     * @return a new trainer; close it when done
     */
    public Trainer newTrainer(Model model, ai.djl.training.TrainingConfig config) {
        return parallel == null ? model.newTrainer(config) : new HostTrainer(model, config);
    }

    /**
     * Trains for the remaining epochs: {@link #resume(Trainer)} from the job's checkpoint, then DJL's
     * {@code EasyTrain.fit} for {@link #epochs()} minus the epochs already done.
     *
     * @param trainer    an initialized trainer whose config holds {@link #listener()}
     * @param train      the training data
     * @param validation the validation data, or null
     * @throws IOException        when a dataset cannot be read
     * @throws TranslateException when a batch cannot be prepared
     */
    public void fit(Trainer trainer, Dataset train, Dataset validation) throws IOException, TranslateException {
        int done = resume(trainer);
        if (parallel != null) {
            listener().synchronize(trainer);
        }
        int remaining = epochs() - done;
        if (remaining <= 0) {
            env.log("The checkpoint holds all " + epochs() + " epochs: nothing left to train");
            return;
        }
        EasyTrain.fit(trainer, remaining, train, validation);
    }

    /**
     * Loads the parameters of the job's last checkpoint, if its checkpoint folder holds one (restored from the
     * checkpoint S3 URI when a job restarts), into the trainer's model, and tells the listener which epoch it was.
     * Call it after {@code trainer.initialize(...)}; the optimizer's state (momentum) starts afresh.
     *
     * @param trainer an initialized trainer
     * @return the epochs already done (0 without a checkpoint)
     * @throws ValidationException when the checkpoint belongs to a model of other parameters
     */
    public int resume(Trainer trainer) {
        Path file = env.checkpointDir().resolve(CHECKPOINT_FILE);
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        List<Pair<String, Parameter>> params = trainer.getModel().getBlock().getParameters().stream()
                .collect(Collectors.toList());
        int epoch;
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file));
             NDManager scratch = manager.newSubManager()) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new ValidationException("checkpointS3Uri", file.getFileName(), "is not a DJL checkpoint of"
                        + " this SDK", "use a checkpoint location of its own for each model");
            }
            epoch = in.readInt();
            int count = in.readInt();
            List<String> names = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                names.add(in.readUTF());
            }
            List<String> expected = params.stream().map(Pair::getKey).collect(Collectors.toList());
            if (!names.equals(expected)) {
                throw new ValidationException("checkpointS3Uri", file.getFileName(), "holds the checkpoint of"
                        + " another model (" + count + " parameters " + abbreviate(names) + ", this model has "
                        + expected.size() + " " + abbreviate(expected) + ")", "use a new checkpoint location, or"
                        + " delete the old checkpoint");
            }
            NDList arrays = NDList.decode(scratch, in.readAllBytes());
            for (int i = 0; i < count; i++) {
                NDArray target = params.get(i).getValue().getArray();
                NDArray source = arrays.get(i);
                if (!target.getShape().equals(source.getShape())
                        || target.getDataType() != source.getDataType()) {
                    throw new ValidationException("checkpointS3Uri", names.get(i), "has shape " + source.getShape()
                            + " " + source.getDataType() + " in the checkpoint and " + target.getShape() + " "
                            + target.getDataType() + " in this model", "use a new checkpoint location");
                }
                byte[] bytes = source.toByteArray();
                // set() keeps the parameter's array (and with it the trainer's and TorchScript module's reference)
                ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
                direct.put(bytes).flip();
                target.set(direct);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the checkpoint " + file, e);
        }
        listener().resumedAt(epoch);
        env.log("Resuming from the checkpoint of epoch " + epoch + ": training continues at epoch " + (epoch + 1));
        return epoch;
    }

    /** Writes the model's parameters and the epoch to the checkpoint folder, atomically. */
    void checkpoint(Model model, int epoch) {
        List<Pair<String, Parameter>> params = model.getBlock().getParameters().stream()
                .collect(Collectors.toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(epoch);
            out.writeInt(params.size());
            NDList arrays = new NDList(params.size());
            for (Pair<String, Parameter> p : params) {
                out.writeUTF(p.getKey());
                arrays.add(p.getValue().getArray());
            }
            out.write(arrays.encode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.createDirectories(env.checkpointDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + env.checkpointDir(), e);
        }
        AtomicFiles.write(env.checkpointDir().resolve(CHECKPOINT_FILE), bytes.toByteArray());
    }

    // ------------------------------------------------------------------------------------------------- models

    /**
     * Loads a TorchScript model ({@code model.pt}, or the channel's only {@code .pt} file) from a channel for
     * fine-tuning: its parameters are trainable and it lives on {@link #device()}.
     *
     * @param channel the channel holding the TorchScript file
     * @return the model; close it when done
     * @throws ValidationException when the channel holds no single TorchScript file or DJL cannot load it
     */
    public Model torchScript(String channel) {
        Path dir = env.channel(channel);
        Path file = dir.resolve("model.pt");
        if (!Files.isRegularFile(file)) {
            List<Path> pts = files(channel).stream().filter(p -> p.getFileName().toString().endsWith(".pt"))
                    .collect(Collectors.toList());
            if (pts.size() != 1) {
                throw new ValidationException("channel " + channel, pts.size() + " .pt files", "holds no single"
                        + " TorchScript model", "upload model.pt (torch.jit.save of a traced or scripted module)");
            }
            file = pts.get(0);
        }
        String fileName = file.getFileName().toString();
        Model model = Model.newInstance(fileName.substring(0, fileName.length() - 3), device(), "PyTorch");
        try {
            model.load(file.getParent(), fileName.substring(0, fileName.length() - 3),
                    Map.of("trainParam", "true", "mapLocation", "true"));
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new ValidationException("channel " + channel, fileName, "is not a TorchScript model DJL's PyTorch"
                    + " engine can load: " + e.getMessage(), "save it with torch.jit.save", e);
        }
        return model;
    }

    /**
     * Saves a TorchScript model into the job's model directory; a block defined in Java needs
     * {@link #saveModel(Model, SaveOptions)} with its block factory.
     *
     * @param model the trained model
     * @return the files written
     * @see #saveModel(Model, SaveOptions)
     */
    public List<Path> saveModel(Model model) {
        return saveModel(model, SaveOptions.builder().build());
    }

    /**
     * Saves a model into the job's model directory.
     *
     * @param model   the trained model
     * @param options the options, by name
     * @return the files written
     * @see #saveModel(Model, SaveOptions)
     */
    public List<Path> saveModel(Model model, Consumer<SaveOptions.Builder> options) {
        SaveOptions.Builder b = SaveOptions.builder();
        options.accept(b);
        return saveModel(model, b.build());
    }

    /**
     * Saves a model into the job's model directory (so into {@code model.tar.gz}) in the format SageMaker's serving
     * containers load: a TorchScript block as {@code model.pt}; a block defined in Java, which cannot be exported to
     * TorchScript, as DJL's model folder {@code <name>-NNNN.params}. Both get a {@code serving.properties}
     * ({@code engine=PyTorch}, {@code option.modelName}, the block and translator factories, the extra properties)
     * and, when given, {@code synset.txt}.
     *
     * @param model   the trained model
     * @param options the block factory, translator factory, properties and class names
     * @return the files written
     * @throws ValidationException when a block defined in Java has no {@link SaveOptions#blockFactory()}
     */
    public List<Path> saveModel(Model model, SaveOptions options) {
        return saveModel(model, env.modelDir(), options);
    }

    /**
     * Saves a model into a folder, as {@link #saveModel(Model, SaveOptions)} does into the model directory.
     *
     * @param model   the trained model
     * @param folder  the folder (created)
     * @param options the options
     * @return the files written
     */
    public List<Path> saveModel(Model model, Path folder, SaveOptions options) {
        if (parallel != null && !parallel.leader() && folder.equals(env.modelDir())) {
            env.log(env.currentHost() + " does not write the model: the hosts trained one model, and "
                    + env.hosts().get(0) + " writes it");
            return List.of();
        }
        Block block = model.getBlock();
        List<Path> written = new ArrayList<>();
        StringBuilder props = new StringBuilder("engine=PyTorch\n");
        try {
            Files.createDirectories(folder);
            if (block instanceof PtSymbolBlock) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                JniUtils.writeModule((PtSymbolBlock) block, out, false);
                Path file = folder.resolve("model.pt");
                AtomicFiles.write(file, out.toByteArray());
                written.add(file);
                props.append("option.modelName=model\n");
            } else {
                if (options.blockFactory() == null) {
                    throw new ValidationException("blockFactory", null, "is missing: a block defined in Java cannot"
                            + " be written as TorchScript, and a DJL loader needs the block's factory to read its"
                            + " parameters", "pass s -> s.blockFactory(MyBlockFactory.class)");
                }
                int epoch = listener == null ? 0 : listener.epochsDone();
                model.setProperty("Epoch", Integer.toString(epoch));
                model.save(folder, model.getName());
                written.add(folder.resolve(String.format(java.util.Locale.ROOT, "%s-%04d.params", model.getName(),
                        epoch)));
                props.append("option.modelName=").append(escape(model.getName())).append('\n');
                props.append("blockFactory=").append(options.blockFactory()).append('\n');
            }
            if (options.translatorFactory() != null) {
                props.append("translatorFactory=").append(options.translatorFactory()).append('\n');
            }
            options.properties().forEach((k, v) -> props.append(escape(k)).append('=').append(escape(v))
                    .append('\n'));
            Path properties = folder.resolve("serving.properties");
            AtomicFiles.writeString(properties, props.toString());
            written.add(properties);
            if (options.synset() != null) {
                Path synset = folder.resolve("synset.txt");
                AtomicFiles.writeString(synset, String.join("\n", options.synset()) + "\n");
                written.add(synset);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the model to " + folder, e);
        }
        env.log("Saved model " + model.getName() + " as " + written.stream().map(p -> p.getFileName().toString())
                .collect(Collectors.joining(", ")));
        return written;
    }

    /** Closes the manager that holds the datasets' arrays, and leaves the hosts' group of a data-parallel job. */
    @Override
    public void close() {
        try {
            if (parallel != null) {
                parallel.leave();
            }
        } finally {
            manager.close();
        }
    }

    /**
     * Whether this host writes the model: {@code algo-1} of a job on several hosts, the one host otherwise.
     *
     * @return true on the leader
     */
    public boolean isLeader() {
        return parallel == null || parallel.leader();
    }

    /** The data parallelism of a job on several hosts, or null on one host. */
    DataParallel parallel() {
        return parallel;
    }

    // ---------------------------------------------------------------------------------------------- internals

    private ArrayDataset dataset(NDArray features, NDArray labels, DatasetOptions options) {
        if (parallel != null) {
            // every host needs as many batches per epoch, since each batch ends in a round with all hosts
            int n = Math.toIntExact(features.getShape().get(0));
            int min = parallel.min("a dataset", n);
            if (min < n) {
                env.log(env.currentHost() + " trains on " + min + " of its " + n + " examples, as many as the"
                        + " host with the fewest, so that every host has the same number of batches");
                features = features.get(new ai.djl.ndarray.index.NDIndex("0:" + min));
                labels = labels.get(new ai.djl.ndarray.index.NDIndex("0:" + min));
            }
        }
        return new ArrayDataset.Builder().setData(features).optLabels(labels)
                .setSampling(options.batchSize(), options.shuffle(), options.dropLast()).build();
    }

    private static DatasetOptions build(Consumer<DatasetOptions.Builder> options) {
        DatasetOptions.Builder b = DatasetOptions.builder();
        options.accept(b);
        return b.build();
    }

    private NDArray toNd(NpyArray array) {
        long[] shape = array.shape();
        return manager.create(array.toFloatArray(), new Shape(shape));
    }

    private static NpyArray readNpy(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Npy.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    private List<Path> files(String channel) {
        return list(env.channel(channel));
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + dir, e);
        }
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 4 ? names.toString() : names.subList(0, 4) + "...";
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
