/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport.hosting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request read from a fuzz input written like one, so corpus files stay readable and easy to
 * seed: {@code METHOD /raw/path?raw=query}, a line per {@code Name: value} header, an empty line,
 * then the body. Missing parts are empty; lines may end in LF or CRLF.
 *
 * @param method  the method (may be empty)
 * @param path    the raw path (may be empty)
 * @param query   the raw query, or {@code null} when the target has no {@code '?'}
 * @param headers the headers in order, values of repeated names together
 * @param body    the body
 */
public record FuzzRequest(String method, String path, String query, Map<String, List<String>> headers,
                          byte[] body) {
    /**
     * Reads a request from fuzz bytes.
     *
     * @param input the bytes
     * @return the request
     */
    public static FuzzRequest parse(byte[] input) {
        int pos = 0;
        List<String> lines = new ArrayList<>();
        while (pos < input.length) {
            int end = pos;
            while (end < input.length && input[end] != '\n') {
                end++;
            }
            String line = new String(input, pos, (end > pos && input[end - 1] == '\r' ? end - 1 : end) - pos,
                    StandardCharsets.UTF_8);
            pos = Math.min(end + 1, input.length);
            if (!lines.isEmpty() && line.isEmpty()) {
                break;
            }
            lines.add(line);
        }
        String start = lines.isEmpty() ? "" : lines.get(0);
        int space = start.indexOf(' ');
        String method = space < 0 ? start : start.substring(0, space);
        String target = space < 0 ? "" : start.substring(space + 1);
        int question = target.indexOf('?');
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new FuzzRequest(method, question < 0 ? target : target.substring(0, question),
                question < 0 ? null : target.substring(question + 1), headers,
                Arrays.copyOfRange(input, pos, input.length));
    }
}
