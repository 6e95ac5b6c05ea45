/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.processing.JavaProcessor;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.ProcessingScript;
import dev.sagemaker4j.spi.ExperimentsApi;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.testing.Datasets;
import dev.sagemaker4j.utils.RunContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrialComponentsRequest;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentSummary;

/**
 * Processing, training and transform jobs started inside an open run join it without an explicit
 * experimentConfig; the code of a local job loads its job's run with {@code Run.load()}; {@code Run.listRuns}
 * lists an experiment's runs as Python's {@code list_runs}.
 */
class RunJobsTest {
    @TempDir
    static Path tmp;
    static Session session;

    /** Counts its input's lines into an output file and logs the count to the job's run. */
    public static final class CountRows implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            long rows;
            try (var lines = Files.lines(env.input("raw").resolve("rows.csv"))) {
                rows = lines.count();
            }
            Files.writeString(env.output("counts").resolve("count.txt"), Long.toString(rows));
            try (Run run = Run.load()) {
                run.logMetric("rows", rows);
                run.logParameter("counted-by", "CountRows");
            }
        }
    }

    /** Logs a metric to the run of its training job. */
    public static final class LoggingTraining implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            try (Run run = Run.load()) {
                run.logMetric("train:accuracy", 0.75);
            }
            Files.writeString(env.modelDir().resolve("model.txt"), "ok");
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void processingJobInsideARun_joinsItsRunGroup_andItsScriptLogsToTheRun() {
        String rows = session.uploadString("1\n2\n3\n4\n", "s3://" + session.defaultBucket() + "/prep/rows.csv");
        JavaProcessor processor = JavaProcessor.builder().entryPoint(CountRows.class)
                .role("arn:aws:iam::111122223333:role/SageMakerRole").instanceType("local").session(session).build();
        ProcessingJob job;
        try (Run run = Run.create("prep", "count", session)) {
            assertThat(RunContext.current()).contains(run.experimentConfig());
            job = processor.run(r -> r.inputs(List.of(ProcessingInput.builder().source(rows)
                            .destination("/opt/ml/processing/input/raw").inputName("raw").build()))
                    .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/counts")
                            .outputName("counts").build()))
                    .jobName("count-rows"));
            // as Python's check_and_get_run_experiment_config: the open run's config, sent with the request
            assertThat(session.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                    DescribeProcessingJobRequest.builder().processingJobName("count-rows").build())
                    .experimentConfig()).isEqualTo(run.experimentConfig());
        }
        assertThat(RunContext.current()).isEmpty();

        ExperimentsApi api = session.api(ExperimentsApi.CAPABILITY);
        DescribeTrialComponentResponse tc = api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                .trialComponentName("count-rows-aws-processing-job").build());
        assertThat(tc.source().sourceType()).isEqualTo("SageMakerProcessingJob");
        assertThat(tc.source().sourceArn()).endsWith(":processing-job/count-rows");
        assertThat(tc.status().primaryStatusAsString()).isEqualTo("Completed");
        assertThat(tc.startTime()).isNotNull();
        assertThat(tc.endTime()).isAfterOrEqualTo(tc.startTime());
        assertThat(tc.inputArtifacts().get("raw").value()).isEqualTo(rows);
        assertThat(tc.inputArtifacts().get("SageMaker.ImageUri").value()).isEqualTo(JavaProcessor.IMAGE);
        assertThat(tc.outputArtifacts().get("counts").value()).isEqualTo(job.outputs().get(0).destination());
        assertThat(tc.parameters().get("SageMaker.InstanceCount").numberValue()).isEqualTo(1.0);
        assertThat(tc.parameters().get("SageMaker.InstanceType").stringValue()).isEqualTo("local");
        assertThat(api.listTrialComponents(ListTrialComponentsRequest.builder().trialName("Default-Run-Group-prep")
                .build()).trialComponentSummaries()).extracting(TrialComponentSummary::trialComponentName)
                .containsExactlyInAnyOrder("prep-count", "count-rows-aws-processing-job");

        // the script's Run.load() found the run of its job and logged to it
        DescribeTrialComponentResponse run = api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                .trialComponentName("prep-count").build());
        assertThat(run.parameters().get("counted-by").stringValue()).isEqualTo("CountRows");
        assertThat(run.metrics()).singleElement().satisfies(m -> {
            assertThat(m.metricName()).isEqualTo("rows");
            assertThat(m.last()).isEqualTo(4.0);
        });

        List<Map<String, Object>> frame = ExperimentAnalytics.builder().experimentName("prep")
                .sortBy("TrialComponentName").sortOrder("Ascending").session(session).build().dataframe();
        assertThat(frame).extracting(r -> r.get("TrialComponentName"))
                .containsExactly("count-rows-aws-processing-job", "prep-count");
        assertThat(frame.get(0)).containsEntry("SourceArn", tc.source().sourceArn())
                .containsEntry("raw - Value", rows).containsEntry("Trials", List.of("Default-Run-Group-prep"));
        assertThat(frame.get(1)).containsEntry("rows - Last", 4.0).containsEntry("counted-by", "CountRows");
    }

    @Test
    void trainingEntryPointAndTransformInsideARun_joinWithoutAnExperimentConfig() {
        String train = session.uploadString("1\n", "s3://" + session.defaultBucket() + "/jrun/rows.csv");
        String jobName;
        try (Run run = Run.create("jrun", "r1", session)) {
            assertThat(Run.current()).containsSame(run);
            jobName = JavaEstimator.builder().entryPoint(LoggingTraining.class).instanceType("local")
                    .session(session).build().fit(Map.of("train", TrainingInput.of(train))).name();
        }
        DescribeTrialComponentResponse run = session.api(ExperimentsApi.CAPABILITY).describeTrialComponent(
                DescribeTrialComponentRequest.builder().trialComponentName("jrun-r1").build());
        assertThat(run.metrics()).extracting(m -> m.metricName()).containsExactly("train:accuracy");

        // Transformer.transform reads the open run as fit does (sagemaker-inference cannot see Run itself)
        String data = Datasets.builder().rows(60).features(3).seed(3).regression().upload(session, "jrun/xgb");
        String features = session.uploadString("0.1,0.2,0.3\n0.4,0.5,0.6\n",
                "s3://" + session.defaultBucket() + "/jrun/batch/in.csv");
        String transformJob;
        try (Run run2 = Run.create("jrun", "r2", session)) {
            assertThat(Run.current()).containsSame(run2);
            Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceType("local").session(session)
                    .hyperparameters(Map.of("objective", "reg:squarederror", "num_round", 3)).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(data).contentType("text/csv").build()));
            transformJob = xgb.transformer(1, "local").transform(features, t -> t.contentType("text/csv"));
        }
        assertThat(session.api(ExperimentsApi.CAPABILITY).listTrialComponents(ListTrialComponentsRequest.builder()
                .trialName("Default-Run-Group-jrun").build()).trialComponentSummaries())
                .extracting(TrialComponentSummary::trialComponentName)
                .contains("jrun-r1", jobName + "-aws-training-job", "jrun-r2", transformJob + "-aws-transform-job");
    }

    @Test
    void listRuns_runsOfTheExperimentOnly_sortedAndFiltered() throws Exception {
        Instant before = Instant.now();
        for (String name : new String[] {"b", "a", "c"}) {
            try (Run run = Run.create("listing", name, session)) {
                run.logParameter("n", name);
            }
            Thread.sleep(5);
        }
        // a job's trial component in the same run group is not a run
        String rows = session.uploadString("1\n", "s3://" + session.defaultBucket() + "/listing/rows.csv");
        try (Run run = Run.create("listing", "with-job", session)) {
            assertThat(Run.current()).containsSame(run);
            JavaProcessor.builder().entryPoint(CountRows.class).role("arn:aws:iam::111122223333:role/SageMakerRole")
                    .instanceType("local").session(session).build()
                    .run(r -> r.inputs(List.of(ProcessingInput.builder().source(rows)
                                    .destination("/opt/ml/processing/input/raw").inputName("raw").build()))
                            .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output/counts")
                                    .outputName("counts").build())));
        }

        List<Run> newestFirst = Run.listRuns("Listing", session);
        assertThat(newestFirst).extracting(Run::runName).containsExactly("with-job", "c", "a", "b");
        assertThat(newestFirst.get(0).experimentConfig().runName()).isEqualTo("listing-with-job");
        assertThat(Run.listRuns("listing", session, l -> l.sortBy("Name").sortOrder("Ascending")))
                .extracting(Run::runName).containsExactly("a", "b", "c", "with-job");
        assertThat(Run.listRuns("listing", session, l -> l.sortBy("Name").sortOrder("Ascending").maxResults(2)))
                .extracting(Run::runName).containsExactly("a", "b");
        assertThat(Run.listRuns("listing", session, l -> l.createdAfter(Instant.now()))).isEmpty();
        assertThat(Run.listRuns("listing", session, l -> l.createdBefore(before))).isEmpty();
        // listed runs are not opened: logging needs Run.load
        assertThat(Run.current()).isEmpty();
        assertThatThrownBy(() -> newestFirst.get(1).logParameter("x", 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Run.listRuns("listing", session, l -> l.sortBy("Size")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("sortBy"));
    }

    @Test
    void load_runNameWithoutExperiment_refusedNamingExperimentName() {
        assertThatThrownBy(() -> Run.load(l -> l.runName("r")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("experimentName"));
        try (Run run = Run.create("loading", "r", session)) {
            run.logParameter("p", 1);
        }
        try (Run loaded = Run.load(l -> l.runName("r").experimentName("loading").sagemakerSession(session))) {
            assertThat(loaded.trialComponentName()).isEqualTo("loading-r");
            assertThat(Run.load()).isSameAs(loaded);
        }
    }
}
