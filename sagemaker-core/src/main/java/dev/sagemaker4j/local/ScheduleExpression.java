/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.exceptions.ValidationException;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quartz.CronExpression;

/**
 * A schedule expression as EventBridge Scheduler (and so a SageMaker pipeline schedule or a Model Monitor
 * schedule) accepts it, parsed and validated as the service does:
 *
 * <ul>
 *   <li>{@code rate(1 minute)}, {@code rate(5 minutes)}, {@code rate(1 hour)}, {@code rate(2 hours)},
 *       {@code rate(1 day)}, {@code rate(7 days)}: a positive whole number, the unit singular for 1 and plural
 *       otherwise;</li>
 *   <li>{@code cron(minutes hours day-of-month month day-of-week year)}: six fields with the AWS rules — one of
 *       day-of-month and day-of-week must be {@code ?}; {@code , - * /} in every field but day-of-week (which
 *       takes {@code , - * ? L #}); {@code ? L W} in day-of-month; months {@code 1-12} or {@code JAN-DEC}; days of
 *       the week {@code 1-7} or {@code SUN-SAT} (1 = Sunday); years 1970-2199;</li>
 *   <li>{@code at(yyyy-mm-ddThh:mm:ss)}: one time, in the schedule's time zone.</li>
 * </ul>
 *
 * <p>Cron expressions are evaluated with Quartz's {@link CronExpression} (the AWS syntax is Quartz's without the
 * seconds field), after the AWS-only checks above; a rate is a fixed {@link Duration}.
 *
 * <pre>{@code
 * ScheduleExpression daily = ScheduleExpression.parse("cron(0 12 * * ? *)");
 * daily.next(Instant.parse("2026-01-01T13:00:00Z"), ZoneId.of("UTC"));   // 2026-01-02T12:00:00Z
 * ScheduleExpression.parse("rate(1 minutes)");   // ValidationException: use "rate(1 minute)"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ScheduleExpression {

    /** The field name used in validation errors: the service's {@code ScheduleExpression}. */
    public static final String FIELD = "ScheduleExpression";

    /** The service's longest accepted expression. */
    private static final int MAX_LENGTH = 256;

    private static final Pattern RATE = Pattern.compile("rate\\((\\S+) (\\S+)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern AT = Pattern.compile("at\\((.*)\\)");
    private static final DateTimeFormatter AT_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    /** Characters (after month and day names are read) that AWS allows in each cron field. */
    private static final Pattern MINUTES_CHARS = Pattern.compile("[0-9,\\-*/]+");
    private static final Pattern HOURS_CHARS = MINUTES_CHARS;
    private static final Pattern DOM_CHARS = Pattern.compile("[0-9,\\-*/?LW]+");
    private static final Pattern MONTH_CHARS = Pattern.compile("[0-9A-Z,\\-*/]+");
    private static final Pattern DOW_CHARS = Pattern.compile("[0-9A-Z,\\-*?L#]+");
    private static final Pattern YEAR_CHARS = MINUTES_CHARS;
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern MONTH_NAME = Pattern.compile("JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC");
    private static final Pattern DAY_NAME = Pattern.compile("SUN|MON|TUE|WED|THU|FRI|SAT");
    private static final Pattern WORD = Pattern.compile("[A-Z]{2,}");

    /** The three kinds of expression. */
    public enum Kind {
        /** {@code rate(value unit)}: every fixed period. */
        RATE,
        /** {@code cron(...)}: at the times the six fields match. */
        CRON,
        /** {@code at(...)}: once. */
        AT
    }

    private final String expression;
    private final Kind kind;
    private final Duration period;
    private final String quartz;
    private final LocalDateTime at;

    private ScheduleExpression(String expression, Kind kind, Duration period, String quartz, LocalDateTime at) {
        this.expression = expression;
        this.kind = kind;
        this.period = period;
        this.quartz = quartz;
        this.at = at;
    }

    /**
     * Parses and validates an expression.
     *
     * @param expression {@code rate(...)}, {@code cron(...)} or {@code at(...)}
     * @return the parsed expression
     * @throws ValidationException naming {@value #FIELD}, the value and the fix when the service would refuse it
     */
    public static ScheduleExpression parse(String expression) {
        return parse(FIELD, expression);
    }

    /**
     * Parses and validates an expression, naming {@code field} in errors (a Python keyword such as {@code cron},
     * or the request field that carried it).
     *
     * @param field      the name the caller knows the value by
     * @param expression {@code rate(...)}, {@code cron(...)} or {@code at(...)}
     * @return the parsed expression
     * @throws ValidationException naming {@code field}, the value and the fix when the service would refuse it
     */
    public static ScheduleExpression parse(String field, String expression) {
        Objects.requireNonNull(field, "field");
        if (expression == null || expression.isEmpty()) {
            throw new ValidationException(field, expression, "a schedule expression is required",
                    "pass rate(value unit), cron(minutes hours day-of-month month day-of-week year) or "
                            + "at(yyyy-mm-ddThh:mm:ss)");
        }
        if (expression.length() > MAX_LENGTH) {
            throw new ValidationException(field, expression.substring(0, 64) + "...",
                    "is " + expression.length() + " characters long; the service accepts at most " + MAX_LENGTH,
                    "shorten the expression");
        }
        if (expression.startsWith("rate(")) {
            return parseRate(field, expression);
        }
        if (expression.startsWith("cron(")) {
            return parseCron(field, expression);
        }
        if (expression.startsWith("at(")) {
            return parseAt(field, expression);
        }
        throw new ValidationException(field, expression, "is not a rate, cron or at expression",
                "write rate(5 minutes), cron(0 12 * * ? *) or at(2026-01-01T12:00:00)");
    }

    private static ScheduleExpression parseRate(String field, String expression) {
        Matcher m = RATE.matcher(expression);
        String fix = "write rate(value unit) with a positive whole value and the unit minute, hour or day "
                + "(plural for values above 1), e.g. rate(1 hour) or rate(15 minutes)";
        if (!m.matches() || !NUMBER.matcher(m.group(1)).matches()) {
            throw new ValidationException(field, expression, "is not a valid rate expression", fix);
        }
        long value;
        try {
            value = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            throw new ValidationException(field, expression, "has a rate value too large", fix, e);
        }
        if (value < 1) {
            throw new ValidationException(field, expression, "has a rate value below 1", fix);
        }
        String unit = m.group(2);
        String singular = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        Duration unitLength;
        switch (singular) {
            case "minute":
                unitLength = Duration.ofMinutes(1);
                break;
            case "hour":
                unitLength = Duration.ofHours(1);
                break;
            case "day":
                unitLength = Duration.ofDays(1);
                break;
            default:
                throw new ValidationException(field, expression, "has the unknown rate unit '" + unit + "'", fix);
        }
        boolean plural = !singular.equals(unit);
        if (value == 1 && plural) {
            throw new ValidationException(field, expression, "uses a plural unit for the value 1",
                    "write rate(1 " + singular + ")");
        }
        if (value > 1 && !plural) {
            throw new ValidationException(field, expression, "uses a singular unit for a value above 1",
                    "write rate(" + value + " " + singular + "s)");
        }
        Duration period;
        try {
            period = unitLength.multipliedBy(value);
        } catch (ArithmeticException e) {
            throw new ValidationException(field, expression, "has a rate value too large", fix, e);
        }
        return new ScheduleExpression(expression, Kind.RATE, period, null, null);
    }

    private static ScheduleExpression parseAt(String field, String expression) {
        Matcher m = AT.matcher(expression);
        String fix = "write at(yyyy-mm-ddThh:mm:ss), e.g. at(2026-01-01T12:00:00), in the schedule's time zone";
        if (!m.matches()) {
            throw new ValidationException(field, expression, "is not a valid at expression", fix);
        }
        try {
            LocalDateTime time = LocalDateTime.parse(m.group(1), AT_FORMAT);
            return new ScheduleExpression(expression, Kind.AT, null, null, time);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, expression, "has a time that is not yyyy-mm-ddThh:mm:ss", fix, e);
        }
    }

    private static ScheduleExpression parseCron(String field, String expression) {
        Matcher m = CRON.matcher(expression);
        if (!m.matches()) {
            throw new ValidationException(field, expression, "is not a valid cron expression",
                    "write cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 12 * * ? *)");
        }
        String body = m.group(1).trim();
        String[] f = body.isEmpty() ? new String[0] : body.split(" +");
        if (f.length != 6) {
            throw new ValidationException(field, expression, "has " + f.length + " fields; AWS cron has six",
                    "write cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 12 * * ? *) "
                            + "(no seconds field; the year is required, * for every year)");
        }
        checkField(field, expression, "minutes", f[0], MINUTES_CHARS, "0-59 with , - * /");
        checkField(field, expression, "hours", f[1], HOURS_CHARS, "0-23 with , - * /");
        checkField(field, expression, "day-of-month", f[2], DOM_CHARS, "1-31 with , - * ? / L W");
        checkField(field, expression, "month", f[3].toUpperCase(Locale.ROOT), MONTH_CHARS,
                "1-12 or JAN-DEC with , - * /");
        checkField(field, expression, "day-of-week", f[4].toUpperCase(Locale.ROOT), DOW_CHARS,
                "1-7 or SUN-SAT (1 = Sunday) with , - * ? L #");
        checkField(field, expression, "year", f[5], YEAR_CHARS, "1970-2199 with , - * /");
        checkNames(field, expression, "month", f[3].toUpperCase(Locale.ROOT), MONTH_NAME, "", "1-12 or JAN-DEC");
        checkNames(field, expression, "day-of-week", f[4].toUpperCase(Locale.ROOT), DAY_NAME, "L",
                "1-7 or SUN-SAT, L and #");
        boolean domAny = f[2].equals("?");
        boolean dowAny = f[4].equals("?");
        if (domAny == dowAny) {
            throw new ValidationException(field, expression,
                    domAny ? "has ? in both day-of-month and day-of-week"
                            : "sets both day-of-month and day-of-week",
                    "put ? in exactly one of them, e.g. cron(0 12 * * ? *) for every day or cron(0 12 ? * MON *) "
                            + "for Mondays");
        }
        checkRange(field, expression, "minutes", f[0], 0, 59);
        checkRange(field, expression, "hours", f[1], 0, 23);
        checkRange(field, expression, "day-of-month", f[2].replace("L", "").replace("W", ""), 1, 31);
        checkRange(field, expression, "month", f[3], 1, 12);
        checkRange(field, expression, "day-of-week", f[4].replace("L", "").replaceAll("#[0-9]+", ""), 1, 7);
        checkRange(field, expression, "year", f[5], 1970, 2199);
        String quartz = "0 " + String.join(" ", f);
        try {
            CronExpression.validateExpression(quartz);
        } catch (ParseException | RuntimeException e) {
            throw new ValidationException(field, expression, "is not a valid cron expression: " + e.getMessage(),
                    "check the fields against the AWS cron rules (L and W in day-of-month, L and # in "
                            + "day-of-week, ? in one of the two), e.g. cron(0 12 * * ? *)", e);
        }
        return new ScheduleExpression(expression, Kind.CRON, null, quartz, null);
    }

    private static void checkField(String field, String expression, String name, String value, Pattern allowed,
            String rule) {
        if (!allowed.matcher(value).matches()) {
            throw new ValidationException(field, expression, "has an invalid " + name + " field '" + value + "'",
                    "write the " + name + " field as " + rule);
        }
    }

    private static void checkNames(String field, String expression, String name, String value, Pattern names,
            String letters, String rule) {
        Matcher m = WORD.matcher(value);
        while (m.find()) {
            if (!names.matcher(m.group()).matches()) {
                throw new ValidationException(field, expression,
                        "has an unknown name '" + m.group() + "' in the " + name + " field", "use " + rule);
            }
        }
        String rest = WORD.matcher(value).replaceAll("");
        for (char c : rest.toCharArray()) {
            if (Character.isLetter(c) && letters.indexOf(c) < 0) {
                throw new ValidationException(field, expression,
                        "has an invalid " + name + " field '" + value + "'", "use " + rule);
            }
        }
    }

    private static void checkRange(String field, String expression, String name, String value, int min,
            int max) {
        Matcher m = NUMBER.matcher(value);
        while (m.find()) {
            String digits = m.group();
            // the step of "a/n" is a count, not a value of the field
            if (m.start() > 0 && value.charAt(m.start() - 1) == '/') {
                if (digits.length() > 4 || Integer.parseInt(digits) < 1) {
                    throw new ValidationException(field, expression,
                            "has the increment '/" + digits + "' in the " + name + " field",
                            "use a positive increment, e.g. */5");
                }
                continue;
            }
            if (digits.length() > 4 || Integer.parseInt(digits) < min || Integer.parseInt(digits) > max) {
                throw new ValidationException(field, expression,
                        "has " + digits + " in the " + name + " field, outside " + min + "-" + max,
                        "use values from " + min + " to " + max + " in the " + name + " field");
            }
        }
    }

    /**
     * The expression as given.
     *
     * @return the text, e.g. {@code rate(5 minutes)}
     */
    public String expression() {
        return expression;
    }

    /**
     * Which kind of expression this is.
     *
     * @return rate, cron or at
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The period of a rate expression.
     *
     * @return the period, or empty for cron and at
     */
    public Optional<Duration> rate() {
        return Optional.ofNullable(period);
    }

    /**
     * The time of an at expression, in the schedule's time zone.
     *
     * @return the local time, or empty for rate and cron
     */
    public Optional<LocalDateTime> at() {
        return Optional.ofNullable(at);
    }

    /**
     * The first time this expression fires strictly after {@code after}.
     *
     * <p>A cron expression is evaluated in {@code zone} (so {@code cron(0 9 * * ? *)} in {@code Europe/Berlin}
     * follows daylight saving time); an at expression is read in {@code zone}; a rate fires one period after
     * {@code after} (its schedule anchors rates to its start, see {@link LocalScheduler}).
     *
     * @param after the instant to search from (exclusive)
     * @param zone  the schedule's time zone ({@code ScheduleExpressionTimezone}, UTC by default on the service)
     * @return the next fire time, or empty when there is none (an at time already past, a cron whose years
     *         are over)
     */
    public Optional<Instant> next(Instant after, ZoneId zone) {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(zone, "zone");
        switch (kind) {
            case RATE:
                try {
                    return Optional.of(after.plus(period));
                } catch (DateTimeException | ArithmeticException e) {
                    return Optional.empty();
                }
            case AT:
                Instant when = at.atZone(zone).toInstant();
                return when.isAfter(after) ? Optional.of(when) : Optional.empty();
            case CRON:
            default:
                CronExpression cron;
                try {
                    cron = new CronExpression(quartz);
                } catch (ParseException e) {
                    throw new IllegalStateException("validated at parse: " + quartz, e);
                }
                cron.setTimeZone(TimeZone.getTimeZone(zone));
                Date next = cron.getNextValidTimeAfter(Date.from(after));
                return Optional.ofNullable(next).map(Date::toInstant);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScheduleExpression && ((ScheduleExpression) o).expression.equals(expression);
    }

    @Override
    public int hashCode() {
        return expression.hashCode();
    }

    @Override
    public String toString() {
        return expression;
    }
}
