/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.utils.Names;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.ContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

/**
 * A model package of the model registry that can be deployed, as the Python SDK's
 * {@code sagemaker.model.ModelPackage}: what {@link Model#register} returns, or one built from an existing package
 * ({@code modelPackageArn}) or from an algorithm's training results ({@code algorithmArn} with {@code modelData}).
 * Creating its model sends a CreateModel whose container names the package ({@code ModelPackageName}).
 *
 * <pre>{@code
 * ModelPackage pkg = ModelPackage.builder().modelPackageArn(arn).role(role).session(session).build();
 * Predictor<?> predictor = pkg.deploy(1, "ml.m5.large");
 * }</pre>
 *
 * <p>The local backend keeps a registry of its own (groups, numbered versions, approvals) under the session root;
 * there, the model's container runs the package's image and model data.
 */
public class ModelPackage {
    /** Python's {@code MODEL_PACKAGE_ARN_PATTERN}. */
    private static final Pattern ARN = Pattern.compile(
            "arn:aws([a-z\\-]*)?:sagemaker:([a-z0-9\\-]*):([0-9]{12}):model-package/(.*)");
    /** Python's {@code MODEL_PACKAGE_VERSIONED_ARN_PATTERN}. */
    private static final Pattern VERSIONED = Pattern.compile(
            "arn:aws([a-z\\-]*)?:sagemaker:([a-z0-9\\-]*):([0-9]{12}):model-package/[\\S]{1,2048}/[0-9]{1,10}$");

    private final Session session;
    private final String role;
    private final String modelData;
    private final String algorithmArn;
    private final Map<String, String> env;
    private final VpcConfig vpcConfig;
    private final Model.PredictorFactory predictorCls;
    private String modelPackageArn;
    private String createdModelPackageName;
    private String name;

    /**
     * Builds a model package from its builder.
     *
     * @param b the builder
     */
    protected ModelPackage(Builder b) {
        this.session = Objects.requireNonNull(b.session, "session");
        if (b.modelPackageArn != null && b.algorithmArn != null) {
            throw new ValidationException("algorithmArn", b.algorithmArn, "modelPackageArn and algorithmArn are "
                    + "mutually exclusive", "pass one of them");
        }
        if (b.modelPackageArn == null && b.algorithmArn == null) {
            throw new ValidationException("modelPackageArn", null, "either modelPackageArn or algorithmArn is "
                    + "required", "pass the package's ARN (or name), or an algorithm with modelData");
        }
        if (b.algorithmArn != null && b.modelData == null) {
            throw new ValidationException("modelData", null, "must be provided with algorithmArn",
                    "pass the S3 URI of the algorithm's model artifacts");
        }
        this.role = b.role;
        this.modelData = b.modelData;
        this.algorithmArn = b.algorithmArn;
        this.modelPackageArn = b.modelPackageArn;
        this.env = b.env == null ? Map.of() : Map.copyOf(b.env);
        this.vpcConfig = b.vpcConfig;
        this.predictorCls = b.predictorCls;
        this.name = b.name;
    }

    /**
     * A builder; {@code session} and one of {@code modelPackageArn} or {@code algorithmArn} are required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code model_package_arn}.
     *
     * @return the package's ARN (or name), or {@code null} for one made from an algorithm before its model is
     *         created
     */
    public synchronized String modelPackageArn() {
        return modelPackageArn;
    }

    /**
     * {@code algorithm_arn}.
     *
     * @return the algorithm, or {@code null}
     */
    public String algorithmArn() {
        return algorithmArn;
    }

    /**
     * {@code model_data}.
     *
     * @return the model artifacts of an algorithm's package, or {@code null}
     */
    public String modelData() {
        return modelData;
    }

    /**
     * {@code role}.
     *
     * @return the IAM role, or {@code null}
     */
    public String role() {
        return role;
    }

    /**
     * The model name ({@code name}; set by {@link #create()} when the builder had none).
     *
     * @return the name, or {@code null} before the model is created
     */
    public synchronized String name() {
        return name;
    }

