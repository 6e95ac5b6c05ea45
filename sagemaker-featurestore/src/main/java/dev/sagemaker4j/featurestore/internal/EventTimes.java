/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Event times as the service accepts them: ISO-8601 strings with a zone, or fractional epoch seconds. */
public final class EventTimes {
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
        if (fractional) {
            try {
                BigDecimal seconds = new BigDecimal(value.trim());
                return seconds.movePointRight(6).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new ValidationException(feature, value, "is not a number of epoch seconds",
                        "give a Fractional event time as seconds since 1970-01-01T00:00:00Z, e.g. 1700000000.123", e);
            }
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
