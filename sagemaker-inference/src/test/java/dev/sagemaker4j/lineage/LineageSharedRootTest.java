/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.LineageApi;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.ActionSummary;
import software.amazon.awssdk.services.sagemaker.model.AddAssociationRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateActionRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateArtifactRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateContextRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteAssociationRequest;
import software.amazon.awssdk.services.sagemaker.model.ListActionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListActionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListContextsRequest;
import software.amazon.awssdk.services.sagemaker.model.QueryLineageRequest;
import software.amazon.awssdk.services.sagemaker.model.Vertex;

/**
 * The lineage store's in-memory index against a second writer of the same root (another session, as another
 * process would be): each session answers with the other's entities and associations at once, and writers on
 * both sides lose nothing.
 */
class LineageSharedRootTest {
    @TempDir
    Path tmp;

    static List<String> descendants(LineageApi api, String start) {
        return api.queryLineage(QueryLineageRequest.builder().startArns(start).direction("Descendants").build())
                .vertices().stream().map(Vertex::arn).collect(Collectors.toList());
    }

    static List<String> actions(LineageApi api) {
        List<String> names = new ArrayList<>();
        String token = null;
        do {
            ListActionsResponse page = api.listActions(ListActionsRequest.builder().maxResults(100).nextToken(token)
                    .build());
            page.actionSummaries().stream().map(ActionSummary::actionName).forEach(names::add);
            token = page.nextToken();
        } while (token != null);
        return names;
    }

    @Test
    void queryLineage_otherSessionWrites_seenAtOnce() {
        try (Session a = Session.local(tmp); Session b = Session.local(tmp)) {
            LineageApi la = a.api(LineageApi.CAPABILITY);
            LineageApi lb = b.api(LineageApi.CAPABILITY);
            assertThat(la.listActions(ListActionsRequest.builder().build()).actionSummaries()).isEmpty();
            assertThat(lb.listActions(ListActionsRequest.builder().build()).actionSummaries()).isEmpty();

            String data = la.createArtifact(CreateArtifactRequest.builder().artifactType("DataSet")
                    .source(s -> s.sourceUri("s3://b/train.csv")).build()).artifactArn();
            String ctx = lb.createContext(CreateContextRequest.builder().contextName("pipeline-1")
                    .contextType("Pipeline").source(s -> s.sourceUri("s3://b/pipeline")).build()).contextArn();
            la.addAssociation(AddAssociationRequest.builder().sourceArn(data).destinationArn(ctx).build());
            assertThat(descendants(lb, data)).containsExactly(ctx);

            lb.deleteAssociation(DeleteAssociationRequest.builder().sourceArn(data).destinationArn(ctx).build());
            assertThat(descendants(la, data)).isEmpty();
        }
        try (Session again = Session.local(tmp)) {
            assertThat(again.api(LineageApi.CAPABILITY).listContexts(ListContextsRequest.builder().build())
                    .contextSummaries()).hasSize(1);
        }
    }

    @Test
    void createAction_twoSessionsAtOnce_noWriteLost() throws Exception {
        try (Session a = Session.local(tmp); Session b = Session.local(tmp)) {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (Session s : List.of(a, b)) {
                LineageApi api = s.api(LineageApi.CAPABILITY);
                String prefix = s == a ? "a-" : "b-";
                writers.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 40; i++) {
                        api.createAction(CreateActionRequest.builder().actionName(prefix + i).actionType("Approval")
                                .build());
                    }
                }));
            }
            for (CompletableFuture<Void> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
            assertThat(actions(a.api(LineageApi.CAPABILITY))).hasSize(80).doesNotHaveDuplicates();
            assertThat(actions(b.api(LineageApi.CAPABILITY))).hasSize(80).doesNotHaveDuplicates();
        }
    }
}
