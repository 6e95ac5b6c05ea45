/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.SchedulerApi;
import dev.sagemaker4j.workflow.JavaFunctionStep;
import dev.sagemaker4j.workflow.ParameterInteger;
import dev.sagemaker4j.workflow.ParameterString;
import dev.sagemaker4j.workflow.Pipeline;
import dev.sagemaker4j.workflow.PipelineExecution;
import dev.sagemaker4j.workflow.PipelineFunction;
import dev.sagemaker4j.workflow.PipelineSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionSummary;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;
import software.amazon.awssdk.services.scheduler.model.GetScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ListSchedulesRequest;
import software.amazon.awssdk.services.scheduler.model.SageMakerPipelineParameter;

/** Pipeline schedules on the local backend: Pipeline.putTriggers and the real engine, on a clock the test moves. */
class PipelineSchedulesTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SchedulerRole";
    static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    Path tmp;

    /** Counts its calls. */
    public static final class Count implements PipelineFunction {
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public Map<String, Object> apply(Map<String, Object> inputs) {
            CALLS.incrementAndGet();
            return Map.of();
        }
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Pipeline pipeline(Session session, String name) {
        Pipeline pipeline = Pipeline.builder(name).parameters(new ParameterInteger("Rows", 10))
                .steps(JavaFunctionStep.of("Count", Count.class, Map.of(), List.of())).session(session).build();
        pipeline.upsert(ROLE);
        return pipeline;
    }

    /** The schedules of the session opened last on the test's root. */
    LocalPipelineSchedules schedules() {
        return LocalPipelineSchedules.latest(tmp.resolve("root"));
    }

    static List<PipelineExecutionSummary> executions(Pipeline pipeline) {
        return pipeline.listExecutions().pipelineExecutionSummaries();
    }

    @Test
    void putTriggers_rateSchedule_startsExecutionsMarkedAsScheduled() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            TestClock clock = new TestClock(T0);
            schedules().useClock(clock);
            Pipeline pipeline = pipeline(session, "scheduled");

            List<String> arns = pipeline.putTriggers(List.of(PipelineSchedule.builder().name("every-5")
                    .rate(5, "minutes").startDate(T0).build()), ROLE);

            assertThat(arns).containsExactly("arn:aws:scheduler:" + session.region() + ":" + session.accountId()
                    + ":schedule/default/every-5");
            assertThat(schedules().nextFireTime("every-5")).isEqualTo(T0.plus(Duration.ofMinutes(5)));
            clock.advance(Duration.ofMinutes(4));
            assertThat(schedules().runDue()).isZero();
            assertThat(executions(pipeline)).isEmpty();

            clock.advance(Duration.ofMinutes(1));
            assertThat(schedules().runDue()).isEqualTo(1);

            List<PipelineExecutionSummary> runs = executions(pipeline);
            assertThat(runs).hasSize(1);
            assertThat(runs.get(0).pipelineExecutionDisplayName()).isEqualTo("every-5-20300101T000500");
            assertThat(runs.get(0).pipelineExecutionDescription())
                    .isEqualTo("Started by EventBridge Scheduler schedule default/every-5 for 2030-01-01T00:05:00Z");
            PipelineExecution run = new PipelineExecution(runs.get(0).pipelineExecutionArn(), session);
            assertThat(run.waitForCompletion(Duration.ofMinutes(2)).pipelineExecutionStatusAsString())
                    .isEqualTo("Succeeded");
            assertThat(run.listParameters().pipelineParameters()).extracting(p -> p.name() + "=" + p.value())
                    .containsExactly("Rows=10");

            pipeline.start();
            assertThat(executions(pipeline)).filteredOn(e -> e.pipelineExecutionDescription() == null).hasSize(1);
        }
    }

    @Test
    void putTriggers_sameNameAgain_updatesAndDisabledDoesNotFire() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            TestClock clock = new TestClock(T0);
            schedules().useClock(clock);
            Pipeline pipeline = pipeline(session, "updated");

            pipeline.putTriggers(List.of(PipelineSchedule.builder().rate(1, "hour").startDate(T0).build()), ROLE);
            Map<String, String> described = pipeline.describeTrigger("updated");
            assertThat(described).containsExactly(
                    Map.entry("Schedule_Arn", "arn:aws:scheduler:" + session.region() + ":" + session.accountId()
                            + ":schedule/default/updated"),
                    Map.entry("Schedule_Expression", "rate(1 hour)"),
                    Map.entry("Schedule_State", "ENABLED"),
                    Map.entry("Schedule_Start_Date", "2030-01-01T00:00:00Z"),
                    Map.entry("Schedule_Role", ROLE));

            pipeline.putTriggers(List.of(PipelineSchedule.builder().cron("30 6 * * ? *").enabled(false)
                    .startDate(T0).build()), ROLE);
            assertThat(pipeline.describeTrigger("updated")).containsEntry("Schedule_Expression", "cron(30 6 * * ? *)")
                    .containsEntry("Schedule_State", "DISABLED");
            GetScheduleResponse raw = session.api(SchedulerApi.CAPABILITY).getSchedule(
                    GetScheduleRequest.builder().name("updated").build());
            assertThat(raw.flexibleTimeWindow().mode()).isEqualTo(FlexibleTimeWindowMode.OFF);
            assertThat(raw.target().arn()).isEqualTo(pipeline.describe().pipelineArn());
            assertThat(raw.target().sageMakerPipelineParameters().pipelineParameterList()).isEmpty();

            clock.advance(Duration.ofDays(2));
            assertThat(schedules().runDue()).isZero();
            assertThat(executions(pipeline)).isEmpty();
        }
    }

    @Test
    void cronSchedule_inATimeZone_firesAtItsTimesAndDeleteStopsIt() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            TestClock clock = new TestClock(T0);
            schedules().useClock(clock);
            Pipeline pipeline = pipeline(session, "nightly");
            SchedulerApi api = session.api(SchedulerApi.CAPABILITY);
            api.createSchedule(CreateScheduleRequest.builder().name("nightly-berlin")
                    .scheduleExpression("cron(0 2 * * ? *)").scheduleExpressionTimezone("Europe/Berlin")
                    .flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                    .target(t -> t.arn(pipeline.describe().pipelineArn()).roleArn(ROLE)
                            .sageMakerPipelineParameters(p -> p.pipelineParameterList(
                                    SageMakerPipelineParameter.builder().name("Rows").value("3").build())))
                    .build());

            // 02:00 in Berlin in winter is 01:00 UTC
            assertThat(schedules().nextFireTime("nightly-berlin")).isEqualTo(Instant.parse("2030-01-01T01:00:00Z"));
            clock.advance(Duration.ofHours(1));
            assertThat(schedules().runDue()).isEqualTo(1);
            assertThat(executions(pipeline)).singleElement().satisfies(e -> assertThat(
                    new PipelineExecution(e.pipelineExecutionArn(), session).listParameters().pipelineParameters())
                    .extracting(p -> p.name() + "=" + p.value()).containsExactly("Rows=3"));

            pipeline.deleteTriggers(List.of("nightly-berlin", "never-created"));
            clock.advance(Duration.ofDays(3));
            assertThat(schedules().runDue()).isZero();
            assertThat(executions(pipeline)).hasSize(1);
            assertThatThrownBy(() -> pipeline.describeTrigger("nightly-berlin"))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void newSession_onTheSameRoot_resumesEnabledSchedulesWithoutCatchingUp() {
        Path root = tmp.resolve("root");
        try (Session session = Session.local(root)) {
            schedules().useClock(new TestClock(T0));
            Pipeline pipeline = pipeline(session, "resumed");
            pipeline.putTriggers(List.of(PipelineSchedule.builder().name("hourly").rate(1, "hour").startDate(T0)
                    .build(), PipelineSchedule.builder().name("off").rate(1, "hour").startDate(T0).enabled(false)
                    .build()), ROLE);
        }
        try (Session session = Session.local(root)) {
            // ten hours and a half later: the ten missed fires are not caught up; the next is at 11:00
            TestClock later = new TestClock(T0.plus(Duration.ofMinutes(630)));
            schedules().useClock(later);

            assertThat(schedules().runDue()).isZero();
            assertThat(schedules().nextFireTime("hourly")).isEqualTo(T0.plus(Duration.ofHours(11)));
            assertThat(schedules().nextFireTime("off")).isNull();
            later.advance(Duration.ofMinutes(30));
            assertThat(schedules().runDue()).isEqualTo(1);
            Pipeline pipeline = Pipeline.builder("resumed").session(session).build();
            assertThat(executions(pipeline)).singleElement().extracting(
                    PipelineExecutionSummary::pipelineExecutionDisplayName).isEqualTo("hourly-20300101T110000");
        }
    }

    @Test
    void twoSessionsOnOneRoot_onlyOneFires() {
        Path root = tmp.resolve("root");
        try (Session first = Session.local(root)) {
            TestClock clock = new TestClock(T0);
            LocalPipelineSchedules firstSchedules = schedules();
            firstSchedules.useClock(clock);
            Pipeline pipeline = pipeline(first, "shared");
            pipeline.putTriggers(List.of(PipelineSchedule.builder().rate(1, "minute").startDate(T0).build()), ROLE);
            try (Session second = Session.local(root)) {
                LocalPipelineSchedules secondSchedules = schedules();
                assertThat(secondSchedules).isNotSameAs(firstSchedules);
                assertThat(second.region()).isEqualTo(first.region());
                secondSchedules.useClock(clock);

                clock.advance(Duration.ofMinutes(1));
                assertThat(firstSchedules.runDue()).isEqualTo(1);
                assertThat(secondSchedules.runDue()).isEqualTo(1);
            }

            assertThat(executions(pipeline)).hasSize(1);
        }
    }

    @Test
    void realClock_anAtScheduleASecondAhead_startsAnExecution() throws InterruptedException {
        try (Session session = Session.local(tmp.resolve("root"))) {
            Pipeline pipeline = pipeline(session, "soon");
            Instant soon = Instant.now().plusSeconds(2);

            pipeline.putTriggers(List.of(PipelineSchedule.builder().at(soon).build()), ROLE);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (executions(pipeline).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(executions(pipeline)).singleElement().satisfies(e -> assertThat(
                    e.pipelineExecutionDisplayName()).startsWith("soon-"));
        }
    }

    @Test
    void putTriggers_badInput_isRefusedBeforeAnySchedule() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            schedules().useClock(new TestClock(T0));
            PipelineSchedule daily = PipelineSchedule.builder().rate(1, "day").build();
            Pipeline missing = Pipeline.builder("missing").steps(JavaFunctionStep.of("Count", Count.class, Map.of(),
                    List.of())).session(session).build();
            Pipeline noDefault = Pipeline.builder("no-default").parameters(new ParameterString("Input"))
                    .steps(JavaFunctionStep.of("Count", Count.class, Map.of(), List.of())).session(session).build();
            noDefault.upsert(ROLE);

            assertThatThrownBy(() -> missing.putTriggers(List.of(daily), ROLE))
                    .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("Cannot create triggers");
            assertThatThrownBy(() -> noDefault.putTriggers(List.of(daily), ROLE))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("parameters");
                        assertThat(e.value()).contains("Input");
                    });
            assertThatThrownBy(() -> pipeline(session, "ok").putTriggers(List.of(), ROLE))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("triggers"));
            assertThatThrownBy(() -> pipeline(session, "ok").putTriggers(List.of(daily), null))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("roleArn"));
            assertThat(session.api(SchedulerApi.CAPABILITY).listSchedules(ListSchedulesRequest.builder().build()).schedules()).isEmpty();

            SchedulerApi api = session.api(SchedulerApi.CAPABILITY);
            assertThatThrownBy(() -> api.createSchedule(CreateScheduleRequest.builder().name("lambda")
                    .scheduleExpression("rate(1 day)").flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                    .target(t -> t.arn("arn:aws:lambda:us-east-1:1:function:f").roleArn(ROLE)).build()))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("Target.Arn"));
            assertThatThrownBy(() -> api.createSchedule(CreateScheduleRequest.builder().name("bad")
                    .scheduleExpression("cron(0 12 * * * *)").flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                    .target(t -> t.arn(pipeline(session, "ok").describe().pipelineArn()).roleArn(ROLE)).build()))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("ScheduleExpression"));
            pipeline(session, "ok").putTriggers(List.of(daily), ROLE);
            assertThatThrownBy(() -> api.createSchedule(CreateScheduleRequest.builder().name("ok")
                    .scheduleExpression("rate(1 day)").flexibleTimeWindow(f -> f.mode(FlexibleTimeWindowMode.OFF))
                    .target(t -> t.arn(pipeline(session, "ok").describe().pipelineArn()).roleArn(ROLE)).build()))
                    .isInstanceOf(ResourceInUseException.class);
            assertThat(api.listSchedules(ListSchedulesRequest.builder().build()).schedules())
                    .extracting(s -> s.name()).containsExactly("ok");
        }
    }
}
