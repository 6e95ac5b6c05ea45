/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a CSV body into rows of strings, as {@code sagemaker.deserializers.CSVDeserializer}
 * ({@code list(csv.reader(...))}): every field stays a {@link String}; parse numbers yourself or use
 * {@link NumpyDeserializer}.
 *
 * <pre>{@code
 * List<List<String>> rows = new CSVDeserializer().deserialize(body, "text/csv");
 * // "a,\"b,c\"\n1,\"say \"\"hi\"\"\"" gives [[a, b,c], [1, say "hi"]]
 * }</pre>
 *
 * <p>Quoting follows RFC 4180 and Python's default {@code excel} dialect: a field that starts with
 * {@code "} runs to the next lone {@code "} and may hold commas and line breaks, {@code ""} inside
 * it is one quote; a quote elsewhere in a field is kept as a character. Lines end with
 * {@code \r\n}, {@code \n} or {@code \r}; an empty line is an empty row, and a final line break
 * adds no row. Two differences from the Python SDK, whose CSVDeserializer splits the text into
 * lines before parsing: a line break inside quotes is kept (Python drops it), and a quote left open
 * at the end of the body is an error naming its line and column (Python returns what it read).
 * Bytes that are not valid in the encoding are an error naming their byte offset. The result is a
 * mutable list of mutable rows, as Python returns a list of lists.
 */
public final class CSVDeserializer extends SimpleBaseDeserializer<List<List<String>>> {
    /** The default accept value. */
    public static final String ACCEPT = "text/csv";

    private final Charset encoding;

    /** Creates a UTF-8 CSV deserializer accepting {@code text/csv}. */
    public CSVDeserializer() {
        this(StandardCharsets.UTF_8, ACCEPT);
    }

    /**
     * Creates a CSV deserializer for an encoding, accepting {@code text/csv}.
     *
     * @param encoding the body's character encoding
     */
    public CSVDeserializer(Charset encoding) {
        this(encoding, ACCEPT);
    }

    /**
     * Creates a CSV deserializer for an encoding and accept type.
     *
     * @param encoding the body's character encoding
     * @param accept   the MIME type to send as {@code Accept}
     */
    public CSVDeserializer(Charset encoding, String accept) {
        super(List.of(accept == null ? "" : accept));
        this.encoding = Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * The character encoding bodies are decoded with.
     *
     * @return the encoding
     */
    public Charset encoding() {
        return encoding;
    }

    @Override
    public List<List<String>> deserialize(InputStream stream, String contentType) {
        String text = Bodies.decode(Bodies.readAllAndClose(stream, contentType), encoding, contentType);
        return parse(text, contentType);
    }

    /** Parses CSV text (RFC 4180, Python excel dialect, non-strict). */
    static List<List<String>> parse(String s, String contentType) {
        List<List<String>> rows = new ArrayList<>();
        int n = s.length();
        int pos = 0;
        StringBuilder field = new StringBuilder();
        while (pos < n) {
            List<String> row = new ArrayList<>();
            char first = s.charAt(pos);
            if (first == '\n' || first == '\r') {
                pos = skipLineBreak(s, pos);
                rows.add(row);
                continue;
            }
            while (true) {
                field.setLength(0);
                if (pos < n && s.charAt(pos) == '"') {
                    int open = pos++;
                    while (true) {
                        if (pos >= n) {
                            throw Bodies.malformed(contentType, Bodies.lineColumn(s, open),
                                    "the quoted field that starts here is never closed",
                                    "close the field with '\"' and write a quote inside it as '\"\"'",
                                    Bodies.snippet(s, open));
                        }
                        char c = s.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < n && s.charAt(pos + 1) == '"') {
                                field.append('"');
                                pos += 2;
                            } else {
                                pos++;
                                break;
                            }
                        } else {
                            field.append(c);
                            pos++;
                        }
                    }
                }
                // unquoted text, or (leniently, as Python does) text after a closing quote
                while (pos < n) {
                    char c = s.charAt(pos);
                    if (c == ',' || c == '\n' || c == '\r') {
                        break;
                    }
                    field.append(c);
                    pos++;
                }
                row.add(field.toString());
                if (pos < n && s.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                pos = skipLineBreak(s, pos);
                break;
            }
            rows.add(row);
        }
        return rows;
    }

    private static int skipLineBreak(String s, int pos) {
        if (pos < s.length() && s.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < s.length() && s.charAt(pos) == '\n') {
            pos++;
        }
        return pos;
    }
}
