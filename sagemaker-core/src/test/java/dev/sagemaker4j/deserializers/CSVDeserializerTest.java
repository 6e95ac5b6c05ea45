/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.testsupport.TrackingInputStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.serializers.CSVSerializer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CSVDeserializerTest {

    private static List<List<String>> parse(String body) {
        return new CSVDeserializer().deserialize(new TrackingInputStream(body), "text/csv");
    }

    @Test
    void deserialize_plainRows_giveStrings() {
        assertThat(parse("1,2,3\n4,5,6")).containsExactly(List.of("1", "2", "3"), List.of("4", "5", "6"));
    }

    @Test
    void deserialize_quotedFields_keepCommasNewlinesAndDoubledQuotes() {
        assertThat(parse("\"a,b\",c\n\"line1\nline2\",\"say \"\"hi\"\"\"\n\"\",x"))
                .containsExactly(List.of("a,b", "c"), List.of("line1\nline2", "say \"hi\""), List.of("", "x"));
        assertThat(parse("\"crlf\r\ninside\",1\r\n")).containsExactly(List.of("crlf\r\ninside", "1"));
    }

    @Test
    void deserialize_lineEndings_crlfLfAndCr_allEndRows() {
        assertThat(parse("a,b\r\nc,d\re,f\ng,h\r\n")).containsExactly(List.of("a", "b"), List.of("c", "d"),
                List.of("e", "f"), List.of("g", "h"));
    }

    @Test
    void deserialize_emptyLinesAndFields_asPythonsCsvReader() {
        assertThat(parse("")).isEmpty();
        assertThat(parse("\n\na,b\n\n")).containsExactly(List.of(), List.of(), List.of("a", "b"), List.of());
        assertThat(parse("a,\r\n,b")).containsExactly(List.of("a", ""), List.of("", "b"));
        assertThat(parse(",")).containsExactly(List.of("", ""));
    }

    @Test
    void deserialize_strayQuotes_areKeptLikePythonsNonStrictReader() {
        assertThat(parse("ab\"c,d")).containsExactly(List.of("ab\"c", "d"));
        assertThat(parse("\"ab\"c,d")).containsExactly(List.of("abc", "d"));
        assertThat(parse(" \"a\",b")).containsExactly(List.of(" \"a\"", "b"));
    }

    @Test
    void deserialize_unclosedQuote_namesLineAndColumn() {
        assertThatThrownBy(() -> parse("a,b\nc,\"open\nstill open"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("text/csv body is malformed at line 2, column 3")
                .hasMessageContaining("never closed")
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.field()).isEqualTo("stream");
                    assertThat(v.value()).startsWith("\"open\\nstill");
                    assertThat(v.fix()).contains("\"\"");
                });
    }

    @Test
    void deserialize_closesTheStreamAndIsMutableAsPythonLists() {
        TrackingInputStream body = new TrackingInputStream("1");
        List<List<String>> rows = new CSVDeserializer().deserialize(body, "text/csv");
        assertThat(body.isClosed()).isTrue();
        rows.get(0).add("2");
        assertThat(rows.get(0)).containsExactly("1", "2");
    }

    @Test
    void deserialize_otherEncoding_isDecoded() {
        byte[] body = "\u00e9t\u00e9,1".getBytes(StandardCharsets.UTF_16LE);
        assertThat(new CSVDeserializer(StandardCharsets.UTF_16LE).deserialize(new ByteArrayInputStream(body),
                "text/csv")).containsExactly(List.of("\u00e9t\u00e9", "1"));
    }

    @Test
    void csvSerializerThenDeserializer_roundTripsTrickyText() {
        List<List<String>> rows = List.of(List.of("a,b", "\"q\"", "multi\nline"), List.of("", "x", "\r"));
        byte[] body = new CSVSerializer().serialize(rows);
        assertThat(new CSVDeserializer().deserialize(new ByteArrayInputStream(body), "text/csv")).isEqualTo(rows);
    }
}
