/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.Processor;
import dev.sagemaker4j.processing.ScriptProcessor;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.AthenaDatasetDefinition;
import software.amazon.awssdk.services.sagemaker.model.DatasetDefinition;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.RedshiftDatasetDefinition;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * The CreateProcessingJob requests the sagemaker backend sends, field by field, against what the Python SDK
 * v2.257.6 sends for the same calls: the values and expected shapes are those of its
 * {@code tests/unit/test_processing.py} ({@code ROLE}, {@code CUSTOM_IMAGE_URI}, {@code _get_expected_args},
 * {@code _get_data_input}, {@code _get_data_inputs_all_parameters}, {@code _get_data_outputs_all_parameters},
 * {@code _get_expected_args_all_parameters}), turned into the request by {@code Session._get_process_request}.
 * Three differences are deliberate: job names use hyphens ({@code my-job-name}: the service refuses
 * {@code my_job_name}, and the Java names are validated before sending); uploaded local files are where Python's
 * unmocked {@code S3Uploader.upload} puts them ({@code s3://<bucket>/<job>/input/<name>/<file>}) rather than the
 * mock's {@code s3://mocked_s3_uri_from_upload_data}; and Python's separate {@code S3Input} object is a
 * {@code ProcessingInput} with the same fields. The requests are captured by an SDK interceptor and really sent to
 * the local API server (which refuses most of them: it runs no container images).
 */
class WireProcessingRequestsTest {
    static final String ROLE = "arn:aws:iam::012345678901:role/SageMakerRole";
    static final String CUSTOM_IMAGE_URI = "012345678901.dkr.ecr.us-west-2.amazonaws.com/my-custom-image-uri";
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}";
    @TempDir
    static Path tmp;
    static Session server;
    static EndpointServer api;
    static Session client;
    static final List<RecordingClients.Captured> CAPTURED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        server = Session.local(tmp.resolve("server"));
        api = LocalApiServer.start(server, 0);
        URI uri = URI.create(api.url());
        RecordingClients.Recorder recorder = new RecordingClients.Recorder(CAPTURED);
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_WEST_2)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        SageMakerRuntimeClient rt = SageMakerRuntimeClient.builder().region(Region.US_WEST_2)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build();
        SageMakerFeatureStoreRuntimeClient fs = SageMakerFeatureStoreRuntimeClient.builder().region(Region.US_WEST_2)
                .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(uri).build();
        S3Client s3 = S3Client.builder().region(Region.US_WEST_2).credentialsProvider(RecordingClients.CREDENTIALS)
                .endpointOverride(uri).forcePathStyle(true).build();
        client = Session.builder().backend("sagemaker").sageMakerClient(sm).runtimeClient(rt)
                .featureStoreRuntimeClient(fs).s3Client(s3).defaultBucket("mybucket").build();
    }

    @AfterAll
    static void stop() {
        client.close();
        api.close();
        server.close();
    }

    static ObjectNode sent(Runnable call) throws Exception {
        int before = CAPTURED.size();
        // the local server refuses images it cannot run: what matters here is what was sent
        catchThrowable(call::run);
        RecordingClients.Captured c = CAPTURED.subList(before, CAPTURED.size()).stream()
                .filter(r -> "SageMaker.CreateProcessingJob".equals(r.target())).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no CreateProcessingJob request was sent"));
        return (ObjectNode) SdkJson.MAPPER.readTree(c.body());
    }

    static JsonNode json(String text) throws Exception {
        return SdkJson.MAPPER.readTree(text.replace('\'', '"'));
    }

    static Processor.Builder processorRequired() {
        return Processor.builder().role(ROLE).imageUri(CUSTOM_IMAGE_URI).instanceCount(1).instanceType("ml.m4.xlarge")
                .session(client);
    }

    /** Python's {@code _get_data_inputs_all_parameters()}. */
    static List<ProcessingInput> dataInputsAllParameters() {
        return List.of(
                ProcessingInput.builder().source("s3://path/to/my/dataset/census.csv").destination("/container/path/")
                        .inputName("my_dataset").s3DataType("S3Prefix").s3InputMode("File")
                        .s3DataDistributionType("FullyReplicated").s3CompressionType("None").build(),
                ProcessingInput.builder().inputName("s3_input").source("s3://path/to/my/dataset/census.csv")
                        .destination("/container/path/").s3DataType("S3Prefix").s3InputMode("File")
                        .s3DataDistributionType("FullyReplicated").s3CompressionType("None").build(),
                ProcessingInput.builder().inputName("redshift_dataset_definition").appManaged(true)
                        .datasetDefinition(DatasetDefinition.builder().dataDistributionType("FullyReplicated")
                                .inputMode("File").localPath("/opt/ml/processing/input/dd")
                                .redshiftDatasetDefinition(RedshiftDatasetDefinition.builder().clusterId("cluster_id")
                                        .database("database").dbUser("db_user").queryString("query_string")
                                        .clusterRoleArn("cluster_role_arn").outputS3Uri("output_s3_uri")
                                        .kmsKeyId("kms_key_id").outputFormat("CSV").outputCompression("SNAPPY")
                                        .build()).build()).build(),
                ProcessingInput.builder().inputName("athena_dataset_definition").appManaged(true)
                        .datasetDefinition(DatasetDefinition.builder().dataDistributionType("FullyReplicated")
                                .inputMode("File").localPath("/opt/ml/processing/input/dd")
                                .athenaDatasetDefinition(AthenaDatasetDefinition.builder().catalog("catalog")
                                        .database("database").queryString("query_string").outputS3Uri("output_s3_uri")
                                        .workGroup("workgroup").kmsKeyId("kms_key_id").outputFormat("AVRO")
                                        .outputCompression("ZLIB").build()).build()).build());
    }

    /** Python's {@code _get_data_outputs_all_parameters()}. */
    static List<ProcessingOutput> dataOutputsAllParameters() {
        return List.of(ProcessingOutput.builder().source("/container/path/").destination("s3://uri/")
                        .outputName("my_output").s3UploadMode("EndOfJob").build(),
                ProcessingOutput.builder().outputName("feature_store_output").appManaged(true)
                        .featureStoreOutput("FeatureGroupName").build());
    }

    /** The inputs, output config and rest of {@code _get_expected_args_all_parameters}, as the request. */
    static final String ALL_INPUTS = "["
            + "{'InputName':'my_dataset','AppManaged':false,'S3Input':{'S3Uri':'s3://path/to/my/dataset/census.csv',"
            + "'LocalPath':'/container/path/','S3DataType':'S3Prefix','S3InputMode':'File',"
            + "'S3DataDistributionType':'FullyReplicated','S3CompressionType':'None'}},"
            + "{'InputName':'s3_input','AppManaged':false,'S3Input':{'S3Uri':'s3://path/to/my/dataset/census.csv',"
            + "'LocalPath':'/container/path/','S3DataType':'S3Prefix','S3InputMode':'File',"
            + "'S3DataDistributionType':'FullyReplicated','S3CompressionType':'None'}},"
            + "{'InputName':'redshift_dataset_definition','AppManaged':true,'DatasetDefinition':{"
            + "'DataDistributionType':'FullyReplicated','InputMode':'File','LocalPath':'/opt/ml/processing/input/dd',"
            + "'RedshiftDatasetDefinition':{'ClusterId':'cluster_id','Database':'database','DbUser':'db_user',"
            + "'QueryString':'query_string','ClusterRoleArn':'cluster_role_arn','OutputS3Uri':'output_s3_uri',"
            + "'KmsKeyId':'kms_key_id','OutputFormat':'CSV','OutputCompression':'SNAPPY'}}},"
            + "{'InputName':'athena_dataset_definition','AppManaged':true,'DatasetDefinition':{"
            + "'DataDistributionType':'FullyReplicated','InputMode':'File','LocalPath':'/opt/ml/processing/input/dd',"
            + "'AthenaDatasetDefinition':{'Catalog':'catalog','Database':'database','QueryString':'query_string',"
            + "'OutputS3Uri':'output_s3_uri','WorkGroup':'workgroup','KmsKeyId':'kms_key_id','OutputFormat':'AVRO',"
            + "'OutputCompression':'ZLIB'}}}";
    static final String ALL_REST = "'ProcessingOutputConfig':{'Outputs':["
            + "{'OutputName':'my_output','AppManaged':false,'S3Output':{'S3Uri':'s3://uri/',"
            + "'LocalPath':'/container/path/','S3UploadMode':'EndOfJob'}},"
            + "{'OutputName':'feature_store_output','AppManaged':true,"
            + "'FeatureStoreOutput':{'FeatureGroupName':'FeatureGroupName'}}],"
            + "'KmsKeyId':'arn:aws:kms:us-west-2:012345678901:key/output-kms-key'},"
            + "'ProcessingJobName':'my-job-name',"
            + "'ProcessingResources':{'ClusterConfig':{'InstanceType':'ml.m4.xlarge','InstanceCount':1,"
            + "'VolumeSizeInGB':100,'VolumeKmsKeyId':'arn:aws:kms:us-west-2:012345678901:key/volume-kms-key'}},"
            + "'StoppingCondition':{'MaxRuntimeInSeconds':3600},"
            + "'Environment':{'my_env_variable':'my_env_variable_value'},"
            + "'NetworkConfig':{'EnableNetworkIsolation':true,'EnableInterContainerTrafficEncryption':true,"
            + "'VpcConfig':{'SecurityGroupIds':['my_security_group_id'],'Subnets':['my_subnet_id']}},"
            + "'RoleArn':'" + ROLE + "','Tags':[{'Key':'my-tag','Value':'my-tag-value'}],"
            + "'ExperimentConfig':{'ExperimentName':'AnExperiment'}";

    static NetworkConfig allNetwork() {
        return NetworkConfig.builder().enableNetworkIsolation(true).enableInterContainerTrafficEncryption(true)
                .vpcConfig(v -> v.subnets("my_subnet_id").securityGroupIds("my_security_group_id")).build();
    }

    @Test
    void processorRun_requiredParameters_sendsPythonsRequest() throws Exception {
        // Python: test_processor_with_required_parameters: Processor(role, image_uri, 1, "ml.m4.xlarge").run()
        ObjectNode body = sent(() -> processorRequired().build().run(r -> r.wait(false).logs(false)));

        String name = body.remove("ProcessingJobName").asText();
        assertThat(name).matches("my-custom-image-uri-" + TIMESTAMP);
        assertThat(body).isEqualTo(json("{'ProcessingResources':{'ClusterConfig':{'InstanceType':'ml.m4.xlarge',"
                + "'InstanceCount':1,'VolumeSizeInGB':30}},'AppSpecification':{'ImageUri':'" + CUSTOM_IMAGE_URI
                + "'},'RoleArn':'" + ROLE + "'}"));
    }

    @Test
    void processorRun_networkIsolationOnly_sendsOnlyThatFlag() throws Exception {
        // Python: test_processor_with_missing_network_config_parameters
        ObjectNode body = sent(() -> processorRequired().networkConfig(NetworkConfig.builder()
                .enableNetworkIsolation(true).build()).build().run(r -> r.wait(false).logs(false)));

        assertThat(body.get("NetworkConfig")).isEqualTo(json("{'EnableNetworkIsolation':true}"));
    }

    @Test
    void processorRun_allParameters_sendsPythonsRequest() throws Exception {
        // Python: test_processor_with_all_parameters (entrypoint given; its expected args without the code input)
        Processor processor = processorRequired()
                .entrypoint(List.of("python3", "/opt/ml/processing/input/code/processing_code.py"))
                .volumeSizeInGB(100).volumeKmsKey("arn:aws:kms:us-west-2:012345678901:key/volume-kms-key")
                .outputKmsKey("arn:aws:kms:us-west-2:012345678901:key/output-kms-key").maxRuntimeInSeconds(3600)
                .baseJobName("processor-base-name").env(Map.of("my_env_variable", "my_env_variable_value"))
                .tags(Map.of("my-tag", "my-tag-value")).networkConfig(allNetwork()).build();

        ObjectNode body = sent(() -> processor.run(r -> r.inputs(dataInputsAllParameters())
                .outputs(dataOutputsAllParameters()).arguments(List.of("--drop-columns", "'SelfEmployed'"))
                .wait(true).logs(false).jobName("my-job-name").experimentConfig(Map.of("ExperimentName",
                        "AnExperiment"))));

        assertThat(body).isEqualTo(json("{'ProcessingInputs':" + ALL_INPUTS + "]," + ALL_REST + ","
                + "'AppSpecification':{'ImageUri':'" + CUSTOM_IMAGE_URI + "',"
                + "'ContainerArguments':['--drop-columns','\\u0027SelfEmployed\\u0027'],"
                + "'ContainerEntrypoint':['python3','/opt/ml/processing/input/code/processing_code.py']}}"));
    }

    @Test
    void scriptProcessorRun_allParameters_addsTheCodeInputLast() throws Exception {
        // Python: test_script_processor_with_all_parameters
        Path code = Files.createDirectories(tmp.resolve("code-all")).resolve("processing_code.py");
        Files.writeString(code, "print('hi')\n");
        ScriptProcessor processor = ScriptProcessor.builder().role(ROLE).imageUri(CUSTOM_IMAGE_URI)
                .command(List.of("python3")).instanceType("ml.m4.xlarge").instanceCount(1).volumeSizeInGB(100)
                .volumeKmsKey("arn:aws:kms:us-west-2:012345678901:key/volume-kms-key")
                .outputKmsKey("arn:aws:kms:us-west-2:012345678901:key/output-kms-key").maxRuntimeInSeconds(3600)
                .baseJobName("my-sklearn-processor").env(Map.of("my_env_variable", "my_env_variable_value"))
                .tags(Map.of("my-tag", "my-tag-value")).networkConfig(allNetwork()).session(client).build();

        ObjectNode body = sent(() -> processor.run(code.toString(), r -> r.inputs(dataInputsAllParameters())
                .outputs(dataOutputsAllParameters()).arguments(List.of("--drop-columns", "'SelfEmployed'"))
                .wait(true).logs(false).jobName("my-job-name").experimentConfig(Map.of("ExperimentName",
                        "AnExperiment"))));

        String codeInput = "{'InputName':'code','AppManaged':false,'S3Input':{"
                + "'S3Uri':'s3://mybucket/my-job-name/input/code/processing_code.py',"
                + "'LocalPath':'/opt/ml/processing/input/code','S3DataType':'S3Prefix','S3InputMode':'File',"
                + "'S3DataDistributionType':'FullyReplicated','S3CompressionType':'None'}}";
        assertThat(body).isEqualTo(json("{'ProcessingInputs':" + ALL_INPUTS + "," + codeInput + "]," + ALL_REST + ","
                + "'AppSpecification':{'ImageUri':'" + CUSTOM_IMAGE_URI + "',"
                + "'ContainerArguments':['--drop-columns','\\u0027SelfEmployed\\u0027'],"
                + "'ContainerEntrypoint':['python3','/opt/ml/processing/input/code/processing_code.py']}}"));
        assertThat(server.objectStore().getString("s3://mybucket/my-job-name/input/code/processing_code.py"))
                .isEqualTo("print('hi')\n");
    }

    @Test
    void scriptProcessorRun_oneLocalInput_uploadsItAndNamesItInput1() throws Exception {
        // Python: test_script_processor_with_one_input (a local dataset, destination /data/)
        Path dir = Files.createDirectories(tmp.resolve("one-input"));
        Path code = Files.writeString(dir.resolve("processing_code.py"), "pass\n");
        Path census = Files.writeString(dir.resolve("census.csv"), "a,b\n1,2\n");
        ScriptProcessor processor = ScriptProcessor.builder().role(ROLE).imageUri(CUSTOM_IMAGE_URI)
                .command(List.of("python3")).instanceType("ml.m4.xlarge").instanceCount(1).session(client).build();

        ObjectNode body = sent(() -> processor.run(code.toString(), r -> r.inputs(List.of(ProcessingInput.builder()
                .source(census.toString()).destination("/data/").build())).wait(false).logs(false)));

        String name = body.remove("ProcessingJobName").asText();
        assertThat(name).matches("my-custom-image-uri-" + TIMESTAMP);
        assertThat(body).isEqualTo(json("{'ProcessingInputs':["
                + "{'InputName':'input-1','AppManaged':false,'S3Input':{'S3Uri':'s3://mybucket/" + name
                + "/input/input-1/census.csv','LocalPath':'/data/','S3DataType':'S3Prefix','S3InputMode':'File',"
                + "'S3DataDistributionType':'FullyReplicated','S3CompressionType':'None'}},"
                + "{'InputName':'code','AppManaged':false,'S3Input':{'S3Uri':'s3://mybucket/" + name
                + "/input/code/processing_code.py','LocalPath':'/opt/ml/processing/input/code','S3DataType':'S3Prefix',"
                + "'S3InputMode':'File','S3DataDistributionType':'FullyReplicated','S3CompressionType':'None'}}],"
                + "'ProcessingResources':{'ClusterConfig':{'InstanceType':'ml.m4.xlarge','InstanceCount':1,"
                + "'VolumeSizeInGB':30}},'AppSpecification':{'ImageUri':'" + CUSTOM_IMAGE_URI + "',"
                + "'ContainerEntrypoint':['python3','/opt/ml/processing/input/code/processing_code.py']},"
                + "'RoleArn':'" + ROLE + "'}"));
        assertThat(server.objectStore().getString("s3://mybucket/" + name + "/input/input-1/census.csv"))
                .isEqualTo("a,b\n1,2\n");
    }

    @Test
    void processorRun_outputWithoutDestination_getsPythonsGeneratedUri() throws Exception {
        // Python: _normalize_outputs: s3://<default bucket>/<job name>/output/<output name>
        ObjectNode body = sent(() -> processorRequired().build().run(r -> r.outputs(List.of(
                ProcessingOutput.builder().outputName("train").source("/opt/ml/processing/train").build()))
                .jobName("gen-output").wait(false).logs(false)));

        assertThat(body.get("ProcessingOutputConfig")).isEqualTo(json("{'Outputs':[{'OutputName':'train',"
                + "'AppManaged':false,'S3Output':{'S3Uri':'s3://mybucket/gen-output/output/train',"
                + "'LocalPath':'/opt/ml/processing/train','S3UploadMode':'EndOfJob'}}]}"));
    }
}
