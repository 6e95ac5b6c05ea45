/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Many models behind one endpoint, as {@code sagemaker.multidatamodel.MultiDataModel}: every
 * model.tar.gz under a prefix can be invoked with {@code TargetModel} (its key relative to the
 * prefix); a model is loaded on its first invocation and evicted, least recently used, when the
 * loaded models pass a memory bound (the model environment variable
 * {@code SAGEMAKER4J_MULTI_MODEL_MAX_BYTES}, default 1 GiB).
 *
 * <pre>{@code
 * MultiDataModel mme = MultiDataModel.builder().name("customers").modelDataPrefix("s3://bucket/models/")
 *         .imageUri(ImageUris.retrieve("xgboost", region, "1.7-1")).session(session).build();
 * mme.addModel(estimatorA.modelData(), "customer-a.tar.gz");
 * Predictor<?> p = mme.deploy(1, "local");
 * p.predict(rows, o -> o.targetModel("customer-a.tar.gz"));
 * }</pre>
 */
public final class MultiDataModel extends Model {
    private final String modelDataPrefix;

    private MultiDataModel(Builder b) {
        super(b.multiModel());
        this.modelDataPrefix = b.prefix;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The prefix the models live under.
     *
     * @return the prefix, ending in '/'
     */
    public String modelDataPrefix() {
        return modelDataPrefix;
    }

    /**
     * Copies a model.tar.gz under the prefix, as {@code add_model} in Python.
     *
     * @param modelDataSource the model.tar.gz to add (s3:// or file://)
     * @param modelDataPath   its key below the prefix (the TargetModel), or {@code null} for its file name
     * @return the URI it was copied to
     */
    public String addModel(String modelDataSource, String modelDataPath) {
        String path = modelDataPath != null ? modelDataPath
                : modelDataSource.substring(modelDataSource.lastIndexOf('/') + 1);
        if (path.isBlank() || path.startsWith("/") || path.contains("..")) {
            throw new ValidationException("modelDataPath", path, "is not a key relative to the prefix",
                    "pass e.g. \"customer-a.tar.gz\"");
        }
        String target = modelDataPrefix + path;
        try (InputStream in = session().objectStore().get(modelDataSource)) {
            session().objectStore().put(target, in);
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(modelDataSource, "could not be copied: " + e, true, e);
        }
        return target;
    }

    /**
     * The models under the prefix, as {@code list_models} in Python.
     *
     * @return their keys relative to the prefix (the TargetModel values)
     */
    public List<String> listModels() {
        try (Stream<ObjectSummary> all = session().objectStore().listAll(modelDataPrefix)) {
            String prefixKey = modelDataPrefix.substring(modelDataPrefix.indexOf('/', modelDataPrefix.indexOf("//") + 2)
                    + 1);
            return all.map(o -> o.key().substring(prefixKey.length())).collect(Collectors.toList());
        }
    }

    /** Builds a {@link MultiDataModel}. */
    public static final class Builder extends Model.Builder {
        private String prefix;
        private Model model;
        private boolean imageOrRoleGiven;

        private Builder() {
        }

        /**
         * Sets the prefix the models live under.
         *
         * @param prefix an s3:// or file:// prefix
         * @return this builder
         */
        public Builder modelDataPrefix(String prefix) {
            this.prefix = prefix == null ? null : prefix.endsWith("/") ? prefix : prefix + "/";
            return this;
        }

        @Override
        public Builder session(dev.sagemaker4j.Session session) {
            super.session(session);
            return this;
        }

        @Override
        public Builder imageUri(String imageUri) {
            super.imageUri(imageUri);
            imageOrRoleGiven = true;
            return this;
        }

        @Override
        public Builder role(String role) {
            super.role(role);
            imageOrRoleGiven = true;
            return this;
        }

        /**
         * {@code model} (default None): a model whose image, environment, role, VPC configuration and network
         * isolation the endpoint uses, as Python's {@code MultiDataModel(model=...)}; then {@code imageUri}
         * and {@code role} are not given.
         *
         * @param model the model
         * @return this builder
         */
        public Builder model(Model model) {
            this.model = model;
            return this;
        }

        @Override
        public Builder env(java.util.Map<String, String> env) {
            super.env(env);
            return this;
        }

        @Override
        public Builder name(String name) {
            super.name(name);
            return this;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Builder entryPoint(Class<? extends dev.sagemaker4j.inference.InferenceHandler> handlerClass) {
            super.entryPoint(handlerClass);
            return this;
        }

        @Override
        public Builder entryPoint(String className) {
            super.entryPoint(className);
            return this;
        }

        @Override
        public Builder predictorCls(PredictorFactory factory) {
            super.predictorCls(factory);
            return this;
        }

        @Override
        public Builder vpcConfig(software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfig) {
            super.vpcConfig(vpcConfig);
            return this;
        }

        @Override
        public Builder enableNetworkIsolation(boolean enable) {
            super.enableNetworkIsolation(enable);
            return this;
        }

        @Override
        public Builder modelKmsKey(String kmsKey) {
            super.modelKmsKey(kmsKey);
            return this;
        }

        @Override
        public Builder imageConfig(software.amazon.awssdk.services.sagemaker.model.ImageConfig imageConfig) {
            super.imageConfig(imageConfig);
            return this;
        }

        /**
         * Not for multi-model endpoints: the models live under {@link #modelDataPrefix(String)}.
         *
         * @param modelData ignored
         * @return never
         * @throws ValidationException always
         */
        @Override
        public Builder modelData(String modelData) {
            throw new ValidationException("modelData", modelData, "is not used by a MultiDataModel",
                    "pass modelDataPrefix(...) and add models with addModel(...)");
        }

        Model.Builder multiModel() {
            if (model != null) {
                if (imageOrRoleGiven) {
                    throw new ValidationException("model", model, "is given with imageUri or role",
                            "give either model(...) or imageUri(...)/role(...), as Python's MultiDataModel");
                }
                super.imageUri(model.imageUri());
                super.role(model.role());
                super.env(model.env());
                super.vpcConfig(model.vpcConfig());
                super.enableNetworkIsolation(model.enableNetworkIsolation());
                super.imageConfig(model.imageConfig());
            }
            if (prefix == null || !(prefix.startsWith("s3://") || prefix.startsWith("file:"))) {
                throw new ValidationException("modelDataPrefix", prefix, "is missing or not an s3:// or file:// prefix",
                        "pass the prefix the model.tar.gz files live under");
            }
            super.modelData(prefix);
            mode("MultiModel");
            return this;
        }

        @Override
        public MultiDataModel build() {
            return new MultiDataModel(this);
        }
    }
}
