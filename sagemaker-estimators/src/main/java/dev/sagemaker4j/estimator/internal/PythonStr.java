/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a value as Python's {@code str()} writes the value it stands for, because the Python SDK
 * sends {@code str(v)} for every hyperparameter of an {@code Estimator}
 * ({@code _TrainingJob._get_train_args}: {@code {str(k): to_string(v)}}): {@code 1e-05} not
 * {@code 1.0E-5}, {@code True}/{@code False}, {@code 0.1}, {@code 1e+16}, {@code 100.0}, lists as
 * {@code [1, 'a']} and maps as {@code {'k': 1}}.
 *
 * <p>Floating-point values get the shortest decimal that reads back to the same value (Python's
 * {@code repr} since 3.1), in fixed notation for decimal exponents -4 to 15 and scientific notation
 * otherwise; a Java {@code float} is written with the shortest decimal that reads back to the same
 * {@code float}, as numpy writes a float32.
 */
public final class PythonStr {
    private PythonStr() {
    }

    /**
     * The text Python's {@code str()} gives for the value.
     *
     * @param value a string, boolean, number, collection, array of objects or map; {@code null} is {@code None}
     * @return the text
     */
    public static String str(Object value) {
        if (value instanceof CharSequence) {
            return value.toString();
        }
        return repr(value);
    }

    /**
     * The text Python's {@code json.dumps()} gives for the value (default separators {@code ", "} and
     * {@code ": "}, {@code ensure_ascii}): how the Python SDK encodes script-mode hyperparameters
     * ({@code "train.py"} → {@code "\"train.py\""}, {@code 20} → {@code "20"}, {@code true} → {@code "true"},
     * {@code null} → {@code "null"}).
     *
     * @param value a string, boolean, number, collection, array of objects or map; {@code null} is {@code None}
     * @return the JSON text
     */
    public static String jsonDumps(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return jsonString(value.toString());
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            return repr(value);
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) value).entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                Object k = e.getKey();
                b.append(k instanceof CharSequence ? jsonString(k.toString()) : jsonString(jsonDumps(k)))
                        .append(": ").append(jsonDumps(e.getValue()));
                if (it.hasNext()) {
                    b.append(", ");
                }
            }
            return b.append('}').toString();
        }
        Collection<?> items = value instanceof Collection ? (Collection<?>) value
                : value instanceof Object[] ? java.util.Arrays.asList((Object[]) value) : null;
        if (items != null) {
            StringBuilder b = new StringBuilder("[");
            Iterator<?> it = items.iterator();
            while (it.hasNext()) {
                b.append(jsonDumps(it.next()));
                if (it.hasNext()) {
                    b.append(", ");
                }
            }
            return b.append(']').toString();
        }
        return jsonString(value.toString());
    }

    /** A JSON string as Python's json module writes it with {@code ensure_ascii}. */
    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\b':
                    b.append("\\b");
                    break;
                case '\f':
                    b.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.append('"').toString();
    }

    private static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof CharSequence) {
            return quote(value.toString());
        }
        if (value instanceof Boolean) {
            return ((Boolean) value) ? "True" : "False";
        }
        if (value instanceof Double) {
            return doubleRepr((Double) value);
        }
        if (value instanceof Float) {
            return floatRepr((Float) value);
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Character) {
            return quote(value.toString());
        }
        if (value instanceof Map) {
            StringBuilder b = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> it = ((Map<?, ?>) value).entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                b.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
                if (it.hasNext()) {
                    b.append(", ");
                }
            }
            return b.append('}').toString();
        }
        if (value instanceof Collection) {
            return sequence((Collection<?>) value);
        }
        if (value instanceof Object[]) {
            return sequence(java.util.Arrays.asList((Object[]) value));
        }
        if (value instanceof int[]) {
            return sequence(java.util.Arrays.stream((int[]) value).boxed().toList());
        }
        if (value instanceof long[]) {
            return sequence(java.util.Arrays.stream((long[]) value).boxed().toList());
        }
        if (value instanceof double[]) {
            return sequence(java.util.Arrays.stream((double[]) value).boxed().toList());
        }
        return value.toString();
    }

    private static String sequence(Collection<?> values) {
        StringBuilder b = new StringBuilder("[");
        Iterator<?> it = values.iterator();
        while (it.hasNext()) {
            b.append(repr(it.next()));
            if (it.hasNext()) {
                b.append(", ");
            }
        }
        return b.append(']').toString();
    }

    /** Python's string repr: single quotes unless the text has a single quote and no double quote. */
    private static String quote(String s) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2).append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append(q).toString();
    }

    /**
     * Python's {@code repr(float)}.
     *
     * @param d the value
     * @return e.g. {@code 1e-05}, {@code 0.1}, {@code 100.0}, {@code 1e+16}, {@code nan}, {@code -inf}
     */
    public static String doubleRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // the shortest correctly rounded scientific form that reads back to d
        for (int digits = 0; digits < 17; digits++) {
            String s = String.format(Locale.ROOT, "%." + digits + "e", d);
            if (Double.parseDouble(s) == d) {
                return format(s);
            }
        }
        return format(String.format(Locale.ROOT, "%.16e", d));
    }

    private static String floatRepr(float f) {
        if (Float.isNaN(f) || Float.isInfinite(f) || f == 0) {
            return doubleRepr(f);
        }
        for (int digits = 0; digits < 9; digits++) {
            String s = String.format(Locale.ROOT, "%." + digits + "e", (double) f);
            if (Float.parseFloat(s) == f) {
                return format(s);
            }
        }
        return format(String.format(Locale.ROOT, "%.8e", (double) f));
    }

    /** Turns Java's {@code -d.ddde+XX} into Python's repr layout. */
    private static String format(String scientific) {
        int e = scientific.indexOf('e');
        String mantissa = scientific.substring(0, e);
        int exponent = Integer.parseInt(scientific.substring(e + 1));
        boolean negative = mantissa.startsWith("-");
        String digits = (negative ? mantissa.substring(1) : mantissa).replace(".", "");
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        StringBuilder b = new StringBuilder();
        if (negative) {
            b.append('-');
        }
        if (exponent < -4 || exponent >= 16) {
            b.append(digits.charAt(0));
            if (digits.length() > 1) {
                b.append('.').append(digits, 1, digits.length());
            }
            b.append('e').append(exponent < 0 ? '-' : '+');
            int abs = Math.abs(exponent);
            if (abs < 10) {
                b.append('0');
            }
            return b.append(abs).toString();
        }
        if (exponent < 0) {
            b.append("0.");
            for (int i = -1; i > exponent; i--) {
                b.append('0');
            }
            return b.append(digits).toString();
        }
        if (digits.length() <= exponent + 1) {
            b.append(digits);
            for (int i = digits.length(); i <= exponent; i++) {
                b.append('0');
            }
            return b.append(".0").toString();
        }
        return b.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length()).toString();
    }
}
