/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.math.distance.CosineDistance;
import org.tribuo.math.distance.Distance;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.neighbour.NeighboursQueryFactoryType;
import org.tribuo.regression.Regressor;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * SageMaker's k-nearest-neighbours (image {@code knn}) in-process on Tribuo's {@code KNNTrainer}: the train channel
 * (RecordIO-protobuf or label-first CSV) is sampled down to {@code sample_size} records, optionally projected to
 * {@code dimension_reduction_target} dimensions ({@code sign} or {@code fjlt}, see {@link KnnModel#projection}), and
 * indexed; a record's answer is its {@code k} nearest neighbours' majority label ({@code classifier}) or mean label
 * ({@code regressor}, through {@link MeanCombiner}). The search is always exact: {@code faiss.Flat} is Tribuo's
 * brute-force search, {@code faiss.IVFFlat} and {@code faiss.IVFPQ} its k-d tree (SageMaker's IVF indexes are
 * approximate, so locally they can only be more accurate; {@code faiss_index_ivf_nlists} and {@code
 * faiss_index_pq_m} are validated and not used). {@code index_metric} {@code L2} and {@code COSINE} map to Tribuo's
 * distances; {@code INNER_PRODUCT} (not a distance Tribuo has) fails the job. A test channel reports {@code
 * test:accuracy} (classifier) or {@code test:mse} (regressor).
 */
public final class KnnAlgorithm implements LocalAlgorithm {
    private static final Set<String> KNOWN = Set.of("feature_dim", "k", "predictor_type", "sample_size",
            "dimension_reduction_type", "dimension_reduction_target", "index_type", "index_metric",
            "faiss_index_ivf_nlists", "faiss_index_pq_m", "mini_batch_size", "epochs", "_kvstore", "_log_level",
            "_num_gpus", "_num_kv_servers", "_tuning_objective_metric", "_faiss_index_nprobe");
    private static final Set<String> PQ_M = Set.of("1", "2", "3", "4", "8", "12", "16", "20", "24", "28", "32",
            "40", "48", "56", "64", "96");
    private static final long SEED = 0x5EED_C0DEL;

    @Override
    public String name() {
        return "knn";
    }

    @Override
    public List<String> repositories() {
        return List.of("knn");
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        return List.of(def("test:accuracy", "accuracy", "score"), def("test:mse", "mse", "loss"));
    }

    static MetricDefinition def(String name, String metric, String kind) {
        String channel = name.substring(0, name.indexOf(':'));
        return MetricDefinition.builder().name(name).regex("#quality_metric: host=\\S+, " + channel + " " + metric
                + " <" + kind + ">=\\((\\S+)\\)").build();
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        settings(hyperparameters);
    }

    /** The checked settings; the same checks run before the job (validate) and in it (train). */
    private static EngineHyperparameters settings(Map<String, String> hyperparameters) {
        EngineHyperparameters hp = new EngineHyperparameters("KNN", hyperparameters).known(KNOWN)
                .required("feature_dim", "pass feature_dim, the number of features of each record")
                .required("k", "pass k, the number of nearest neighbours")
                .required("predictor_type", "pass classifier or regressor")
                .required("sample_size", "pass sample_size, the number of training records to index");
        int dim = hp.integer("feature_dim", 1, 1, Integer.MAX_VALUE);
        hp.integer("k", 1, 1, Integer.MAX_VALUE);
        hp.choice("predictor_type", null, Set.of("classifier", "regressor"));
        hp.integer("sample_size", 1, 1, Integer.MAX_VALUE);
        String reduction = hp.choice("dimension_reduction_type", "", Set.of("sign", "fjlt"));
        if (!reduction.isEmpty()) {
            hp.required("dimension_reduction_target", "pass the dimension to reduce to, below feature_dim");
        }
        if (hp.has("dimension_reduction_target")) {
            if (reduction.isEmpty()) {
                throw new ValidationException("dimension_reduction_type", null, "is required with "
                        + "dimension_reduction_target", "pass sign or fjlt, or remove dimension_reduction_target");
            }
            hp.integer("dimension_reduction_target", 1, 1, Math.max(1, dim - 1L));
        }
        String index = hp.choice("index_type", "faiss.Flat", Set.of("faiss.Flat", "faiss.IVFFlat", "faiss.IVFPQ"));
        String metric = hp.choice("index_metric", "L2", Set.of("L2", "INNER_PRODUCT", "COSINE"));
        if (index.equals("faiss.IVFPQ") && !metric.equals("L2")) {
            throw new ValidationException("index_metric", metric, "is not supported with index_type faiss.IVFPQ",
                    "use L2, or index_type faiss.Flat / faiss.IVFFlat");
        }
        if (!hp.string("faiss_index_ivf_nlists", "auto").equals("auto")) {
            hp.integer("faiss_index_ivf_nlists", 1, 1, Integer.MAX_VALUE);
        }
        String m = hp.string("faiss_index_pq_m", "");
        if (!m.isEmpty() && !PQ_M.contains(m)) {
            throw new ValidationException("faiss_index_pq_m", m, "is not one of the values FAISS takes",
                    "pass one of 1, 2, 3, 4, 8, 12, 16, 20, 24, 28, 32, 40, 48, 56, 64, 96");
        }
        hp.integer("mini_batch_size", 5000, 1, Integer.MAX_VALUE);
        return hp;
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        EngineHyperparameters hp = settings(env.hyperparameters());
        int dim = hp.integer("feature_dim", 1, 1, Integer.MAX_VALUE);
        int k = hp.integer("k", 1, 1, Integer.MAX_VALUE);
        String type = hp.string("predictor_type", "classifier");
        String metric = hp.string("index_metric", "L2");
        if (metric.equals("INNER_PRODUCT")) {
            throw new ValidationException("index_metric", metric, "is not supported by the local KNN (Tribuo has "
                    + "no inner-product search)", "use L2 or COSINE locally, or train on the sagemaker backend");
        }
        long t0 = System.nanoTime();
        EngineData train = EngineData.read(env, "train", dim, 1, true);
        EngineData test = env.channels().containsKey("test") ? EngineData.read(env, "test", dim, 1, true) : null;
        long t1 = System.nanoTime();

        float[][] x = train.x;
        float[] y = train.labels;
        int sampleSize = hp.integer("sample_size", 1, 1, Integer.MAX_VALUE);
        if (x.length > sampleSize) {
            int[] picked = sample(x.length, sampleSize, new SplittableRandom(SEED));
            float[][] sx = new float[sampleSize][];
            float[] sy = new float[sampleSize];
            for (int i = 0; i < sampleSize; i++) {
                sx[i] = x[picked[i]];
                sy[i] = y[picked[i]];
            }
            x = sx;
            y = sy;
        }
        if (k > x.length) {
            throw new ValidationException("k", k, "is larger than the " + x.length + " indexed records",
                    "use a k of at most " + x.length + ", or more data / a larger sample_size");
        }
        ObjectNode manifest = SdkJson.MAPPER.createObjectNode();
        manifest.put("algorithm", "knn");
        manifest.put("format_version", 2);
        manifest.put("engine", "tribuo " + org.tribuo.Tribuo.VERSION + " KNNTrainer");
        manifest.put("feature_dim", dim);
        manifest.put("predictor_type", type);
        manifest.put("k", k);
        manifest.put("index_type", hp.string("index_type", "faiss.Flat"));
        manifest.put("index_metric", metric);
        manifest.put("sample_size", x.length);
        if (hp.has("dimension_reduction_type")) {
            manifest.put("dimension_reduction_type", hp.string("dimension_reduction_type", ""));
            manifest.put("dimension_reduction_target", hp.integer("dimension_reduction_target", 1, 1, dim));
            manifest.put("projection_seed", SEED);
        }
        float[][] indexed = KnnModel.project(KnnModel.projection(manifest), x);
        env.log(String.format(Locale.ROOT, "Indexing %d of %d records (%d dimensions) for k=%d, %s", x.length,
                train.rows(), indexed[0].length, k, type));
        KnnModel model = KnnModel.fit(manifest, indexed, y, "knn train channel of " + env.jobName());
        long t2 = System.nanoTime();
        if (test != null) {
            report(env, model, test);
        }
        long t3 = System.nanoTime();
        model.save(env.modelDir());
        env.log(EngineData.timings(t0, t1, t2, t3, System.nanoTime()));
        env.log("Saved " + KnnModel.MANIFEST + ", " + KnnModel.INDEX + " and " + KnnModel.LABELS);
    }

    /** The Tribuo call: a KNN model over the (projected) records. */
    static Model<?> fit(float[][] x, float[] y, int k, String type, String metric, String index, String source) {
        Distance distance = metric.equals("COSINE") ? new CosineDistance() : new L2Distance();
        NeighboursQueryFactoryType search = index.equals("faiss.Flat") ? NeighboursQueryFactoryType.BRUTE_FORCE
                : NeighboursQueryFactoryType.KD_TREE;
        if (type.equals("regressor")) {
            KNNTrainer<Regressor> trainer = new KNNTrainer<>(k, distance, 1, new MeanCombiner(),
                    KNNModel.Backend.STREAMS, search);
            return trainer.train(TribuoData.targets(x, y, source));
        }
        KNNTrainer<Label> trainer = new KNNTrainer<>(k, distance, 1, new VotingCombiner(), KNNModel.Backend.STREAMS,
                search);
        return trainer.train(TribuoData.labels(x, y, source));
    }

    private static void report(TrainingEnvironment env, KnnModel model, EngineData test) {
        float[] predicted = model.predict(test.x);
        double sum = 0;
        for (int r = 0; r < predicted.length; r++) {
            double d = predicted[r] - test.labels[r];
            sum += model.predictorType.equals("regressor") ? d * d : (d == 0 ? 1 : 0);
        }
        String metric = model.predictorType.equals("regressor") ? "mse <loss>" : "accuracy <score>";
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, test %s=(%s)", env.currentHost(), metric,
                sum / predicted.length));
    }

    /** {@code count} distinct indexes of {@code [0, n)}, uniformly (a partial Fisher-Yates shuffle). */
    static int[] sample(int n, int count, SplittableRandom random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = new int[count];
        System.arraycopy(all, 0, out, 0, count);
        java.util.Arrays.sort(out);
        return out;
    }
}
