/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.formats.KMeansModel;
import dev.sagemaker4j.model.formats.LinearLearnerModel;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.ModelRuntimeProvider;
import dev.sagemaker4j.utils.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Picks the runtime of a model from its artifact, as DESIGN.md says: a handler class named in the
 * model's environment ({@code SAGEMAKER_PROGRAM}), then the {@link ModelRuntimeProvider}s on the class path
 * (ServiceLoader, by priority), else {@code xgboost-model} → xgboost4j, {@code *.onnx} → ONNX Runtime,
 * {@code linear-learner-model.json}, {@code kmeans-model.json}.
 */
public final class ModelRuntimes {
    /** The runtime providers on the class path, in priority order (found once). */
    private static final List<ModelRuntimeProvider> PROVIDERS = providers();

    private ModelRuntimes() {
    }

    /**
     * Loads the runtime for an unpacked model.
     *
     * @param modelDir    the model folder
     * @param environment the model's container environment
     * @return the runtime
     * @throws Exception when nothing can serve the artifact or loading fails
     */
    public static ModelRuntime load(Path modelDir, Map<String, String> environment) throws Exception {
        String program = environment.get(HandlerRuntime.PROGRAM);
        if (program != null && !program.isBlank()) {
            return HandlerRuntime.load(program.trim(), modelDir);
        }
        for (ModelRuntimeProvider provider : PROVIDERS) {
            if (provider.claims(modelDir, environment)) {
                return provider.load(modelDir, environment);
            }
        }
        if (Files.isRegularFile(modelDir.resolve(XGBoostRuntime.FILE))) {
            return XGBoostRuntime.load(modelDir, threads(environment));
        }
        List<Path> onnx = find(modelDir, ".onnx");
        if (!onnx.isEmpty()) {
            if (onnx.size() > 1) {
                throw new ValidationException("modelData", onnx, "holds more than one .onnx file",
                        "put one model in each model.tar.gz");
            }
            return OnnxModelRuntime.load(onnx.get(0));
        }
        if (Files.isRegularFile(modelDir.resolve(LinearLearnerModel.FILE))) {
            return LinearLearnerRuntime.load(modelDir);
        }
        if (Files.isRegularFile(modelDir.resolve(KMeansModel.FILE))) {
            return KMeansRuntime.load(modelDir);
        }
        List<Path> files = find(modelDir, "");
        throw new ValidationException("modelData", files.stream().map(p -> modelDir.relativize(p).toString())
                .collect(Collectors.toList()), "holds no model the local hosting can serve",
                "package xgboost-model, a .onnx file, a LinearLearner or KMeans model"
                        + PROVIDERS.stream().map(p -> ", " + p.serves() + " (" + p.name() + ")")
                                .collect(Collectors.joining())
                        + ", or name an InferenceHandler with Model.builder().entryPoint(...)");
    }

    private static List<ModelRuntimeProvider> providers() {
        List<ModelRuntimeProvider> found = new ArrayList<>();
        ServiceLoader.load(ModelRuntimeProvider.class, ModelRuntimes.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(ModelRuntimeProvider::priority).thenComparing(ModelRuntimeProvider::name));
        return List.copyOf(found);
    }

    private static List<Path> find(Path dir, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** xgboost threads per call: the model environment's {@code OMP_NUM_THREADS}, else 1. */
    static int threads(Map<String, String> environment) {
        return (int) Math.min(Integer.MAX_VALUE, Numbers.atLeastOne("env.OMP_NUM_THREADS",
                environment.get("OMP_NUM_THREADS"), 1, null,
                "set the model environment's OMP_NUM_THREADS to e.g. \"1\", or leave it out"));
    }
}