    /**
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * Whether the model runs without network access, as Python's {@code ModelPackage.enable_network_isolation()}:
     * true for an AWS Marketplace package (one whose containers carry a {@code ProductId}); a DescribeModelPackage.
     *
     * @return whether network isolation is enabled
     */
    public boolean enableNetworkIsolation() {
        String package_ = packageName();
        if (package_ == null) {
            return true;
        }
        DescribeModelPackageResponse d = describe(package_);
        return d.inferenceSpecification() != null && d.inferenceSpecification().containers().stream()
                .anyMatch(c -> c.productId() != null);
    }

    /**
     * Sets the package's approval status, as {@code ModelPackage.update_approval_status(approval_status)}.
     *
     * @param approvalStatus {@code Approved}, {@code Rejected} or {@code PendingManualApproval}
     */
    public void updateApprovalStatus(String approvalStatus) {
        updateApprovalStatus(approvalStatus, null);
    }

    /**
     * Sets the package's approval status with a description, as
     * {@code ModelPackage.update_approval_status(approval_status, approval_description)}: an UpdateModelPackage.
     *
     * @param approvalStatus      {@code Approved}, {@code Rejected} or {@code PendingManualApproval}
     * @param approvalDescription why, or {@code null}
     */
    public void updateApprovalStatus(String approvalStatus, String approvalDescription) {
        String arn = modelPackageArn();
        if (arn == null) {
            throw new ValidationException("modelPackageArn", null, "is required to update the status",
                    "create the model first, or build the package from its ARN");
        }
        session.api(ModelPackagesApi.CAPABILITY).updateModelPackage(UpdateModelPackageRequest.builder()
                .modelPackageArn(arn).modelApprovalStatus(approvalStatus).approvalDescription(approvalDescription)
                .build());
    }

    /**
     * Creates the SageMaker model of this package, as Python's {@code ModelPackage._create_sagemaker_model}: a
     * package made from an algorithm is created first (CreateModelPackage, then waited for); a versioned package
     * that is not yet approved is approved (UpdateModelPackage); then a CreateModel whose one container names the
     * package ({@code ModelPackageName}, with {@code Environment} when set), with the role, the VPC configuration
     * and network isolation for a Marketplace package. A model without a name is named as Python names it: the
     * package's name (for an ARN, as Python's pattern reads it, its account) plus one timestamp.
     *
     * @return the model name
     */
    public synchronized String create() {
        String packageName;
        String containerPackage;
        if (algorithmArn != null) {
            if (createdModelPackageName == null) {
                String created = name != null ? name
                        : Names.nameFromBase(algorithmArn.substring(algorithmArn.lastIndexOf('/') + 1));
                session.createModelPackageFromAlgorithm(created, "Model Package created from training with "
                        + algorithmArn, p -> p.algorithmArn(algorithmArn).modelData(modelData));
                session.waitForModelPackage(created);
                createdModelPackageName = created;
            }
            packageName = createdModelPackageName;
            containerPackage = createdModelPackageName;
        } else {
            Matcher m = ARN.matcher(modelPackageArn);
            packageName = m.lookingAt() ? m.group(3) : modelPackageArn;
            containerPackage = modelPackageArn;
        }
        ContainerDefinition.Builder container = ContainerDefinition.builder().modelPackageName(containerPackage);
        if (!env.isEmpty()) {
            container.environment(env);
        }
        if (name == null) {
            name = Names.nameFromBase(packageName);
        }
        DescribeModelPackageResponse d = describe(modelPackageArn != null ? modelPackageArn : packageName);
        if (modelPackageArn == null) {
            modelPackageArn = d.modelPackageArn();
        }
        if (VERSIONED.matcher(modelPackageArn).lookingAt() && !"Approved".equals(d.modelApprovalStatusAsString())) {
            updateApprovalStatus("Approved");
        }
        CreateModelRequest.Builder request = CreateModelRequest.builder().modelName(name).containers(container.build());
        if (role != null) {
            request.executionRoleArn(session.expandRole(role));
        }
        if (vpcConfig != null) {
            request.vpcConfig(vpcConfig);
        }
        if (d.inferenceSpecification() != null && d.inferenceSpecification().containers().stream()
                .anyMatch(c -> c.productId() != null)) {
            request.enableNetworkIsolation(true);
        }
        session.api(HostingApi.CAPABILITY).createModel(request.build());
        return name;
    }

