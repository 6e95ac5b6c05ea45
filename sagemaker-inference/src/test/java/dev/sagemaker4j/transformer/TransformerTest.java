/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.progress.ProgressEvent;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import ml.dmlc.xgboost4j.java.Booster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Batch transform against hand-computed expectations. */
class TransformerTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;
    static String rowSum;

    /** One output line per input line: the sum of a CSV row, or {"sum": x} of a JSON array/features. */
    public static final class RowSum implements InferenceHandler<String, List<String>, List<String>> {
        static final List<Integer> BATCHES = new CopyOnWriteArrayList<>();
        static final List<Integer> PAYLOAD_BYTES = new CopyOnWriteArrayList<>();
        static final java.util.concurrent.atomic.AtomicInteger IN_FLIGHT = new java.util.concurrent.atomic.AtomicInteger();
        static final java.util.concurrent.atomic.AtomicInteger MOST_IN_FLIGHT =
                new java.util.concurrent.atomic.AtomicInteger();
        private String type;

        @Override
        public String modelFn(Path modelDir) {
            return "row-sum";
        }

        @Override
        public List<String> inputFn(byte[] body, String contentType) {
            type = contentType;
            List<String> lines = new ArrayList<>();
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            BATCHES.add(lines.size());
            PAYLOAD_BYTES.add(body.length);
            return lines;
        }

        @Override
        public List<String> predictFn(List<String> lines, String model) throws Exception {
            MOST_IN_FLIGHT.accumulateAndGet(IN_FLIGHT.incrementAndGet(), Math::max);
            try {
                return sums(lines);
            } finally {
                IN_FLIGHT.decrementAndGet();
            }
        }

        private List<String> sums(List<String> lines) throws Exception {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                double sum = 0;
                if (type.startsWith("application/json")) {
                    var node = SdkJson.MAPPER.readTree(line);
                    var values = node.isObject() ? node.get("features") : node;
                    for (var v : values) {
                        sum += v.asDouble();
                    }
                    out.add("{\"sum\":" + sum + "}");
                } else {
                    for (String cell : line.split(",")) {
                        if (cell.equals("sleep")) {
                            Thread.sleep(20);
                            continue;
                        }
                        try {
                            sum += Double.parseDouble(cell);
                        } catch (NumberFormatException e) {
                            throw new InferenceException(400, "Record " + (i + 1) + ": '" + cell + "' is not a number");
                        }
                    }
                    out.add(Double.toString(sum));
                }
            }
            return out;
        }

        @Override
        public Output outputFn(List<String> prediction, String accept) {
            return Output.of(String.join("\n", prediction) + "\n",
                    type.startsWith("application/json") ? "application/jsonlines" : "text/csv");
        }
    }

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.builder().backend("local").root(tmp.resolve("root"))
                .progressListener(dev.sagemaker4j.progress.ProgressListener.none()).build();
        bucket = session.defaultBucket();
        String artifact = TestModels.upload(session, "s3://" + bucket + "/models/rowsum/model.tar.gz",
                Map.of("README", "row sum".getBytes(StandardCharsets.UTF_8)));
        rowSum = Model.builder().modelData(artifact).entryPoint(RowSum.class).name("row-sum").session(session)
                .build().create();
        session.uploadString("1,0.5,1.5\n2,1.0,2.0\n3,2.5,0.5\n", "s3://" + bucket + "/in/csv/part-0.csv");
        session.uploadString("{\"id\":1,\"features\":[0.5,1.5]}\n{\"id\":2,\"features\":[1.0,2.0]}\n",
                "s3://" + bucket + "/in/jsonl/part-0.jsonl");
        session.uploadString("[1,0.5,1.5]\n[2,1.0,2.0]\n", "s3://" + bucket + "/in/arrays/part-0.jsonl");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @BeforeEach
    void clearBatches() {
        RowSum.BATCHES.clear();
        RowSum.PAYLOAD_BYTES.clear();
    }

    static Transformer transformer(String strategy, String assembleWith, String out) {
        return Transformer.builder().modelName(rowSum).instanceType("local").strategy(strategy)
                .assembleWith(assembleWith).outputPath("s3://" + bucket + "/out/" + out).session(session).build();
    }

    static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{2}-\\d{3}";

    static String output(String out, String relative) {
        return session.readS3File(bucket, "out/" + out + "/" + relative + ".out");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "filter-join-filter|MultiRecord|Line|$[1:]|Input|$[0,-1]|1,2.0\\n2,3.0\\n3,3.0\\n",
        "filter-join-filter-single|SingleRecord|Line|$[1:]|Input|$[0,-1]|1,2.0\\n2,3.0\\n3,3.0\\n",
        "plain-single|SingleRecord|Line|$|None|$|3.0\\n5.0\\n6.0\\n",
        "plain-multi|MultiRecord|Line|$|None|$|3.0\\n5.0\\n6.0\\n",
        "input-filter-only|MultiRecord|Line|$[1:]|None|$|2.0\\n3.0\\n3.0\\n",
        "join-only|MultiRecord|Line|$|Input|$|1,0.5,1.5,3.0\\n2,1.0,2.0,5.0\\n3,2.5,0.5,6.0\\n",
        "join-slice|MultiRecord|Line|$[1:]|Input|$[1:]|0.5,1.5,2.0\\n1.0,2.0,3.0\\n2.5,0.5,3.0\\n",
        "columns-list|MultiRecord|Line|$[0,2]|Input|$[0,3]|1,2.5\\n2,4.0\\n3,3.5\\n",
        "assemble-none-single|SingleRecord|None|$|None|$|3.0\\n5.0\\n6.0\\n",
    })
    void transform_csvMatrix_matchesHandComputedOutput(String name, String strategy, String assemble,
                                                       String inputFilter, String join, String outputFilter,
                                                       String expected) {
        Transformer t = transformer(strategy, assemble, name);

        t.transform("s3://" + bucket + "/in/csv/", o -> o.contentType("text/csv").splitType("Line")
                .inputFilter(inputFilter).outputFilter(outputFilter).joinSource(join));

        assertThat(output(name, "part-0.csv")).isEqualTo(expected.replace("\\n", "\n"));
        assertThat(t.describe().transformJobStatusAsString()).isEqualTo("Completed");
        assertThat(RowSum.BATCHES).hasSize(strategy.equals("SingleRecord") ? 3 : 1);
    }

    /**
     * Python's keyword order (data, data_type, content_type, compression_type, split_type, job_name,
     * input_filter, output_filter, join_source): the positional form this replaces took inputFilter,
     * joinSource, outputFilter, jobName, so a line-by-line port sent the job name as the input filter (the
     * local backend then refused it as a JSONPath). Each argument is now named.
     */
    @Test
    void transform_pythonKeywords_sendJobNameAsJobNameAndFiltersAsFilters() {
        Transformer t = transformer("MultiRecord", "Line", "python-order");

        // Python: t.transform(data, "S3Prefix", "text/csv", None, "Line", "python-order-job", "$[1:]", "$[0,-1]",
        //                     "Input")
        String job = t.transform("s3://" + bucket + "/in/csv/", o -> o.dataType("S3Prefix").contentType("text/csv")
                .splitType("Line").jobName("python-order-job").inputFilter("$[1:]").outputFilter("$[0,-1]")
                .joinSource("Input").logs(false));

        assertThat(job).isEqualTo("python-order-job");
        assertThat(t.latestTransformJob()).isEqualTo("python-order-job");
        assertThat(t.describe().dataProcessing().inputFilter()).isEqualTo("$[1:]");
        assertThat(t.describe().dataProcessing().outputFilter()).isEqualTo("$[0,-1]");
        assertThat(t.describe().dataProcessing().joinSourceAsString()).isEqualTo("Input");
        assertThat(output("python-order", "part-0.csv")).isEqualTo("1,2.0\n2,3.0\n3,3.0\n");
    }

    @Test
    void transform_transformInput_runsAsTheSameKeywords() {
        Transformer t = transformer("MultiRecord", "Line", "transform-input");
        TransformInput in = TransformInput.builder().data("s3://" + bucket + "/in/csv/").contentType("text/csv")
                .splitType("Line").inputFilter("$[1:]").outputFilter("$[0,-1]").joinSource("Input")
                .modelClientConfig(c -> c.invocationsTimeoutInSeconds(60).invocationsMaxRetries(1)).build();

        String job = t.transform(in);

        assertThat(t.latestTransformJob()).isEqualTo(job);
        assertThat(output("transform-input", "part-0.csv")).isEqualTo("1,2.0\n2,3.0\n3,3.0\n");
        var described = t.describe();
        assertThat(described.transformInput().dataSource().s3DataSource().s3Uri()).isEqualTo(in.data());
        assertThat(described.transformInput().contentType()).isEqualTo("text/csv");
        assertThat(described.transformInput().splitTypeAsString()).isEqualTo("Line");
        assertThat(described.dataProcessing().inputFilter()).isEqualTo("$[1:]");
        assertThat(described.dataProcessing().joinSourceAsString()).isEqualTo("Input");
        assertThat(described.modelClientConfig().invocationsMaxRetries()).isEqualTo(1);

        String named = t.transform(in.data(), in.toTransformOptions().jobName("transform-input-named").logs(false)
                .build());
        assertThat(named).isEqualTo("transform-input-named");
        assertThat(t.describe().dataProcessing().outputFilter()).isEqualTo("$[0,-1]");
    }

    @Test
    void transformInput_defaultsAndValidation_areThePythonDefaultsAndTheServiceShapes() {
        TransformInput in = TransformInput.builder().data("s3://b/in/").build();

        assertThat(in.dataType()).isEqualTo("S3Prefix");
        assertThat(in.contentType()).isNull();
        assertThat(in.compressionType()).isNull();
        assertThat(in.splitType()).isNull();
        assertThat(in.inputFilter()).isNull();
        assertThat(in.outputFilter()).isNull();
        assertThat(in.joinSource()).isNull();
        assertThat(in.modelClientConfig()).isNull();
        assertThat(in.batchDataCaptureConfig()).isNull();
        assertThat(in.toTransformOptions().build()).isEqualTo(Transformer.TransformOptions.builder().build());
        TransformInput full = in.toBuilder().dataType("ManifestFile").compressionType("Gzip").splitType("Line")
                .batchDataCaptureConfig(c -> c.destinationS3Uri("s3://b/capture")).build();
        assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full).isNotEqualTo(in);
        assertThat(full.toString()).contains("data=s3://b/in/", "dataType=ManifestFile", "compressionType=Gzip");

        assertThatThrownBy(() -> TransformInput.builder().build()).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("data"));
        assertThatThrownBy(() -> TransformInput.builder().data("/tmp/in").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("data"));
        assertThatThrownBy(() -> TransformInput.builder().data("s3://b/in/").splitType("Lines").build())
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("splitType"));
        assertThatThrownBy(() -> TransformInput.builder().data("s3://b/in/")
                .batchDataCaptureConfig(c -> c.destinationS3Uri("capture")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("DestinationS3Uri");
    }

    @Test
    void transformOptions_defaults_areThePythonDefaults() {
        Transformer.TransformOptions o = Transformer.TransformOptions.builder().build();

        assertThat(o.dataType()).isEqualTo("S3Prefix");
        assertThat(o.waits()).isTrue();
        assertThat(o.logs()).isTrue();
        assertThat(o.contentType()).isNull();
        assertThat(o.splitType()).isNull();
        assertThat(o.jobName()).isNull();
        Transformer.TransformOptions full = o.toBuilder().contentType("text/csv").splitType("Line").jobName("j")
                .inputFilter("$[1:]").outputFilter("$[0,-1]").joinSource("Input").wait(false).logs(false).build();
        assertThat(full.toBuilder().build()).isEqualTo(full).hasSameHashCodeAs(full).isNotEqualTo(o);
        assertThat(full.toString()).contains("jobName=j", "inputFilter=$[1:]", "wait=false");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dataType|S3Object",
        "splitType|Lines",
        "joinSource|Output",
        "compressionType|Zip",
        "contentType|S3Prefix",
        "jobName|bad_name",
        "inputFilter|$[0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25]",
    })
    void transform_badKeyword_isAValidationErrorNamingIt_beforeAnyRequest(String field, String value) {
        Transformer t = transformer("MultiRecord", "Line", "bad-keyword");
        Consumer<Transformer.TransformOptions.Builder> options = o -> {
            switch (field) {
                case "dataType": o.dataType(value); break;
                case "splitType": o.splitType(value); break;
                case "joinSource": o.joinSource(value); break;
                case "compressionType": o.compressionType(value); break;
                case "contentType": o.contentType(value); break;
                case "jobName": o.jobName(value); break;
                default: o.inputFilter(value); break;
            }
        };

        assertThatThrownBy(() -> t.transform("s3://" + bucket + "/in/csv/", options))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(t.latestTransformJob()).isNull();
    }

    @Test
    void transform_badServiceShapes_areValidationErrors() {
        Transformer t = transformer("MultiRecord", "Line", "bad-shapes");
        String in = "s3://" + bucket + "/in/csv/";

        assertThatThrownBy(() -> t.transform(in, o -> o.modelClientConfig(m -> m.invocationsMaxRetries(4))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("modelClientConfig.InvocationsMaxRetries"));
        assertThatThrownBy(() -> t.transform(in, o -> o.modelClientConfig(m -> m.invocationsTimeoutInSeconds(0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("modelClientConfig.InvocationsTimeoutInSeconds"));
        assertThatThrownBy(() -> t.transform(in, o -> o.batchDataCaptureConfig(c -> c.destinationS3Uri("/tmp/x"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("batchDataCaptureConfig.DestinationS3Uri"));
        assertThatThrownBy(() -> t.transform(in, o -> o.experimentConfig(x -> x.experimentName("my_experiment"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("experimentConfig.ExperimentName"));
        assertThatThrownBy(() -> t.toBuilder().outputKmsKey("key with spaces").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("outputKmsKey"));
        assertThatThrownBy(() -> t.toBuilder().volumeKmsKey("").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("volumeKmsKey"));
        assertThatThrownBy(() -> t.toBuilder().tags(Map.of("aws:owner", "me")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("tags"));
        assertThatThrownBy(() -> t.toBuilder().env(Map.of("1BAD", "x")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("env"));
        assertThat(t.latestTransformJob()).isNull();
    }

    /** Python's name_from_base(base_name_from_image(image)): one timestamp, never the model name's too. */
    @Test
    void transform_noJobName_namesTheJobAfterTheImageWithOneTimestamp() {
        Transformer t = transformer("MultiRecord", "Line", "named");

        String job = t.transform("s3://" + bucket + "/in/csv/", o -> o.contentType("text/csv").splitType("Line"));

        assertThat(job).matches("java-inference-" + TIMESTAMP);
        String based = t.toBuilder().baseTransformJobName("scores").build()
                .transform("s3://" + bucket + "/in/csv/", o -> o.contentType("text/csv").splitType("Line"));
        assertThat(based).matches("scores-" + TIMESTAMP);
    }

    @Test
    void modelTransformer_generatedModelName_jobNameCarriesOneTimestamp() throws Exception {
        String artifact = TestModels.upload(session, "s3://" + bucket + "/models/rowsum-named/model.tar.gz",
                Map.of("README", "row sum".getBytes(StandardCharsets.UTF_8)));
        Model model = Model.builder().modelData(artifact).entryPoint(RowSum.class).session(session).build();

        Transformer t = model.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
                .outputPath("s3://" + bucket + "/out/model-named"));
        String job = t.transform("s3://" + bucket + "/in/csv/", "text/csv");

        assertThat(model.name()).matches("java-inference-" + TIMESTAMP);
        assertThat(t.modelName()).isEqualTo(model.name());
        assertThat(t.baseTransformJobName()).isEqualTo("java-inference");
        assertThat(job).matches("java-inference-" + TIMESTAMP);
        assertThat(output("model-named", "part-0.csv")).isEqualTo("3.0\n5.0\n6.0\n");
        Transformer named = Model.builder().modelData(artifact).entryPoint(RowSum.class).name("row-sum-named")
                .session(session).build().transformer(1, "local");
        assertThat(named.baseTransformJobName()).isEqualTo("row-sum-named");
        assertThat(named.strategy()).isNull();
        assertThatThrownBy(() -> model.transformer(1, "local", o -> o.strategy("Often")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("strategy"));
    }

    @Test
    void transformJobRequest_noOutputPath_isUnderTheDefaultBucketPrefixByJobName() {
        try (Session prefixed = Session.builder().backend("local").root(tmp.resolve("prefixed-root"))
                .defaultBucketPrefix("team/a").progressListener(dev.sagemaker4j.progress.ProgressListener.none())
                .build()) {
            Transformer t = Transformer.builder().modelName("any-model").instanceType("local")
                    .baseTransformJobName("scores").session(prefixed).build();

            var request = t.transformJobRequest("s3://in/data/", Transformer.TransformOptions.builder()
                    .jobName("job-1").build());

            assertThat(request.transformOutput().s3OutputPath())
                    .isEqualTo("s3://" + prefixed.defaultBucket() + "/team/a/job-1");
            assertThat(request.transformInput().dataSource().s3DataSource().s3DataTypeAsString()).isEqualTo("S3Prefix");
            assertThat(request.dataProcessing()).isNull();
            assertThat(request.hasEnvironment()).isFalse();
            assertThat(request.hasTags()).isFalse();
        }
    }

    @Test
    void transform_splitNone_sendsTheWholeObject() {
        transformer("MultiRecord", "None", "split-none")
                .transform("s3://" + bucket + "/in/csv/", o -> o.contentType("text/csv").splitType("None"));

        assertThat(output("split-none", "part-0.csv")).isEqualTo("3.0\n5.0\n6.0\n");
        assertThat(RowSum.BATCHES).containsExactly(3);
    }

    @Test
    void transform_jsonLines_filtersJoinsAndSelectsKeys() throws Exception {
        transformer("MultiRecord", "Line", "jsonl")
                .transform("s3://" + bucket + "/in/jsonl/", o -> o.contentType("application/jsonlines")
                        .splitType("Line").inputFilter("$.features").outputFilter("$['id','SageMakerOutput']")
                                .joinSource("Input"));

        String[] lines = output("jsonl", "part-0.jsonl").split("\n");
        assertThat(SdkJson.MAPPER.readTree(lines[0])).isEqualTo(SdkJson.MAPPER.readTree(
                "{\"id\":1,\"SageMakerOutput\":{\"sum\":2.0}}"));
        assertThat(SdkJson.MAPPER.readTree(lines[1])).isEqualTo(SdkJson.MAPPER.readTree(
                "{\"id\":2,\"SageMakerOutput\":{\"sum\":3.0}}"));

        transformer("MultiRecord", "Line", "arrays")
                .transform("s3://" + bucket + "/in/arrays/", o -> o.contentType("application/jsonlines")
                        .splitType("Line").inputFilter("$[1:]").joinSource("Input"));
        String first = output("arrays", "part-0.jsonl").split("\n")[0];
        assertThat(SdkJson.MAPPER.readTree(first)).isEqualTo(SdkJson.MAPPER.readTree(
                "{\"SageMakerInput\":[1,0.5,1.5],\"SageMakerOutput\":{\"sum\":2.0}}"));

        transformer("MultiRecord", "Line", "output-path")
                .transform("s3://" + bucket + "/in/jsonl/", o -> o.contentType("application/jsonlines")
                        .splitType("Line").inputFilter("$.features").outputFilter("$.SageMakerOutput.sum")
                                .joinSource("Input"));
        assertThat(output("output-path", "part-0.jsonl")).isEqualTo("2.0\n3.0\n");
    }

    @Test
    void transform_gzipManifestAndNestedKeys_keepRelativePaths() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write("1,1\n2,2\n".getBytes(StandardCharsets.UTF_8));
        }
        session.objectStore().put("s3://" + bucket + "/in/gz/a/b/part.csv.gz",
                new java.io.ByteArrayInputStream(zipped.toByteArray()));
        transformer("MultiRecord", "Line", "gz")
                .transform("s3://" + bucket + "/in/gz/", o -> o.contentType("text/csv").compressionType("Gzip")
                        .splitType("Line"));
        assertThat(output("gz", "a/b/part.csv.gz")).isEqualTo("2.0\n4.0\n");

        session.uploadString("5,5\n", "s3://" + bucket + "/in/many/x.csv");
        session.uploadString("7,7\n", "s3://" + bucket + "/in/many/y.csv");
        session.uploadString("9,9\n", "s3://" + bucket + "/in/many/z.csv");
        String manifest = session.uploadString("[{\"prefix\": \"s3://" + bucket + "/in/many/\"}, \"x.csv\", \"z.csv\"]",
                "s3://" + bucket + "/in/manifest.json");
        transformer("MultiRecord", "Line", "manifest").transform(manifest, o -> o.dataType("ManifestFile")
                .contentType("text/csv").splitType("Line"));
        assertThat(output("manifest", "x.csv")).isEqualTo("10.0\n");
        assertThat(output("manifest", "z.csv")).isEqualTo("18.0\n");
        assertThat(session.listS3Files(bucket, "out/manifest/")).containsExactly("out/manifest/x.csv.out",
                "out/manifest/z.csv.out");
    }

    @Test
    void multiRecord_packsAsManyRecordsAsFitMaxPayload() {
        StringBuilder data = new StringBuilder();
        String cell = "1" + ",0".repeat(100_000);   // about 200 KB a record
        for (int i = 0; i < 12; i++) {
            data.append(cell).append('\n');
        }
        session.uploadString(data.toString(), "s3://" + bucket + "/in/big/part.csv");
        Transformer t = Transformer.builder().modelName(rowSum).instanceType("local").strategy("MultiRecord")
                .assembleWith("Line").maxPayload(1).maxConcurrentTransforms(1).outputPath("s3://" + bucket + "/out/big")
                .session(session).build();

        t.transform("s3://" + bucket + "/in/big/", o -> o.contentType("text/csv").splitType("Line"));

        // 5 records of ~200,001 bytes plus separators fit 1 MiB (1,048,576 bytes), a 6th does not
        assertThat(RowSum.BATCHES).containsExactly(5, 5, 2);
        assertThat(output("big", "part.csv").split("\n")).hasSize(12).containsOnly("1.0");
    }

    /**
     * Several MiB of lines of every length, CRLF and LF line ends, empty lines, a record of exactly
     * the payload limit and a last line with no line end, plain and gzipped: the requests are the
     * records (empty lines dropped, {@code '\r'} stripped) packed greedily by the rule "joined by
     * {@code '\n'}, at most MaxPayloadInMB", computed here record by record.
     */
    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void multiRecord_packsLinesGreedily_acrossBuffersEmptyLinesAndCrLf(boolean gzip) throws Exception {
        Random random = new Random(gzip ? 11 : 7);
        StringBuilder data = new StringBuilder();
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 7000; i++) {
            if (i == 3500) {
                String exact = "10" + ",0".repeat(524_287); // 1,048,576 bytes: the limit exactly, a request alone
                records.add(exact);
                data.append(exact).append('\n');
            }
            StringBuilder line = new StringBuilder().append(random.nextInt(10));
            for (int c = random.nextInt(600); c > 0; c--) {
                line.append(',').append(random.nextInt(10));
            }
            records.add(line.toString());
            data.append(line).append(i == 6999 ? "" : random.nextInt(4) == 0 ? "\r\n" : "\n");
            if (i < 6999 && random.nextInt(9) == 0) {
                data.append(random.nextBoolean() ? "\n" : "\r\n");
            }
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        if (gzip) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
                gz.write(bytes);
            }
            bytes = zipped.toByteArray();
        }
        String prefix = "in/packed-" + gzip + "/";
        session.objectStore().put("s3://" + bucket + "/" + prefix + "part.csv",
                new java.io.ByteArrayInputStream(bytes));
        Transformer t = Transformer.builder().modelName(rowSum).instanceType("local").strategy("MultiRecord")
                .assembleWith("Line").maxPayload(1).maxConcurrentTransforms(1)
                .outputPath("s3://" + bucket + "/out/packed-" + gzip).session(session).build();

        t.transform("s3://" + bucket + "/" + prefix, o -> o.contentType("text/csv")
                .compressionType(gzip ? "Gzip" : null).splitType("Line"));

        List<Integer> counts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long limit = 1024 * 1024;
        long size = -1;
        for (String record : records) {
            if (size >= 0 && size + 1 + record.length() <= limit) {
                size += 1 + record.length();
                counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
            } else {
                if (size >= 0) {
                    sizes.add((int) size);
                }
                size = record.length();
                counts.add(1);
            }
        }
        sizes.add((int) size);
        assertThat(counts.size()).isGreaterThan(4);
        assertThat(RowSum.BATCHES).containsExactlyElementsOf(counts);
        assertThat(RowSum.PAYLOAD_BYTES).containsExactlyElementsOf(sizes);
        StringBuilder expected = new StringBuilder();
        for (String record : records) {
            double sum = 0;
            for (String cell : record.split(",")) {
                sum += Double.parseDouble(cell);
            }
            expected.append(sum).append('\n');
        }
        assertThat(output("packed-" + gzip, "part.csv")).isEqualTo(expected.toString());
    }

    @Test
    void aRecordOneByteOverMaxPayload_failsTheJobNamingTheRecord() {
        session.uploadString("1,2\n3,4\n" + "10" + ",0".repeat(524_287) + "0\n5,6\n",
                "s3://" + bucket + "/in/over/part.csv");
        Transformer t = Transformer.builder().modelName(rowSum).instanceType("local").maxPayload(1)
                .outputPath("s3://" + bucket + "/out/over").session(session).build();

        assertThatThrownBy(() -> t.transform("s3://" + bucket + "/in/over/", o -> o.contentType("text/csv")
                .splitType("Line")))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .isEqualTo("ClientError: object s3://" + bucket + "/in/over/part.csv, record 3 is larger than"
                                + " MaxPayloadInMB (1 MB); raise MaxPayloadInMB or split the record"));
        assertThat(session.listS3Files(bucket, "out/over/")).isEmpty();
    }

    /** Requests run in parallel across instanceCount × maxConcurrentTransforms, and never more at once. */
    @Test
    void requests_runInParallel_upToInstancesTimesMaxConcurrentTransforms() {
        session.uploadString("sleep,1\n".repeat(24), "s3://" + bucket + "/in/parallel/a.csv");
        session.uploadString("sleep,2\n".repeat(24), "s3://" + bucket + "/in/parallel/b.csv");
        RowSum.MOST_IN_FLIGHT.set(0);
        Transformer t = Transformer.builder().modelName(rowSum).instanceType("local").instanceCount(2)
                .strategy("SingleRecord").maxConcurrentTransforms(2).assembleWith("Line")
                .outputPath("s3://" + bucket + "/out/parallel").session(session).build();

        t.transform("s3://" + bucket + "/in/parallel/", o -> o.contentType("text/csv").splitType("Line"));

        assertThat(RowSum.MOST_IN_FLIGHT.get()).isGreaterThan(1).isLessThanOrEqualTo(4);
        assertThat(RowSum.BATCHES).hasSize(48);
        assertThat(output("parallel", "a.csv")).isEqualTo("1.0\n".repeat(24));
        assertThat(output("parallel", "b.csv")).isEqualTo("2.0\n".repeat(24));
    }

    @Test
    void progress_reportsRecordsRateAndEta_endingWithTheTotal() throws Exception {
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();
        try (Session own = Session.builder().backend("local").root(tmp.resolve("progress-root"))
                .progressListener(events::add).build()) {
            String b = own.defaultBucket();
            String artifact = TestModels.upload(own, "s3://" + b + "/models/rowsum/model.tar.gz",
                    Map.of("README", "row sum".getBytes(StandardCharsets.UTF_8)));
            String model = Model.builder().modelData(artifact).entryPoint(RowSum.class).name("row-sum-progress")
                    .session(own).build().create();
            own.uploadString("1,2\n".repeat(3000), "s3://" + b + "/in/progress/part.csv");

            Transformer.builder().modelName(model).instanceType("local").outputPath("s3://" + b + "/out/progress")
                    .session(own).build().transform("s3://" + b + "/in/progress/", o -> o.contentType("text/csv")
                            .splitType("Line"));
        }

        List<ProgressEvent> transform = events.stream().filter(e -> e.task().equals("Transform"))
                .collect(java.util.stream.Collectors.toList());
        assertThat(transform).isNotEmpty();
        ProgressEvent last = transform.get(transform.size() - 1);
        assertThat(last.finished()).isTrue();
        assertThat(last.unit()).isEqualTo("record");
        assertThat(last.done()).isEqualTo(3000);
        assertThat(last.total()).isEqualTo(3000);
        assertThat(last.metrics().get("records_per_second")).isPositive();
        assertThat(last.metrics().get("eta_seconds")).isEqualTo(0.0);
    }

    @Test
    void recordTheModelRejects_failsTheJobNamingObjectAndRecord_andPublishesNothingPartial() {
        session.uploadString("1,1\n2,2\n3,3\n4,4\n5,bad\n6,6\n", "s3://" + bucket + "/in/bad/part-0.csv");
        Transformer t = transformer("MultiRecord", "Line", "bad");

        assertThatThrownBy(() -> t.transform("s3://" + bucket + "/in/bad/", o -> o.contentType("text/csv")
                .splitType("Line")))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .isEqualTo("ClientError: object s3://" + bucket + "/in/bad/part-0.csv, record 5: 'bad' is not a"
                                + " number (the model answered 400)"));
        assertThat(session.listS3Files(bucket, "out/bad/")).isEmpty();
    }

    @Test
    void badFiltersAndInputs_areTypedErrorsOrFailedJobs() {
        Transformer t = transformer("MultiRecord", "Line", "errors");
        assertThatThrownBy(() -> t.transform("s3://" + bucket + "/in/csv/", o -> o.contentType("text/csv")
                .splitType("Line").inputFilter("$..features")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("DataProcessing.InputFilter");
                    assertThat(e.getMessage()).contains("is not a JSONPath SageMaker supports");
                });
        assertThatThrownBy(() -> t.transform("s3://" + bucket + "/in/csv/", o -> o.contentType("text/csv")
                .splitType("Line").inputFilter("$[7]")))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("record 1").contains("$[7] selects nothing"));
        assertThatThrownBy(() -> t.transform("s3://" + bucket + "/nothing/here/", o -> o.contentType("text/csv")
                .splitType("Line")))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("no objects found under s3://" + bucket + "/nothing/here/"));
        assertThatThrownBy(() -> Transformer.builder().modelName("no-such-model").instanceType("local")
                .session(session).build().transform("s3://" + bucket + "/in/csv/"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("ModelName"));
        session.uploadString("1" + ",0".repeat(600_000) + "\n", "s3://" + bucket + "/in/huge/part.csv");
        assertThatThrownBy(() -> Transformer.builder().modelName(rowSum).instanceType("local").maxPayload(1)
                .session(session).build().transform("s3://" + bucket + "/in/huge/", o -> o.contentType("text/csv")
                        .splitType("Line")))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("larger than MaxPayloadInMB (1 MB)"));
        assertThatThrownBy(() -> transformer("Sometimes", "Line", "x"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("strategy"));
    }

    @Test
    void outputs_equalPredictorOutputsForTheSameRecords() throws Exception {
        Booster booster = TestModels.booster(3, 15, "binary:logistic", 5);
        String artifact = TestModels.xgboost(session, "s3://" + bucket + "/models/xgb-t/model.tar.gz", booster);
        Model model = Model.builder().imageUri("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                .modelData(artifact).session(session).build();
        float[][] rows = TestModels.rows(200, 3, 9);
        StringBuilder csv = new StringBuilder();
        for (float[] r : rows) {
            csv.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
        }
        session.uploadString(csv.toString(), "s3://" + bucket + "/in/xgb/rows.csv");

        model.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
                .outputPath("s3://" + bucket + "/out/xgb").accept("text/csv"))
                .transform("s3://" + bucket + "/in/xgb/", o -> o.contentType("text/csv").splitType("Line"));
        Predictor<List<List<String>>> p = model.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
        List<List<String>> online = p.predict(rows);

        String[] batch = output("xgb", "rows.csv").split("\n");
        assertThat(batch).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(batch[i]).isEqualTo(online.get(i).get(0));
        }
        p.deleteEndpoint();
    }

    @Test
    void parquetInput_isReadRowByRow() throws Exception {
        Path parquet = tmp.resolve("rows.parquet");
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT i AS a, i * 2.0 AS b FROM range(1, 5) t(i)) TO '" + parquet + "' (FORMAT PARQUET)");
        }
        session.objectStore().put("s3://" + bucket + "/in/parquet/rows.parquet", parquet);

        transformer("MultiRecord", "Line", "parquet")
                .transform("s3://" + bucket + "/in/parquet/", o -> o.contentType("application/x-parquet")
                        .splitType("None").joinSource("Input"));

        assertThat(output("parquet", "rows.parquet")).isEqualTo("1,2.0,3.0\n2,4.0,6.0\n3,6.0,9.0\n4,8.0,12.0\n");
    }

    @Test
    void attachAndStop_workOnTheLatestJob() {
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            slow.append("sleep,1\n");
        }
        session.uploadString(slow.toString(), "s3://" + bucket + "/in/slow/part.csv");
        Transformer t = Transformer.builder().modelName(rowSum).instanceType("local").strategy("SingleRecord")
                .maxConcurrentTransforms(1).outputPath("s3://" + bucket + "/out/slow").volumeKmsKey("alias/volumes")
                .outputKmsKey("alias/outputs").session(session).build();
        String job = t.transform("s3://" + bucket + "/in/slow/", o -> o.contentType("text/csv").splitType("Line")
                .wait(false));

        Transformer attached = Transformer.attach(job, session);
        assertThat(attached.modelName()).isEqualTo(rowSum);
        assertThat(attached.latestTransformJob()).isEqualTo(job);
        assertThat(attached.baseTransformJobName()).isEqualTo(job);
        assertThat(attached.volumeKmsKey()).isEqualTo("alias/volumes");
        assertThat(attached.outputKmsKey()).isEqualTo("alias/outputs");
        assertThat(attached.strategy()).isEqualTo("SingleRecord");
        assertThat(attached.maxConcurrentTransforms()).isEqualTo(1);
        attached.stopTransformJob();
        String status = attached.waitForCompletion().transformJobStatusAsString();

        assertThat(status).isEqualTo("Stopped");
        assertThat(session.listS3Files(bucket, "out/slow/")).isEmpty();
    }
}
