/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import static dev.sagemaker4j.featurestore.internal.LocalFeatureStore.MAX_IDENTIFIER_BYTES;
import static dev.sagemaker4j.featurestore.internal.LocalFeatureStore.MAX_RECORD_BYTES;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;

/**
 * A record's checks before it is written, as the service makes them: the identifier is present and at
 * most 2 KB, every value parses as its feature's type, and the record and each value are at most 350 KB
 * in UTF-8 (names included). Cells given as numbers or as the text of a number ({@link Rows#LONG},
 * {@link Rows#DOUBLE}, {@link Rows#NUMBER_TEXT}) are sized without being parsed again.
 */
final class RecordValidation {
    /** The most characters {@link Double#toString(double)} gives: the bound a double cell is sized by first. */
    private static final int MAX_DOUBLE_CHARS = 26;

    private RecordValidation() {
    }

    /** See {@link LocalFeatureStore#valuesOf}. */
    static String[] valuesOf(GroupMeta meta, List<FeatureValue> record) {
        String[] values = new String[meta.names.length];
        if (record == null) {
            throw new ValidationException("Record", null, "is missing", "give the record's feature values");
        }
        for (FeatureValue v : record) {
            Integer i = meta.index.get(v.featureName());
            if (i == null) {
                throw new ValidationException(v.featureName(), v.valueAsString(), "is not a feature of group "
                        + meta.name, "use one of " + String.join(", ", meta.names));
            }
            if (v.hasValueAsStringList()) {
                throw new ValidationException(v.featureName(), v.valueAsStringList(), "is a list",
                        "collection features are not supported; give ValueAsString");
            }
            if (values[i] != null) {
                throw new ValidationException(v.featureName(), v.valueAsString(), "is given twice in one record",
                        "give each feature once");
            }
            values[i] = v.valueAsString();
        }
        return values;
    }

    /** See {@link LocalFeatureStore#validate(GroupMeta, String[], byte[], long[], int)}. */
    static long validate(GroupMeta meta, String[] values, byte[] kinds, long[] numbers, int offset) {
        String id = values[meta.idIndex];
        checkIdentifier(meta, id);
        long size = 0;
        boolean doubles = false;
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null) {
                continue;
            }
            byte kind = kinds == null ? Rows.TEXT : kinds[i];
            if (kind == Rows.LONG) {
                size += stringSize(numbers[offset + i]) + meta.names[i].length();
            } else if (kind == Rows.DOUBLE) {
                // a bound; the exact length is worked out below only when this bound is too many
                size += MAX_DOUBLE_CHARS + meta.names[i].length();
                doubles = true;
            } else {
                size += textCellSize(meta, i, v, kind);
            }
        }
        if (size > MAX_RECORD_BYTES && doubles) {
            // the bound was too coarse: count the doubles' text exactly, as the text form did
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null && kinds[i] == Rows.DOUBLE) {
                    size -= MAX_DOUBLE_CHARS - Double.toString(Double.longBitsToDouble(numbers[offset + i])).length();
                }
            }
        }
        if (size > MAX_RECORD_BYTES) {
            throw new ValidationException("Record", meta.names[meta.idIndex] + "=" + abbreviate(id),
                    "is larger than 350 KB (" + size + " bytes in UTF-8)",
                    "split the record's features over several groups");
        }
        return EventTimes.parseMicros(meta.names[meta.eventIndex], values[meta.eventIndex], meta.eventFractional);
    }

    private static void checkIdentifier(GroupMeta meta, String id) {
        if (id == null || id.isEmpty()) {
            throw new ValidationException(meta.names[meta.idIndex], id, "is the record identifier and has no value",
                    "give every record an identifier");
        }
        // the character count first: a string longer than the limit in characters is longer in bytes
        if (id.length() > MAX_IDENTIFIER_BYTES || utf8Length(meta.names[meta.idIndex], id) > MAX_IDENTIFIER_BYTES) {
            throw new ValidationException(meta.names[meta.idIndex], abbreviate(id), "is longer than 2 KB",
                    "use a shorter record identifier");
        }
    }

    /**
     * The bytes a text cell adds to its record (its UTF-8 and its feature's name), after checking its
     * size and, unless it is the text of a number, its type.
     */
    private static long textCellSize(GroupMeta meta, int i, String v, byte kind) {
        // the service counts UTF-8 bytes; a value has at least as many bytes as characters
        if (v.length() > MAX_RECORD_BYTES) {
            throw new ValidationException(meta.names[i], abbreviate(v), "is larger than 350 KB ("
                    + v.length() + " characters or more bytes)", "store large values elsewhere and put a"
                    + " reference in the feature");
        }
        if (kind == Rows.NUMBER_TEXT) {
            // the text of a number: ASCII, one byte a character
            return v.length() + meta.names[i].length();
        }
        long size = utf8Length(meta.names[i], v) + meta.names[i].length();
        checkType(meta, i, v);
        return size;
    }

    private static void checkType(GroupMeta meta, int i, String v) {
        switch (meta.types[i]) {
            case INTEGRAL -> {
                try {
                    // as the service: an Integral value is an integer, without spaces around it
                    Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new ValidationException(meta.names[i], v, "is not an Integral value",
                            "give a whole number between -2^63 and 2^63-1, without spaces", e);
                }
            }
            case FRACTIONAL -> {
                try {
                    if (v.isEmpty() || v.charAt(0) <= ' ' || v.charAt(v.length() - 1) <= ' ') {
                        throw new NumberFormatException("spaces around the number");
                    }
                    double d = Double.parseDouble(v);
                    if (Double.isNaN(d) && i == meta.eventIndex) {
                        throw new NumberFormatException("NaN");
                    }
                } catch (NumberFormatException e) {
                    throw new ValidationException(meta.names[i], v, "is not a Fractional value",
                            "give a decimal number such as 1.5, without spaces", e);
                }
            }
            default -> {
            }
        }
    }

    /** The length of {@link Long#toString(long)} of a value, without making the string. */
    static int stringSize(long x) {
        int sign = x < 0 ? 1 : 0;
        // digits of |x|, counted on the negative side so that Long.MIN_VALUE needs no special case
        long n = x < 0 ? x : -x;
        long p = -10;
        for (int digits = 1; digits < 19; digits++) {
            if (n > p) {
                return sign + digits;
            }
            p = 10 * p;
        }
        return sign + 19;
    }

    /**
     * The UTF-8 length of a value, refusing what UTF-8 cannot encode (a lone surrogate would be
     * stored as '?'; the service rejects invalid UTF-8).
     */
    private static long utf8Length(String feature, String v) {
        long n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < v.length() && Character.isLowSurrogate(v.charAt(i + 1))) {
                n += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ValidationException(feature, abbreviate(v), "holds a lone UTF-16 surrogate at character " + i
                        + ", which UTF-8 cannot encode", "fix the text's encoding (a surrogate pair split apart?)");
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** A value short enough for an error message. */
    private static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "...(" + v.length() + " characters)";
    }
}
