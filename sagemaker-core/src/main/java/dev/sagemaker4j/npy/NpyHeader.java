/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header dictionary of a {@code .npy} file: a Python literal such as
 * {@code {'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }}. numpy reads it with
 * {@code ast.literal_eval}; this is a small parser for the subset that can appear there (dicts,
 * strings, booleans, integers, tuples and lists), so no Python is involved.
 */
final class NpyHeader {
    /** numpy 2.x's GROWTH_AXIS_MAX_DIGITS: spare room it leaves so the header can grow in place. */
    static final int GROWTH_AXIS_MAX_DIGITS = 21;
    static final int ARRAY_ALIGN = 64;

    final NpyDType dtype;
    final boolean fortranOrder;
    final long[] shape;

    private NpyHeader(NpyDType dtype, boolean fortranOrder, long[] shape) {
        this.dtype = dtype;
        this.fortranOrder = fortranOrder;
        this.shape = shape;
    }

    /** The dictionary text numpy's {@code _write_array_header} makes, before padding. */
    static String format(NpyArray array) {
        long[] shape = array.shape();
        StringBuilder sb = new StringBuilder("{'descr': '").append(array.dtype().descr())
                .append("', 'fortran_order': ").append(array.fortranOrder() ? "True" : "False")
                .append(", 'shape': ").append(NpyArray.shapeText(shape)).append(", }");
        if (shape.length > 0) {
            long growthAxis = shape[array.fortranOrder() ? shape.length - 1 : 0];
            int spare = GROWTH_AXIS_MAX_DIGITS - Long.toString(growthAxis).length();
            sb.append(" ".repeat(Math.max(0, spare)));
        }
        return sb.toString();
    }

    /**
     * Parses the header text.
     *
     * @param text       the header, decoded
     * @param baseOffset byte offset of the header in the stream, for error positions
     */
    static NpyHeader parse(String text, int baseOffset) {
        Parser p = new Parser(text, baseOffset);
        p.skipSpace();
        Object value = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the header dictionary");
        }
        if (!(value instanceof Map)) {
            throw p.errorAt(0, "the header is not a dictionary");
        }
        Map<?, ?> dict = (Map<?, ?>) value;
        if (dict.size() != 3 || !dict.containsKey("descr") || !dict.containsKey("fortran_order")
                || !dict.containsKey("shape")) {
            throw new ValidationException("stream", text.strip(),
                    "is not a valid .npy (application/x-npy) header: it must hold exactly the keys 'descr',"
                            + " 'fortran_order' and 'shape', as numpy requires (byte offset " + baseOffset + ")",
                    "write the file with numpy.save or Npy.write");
        }
        Object descr = dict.get("descr");
        if (descr instanceof List) {
            throw new ValidationException("stream", text.strip(),
                    "is a structured (record) array, which is not supported: NpyArray holds one number type",
                    "save each field as its own array, or send tables as Arrow (ArrowSerializer)");
        }
        if (!(descr instanceof String)) {
            throw new ValidationException("stream", text.strip(), "has a 'descr' that is not a string",
                    "write the file with numpy.save or Npy.write");
        }
        NpyDType dtype = NpyDType.of((String) descr);
        Object fortran = dict.get("fortran_order");
        if (!(fortran instanceof Boolean)) {
            throw new ValidationException("stream", text.strip(), "has a 'fortran_order' that is not True or False",
                    "write the file with numpy.save or Npy.write");
        }
        Object shapeValue = dict.get("shape");
        if (!(shapeValue instanceof Tuple)) {
            throw new ValidationException("stream", text.strip(), "has a 'shape' that is not a tuple",
                    "write the file with numpy.save or Npy.write");
        }
        List<Object> dims = ((Tuple) shapeValue).items;
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            Object d = dims.get(i);
            if (!(d instanceof Long) || (Long) d < 0) {
                throw new ValidationException("stream", text.strip(),
                        "has a 'shape' entry that is not a non-negative integer: " + d,
                        "write the file with numpy.save or Npy.write");
            }
            shape[i] = (Long) d;
        }
        return new NpyHeader(dtype, (Boolean) fortran, shape);
    }

    /** A Python tuple (a list is kept as a {@link List}). */
    private static final class Tuple {
        final List<Object> items;

        Tuple(List<Object> items) {
            this.items = items;
        }
    }

    private static final class Parser {
        /** numpy writes depth 3 at most (structured dtypes); the parser recurses per level, so bound it. */
        private static final int MAX_DEPTH = 64;

        final String s;
        final int base;
        int pos;
        int depth;

        Parser(String s, int base) {
            this.s = s;
            this.base = base;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        ValidationException error(String problem) {
            return errorAt(pos, problem);
        }

        ValidationException errorAt(int at, String problem) {
            String around = s.substring(Math.max(0, at - 10), Math.min(s.length(), at + 20));
            return new ValidationException("stream", around,
                    "is not a valid .npy (application/x-npy) header at byte offset " + (base + at) + ": " + problem,
                    "write the file with numpy.save or Npy.write");
        }

        Object value() {
            skipSpace();
            if (pos >= s.length()) {
                throw error("the header ends early");
            }
            char c = s.charAt(pos);
            if ((c == '{' || c == '(' || c == '[') && depth == MAX_DEPTH) {
                throw error("the header is nested deeper than " + MAX_DEPTH + " levels");
            }
            switch (c) {
                case '{':
                    return nested(this::dict);
                case '(':
                    return new Tuple(nested(() -> sequence('(', ')')));
                case '[':
                    return nested(() -> sequence('[', ']'));
                case '\'':
                case '"':
                    return string();
                default:
                    if (c == '-' || c == '+' || Character.isDigit(c)) {
                        return integer();
                    }
                    if (s.startsWith("True", pos)) {
                        pos += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("False", pos)) {
                        pos += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("None", pos)) {
                        pos += 4;
                        return null;
                    }
                    throw error("unexpected character '" + c + "'");
            }
        }

        private <T> T nested(java.util.function.Supplier<T> parse) {
            depth++;
            try {
                return parse.get();
            } finally {
                depth--;
            }
        }

        Map<Object, Object> dict() {
            Map<Object, Object> out = new LinkedHashMap<>();
            pos++; // '{'
            while (true) {
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return out;
                }
                Object key = value();
                skipSpace();
                expect(':');
                Object val = value();
                out.put(key, val);
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos < s.length() && s.charAt(pos) == '}') {
                    pos++;
                    return out;
                } else {
                    throw error("expected ',' or '}' in the dictionary");
                }
            }
        }

        List<Object> sequence(char open, char close) {
            List<Object> out = new ArrayList<>();
            pos++; // open
            while (true) {
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == close) {
                    pos++;
                    return out;
                }
                out.add(value());
                skipSpace();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos < s.length() && s.charAt(pos) == close) {
                    pos++;
                    return out;
                } else {
                    throw error("expected ',' or '" + close + "'");
                }
            }
        }

        String string() {
            char quote = s.charAt(pos);
            int start = ++pos;
            StringBuilder sb = new StringBuilder();
            while (pos < s.length() && s.charAt(pos) != quote) {
                char c = s.charAt(pos++);
                if (c == '\\' && pos < s.length()) {
                    c = s.charAt(pos++);
                }
                sb.append(c);
            }
            if (pos >= s.length()) {
                throw errorAt(start - 1, "a string is not closed");
            }
            pos++; // closing quote
            return sb.toString();
        }

        Long integer() {
            int start = pos;
            if (s.charAt(pos) == '-' || s.charAt(pos) == '+') {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            String digits = s.substring(start, pos);
            // Python 2 era files write long integers as 3L
            if (pos < s.length() && (s.charAt(pos) == 'L' || s.charAt(pos) == 'l')) {
                pos++;
            }
            try {
                return Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits);
            } catch (NumberFormatException e) {
                throw errorAt(start, "'" + digits + "' is not an integer that fits in 64 bits");
            }
        }

        void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }
    }
}
