/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stand-in for EventBridge Scheduler: one daemon thread that fires registered jobs when their
 * {@link ScheduleExpression} is due, for local parts that keep schedules (pipeline schedules, Model Monitor
 * schedules).
 *
 * <ul>
 *   <li>A job runs on the scheduler's thread: it should hand long work to its own executor (starting a pipeline
 *       execution or a processing job is asynchronous already). A job that throws is logged and the others go on.
 *   </li>
 *   <li>Missed fires are not caught up: a schedule registered (or a JVM started) after fire times have passed
 *       fires next at its first time after now, and a thread that falls behind fires a job once, not once per
 *       missed time.</li>
 *   <li>A rate schedule fires at {@code start + k × rate} (k ≥ 1), {@code start} being its start date or, without
 *       one, the time it was registered; a cron schedule at the times its fields match in the schedule's zone,
 *       from its start date on; an {@code at} schedule once. No schedule fires after its end date.</li>
 *   <li>The {@link Clock} is injectable: tests advance a clock of their own and call {@link #runDue()} instead of
 *       sleeping. The thread re-reads the clock at least every 500 ms, so a clock that jumps
 *       is noticed.</li>
 * </ul>
 *
 * <pre>{@code
 * try (LocalScheduler scheduler = new LocalScheduler("pipeline-schedules")) {
 *     scheduler.register(LocalScheduler.Registration.builder()
 *             .id("nightly")
 *             .expression(ScheduleExpression.parse("cron(0 2 * * ? *)"))
 *             .zone(ZoneId.of("Europe/Berlin"))
 *             .job(scheduledTime -> startExecution(scheduledTime))
 *             .build());
 * }
 * }</pre>
 *
 * <p>Thread-safe. Close it to stop its thread.
 */
public final class LocalScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalScheduler.class);
    private static final long MAX_WAIT_MILLIS = 500;

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts a scheduler on the system clock (UTC).
     *
     * @param name the name of its thread, for thread dumps ({@code sagemaker4j-scheduler-} is prepended)
     */
    public LocalScheduler(String name) {
        this(name, Clock.systemUTC());
    }

    /**
     * Starts a scheduler on a given clock.
     *
     * @param name  the name of its thread, for thread dumps ({@code sagemaker4j-scheduler-} is prepended)
     * @param clock the clock that says what time it is (a test's own clock, or the system clock)
     */
    public LocalScheduler(String name, Clock clock) {
        this(name, clock, true);
    }

    private LocalScheduler(String name, Clock clock, boolean startThread) {
        Objects.requireNonNull(name, "name");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (startThread) {
            this.thread = new Thread(this::loop, "sagemaker4j-scheduler-" + name);
            this.thread.setDaemon(true);
            this.thread.start();
        } else {
            this.thread = null;
        }
    }

    /**
     * A scheduler without a thread: jobs fire only when {@link #runDue()} is called. For tests that move their
     * own clock (no second thread can fire a job between the test's steps), and for callers that drive it from a
     * loop of their own.
     *
     * @param clock the clock that says what time it is
     * @return the scheduler
     */
    public static LocalScheduler manual(Clock clock) {
        return new LocalScheduler("manual", clock, false);
    }

    /**
     * Registers a schedule, replacing one registered under the same id.
     *
     * @param registration the schedule and its job
     * @return the first fire time, or empty when the schedule will never fire (an {@code at} time or end date
     *         already past)
     * @throws IllegalStateException when the scheduler is closed
     */
    public Optional<Instant> register(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        if (closed) {
            throw new IllegalStateException("the scheduler is closed");
        }
        lock.lock();
        try {
            Instant now = clock.instant();
            Entry entry = new Entry(registration, registration.startDate != null ? registration.startDate : now);
            entry.next = entry.firstAfter(now, now);
            entries.put(registration.id, entry);
            changed.signalAll();
            return Optional.ofNullable(entry.next);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Registers a schedule that fires {@code job} from now on, in UTC, without an end.
     *
     * @param id         the schedule's id (a later registration with the same id replaces it)
     * @param expression when it fires
     * @param job        what it does
     * @return the first fire time, or empty when the schedule will never fire
     */
    public Optional<Instant> register(String id, ScheduleExpression expression, Runnable job) {
        return register(Registration.builder().id(id).expression(expression).job(job).build());
    }

    /**
     * Removes a schedule; a job already running finishes.
     *
     * @param id the schedule's id
     * @return whether it was registered
     */
    public boolean unregister(String id) {
        lock.lock();
        try {
            boolean removed = entries.remove(id) != null;
            changed.signalAll();
            return removed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * When a schedule fires next.
     *
     * @param id the schedule's id
     * @return its next fire time, or empty when it is not registered or will not fire again
     */
    public Optional<Instant> nextFireTime(String id) {
        lock.lock();
        try {
            Entry entry = entries.get(id);
            return entry == null ? Optional.empty() : Optional.ofNullable(entry.next);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The ids of the registered schedules, in registration order.
     *
     * @return a copy
     */
    public List<String> ids() {
        lock.lock();
        try {
            return List.copyOf(entries.keySet());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fires, on the calling thread, every job due at the clock's current time, once each, and moves each to its
     * next time; the scheduler's thread does the same on its own. Tests call this after advancing their clock.
     *
     * @return how many jobs were fired
     */
    public int runDue() {
        List<Map.Entry<Entry, Instant>> due = new ArrayList<>();
        lock.lock();
        try {
            Instant now = clock.instant();
            for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
                Entry entry = it.next();
                if (entry.next != null && !entry.next.isAfter(now)) {
                    due.add(Map.entry(entry, entry.next));
                    entry.next = entry.firstAfter(entry.next, now);
                    if (entry.next == null) {
                        it.remove();
                    }
                }
            }
        } finally {
            lock.unlock();
        }
        for (Map.Entry<Entry, Instant> fire : due) {
            Registration r = fire.getKey().registration;
            try {
                r.job.accept(fire.getValue());
            } catch (RuntimeException | Error e) {
                if (e instanceof VirtualMachineError) {
                    throw (VirtualMachineError) e;
                }
                LOG.warn("Scheduled job {} ({}) due at {} failed; the schedule goes on", r.id, r.expression,
                        fire.getValue(), e);
            }
        }
        return due.size();
    }

    private void loop() {
        while (!closed) {
            try {
                runDue();
                lock.lock();
                try {
                    if (closed) {
                        return;
                    }
                    long wait = MAX_WAIT_MILLIS;
                    Instant now = clock.instant();
                    for (Entry entry : entries.values()) {
                        if (entry.next != null) {
                            long until = Duration.between(now, entry.next).toMillis();
                            wait = Math.min(wait, Math.max(until, 0));
                        }
                    }
                    if (wait > 0) {
                        changed.await(wait, TimeUnit.MILLISECONDS);
                    }
                } finally {
                    lock.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Local scheduler {} failed a round; it goes on", Thread.currentThread().getName(), e);
            }
        }
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true once closed
     */
    public boolean isClosed() {
        return closed;
    }

    /** Stops the thread (a job running now finishes) and forgets every schedule. */
    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            entries.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (thread != null && Thread.currentThread() != thread) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class Entry {
        final Registration registration;
        final Instant rateAnchor;
        Instant next;

        Entry(Registration registration, Instant rateAnchor) {
            this.registration = registration;
            this.rateAnchor = rateAnchor;
        }

        /** The first fire time after both {@code previous} and {@code now} (so missed times are skipped). */
        Instant firstAfter(Instant previous, Instant now) {
            Registration r = registration;
            Instant after = previous.isAfter(now) ? previous : now;
            Instant candidate;
            Optional<Duration> rate = r.expression.rate();
            if (rate.isPresent()) {
                long period = rate.get().toMillis();
                long elapsed = after.toEpochMilli() - rateAnchor.toEpochMilli();
                long k = elapsed < 0 ? 1 : elapsed / period + 1;
                candidate = rateAnchor.plusMillis(k * period);
            } else {
                Instant from = after;
                if (r.startDate != null && r.startDate.isAfter(from)) {
                    from = r.startDate.minusMillis(1);
                }
                candidate = r.expression.next(from, r.zone).orElse(null);
            }
            if (candidate != null && r.endDate != null && candidate.isAfter(r.endDate)) {
                return null;
            }
            return candidate;
        }
    }

    /**
     * One schedule: an id, when it fires and what it does. Immutable.
     */
    public static final class Registration {
        private final String id;
        private final ScheduleExpression expression;
        private final ZoneId zone;
        private final Instant startDate;
        private final Instant endDate;
        private final Consumer<Instant> job;

        private Registration(Builder b) {
            this.id = Objects.requireNonNull(b.id, "id");
            this.expression = Objects.requireNonNull(b.expression, "expression");
            this.zone = b.zone;
            this.startDate = b.startDate;
            this.endDate = b.endDate;
            this.job = Objects.requireNonNull(b.job, "job");
            if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
                throw new IllegalArgumentException("endDate " + endDate + " is before startDate " + startDate);
            }
        }

        /**
         * A new builder (zone UTC, no start or end date).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * The schedule's id.
         *
         * @return the id
         */
        public String id() {
            return id;
        }

        /**
         * When it fires.
         *
         * @return the expression
         */
        public ScheduleExpression expression() {
            return expression;
        }

        /**
         * The zone cron and at expressions are read in.
         *
         * @return the zone
         */
        public ZoneId zone() {
            return zone;
        }

        /**
         * The first instant it may fire at.
         *
         * @return the start date, or empty for "from registration"
         */
        public Optional<Instant> startDate() {
            return Optional.ofNullable(startDate);
        }

        /**
         * The last instant it may fire at.
         *
         * @return the end date, or empty for "no end"
         */
        public Optional<Instant> endDate() {
            return Optional.ofNullable(endDate);
        }

        /** Builds a {@link Registration}. */
        public static final class Builder {
            private String id;
            private ScheduleExpression expression;
            private ZoneId zone = ZoneOffset.UTC;
            private Instant startDate;
            private Instant endDate;
            private Consumer<Instant> job;

            private Builder() {
            }

            /**
             * The schedule's id; required.
             *
             * @param id the id
             * @return this builder
             */
            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /**
             * When it fires; required.
             *
             * @param expression the expression
             * @return this builder
             */
            public Builder expression(ScheduleExpression expression) {
                this.expression = expression;
                return this;
            }

            /**
             * The zone cron and at expressions are read in ({@code ScheduleExpressionTimezone}); default UTC.
             *
             * @param zone the zone
             * @return this builder
             */
            public Builder zone(ZoneId zone) {
                this.zone = Objects.requireNonNull(zone, "zone");
                return this;
            }

            /**
             * The first instant it may fire at; default: when it is registered.
             *
             * @param startDate the start date, or null
             * @return this builder
             */
            public Builder startDate(Instant startDate) {
                this.startDate = startDate;
                return this;
            }

            /**
             * The last instant it may fire at; default: no end.
             *
             * @param endDate the end date, or null
             * @return this builder
             */
            public Builder endDate(Instant endDate) {
                this.endDate = endDate;
                return this;
            }

            /**
             * What it does; required.
             *
             * @param job the job
             * @return this builder
             */
            public Builder job(Runnable job) {
                Objects.requireNonNull(job, "job");
                this.job = scheduledTime -> job.run();
                return this;
            }

            /**
             * What it does, told the time it was scheduled for (EventBridge's
             * {@code <aws.scheduler.scheduled-time>}); required.
             *
             * @param job the job, given the scheduled fire time
             * @return this builder
             */
            public Builder job(Consumer<Instant> job) {
                this.job = Objects.requireNonNull(job, "job");
                return this;
            }

            /**
             * Builds the registration.
             *
             * @return the registration
             * @throws NullPointerException when id, expression or job is missing
             * @throws IllegalArgumentException when the end date is before the start date
             */
            public Registration build() {
                return new Registration(this);
            }
        }
    }
}
