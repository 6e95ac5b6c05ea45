/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClarifyReportTest {
    @TempDir
    Path tmp;

    static String fixture(String name) throws IOException {
        try (InputStream in = ClarifyReportTest.class.getResourceAsStream("/python-fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void assertPng(byte[] png) throws IOException {
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void fromString_biasFixture_drawsOneBarChartPerFacetValue() throws Exception {
        ClarifyReport report = ClarifyReport.fromString(fixture("model_card-clarify_bias.json"));

        assertThat(report.charts()).containsOnlyKeys("bias-pre_training-Gender-0", "bias-post_training-Gender-0",
                "bias-post_training-Gender-1");
        for (byte[] png : report.charts().values()) {
            assertPng(png);
        }
        assertThat(report.html()).contains("Conditional Demographic Disparity in Labels (CDDL)")
                .contains("<td>0.214916</td>").contains("Accuracy Difference (AD)");
    }

    @Test
    void fromFilePath_outputFolder_writesBiasShapAndPerRecordCharts() throws Exception {
        Path output = tmp.resolve("clarify-output");
        Files.createDirectories(output.resolve("explanations_shap"));
        // a bias job's and an explainability job's analysis.json merged, as one job running both writes it
        String bias = fixture("clarify_check_step-data_bias-good_cases-analysis.json");
        String shap = fixture("model_card-clarify_explanability.json");
        String merged = bias.substring(0, bias.lastIndexOf('}')) + ","
                + shap.substring(shap.indexOf("\"explanations\""));
        Files.writeString(output.resolve("analysis.json"), merged);
        Files.writeString(output.resolve("explanations_shap").resolve("out.csv"),
                "Age,Workclass,fnlwgt\n0.1,-0.02,0.003\n-0.3,0.2,0.01\n0.05,0.0,-0.4\n");

        List<Path> files = ClarifyReport.fromFilePath(output).write(tmp.resolve("pictures"));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "bias-pre_training-F1-_0.5__0.9936148802477393_.png", "shap-label0.png", "shap-label1.png",
                "shap-row-1.png", "shap-row-2.png", "shap-row-3.png", "clarify-report.html");
        for (Path f : files.subList(0, 6)) {
            assertPng(Files.readAllBytes(f));
        }
        String html = Files.readString(files.get(6));
        for (String feature : List.of("Marital Status", "Country", "Age", "Education-Num")) {
            assertThat(html).contains("<td>" + feature + "</td>");
        }
        // global importance largest first: Country (0.0463) before Relationship (0.0361)
        assertThat(html.indexOf("<td>Country</td>")).isLessThan(html.indexOf("<td>Relationship</td>"));
        assertThat(html).contains("Class Imbalance (CI)").contains("3 record(s)");
        // the same folder through analysis.json, and from S3
        assertThat(ClarifyReport.fromFilePath(output.resolve("analysis.json")).charts()).hasSize(6);
        try (Session session = Session.local(tmp.resolve("root"))) {
            String prefix = "s3://" + session.defaultBucket() + "/clarify/out";
            session.uploadString(merged, prefix + "/analysis.json");
            session.uploadString("Age,Workclass\n0.1,0.2\n", prefix + "/explanations_shap/out.csv");
            assertThat(ClarifyReport.fromS3Uri(prefix, session).charts()).containsKeys("shap-label0", "shap-row-1");
        }
    }

    @Test
    void fromFilePath_folderWithoutAnalysis_isRefused() {
        assertThatThrownBy(() -> ClarifyReport.fromFilePath(tmp)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("analysis.json");
        assertThatThrownBy(() -> ClarifyReport.fromString("[1]")).isInstanceOf(ValidationException.class);
    }
}
