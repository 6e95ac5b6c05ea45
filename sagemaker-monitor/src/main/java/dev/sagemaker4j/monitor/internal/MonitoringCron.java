/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schedule expressions a monitoring schedule takes, as the service accepts them: {@code NOW} (a one-time
 * schedule, with {@code DataAnalysisStartTime} and {@code DataAnalysisEndTime}) or a cron of six fields that runs at
 * the top of hours: {@code cron(0 <hours> ? * * *)} (minute 0; day of month {@code ?} or {@code *}; every month;
 * every day of the week; any year), where hours are {@code *}, an hour 0-23, {@code a/b}, {@code *}{@code /b},
 * {@code a-b} or a list of those. Anything else (a minute other than 0, which would run more than hourly, a day or
 * month filter) is refused with a ValidationException naming {@code ScheduleExpression}.
 */
public final class MonitoringCron {
    /** The one-time schedule. */
    public static final String NOW = "NOW";
    private static final Pattern CRON = Pattern.compile("cron\\(\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)"
            + "\\s+(\\S+)\\s*\\)");

    private final BitSet hours;

    private MonitoringCron(BitSet hours) {
        this.hours = hours;
    }

    /**
     * Parses and validates a monitoring schedule expression.
     *
     * @param expression the expression
     * @return the cron, or {@code null} for {@code NOW}
     * @throws ValidationException naming {@code ScheduleExpression} when the service would refuse it
     */
    public static MonitoringCron parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw refuse(expression, "is missing");
        }
        if (NOW.equals(expression.trim())) {
            return null;
        }
        Matcher m = CRON.matcher(expression.trim());
        if (!m.matches()) {
            throw refuse(expression, "is not NOW or cron(minute hour day-of-month month day-of-week year)");
        }
        if (!m.group(1).equals("0")) {
            throw refuse(expression, "must run at minute 0: monitoring schedules run at most hourly, at the top of"
                    + " the hour");
        }
        if (!m.group(3).equals("?") && !m.group(3).equals("*")) {
            throw refuse(expression, "filters days of the month (" + m.group(3) + "), which monitoring schedules do"
                    + " not take");
        }
        if (!m.group(4).equals("*")) {
            throw refuse(expression, "filters months (" + m.group(4) + "), which monitoring schedules do not take");
        }
        if (!m.group(5).equals("*") && !m.group(5).equals("?")) {
            throw refuse(expression, "filters days of the week (" + m.group(5) + "), which monitoring schedules do"
                    + " not take");
        }
        if (!m.group(6).equals("*")) {
            throw refuse(expression, "filters years (" + m.group(6) + "), which monitoring schedules do not take");
        }
        BitSet hours = new BitSet(24);
        for (String part : m.group(2).split(",")) {
            hours(expression, part, hours);
        }
        if (hours.isEmpty()) {
            throw refuse(expression, "selects no hour");
        }
        return new MonitoringCron(hours);
    }

    private static void hours(String expression, String part, BitSet out) {
        try {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = Integer.parseInt(part.substring(slash + 1));
                range = part.substring(0, slash);
                if (step < 1 || step > 24) {
                    throw refuse(expression, "has an hour step " + step + " outside 1-24");
                }
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = 0;
                to = 23;
            } else if (range.contains("-")) {
                from = Integer.parseInt(range.substring(0, range.indexOf('-')));
                to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
            } else {
                from = Integer.parseInt(range);
                to = slash >= 0 ? 23 : from;
            }
            if (from < 0 || to > 23 || from > to) {
                throw refuse(expression, "has hours " + range + " outside 0-23");
            }
            for (int h = from; h <= to; h += step) {
                out.set(h);
            }
        } catch (NumberFormatException e) {
            throw refuse(expression, "has an hour field part '" + part + "' that is not a number, *, a-b or a/b");
        }
    }

    private static ValidationException refuse(String expression, String problem) {
        return new ValidationException("ScheduleExpression", expression, problem,
                "use CronExpressionGenerator: hourly(), daily(hour), dailyEveryXHours(interval, start) or now()");
    }

    /**
     * Whether the schedule fires at an hour.
     *
     * @param hour 0 to 23 (UTC)
     * @return {@code true} when it does
     */
    public boolean firesAt(int hour) {
        return hours.get(hour);
    }

    /**
     * The first time after an instant at which the schedule fires (the top of an hour, UTC).
     *
     * @param after the instant
     * @return the next firing
     */
    public Instant next(Instant after) {
        ZonedDateTime t = after.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        for (int i = 0; i < 48; i++) {
            if (hours.get(t.getHour())) {
                return t.toInstant();
            }
            t = t.plusHours(1);
        }
        throw new IllegalStateException("no hour selected");
    }

    /**
     * An offset of the analysis window ({@code -PT1H}, {@code -PT0H}, {@code -P1D}: ISO-8601, zero or negative).
     *
     * @param field  the request field, for errors
     * @param offset the offset
     * @return the duration
     * @throws ValidationException naming the field when it is not an ISO-8601 duration or is positive
     */
    public static Duration offset(String field, String offset) {
        try {
            Duration d = Duration.parse(offset);
            if (d.isNegative() || d.isZero()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, offset, "is not an ISO-8601 duration", "give e.g. -PT1H or -PT0H");
        }
        throw new ValidationException(field, offset, "is positive: the window lies before the scheduled time",
                "give a negative offset such as -PT1H, or -PT0H");
    }
}
