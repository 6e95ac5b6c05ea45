/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.UpdateModelPackageRequest;

/**
 * The registry's index against writers it does not see: another session of the JVM on the same root and a
 * child process registering at the same time. Version numbers stay dense and unique (the store's lock around
 * allocating and publishing), and every reader sees the other writers' versions and approvals at once (the
 * generation stamp).
 */
class ModelRegistryProcessesTest {
    @TempDir
    Path tmp;

    static List<Integer> versions(ModelPackagesApi api, String group) {
        List<Integer> all = new ArrayList<>();
        String token = null;
        do {
            ListModelPackagesResponse page = api.listModelPackages(ListModelPackagesRequest.builder()
                    .modelPackageGroupName(group).sortBy("CreationTime").sortOrder("Ascending").maxResults(100)
                    .nextToken(token).build());
            page.modelPackageSummaryList().forEach(s -> all.add(s.modelPackageVersion()));
            token = page.nextToken();
        } while (token != null);
        return all;
    }

    @Test
    void createModelPackage_twoSessionsInterleaved_denseNumbersAndEachSeesTheOthersWrites() throws Exception {
        try (Session a = Session.local(tmp); Session b = Session.local(tmp)) {
            ModelPackagesApi apiA = a.api(ModelPackagesApi.CAPABILITY);
            ModelPackagesApi apiB = b.api(ModelPackagesApi.CAPABILITY);
            ModelRegistryLocalTest.group(apiA, "g");
            // b's index was built before a wrote anything: it must see the group and a's versions all the same
            List<CompletableFuture<List<String>>> writers = List.of(
                    CompletableFuture.supplyAsync(() -> IntStream.range(0, 30)
                            .mapToObj(i -> ModelRegistryLocalTest.register(apiA, "g")).collect(Collectors.toList())),
                    CompletableFuture.supplyAsync(() -> IntStream.range(0, 30)
                            .mapToObj(i -> ModelRegistryLocalTest.register(apiB, "g")).collect(Collectors.toList())));
            Set<String> arns = new HashSet<>();
            for (CompletableFuture<List<String>> w : writers) {
                arns.addAll(w.get(60, TimeUnit.SECONDS));
            }
            assertThat(arns).hasSize(60);
            List<Integer> expected = IntStream.rangeClosed(1, 60).boxed().collect(Collectors.toList());
            assertThat(versions(apiA, "g")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(versions(apiB, "g")).containsExactlyInAnyOrderElementsOf(expected);

            String seventh = arns.stream().filter(s -> s.endsWith("/g/7")).findFirst().orElseThrow();
            apiB.updateModelPackage(UpdateModelPackageRequest.builder().modelPackageArn(seventh)
                    .modelApprovalStatus("Approved").build());
            assertThat(apiA.describeModelPackage(DescribeModelPackageRequest.builder().modelPackageName(seventh)
                    .build()).modelApprovalStatusAsString()).isEqualTo("Approved");
            assertThat(apiA.listModelPackages(ListModelPackagesRequest.builder().modelPackageGroupName("g")
                    .modelApprovalStatus("Approved").build()).modelPackageSummaryList())
                    .extracting(ModelPackageSummary::modelPackageArn).containsExactly(seventh);
        }
    }

    @Test
    void createModelPackage_childProcessRegistersAtTheSameTime_denseUniqueNumbersSeenByTheParent()
            throws Exception {
        int each = 25;
        Path start = tmp.resolve("start");
        Path root = tmp.resolve("root");
        try (Session parent = Session.local(root)) {
            ModelPackagesApi api = parent.api(ModelPackagesApi.CAPABILITY);
            ModelRegistryLocalTest.group(api, "shared");
            assertThat(versions(api, "shared")).isEmpty();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), RegistryChildMain.class.getName(),
                    root.toString(), "shared", Integer.toString(each), start.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            List<String> childLines = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                childLines.add(line);
            }
            assertThat(line).as("child output: %s", childLines).isEqualTo("ready");
            Files.createFile(start);
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                mine.add(ModelRegistryLocalTest.register(api, "shared"));
            }
            while ((line = out.readLine()) != null) {
                childLines.add(line);
            }
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("child output: %s", childLines).isZero();
            List<String> theirs = childLines.stream().filter(l -> l.startsWith("arn:")).collect(Collectors.toList());
            assertThat(theirs).hasSize(each);

            Set<String> all = new HashSet<>(mine);
            all.addAll(theirs);
            assertThat(all).hasSize(2 * each);
            assertThat(versions(api, "shared"))
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 2 * each).boxed()
                            .collect(Collectors.toList()));
            assertThat(api.describeModelPackage(DescribeModelPackageRequest.builder()
                    .modelPackageName(theirs.get(0)).build()).modelPackageArn()).isEqualTo(theirs.get(0));
        }
    }
}
