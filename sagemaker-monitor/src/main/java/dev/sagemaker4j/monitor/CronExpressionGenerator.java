/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.exceptions.ValidationException;

/**
 * The schedule expressions a monitoring schedule takes, as Python's
 * {@code sagemaker.model_monitor.CronExpressionGenerator} (v2.257.6) writes them. The service (and the local
 * backend, at CreateMonitoringSchedule) refuses other crons: a minute other than 0, day or month filters.
 *
 * <pre>{@code
 * monitor.createMonitoringSchedule(s -> s.endpointInput("my-endpoint")
 *         .scheduleCronExpression(CronExpressionGenerator.hourly()));
 * }</pre>
 */
public final class CronExpressionGenerator {
    private CronExpressionGenerator() {
    }

    /**
     * Every hour at minute 0, as Python's {@code hourly()}.
     *
     * @return {@code cron(0 * ? * * *)}
     */
    public static String hourly() {
        return "cron(0 * ? * * *)";
    }

    /**
     * Every day at midnight UTC, as Python's {@code daily()}.
     *
     * @return {@code cron(0 0 ? * * *)}
     */
    public static String daily() {
        return daily(0);
    }

    /**
     * Every day at an hour, as Python's {@code daily(hour=0)}.
     *
     * @param hour the hour, 0 to 23 (UTC)
     * @return {@code cron(0 <hour> ? * * *)}
     * @throws ValidationException when the hour is outside 0-23
     */
    public static String daily(int hour) {
        hour("hour", hour);
        return "cron(0 " + hour + " ? * * *)";
    }

    /**
     * Every {@code hourInterval} hours from midnight, as Python's {@code daily_every_x_hours(hour_interval)}.
     *
     * @param hourInterval the interval in hours, 1 to 24
     * @return {@code cron(0 0/<hourInterval> ? * * *)}
     */
    public static String dailyEveryXHours(int hourInterval) {
        return dailyEveryXHours(hourInterval, 0);
    }

    /**
     * Every {@code hourInterval} hours from {@code startingHour}, as Python's
     * {@code daily_every_x_hours(hour_interval, starting_hour=0)}.
     *
     * @param hourInterval the interval in hours, 1 to 24
     * @param startingHour the first hour, 0 to 23 (UTC)
     * @return {@code cron(0 <startingHour>/<hourInterval> ? * * *)}
     * @throws ValidationException when a value is out of range
     */
    public static String dailyEveryXHours(int hourInterval, int startingHour) {
        if (hourInterval < 1 || hourInterval > 24) {
            throw new ValidationException("hour_interval", hourInterval, "is outside 1-24", "give 1 to 24 hours");
        }
        hour("starting_hour", startingHour);
        return "cron(0 " + startingHour + "/" + hourInterval + " ? * * *)";
    }

    /**
     * A one-time schedule that runs at once, as Python's {@code now()}; it needs
     * {@code dataAnalysisStartTime} and {@code dataAnalysisEndTime}.
     *
     * @return {@code NOW}
     */
    public static String now() {
        return "NOW";
    }

    private static void hour(String field, int hour) {
        if (hour < 0 || hour > 23) {
            throw new ValidationException(field, hour, "is outside 0-23", "give an hour of the day in UTC, 0 to 23");
        }
    }
}
