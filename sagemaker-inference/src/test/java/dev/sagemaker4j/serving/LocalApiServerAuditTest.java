/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.AuditApi;
import dev.sagemaker4j.spi.HostingApi;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelRequest;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

/** A signed call through the LocalApiServer is audited under its access key id, never its secret. */
class LocalApiServerAuditTest {
    private static final String KEY = "AKIDAUDITEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMIsecretNeverLogged";

    @TempDir
    Path root;

    @Test
    void signedCalls_recordTheAccessKeyId_notTheSecret_inProcessCallsTheLocalUser() throws Exception {
        try (Session session = Session.local(root);
                EndpointServer server = EndpointServer.builder().session(session).controlPlane(true)
                        .credentials(Map.of(KEY, SECRET)).start();
                SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                        .endpointOverride(URI.create(server.url()))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
                        .httpClient(ApacheHttpClient.builder().build())
                        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build()) {
            sm.createModel(CreateModelRequest.builder().modelName("audited").executionRoleArn(
                    "arn:aws:iam::111122223333:role/SM").primaryContainer(c -> c.image(
                    "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                    .modelDataUrl("s3://bucket/model.tar.gz")).build());
            sm.describeModel(b -> b.modelName("audited"));
            assertThatThrownBy(() -> sm.deleteModel(b -> b.modelName("no-such-model")))
                    .isInstanceOf(SageMakerException.class);
            session.api(HostingApi.CAPABILITY).deleteModel(DeleteModelRequest.builder().modelName("audited").build());

            List<AuditApi.Event> events = session.auditTrail().lookupEvents().events();

            assertThat(events).extracting(AuditApi.Event::eventName)
                    .containsExactly("DeleteModel", "DeleteModel", "CreateModel");
            assertThat(events.get(0).identityType()).isEqualTo("LocalUser");
            assertThat(events.get(0).accessKeyId()).isNull();
            assertThat(events.get(1).accessKeyId()).isEqualTo(KEY);
            assertThat(events.get(1).errorCode()).isEqualTo("ResourceNotFound");
            AuditApi.Event created = events.get(2);
            assertThat(created.identityType()).isEqualTo("AccessKey");
            assertThat(created.username()).isEqualTo(KEY);
            assertThat(created.accessKeyId()).isEqualTo(KEY);
            assertThat(created.resourceArn()).endsWith(":model/audited");
            assertThat(session.auditTrail().lookupEvents(l -> l.accessKeyId(KEY)).events()).hasSize(2);
            assertThat(Files.readString(root.resolve("audit/trail.jsonl"))).contains(KEY).doesNotContain(SECRET);
        }
    }
}
