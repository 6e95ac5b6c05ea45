/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.serving;

import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.ModelRuntimeProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves deep-learning models with DJL's PyTorch engine on local hosting, as SageMaker's PyTorch and DJL serving
 * containers do. Found by {@link java.util.ServiceLoader}: putting {@code sagemaker-djl} on the class path is all
 * it takes. It serves a model.tar.gz holding
 * <ul>
 *   <li>a TorchScript {@code model.pt} at its root (the PyTorch serving container's layout; a {@code code/}
 *       folder may sit beside it, but its Python is not run here), or</li>
 *   <li>a DJL model folder: {@code serving.properties} with {@code engine=PyTorch} (or no engine) beside the
 *       model, a TorchScript {@code <option.modelName>.pt} or DJL parameters {@code <name>-0000.params} with a
 *       {@code blockFactory} class that builds the block.</li>
 * </ul>
 * Requests are tensors of any rank ({@code application/x-npy}, JSON nested arrays, JSON Lines of one record a
 * line, CSV rows), the first dimension the records; answers are the model's first output as JSON nested arrays
 * (as the PyTorch container's {@code json.dumps(output.tolist())}), {@code .npy}, CSV (one record a line) or
 * JSON Lines. When serving.properties (or the environment's {@code SERVING_TRANSLATOR_FACTORY} /
 * {@code SERVING_TRANSLATOR}) names a {@code translatorFactory} or {@code translator}, every request goes through
 * that translator as DJL serving does, so raw image bytes ({@code image/png}, {@code image/jpeg}) reach an image
 * model through {@code ai.djl.modality.cv.translator.ImageClassificationTranslatorFactory} or the user's own
 * {@code ai.djl.translate.Translator<ai.djl.modality.Input, ai.djl.modality.Output>}. Loaded models hold a pool
 * of DJL predictors ({@code maxWorkers}), so concurrent requests are safe.
 */
public final class DjlModelRuntimeProvider implements ModelRuntimeProvider {
    /** The PyTorch serving container's model file. */
    static final String TORCHSCRIPT = "model.pt";

    /** Creates the provider (ServiceLoader). */
    public DjlModelRuntimeProvider() {
    }

    @Override
    public String name() {
        return "djl";
    }

    @Override
    public String serves() {
        return "a TorchScript model.pt or a DJL model folder with serving.properties (engine=PyTorch)";
    }

    @Override
    public boolean claims(Path modelDir, Map<String, String> environment) {
        if (Files.isRegularFile(modelDir.resolve(ServingProperties.FILE))) {
            // a DJL folder for ONNX Runtime beside a .onnx file is left to the built-in ONNX runtime
            String engine = ServingProperties.read(modelDir, Map.of()).engine();
            return engine == null || !engine.toLowerCase(Locale.ROOT).startsWith("onnx");
        }
        return Files.isRegularFile(modelDir.resolve(TORCHSCRIPT));
    }

    @Override
    public ModelRuntime load(Path modelDir, Map<String, String> environment) {
        return DjlModelRuntime.load(modelDir, environment);
    }
}
