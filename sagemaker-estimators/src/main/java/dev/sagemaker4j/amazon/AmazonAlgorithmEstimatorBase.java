/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static dev.sagemaker4j.amazon.Hyperparameter.gt;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.spi.ObjectOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;

/**
 * The base of the Amazon first-party algorithms' estimators, as the Python SDK's {@code
 * sagemaker.amazon.amazon_estimator.AmazonAlgorithmEstimatorBase}: the training image comes from the algorithm
 * ({@code repo_name}, {@code repo_version}), hyperparameters are typed, checked as Python checks them and sent as
 * Python's {@code str()} writes them, {@link #recordSet} uploads a matrix as RecordIO-protobuf shards (one per
 * training instance) with a manifest under {@link #dataLocation()}, and {@link #fit(RecordSet)} trains on such a
 * {@link RecordSet}, setting {@code feature_dim} and {@code mini_batch_size} from it.
 *
 * <pre>{@code
 * PCA pca = PCA.builder().role(role).instanceCount(1).instanceType("local").numComponents(3)
 *     .session(session).build();
 * pca.fit(pca.recordSet(NpyArray.of(rows)), 100);
 * }</pre>
 */
public abstract class AmazonAlgorithmEstimatorBase extends EstimatorBase {
    private static final Hyperparameter FEATURE_DIM = Hyperparameter.number("featureDim", "feature_dim",
            "", gt(0));
    private static final Hyperparameter MINI_BATCH_SIZE = Hyperparameter.number("miniBatchSize", "mini_batch_size",
            "", gt(0));
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss-SSS");

    /** Wire name to value, in the order Python's {@code _hyperparameters} dict holds them. */
    private final Map<String, Object> values = new LinkedHashMap<>();
    private volatile String dataLocation;

    /**
     * Creates the estimator: every hyperparameter the builder holds is checked here, as Python's constructor
     * assigns (and so validates) them.
     *
     * @param b the builder
     * @throws ValidationException for a hyperparameter out of range, naming it
     */
    protected AmazonAlgorithmEstimatorBase(Builder<?, ?> b) {
        super(b);
        b.values.forEach((h, v) -> hyperparameter(h, v));
        dataLocation(b.dataLocation != null ? b.dataLocation : defaultDataLocation());
    }

    private String defaultDataLocation() {
        // s3_path_join("s3://", default_bucket(), default_bucket_prefix, "sagemaker-record-sets", with_end_slash)
        String prefix = session().defaultBucketPrefix();
        String trimmed = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
        return "s3://" + session().defaultBucket() + "/" + (trimmed.isEmpty() ? "" : trimmed + "/")
                + "sagemaker-record-sets/";
    }

    /**
     * The algorithm's ECR repository, Python's {@code repo_name} (e.g. {@code pca}).
     *
     * @return the repository
     */
    public abstract String repoName();

    /**
     * The algorithm's image version, Python's {@code repo_version}.
     *
     * @return {@code "1"}
     */
    public String repoVersion() {
        return "1";
    }

    /**
     * Python's {@code DEFAULT_MINI_BATCH_SIZE}: the ceiling of the mini-batch size chosen when {@code fit} gives
     * none, for the algorithms that choose one.
     *
     * @return the size, or {@code null} where the algorithm chooses none
     */
    public Integer defaultMiniBatchSize() {
        return null;
    }

    /**
     * The training image, as {@code training_image_uri()}: {@code image_uris.retrieve(repo_name, region,
     * version=repo_version)}.
     *
     * @return the image URI
     */
    @Override
    public String trainingImageUri() {
        return ImageUris.retrieve(repoName(), session().region(), repoVersion());
    }