    /**
     * Creates the model and deploys it to a new endpoint, as {@code ModelPackage.deploy(initial_instance_count,
     * instance_type)}: the endpoint is named after the model; waits until it is InService.
     *
     * @param initialInstanceCount the number of instances
     * @param instanceType         the instance type, e.g. {@code ml.m5.large}
     * @return a predictor of the endpoint ({@code predictorCls}'s where set)
     */
    public Predictor<?> deploy(int initialInstanceCount, String instanceType) {
        String model = create();
        String endpoint = session.endpointFromProductionVariants(Names.nameFromBase(Model.baseFromName(model)),
                java.util.List.of(Session.productionVariant(model, instanceType, initialInstanceCount)));
        return predictorCls != null ? predictorCls.create(endpoint, session) : Predictor.builder(endpoint, session)
                .build();
    }

    private String packageName() {
        return modelPackageArn != null ? modelPackageArn : createdModelPackageName;
    }

    private DescribeModelPackageResponse describe(String package_) {
        return session.api(ModelPackagesApi.CAPABILITY).describeModelPackage(DescribeModelPackageRequest.builder()
                .modelPackageName(package_).build());
    }

    @Override
    public String toString() {
        return "ModelPackage[" + (modelPackageArn != null ? modelPackageArn : algorithmArn) + "]";
    }

    /** Builds a {@link ModelPackage}; each method is a keyword of Python's {@code ModelPackage(...)}. */
    public static class Builder {
        private Session session;
        private String role;
        private String modelData;
        private String algorithmArn;
        private String modelPackageArn;
        private String name;
        private Map<String, String> env;
        private VpcConfig vpcConfig;
        private Model.PredictorFactory predictorCls;

        /** A builder with Python's defaults. */
        protected Builder() {
        }

        /**
         * Sets {@code sagemaker_session} (required here).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Sets {@code role} (default {@code None}).
         *
         * @param role an IAM role name or ARN
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code model_data} (default {@code None}; required with {@code algorithmArn}).
         *
         * @param modelData the S3 URI of the model artifacts
         * @return this builder
         */
        public Builder modelData(String modelData) {
            this.modelData = modelData;
            return this;
        }

        /**
         * Sets {@code algorithm_arn} (default {@code None}; exclusive with {@code modelPackageArn}).
         *
         * @param algorithmArn the algorithm's ARN, or its name where the account owns it
         * @return this builder
         */
        public Builder algorithmArn(String algorithmArn) {
            this.algorithmArn = algorithmArn;
            return this;
        }

        /**
         * Sets {@code model_package_arn} (default {@code None}).
         *
         * @param modelPackageArn the package's ARN, or its name where the account owns it
         * @return this builder
         */
        public Builder modelPackageArn(String modelPackageArn) {
            this.modelPackageArn = modelPackageArn;
            return this;
        }

        /**
         * Sets {@code name} (default {@code None}: named when created).
         *
         * @param name the model name
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name == null ? null : Names.validateName("ModelName", name);
            return this;
        }

        /**
         * Sets {@code env} (default {@code None}).
         *
         * @param env the container's environment
         * @return this builder
         */
        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        /**
         * Sets {@code vpc_config} (default {@code None}; not enforced locally).
         *
         * @param vpcConfig the VPC configuration
         * @return this builder
         */
        public Builder vpcConfig(VpcConfig vpcConfig) {
            this.vpcConfig = vpcConfig;
            return this;
        }

        /**
         * Sets {@code predictor_cls} (default {@code None}: a {@link Predictor}).
         *
         * @param predictorCls makes the predictor {@link #deploy} returns
         * @return this builder
         */
        public Builder predictorCls(Model.PredictorFactory predictorCls) {
            this.predictorCls = predictorCls;
            return this;
        }

        /**
         * Builds the model package.
         *
         * @return the model package
         */
        public ModelPackage build() {
            return new ModelPackage(this);
        }
    }
}
