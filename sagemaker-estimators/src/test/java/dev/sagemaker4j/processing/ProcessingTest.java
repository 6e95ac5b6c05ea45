/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListProcessingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListProcessingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobSummary;

class ProcessingTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    @TempDir
    static Path tmp;
    static Path root;
    static Session session;

    /** Splits data.csv (header + rows) 80/20 into train/ and test/, reading the contract's config files. */
    public static final class SplitCsv implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            List<String> lines = Files.readAllLines(env.input("raw").resolve("data.csv"));
            String header = lines.get(0);
            List<String> rows = lines.subList(1, lines.size());
            int cut = rows.size() * 8 / 10;
            double fraction = env.arguments().isEmpty() ? 0.8 : Double.parseDouble(env.arguments().get(1));
            cut = (int) Math.round(rows.size() * fraction);
            List<String> train = new ArrayList<>(List.of(header));
            train.addAll(rows.subList(0, cut));
            List<String> test = new ArrayList<>(List.of(header));
            test.addAll(rows.subList(cut, rows.size()));
            Files.write(env.output("train").resolve("train.csv"), train);
            Files.write(env.output("test").resolve("test.csv"), test);
            JsonNode config = SdkJson.MAPPER.readTree(env.path("/opt/ml/config/processingjobconfig.json").toFile());
            JsonNode resources = SdkJson.MAPPER.readTree(env.path("/opt/ml/config/resourceconfig.json").toFile());
            Files.writeString(env.output("test").resolve("contract.txt"), config.path("ProcessingJobName").asText()
                    + " " + resources.path("current_host").asText() + " " + resources.path("hosts")
                    + " " + env.environment().get("MODE"));
            env.log("split " + rows.size() + " rows at " + cut);
        }
    }

    /** Writes a partial output, then fails. */
    public static final class Failing implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            Files.writeString(env.output("out").resolve("partial.txt"), "half");
            throw new IllegalStateException("column 'age' has 3 negative values");
        }
    }

    /** Lists the files of its share of the input into one output file per host. */
    public static final class ListShard implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            List<String> names;
            try (var files = Files.list(env.input("parts"))) {
                names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
            }
            Files.write(env.output("seen").resolve(env.currentHost() + ".txt"), names);
        }
    }

    /** Sleeps until stopped. */
    public static final class Sleeper implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            Files.writeString(env.output("out").resolve("started.txt"), "yes");
            for (int i = 0; i < 600 && !env.stopRequested(); i++) {
                Thread.sleep(100);
            }
        }
    }

    @BeforeAll
    static void setUp() {
        root = tmp.resolve("root");
        session = Session.local(root);
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static String bucket() {
        return "s3://" + session.defaultBucket();
    }

    static JavaProcessor processor(Class<? extends ProcessingScript> script) {
        return JavaProcessor.builder().entryPoint(script).role(ROLE).instanceType("local").session(session).build();
    }

    static List<String> keys(String prefix) {
        return session.objectStore().listAll(prefix).map(o -> o.uri()).sorted().collect(Collectors.toList());
    }

    @Test
    void run_javaProcessorSplitsCsv_uploadsTrainAndTestOutputs() throws Exception {
        StringBuilder csv = new StringBuilder("id,value\n");
        for (int i = 0; i < 10; i++) {
            csv.append(i).append(',').append(i * i).append('\n');
        }
        Path local = Files.createDirectories(tmp.resolve("split-in")).resolve("data.csv");
        Files.writeString(local, csv.toString());
        JavaProcessor split = JavaProcessor.builder().entryPoint(SplitCsv.class).role(ROLE).instanceType("local")
                .env(Map.of("MODE", "strict")).session(session).build();

        ProcessingJob job = split.run(r -> r.inputs(List.of(ProcessingInput.builder().source(local.toString())
                        .destination("/opt/ml/processing/input/raw").inputName("raw").build()))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/train")
                                .outputName("train").build(),
                        ProcessingOutput.builder().source("/opt/ml/processing/output/test").outputName("test")
                                .destination(bucket() + "/split/test").build()))
                .arguments(List.of("--train-fraction", "0.7")).jobName("split-csv"));

        DescribeProcessingJobResponse d = job.describe();
        assertThat(d.processingJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.processingStartTime()).isNotNull();
        assertThat(d.processingEndTime()).isAfterOrEqualTo(d.processingStartTime());
        assertThat(d.appSpecification().containerEntrypoint())
                .containsExactly("java", JavaProcessor.MAIN_CLASS, SplitCsv.class.getName());
        assertThat(d.appSpecification().imageUri()).isEqualTo(JavaProcessor.IMAGE);
        // the local file was uploaded where Python puts it: <bucket>/<job>/input/<input name>/
        assertThat(d.processingInputs().get(0).s3Input().s3Uri())
                .isEqualTo(bucket() + "/split-csv/input/raw/data.csv");
        String trainUri = bucket() + "/split-csv/output/train";
        assertThat(job.outputs().get(0).destination()).isEqualTo(trainUri);
        assertThat(session.objectStore().getString(trainUri + "/train.csv").lines())
                .containsExactly("id,value", "0,0", "1,1", "2,4", "3,9", "4,16", "5,25", "6,36");
        assertThat(session.objectStore().getString(bucket() + "/split/test/test.csv").lines()).hasSize(4);
        assertThat(session.objectStore().getString(bucket() + "/split/test/contract.txt"))
                .isEqualTo("split-csv algo-1 [\"algo-1\"] strict");
        assertThat(job.logs()).anyMatch(l -> l.contains("split 10 rows at 7"));
        // the instance folders are gone once the outputs are published
        assertThat(root.resolve("jobs/processing-jobs/split-csv/algo-1")).doesNotExist();
        assertThat(split.latestJob()).isSameAs(job);
    }

    @Test
    void run_scriptFails_failureReasonNamesTheErrorAndNoOutputIsPublished() {
        String input = session.uploadString("x\n", bucket() + "/fail/in.txt");
        JavaProcessor failing = processor(Failing.class);

        assertThatThrownBy(() -> failing.run(r -> r.inputs(List.of(ProcessingInput.of(input,
                        "/opt/ml/processing/input/in")))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/out").outputName("out")
                        .destination(bucket() + "/fail/out").build()))
                .jobName("failing-script").logs(false)))
                .isInstanceOf(UnexpectedStatusException.class)
                .hasMessageContaining("column 'age' has 3 negative values");

        DescribeProcessingJobResponse d = ProcessingJob.attach("failing-script", session).describe();
        assertThat(d.processingJobStatusAsString()).isEqualTo("Failed");
        assertThat(d.failureReason()).isEqualTo(
                "AlgorithmError: IllegalStateException: column 'age' has 3 negative values");
        assertThat(keys(bucket() + "/fail/out")).isEmpty();
    }

    @Test
    void run_shardedByS3KeyOnTwoInstances_eachInstanceSeesItsShare() {
        for (int i = 0; i < 5; i++) {
            session.uploadString("part " + i, bucket() + "/shards/in/part-" + i + ".txt");
        }
        JavaProcessor lister = JavaProcessor.builder().entryPoint(ListShard.class).role(ROLE).instanceType("local")
                .instanceCount(2).session(session).build();

        lister.run(r -> r.inputs(List.of(ProcessingInput.builder().source(bucket() + "/shards/in/")
                        .destination("/opt/ml/processing/input/parts").inputName("parts")
                        .s3DataDistributionType("ShardedByS3Key").build()))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/seen").outputName("seen")
                        .destination(bucket() + "/shards/seen").build()))
                .jobName("sharded-two"));

        List<String> first = session.objectStore().getString(bucket() + "/shards/seen/algo-1.txt").lines().toList();
        List<String> second = session.objectStore().getString(bucket() + "/shards/seen/algo-2.txt").lines().toList();
        assertThat(first).containsExactly("part-0.txt", "part-2.txt", "part-4.txt");
        assertThat(second).containsExactly("part-1.txt", "part-3.txt");
    }

    @Test
    void run_sqlProcessorJoinsCsvWithParquet_writesTheJoinedOutput() throws Exception {
        Path customers = Files.createDirectories(tmp.resolve("sql-customers")).resolve("customers.csv");
        Files.writeString(customers, "customer_id,name\n1,Ada\n2,Grace\n3,Linus\n");
        Path orders = Files.createDirectories(tmp.resolve("sql-orders")).resolve("orders.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES (1, 10.5), (1, 4.5), (2, 7.0)) t(customer_id, total)) TO '"
                    + orders + "' (FORMAT PARQUET)");
        }
        SqlProcessor sql = SqlProcessor.builder().role(ROLE).instanceType("local").outputFormat("parquet")
                .session(session).build();

        ProcessingJob job = sql.run("CREATE VIEW spend AS SELECT c.name, sum(o.total) AS total FROM customers c"
                        + " JOIN orders o USING (customer_id) GROUP BY c.name ORDER BY c.name;"
                        + " CREATE TABLE names AS SELECT name FROM customers ORDER BY customer_id",
                r -> r.inputs(List.of(ProcessingInput.builder().source(customers.toString())
                                        .destination("/opt/ml/processing/input/customers").inputName("customers").build(),
                                ProcessingInput.builder().source(orders.toString())
                                        .destination("/opt/ml/processing/input/orders").inputName("orders").build()))
                        .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/spend")
                                        .outputName("spend").destination(bucket() + "/sql/spend").build(),
                                ProcessingOutput.builder().source("/opt/ml/processing/output/names")
                                        .outputName("names").destination(bucket() + "/sql/names").build()))
                        .jobName("sql-join"));

        assertThat(job.describe().appSpecification().containerArguments()).containsExactly("--query",
                job.describe().appSpecification().containerArguments().get(1), "--output-format", "parquet");
        Path spend = tmp.resolve("spend.parquet");
        session.objectStore().get(bucket() + "/sql/spend/spend.parquet", spend);
        Path names = tmp.resolve("names.parquet");
        session.objectStore().get(bucket() + "/sql/names/names.parquet", names);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, total FROM read_parquet('" + spend + "') ORDER BY name")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Ada");
            assertThat(rs.getDouble(2)).isEqualTo(15.0);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Grace");
            assertThat(rs.getDouble(2)).isEqualTo(7.0);
            assertThat(rs.next()).isFalse();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + names + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(3);
        }
    }

    @Test
    void run_sqlProcessorSingleSelectOverJson_writesCsvWithHeader() throws Exception {
        session.uploadString("{\"a\": 1, \"b\": \"x\"}\n{\"a\": 2, \"b\": \"y\"}\n", bucket() + "/sqljson/rows.jsonl");
        SqlProcessor sql = SqlProcessor.builder().role(ROLE).instanceType("local").session(session).build();

        sql.run("SELECT b, a * 10 AS a10 FROM rows ORDER BY a", r -> r
                .inputs(List.of(ProcessingInput.builder().source(bucket() + "/sqljson/")
                        .destination("/opt/ml/processing/input/rows").inputName("rows").build()))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/out").outputName("out")
                        .destination(bucket() + "/sqljson/out").build()))
                .jobName("sql-json"));

        assertThat(session.objectStore().getString(bucket() + "/sqljson/out/out.csv").lines())
                .containsExactly("b,a10", "x,10", "y,20");
    }

    @Test
    void run_sqlReadsOutsideItsInstance_failsTheJob() {
        session.uploadString("a\n1\n", bucket() + "/sqlout/in.csv");
        SqlProcessor sql = SqlProcessor.builder().role(ROLE).instanceType("local").session(session).build();

        assertThatThrownBy(() -> sql.run("SELECT * FROM read_csv('" + root.resolve("jobs").toAbsolutePath()
                + "/../s3/" + session.defaultBucket() + "/sqlout/in.csv')", r -> r
                .inputs(List.of(ProcessingInput.of(bucket() + "/sqlout/", "/opt/ml/processing/input/in")))
                .outputs(List.of(ProcessingOutput.of("/opt/ml/processing/output/o", bucket() + "/sqlout/o")))
                .jobName("sql-escape").logs(false)))
                .isInstanceOf(UnexpectedStatusException.class).hasMessageContaining("SQL error: Permission Error");
        assertThat(keys(bucket() + "/sqlout/o")).isEmpty();
    }

    @Test
    void attach_fromANewSessionOnTheSameRoot_seesTheJobAndItsOutputs() {
        String input = session.uploadString("id,value\n1,1\n2,4\n", bucket() + "/attach/data.csv");
        processor(SplitCsv.class).run(r -> r.inputs(List.of(ProcessingInput.builder().source(input)
                        .destination("/opt/ml/processing/input/raw").inputName("raw").build()))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/train").outputName("train")
                                .build(),
                        ProcessingOutput.builder().source("/opt/ml/processing/output/test").outputName("test").build()))
                .jobName("attach-me").logs(false));

        try (Session other = Session.local(root)) {
            ProcessingJob attached = ProcessingJob.attach("attach-me", other);
            assertThat(attached.describe().processingJobStatusAsString()).isEqualTo("Completed");
            assertThat(attached.inputs()).extracting(ProcessingInput::inputName).containsExactly("raw");
            assertThat(attached.outputs()).extracting(ProcessingOutput::outputName).containsExactly("train", "test");
            assertThat(attached.outputs().get(0).destination()).isEqualTo(bucket() + "/attach-me/output/train");
            assertThat(attached.waitForCompletion().processingJobStatusAsString()).isEqualTo("Completed");
            assertThat(attached.logs()).anyMatch(l -> l.contains("split 2 rows"));
            String arn = attached.describe().processingJobArn();
            assertThat(ProcessingJob.fromProcessingArn(arn, other).name()).isEqualTo("attach-me");
            assertThatThrownBy(() -> ProcessingJob.attach("no-such-job", other))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void stop_runningJob_endsStoppedWithoutOutputs() {
        session.uploadString("x", bucket() + "/stop/in.txt");
        ProcessingJob job = processor(Sleeper.class).run(r -> r
                .inputs(List.of(ProcessingInput.of(bucket() + "/stop/", "/opt/ml/processing/input/in")))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/out").outputName("out")
                        .destination(bucket() + "/stop/out").build()))
                .jobName("stop-me").wait(false).logs(false));

        job.stop();
        DescribeProcessingJobResponse d = job.waitForCompletion(Duration.ofSeconds(60));

        assertThat(d.processingJobStatusAsString()).isEqualTo("Stopped");
        assertThat(keys(bucket() + "/stop/out")).isEmpty();
        assertThatThrownBy(job::stop).isInstanceOf(ValidationException.class).hasMessageContaining("Stopped");
    }

    @Test
    void run_longerThanMaxRuntime_isStopped() {
        session.uploadString("x", bucket() + "/maxrt/in.txt");
        JavaProcessor sleeper = JavaProcessor.builder().entryPoint(Sleeper.class).role(ROLE).instanceType("local")
                .maxRuntimeInSeconds(1).session(session).build();

        DescribeProcessingJobResponse d = sleeper.run(r -> r
                .inputs(List.of(ProcessingInput.of(bucket() + "/maxrt/", "/opt/ml/processing/input/in")))
                .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/out").outputName("out")
                        .destination(bucket() + "/maxrt/out").build()))
                .jobName("max-runtime").logs(false)).describe();

        assertThat(d.processingJobStatusAsString()).isEqualTo("Stopped");
        assertThat(d.exitMessage()).isEqualTo("Stopped: MaxRuntimeExceeded");
        assertThat(d.stoppingCondition().maxRuntimeInSeconds()).isEqualTo(1);
        assertThat(Duration.between(d.processingStartTime(), d.processingEndTime())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void listProcessingJobs_filtersSortsAndPages() {
        String input = session.uploadString("x", bucket() + "/list/in.txt");
        for (String name : List.of("listed-b", "listed-a", "listed-c")) {
            processor(ListShard.class).run(r -> r.inputs(List.of(ProcessingInput.builder().source(bucket() + "/list/")
                            .destination("/opt/ml/processing/input/parts").inputName("parts").build()))
                    .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/seen")
                            .outputName("seen").build()))
                    .jobName(name).logs(false));
        }
        assertThat(input).isNotNull();
        ProcessingJobsApi api = session.api(ProcessingJobsApi.CAPABILITY);

        ListProcessingJobsResponse first = api.listProcessingJobs(ListProcessingJobsRequest.builder()
                .nameContains("LISTED").sortBy("Name").sortOrder("Ascending").maxResults(2).build());
        ListProcessingJobsResponse second = api.listProcessingJobs(ListProcessingJobsRequest.builder()
                .nameContains("listed").sortBy("Name").sortOrder("Ascending").maxResults(2)
                .nextToken(first.nextToken()).build());
        ListProcessingJobsResponse completed = api.listProcessingJobs(ListProcessingJobsRequest.builder()
                .nameContains("listed").statusEquals("Failed").build());

        assertThat(first.processingJobSummaries()).extracting(ProcessingJobSummary::processingJobName)
                .containsExactly("listed-a", "listed-b");
        assertThat(second.processingJobSummaries()).extracting(ProcessingJobSummary::processingJobName)
                .containsExactly("listed-c");
        assertThat(second.nextToken()).isNull();
        assertThat(first.processingJobSummaries().get(0).processingJobStatusAsString()).isEqualTo("Completed");
        assertThat(completed.processingJobSummaries()).isEmpty();
        assertThatThrownBy(() -> api.listProcessingJobs(ListProcessingJobsRequest.builder().maxResults(0).build()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MaxResults");
    }

    @Test
    void run_duplicateInputNames_isRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> processor(ListShard.class).run(r -> r.inputs(List.of(
                ProcessingInput.builder().source("s3://b/a").destination("/opt/ml/processing/input/a").inputName("data")
                        .build(),
                ProcessingInput.builder().source("s3://b/b").destination("/opt/ml/processing/input/b").inputName("data")
                        .build())).jobName("dup-inputs")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("inputs"))
                .hasMessageContaining("give each input a different inputName");
        assertThatThrownBy(() -> session.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                DescribeProcessingJobRequest.builder().processingJobName("dup-inputs").build()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void run_destinationOutsideOptMlProcessing_isRefusedNamingTheField() {
        String input = session.uploadString("x", bucket() + "/outside/in.txt");
        assertThatThrownBy(() -> processor(ListShard.class).run(r -> r
                .inputs(List.of(ProcessingInput.of(input, "/data/")))
                .jobName("outside-base")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field())
                        .isEqualTo("ProcessingInputs[0].S3Input.LocalPath"))
                .hasMessageContaining("/opt/ml/processing/");
        assertThatThrownBy(() -> session.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                DescribeProcessingJobRequest.builder().processingJobName("outside-base").build()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void builders_unknownUploadModeAndDataType_areRefusedNamingTheField() {
        assertThatThrownBy(() -> ProcessingOutput.builder().s3UploadMode("AtTheEnd"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("s3UploadMode"))
                .hasMessageContaining("Continuous");
        assertThatThrownBy(() -> ProcessingInput.builder().s3DataDistributionType("Sharded"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ShardedByS3Key");
        assertThatThrownBy(() -> ProcessingInput.builder().source("s3://b/k").destination("/opt/ml/processing/x")
                .s3CompressionType("Gzip").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Pipe");
        assertThatThrownBy(() -> processor(ListShard.class).run(r -> r.wait(false)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("logs");
        assertThatThrownBy(() -> JavaProcessor.builder().entryPoint(ListShard.class).instanceType("local")
                .session(session).build()).isInstanceOf(ValidationException.class).hasMessageContaining("role");
    }

    @Test
    void createProcessingJob_unknownUploadModeOrImage_isRefusedByTheLocalBackend() {
        ProcessingJobsApi api = session.api(ProcessingJobsApi.CAPABILITY);
        CreateProcessingJobRequest good = processor(ListShard.class).request(Processor.RunOptions.builder()
                .inputs(List.of(ProcessingInput.of("s3://my-bucket/in", "/opt/ml/processing/input/in")))
                .outputs(List.of(ProcessingOutput.of("/opt/ml/processing/output/o", "s3://my-bucket/o")))
                .jobName("bad-request").build());

        CreateProcessingJobRequest badMode = good.toBuilder().processingOutputConfig(o -> o.outputs(
                good.processingOutputConfig().outputs().get(0).toBuilder().s3Output(s -> s.s3Uri("s3://my-bucket/o")
                        .localPath("/opt/ml/processing/output/o").s3UploadMode("Sometimes")).build())).build();
        assertThatThrownBy(() -> api.createProcessingJob(badMode)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field())
                        .isEqualTo("ProcessingOutputConfig.Outputs[0].S3Output.S3UploadMode"));
        CreateProcessingJobRequest python = good.toBuilder().appSpecification(a -> a.imageUri("my-image")
                .containerEntrypoint("python3", "/opt/ml/processing/input/code/prep.py")).build();
        assertThatThrownBy(() -> api.createProcessingJob(python)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field())
                        .isEqualTo("AppSpecification.ContainerEntrypoint"))
                .hasMessageContaining("JavaProcessor");
        CreateProcessingJobRequest missingClass = good.toBuilder().appSpecification(a -> a.imageUri("x")
                .containerEntrypoint("java", JavaProcessor.MAIN_CLASS, "com.example.Missing")).build();
        assertThatThrownBy(() -> api.createProcessingJob(missingClass)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("com.example.Missing");
        assertThat(new TreeSet<>(session.api(ProcessingJobsApi.CAPABILITY).listProcessingJobs(
                ListProcessingJobsRequest.builder().nameContains("bad-request").build()).processingJobSummaries()))
                .isEmpty();
    }
    @Test
    void main_inAContainerLayout_runsTheScriptAgainstTheRealPaths() throws Exception {
        // what an image with sagemaker4j on its class path does with the entrypoint JavaProcessor puts in the request
        Path container = Files.createDirectories(tmp.resolve("container"));
        DescribeProcessingJobResponse job = DescribeProcessingJobResponse.builder().processingJobName("in-container")
                .processingInputs(software.amazon.awssdk.services.sagemaker.model.ProcessingInput.builder()
                        .inputName("raw").s3Input(i -> i.s3Uri("s3://b/raw").localPath("/opt/ml/processing/input/raw"))
                        .build())
                .processingOutputConfig(o -> o.outputs(
                        software.amazon.awssdk.services.sagemaker.model.ProcessingOutput.builder().outputName("train")
                                .s3Output(x -> x.s3Uri("s3://b/t").localPath("/opt/ml/processing/output/train")).build(),
                        software.amazon.awssdk.services.sagemaker.model.ProcessingOutput.builder().outputName("test")
                                .s3Output(x -> x.s3Uri("s3://b/v").localPath("/opt/ml/processing/output/test")).build()))
                .environment(Map.of("MODE", "container")).build();
        Files.createDirectories(container.resolve("opt/ml/config"));
        Files.writeString(container.resolve("opt/ml/config/processingjobconfig.json"), SdkJson.toJsonString(job));
        Files.writeString(container.resolve("opt/ml/config/resourceconfig.json"),
                "{\"current_host\": \"algo-2\", \"hosts\": [\"algo-1\", \"algo-2\"]}");
        Files.createDirectories(container.resolve("opt/ml/processing/input/raw"));
        Files.writeString(container.resolve("opt/ml/processing/input/raw/data.csv"), "id\n1\n2\n3\n4\n");
        Files.createDirectories(container.resolve("opt/ml/processing/output/train"));
        Files.createDirectories(container.resolve("opt/ml/processing/output/test"));

        System.setProperty("sagemaker4j.containerRoot", container.toString());
        try {
            JavaProcessor.main(new String[] {SplitCsv.class.getName(), "--train-fraction", "0.5"});
        } finally {
            System.clearProperty("sagemaker4j.containerRoot");
        }

        assertThat(Files.readAllLines(container.resolve("opt/ml/processing/output/train/train.csv")))
                .containsExactly("id", "1", "2");
        assertThat(Files.readString(container.resolve("opt/ml/processing/output/test/contract.txt")))
                .isEqualTo("in-container algo-2 [\"algo-1\",\"algo-2\"] container");
    }
    @Test
    void build_noRoleButConfigFile_takesTheConfiguredRole() {
        try (Session configured = Session.builder().backend("local").root(tmp.resolve("configured"))
                .sagemakerConfig(dev.sagemaker4j.config.SageMakerConfig.fromYaml(
                        "SchemaVersion: '1.0'\nSageMaker:\n  ProcessingJob:\n    RoleArn: arn:aws:iam::111122223333:role/FromConfig\n"))
                .build()) {
            JavaProcessor p = JavaProcessor.builder().entryPoint(ListShard.class).instanceType("local")
                    .session(configured).build();

            assertThat(p.role()).isEqualTo("arn:aws:iam::111122223333:role/FromConfig");
            assertThat(p.request(Processor.RunOptions.builder().jobName("from-config").build()).roleArn())
                    .isEqualTo("arn:aws:iam::111122223333:role/FromConfig");
        }
    }
    @Test
    void run_inputPrefixWithoutObjects_failsWithAClientError() {
        assertThatThrownBy(() -> processor(ListShard.class).run(r -> r
                .inputs(List.of(ProcessingInput.builder().source(bucket() + "/nothing-here/")
                        .destination("/opt/ml/processing/input/parts").inputName("parts").build()))
                .jobName("empty-input").logs(false)))
                .isInstanceOf(UnexpectedStatusException.class);

        assertThat(ProcessingJob.attach("empty-input", session).describe().failureReason())
                .isEqualTo("ClientError: the input parts has no objects under " + bucket()
                        + "/nothing-here/; check the URI and that the data was uploaded");
    }
}
