/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.LineageApi;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CreateActionRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateContextRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeActionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeActionResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeArtifactResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeContextRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeContextResponse;
import software.amazon.awssdk.services.sagemaker.model.UpdateActionRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateContextRequest;

/**
 * UpdateArtifact, UpdateAction and UpdateContext on the local lineage store, as the service applies them: the
 * given properties are added or replaced, PropertiesToRemove removed, name, description and status replaced,
 * LastModifiedTime advanced; an unknown entity or status is a typed error and changes nothing.
 */
class LineageUpdateTest {
    @TempDir
    Path tmp;

    @Test
    void update_propertiesStatusDescription_appliedAndPersisted() {
        String artifact;
        try (Session session = Session.local(tmp)) {
            LineageApi api = session.api(LineageApi.CAPABILITY);
            artifact = api.createArtifact(CreateArtifactRequest.builder().artifactType("DataSet")
                    .source(s -> s.sourceUri("s3://b/train.csv")).properties(Map.of("a", "1", "b", "2")).build())
                    .artifactArn();
            api.createAction(CreateActionRequest.builder().actionName("review").actionType("Approval")
                    .status("InProgress").properties(Map.of("k", "v")).build());
            api.createContext(CreateContextRequest.builder().contextName("pipe").contextType("Pipeline")
                    .source(s -> s.sourceUri("s3://b/pipe")).description("first").build());

            assertThat(api.updateArtifact(UpdateArtifactRequest.builder().artifactArn(artifact)
                    .artifactName("training-data").properties(Map.of("c", "3", "b", "20"))
                    .propertiesToRemove("a").build()).artifactArn()).isEqualTo(artifact);
            api.updateAction(UpdateActionRequest.builder().actionName("review").status("Completed")
                    .description("approved by the board").propertiesToRemove("k").build());
            api.updateContext(UpdateContextRequest.builder().contextName("pipe").description("second")
                    .properties(Map.of("PipelineExecutionArn", "arn:x")).build());

            assertThatThrownBy(() -> api.updateAction(UpdateActionRequest.builder().actionName("review")
                    .status("Done").build())).isInstanceOf(ValidationException.class).hasMessageContaining("Status");
            assertThatThrownBy(() -> api.updateContext(UpdateContextRequest.builder().contextName("nope").build()))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
        // a new session on the root sees the updates
        try (Session again = Session.local(tmp)) {
            LineageApi api = again.api(LineageApi.CAPABILITY);
            DescribeArtifactResponse a = api.describeArtifact(DescribeArtifactRequest.builder().artifactArn(artifact)
                    .build());
            assertThat(a.artifactName()).isEqualTo("training-data");
            assertThat(a.properties()).containsExactlyInAnyOrderEntriesOf(Map.of("b", "20", "c", "3"));
            assertThat(a.lastModifiedTime()).isAfterOrEqualTo(a.creationTime());
            DescribeActionResponse action = api.describeAction(DescribeActionRequest.builder().actionName("review")
                    .build());
            assertThat(action.statusAsString()).isEqualTo("Completed");
            assertThat(action.description()).isEqualTo("approved by the board");
            assertThat(action.properties()).isEmpty();
            DescribeContextResponse context = api.describeContext(DescribeContextRequest.builder()
                    .contextName("pipe").build());
            assertThat(context.description()).isEqualTo("second");
            assertThat(context.properties()).containsExactly(Map.entry("PipelineExecutionArn", "arn:x"));
        }
    }
}
