/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.serving;

import ai.djl.MalformedModelException;
import ai.djl.engine.EngineException;
import ai.djl.inference.Predictor;
import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.ndarray.BytesSupplier;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;
import dev.sagemaker4j.djl.DjlOffline;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.Rows;
import dev.sagemaker4j.model.runtime.Tensors;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.npy.NpyDType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One DJL model on local hosting: a tensor model (DJL's {@code NoopTranslator}, the request's tensor is the
 * model's input) or a translated one (the request's bytes go to the named translator as DJL serving's
 * {@code Input}). See {@link DjlModelRuntimeProvider} for the formats. A pool of at most {@code maxWorkers} DJL
 * predictors answers concurrent requests; a request's native memory lives in a sub-manager closed when it ends.
 */
final class DjlModelRuntime implements ModelRuntime {
    private static final List<String> CONTENT_TYPES = List.of("application/x-npy", "application/json",
            "application/jsonlines", "text/csv");
    private static final List<String> ACCEPTS = List.of("application/json", "application/x-npy", "text/csv",
            "application/jsonlines");
    private static final String NPY = "application/x-npy";

    private final ZooModel<?, ?> model;
    private final boolean translated;
    private final String file;
    private final Pool<?, ?> pool;
    private final long size;
    /** The record shape (input shape without the batch dimension) of the last request the model answered. */
    private volatile long[] recordShape;
    /** The output shape of the last input shape (asking the engine for a shape costs 1-2 µs a request). */
    private volatile Shapes lastShapes;

    private DjlModelRuntime(ZooModel<?, ?> model, boolean translated, String file, int workers, long size) {
        this.model = model;
        this.translated = translated;
        this.file = file;
        this.pool = new Pool<>(model, workers);
        this.size = size;
    }

    /**
     * Loads a model folder with DJL's PyTorch engine.
     *
     * @param modelDir    the unpacked model.tar.gz
     * @param environment the model environment
     * @return the runtime
     * @throws ValidationException naming the file and the fix when DJL cannot load it
     */
    static DjlModelRuntime load(Path modelDir, Map<String, String> environment) {
        DjlOffline.ensure();
        ServingProperties props = ServingProperties.read(modelDir, environment);
        String engine = props.engine();
        if (engine != null && !engine.equalsIgnoreCase("PyTorch")) {
            throw new ValidationException("engine", engine, "in " + ServingProperties.FILE
                    + " names an engine the local hosting does not serve (DJL's PyTorch engine is the one on the"
                    + " class path)", "set engine=PyTorch with a TorchScript model, or package a .onnx model"
                    + " without serving.properties for ONNX Runtime");
        }
        String name = props.modelName();
        if (name == null) {
            name = Files.isRegularFile(modelDir.resolve(DjlModelRuntimeProvider.TORCHSCRIPT)) ? "model"
                    : single(modelDir);
        }
        String file = describe(modelDir, name);
        Map<String, String> options = new java.util.LinkedHashMap<>(props.options());
        options.remove("modelName");
        options.remove("model_name");
        Map<String, Object> arguments = new java.util.LinkedHashMap<>(props.arguments());
        arguments.remove("engine");
        boolean translated = props.translated();
        try {
            ZooModel<?, ?> model;
            if (translated) {
                Criteria.Builder<Input, Output> criteria = Criteria.builder().setTypes(Input.class, Output.class)
                        .optModelPath(modelDir).optEngine("PyTorch").optModelName(name).optArguments(arguments)
                        .optOptions(options);
                Object translator = arguments.get("translator");
                if (translator != null && !arguments.containsKey("translatorFactory")) {
                    criteria.optTranslator(translator(translator.toString().trim()));
                }
                model = criteria.build().loadModel();
            } else {
                model = Criteria.builder().setTypes(NDList.class, NDList.class).optModelPath(modelDir)
                        .optEngine("PyTorch").optModelName(name).optArguments(arguments).optOptions(options)
                        .optTranslator(new NoopTranslator()).build().loadModel();
            }
            return new DjlModelRuntime(model, translated, file, props.maxWorkers(), folderSize(modelDir));
        } catch (ModelNotFoundException | MalformedModelException | IOException | EngineException
                 | IllegalArgumentException e) {
            throw new ValidationException("modelData", file, "cannot be loaded by DJL's PyTorch engine: "
                    + message(e), "package a TorchScript model saved with torch.jit.save as model.pt (or the"
                    + " <option.modelName>.pt that serving.properties names), or DJL parameters with a"
                    + " blockFactory in serving.properties; a translatorFactory or translator must be on the class"
                    + " path", e);
        }
    }

