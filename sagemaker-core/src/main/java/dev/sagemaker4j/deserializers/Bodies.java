/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Objects;

/** Helpers shared by the deserializers: reading and closing bodies, decoding text, errors with positions. */
final class Bodies {
    private Bodies() {
    }

    static InputStream require(InputStream stream) {
        if (stream == null) {
            throw new ValidationException("stream", null, "is null", "pass the response body stream");
        }
        return stream;
    }

    /** Reads the whole body and closes the stream, also on failure. */
    static byte[] readAllAndClose(InputStream stream, String contentType) {
        try (InputStream in = require(stream)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw ioFailure(contentType, e);
        }
    }

    static StorageException ioFailure(String contentType, IOException e) {
        return new StorageException("stream", "reading the " + label(contentType) + " response body failed: "
                + e.getMessage(), true, e);
    }

    /** Decodes strictly, as Python's {@code bytes.decode(encoding)}: bad bytes are an error with their offset. */
    static String decode(byte[] bytes, Charset charset, String contentType) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw malformed(contentType, "byte offset " + at,
                    "the bytes are not valid " + charset.name() + " (" + result + ")",
                    "send " + charset.name() + " text, or build the deserializer with the body's encoding",
                    hexAround(bytes, at));
        }
        out.flip();
        return out.toString();
    }

    /** The media type without parameters, lower case: {@code "Text/CSV; charset=utf-8"} gives {@code text/csv}. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    static String label(String contentType) {
        return contentType == null ? "(no content type)" : contentType;
    }

    static ValidationException malformed(String contentType, String position, String problem, String fix,
            String snippet) {
        return malformed(contentType, position, problem, fix, snippet, null);
    }

    static ValidationException malformed(String contentType, String position, String problem, String fix,
            String snippet, Throwable cause) {
        return new ValidationException("stream", snippet,
                label(contentType) + " body is malformed at " + position + ": " + problem, fix, cause);
    }

    /** "line L, column C" (1-based) of a character offset, counting \r\n, \r and \n as line breaks. */
    static String lineColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    static String snippet(String text, int offset) {
        Objects.requireNonNull(text);
        int from = Math.max(0, Math.min(offset, text.length()));
        String s = text.substring(from, Math.min(text.length(), from + 30));
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }

    private static String hexAround(byte[] bytes, int at) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + 8); i++) {
            sb.append(String.format("%02x", bytes[i] & 0xFF));
        }
        return sb.toString();
    }
}
