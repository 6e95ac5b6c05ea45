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
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.transformer.Transformer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/** {@code Estimator.transformer} as Python's: the model's name and role, the job tags and names. */
class EstimatorTransformerTest {
    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}";
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;
    static Estimator estimator;

    @BeforeAll
    static void train() {
        session = Session.local(tmp.resolve("root"));
        bucket = session.defaultBucket();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            rows.append(i % 2).append(',').append(i % 7).append(',').append(i % 3).append('\n');
        }
        String train = session.uploadString(rows.toString(), "s3://" + bucket + "/est-transformer/train/train.csv");
        estimator = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .role("arn:aws:iam::111122223333:role/Training").instanceCount(1).instanceType("local")
                .outputPath("s3://" + bucket + "/est-transformer/out").baseJobName("churn")
                .hyperparameters(Map.of("num_round", 2, "objective", "binary:logistic"))
                .tags(Map.of("project", "churn")).session(session).build();
        estimator.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
        session.uploadString("1,2\n3,4\n", "s3://" + bucket + "/est-transformer/batch/b.csv");
    }

    @AfterAll
    static void close() {
        session.close();
    }

    static DescribeModelResponse model(String name) {
        return session.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder().modelName(name).build());
    }

    @Test
    void transformer_defaults_nameModelAndJobsAfterTheBaseJobName_withTheEstimatorsTags() {
        Transformer t = estimator.transformer(1, "local");

        assertThat(t.modelName()).matches("churn-" + TIMESTAMP);
        assertThat(model(t.modelName()).executionRoleArn()).isEqualTo("arn:aws:iam::111122223333:role/Training");
        assertThat(t.baseTransformJobName()).isEqualTo("churn");
        assertThat(t.tags()).containsExactly(Tag.builder().key("project").value("churn").build());
        String job = t.transform("s3://" + bucket + "/est-transformer/batch/", "text/csv");
        assertThat(job).matches("churn-" + TIMESTAMP);
        assertThat(t.describe().transformOutput().s3OutputPath()).isEqualTo("s3://" + bucket + "/" + job);
        assertThat(session.readS3File(bucket, job + "/b.csv.out")).isNotBlank();
    }

    @Test
    void transformer_namedKeywords_setModelNameRoleTagsAndTheTransformersKeywords() {
        Transformer t = estimator.transformer(1, "local", o -> o.modelName("churn-model").role(
                "arn:aws:iam::111122223333:role/Scoring").tags(List.of(Tag.builder().key("team").value("risk").build()))
                .strategy("MultiRecord").assembleWith("Line").accept("text/csv").maxPayload(2)
                .maxConcurrentTransforms(2).env(Map.of("MODE", "batch")).outputPath("s3://" + bucket + "/scores")
                .outputKmsKey("alias/out").volumeKmsKey("alias/vol"));

        assertThat(t.modelName()).isEqualTo("churn-model");
        assertThat(model("churn-model").executionRoleArn()).isEqualTo("arn:aws:iam::111122223333:role/Scoring");
        assertThat(t.tags()).containsExactly(Tag.builder().key("team").value("risk").build());
        assertThat(t.strategy()).isEqualTo("MultiRecord");
        assertThat(t.assembleWith()).isEqualTo("Line");
        assertThat(t.accept()).isEqualTo("text/csv");
        assertThat(t.maxPayload()).isEqualTo(2);
        assertThat(t.maxConcurrentTransforms()).isEqualTo(2);
        assertThat(t.env()).containsExactly(Map.entry("MODE", "batch"));
        assertThat(t.outputPath()).isEqualTo("s3://" + bucket + "/scores");
        assertThat(t.outputKmsKey()).isEqualTo("alias/out");
        assertThat(t.volumeKmsKey()).isEqualTo("alias/vol");
    }

    @Test
    void transformer_badKeyword_failsBeforeTheModelIsCreated() {
        assertThatThrownBy(() -> estimator.transformer(1, "local", o -> o.modelName("never-created")
                .assembleWith("Lines")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("assembleWith"));
        assertThatThrownBy(() -> model("never-created")).isInstanceOf(
                dev.sagemaker4j.exceptions.ResourceNotFoundException.class);
        assertThatThrownBy(() -> estimator.transformer(1, "local", o -> o.modelName("bad_name")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("modelName"));
    }
}