    /**
     * The hyperparameters as sent, as Python's {@code hp.serialize_all(self)}: every value that is set, written
     * as {@code str(value)} ({@code json.dumps} for a list).
     *
     * @return an unmodifiable map, wire name to text
     */
    @Override
    public Map<String, String> hyperparameters() {
        Map<String, String> out = new LinkedHashMap<>();
        synchronized (values) {
            values.forEach((name, value) -> {
                if (value != null) {
                    out.put(name, Hyperparameter.serialize(value));
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * The value of a hyperparameter by its wire name, as Python's descriptor reads it.
     *
     * @param name the wire name, e.g. {@code num_components}
     * @return the value, or {@code null} when not set
     */
    protected final Object hyperparameter(String name) {
        synchronized (values) {
            return values.get(name);
        }
    }

    /**
     * Sets a hyperparameter, as assigning Python's descriptor: the value is checked first.
     *
     * @param h     the hyperparameter
     * @param value the value, or {@code null} to send none
     */
    final void hyperparameter(Hyperparameter h, Object value) {
        h.validate(value);
        synchronized (values) {
            values.put(h.name(), value);
        }
    }

    /**
     * The hyperparameter that holds {@code feature_dim}; Random Cut Forest narrows its range.
     *
     * @return the hyperparameter
     */
    Hyperparameter featureDimHyperparameter() {
        return FEATURE_DIM;
    }

    /**
     * {@code feature_dim}, set by {@code fit} from the records.
     *
     * @return the value, or {@code null} before a fit
     */
    public Integer featureDim() {
        return (Integer) hyperparameter("feature_dim");
    }

    /**
     * {@code mini_batch_size}, set by {@code fit}.
     *
     * @return the value, or {@code null} when none is sent
     */
    public Integer miniBatchSize() {
        return (Integer) hyperparameter("mini_batch_size");
    }

    /**
     * {@code data_location}: where {@link #recordSet} uploads.
     *
     * @return an {@code s3://} prefix ending in {@code /}
     */
    public String dataLocation() {
        return dataLocation;
    }

    /**
     * Sets {@code data_location}, as Python's property setter: an {@code s3://} URL, a {@code /} appended when
     * missing.
     *
     * @param dataLocation the prefix
     * @throws ValidationException when it does not start with {@code s3://}
     */
    public void dataLocation(String dataLocation) {
        if (dataLocation == null || !dataLocation.startsWith("s3://")) {
            throw new ValidationException("dataLocation", dataLocation,
                    "is not an S3 URL beginning with \"s3://\"", "pass e.g. s3://bucket/some-key-prefix/");
        }
        this.dataLocation = dataLocation.endsWith("/") ? dataLocation : dataLocation + "/";
    }

    // ---- fit ----

    /**
     * Trains on a record set with the algorithm's default mini-batch size, as {@code fit(records)}; waits for the
     * job and follows its log.
     *
     * @param records the records ({@link #recordSet} makes them)
     * @return the training job
     */
    public TrainingJob fit(RecordSet records) {
        return fit(records, FitOptions.builder().build());
    }

    /**
     * Trains on a record set with a mini-batch size, as {@code fit(records, mini_batch_size)}.
     *
     * @param records       the records
     * @param miniBatchSize the size of each mini-batch ({@code mini_batch_size})
     * @return the training job
     */
    public TrainingJob fit(RecordSet records, int miniBatchSize) {
        return fit(records, FitOptions.builder().miniBatchSize(miniBatchSize).build());
    }

    /**
     * Trains on a record set with Python's {@code fit} keywords ({@code mini_batch_size}, {@code wait}, {@code
     * logs}, {@code job_name}, {@code experiment_config}).
     *
     * @param records the records
     * @param options the keywords
     * @return the training job
     */
    public TrainingJob fit(RecordSet records, Consumer<FitOptions.Builder> options) {
        FitOptions.Builder b = FitOptions.builder();
        options.accept(b);
        return fit(records, b.build());
    }

    /**
     * Trains on a record set with kept options.
     *
     * @param records the records
     * @param options the options
     * @return the training job
     */
    public TrainingJob fit(RecordSet records, FitOptions options) {
        Objects.requireNonNull(records, "records");
        return fit(List.of(records), options, true);
    }

    /**
     * Trains on several record sets (one a channel; one must be {@code train}), as {@code fit([train, test])}.
     *
     * @param records the record sets
     * @param options the keywords
     * @return the training job
     */
    public TrainingJob fit(List<RecordSet> records, Consumer<FitOptions.Builder> options) {
        FitOptions.Builder b = FitOptions.builder();
        options.accept(b);
        return fit(records, b.build(), false);
    }

    private TrainingJob fit(List<RecordSet> records, FitOptions options, boolean single) {
        prepareForTraining(records, single, options.miniBatchSize());
        Map<String, TrainingInput> channels = new LinkedHashMap<>();
        for (RecordSet r : records) {
            channels.putAll(r.dataChannel());
        }
        EstimatorBase.FitOptions.Builder f = EstimatorBase.FitOptions.builder().wait(options.waitForJob())
                .logs(options.logs()).jobName(options.jobName());
        if (options.experimentConfig() != null) {
            f.experimentConfig(options.experimentConfig());
        }
        return fit(channels, f.build());
    }

    /**
     * Sets {@code feature_dim} and {@code mini_batch_size} before a job, as Python's {@code
     * _prepare_for_training(records, mini_batch_size)}: {@code feature_dim} of the {@code train} record set
     * (or of the only one), the mini-batch size from {@link #miniBatchSizeFor}.
     *
     * @param records       the record sets
     * @param single        whether one record set was given (not a list)
     * @param miniBatchSize the size given to {@code fit}, or {@code null}
     * @throws ValidationException when a list holds no {@code train} channel
     */
    void prepareForTraining(List<RecordSet> records, boolean single, Integer miniBatchSize) {
        RecordSet train = trainRecords(records, single);
        hyperparameter(featureDimHyperparameter(), train.featureDim());
        hyperparameter(MINI_BATCH_SIZE, miniBatchSizeFor(train.numRecords(), miniBatchSize));
    }

    static RecordSet trainRecords(List<RecordSet> records, boolean single) {
        if (single) {
            return records.get(0);
        }
        for (RecordSet r : records) {
            if ("train".equals(r.channel())) {
                return r;
            }
        }
        throw new ValidationException("records", records.size() + " record sets", "Must provide train channel.",
                "give one RecordSet with channel \"train\"");
    }

    /**
     * The mini-batch size a job sends: the one given, else, where the algorithm has a {@link
     * #defaultMiniBatchSize()}, Python's {@code _get_default_mini_batch_size}: {@code min(DEFAULT_MINI_BATCH_SIZE,
     * max(1, num_records / instance_count))}.
     *
     * @param numRecords the records of the train channel
     * @param given      the size given to {@code fit}, or {@code null}
     * @return the size, or {@code null} for none
     */
    Integer miniBatchSizeFor(long numRecords, Integer given) {
        if (given != null || defaultMiniBatchSize() == null) {
            return given;
        }
        int count = instanceCount() == null ? 1 : instanceCount();
        return (int) Math.min(defaultMiniBatchSize(), Math.max(1, numRecords / count));
    }

    /**
     * Prepares a job for a pipeline step, as Python's {@code prepare_workflow_for_training(records=None,
     * mini_batch_size=None, job_name=None)}: sets {@code feature_dim} and {@code mini_batch_size} from the records,
     * as {@code fit} does, without starting a job.
     *
     * @param records       the records
     * @param miniBatchSize the mini-batch size, or {@code null} for the algorithm's default
     * @param jobName       the job name, or {@code null}
     * @return the job name staged for
     */
    public String prepareWorkflowForTraining(RecordSet records, Integer miniBatchSize, String jobName) {
        Objects.requireNonNull(records, "records");
        if (miniBatchSize != null) {
            MINI_BATCH_SIZE.validate(miniBatchSize);
        }
        prepareForTraining(List.of(records), true, miniBatchSize);
        return prepareWorkflowForTraining(jobName);
    }

    // ---- record_set ----

    /**
     * Uploads a matrix as RecordIO-protobuf, as {@code record_set(train)}: see {@link #recordSet(NpyArray,
     * RecordSetOptions)}.
     *
     * @param train a 2-D float32, float64 or integer array, one record a row
     * @return the record set, channel {@code train}
     */
    public RecordSet recordSet(NpyArray train) {
        return recordSet(train, RecordSetOptions.builder().build());
    }

    /**
     * Uploads a matrix and its labels, as {@code record_set(train, labels)}.
     *
     * @param train  a 2-D array, one record a row
     * @param labels a 1-D array, one label a row
     * @return the record set, channel {@code train}
     */
    public RecordSet recordSet(NpyArray train, NpyArray labels) {
        return recordSet(train, RecordSetOptions.builder().labels(labels).build());
    }

    /**
     * Uploads a matrix with Python's {@code record_set} keywords ({@code labels}, {@code channel}, {@code
     * encrypt}, {@code distribution}).
     *
     * @param train   a 2-D array, one record a row
     * @param options the keywords
     * @return the record set
     */
    public RecordSet recordSet(NpyArray train, Consumer<RecordSetOptions.Builder> options) {
        RecordSetOptions.Builder b = RecordSetOptions.builder();
        options.accept(b);
        return recordSet(train, b.build());
    }

    /**
     * Uploads a matrix as the Python SDK's {@code record_set} does: the rows are cut into one shard per training
     * instance ({@code instance_count}; the last shard takes the remainder), each written as RecordIO-protobuf
     * (each row a {@code Record} with its {@code values}, and its label when given) to {@code
     * <data_location><ClassName>-<timestamp>/matrix_<i>.pbr}, then a manifest {@code .amazon.manifest} listing
     * them; with {@code encrypt} the objects are written with {@code ServerSideEncryption: AES256}.
     *
     * @param train   a 2-D float32, float64 or integer array, one record a row
     * @param options the options
     * @return the record set of the manifest
     * @throws ValidationException when the matrix has fewer rows than shards, or is not 2-D
     */
    public RecordSet recordSet(NpyArray train, RecordSetOptions options) {
        Objects.requireNonNull(train, "train");
        if (train.ndim() != 2) {
            throw new ValidationException("train", java.util.Arrays.toString(train.shape()), "Array must be a Matrix",
                    "pass a 2-D array, one record per row");
        }
        String location = dataLocation;
        String withoutScheme = location.substring("s3://".length());
        int slash = withoutScheme.indexOf('/');
        String bucket = slash < 0 ? withoutScheme : withoutScheme.substring(0, slash);
        String path = slash < 0 ? "" : withoutScheme.substring(slash);
        String keyPrefix = (path + getClass().getSimpleName() + "-" + sagemakerTimestamp() + "/").replaceAll("^/+",
                "");
        int shards = instanceCount() == null ? 1 : instanceCount();
        if (shards < 1) {
            throw new ValidationException("instanceCount", shards, "num_shards must be >= 1", "pass 1 or more");
        }
        long rows = train.shape()[0];
        long shardSize = rows / shards;
        if (shardSize == 0) {
            throw new ValidationException("train", rows + " rows", "Array length is less than num shards",
                    "pass at least instanceCount (" + shards + ") rows");
        }
        ObjectOptions put = options.encrypt()
                ? ObjectOptions.builder().extraArg("ServerSideEncryption", "AES256").build() : ObjectOptions.none();
        NpyArray matrix = train.toCOrder();
        NpyArray labels = options.labels() == null ? null : options.labels().toCOrder();
        List<String> uploaded = new ArrayList<>();
        int width = Integer.toString(shards).length();
        try {
            for (int s = 0; s < shards; s++) {
                long from = s * shardSize;
                long to = s == shards - 1 ? rows : from + shardSize;
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RecordIO.writeDenseTensor(out, rowSlice(matrix, from, to), labels == null ? null
                        : rowSlice(labels, from, to));
                String file = "matrix_" + String.format("%0" + width + "d", s) + ".pbr";
                session().objectStore().put("s3://" + bucket + "/" + keyPrefix + file,
                        new ByteArrayInputStream(out.toByteArray()), put);
                uploaded.add(file);
            }
            StringBuilder manifest = new StringBuilder("[{\"prefix\": \"s3://").append(bucket).append('/')
                    .append(keyPrefix).append("\"}");
            for (String file : uploaded) {
                manifest.append(", \"").append(file).append('"');
            }
            manifest.append(']');
            String manifestUri = "s3://" + bucket + "/" + keyPrefix + ".amazon.manifest";
            session().objectStore().put(manifestUri, new ByteArrayInputStream(manifest.toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), put);
            return RecordSet.builder().s3Data(manifestUri).numRecords(rows).featureDim((int) train.shape()[1])
                    .channel(options.channel()).distribution(options.distribution()).build();
        } catch (RuntimeException e) {
            // as Python: the shards written so far are deleted, then the error is raised
            for (String file : uploaded) {
                try {
                    session().objectStore().delete("s3://" + bucket + "/" + keyPrefix + file);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
    }

    /** Rows {@code [from, to)} of a C-ordered array (a matrix or a vector). */
    private static NpyArray rowSlice(NpyArray a, long from, long to) {
        long rowElements = 1;
        for (int d = 1; d < a.ndim(); d++) {
            rowElements *= a.shape()[d];
        }
        int rowBytes = (int) (rowElements * a.dtype().itemSize());
        ByteBuffer data = a.data();
        data.position((int) (from * rowBytes)).limit((int) (to * rowBytes));
        long[] shape = a.shape().clone();
        shape[0] = to - from;
        return NpyArray.of(a.dtype(), shape, data.slice().order(a.dtype().byteOrder()));
    }

    /** Python's {@code sagemaker_timestamp()}: UTC {@code %Y-%m-%d-%H-%M-%S-} and milliseconds. */
    static String sagemakerTimestamp() {
        return TIMESTAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    /**
     * A model of the latest job for the algorithm, as the subclasses' {@code create_model}: the algorithm's image,
     * the job's artifact, the role, the estimator's VPC and network isolation, and the algorithm's predictor.
     *
     * @param b the model builder of the algorithm's model class
     * @return the builder, filled in
     */
    Model.Builder modelBuilder(Model.Builder b, software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        b.modelData(modelData()).role(role()).session(session());
        if (vpc != null) {
            b.vpcConfig(vpc);
        }
        if (Boolean.TRUE.equals(enableNetworkIsolation())) {
            b.enableNetworkIsolation(true);
        }
        return b;
    }

    @Override
    protected Model createModel(String modelName, String kmsKey) {
        return createModel(modelName, getVpcConfig());
    }

    /**
     * The algorithm's model of the latest job ({@code PCAModel}, {@code KMeansModel}, ...), as Python's
     * {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}, each keyword named.
     *
     * <pre>{@code
     * PCAModel model = pca.createModel(c -> c.vpcConfigOverride(null));   // served outside the estimator's VPC
     * }</pre>
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    public Model createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        CreateModelOptions.Builder b = CreateModelOptions.builder();
        options.accept(b);
        return createModel(b.build());
    }

    /**
     * The algorithm's model of the latest job with kept options; see
     * {@link #createModel(java.util.function.Consumer)}. The estimator's VPC unless {@code vpcConfigOverride} is
     * given (checked as {@code get_vpc_config(vpc_config_override)} checks it), its role and network isolation.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    public Model createModel(CreateModelOptions options) {
        return createModel(options.name(), options.vpcConfigOverrideSet()
                ? getVpcConfig(options.vpcConfigOverride()) : getVpcConfig());
    }

    /**
     * The algorithm's model of the latest job, named, in a VPC.
     *
     * @param modelName the model name, or {@code null} for a generated one
     * @param vpc       the model's VPC, or {@code null} for none
     * @return the model (not yet created on the backend)
     */
    abstract Model createModel(String modelName, software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc);

    /**
     * The keywords of the Amazon algorithms' {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)},
     * with the {@code Model} keyword it passes on that matters here ({@code name}). Immutable.
     */
    public static final class CreateModelOptions {
        private final software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
        private final boolean vpcConfigOverrideSet;
        private final String name;

        private CreateModelOptions(Builder b) {
            this.vpcConfigOverride = b.vpcConfigOverride;
            this.vpcConfigOverrideSet = b.vpcConfigOverrideSet;
            this.name = b.name;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.vpcConfigOverride = vpcConfigOverride;
            b.vpcConfigOverrideSet = vpcConfigOverrideSet;
            b.name = name;
            return b;
        }

        /**
         * {@code vpc_config_override}.
         *
         * @return the override (meaningful when {@link #vpcConfigOverrideSet()}), {@code null} for no VPC
         */
        public software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride() {
            return vpcConfigOverride;
        }

        /**
         * Whether {@code vpc_config_override} was given (else Python's {@code VPC_CONFIG_DEFAULT}: the estimator's
         * VPC).
         *
         * @return whether it was given
         */
        public boolean vpcConfigOverrideSet() {
            return vpcConfigOverrideSet;
        }

        /**
         * {@code name} (a {@code Model} keyword).
         *
         * @return the model name, or {@code null} for a generated one
         */
        public String name() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof CreateModelOptions)) {
                return false;
            }
            CreateModelOptions c = (CreateModelOptions) o;
            return vpcConfigOverrideSet == c.vpcConfigOverrideSet
                    && java.util.Objects.equals(vpcConfigOverride, c.vpcConfigOverride)
                    && java.util.Objects.equals(name, c.name);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(vpcConfigOverride, vpcConfigOverrideSet, name);
        }

        @Override
        public String toString() {
            return "CreateModelOptions{vpcConfigOverride=" + (vpcConfigOverrideSet ? vpcConfigOverride : "default")
                    + ", name=" + name + "}";
        }

        /** Builds {@link CreateModelOptions}; each method is a keyword of Python's {@code create_model}. */
        public static final class Builder {
            private software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
            private boolean vpcConfigOverrideSet;
            private String name;

            private Builder() {
            }

            /**
             * Sets {@code vpc_config_override} (default {@code VPC_CONFIG_DEFAULT}: the estimator's VPC).
             *
             * @param vpcConfigOverride the model's VPC, or {@code null} for none
             * @return this builder
             */
            public Builder vpcConfigOverride(
                    software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride) {
                this.vpcConfigOverride = vpcConfigOverride;
                this.vpcConfigOverrideSet = true;
                return this;
            }

            /**
             * Sets {@code name}, a {@code Model} keyword (default {@code None}: a generated name).
             *
             * @param name the model name
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateModelOptions build() {
                return new CreateModelOptions(this);
            }
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + hyperparameters();
    }

    /**
     * The keywords of Python's {@code AmazonAlgorithmEstimatorBase.fit(records, mini_batch_size=None, wait=True,
     * logs=True, job_name=None, experiment_config=None)}. Immutable.
     */
    public static final class FitOptions {
        private final Integer miniBatchSize;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;
        private final ExperimentConfig experimentConfig;

        private FitOptions(Builder b) {
            this.miniBatchSize = b.miniBatchSize;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.experimentConfig = b.experimentConfig;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.miniBatchSize = miniBatchSize;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.experimentConfig = experimentConfig;
            return b;
        }

        /**
         * {@code mini_batch_size}.
         *
         * @return the size, or {@code null} for the algorithm's default
         */
        public Integer miniBatchSize() {
            return miniBatchSize;
        }

        /**
         * {@code wait}.
         *
         * @return whether fit waits for the job
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * {@code logs}.
         *
         * @return whether the job's log is followed while waiting
         */
        public boolean logs() {
            return logs;
        }

        /**
         * {@code job_name}.
         *
         * @return the job name, or {@code null} for a generated one
         */
        public String jobName() {
            return jobName;
        }

        /**
         * {@code experiment_config}.
         *
         * @return the experiment, or {@code null}
         */
        public ExperimentConfig experimentConfig() {
            return experimentConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof FitOptions)) {
                return false;
            }
            FitOptions f = (FitOptions) o;
            return Objects.equals(miniBatchSize, f.miniBatchSize) && waitForJob == f.waitForJob && logs == f.logs
                    && Objects.equals(jobName, f.jobName) && Objects.equals(experimentConfig, f.experimentConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(miniBatchSize, waitForJob, logs, jobName, experimentConfig);
        }

        @Override
        public String toString() {
            return "FitOptions[miniBatchSize=" + miniBatchSize + ", wait=" + waitForJob + ", logs=" + logs
                    + ", jobName=" + jobName + ", experimentConfig=" + experimentConfig + "]";
        }

        /** Builds {@link FitOptions}; each method is a keyword of Python's {@code fit}. */
        public static final class Builder {
            private Integer miniBatchSize;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName;
            private ExperimentConfig experimentConfig;

            private Builder() {
            }

            /**
             * Sets {@code mini_batch_size} (default {@code None}: the algorithm's default).
             *
             * @param miniBatchSize the size, greater than 0
             * @return this builder
             */
            public Builder miniBatchSize(Integer miniBatchSize) {
                this.miniBatchSize = miniBatchSize;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether fit waits for the job
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets {@code logs} (default {@code True}).
             *
             * @param logs whether the job's log is followed while waiting
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Sets {@code job_name} (default {@code None}: base job name plus timestamp).
             *
             * @param jobName the job name
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Sets {@code experiment_config} (default {@code None}).
             *
             * @param experimentConfig the experiment
             * @return this builder
             */
            public Builder experimentConfig(ExperimentConfig experimentConfig) {
                this.experimentConfig = experimentConfig;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public FitOptions build() {
                if (miniBatchSize != null) {
                    MINI_BATCH_SIZE.validate(miniBatchSize);
                }
                return new FitOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code record_set(train, labels=None, channel="train", encrypt=False,
     * distribution="ShardedByS3Key")}. Immutable.
     */
    public static final class RecordSetOptions {
        private final NpyArray labels;
        private final String channel;
        private final boolean encrypt;
        private final String distribution;

        private RecordSetOptions(Builder b) {
            this.labels = b.labels;
            this.channel = b.channel;
            this.encrypt = b.encrypt;
            this.distribution = b.distribution;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return builder().labels(labels).channel(channel).encrypt(encrypt).distribution(distribution);
        }

        /**
         * {@code labels}.
         *
         * @return the labels, or {@code null}
         */
        public NpyArray labels() {
            return labels;
        }

        /**
         * {@code channel}.
         *
         * @return the channel
         */
        public String channel() {
            return channel;
        }

        /**
         * {@code encrypt}.
         *
         * @return whether objects are written with AES-256 server-side encryption
         */
        public boolean encrypt() {
            return encrypt;
        }

        /**
         * {@code distribution}.
         *
         * @return the channel's S3 data distribution
         */
        public String distribution() {
            return distribution;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RecordSetOptions)) {
                return false;
            }
            RecordSetOptions r = (RecordSetOptions) o;
            return Objects.equals(labels, r.labels) && channel.equals(r.channel) && encrypt == r.encrypt
                    && distribution.equals(r.distribution);
        }

        @Override
        public int hashCode() {
            return Objects.hash(labels, channel, encrypt, distribution);
        }

        @Override
        public String toString() {
            return "RecordSetOptions[labels=" + (labels == null ? null : java.util.Arrays.toString(labels.shape()))
                    + ", channel=" + channel + ", encrypt=" + encrypt + ", distribution=" + distribution + "]";
        }

        /** Builds {@link RecordSetOptions}; each method is a keyword of Python's {@code record_set}. */
        public static final class Builder {
            private NpyArray labels;
            private String channel = "train";
            private boolean encrypt;
            private String distribution = "ShardedByS3Key";

            private Builder() {
            }

            /**
             * Sets {@code labels} (default {@code None}).
             *
             * @param labels a 1-D array, one label a row
             * @return this builder
             */
            public Builder labels(NpyArray labels) {
                this.labels = labels;
                return this;
            }

            /**
             * Sets {@code channel} (default {@code "train"}).
             *
             * @param channel the training job channel
             * @return this builder
             */
            public Builder channel(String channel) {
                this.channel = Objects.requireNonNull(channel, "channel");
                return this;
            }

            /**
             * Sets {@code encrypt} (default {@code False}).
             *
             * @param encrypt whether to write with AES-256 server-side encryption
             * @return this builder
             */
            public Builder encrypt(boolean encrypt) {
                this.encrypt = encrypt;
                return this;
            }

            /**
             * Sets {@code distribution} (default {@code "ShardedByS3Key"}).
             *
             * @param distribution {@code ShardedByS3Key} or {@code FullyReplicated}
             * @return this builder
             */
            public Builder distribution(String distribution) {
                this.distribution = Objects.requireNonNull(distribution, "distribution");
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public RecordSetOptions build() {
                return new RecordSetOptions(this);
            }
        }
    }

    /**
     * Builds an Amazon algorithm's estimator: {@code data_location} and the algorithm's typed hyperparameters,
     * plus every {@link EstimatorBase.Builder} keyword.
     *
     * @param <B> the builder type
     * @param <E> the estimator type
     */
    public abstract static class Builder<B extends Builder<B, E>, E extends AmazonAlgorithmEstimatorBase>
            extends EstimatorBase.Builder<B, E> {
        private final Map<Hyperparameter, Object> values = new LinkedHashMap<>();
        private String dataLocation;

        /**
         * Creates the builder.
         */
        protected Builder() {
        }

        /**
         * Sets {@code data_location} (default {@code s3://<default bucket>/<prefix>/sagemaker-record-sets/}).
         *
         * @param dataLocation an {@code s3://} prefix where {@code recordSet} uploads
         * @return this builder
         */
        public B dataLocation(String dataLocation) {
            this.dataLocation = dataLocation;
            return self();
        }

        /**
         * Holds a hyperparameter for the constructor, which checks it.
         *
         * @param h     the hyperparameter
         * @param value the value
         * @return this builder
         */
        final B hp(Hyperparameter h, Object value) {
            values.put(h, value);
            return self();
        }
    }
}
