/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.internal.ShadowEndpoint;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.HostingApi;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointConfigsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListEndpointsRequest;

/** Clarify jobs on the local backend, from the public API: analysis.json read back. */
class SageMakerClarifyProcessorLocalTest {
    static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> HEADERS = List.of("label", "gender", "x", "group", "pred");
    /** The table of BiasMetricsTest: facet d is gender F (rows 0-3). */
    static final String TABLE = """
            1,F,1,A,1
            0,F,2,A,1
            0,F,3,B,0
            0,F,4,B,0
            1,M,1,A,1
            1,M,2,A,1
            1,M,3,A,0
            0,M,4,B,0
            0,M,5,B,1
            1,M,6,B,1
            """;

    @TempDir
    static Path tmp;
    static Session session;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static SageMakerClarifyProcessor processor() {
        return SageMakerClarifyProcessor.builder().role(ROLE).instanceCount(1).instanceType("local")
                .session(session).build();
    }

    static String upload(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return session.uploadData(f, session.defaultBucket(), "clarify-in/" + name.replace('/', '-'));
    }

    static JsonNode analysis(DataConfig data) throws Exception {
        return JSON.readTree(session.objectStore().getString(data.s3OutputPath() + "/analysis.json"));
    }

    static JsonNode metric(JsonNode section, String facet, int group, String name) {
        for (JsonNode m : section.path("facets").path(facet).path(group).path("metrics")) {
            if (m.path("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("no " + name + " in " + section);
    }

    @Test
    void runBias_handTableWithPredictedLabels_writesAnalysisJsonInClarifysLayout() throws Exception {
        String uri = upload("hand/table.csv", TABLE);
        DataConfig data = DataConfig.builder().s3DataInputPath(uri)
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/hand").label("label").headers(HEADERS)
                .predictedLabel("pred").excludedColumns(List.of("group")).build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("gender")
                .facetValuesOrThreshold(List.of("F")).groupName("group").build();

        ProcessingJob job = processor().runBias(data, bias, o -> o.logs(false));

        assertThat(job.describe().processingJobStatusAsString()).isEqualTo("Completed");
        JsonNode a = analysis(data);
        assertThat(a.path("version").asText()).isEqualTo("1.0");
        JsonNode pre = a.path("pre_training_bias_metrics");
        assertThat(pre.path("label").asText()).isEqualTo("label");
        assertThat(pre.path("label_value_or_threshold").asText()).isEqualTo("1");
        assertThat(pre.path("facets").path("gender").get(0).path("value_or_threshold").asText()).isEqualTo("F");
        List<String> names = new ArrayList<>();
        pre.path("facets").path("gender").get(0).path("metrics").forEach(m -> names.add(m.path("name").asText()));
        assertThat(names).containsExactly("CI", "DPL", "KL", "JS", "LP", "TVD", "KS", "CDDL");
        assertThat(metric(pre, "gender", 0, "CI").path("description").asText()).isEqualTo("Class Imbalance (CI)");
        assertThat(metric(pre, "gender", 0, "CI").path("value").asDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(metric(pre, "gender", 0, "DPL").path("value").asDouble())
                .isCloseTo(4.0 / 6 - 1.0 / 4, within(1e-12));
        assertThat(metric(pre, "gender", 0, "CDDL").path("value").asDouble()).isCloseTo(0.625, within(1e-12));
        JsonNode post = a.path("post_training_bias_metrics");
        names.clear();
        post.path("facets").path("gender").get(0).path("metrics").forEach(m -> names.add(m.path("name").asText()));
        assertThat(names).containsExactly("DPPL", "DI", "DCA", "DCR", "RD", "DAR", "DRR", "AD", "CDDPL", "TE", "FT");
        assertThat(metric(post, "gender", 0, "DPPL").path("value").asDouble()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(metric(post, "gender", 0, "DI").path("value").asDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(metric(post, "gender", 0, "AD").path("value").asDouble()).isCloseTo(-1.0 / 12, within(1e-12));
        assertThat(metric(post, "gender", 0, "TE").path("value").asDouble()).isCloseTo(-1.0, within(1e-12));
        assertThat(metric(post, "gender", 0, "CDDPL").path("value").asDouble())
                .isCloseTo((5 * -0.5 + 5 * (2.0 / 3)) / 10, within(1e-12));
        // gender (F/M) and x are the features (group excluded): the same neighbours as BiasMetricsTest's
        assertThat(metric(post, "gender", 0, "FT").path("value").asDouble()).isCloseTo(0.5, within(1e-12));
        String report = session.objectStore().getString(data.s3OutputPath() + "/report.html");
        assertThat(report).contains("<table>").contains("Disparate Impact (DI)");
        assertThat(session.objectStore().getString(data.s3OutputPath() + "/analysis_config.json"))
                .contains("\"pre_training_bias\"");
    }

    @Test
    void runPreTrainingBias_noFacetValues_reportsEachValue() throws Exception {
        String uri = upload("each/table.csv", TABLE);
        DataConfig data = DataConfig.builder().s3DataInputPath(uri)
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/each").label(0).headers(HEADERS)
                .build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName(1).build();

        processor().runPreTrainingBias(data, bias, o -> o.methods(List.of("CI", "DPL")).logs(false));

        JsonNode facets = analysis(data).path("pre_training_bias_metrics").path("facets").path("gender");
        assertThat(facets).hasSize(2);
        assertThat(facets.get(0).path("value_or_threshold").asText()).isEqualTo("F");
        assertThat(facets.get(1).path("value_or_threshold").asText()).isEqualTo("M");
        assertThat(facets.get(1).path("metrics").get(0).path("value").asDouble()).isCloseTo(-0.2, within(1e-12));
        assertThat(facets.get(0).path("metrics")).hasSize(2);
    }

    /** An XGBoost model trained on the local backend over {@code n} generated rows (label, sex, a, b). */
    record Trained(String uri, double[][] x, int[] y, String modelName, String modelData) {
    }

    static Trained train(int n, String prefix) throws Exception {
        Random r = new Random(7);
        double[][] x = new double[n][3];
        int[] y = new int[n];
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < n; i++) {
            x[i][0] = r.nextBoolean() ? 1 : 0;
            x[i][1] = r.nextDouble();
            x[i][2] = r.nextDouble();
            y[i] = x[i][1] + 0.3 * x[i][0] + 0.2 * r.nextGaussian() > 0.7 ? 1 : 0;
            csv.append(y[i]).append(',').append((int) x[i][0]).append(',').append(x[i][1]).append(',')
                    .append(x[i][2]).append('\n');
        }
        String uri = upload(prefix + "/train.csv", csv.toString());
        Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).role(ROLE)
                .outputPath("s3://" + session.defaultBucket() + "/" + prefix + "/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 20, "max_depth", 3)).build();
        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(uri).contentType("text/csv").build()));
        String modelName = xgb.createModel().create();
        return new Trained(uri, x, y, modelName, xgb.modelData());
    }

    static Booster booster(Trained t, String dirName) throws Exception {
        Path dir = tmp.resolve(dirName);
        try (InputStream in = session.objectStore().get(t.modelData())) {
            Tarballs.unpack(in, dir, "model.tar.gz");
        }
        return XGBoost.loadModel(Files.readAllBytes(dir.resolve("xgboost-model")));
    }

    @Test
    void runExplainability_xgboostOnAShadowEndpointWithAnS3Baseline_exactShapleyValuesAddUpToThePredictions()
            throws Exception {
        int n = 40;
        Trained t = train(n, "clarify-shap");
        String baseline = upload("shap/baseline.csv", "0,0.5,0.5\n");
        DataConfig data = DataConfig.builder().s3DataInputPath(t.uri())
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/shap").label("y")
                .headers(List.of("y", "sex", "a", "b")).build();
        ModelConfig model = ModelConfig.builder().modelName(t.modelName()).instanceType("ml.m5.xlarge")
                .instanceCount(1).contentType("text/csv").acceptType("text/csv").build();

        processor().runExplainability(data, model, SHAPConfig.builder().baseline(baseline).build());

        Booster booster = booster(t, "shap-model");
        float[][] p = booster.predict(new DMatrix(flat(t.x()), n, 3, Float.NaN));
        float[][] base = booster.predict(new DMatrix(new float[] {0f, 0.5f, 0.5f}, 1, 3, Float.NaN));
        JsonNode kernel = analysis(data).path("explanations").path("kernel_shap");
        assertThat(kernel.size()).isEqualTo(1);
        JsonNode label = kernel.elements().next();
        assertThat(label.path("expected_value").asDouble()).isCloseTo(base[0][0], within(1e-6));
        assertThat(label.path("global_shap_values").size()).isEqualTo(3);
        // 3 features: every coalition is evaluated, so the values are exact and add up to each prediction
        String[] lines = session.objectStore().getString(data.s3OutputPath() + "/explanations_shap/out.csv")
                .strip().split("\n");
        assertThat(lines).hasSize(n + 1);
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (String v : lines[i + 1].split(",")) {
                sum += Double.parseDouble(v);
            }
            assertThat(sum + base[0][0]).as("row %d", i).isCloseTo(p[i][0], within(1e-5));
        }
    }

    static float[] flat(double[][] x) {
        float[] out = new float[x.length * x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < x[i].length; c++) {
                out[i * x[i].length + c] = (float) x[i][c];
            }
        }
        return out;
    }

    @Test
    void runPostTrainingBias_xgboostOnAShadowEndpoint_matchesTheRawBoostersPredictions() throws Exception {
        int n = 300;
        Trained t = train(n, "clarify-xgb");
        double[][] x = t.x();
        int[] y = t.y();
        String uri = t.uri();
        String modelName = t.modelName();

        DataConfig data = DataConfig.builder().s3DataInputPath(uri)
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/xgb").label("y")
                .headers(List.of("y", "sex", "a", "b")).build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("sex")
                .facetValuesOrThreshold(List.of(0)).build();
        ModelConfig model = ModelConfig.builder().modelName(modelName).instanceType("ml.m5.xlarge").instanceCount(1)
                .contentType("text/csv").acceptType("text/csv").build();
        ModelPredictedLabelConfig label = ModelPredictedLabelConfig.builder().probabilityThreshold(0.5).build();

        processor().runPostTrainingBias(data, bias, o -> o.modelConfig(model).modelPredictedLabelConfig(label)
                .methods(List.of("DPPL", "DI", "AD", "RD")).logs(false));

        Booster booster = booster(t, "xgb-model");
        float[][] p = booster.predict(new DMatrix(flat(x), n, 3, Float.NaN));
        // by hand: facet d is sex 0
        double[] nd = new double[2];
        double[] predPos = new double[2];
        double[] correct = new double[2];
        double[] tp = new double[2];
        double[] pos = new double[2];
        for (int i = 0; i < n; i++) {
            int f = x[i][0] == 0 ? 1 : 0;
            boolean yHat = p[i][0] > 0.5;
            nd[f]++;
            predPos[f] += yHat ? 1 : 0;
            correct[f] += (yHat == (y[i] == 1)) ? 1 : 0;
            tp[f] += yHat && y[i] == 1 ? 1 : 0;
            pos[f] += y[i];
        }
        JsonNode post = analysis(data).path("post_training_bias_metrics");
        assertThat(post.path("facets").path("sex").get(0).path("value_or_threshold").asText()).isEqualTo("0");
        assertThat(metric(post, "sex", 0, "DPPL").path("value").asDouble())
                .isCloseTo(predPos[0] / nd[0] - predPos[1] / nd[1], within(1e-12));
        assertThat(metric(post, "sex", 0, "DI").path("value").asDouble())
                .isCloseTo((predPos[1] / nd[1]) / (predPos[0] / nd[0]), within(1e-12));
        assertThat(metric(post, "sex", 0, "AD").path("value").asDouble())
                .isCloseTo(correct[0] / nd[0] - correct[1] / nd[1], within(1e-12));
        assertThat(metric(post, "sex", 0, "RD").path("value").asDouble())
                .isCloseTo(tp[0] / pos[0] - tp[1] / pos[1], within(1e-12));
        // the ModelInvoker the SHAP analysis calls: the same model through a shadow endpoint, one score a row
        double[][] rows = {x[0], x[1], x[2]};
        try (ShadowEndpoint endpoint = ShadowEndpoint.open(environment(), JSON.readTree("{\"model_name\": \""
                + modelName + "\", \"instance_type\": \"ml.m5.xlarge\", \"initial_instance_count\": 1}"),
                "text/csv")) {
            double[][] scores = endpoint.invoker(JSON.createObjectNode()).predict(rows);
            assertThat(scores).hasNumberOfRows(3);
            for (int i = 0; i < 3; i++) {
                assertThat(scores[i]).hasSize(1);
                assertThat(scores[i][0]).isCloseTo(p[i][0], within(1e-6));
            }
        }
        // the shadow endpoints and their configs are gone
        HostingApi hosting = session.api(HostingApi.CAPABILITY);
        assertThat(hosting.listEndpoints(ListEndpointsRequest.builder().build()).endpoints())
                .noneMatch(e -> e.endpointName().startsWith("sm-clarify-"));
        assertThat(hosting.listEndpointConfigs(ListEndpointConfigsRequest.builder().build()).endpointConfigs())
                .noneMatch(e -> e.endpointConfigName().startsWith("sm-clarify-"));
    }

    /** A processing environment whose backend is the test's session (only what ShadowEndpoint uses). */
    static ProcessingEnvironment environment() {
        return new ProcessingEnvironment() {
            @Override
            public String jobName() {
                return "test";
            }

            @Override
            public Path input(String inputName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Path output(String outputName) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Path path(String containerPath) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> inputNames() {
                return List.of();
            }

            @Override
            public List<String> outputNames() {
                return List.of();
            }

            @Override
            public List<String> arguments() {
                return List.of();
            }

            @Override
            public Map<String, String> environment() {
                return Map.of();
            }

            @Override
            public String currentHost() {
                return "algo-1";
            }

            @Override
            public List<String> hosts() {
                return List.of("algo-1");
            }

            @Override
            public void log(String line) {
            }

            @Override
            public boolean stopRequested() {
                return false;
            }

            @Override
            public <A> A api(Capability<A> capability) {
                return session.api(capability);
            }
        };
    }

    @Test
    void runPreTrainingBias_facetNotAHeader_isRefusedBeforeSending() {
        DataConfig data = DataConfig.builder().s3DataInputPath("s3://" + session.defaultBucket() + "/x.csv")
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/none").label("label").headers(HEADERS)
                .build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("age").build();
        SageMakerClarifyProcessor clarify = processor();

        assertThatThrownBy(() -> clarify.runPreTrainingBias(data, bias)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("facetName").hasMessageContaining("age");
        assertThat(clarify.latestJob()).isNull();
    }

    @Test
    void runPreTrainingBias_facetNotAColumnOfAHeaderRow_failsTheJobWithTheReason() throws Exception {
        String uri = upload("noheaders/table.csv", String.join(",", HEADERS) + "\n" + TABLE);
        DataConfig data = DataConfig.builder().s3DataInputPath(uri)
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/nocol").label("label").build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("age").build();

        assertThatThrownBy(() -> processor().runPreTrainingBias(data, bias, o -> o.logs(false)))
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("ClientError").hasMessageContaining("age is not a column");
        assertThat(session.objectStore().exists(data.s3OutputPath() + "/analysis.json")).isFalse();
    }

    @Test
    void runPreTrainingBias_labelValueThatNeverOccurs_failsTheJob() throws Exception {
        String uri = upload("nolabel/table.csv", TABLE);
        DataConfig data = DataConfig.builder().s3DataInputPath(uri)
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/nolabel").label("label").headers(HEADERS)
                .build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of("yes")).facetName("gender").build();

        assertThatThrownBy(() -> processor().runPreTrainingBias(data, bias, o -> o.logs(false)))
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("ClientError").hasMessageContaining("never occur");
    }

    @Test
    void runPreTrainingBias_raggedRows_failsTheJobNamingTheLine() throws Exception {
        String uri = upload("ragged/table.csv", TABLE + "1,F,3,A,1,extra\n");
        DataConfig data = DataConfig.builder().s3DataInputPath(uri)
                .s3OutputPath("s3://" + session.defaultBucket() + "/clarify/ragged").label("label").headers(HEADERS)
                .build();
        BiasConfig bias = BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("gender").build();

        assertThatThrownBy(() -> processor().runPreTrainingBias(data, bias, o -> o.logs(false)))
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("ClientError").hasMessageContaining("line 11");
    }
}