    /**
     * The user's translator class, found on the class path (as DJL serving finds it in the model's libs/ folder
     * or its own class path), made with its public no-argument constructor.
     */
    @SuppressWarnings("unchecked")
    private static Translator<Input, Output> translator(String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class<?> type = Class.forName(className, true, loader == null
                    ? DjlModelRuntime.class.getClassLoader() : loader);
            if (!Translator.class.isAssignableFrom(type)) {
                throw new ValidationException("translator", className, "is not an ai.djl.translate.Translator",
                        "name a class implementing Translator<ai.djl.modality.Input, ai.djl.modality.Output>");
            }
            return (Translator<Input, Output>) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ValidationException("translator", className, "cannot be made: " + e,
                    "put the translator's jar on the class path and give it a public no-argument constructor", e);
        }
    }

    /** The one model file of a DJL folder without option.modelName: its name without .pt or -0000.params. */
    private static String single(Path modelDir) {
        List<String> names;
        try (Stream<Path> files = Files.list(modelDir)) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pt") || n.matches(".+-\\d{4}\\.params"))
                    .map(n -> n.endsWith(".pt") ? n.substring(0, n.length() - 3) : n.substring(0, n.length() - 12))
                    .distinct().sorted().collect(Collectors.toList());
        } catch (IOException e) {
            names = List.of();
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        throw new ValidationException("modelData", names.isEmpty() ? ServingProperties.FILE : names,
                names.isEmpty() ? "is a DJL model folder without a model file (no .pt, no -0000.params)"
                        : "is a DJL model folder with several model files",
                "put one TorchScript .pt (or one block's -0000.params) beside serving.properties, or name it with"
                        + " option.modelName");
    }

    private static String describe(Path modelDir, String name) {
        if (Files.isRegularFile(modelDir.resolve(name + ".pt"))) {
            return name + ".pt";
        }
        try (Stream<Path> files = Files.list(modelDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name + "-")
                    && n.endsWith(".params")).sorted().reduce((a, b) -> b).orElse(name + ".pt");
        } catch (IOException e) {
            return name + ".pt";
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = m.indexOf('\n');
        return newline > 0 ? m.substring(0, newline) : m;
    }

    private static long folderSize(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() * 2 + (1 << 20);
        } catch (IOException e) {
            return 1 << 20;
        }
    }

    @Override
    public String name() {
        return "djl";
    }

    @Override
    public List<String> contentTypes() {
        return translated ? List.of("*/*") : CONTENT_TYPES;
    }

    @Override
    public List<String> accepts() {
        return translated ? List.of("application/json") : ACCEPTS;
    }

    @Override
    public Invocation invoke(byte[] body, String contentType, String accept) {
        if (translated) {
            return translate(body, contentType, accept);
        }
        String type = Rows.baseType(contentType);
        if (type.startsWith("image/")) {
            throw new ModelInvocationException(415, "The model " + file + " takes tensors (" + String.join(", ",
                    CONTENT_TYPES) + "), not " + type + "; to send raw images, name a translator in its "
                    + ServingProperties.FILE + ", e.g. translatorFactory=ai.djl.modality.cv.translator."
                    + "ImageClassificationTranslatorFactory");
        }
        if (!CONTENT_TYPES.contains(type)) {
            throw Rows.unsupported(contentType, CONTENT_TYPES);
        }
        String out = Rows.chooseAccept(accept, ACCEPTS);
        Tensors.Tensor input = Tensors.decode(body, contentType, CONTENT_TYPES);
        NpyArray result = predict(input.data, null, input.shape);
        return encode(result, out);
    }

    @Override
    public float[][] predictRows(float[][] rows) {
        NpyArray out = predictArray(rows);
        if (out == null) {
            return null;
        }
        long[] shape = out.shape();
        float[] flat = out.toFloatArray();
        int n = (int) shape[0];
        int each = n == 0 ? 0 : flat.length / n;
        float[][] result = new float[n][];
        for (int r = 0; r < n; r++) {
            result[r] = Arrays.copyOfRange(flat, r * each, r * each + each);
        }
        return result;
    }

    @Override
    public NpyArray predictArray(float[][] rows) {
        if (translated || rows.length == 0) {
            return null;
        }
        int cols = rows[0].length;
        float[] flat = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != cols) {
                throw new ModelInvocationException(400, "Record " + (r + 1) + " has " + rows[r].length
                        + " features where record 1 has " + cols);
            }
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return predict(flat, null, new long[] {rows.length, cols});
    }

    @Override
    public NpyArray predictTensor(NpyArray input) {
        if (translated) {
            return null;
        }
        if (input.dtype().isComplex()) {
            throw new ModelInvocationException(400, "The array holds complex numbers; send real numbers");
        }
        if (input.dtype() == NpyDType.FLOAT32 && !input.fortranOrder()
                && input.dtype().byteOrder() == ByteOrder.nativeOrder()) {
            return predict(null, input.data(), input.shape());
        }
        return predict(input.toCOrder().toFloatArray(), null, input.shape());
    }

    /**
     * Runs the model on one tensor given as floats or as float32 bytes in native order.
     */
    private NpyArray predict(float[] floats, ByteBuffer bytes, long[] requestShape) {
        long[] shape = fit(requestShape);
        @SuppressWarnings("unchecked")
        Pool<NDList, NDList> tensors = (Pool<NDList, NDList>) pool;
        Predictor<NDList, NDList> predictor = tensors.acquire();
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray x = floats != null ? manager.create(FloatBuffer.wrap(floats), new Shape(shape))
                    : manager.create(bytes, new Shape(shape), DataType.FLOAT32);
            NDList out = predictor.predict(new NDList(x));
            if (out.isEmpty()) {
                throw new ModelInvocationException(500, "The model " + file + " answered no output");
            }
            NDArray y = out.get(0);
            if (y.getDataType() != DataType.FLOAT32) {
                y = y.toType(DataType.FLOAT32, false);
            }
            ByteBuffer data = ByteBuffer.wrap(y.toByteArray()).order(ByteOrder.nativeOrder());
            long[] outShape = outputShape(shape, y, data.remaining() / Float.BYTES);
            long[] known = recordShape;
            // remembered when it changes (a copy per call would be garbage on the hot path)
            if (shape.length > 0 && (known == null || !Arrays.equals(known, 0, known.length, shape, 1,
                    shape.length))) {
                recordShape = Arrays.copyOfRange(shape, 1, shape.length);
            }
            return NpyArray.wrap(NpyDType.FLOAT32.withByteOrder(ByteOrder.nativeOrder()), outShape, data);
        } catch (TranslateException | EngineException e) {
            long[] known = recordShape;
            throw new ModelInvocationException(400, "The model " + file + " rejected an input of shape "
                    + Tensors.show(shape) + (known == null ? "" : "; it answered inputs of shape "
                    + Tensors.show(batchOf(known)) + " (-1: the records) before") + ": "
                    + message(e.getCause() != null && e instanceof TranslateException ? e.getCause() : e), e);
        } finally {
            tensors.release(predictor);
        }
    }

    /** An input shape and the output shape the model answered it with, holding {@code count} values. */
    private record Shapes(long[] input, long[] output, long count) {
    }

    /**
     * The output's shape: the one the model gave the same input shape last time when the output holds as many
     * values (a model answers an input shape with one output shape; one that answers with a different number of
     * values is asked), else the engine's.
     */
    private long[] outputShape(long[] input, NDArray y, long count) {
        Shapes last = lastShapes;
        if (last != null && last.count() == count && Arrays.equals(last.input(), input)) {
            return last.output();
        }
        long[] output = y.getShape().getShape();
        lastShapes = new Shapes(input.clone(), output.clone(), count);
        return output;
    }

    /**
     * Fits a request to the record shape the model answered before: a single record gets a batch of one,
     * flattened records take the record's shape; anything else goes to the model as sent.
     */
    private long[] fit(long[] shape) {
        long[] known = recordShape;
        if (known == null || known.length == 0) {
            return shape;
        }
        long[] input = batchOf(known);
        if (shape.length == input.length - 1 || shape.length == 2 && input.length > 2) {
            try {
                return Tensors.fit(new Tensors.Tensor(new float[0], shape), input, "input0").shape;
            } catch (ModelInvocationException e) {
                return shape;
            }
        }
        return shape;
    }

    private static long[] batchOf(long[] record) {
        long[] shape = new long[record.length + 1];
        shape[0] = -1;
        System.arraycopy(record, 0, shape, 1, record.length);
        return shape;
    }

    private static Invocation encode(NpyArray result, String out) {
        if (out.equals(NPY)) {
            return new Invocation(Npy.toBytes(result), NPY);
        }
        long[] shape = result.shape();
        float[] values = result.toFloatArray();
        StringBuilder sb = new StringBuilder(values.length * 12);
        if (shape.length == 0) {
            Rows.appendJsonFloat(sb, values[0]);
            return new Invocation(sb.append(out.equals("application/json") ? "" : "\n").toString()
                    .getBytes(StandardCharsets.UTF_8), out);
        }
        int[] next = {0};
        if (out.equals("application/json")) {
            nest(sb, values, next, shape, 0);
        } else {
            long each = shape[0] == 0 ? 0 : values.length / shape[0];
            for (long r = 0; r < shape[0]; r++) {
                if (out.equals("text/csv")) {
                    for (long j = 0; j < each; j++) {
                        sb.append(j > 0 ? "," : "");
                        Rows.appendFloat(sb, values[next[0]++]);
                    }
                } else if (shape.length == 1) {
                    Rows.appendJsonFloat(sb, values[next[0]++]);
                } else {
                    nest(sb, values, next, shape, 1);
                }
                sb.append('\n');
            }
        }
        return new Invocation(sb.toString().getBytes(StandardCharsets.UTF_8), out);
    }

    private static void nest(StringBuilder sb, float[] values, int[] next, long[] shape, int depth) {
        sb.append('[');
        for (long i = 0; i < shape[depth]; i++) {
            sb.append(i > 0 ? "," : "");
            if (depth == shape.length - 1) {
                Rows.appendJsonFloat(sb, values[next[0]++]);
            } else {
                nest(sb, values, next, shape, depth + 1);
            }
        }
        sb.append(']');
    }

    private Invocation translate(byte[] body, String contentType, String accept) {
        if (body.length == 0) {
            throw new ModelInvocationException(400, "The request body is empty");
        }
        Input input = new Input();
        if (contentType != null) {
            input.addProperty("Content-Type", contentType);
        }
        if (accept != null) {
            input.addProperty("Accept", accept);
        }
        input.add("data", body);
        @SuppressWarnings("unchecked")
        Pool<Input, Output> translators = (Pool<Input, Output>) pool;
        Predictor<Input, Output> predictor = translators.acquire();
        try {
            Output output = predictor.predict(input);
            if (output.getCode() >= 400) {
                throw new ModelInvocationException(output.getCode(), "The model " + file + "'s translator answered "
                        + output.getCode() + ": " + output.getMessage());
            }
            BytesSupplier data = output.getData();
            byte[] bytes = data == null ? new byte[0] : data.getAsBytes();
            String type = output.getProperty("Content-Type", "application/json");
            return new Invocation(bytes, type);
        } catch (TranslateException | EngineException | IllegalArgumentException e) {
            throw new ModelInvocationException(400, "The model " + file + "'s translator rejected the "
                    + (contentType == null ? "request" : contentType.toLowerCase(Locale.ROOT) + " request") + ": "
                    + message(e.getCause() != null && e instanceof TranslateException ? e.getCause() : e), e);
        } finally {
            translators.release(predictor);
        }
    }

    @Override
    public long sizeBytes() {
        return size;
    }

    @Override
    public void close() {
        pool.close();
        model.close();
    }

    /** At most {@code max} DJL predictors (not thread-safe each), made on demand and reused. */
    private static final class Pool<I, O> {
        private final ZooModel<I, O> model;
        private final BlockingQueue<Predictor<I, O>> idle;
        private final List<Predictor<I, O>> all = new ArrayList<>();
        private final AtomicInteger created = new AtomicInteger();
        private final int max;

        @SuppressWarnings("unchecked")
        Pool(ZooModel<?, ?> model, int max) {
            this.model = (ZooModel<I, O>) model;
            this.max = max;
            this.idle = new ArrayBlockingQueue<>(max);
        }

        Predictor<I, O> acquire() {
            Predictor<I, O> p = idle.poll();
            if (p != null) {
                return p;
            }
            if (created.incrementAndGet() <= max) {
                p = model.newPredictor();
                synchronized (all) {
                    all.add(p);
                }
                return p;
            }
            created.decrementAndGet();
            try {
                return idle.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ModelInvocationException(503, "Interrupted while waiting for a free predictor", e);
            }
        }

        void release(Predictor<I, O> p) {
            idle.offer(p);
        }

        void close() {
            synchronized (all) {
                all.forEach(Predictor::close);
                all.clear();
            }
        }
    }
}
