/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/** What fit sends: the CreateTrainingJob request, field by field, as the Python SDK builds it. */
class EstimatorRequestTest {
    @TempDir
    Path tmp;
    Session session;

    @BeforeEach
    void setUp() {
        session = Session.local(tmp);
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    Estimator.Builder base() {
        return Estimator.builder().imageUri(ImageUris.retrieve("xgboost", "us-east-1", "1.7-1"))
                .instanceType("ml.m5.xlarge").instanceCount(2).session(session);
    }

    @Test
    void request_carriesEveryEstimatorSetting() {
        Estimator e = base().role("arn:aws:iam::111122223333:role/SM").volumeSize(50).maxRun(3600)
                .outputPath("s3://out-bucket/prefix").hyperparameters(Map.of("num_round", 10, "verbose", true))
                .environment(Map.of("A", "1")).metricDefinition("auc", "auc:([0-9.]+)")
                .checkpointS3Uri("s3://ck/x").checkpointLocalPath("/opt/ml/checkpoints")
                .useSpotInstances(true).maxWait(7200).tags(Map.of("team", "ml")).maxRetryAttempts(3).build();

        CreateTrainingJobRequest r = e.trainingJobRequest(Map.of("train", "s3://data/train/",
                "validation", TrainingInput.builder().s3Data("s3://data/valid/").contentType("text/csv")
                        .distribution("ShardedByS3Key").s3DataType("ManifestFile").compression("Gzip")
                        .recordWrapping("RecordIO").inputMode("Pipe").build()), "job-1");

        assertThat(r.trainingJobName()).isEqualTo("job-1");
        assertThat(r.roleArn()).isEqualTo("arn:aws:iam::111122223333:role/SM");
        assertThat(r.algorithmSpecification().trainingImage())
                .isEqualTo("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
        assertThat(r.algorithmSpecification().trainingInputModeAsString()).isEqualTo("File");
        assertThat(r.algorithmSpecification().metricDefinitions().get(0).regex()).isEqualTo("auc:([0-9.]+)");
        assertThat(r.resourceConfig().instanceTypeAsString()).isEqualTo("ml.m5.xlarge");
        assertThat(r.resourceConfig().instanceCount()).isEqualTo(2);
        assertThat(r.resourceConfig().volumeSizeInGB()).isEqualTo(50);
        assertThat(r.stoppingCondition().maxRuntimeInSeconds()).isEqualTo(3600);
        assertThat(r.stoppingCondition().maxWaitTimeInSeconds()).isEqualTo(7200);
        assertThat(r.enableManagedSpotTraining()).isTrue();
        assertThat(r.outputDataConfig().s3OutputPath()).isEqualTo("s3://out-bucket/prefix");
        assertThat(r.hyperParameters()).containsEntry("num_round", "10").containsEntry("verbose", "True");
        assertThat(r.environment()).containsEntry("A", "1");
        assertThat(r.checkpointConfig().s3Uri()).isEqualTo("s3://ck/x");
        assertThat(r.tags().get(0).key()).isEqualTo("team");
        assertThat(r.retryStrategy().maximumRetryAttempts()).isEqualTo(3);

        List<Channel> channels = r.inputDataConfig();
        assertThat(channels).extracting(Channel::channelName).containsExactly("train", "validation");
        assertThat(channels.get(0).dataSource().s3DataSource().s3DataTypeAsString()).isEqualTo("S3Prefix");
        assertThat(channels.get(0).dataSource().s3DataSource().s3DataDistributionTypeAsString())
                .isEqualTo("FullyReplicated");
        Channel v = channels.get(1);
        assertThat(v.contentType()).isEqualTo("text/csv");
        assertThat(v.compressionTypeAsString()).isEqualTo("Gzip");
        assertThat(v.recordWrapperTypeAsString()).isEqualTo("RecordIO");
        assertThat(v.inputModeAsString()).isEqualTo("Pipe");
        assertThat(v.dataSource().s3DataSource().s3DataTypeAsString()).isEqualTo("ManifestFile");
        assertThat(v.dataSource().s3DataSource().s3DataDistributionTypeAsString()).isEqualTo("ShardedByS3Key");
    }

    @Test
    void request_singleInputGoesToTheTrainingChannel_andOutputDefaultsToTheDefaultBucket() {
        CreateTrainingJobRequest r = base().build().trainingJobRequest("s3://data/x.csv", "job-2");
        assertThat(r.inputDataConfig()).extracting(Channel::channelName).containsExactly("training");
        assertThat(r.outputDataConfig().s3OutputPath()).isEqualTo("s3://sagemaker-us-east-1-000000000000/");
        assertThat(r.enableManagedSpotTraining()).isNull();
        assertThat(r.stoppingCondition().maxRuntimeInSeconds()).isEqualTo(86400);
        assertThat(r.resourceConfig().volumeSizeInGB()).isEqualTo(30);
    }

    @Test
    void builder_rejectsBadSettings() {
        assertThatThrownBy(() -> base().instanceType("m5.large").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("instanceType"));
        assertThatThrownBy(() -> base().instanceCount(0).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("instanceCount"));
        assertThatThrownBy(() -> base().useSpotInstances(true).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxWait"));
        assertThatThrownBy(() -> base().maxRun(100).useSpotInstances(true).maxWait(50).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("maxWait"));
        assertThatThrownBy(() -> base().outputPath("/tmp/out").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("outputPath"));
        assertThatThrownBy(() -> Estimator.builder().instanceType("local").session(session).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("imageUri"));
        assertThatThrownBy(() -> Estimator.builder().imageUri("x:1").instanceType("ml.m5.large").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("session"));
        assertThatThrownBy(() -> base().build().fit("s3://data/x", false, false, "bad_name"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("jobName"));
        assertThatThrownBy(() -> base().build().fit(Map.of("train", 42)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("inputs[train]"));
        assertThatThrownBy(() -> TrainingInput.builder().s3Data("/local/path").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("s3Data"));
        assertThatThrownBy(() -> TrainingInput.builder().distribution("Sharded"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("distribution"));
        assertThatThrownBy(() -> base().build().modelData())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fix()).contains("fit("));
    }

    @Test
    void imageUris_matchThePythonSdk() {
        assertThat(ImageUris.retrieve("xgboost", "eu-west-1", "1.5-1"))
                .isEqualTo("141502667606.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-xgboost:1.5-1");
        assertThat(ImageUris.retrieve("xgboost", "us-west-2", "1.0-1"))
                .isEqualTo("246618743249.dkr.ecr.us-west-2.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3");
        assertThat(ImageUris.retrieve("kmeans", "us-east-1"))
                .isEqualTo("382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1");
        assertThat(ImageUris.retrieve("linear-learner", "cn-north-1", "1"))
                .isEqualTo("390948362332.dkr.ecr.cn-north-1.amazonaws.com.cn/linear-learner:1");
        assertThatThrownBy(() -> ImageUris.retrieve("xgboost", "us-east-1", "9.9"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fix()).contains("1.7-1"));
        assertThatThrownBy(() -> ImageUris.retrieve("xgboost", "mars-1", "1.7-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("region"));
        assertThatThrownBy(() -> ImageUris.retrieve("catboost", "us-east-1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("framework"));
    }
}
