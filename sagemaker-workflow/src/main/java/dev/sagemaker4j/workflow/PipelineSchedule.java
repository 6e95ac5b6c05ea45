/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.ScheduleExpression;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A schedule that starts a pipeline, as the Python SDK's {@code sagemaker.workflow.triggers.PipelineSchedule}: one
 * of {@code at}, {@code rate} or {@code cron}, in EventBridge Scheduler's syntax. On SageMaker it becomes an
 * EventBridge Scheduler schedule whose target is the pipeline; on the local backend the session (or a
 * LocalApiServer in front of it) starts the executions while it is open (see {@link Pipeline#putTriggers}).
 *
 * <pre>{@code
 * // Python: PipelineSchedule(name="nightly", cron="0 2 * * ? *")
 * PipelineSchedule nightly = PipelineSchedule.builder().name("nightly").cron("0 2 * * ? *").build();
 * // Python: PipelineSchedule(rate=(5, "minutes"), enabled=False)
 * PipelineSchedule often = PipelineSchedule.builder().rate(5, "minutes").enabled(false).build();
 * pipeline.putTriggers(List.of(nightly), roleArn);
 * }</pre>
 *
 * <p>The expression is validated when the schedule is built, as EventBridge Scheduler validates it (Python leaves
 * that to the service): a {@link ValidationException} names the keyword ({@code at}, {@code rate} or
 * {@code cron}), the value and the fix. Immutable.
 */
public final class PipelineSchedule extends Trigger {

    private static final Pattern NAME = Pattern.compile("[0-9a-zA-Z\\-_.]{1,64}");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final Instant startDate;
    private final LocalDateTime at;
    private final Long rateValue;
    private final String rateUnit;
    private final String cron;
    private final String expression;

    private PipelineSchedule(Builder b) {
        super(b.name, b.enabled);
        this.startDate = b.startDate;
        this.at = b.at;
        this.rateValue = b.rateValue;
        this.rateUnit = b.rateUnit;
        this.cron = b.cron;
        if (b.name != null && !NAME.matcher(b.name).matches()) {
            throw new ValidationException("name", b.name, "is not a schedule name",
                    "use 1 to 64 letters, digits, '-', '_' or '.'");
        }
        int kinds = (at != null ? 1 : 0) + (rateValue != null ? 1 : 0) + (cron != null ? 1 : 0);
        if (kinds > 1) {
            throw new ValidationException("at/rate/cron", (at != null ? "at " : "") + (rateValue != null ? "rate " : "")
                    + (cron != null ? "cron" : ""), "Too many types specified for PipelineSchedule",
                    "give a single type in [at, rate, or cron] to create the EventBridge Schedule");
        }
        if (kinds == 0) {
            throw new ValidationException("at/rate/cron", null, "No schedule type specified",
                    "give a single type in [at, rate, or cron] to create the EventBridge Schedule");
        }
        if (at != null) {
            expression = "at(" + AT.format(at) + ")";
            ScheduleExpression.parse("at", expression);
        } else if (rateValue != null) {
            expression = "rate(" + rateValue + " " + rateUnit + ")";
            ScheduleExpression.parse("rate", expression);
        } else {
            expression = "cron(" + cron + ")";
            ScheduleExpression.parse("cron", expression);
        }
    }

    /**
     * A builder with Python's defaults (no name, enabled, no start date, no type).
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this schedule's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name().orElse(null);
        b.enabled = enabled();
        b.startDate = startDate;
        b.at = at;
        b.rateValue = rateValue;
        b.rateUnit = rateUnit;
        b.cron = cron;
        return b;
    }

    /**
     * The first instant the schedule may start the pipeline (Python {@code start_date}).
     *
     * @return the start date, or empty for "when the schedule is put"
     */
    public Optional<Instant> startDate() {
        return Optional.ofNullable(startDate);
    }

    /**
     * The one time of an at schedule, in UTC (Python {@code at}).
     *
     * @return the time, or empty
     */
    public Optional<LocalDateTime> at() {
        return Optional.ofNullable(at);
    }

    /**
     * The cron fields of a cron schedule (Python {@code cron}).
     *
     * @return {@code minutes hours day-of-month month day-of-week year}, or empty
     */
    public Optional<String> cron() {
        return Optional.ofNullable(cron);
    }

    /**
     * The EventBridge expression, as Python's {@code resolve_schedule_expression()}:
     * {@code at(yyyy-mm-ddThh:mm:ss)}, {@code rate(value unit)} or {@code cron(...)}.
     *
     * @return the expression
     */
    public String resolveScheduleExpression() {
        return expression;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PipelineSchedule)) {
            return false;
        }
        PipelineSchedule s = (PipelineSchedule) o;
        return s.name().equals(name()) && s.enabled() == enabled() && Objects.equals(s.startDate, startDate)
                && s.expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name(), enabled(), startDate, expression);
    }

    @Override
    public String toString() {
        return "PipelineSchedule(" + name().map(n -> "name=" + n + ", ").orElse("") + expression
                + (enabled() ? "" : ", DISABLED") + (startDate == null ? "" : ", start_date=" + startDate) + ")";
    }

    /** Builds a {@link PipelineSchedule}; each method is the Python keyword of the same name. */
    public static final class Builder {
        private String name;
        private boolean enabled = true;
        private Instant startDate;
        private LocalDateTime at;
        private Long rateValue;
        private String rateUnit;
        private String cron;

        private Builder() {
        }

        /**
         * Python {@code name}, default none: the pipeline's name.
         *
         * @param name the schedule's name (1 to 64 of letters, digits, {@code - _ .})
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Python {@code enabled}, default true.
         *
         * @param enabled false to create the schedule {@code DISABLED}
         * @return this builder
         */
        public Builder enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        /**
         * Python {@code start_date}, default none: the time {@link Pipeline#putTriggers} is called.
         *
         * @param startDate the first instant the schedule may start the pipeline
         * @return this builder
         */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        /**
         * Python {@code at} with a time zone: the one time, converted to UTC and cut to whole seconds.
         *
         * @param at the instant
         * @return this builder
         */
        public Builder at(Instant at) {
            this.at = at == null ? null : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
            return this;
        }

        /**
         * Python {@code at} with a naive {@code datetime}: the one time, read as UTC (as Python does), cut to whole
         * seconds.
         *
         * @param at the time in UTC
         * @return this builder
         */
        public Builder at(LocalDateTime at) {
            this.at = at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /**
         * Python {@code rate=(value, unit)}: every {@code value} minutes, hours or days.
         *
         * @param value a positive whole number
         * @param unit  {@code minute}, {@code hour} or {@code day} for 1, {@code minutes}, {@code hours} or
         *              {@code days} above
         * @return this builder
         */
        public Builder rate(long value, String unit) {
            this.rateValue = value;
            this.rateUnit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Python {@code cron}: the six fields of an EventBridge cron expression, without {@code cron(...)}.
         *
         * @param cron {@code minutes hours day-of-month month day-of-week year}, e.g. {@code 0 12 * * ? *}
         * @return this builder
         */
        public Builder cron(String cron) {
            this.cron = cron;
            return this;
        }

        /**
         * Builds the schedule.
         *
         * @return the schedule
         * @throws ValidationException when none or more than one of at, rate and cron is given, or the expression
         *                             or name is one EventBridge Scheduler refuses
         */
        public PipelineSchedule build() {
            return new PipelineSchedule(this);
        }
    }
}
