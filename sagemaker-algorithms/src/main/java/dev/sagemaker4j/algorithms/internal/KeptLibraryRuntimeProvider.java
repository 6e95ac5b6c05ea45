/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.model.runtime.ModelRuntimeProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Serves the models of {@link KnnAlgorithm}, {@link FactorizationMachinesAlgorithm} and
 * {@link RandomCutForestAlgorithm}, recognised by their manifests, with the answers of SageMaker's containers:
 * KNN {@code {"predictions":[{"predicted_label":1.0}]}}, FM {@code {"predictions":[{"score":0.93,
 * "predicted_label":1.0}]}} ({@code {"score":…}} for a regressor), RCF {@code {"scores":[{"score":1.7}]}}; also as
 * JSON Lines, CSV, NPY and RecordIO-protobuf (the values under the record's label map).
 */
public final class KeptLibraryRuntimeProvider implements ModelRuntimeProvider {

    @Override
    public String name() {
        return "amazon-algorithms-on-kept-libraries";
    }

    @Override
    public String serves() {
        return "a KNN, factorization machines or Random Cut Forest model (" + KnnModel.MANIFEST + ", "
                + FactorizationMachinesModel.MANIFEST + " or " + RandomCutForestModel.MANIFEST + ")";
    }

    @Override
    public boolean claims(Path modelDir, Map<String, String> environment) {
        return Files.isRegularFile(modelDir.resolve(KnnModel.MANIFEST))
                || Files.isRegularFile(modelDir.resolve(FactorizationMachinesModel.MANIFEST))
                || Files.isRegularFile(modelDir.resolve(RandomCutForestModel.MANIFEST));
    }

    @Override
    public ModelRuntime load(Path modelDir, Map<String, String> environment) throws Exception {
        if (Files.isRegularFile(modelDir.resolve(KnnModel.MANIFEST))) {
            return new Knn(KnnModel.load(modelDir));
        }
        if (Files.isRegularFile(modelDir.resolve(FactorizationMachinesModel.MANIFEST))) {
            return new Fm(FactorizationMachinesModel.load(modelDir));
        }
        return new Rcf(RandomCutForestModel.load(modelDir));
    }

    /** KNN: {@code predicted_label}. */
    static final class Knn extends EngineRuntime {
        private final KnnModel model;

        Knn(KnnModel model) {
            this.model = model;
        }

        @Override
        public String name() {
            return "knn";
        }

        @Override
        int featureDim() {
            return model.featureDim;
        }

        @Override
        List<String> keys() {
            return List.of("predicted_label");
        }

        @Override
        float[][] answer(float[][] rows) {
            float[] labels = model.predict(rows);
            float[][] out = new float[labels.length][];
            for (int r = 0; r < labels.length; r++) {
                out[r] = new float[] {labels[r]};
            }
            return out;
        }

        @Override
        public long sizeBytes() {
            return 16L * model.featureDim * Math.max(1, model.k) * 1024;
        }
    }

    /** Factorization machines: {@code score} and, for a binary classifier, {@code predicted_label}. */
    static final class Fm extends EngineRuntime {
        private final FactorizationMachinesModel model;

        Fm(FactorizationMachinesModel model) {
            this.model = model;
        }

        @Override
        public String name() {
            return "factorization-machines";
        }

        @Override
        int featureDim() {
            return model.featureDim;
        }

        @Override
        List<String> keys() {
            return model.regressor ? List.of("score") : List.of("score", "predicted_label");
        }

        @Override
        float[][] answer(float[][] rows) {
            return model.predict(rows);
        }

        @Override
        public long sizeBytes() {
            return 8L * model.featureDim * 64 + 4096;
        }
    }

    /** Random Cut Forest: {@code score}, in a list named {@code scores}. */
    static final class Rcf extends EngineRuntime {
        private final RandomCutForestModel model;

        Rcf(RandomCutForestModel model) {
            this.model = model;
        }

        @Override
        public String name() {
            return "randomcutforest";
        }

        @Override
        int featureDim() {
            return model.featureDim;
        }

        @Override
        List<String> keys() {
            return List.of("score");
        }

        @Override
        String listName() {
            return "scores";
        }

        @Override
        float[][] answer(float[][] rows) {
            float[] scores = model.score(rows);
            float[][] out = new float[scores.length][];
            for (int r = 0; r < scores.length; r++) {
                out[r] = new float[] {scores[r]};
            }
            return out;
        }

        @Override
        public long sizeBytes() {
            return 4L * model.featureDim * model.forest.getNumberOfTrees() * model.forest.getSampleSize() * 3;
        }
    }
}
