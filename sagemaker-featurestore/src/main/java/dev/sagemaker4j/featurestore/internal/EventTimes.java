/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Event times as the service accepts them: ISO-8601 strings with a zone, or fractional epoch seconds. */
public final class EventTimes {
    /** The longest event time accepted, in characters (ISO-8601 with nanoseconds and an offset is 35). */
    static final int MAX_CHARS = 64;
    /** Digits before the point of epoch seconds: 10^13 s is about year 318,857, beyond a long of microseconds. */
    private static final int MAX_SECONDS_DIGITS = 13;

    private EventTimes() {
    }

    /**
     * Parses an event time value to epoch microseconds.
     *
     * @param feature    the event time feature, for messages
     * @param value      the value on the wire
     * @param fractional whether the feature is Fractional (epoch seconds) rather than String
     * @return epoch microseconds
     */
    public static long parseMicros(String feature, String value, boolean fractional) {
        if (value == null || value.isEmpty()) {
            throw new ValidationException(feature, value, "is the event time feature and has no value",
                    "give every record an event time");
        }
        if (value.length() > MAX_CHARS) {
            // both forms fit in a few dozen characters; checked first so no parser sees a huge input
            throw new ValidationException(feature, value.substring(0, 40) + "...(" + value.length() + " characters)",
                    "is too long for an event time", fractional
                    ? "give seconds since 1970-01-01T00:00:00Z, e.g. 1700000000.123"
                    : "use yyyy-MM-dd'T'HH:mm:ssZ or yyyy-MM-dd'T'HH:mm:ss.SSSZ, e.g. 2024-05-01T12:00:00Z");
        }
        if (fractional) {
            return parseSeconds(feature, value);
        }
        long fast = parseUtcMicros(value);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        try {
            Instant t = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1000);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new ValidationException(feature, value, "is not an ISO-8601 time with a zone",
                    "use yyyy-MM-dd'T'HH:mm:ssZ or yyyy-MM-dd'T'HH:mm:ss.SSSZ, e.g. 2024-05-01T12:00:00Z", e);
        }
    }

    /**
     * Epoch seconds to microseconds. The range is checked on the number's exponent before any
     * arithmetic: scaling {@code 1e100000000} (or {@code 1e-100000000}) by 10^6 first took minutes.
     */
    private static long parseSeconds(String feature, String value) {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(feature, value, "is not a number of epoch seconds",
                    "give a Fractional event time as seconds since 1970-01-01T00:00:00Z, e.g. 1700000000.123", e);
        }
        // digits before the point (negative: zeros after it); the value is below 10^magnitude in size
        long magnitude = (long) seconds.precision() - seconds.scale();
        if (seconds.signum() == 0 || magnitude <= -7) {
            return 0L;
        }
        if (magnitude > MAX_SECONDS_DIGITS) {
            throw new ValidationException(feature, value, "is out of range",
                    "give seconds since 1970-01-01T00:00:00Z with at most 13 digits before the point,"
                            + " e.g. 1700000000.123");
        }
        try {
            // precision <= MAX_CHARS and -7 < magnitude <= 13 bound the scale: this is cheap
            return seconds.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(feature, value, "is out of range",
                    "give seconds since 1970-01-01T00:00:00Z between about -9.2e12 and 9.2e12", e);
        }
    }

    /** yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z by hand; Long.MIN_VALUE for anything else (the caller falls back). */
    static long parseUtcMicros(String v) {
        int n = v.length();
        if (n < 20 || v.charAt(n - 1) != 'Z' || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int y = digits(v, 0, 4);
        int mo = digits(v, 5, 2);
        int d = digits(v, 8, 2);
        int h = digits(v, 11, 2);
        int mi = digits(v, 14, 2);
        int s = digits(v, 17, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) {
            return Long.MIN_VALUE;
        }
        long micros = 0;
        int i = 19;
        if (i < n - 1) {
            if (v.charAt(i) != '.' || n - 1 - (i + 1) < 1 || n - 1 - (i + 1) > 9) {
                return Long.MIN_VALUE;
            }
            int scale = 100_000;
            for (i = i + 1; i < n - 1; i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return Long.MIN_VALUE;
                }
                if (scale > 0) {
                    micros += (c - '0') * scale;
                    scale /= 10;
                }
            }
        }
        if (d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        long day = java.time.LocalDate.of(y, mo, d).toEpochDay();
        return (day * 86_400L + h * 3600L + mi * 60L + s) * 1_000_000L + micros;
    }

    private static int digits(String v, int from, int len) {
        int x = 0;
        for (int i = from; i < from + len; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    }

    /**
     * Formats epoch microseconds as an ISO-8601 UTC string.
     *
     * @param micros epoch microseconds
     * @return e.g. {@code 2024-05-01T12:00:00.123Z}
     */
    public static String iso(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L)
                .toString();
    }

    /**
     * The current time in epoch microseconds.
     *
     * @return now
     */
    public static long nowMicros() {
        Instant t = Instant.now();
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }
}
