/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link ImageUris#retrieve} against the URIs that the Python SDK's own {@code image_uris.retrieve} computed
 * for the same arguments: the fixture {@code image-uris-python-v2.257.6.tsv} written by
 * docs/parity/extract_image_uris.py from the SDK's source, beside the configuration resource it extracted.
 */
class ImageUrisTest {
    private static final String FIXTURE = "image-uris-python-v2.257.6.tsv";

    private static List<String[]> fixture() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ImageUrisTest.class.getResourceAsStream(FIXTURE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.startsWith("framework\t")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static String none(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    private static String retrieve(String[] row) throws IOException {
        Map<String, Object> distribution = row[8].isEmpty() ? null
                : new ObjectMapper().readValue(row[8], new TypeReference<Map<String, Object>>() { });
        return ImageUris.retrieve(row[0], row[1], o -> o.version(none(row[2])).pyVersion(none(row[3]))
                .instanceType(none(row[4])).acceleratorType(none(row[5])).imageScope(none(row[6]))
                .containerVersion(none(row[7])).distribution(distribution).baseFrameworkVersion(none(row[9]))
                .trainingCompilerConfig(row[10].equals("true")).sdkVersion(none(row[11]))
                .inferenceTool(none(row[12])).serverlessInferenceConfig(row[13].equals("true")));
    }

    @Test
    void retrieve_everyFixtureCase_answersAsThePythonSdk() throws IOException {
        List<String[]> rows = fixture();
        assertThat(rows).hasSizeGreaterThan(2000);
        List<String> wrong = new ArrayList<>();
        int uris = 0;
        for (String[] row : rows) {
            String expected = row[14];
            String actual;
            try {
                actual = retrieve(row);
            } catch (ValidationException e) {
                actual = "error";
            }
            if (!expected.equals("error")) {
                uris++;
            }
            if (!expected.equals(actual)) {
                wrong.add(String.join(" ", row) + " -> " + actual);
            }
        }
        assertThat(uris).as("cases with a URI").isGreaterThan(1500);
        assertThat(wrong).as("cases that differ from the Python SDK").isEmpty();
    }

    @Test
    void frameworks_everyImageConfigurationOfTheFixture_isKnown() throws IOException {
        Set<String> named = new TreeSet<>();
        fixture().forEach(r -> named.add(r[0]));
        assertThat(ImageUris.frameworks()).hasSize(66).containsAll(named)
                .contains("xgboost", "linear-learner", "pytorch", "tensorflow", "huggingface-llm", "sklearn");
        assertThat(ImageUris.source()).startsWith("sagemaker-python-sdk v2.257.6");
    }

    @Test
    void retrieve_builtInAlgorithms_keepTheirUris() {
        assertThat(ImageUris.retrieve("xgboost", "us-east-1", "1.7-1"))
                .isEqualTo("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1");
        assertThat(ImageUris.retrieve("xgboost", "us-west-2", "1.0-1"))
                .isEqualTo("246618743249.dkr.ecr.us-west-2.amazonaws.com/sagemaker-xgboost:1.0-1-cpu-py3");
        assertThat(ImageUris.retrieve("xgboost", "us-east-1", "1"))
                .isEqualTo("811284229777.dkr.ecr.us-east-1.amazonaws.com/xgboost:1");
        assertThat(ImageUris.retrieve("linear-learner", "eu-west-1"))
                .isEqualTo("438346466558.dkr.ecr.eu-west-1.amazonaws.com/linear-learner:1");
        assertThat(ImageUris.retrieve("kmeans", "cn-north-1", "1"))
                .isEqualTo("390948362332.dkr.ecr.cn-north-1.amazonaws.com.cn/kmeans:1");
    }

    @Test
    void retrieve_frameworkOptions_buildThePythonTag() {
        assertThat(ImageUris.retrieve("pytorch", "us-west-2", o -> o.version("2.1").pyVersion("py310")
                .instanceType("ml.g5.xlarge").imageScope("training")))
                .isEqualTo("763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-training:2.1-gpu-py310");
        ImageUris.RetrieveOptions options = ImageUris.RetrieveOptions.builder().version("1.5-1")
                .instanceType("ml.c6g.xlarge").build();
        assertThat(ImageUris.retrieve("xgboost", "us-east-1", options)).endsWith("/sagemaker-xgboost:1.5-1-arm64");
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    }

    @Test
    void retrieve_badArguments_nameTheField() {
        assertThatThrownBy(() -> ImageUris.retrieve("xgboost", "us-east-1", "9.9"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> ImageUris.retrieve("xgboost", "mars-1", "1.7-1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> ImageUris.retrieve("catboost", "us-east-1"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("framework");
        assertThatThrownBy(() -> ImageUris.retrieve("xgbost", "us-east-1", "1.7-1"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fix()).startsWith("name one of: xgboost, ").contains("lists all 66"));
        assertThatThrownBy(() -> ImageUris.retrieve("pytorch", "us-east-1", o -> o.version("2.1")
                .pyVersion("py310").imageScope("training")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("instanceType");
    }

    @Test
    void pythonVersion_pep440Ordering_matchesPackaging() {
        assertThat(ImageUris.PythonVersion.compare("1.13", "1.13.0")).isZero();
        assertThat(ImageUris.PythonVersion.compare("1.10", "1.9")).isPositive();
        assertThat(ImageUris.PythonVersion.compare("1.7-1", "1.7")).isPositive();
        assertThat(ImageUris.PythonVersion.compare("2.0rc1", "2.0")).isNegative();
        assertThat(ImageUris.PythonVersion.compare("2.0.dev1", "2.0a1")).isNegative();
    }
}
