/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.modelmonitor.Monitor;
import dev.sagemaker4j.monitor.internal.CaptureRecords;
import dev.sagemaker4j.monitor.internal.LocalMonitoring;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.spi.MonitoringApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.ListDataQualityJobDefinitionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringSchedulesRequest;

/**
 * Monitoring schedules on the local backend, end to end from the public API: an endpoint with data capture, a
 * baseline, a schedule, traffic with one feature shifted, the schedule's execution run now.
 */
class MonitoringScheduleTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

    @TempDir
    static Path tmp;
    static Session session;
    static Predictor<String> predictor;
    static String bucket;

    /** Answers the label of "x,y": 1 when x > 0. */
    public static final class Classifier implements InferenceHandler<String, String, String> {
        @Override
        public String modelFn(Path modelDir) {
            return "classifier";
        }

        @Override
        public String inputFn(byte[] body, String contentType) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String predictFn(String input, String model) {
            return Double.parseDouble(input.split(",")[0]) > 0 ? "1" : "0";
        }

        @Override
        public Output outputFn(String prediction, String accept) {
            return Output.of(prediction, "text/csv");
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        bucket = "s3://" + session.defaultBucket();
        predictor = deploy("churn");
    }

    static Predictor<String> deploy(String endpoint) {
        Model model = Model.builder().entryPoint(Classifier.class).session(session).build();
        return model.deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName(endpoint)
                .serializer(new StringSerializer("text/csv"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/csv"))
                .dataCaptureConfig(DataCaptureConfig.builder().enableCapture(true).samplingPercentage(100)
                        .destinationS3Uri(bucket + "/capture").build()));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static DefaultModelMonitor monitor(Session s) {
        return DefaultModelMonitor.builder().role(ROLE).instanceType("local").session(s).build();
    }

    /** The label first (output_columns_position START), then x and y ~ N(0, 1); no header. */
    static DefaultModelMonitor baselined(String name) {
        StringBuilder train = new StringBuilder();
        Random r = new Random(7);
        for (int i = 0; i < 500; i++) {
            double x = r.nextGaussian();
            train.append(x > 0 ? 1 : 0).append(',').append(x).append(',').append(r.nextGaussian()).append('\n');
        }
        DefaultModelMonitor monitor = monitor(session);
        monitor.suggestBaseline(session.uploadString(train.toString(), bucket + "/" + name + "/train.csv"),
                DatasetFormat.csv(false), o -> o.logs(false));
        return monitor;
    }

    /** Sends rows with y shifted by {@code shift} and waits until the capture holds them. */
    static void traffic(Predictor<String> to, int rows, double shift, long seed) throws InterruptedException {
        long before = captured(to.endpointName());
        Random r = new Random(seed);
        for (int i = 0; i < rows; i++) {
            to.predict(r.nextGaussian() + "," + (r.nextGaussian() + shift));
        }
        for (int i = 0; i < 600 && captured(to.endpointName()) < before + rows; i++) {
            Thread.sleep(100);
        }
        assertThat(captured(to.endpointName())).isEqualTo(before + rows);
    }

    static long captured() {
        return captured("churn");
    }

    static long captured(String endpoint) {
        Instant now = Instant.now();
        return CaptureRecords.readAll(session.objectStore(), CaptureRecords.files(session.objectStore(),
                bucket + "/capture", endpoint, null, now.minus(2, ChronoUnit.HOURS), now.plusSeconds(3600))).size();
    }

    static List<String> checks(ConstraintViolations v) {
        return v.violations().stream().map(x -> x.featureName() + ":" + x.constraintCheckType())
                .collect(Collectors.toList());
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends java.time.Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(java.time.Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void hourlySchedule_onTheSchedulersClock_firesAtTheTopOfTheHour_overThatHoursCapture() throws Exception {
        Predictor<String> hourly = deploy("churn-hourly");
        DefaultModelMonitor monitor = baselined("hourly");
        // the traffic within one hour of the clock, so that one firing's window holds all of it
        Instant before;
        Instant after;
        int sent = 0;
        do {
            before = Instant.now();
            traffic(hourly, 100, 0.0, 21 + sent);
            sent += 100;
            after = Instant.now();
        } while (!before.truncatedTo(ChronoUnit.HOURS).equals(after.truncatedTo(ChronoUnit.HOURS)));
        Instant topOfNextHour = after.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        MovableClock clock = new MovableClock(topOfNextHour.minusSeconds(60));
        LocalMonitoring local = LocalMonitoring.open(tmp.resolve("root"));
        local.useClock(clock);
        monitor.createMonitoringSchedule(s -> s.endpointInput("churn-hourly").monitorScheduleName("churn-hourly")
                .outputS3Uri(bucket + "/reports").statistics(monitor.baselineStatistics())
                .constraints(monitor.suggestedConstraints()).scheduleCronExpression(CronExpressionGenerator.hourly()));

        assertThat(local.runDue()).as("a minute before the hour").isZero();
        clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(local.runDue()).as("at the top of the hour").isEqualTo(1);

        MonitoringExecution run = null;
        for (int i = 0; i < 1200 && run == null; i++) {
            run = monitor.listExecutions().stream().filter(e -> List.of("Completed", "CompletedWithViolations",
                    "Failed").contains(e.status())).findFirst().orElse(null);
            if (run == null) {
                Thread.sleep(100);
            }
        }
        assertThat(run).as("the fired execution ended").isNotNull();
        assertThat(run.scheduledTime()).isEqualTo(topOfNextHour);
        assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo("Completed");
        // the window is the hour before the firing: every record sent above, the last 100 of them unshifted
        assertThat(run.statistics().itemCount()).isEqualTo(sent);
        clock.advance(java.time.Duration.ofMinutes(30));
        assertThat(local.runDue()).as("not again within the hour").isZero();
        assertThat(monitor.listExecutions()).hasSize(1);
        monitor.deleteMonitoringSchedule();
    }

    @Test
    void runMonitoringSchedule_shiftedFeature_isCompletedWithABaselineDriftViolationAndSurvivesANewSession()
            throws Exception {
        // its own endpoint: the other tests' traffic must not dilute the shift
        Predictor<String> shifted = deploy("churn-shifted");
        DefaultModelMonitor monitor = baselined("drift");
        monitor.createMonitoringSchedule(s -> s.endpointInput("churn-shifted").monitorScheduleName("churn-drift")
                .outputS3Uri(bucket + "/reports").statistics(monitor.baselineStatistics())
                .constraints(monitor.suggestedConstraints()).scheduleCronExpression(CronExpressionGenerator.hourly()));
        traffic(shifted, 300, 3.0, 11);

        MonitoringExecution run = monitor.runMonitoringSchedule();

        assertThat(run.status()).as(String.valueOf(run.failureReason())).isEqualTo("CompletedWithViolations");
        assertThat(checks(run.constraintViolations())).contains("_c2:baseline_drift_check")
                .doesNotContain("_c1:baseline_drift_check");
        assertThat(run.statistics().itemCount()).isEqualTo(300);
        assertThat(run.outputS3Uri()).isEqualTo(bucket + "/reports/churn-shifted/churn-drift/"
                + DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC).format(run.scheduledTime()));
        assertThat(checks(monitor.latestMonitoringConstraintViolations())).contains("_c2:baseline_drift_check");
        assertThat(monitor.describeSchedule().monitoringScheduleStatusAsString()).isEqualTo("Scheduled");
        assertThat(monitor.describeSchedule().lastMonitoringExecutionSummary().monitoringExecutionStatusAsString())
                .isEqualTo("CompletedWithViolations");

        try (Session again = Session.local(tmp.resolve("root"))) {
            ModelMonitor attached = ModelMonitor.attach("churn-drift", again);
            assertThat(attached).isInstanceOf(DefaultModelMonitor.class);
            assertThat(attached.jobDefinitionName()).isEqualTo(monitor.jobDefinitionName());
            assertThat(attached.listExecutions()).extracting(MonitoringExecution::status)
                    .contains("CompletedWithViolations");
            assertThat(checks(attached.latestMonitoringConstraintViolations())).contains("_c2:baseline_drift_check");
            assertThat(again.api(MonitoringApi.CAPABILITY).listMonitoringSchedules(ListMonitoringSchedulesRequest
                    .builder().endpointName("churn-shifted").build()).monitoringScheduleSummaries())
                    .extracting(s -> s.monitoringScheduleName()).contains("churn-drift");
        }

        assertThat(predictor.listMonitors()).extracting(Monitor::monitoringScheduleName)
                .doesNotContain("churn-drift");
        assertThat(shifted.listMonitors()).singleElement().isInstanceOf(DefaultModelMonitor.class)
                .extracting(Monitor::monitoringType).isEqualTo("DataQuality");

        // an update of the job definition's keywords: a new definition, the monitor's settings, the same cron
        String first = monitor.jobDefinitionName();
        monitor.updateMonitoringSchedule(u -> u.outputS3Uri(bucket + "/reports-v2").maxRuntimeInSeconds(1200));
        assertThat(monitor.jobDefinitionName()).isNotEqualTo(first);
        assertThat(monitor.maxRuntimeInSeconds()).isEqualTo(1200);
        assertThat(monitor.describeSchedule().monitoringScheduleConfig().monitoringJobDefinitionName())
                .isEqualTo(monitor.jobDefinitionName());
        assertThat(monitor.describeSchedule().monitoringScheduleConfig().scheduleConfig().scheduleExpression())
                .isEqualTo(CronExpressionGenerator.hourly());
        MonitoringExecution afterUpdate = monitor.runMonitoringSchedule();
        assertThat(afterUpdate.outputS3Uri()).startsWith(bucket + "/reports-v2/churn-shifted/churn-drift/");
        assertThat(checks(afterUpdate.constraintViolations())).contains("_c2:baseline_drift_check");

        monitor.stopMonitoringSchedule();
        assertThat(monitor.describeSchedule().monitoringScheduleStatusAsString()).isEqualTo("Stopped");
        String definition = monitor.jobDefinitionName();
        monitor.deleteMonitoringSchedule();
        assertThat(session.api(MonitoringApi.CAPABILITY).listDataQualityJobDefinitions(
                ListDataQualityJobDefinitionsRequest.builder().build()).jobDefinitionSummaries())
                .extracting(s -> s.monitoringJobDefinitionName()).doesNotContain(definition)
                .contains(first); // Python keeps the definition an update replaced
    }

    @Test
    void runMonitoringSchedule_emptyWindow_isAFailedExecutionWithTheNoDataReason() throws Exception {
        DefaultModelMonitor monitor = baselined("empty");
        monitor.createMonitoringSchedule(s -> s.endpointInput("churn").monitorScheduleName("churn-empty")
                .outputS3Uri(bucket + "/empty-reports").statistics(monitor.baselineStatistics())
                .constraints(monitor.suggestedConstraints()).scheduleCronExpression(CronExpressionGenerator.now())
                .dataAnalysisStartTime("-PT5H").dataAnalysisEndTime("-PT4H"));

        MonitoringExecution run = monitor.runMonitoringSchedule();

        assertThat(run.status()).isEqualTo("Failed");
        assertThat(run.failureReason()).startsWith("Job inputs had no data").contains("churn");
        assertThat(run.job()).isNull();
        // a NOW schedule also runs once by itself, at creation, as on the service
        // (until both have ended: the scheduler's run is listed Pending while it starts)
        for (int i = 0; i < 600 && (monitor.listExecutions().size() < 2 || monitor.listExecutions().stream()
                .anyMatch(e -> "Pending".equals(e.status()) || "InProgress".equals(e.status()))); i++) {
            Thread.sleep(100);
        }
        assertThat(monitor.listExecutions()).hasSize(2).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo("Failed");
            assertThat(e.failureReason()).startsWith("Job inputs had no data");
        });
        assertThat(monitor.latestMonitoringStatistics()).isNull();
        assertThat(session.objectStore().listAll(bucket + "/empty-reports/").count()).isZero();
        monitor.deleteMonitoringSchedule();
    }

    @Test
    void runMonitoringSchedule_captureBeingWritten_readsOnlyCompleteRecords() throws Exception {
        DefaultModelMonitor monitor = baselined("torn");
        monitor.createMonitoringSchedule(s -> s.endpointInput("churn").monitorScheduleName("churn-torn")
                .outputS3Uri(bucket + "/torn-reports").statistics(monitor.baselineStatistics())
                .constraints(monitor.suggestedConstraints()).scheduleCronExpression(CronExpressionGenerator.hourly()));
        long before = captured();
        // a capture file whose writer is mid-line: one whole record and a torn one
        String hour = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC).format(Instant.now());
        String line = "{\"captureData\":{\"endpointInput\":{\"observedContentType\":\"text/csv\",\"mode\":\"INPUT\","
                + "\"data\":\"0.5,0.1\",\"encoding\":\"CSV\"},\"endpointOutput\":{\"observedContentType\":\"text/csv\","
                + "\"mode\":\"OUTPUT\",\"data\":\"1\",\"encoding\":\"CSV\"}},\"eventMetadata\":{\"eventId\":\"t1\","
                + "\"inferenceTime\":\"" + Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS) + "\"},"
                + "\"eventVersion\":\"0\"}";
        session.uploadString(line + "\n" + line.substring(0, 60), bucket + "/capture/churn/AllTraffic/" + hour
                + "/99-99-999-torn.jsonl");
        // and traffic still arriving while the execution runs
        AtomicBoolean stop = new AtomicBoolean();
        Thread sender = new Thread(() -> {
            Random r = new Random(5);
            while (!stop.get()) {
                predictor.predict(r.nextGaussian() + "," + r.nextGaussian());
            }
        });
        sender.start();
        MonitoringExecution run;
        try {
            run = monitor.runMonitoringSchedule();
        } finally {
            stop.set(true);
            sender.join();
        }

        assertThat(run.status()).as(String.valueOf(run.failureReason())).isIn("Completed", "CompletedWithViolations");
        assertThat(run.statistics().itemCount()).isGreaterThanOrEqualTo(before + 1);
        monitor.deleteMonitoringSchedule();
    }

    @Test
    void createMonitoringSchedule_cronTheServiceRefuses_isAValidationExceptionNamingScheduleExpression() {
        DefaultModelMonitor monitor = monitor(session);
        String stats = bucket + "/x/statistics.json";

        assertThatThrownBy(() -> monitor.createMonitoringSchedule(s -> s.endpointInput("churn")
                .monitorScheduleName("every-15").statistics(stats).scheduleCronExpression("cron(15 * ? * * *)")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("ScheduleExpression"));
        assertThatThrownBy(() -> monitor.createMonitoringSchedule(s -> s.endpointInput("churn")
                .scheduleCronExpression("cron(0 * 1 * * *)")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("ScheduleExpression"));
        assertThatThrownBy(() -> monitor.createMonitoringSchedule(s -> s.endpointInput("churn")
                .scheduleCronExpression(CronExpressionGenerator.now())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("data_analysis_start_time"));
        assertThat(monitor.monitoringScheduleName()).isNull();
        assertThat(session.api(MonitoringApi.CAPABILITY).listDataQualityJobDefinitions(
                ListDataQualityJobDefinitionsRequest.builder().endpointName("churn").maxResults(100).build())
                .jobDefinitionSummaries()).extracting(s -> s.monitoringJobDefinitionName())
                .noneMatch(n -> n.startsWith("data-quality-job-definition")
                        && session.api(MonitoringApi.CAPABILITY).listMonitoringSchedules(ListMonitoringSchedulesRequest
                                .builder().monitoringJobDefinitionName(n).build()).monitoringScheduleSummaries()
                                .isEmpty());
    }

    @Test
    void cronExpressionGenerator_writesPythonsExpressions() {
        assertThat(CronExpressionGenerator.hourly()).isEqualTo("cron(0 * ? * * *)");
        assertThat(CronExpressionGenerator.daily()).isEqualTo("cron(0 0 ? * * *)");
        assertThat(CronExpressionGenerator.daily(13)).isEqualTo("cron(0 13 ? * * *)");
        assertThat(CronExpressionGenerator.dailyEveryXHours(6)).isEqualTo("cron(0 0/6 ? * * *)");
        assertThat(CronExpressionGenerator.dailyEveryXHours(4, 2)).isEqualTo("cron(0 2/4 ? * * *)");
        assertThat(CronExpressionGenerator.now()).isEqualTo("NOW");
        assertThatThrownBy(() -> CronExpressionGenerator.daily(24)).isInstanceOf(ValidationException.class);
    }
}
