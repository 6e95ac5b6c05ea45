/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines;
import software.amazon.awssdk.services.sagemaker.model.MetadataProperties;
import software.amazon.awssdk.services.sagemaker.model.MetricsSource;
import software.amazon.awssdk.services.sagemaker.model.ModelDataSource;
import software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle;
import software.amazon.awssdk.services.sagemaker.model.ModelMetrics;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;

/**
 * The model registry helpers of Python's {@code Session} ({@code create_model_package_from_containers},
 * {@code create_model_package_from_algorithm}, {@code wait_for_model_package},
 * {@code get_most_recently_created_approved_model_package}) and {@code create_model_from_job}: what the
 * {@code sagemaker} backend sends, field by field against the dicts of the Python SDK v2.257.6's
 * {@code tests/unit/test_session.py}, to a stub service that answers as the Python tests' mocks do; and what the
 * local backend does (its model registry answers the same helpers; models from jobs: end to end).
 */
class WireModelPackageRequestsTest {
    static final String ROLE = "arn:aws:iam::111111111111:role/ExpandedRole";
    static final String CREATED = "arn:aws:sagemaker:us-west-2:123456789123:model-package/unit-test-package-version/1";

    @TempDir
    Path tmp;
    HttpServer server;
    Session client;
    final List<RecordingClients.Captured> sent = new CopyOnWriteArrayList<>();
    /** Canned answers per operation, in order; the last one repeats. A body starting with {@code !} is a 400. */
    final Map<String, Deque<String>> answers = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String op = target == null ? "" : target.substring(target.indexOf('.') + 1);
            Deque<String> queue = answers.get(op);
            String answer = queue == null ? "{}" : queue.size() > 1 ? queue.poll() : queue.peek();
            int status = 200;
            if (answer.startsWith("!")) {
                status = 400;
                answer = "{'__type':'ValidationException','message':'" + answer.substring(1) + "'}";
            }
            byte[] bytes = answer.replace('\'', '"').getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        client = RecordingClients.session(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), sent);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    void answer(String operation, String... bodies) {
        answers.put(operation, new ArrayDeque<>(List.of(bodies)));
    }

    List<String> operations() {
        return sent.stream().map(c -> c.target().substring(c.target().indexOf('.') + 1)).collect(Collectors.toList());
    }

    JsonNode body(String operation) throws Exception {
        return bodies(operation).get(bodies(operation).size() - 1);
    }

    List<JsonNode> bodies(String operation) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (RecordingClients.Captured c : sent) {
            if (c.target().equals("SageMaker." + operation)) {
                JsonNode body = SdkJson.MAPPER.readTree(c.body());
                // CreateModelPackage's ClientToken is an idempotency token, which the AWS SDK v2 fills in as
                // botocore does (the Python tests' mocked client never sees it): a fresh UUID each call
                if (body.has("ClientToken")) {
                    assertThat(body.get("ClientToken").asText()).matches("[0-9a-f-]{36}");
                    ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("ClientToken");
                }
                out.add(body);
            }
        }
        assertThat(out).as("%s requests", operation).isNotEmpty();
        return out;
    }

    static JsonNode json(String text) throws Exception {
        return SdkJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    static String job(String compression, String artifacts) {
        return "{'TrainingJobName':'jobname','TrainingJobStatus':'Completed','RoleArn':'" + ROLE + "',"
                + "'AlgorithmSpecification':{'TrainingInputMode':'File','TrainingImage':'myimage'},"
                + "'OutputDataConfig':{'S3OutputPath':'s3://sagemaker-123/output'"
                + (compression == null ? "" : ",'CompressionType':'" + compression + "'") + "},"
                + "'ModelArtifacts':{'S3ModelArtifacts':'" + artifacts + "'},"
                + "'VpcConfig':{'Subnets':['foo'],'SecurityGroupIds':['bar']}}";
    }

    @Test
    void createModelFromJob_sendsThePythonCreateModel() throws Exception {
        answer("DescribeTrainingJob", job(null, "s3://sagemaker-123/output/jobname/model/model.tar.gz"));
        // test_create_model_from_job
        assertThat(client.createModelFromJob("jobname")).isEqualTo("jobname");
        assertThat(body("DescribeTrainingJob")).isEqualTo(json("{'TrainingJobName':'jobname'}"));
        assertThat(body("CreateModel")).isEqualTo(json("{'ExecutionRoleArn':'" + ROLE + "','ModelName':'jobname',"
                + "'PrimaryContainer':{'Environment':{},'Image':'myimage','ModelDataSource':{'S3DataSource':{"
                + "'S3Uri':'s3://sagemaker-123/output/jobname/model/model.tar.gz','S3DataType':'S3Object',"
                + "'CompressionType':'Gzip'}}},'VpcConfig':{'Subnets':['foo'],'SecurityGroupIds':['bar']}}"));

        // test_create_model_from_job_with_tags
        client.createModelFromJob("jobname", m -> m.tags(Map.of("some-tag", "value-for-tag")));
        assertThat(body("CreateModel").get("Tags")).isEqualTo(json("[{'Key':'some-tag','Value':'value-for-tag'}]"));

        // test_create_model_from_job_with_container_def: a given model_data_url is a ModelDataUrl
        client.createModelFromJob("jobname", m -> m.imageUri("some-image").modelDataUrl("some-data")
                .env(Map.of("a", "b")).name("other").role("arn:aws:iam::111111111111:role/Other")
                .enableNetworkIsolation(true));
        assertThat(body("CreateModel")).isEqualTo(json("{'ExecutionRoleArn':'arn:aws:iam::111111111111:role/"
                + "Other','ModelName':'other','PrimaryContainer':{'Environment':{'a':'b'},'Image':"
                + "'some-image','ModelDataUrl':'some-data'},'VpcConfig':{'Subnets':['foo'],'SecurityGroupIds':"
                + "['bar']},'EnableNetworkIsolation':true}"));

        // test_create_model_from_job_with_vpc_config_override: an override replaces, None removes
        client.createModelFromJob("jobname", m -> m.vpcConfigOverride(VpcConfig.builder().subnets("foo", "bar")
                .securityGroupIds("baz").build()));
        assertThat(body("CreateModel").get("VpcConfig")).isEqualTo(json(
                "{'Subnets':['foo','bar'],'SecurityGroupIds':['baz']}"));
        client.createModelFromJob("jobname", m -> m.vpcConfigOverride(null));
        assertThat(body("CreateModel").has("VpcConfig")).isFalse();
        assertThatThrownBy(() -> Session.CreateModelFromJobOptions.builder().vpcConfigOverride(
                VpcConfig.builder().subnets("foo").build())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("vpcConfigOverride");

        // test_create_model_from_job_uncompressed_s3_model: an S3Prefix ending in /
        answer("DescribeTrainingJob", job("NONE", "s3://sagemaker-123/output/jobname/model/prefix"));
        client.createModelFromJob("jobname");
        assertThat(body("CreateModel").get("PrimaryContainer").get("ModelDataSource")).isEqualTo(json(
                "{'S3DataSource':{'S3Uri':'s3://sagemaker-123/output/jobname/model/prefix/','S3DataType':'S3Prefix',"
                        + "'CompressionType':'None'}}"));

        // ..._unrecognized_compression_type: an error, and no CreateModel
        answer("DescribeTrainingJob", job("JUNK", "s3://sagemaker-123/output/jobname/model/prefix"));
        int before = bodies("CreateModel").size();
        assertThatThrownBy(() -> client.createModelFromJob("jobname")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("JUNK");
        assertThat(bodies("CreateModel")).hasSize(before);
    }

    @Test
    void createModelPackageFromAlgorithm_sendsThePythonRequest() throws Exception {
        String algorithm = "arn:aws:sagemaker:us-east-2:1234:algorithm/scikit-decision-trees";
        // test_create_model_package_from_algorithm_with_model_data_source
        assertThat(client.createModelPackageFromAlgorithm("sagemaker-model-package", "dummy description", p -> p
                .algorithmArn(algorithm).modelData(ModelDataSource.builder().s3DataSource(s -> s
                        .s3Uri("s3://bucket/model/prefix/").s3DataType("S3Prefix").compressionType("None")).build())))
                .isEqualTo("sagemaker-model-package");
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageName':'sagemaker-model-package',"
                + "'ModelPackageDescription':'dummy description','SourceAlgorithmSpecification':{'SourceAlgorithms':"
                + "[{'AlgorithmName':'" + algorithm + "','ModelDataSource':{'S3DataSource':{'S3Uri':"
                + "'s3://bucket/model/prefix/','S3DataType':'S3Prefix','CompressionType':'None'}}}]}}"));
        // test_create_model_package_from_algorithm_with_model_data_url
        client.createModelPackageFromAlgorithm("sagemaker-model-package", "dummy description", p -> p
                .algorithmArn(algorithm).modelData("s3://bucket/key"));
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageName':'sagemaker-model-package',"
                + "'ModelPackageDescription':'dummy description','SourceAlgorithmSpecification':{'SourceAlgorithms':"
                + "[{'AlgorithmName':'" + algorithm + "','ModelDataUrl':'s3://bucket/key'}]}}"));
        // a package that exists is used, as Python logs "Using already existing model package"
        answer("CreateModelPackage", "!ModelPackage already exists");
        assertThat(client.createModelPackageFromAlgorithm("sagemaker-model-package", null,
                p -> p.algorithmArn(algorithm).modelData("s3://bucket/key"))).isEqualTo("sagemaker-model-package");
        int sent = this.sent.size();
        assertThatThrownBy(() -> client.createModelPackageFromAlgorithm("sagemaker-model-package", "no data",
                p -> p.algorithmArn(algorithm))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("modelData");
        assertThatThrownBy(() -> client.createModelPackageFromAlgorithm("sagemaker-model-package", "no algorithm",
                p -> p.modelData("s3://bucket/key"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("algorithmArn");
        assertThat(this.sent).hasSize(sent);
    }

    @Test
    void createModelPackageFromContainers_allArguments_sendsThePythonRequest() throws Exception {
        // test_create_model_package_from_containers_all_args (an unversioned package: no group lookup)
        answer("CreateModelPackage", "{'ModelPackageArn':'" + CREATED + "'}");
        String arn = client.createModelPackageFromContainers(p -> p
                .containers(List.of(ModelPackageContainerDefinition.builder().image("dummy-container").build()))
                .contentTypes(List.of("application/json")).responseTypes(List.of("application/json"))
                .inferenceInstances(List.of("ml.m4.xlarge")).transformInstances(List.of("ml.m4.xlarget"))
                .modelPackageName("sagemaker-model-package")
                .modelMetrics(ModelMetrics.builder().bias(b -> b.report(MetricsSource.builder()
                        .contentType("content-type").s3Uri("s3://...").build())).build())
                .metadataProperties(MetadataProperties.builder().commitId("test-commit-id")
                        .repository("test-repository").generatedBy("sagemaker-python-sdk").projectId("unit-test")
                        .build())
                .marketplaceCert(true).approvalStatus("Approved").description("description")
                .driftCheckBaselines(DriftCheckBaselines.builder().bias(b -> b.configFile(f -> f
                        .contentType("content-type").s3Uri("s3://..."))).build())
                .customerMetadataProperties(Map.of("key1", "value1")).domain("COMPUTER_VISION")
                .samplePayloadUrl("s3://test-bucket/model").task("IMAGE_CLASSIFICATION").skipModelValidation("All")
                .modelCard(ModelPackageModelCard.builder().modelCardStatus("Draft")
                        .modelCardContent("{\"model_overview\": {\"model_creator\": \"TestCreator\"}}").build())
                .modelLifeCycle(ModelLifeCycle.builder().stage("Development").stageStatus("In-Progress")
                        .stageDescription("Sending for Staging Verification").build()));
        assertThat(arn).isEqualTo(CREATED);
        assertThat(operations()).containsExactly("CreateModelPackage");
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageName':'sagemaker-model-package',"
                + "'InferenceSpecification':{'Containers':[{'Image':'dummy-container'}],"
                + "'SupportedContentTypes':['application/json'],'SupportedResponseMIMETypes':['application/json'],"
                + "'SupportedRealtimeInferenceInstanceTypes':['ml.m4.xlarge'],"
                + "'SupportedTransformInstanceTypes':['ml.m4.xlarget']},"
                + "'ModelPackageDescription':'description',"
                + "'ModelMetrics':{'Bias':{'Report':{'ContentType':'content-type','S3Uri':'s3://...'}}},"
                + "'MetadataProperties':{'CommitId':'test-commit-id','Repository':'test-repository',"
                + "'GeneratedBy':'sagemaker-python-sdk','ProjectId':'unit-test'},"
                + "'CertifyForMarketplace':true,'ModelApprovalStatus':'Approved',"
                + "'DriftCheckBaselines':{'Bias':{'ConfigFile':{'ContentType':'content-type','S3Uri':'s3://...'}}},"
                + "'CustomerMetadataProperties':{'key1':'value1'},'Domain':'COMPUTER_VISION',"
                + "'SamplePayloadUrl':'s3://test-bucket/model','Task':'IMAGE_CLASSIFICATION',"
                + "'SkipModelValidation':'All',"
                + "'ModelCard':{'ModelCardStatus':'Draft','ModelCardContent':"
                + "'{\\\"model_overview\\\": {\\\"model_creator\\\": \\\"TestCreator\\\"}}'},"
                + "'ModelLifeCycle':{'Stage':'Development','StageStatus':'In-Progress',"
                + "'StageDescription':'Sending for Staging Verification'}}"));

        // test_create_model_package_from_containers: Python's defaults only
        client.createModelPackageFromContainers(p -> p.modelPackageName("sagemaker-model-package"));
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageName':'sagemaker-model-package',"
                + "'CertifyForMarketplace':false,'ModelApprovalStatus':'PendingManualApproval',"
                + "'SkipModelValidation':'None'}"));
    }

    @Test
    void createModelPackageFromContainers_versioned_createsTheMissingGroupAsPythonDoes() throws Exception {
        // test_create_model_package_from_containers_without_instance_types: Search finds no group, so the group
        // is created, then the package, its inference specification without instance types
        answer("Search", "{'Results':[]}");
        answer("CreateModelPackage", "{'ModelPackageArn':'" + CREATED + "'}");
        client.createModelPackageFromContainers(p -> p
                .containers(List.of(ModelPackageContainerDefinition.builder().image("dummy-container").build()))
                .contentTypes(List.of("application/json")).responseTypes(List.of("application/json"))
                .modelPackageGroupName("sagemaker-model-package-group-name-1").approvalStatus("Approved")
                .marketplaceCert(true).description("description").customerMetadataProperties(Map.of("key1", "value1"))
                .skipModelValidation("All"));
        assertThat(operations()).containsExactly("Search", "CreateModelPackageGroup", "CreateModelPackage");
        assertThat(body("Search")).isEqualTo(json("{'Resource':'ModelPackageGroup','SearchExpression':{'Filters':"
                + "[{'Name':'ModelPackageGroupName','Operator':'Equals','Value':'sagemaker-model-package-group-name-1'"
                + "}]}}"));
        assertThat(body("CreateModelPackageGroup")).isEqualTo(json(
                "{'ModelPackageGroupName':'sagemaker-model-package-group-name-1'}"));
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageGroupName':"
                + "'sagemaker-model-package-group-name-1','InferenceSpecification':{'Containers':[{'Image':"
                + "'dummy-container'}],'SupportedContentTypes':['application/json'],'SupportedResponseMIMETypes':"
                + "['application/json']},'ModelPackageDescription':'description','CertifyForMarketplace':true,"
                + "'ModelApprovalStatus':'Approved','CustomerMetadataProperties':{'key1':'value1'},"
                + "'SkipModelValidation':'All'}"));

        // test_create_model_package_from_containers_to_create_mpg_if_not_present: found by Search, not created;
        // a group given by ARN is not looked up
        sent.clear();
        answer("Search", "{'Results':[{'ModelPackageGroup':{'ModelPackageGroupName':'mock-mpg'}}]}");
        client.createModelPackageFromContainers(p -> p.sourceUri("mock-source-uri").modelPackageGroupName("mock-mpg"));
        assertThat(operations()).containsExactly("Search", "CreateModelPackage", "UpdateModelPackage");
        sent.clear();
        client.createModelPackageFromContainers(p -> p.sourceUri("mock-source-uri")
                .modelPackageGroupName("arn:aws:sagemaker:us-east-1:215995503607:model-package-group/mock-mpg"));
        assertThat(operations()).containsExactly("CreateModelPackage", "UpdateModelPackage");

        // ..._without_search: Search fails, every page of ListModelPackageGroups is read, the name compared exactly
        sent.clear();
        answer("Search", "!search is not available");
        answer("ListModelPackageGroups", "{'ModelPackageGroupSummaryList':[{'ModelPackageGroupName':'mock-mpg-test'}],"
                + "'NextToken':'NextToken'}", "{'ModelPackageGroupSummaryList':[{'ModelPackageGroupName':'mock-mpg'}]}");
        client.createModelPackageFromContainers(p -> p.sourceUri("mock-source-uri").modelPackageGroupName("mock-mpg"));
        assertThat(operations()).containsExactly("Search", "ListModelPackageGroups", "ListModelPackageGroups",
                "CreateModelPackage", "UpdateModelPackage");
        assertThat(bodies("ListModelPackageGroups")).containsExactly(json("{'NameContains':'mock-mpg'}"),
                json("{'NameContains':'mock-mpg','NextToken':'NextToken'}"));
        sent.clear();
        answer("ListModelPackageGroups", "{'ModelPackageGroupSummaryList':[]}");
        client.createModelPackageFromContainers(p -> p.sourceUri("mock-source-uri").modelPackageGroupName("mock-mpg"));
        assertThat(body("CreateModelPackageGroup")).isEqualTo(json("{'ModelPackageGroupName':'mock-mpg'}"));
    }

    @Test
    void createModelPackageFromContainers_sourceUri_splitsOrReplacesAsPythonDoes() throws Exception {
        answer("Search", "{'Results':[]}");
        answer("CreateModelPackage", "{'ModelPackageArn':'" + CREATED + "'}");
        answer("UpdateModelPackage", "{'ModelPackageArn':'" + CREATED + "'}");
        // test_create_model_package_from_containers_with_source_uri_and_inference_spec: created without the
        // source URI, which an UpdateModelPackage then sets
        assertThat(client.createModelPackageFromContainers(p -> p.modelPackageGroupName("sagemaker-model-package-group")
                .containers(List.of(ModelPackageContainerDefinition.builder().image("dummy-container").build()))
                .contentTypes(List.of("application/json")).responseTypes(List.of("application/json"))
                .inferenceInstances(List.of("ml.m4.xlarge")).transformInstances(List.of("ml.m4.xlarget"))
                .approvalStatus("Approved").skipModelValidation("All").sourceUri("dummy-source-uri")
                .modelPackageRegistrationType("Registered"))).isEqualTo(CREATED);
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageGroupName':'sagemaker-model-package-group',"
                + "'InferenceSpecification':{'Containers':[{'Image':'dummy-container'}],"
                + "'SupportedContentTypes':['application/json'],'SupportedResponseMIMETypes':['application/json'],"
                + "'SupportedRealtimeInferenceInstanceTypes':['ml.m4.xlarge'],"
                + "'SupportedTransformInstanceTypes':['ml.m4.xlarget']},'CertifyForMarketplace':false,"
                + "'ModelApprovalStatus':'Approved','SkipModelValidation':'All',"
                + "'ModelPackageRegistrationType':'Registered'}"));
        assertThat(body("UpdateModelPackage")).isEqualTo(json("{'ModelPackageArn':'" + CREATED + "',"
                + "'SourceUri':'dummy-source-uri'}"));

        // test_create_model_package_from_containers_with_source_uri_set_to_mp: a model package ARN fills the
        // inference specification in, so none is sent, and no update
        sent.clear();
        String source = "arn:aws:sagemaker:us-west-2:123456789123:model-package/existing-mp";
        client.createModelPackageFromContainers(p -> p.modelPackageGroupName("sagemaker-model-package-group")
                .containers(List.of(ModelPackageContainerDefinition.builder().image("dummy-container").build()))
                .contentTypes(List.of("application/json")).responseTypes(List.of("application/json"))
                .inferenceInstances(List.of("ml.m4.xlarge")).transformInstances(List.of("ml.m4.xlarget"))
                .approvalStatus("Approved").skipModelValidation("All").sourceUri(source));
        assertThat(operations()).containsExactly("Search", "CreateModelPackageGroup", "CreateModelPackage");
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageGroupName':'sagemaker-model-package-group',"
                + "'CertifyForMarketplace':false,'ModelApprovalStatus':'Approved','SkipModelValidation':'All',"
                + "'SourceUri':'" + source + "'}"));
    }

    @Test
    void createModelPackageFromContainers_badArguments_failBeforeAnyRequest() {
        ModelPackageContainerDefinition container = ModelPackageContainerDefinition.builder().image("i").build();
        // test_create_model_package_from_containers_name_conflict
        assertThatThrownBy(() -> client.createModelPackageFromContainers(p -> p.modelPackageName("a")
                .modelPackageGroupName("b"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("modelPackageGroupName");
        // ..._with_source_uri_for_unversioned_mp
        assertThatThrownBy(() -> client.createModelPackageFromContainers(p -> p.modelPackageName("a")
                .sourceUri("dummy-source-uri"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("source URI");
        // ..._with_source_uri_for_versioned_mp: an unversioned package with a ModelDataSource
        assertThatThrownBy(() -> client.createModelPackageFromContainers(p -> p.modelPackageName("a")
                .containers(List.of(container.toBuilder().modelDataSource(s -> s.s3DataSource(d -> d
                        .s3Uri("s3://bucket/model/prefix/").s3DataType("S3Prefix").compressionType("None"))).build()))
                .inferenceInstances(List.of("ml.m4.xlarge")).transformInstances(List.of("ml.m4.xlarge"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ModelDataSource");
        // ..._without_model_package_group_name: containers but no instance types
        assertThatThrownBy(() -> client.createModelPackageFromContainers(p -> p.modelPackageName("a")
                .containers(List.of(container)).contentTypes(List.of("application/json"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("inferenceInstances");
        assertThatThrownBy(() -> Session.CreateModelPackageFromContainersOptions.builder().approvalStatus("OK"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("approvalStatus");
        assertThatThrownBy(() -> Session.CreateModelPackageFromContainersOptions.builder().skipModelValidation("Some"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("skipModelValidation");
        assertThat(sent).isEmpty();
    }

    @Test
    void getMostRecentlyCreatedApprovedModelPackage_pagesPastEmptyPages() throws Exception {
        String arn = "arn:aws:sagemaker:us-west-2:123456789012:model-package/model-version/3";
        // test_get_most_recently_created_approved_model_package
        answer("ListModelPackages", "{'ModelPackageSummaryList':[],'NextToken':'NextToken'}",
                "{'ModelPackageSummaryList':[{'CreationTime':1697440162,'ModelApprovalStatus':'Approved',"
                        + "'ModelPackageArn':'" + arn + "','ModelPackageGroupName':'model-version',"
                        + "'ModelPackageVersion':3,'ModelPackageStatus':'Completed'}]}");
        assertThat(client.getMostRecentlyCreatedApprovedModelPackage("mpg")).get()
                .extracting(s -> s.modelPackageArn()).isEqualTo(arn);
        assertThat(bodies("ListModelPackages")).containsExactly(
                json("{'ModelPackageGroupName':'mpg','ModelApprovalStatus':'Approved','SortBy':'CreationTime',"
                        + "'SortOrder':'Descending','MaxResults':1}"),
                json("{'ModelPackageGroupName':'mpg','ModelApprovalStatus':'Approved','SortBy':'CreationTime',"
                        + "'SortOrder':'Descending','MaxResults':1,'NextToken':'NextToken'}"));
        answer("ListModelPackages", "{'ModelPackageSummaryList':[]}");
        assertThat(client.getMostRecentlyCreatedApprovedModelPackage("mpg")).isEmpty();
    }

    @Test
    void waitForModelPackage_pollsUntilThePackageLeavesInProgress() throws Exception {
        answer("DescribeModelPackage", "{'ModelPackageName':'p','ModelPackageStatus':'Pending'}",
                "{'ModelPackageName':'p','ModelPackageStatus':'InProgress'}",
                "{'ModelPackageName':'p','ModelPackageStatus':'Completed','ModelPackageArn':'" + CREATED + "'}");
        assertThat(client.waitForModelPackage("p", Duration.ofMinutes(1), w -> w.poll(Duration.ofMillis(5)))
                .modelPackageArn()).isEqualTo(CREATED);
        assertThat(bodies("DescribeModelPackage")).hasSize(3).allSatisfy(b -> assertThat(b)
                .isEqualTo(json("{'ModelPackageName':'p'}")));
        answer("DescribeModelPackage", "{'ModelPackageName':'p','ModelPackageStatus':'Failed',"
                + "'ModelPackageStatusDetails':{'ValidationStatuses':[{'Name':'v','Status':'Failed',"
                + "'FailureReason':'CapacityError: none left'}]}}");
        assertThatThrownBy(() -> client.waitForModelPackage("p")).isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("Failed").hasMessageContaining("CapacityError: none left");
    }

    @Test
    void estimatorRegister_unversioned_sendsThePythonRequest() throws Exception {
        // test_estimator.py test_register_default_image: an unversioned package's container is the image and the
        // model data only (framework, version and nearest model are not sent)
        String artifacts = "s3://bucket/prefix/est-job/output/model.tar.gz";
        answer("CreateTrainingJob", "{'TrainingJobArn':'arn:aws:sagemaker:us-east-1:111111111111:training-job/est-job'}");
        answer("DescribeTrainingJob", "{'TrainingJobName':'est-job','TrainingJobStatus':'Completed','RoleArn':'" + ROLE
                + "','AlgorithmSpecification':{'TrainingInputMode':'File','TrainingImage':'fakeimage'},"
                + "'ModelArtifacts':{'S3ModelArtifacts':'" + artifacts + "'}}");
        answer("CreateModelPackage", "{'ModelPackageArn':'" + CREATED + "'}");
        Estimator est = Estimator.builder().imageUri("fakeimage").role(ROLE).instanceCount(1)
                .instanceType("ml.c4.4xlarge").outputPath("s3://bucket/prefix").session(client).build();
        est.fit("s3://bucket/training-prefix", f -> f.wait(false).logs(false).jobName("est-job"));
        sent.clear();
        dev.sagemaker4j.model.ModelPackage pkg = est.register(r -> r.contentTypes(List.of("application/json"))
                .responseTypes(List.of("application/json")).inferenceInstances(List.of("ml.m4.xlarge"))
                .transformInstances(List.of("ml.m4.xlarget")).modelPackageName("test-estimator-register-model")
                .samplePayloadUrl("s3://test-bucket/model").task("IMAGE_CLASSIFICATION").framework("TENSORFLOW")
                .frameworkVersion("2.9").nearestModelName("resnet50")
                .dataInputConfiguration("{\"input_1\":[1,224,224,3]}")
                .modelCard(ModelPackageModelCard.builder().modelCardStatus("Draft").modelCardContent(
                        "{\"model_overview\": {\"model_creator\": \"TestCreator\", \"model_artifact\": []}}").build())
                .modelLifeCycle(ModelLifeCycle.builder().stage("Development").stageStatus("In-Progress")
                        .stageDescription("Sending for Staging Verification").build()));
        assertThat(pkg.modelPackageArn()).isEqualTo(CREATED);
        assertThat(pkg.modelData()).isEqualTo(artifacts);
        assertThat(operations()).doesNotContain("CreateModel").endsWith("CreateModelPackage");
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageName':'test-estimator-register-model',"
                + "'InferenceSpecification':{'Containers':[{'Image':'fakeimage','ModelDataUrl':'" + artifacts + "'}],"
                + "'SupportedContentTypes':['application/json'],'SupportedResponseMIMETypes':['application/json'],"
                + "'SupportedRealtimeInferenceInstanceTypes':['ml.m4.xlarge'],"
                + "'SupportedTransformInstanceTypes':['ml.m4.xlarget']},"
                + "'SamplePayloadUrl':'s3://test-bucket/model','Task':'IMAGE_CLASSIFICATION',"
                + "'CertifyForMarketplace':false,'ModelApprovalStatus':'PendingManualApproval',"
                + "'SkipModelValidation':'None','ModelCard':{'ModelCardStatus':'Draft','ModelCardContent':"
                + "'{\\\"model_overview\\\": {\\\"model_creator\\\": \\\"TestCreator\\\", \\\"model_artifact\\\": []}}'},"
                + "'ModelLifeCycle':{'Stage':'Development','StageStatus':'In-Progress',"
                + "'StageDescription':'Sending for Staging Verification'}}"));
        // test_register_inference_image: image_uri replaces the training image
        est.register(r -> r.modelPackageName("test-estimator-register-model").imageUri("fake-inference-image")
                .inferenceInstances(List.of("ml.m4.xlarge")).transformInstances(List.of("ml.m4.xlarget")));
        assertThat(body("CreateModelPackage").get("InferenceSpecification").get("Containers")).isEqualTo(json(
                "[{'Image':'fake-inference-image','ModelDataUrl':'" + artifacts + "'}]"));
    }

    @Test
    void modelRegister_versioned_sendsTheContainerDefinitionWithInferenceParameters() throws Exception {
        answer("Search", "{'Results':[]}");
        answer("CreateModelPackage", "{'ModelPackageArn':'" + CREATED + "'}");
        dev.sagemaker4j.model.Model model = dev.sagemaker4j.model.Model.builder()
                .imageUri("123456789012.dkr.ecr.us-west-2.amazonaws.com/my-image:latest")
                .modelData("s3://bucket/model.tar.gz").env(Map.of("A", "1")).role(ROLE).session(client).build();
        // Python: model.register(content_types=[...], response_types=[...], framework="XGBOOST",
        //   framework_version="1.7", nearest_model_name="xgb", data_input_configuration="{}"): the group is
        //   base_name_from_image(image), created when missing; the container is prepare_container_def's
        dev.sagemaker4j.model.ModelPackage pkg = model.register(r -> r.contentTypes(List.of("text/csv"))
                .responseTypes(List.of("text/csv")).framework("XGBOOST").frameworkVersion("1.7")
                .nearestModelName("xgb").dataInputConfiguration("{}").approvalStatus("Approved"));
        assertThat(pkg.modelPackageArn()).isEqualTo(CREATED);
        assertThat(operations()).containsExactly("Search", "CreateModelPackageGroup", "CreateModelPackage");
        assertThat(body("CreateModelPackageGroup")).isEqualTo(json("{'ModelPackageGroupName':'my-image'}"));
        assertThat(body("CreateModelPackage")).isEqualTo(json("{'ModelPackageGroupName':'my-image',"
                + "'InferenceSpecification':{'Containers':[{'Image':'123456789012.dkr.ecr.us-west-2.amazonaws.com/"
                + "my-image:latest','Environment':{'A':'1'},'ModelDataUrl':'s3://bucket/model.tar.gz',"
                + "'Framework':'XGBOOST','FrameworkVersion':'1.7','NearestModelName':'xgb',"
                + "'ModelInput':{'DataInputConfig':'{}'}}],'SupportedContentTypes':['text/csv'],"
                + "'SupportedResponseMIMETypes':['text/csv']},'CertifyForMarketplace':false,"
                + "'ModelApprovalStatus':'Approved','SkipModelValidation':'None'}"));
        // an approval status the service does not know fails before any request
        assertThatThrownBy(() -> dev.sagemaker4j.model.Model.RegisterOptions.builder().approvalStatus("Yes"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("approvalStatus");
    }

    @Test
    void modelRegister_pythonModelMetricsAndDriftCheckBaselines_sendTheirRequestDicts() throws Exception {
        answer("Search", "{'Results':[]}");
        answer("CreateModelPackage", "{'ModelPackageArn':'" + CREATED + "'}");
        dev.sagemaker4j.model.Model model = dev.sagemaker4j.model.Model.builder()
                .imageUri("012345678901.dkr.ecr.us-west-2.amazonaws.com/my-custom-image-uri")
                .modelData("s3://my-bucket/model.tar.gz").role(ROLE).session(client).build();
        // Python (v2.257.6 tests/unit/sagemaker/workflow/test_step_collections.py, fixtures model_metrics and
        // drift_check_baselines, test_register_model's dict):
        //   ModelMetrics(model_statistics=MetricsSource(s3_uri=f"s3://{BUCKET}/metrics.csv", content_type="text/csv"))
        //   DriftCheckBaselines(model_constraints=MetricsSource(s3_uri=f"s3://{BUCKET}/constraints_metrics.csv",
        //                                                      content_type="text/csv"))
        model.register(r -> r.modelPackageGroupName("mpg").approvalStatus("Approved")
                .modelMetrics(dev.sagemaker4j.modelmetrics.ModelMetrics.builder().modelStatistics(
                        dev.sagemaker4j.modelmetrics.MetricsSource.of("text/csv", "s3://my-bucket/metrics.csv"))
                        .build())
                .driftCheckBaselines(dev.sagemaker4j.driftcheckbaselines.DriftCheckBaselines.builder()
                        .modelConstraints(dev.sagemaker4j.modelmetrics.MetricsSource.of("text/csv",
                                "s3://my-bucket/constraints_metrics.csv")).build()));
        JsonNode sentBody = body("CreateModelPackage");
        assertThat(sentBody.get("ModelMetrics")).isEqualTo(json("{'Bias':{},'Explainability':{},"
                + "'ModelQuality':{'Statistics':{'ContentType':'text/csv','S3Uri':'s3://my-bucket/metrics.csv'}}}"));
        assertThat(sentBody.get("DriftCheckBaselines")).isEqualTo(json("{'ModelQuality':{'Constraints':"
                + "{'ContentType':'text/csv','S3Uri':'s3://my-bucket/constraints_metrics.csv'}}}"));
        // every source of both (model_metrics.py / drift_check_baselines.py _to_request_dict)
        dev.sagemaker4j.modelmetrics.MetricsSource m = dev.sagemaker4j.modelmetrics.MetricsSource.builder()
                .contentType("application/json").s3Uri("s3://b/m.json").contentDigest("sha").build();
        dev.sagemaker4j.modelmetrics.FileSource f = dev.sagemaker4j.modelmetrics.FileSource.of("s3://b/a.json");
        assertThat(SdkJson.toJson(dev.sagemaker4j.modelmetrics.ModelMetrics.builder().modelDataConstraints(m)
                .bias(m).biasPreTraining(m).biasPostTraining(m).explainability(m).build().toRequest()))
                .isEqualTo(json(("{'ModelDataQuality':{'Constraints':%s},'Bias':{'Report':%s,'PreTrainingReport':%s,"
                        + "'PostTrainingReport':%s},'Explainability':{'Report':%s}}").replace("%s",
                        "{'ContentType':'application/json','S3Uri':'s3://b/m.json','ContentDigest':'sha'}")));
        assertThat(SdkJson.toJson(dev.sagemaker4j.driftcheckbaselines.DriftCheckBaselines.builder()
                .biasConfigFile(f).biasPreTrainingConstraints(m).explainabilityConfigFile(f).build().toRequest()))
                .isEqualTo(json("{'Bias':{'ConfigFile':{'S3Uri':'s3://b/a.json'},'PreTrainingConstraints':"
                        + "{'ContentType':'application/json','S3Uri':'s3://b/m.json','ContentDigest':'sha'}},"
                        + "'Explainability':{'ConfigFile':{'S3Uri':'s3://b/a.json'}}}"));
    }

    @Test
    void modelPackageCreate_sendsACreateModelNamingThePackage() throws Exception {
        String describe = "{'ModelPackageName':'p','ModelPackageArn':'%s','ModelPackageStatus':'Completed',"
                + "'ModelApprovalStatus':'PendingManualApproval','InferenceSpecification':{'Containers':[{'Image':"
                + "'1.dkr.ecr.us-east-2.amazonaws.com/decision-trees-sample:latest'%s}],"
                + "'SupportedContentTypes':['text/csv'],'SupportedResponseMIMETypes':['text']}}";
        String arn = "arn:aws:sagemaker:us-east-2:123:model-package/my-model-package-arn";
        answer("DescribeModelPackage", String.format(describe, arn, ""));
        // test_model_package.py test_create_sagemaker_model_include_environment_variable
        dev.sagemaker4j.model.ModelPackage pkg = dev.sagemaker4j.model.ModelPackage.builder().modelPackageArn(arn)
                .role(ROLE).name("my-model").env(Map.of("env_key", "env_value")).session(client).build();
        assertThat(pkg.create()).isEqualTo("my-model");
        assertThat(operations()).containsExactly("DescribeModelPackage", "CreateModel");
        assertThat(body("CreateModel")).isEqualTo(json("{'ModelName':'my-model','ExecutionRoleArn':'" + ROLE + "',"
                + "'Containers':[{'ModelPackageName':'" + arn + "','Environment':{'env_key':'env_value'}}]}"));
        assertThat(pkg.enableNetworkIsolation()).isFalse();

        // test_model_package_auto_approve_on_deploy: a versioned package not yet approved is approved first; a
        // Marketplace package (a container with a ProductId) runs network-isolated
        sent.clear();
        String versioned = "arn:aws:sagemaker:us-west-2:001234567890:model-package/testmodelgroup/1";
        answer("DescribeModelPackage", String.format(describe, versioned, ",'ProductId':'some-product-id'"));
        answer("UpdateModelPackage", "{'ModelPackageArn':'" + versioned + "'}");
        dev.sagemaker4j.model.ModelPackage.builder().modelPackageArn(versioned).role(ROLE).name("m2").session(client)
                .build().create();
        assertThat(operations()).containsExactly("DescribeModelPackage", "UpdateModelPackage", "CreateModel");
        assertThat(body("UpdateModelPackage")).isEqualTo(json("{'ModelPackageArn':'" + versioned + "',"
                + "'ModelApprovalStatus':'Approved'}"));
        assertThat(body("CreateModel")).isEqualTo(json("{'ModelName':'m2','ExecutionRoleArn':'" + ROLE + "',"
                + "'Containers':[{'ModelPackageName':'" + versioned + "'}],'EnableNetworkIsolation':true}"));
        assertThatThrownBy(() -> dev.sagemaker4j.model.ModelPackage.builder().session(client).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("modelPackageArn");
        assertThatThrownBy(() -> dev.sagemaker4j.model.ModelPackage.builder().algorithmArn("algo").session(client)
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("modelData");
    }

    @Test
    void localBackend_servesTheModelRegistry_forTheSameHelpers() {
        try (Session local = Session.local(tmp.resolve("local"))) {
            // the service refuses a package without inference containers, an algorithm or a source URI
            assertThatThrownBy(() -> local.createModelPackageFromContainers(p -> p.modelPackageName("pkg")))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("InferenceSpecification"));
            List<ModelPackageContainerDefinition> containers = List.of(ModelPackageContainerDefinition.builder()
                    .image("my-image:1").modelDataUrl("s3://b/model.tar.gz").build());
            // Python's helper creates the missing group first
            String v1 = local.createModelPackageFromContainers(p -> p.modelPackageGroupName("churn")
                    .containers(containers));
            assertThat(v1).matches("arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/churn/1");
            assertThat(local.getMostRecentlyCreatedApprovedModelPackage("churn")).isEmpty();
            local.api(ModelPackagesApi.CAPABILITY).updateModelPackage(
                    software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest.builder()
                            .modelPackageArn(v1).modelApprovalStatus("Approved").build());
            assertThat(local.getMostRecentlyCreatedApprovedModelPackage("churn")).get()
                    .satisfies(s -> assertThat(s.modelPackageArn()).isEqualTo(v1));

            local.createModelPackageFromAlgorithm("pkg", null, p -> p.algorithmArn("algo").modelData("s3://b/k"));
            assertThat(local.waitForModelPackage("pkg").modelPackageStatusAsString()).isEqualTo("Completed");
            assertThatThrownBy(() -> local.api(ModelPackagesApi.CAPABILITY).deleteModelPackageGroup(
                    software.amazon.awssdk.services.sagemaker.model.DeleteModelPackageGroupRequest.builder()
                            .modelPackageGroupName("churn").build()))
                    .isInstanceOf(dev.sagemaker4j.exceptions.ResourceInUseException.class)
                    .hasMessageContaining("DeleteModelPackage");
            dev.sagemaker4j.model.Model model = dev.sagemaker4j.model.Model.builder().imageUri("my-image:1")
                    .modelData("s3://b/model.tar.gz").session(local).build();
            // the group is named after the image, as in Python
            assertThat(model.register().modelPackageArn()).endsWith(":model-package/my-image/1");
            assertThat(model.register(r -> r.modelPackageName("solo").inferenceInstances(List.of("local"))
                    .transformInstances(List.of("local"))).modelPackageArn()).endsWith(":model-package/solo");
            // a package from an algorithm has no inference container to deploy locally
            assertThatThrownBy(() -> dev.sagemaker4j.model.ModelPackage.builder().modelPackageArn("pkg").session(local)
                    .build().create()).isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("PrimaryContainer.ModelPackageName"));
        }
    }

    @Test
    void createModelFromJob_localTrainingJob_servesEndToEnd() throws Exception {
        try (Session local = Session.local(tmp.resolve("local"))) {
            Path train = Files.createDirectories(tmp.resolve("local/s3/pkg-bucket/train"));
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                rows.append(i % 2).append(',').append(i % 2 * 3 + i % 5).append(',').append(i % 3).append('\n');
            }
            Files.writeString(train.resolve("train.csv"), rows);
            String image = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
            Estimator est = Estimator.builder().imageUri(image).role("arn:aws:iam::111122223333:role/SM")
                    .instanceCount(1).instanceType("ml.m5.xlarge").outputPath("s3://pkg-bucket/out")
                    .hyperparameters(Map.of("num_round", 3, "objective", "binary:logistic")).session(local).build();
            est.fit(Map.of("train", TrainingInput.builder().s3Data("s3://pkg-bucket/train/").contentType("text/csv")
                    .build()), f -> f.logs(false).jobName("pkg-job-1"));

            assertThat(local.createModelFromJob("pkg-job-1", m -> m.name("pkg-model").env(Map.of("A", "1"))))
                    .isEqualTo("pkg-model");
            var model = local.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder()
                    .modelName("pkg-model").build());
            assertThat(model.primaryContainer().image()).isEqualTo(image);
            assertThat(model.primaryContainer().environment()).containsEntry("A", "1");
            assertThat(model.primaryContainer().modelDataSource().s3DataSource().s3Uri())
                    .isEqualTo(est.modelData());
            assertThat(model.executionRoleArn()).isEqualTo("arn:aws:iam::111122223333:role/SM");

            local.endpointFromProductionVariants("pkg-endpoint",
                    List.of(Session.productionVariant("pkg-model", "ml.m5.large", 1)));
            String prediction = local.runtimeApi().invokeEndpoint(InvokeEndpointRequest.builder()
                    .endpointName("pkg-endpoint").contentType("text/csv").body(SdkBytes.fromUtf8String("3,1"))
                    .build()).body().asUtf8String();
            double p = Double.parseDouble(prediction.trim());
            assertThat(p).isBetween(0.0, 1.0);
        }
    }
}
