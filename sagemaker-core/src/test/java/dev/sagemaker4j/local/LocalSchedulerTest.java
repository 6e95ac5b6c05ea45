/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalSchedulerTest {

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

    private static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void runDue_rateSchedule_firesOncePerPeriodFromRegistration() {
        TestClock clock = new TestClock(T0);
        List<Instant> fired = new CopyOnWriteArrayList<>();
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register(LocalScheduler.Registration.builder().id("every-5")
                    .expression(ScheduleExpression.parse("rate(5 minutes)")).job(fired::add).build());

            assertThat(scheduler.nextFireTime("every-5")).contains(T0.plus(Duration.ofMinutes(5)));
            clock.advance(Duration.ofMinutes(4));
            assertThat(scheduler.runDue()).isZero();
            clock.advance(Duration.ofMinutes(1));
            assertThat(scheduler.runDue()).isEqualTo(1);
            assertThat(scheduler.runDue()).isZero();
            clock.advance(Duration.ofMinutes(5));
            scheduler.runDue();

            assertThat(fired).containsExactly(T0.plus(Duration.ofMinutes(5)), T0.plus(Duration.ofMinutes(10)));
        }
    }

    @Test
    void runDue_afterALongGap_firesOnceAndDoesNotCatchUp() {
        TestClock clock = new TestClock(T0);
        AtomicInteger fired = new AtomicInteger();
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register("every-minute", ScheduleExpression.parse("rate(1 minute)"), fired::incrementAndGet);

            clock.advance(Duration.ofMinutes(30).plusSeconds(10));
            scheduler.runDue();
            scheduler.runDue();

            assertThat(fired).hasValue(1);
            assertThat(scheduler.nextFireTime("every-minute")).contains(T0.plus(Duration.ofMinutes(31)));
        }
    }

    @Test
    void register_rateWithPastStartDate_staysAlignedToTheStart() {
        TestClock clock = new TestClock(T0);
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register(LocalScheduler.Registration.builder().id("hourly")
                    .expression(ScheduleExpression.parse("rate(1 hour)"))
                    .startDate(T0.minus(Duration.ofMinutes(150))).job(() -> { }).build());

            // start 07:30, now 10:00: the fires at 08:30 and 09:30 are missed, not caught up; next is 10:30
            assertThat(scheduler.nextFireTime("hourly")).contains(Instant.parse("2026-03-10T10:30:00Z"));
            assertThat(scheduler.runDue()).isZero();
        }
    }

    @Test
    void register_cronWithFutureStartAndEnd_firesOnlyBetweenThem() {
        TestClock clock = new TestClock(T0);
        List<Instant> fired = new CopyOnWriteArrayList<>();
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register(LocalScheduler.Registration.builder().id("noon")
                    .expression(ScheduleExpression.parse("cron(0 12 * * ? *)"))
                    .startDate(Instant.parse("2026-03-12T12:00:00Z"))
                    .endDate(Instant.parse("2026-03-13T13:00:00Z"))
                    .job(fired::add).build());

            assertThat(scheduler.nextFireTime("noon")).contains(Instant.parse("2026-03-12T12:00:00Z"));
            for (int day = 0; day < 5; day++) {
                clock.advance(Duration.ofDays(1));
                scheduler.runDue();
            }

            assertThat(fired).containsExactly(Instant.parse("2026-03-12T12:00:00Z"),
                    Instant.parse("2026-03-13T12:00:00Z"));
            assertThat(scheduler.ids()).isEmpty();
        }
    }

    @Test
    void register_cronInAZone_firesAtTheZonesTime() {
        TestClock clock = new TestClock(T0);
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register(LocalScheduler.Registration.builder().id("tokyo")
                    .expression(ScheduleExpression.parse("cron(0 9 * * ? *)")).zone(ZoneId.of("Asia/Tokyo"))
                    .job(() -> { }).build());

            assertThat(scheduler.nextFireTime("tokyo")).contains(Instant.parse("2026-03-11T00:00:00Z"));
        }
    }

    @Test
    void runDue_atSchedule_firesOnceThenIsGone() {
        TestClock clock = new TestClock(T0);
        AtomicInteger fired = new AtomicInteger();
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register("once", ScheduleExpression.parse("at(2026-03-10T10:00:30)"), fired::incrementAndGet);
            Instant past = scheduler.register("past", ScheduleExpression.parse("at(2026-03-10T09:00:00)"),
                    fired::incrementAndGet).orElse(null);

            clock.advance(Duration.ofMinutes(10));
            scheduler.runDue();
            scheduler.runDue();

            assertThat(past).isNull();
            assertThat(fired).hasValue(1);
            assertThat(scheduler.nextFireTime("once")).isEmpty();
        }
    }

    @Test
    void runDue_aJobThatThrows_doesNotStopTheOthers() {
        TestClock clock = new TestClock(T0);
        AtomicInteger fired = new AtomicInteger();
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register("bad", ScheduleExpression.parse("rate(1 minute)"), () -> {
                throw new IllegalStateException("boom");
            });
            scheduler.register("good", ScheduleExpression.parse("rate(1 minute)"), fired::incrementAndGet);

            clock.advance(Duration.ofMinutes(1));
            assertThat(scheduler.runDue()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(1));
            assertThat(scheduler.runDue()).isEqualTo(2);

            assertThat(fired).hasValue(2);
            assertThat(scheduler.ids()).containsExactly("bad", "good");
        }
    }

    @Test
    void unregister_stopsFiring_andRegisterReplacesById() {
        TestClock clock = new TestClock(T0);
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        try (LocalScheduler scheduler = LocalScheduler.manual(clock)) {
            scheduler.register("s", ScheduleExpression.parse("rate(1 minute)"), first::incrementAndGet);
            scheduler.register("s", ScheduleExpression.parse("rate(2 minutes)"), second::incrementAndGet);
            clock.advance(Duration.ofMinutes(2));
            scheduler.runDue();

            assertThat(scheduler.unregister("s")).isTrue();
            assertThat(scheduler.unregister("s")).isFalse();
            clock.advance(Duration.ofMinutes(10));
            scheduler.runDue();

            assertThat(first).hasValue(0);
            assertThat(second).hasValue(1);
        }
    }

    @Test
    void thread_onTheSystemClock_firesAnAtScheduleInRealTime() throws InterruptedException {
        CountDownLatch fired = new CountDownLatch(1);
        try (LocalScheduler scheduler = new LocalScheduler("test")) {
            Instant soon = Instant.now().plusSeconds(2);
            String at = "at(" + DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC)
                    .format(soon) + ")";
            scheduler.register("soon", ScheduleExpression.parse(at), fired::countDown);

            assertThat(fired.await(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void close_stopsTheThreadAndRefusesNewSchedules() {
        LocalScheduler scheduler = new LocalScheduler("test", new TestClock(T0));
        scheduler.close();

        assertThat(scheduler.isClosed()).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().equals("sagemaker4j-scheduler-test") && t.isAlive());
        assertThatThrownBy(() -> scheduler.register("x", ScheduleExpression.parse("rate(1 day)"), () -> { }))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void registration_endBeforeStart_isRefused() {
        assertThatThrownBy(() -> LocalScheduler.Registration.builder().id("x")
                .expression(ScheduleExpression.parse("rate(1 day)")).job(() -> { })
                .startDate(T0).endDate(T0.minusSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
