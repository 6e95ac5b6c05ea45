/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.spi.HostingApi;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.EndpointConfigSummary;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointConfigsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointConfigsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelsResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelSummary;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;

/** Every List operation pages, sorts and filters as the service does, also through the SDK's paginators. */
class ListOperationsTest {
    @TempDir
    static Path tmp;
    static Session session;
    static HostingApi api;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.local(tmp.resolve("root"));
        api = session.api(HostingApi.CAPABILITY);
        for (int i = 0; i < 23; i++) {
            String name = String.format("m-%02d%s", i, i % 2 == 0 ? "-even" : "");
            api.createModel(CreateModelRequest.builder().modelName(name).executionRoleArn("arn:aws:iam::0:role/r")
                    .primaryContainer(c -> c.image("img").modelDataUrl("s3://b/" + name + ".tar.gz")).build());
            Thread.sleep(2);
        }
        for (int i = 0; i < 12; i++) {
            api.createEndpointConfig(CreateEndpointConfigRequest.builder().endpointConfigName("cfg-" + i)
                    .productionVariants(ProductionVariant.builder().variantName("AllTraffic").modelName("m-00-even")
                            .initialInstanceCount(1).instanceType("local").build()).build());
            Thread.sleep(2);
        }
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void listModels_pagesNewestFirstByDefault_withTokensToTheEnd() {
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            ListModelsResponse page = api.listModels(ListModelsRequest.builder().nextToken(token).build());
            assertThat(page.models()).hasSizeLessThanOrEqualTo(10);
            page.models().forEach(m -> names.add(m.modelName()));
            token = page.nextToken();
            pages++;
        } while (token != null);

        assertThat(pages).isEqualTo(3);
        assertThat(names).hasSize(23).startsWith("m-22-even", "m-21").endsWith("m-00-even");
    }

    @Test
    void listModels_sortFilterAndBadArguments_asTheServiceDoes() {
        ListModelsResponse even = api.listModels(ListModelsRequest.builder().nameContains("EVEN").sortBy("Name")
                .sortOrder("Ascending").maxResults(100).build());

        assertThat(even.models().stream().map(ModelSummary::modelName).collect(Collectors.toList()))
                .hasSize(12).startsWith("m-00-even", "m-02-even").isSorted();
        assertThat(even.nextToken()).isNull();
        assertThatThrownBy(() -> api.listModels(ListModelsRequest.builder().maxResults(0).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MaxResults");
        assertThatThrownBy(() -> api.listModels(ListModelsRequest.builder().nextToken("forged").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("NextToken");
        assertThatThrownBy(() -> api.listModels(ListModelsRequest.builder().sortBy("Status").build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("SortBy");
    }

    @Test
    void listEndpointConfigs_isServed_andTheSdksPaginatorReadsItThroughTheServer() {
        ListEndpointConfigsResponse first = api.listEndpointConfigs(ListEndpointConfigsRequest.builder()
                .maxResults(5).sortBy("Name").sortOrder("Ascending").build());
        assertThat(first.endpointConfigs().stream().map(EndpointConfigSummary::endpointConfigName)
                .collect(Collectors.toList())).containsExactly("cfg-0", "cfg-1", "cfg-10", "cfg-11", "cfg-2");
        assertThat(first.nextToken()).isNotNull();

        try (EndpointServer server = LocalApiServer.start(session, 0);
             SageMakerClient client = SageMakerClient.builder().endpointOverride(URI.create(server.url()))
                     .region(Region.US_EAST_1).credentialsProvider(StaticCredentialsProvider.create(
                             AwsBasicCredentials.create("k", "s"))).build()) {
            List<String> all = client.listEndpointConfigsPaginator(b -> b.maxResults(4)).endpointConfigs()
                    .stream().map(EndpointConfigSummary::endpointConfigName).collect(Collectors.toList());
            assertThat(all).hasSize(12).startsWith("cfg-11").endsWith("cfg-0");
            assertThat(client.listModelsPaginator(b -> b.maxResults(7)).models().stream().count()).isEqualTo(23);
        }
    }
}
