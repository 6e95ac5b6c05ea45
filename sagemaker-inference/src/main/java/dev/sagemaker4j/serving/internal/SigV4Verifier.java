/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks AWS Signature Version 4 on requests to the local API server, for configured access keys: the
 * server recomputes the signature from the request (method, path, query, the signed headers, the body)
 * and the secret key, as the service does, and compares. The body is hashed as received, never taken
 * from {@code X-Amz-Content-Sha256}, and {@code X-Amz-Date} must be within 15 minutes of the server's
 * clock, so a captured request can be neither given another body nor replayed later.
 */
public final class SigV4Verifier {
    private static final HexFormat HEX = HexFormat.of();
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** How far X-Amz-Date may be from the server's clock, as the service allows. */
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Map<String, String> secrets;

    /**
     * Creates a verifier.
     *
     * @param secrets secret access key by access key id
     */
    public SigV4Verifier(Map<String, String> secrets) {
        this.secrets = Map.copyOf(secrets);
    }

    /**
     * Checks one request whose body has been read.
     *
     * @param method     the HTTP method
     * @param rawPath    the path as sent (percent-encoded)
     * @param rawQuery   the query as sent, or {@code null}
     * @param headers    the request headers (names in any case)
     * @param body       the body
     * @return {@code null} when the signature is right, else why not
     */
    public Problem verify(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                          byte[] body) {
        Map<String, List<String>> lower = lower(headers);
        Problem problem = checkHeaders(lower, Instant.now());
        if (problem == null) {
            problem = checkPayload(lower, body);
        }
        return problem != null ? problem : checkSignature(method, rawPath, rawQuery, lower, hex(body));
    }

    /**
     * The checks that need no body: the Authorization header, a known access key and an
     * {@code X-Amz-Date} within 15 minutes of {@code now}, as the service allows.
     *
     * @param headers the request headers, names in lower case ({@link #lower})
     * @param now     the server's clock
     * @return {@code null} when they pass, else why not
     */
    public Problem checkHeaders(Map<String, List<String>> headers, Instant now) {
        String authorization = first(headers, "authorization");
        if (authorization == null || !authorization.startsWith(ALGORITHM + " ")) {
            return new Problem(403, "MissingAuthenticationTokenException",
                    "the request is not signed with AWS Signature Version 4");
        }
        Map<String, String> parts = parts(authorization);
        String credential = parts.get("Credential");
        if (credential == null || parts.get("SignedHeaders") == null || parts.get("Signature") == null) {
            return new Problem(403, "IncompleteSignatureException",
                    "the Authorization header lacks Credential, SignedHeaders or Signature");
        }
        String[] scope = credential.split("/");
        if (scope.length != 5) {
            return new Problem(403, "IncompleteSignatureException",
                    "the credential scope is not <key>/<date>/<region>/<service>/aws4_request");
        }
        if (!secrets.containsKey(scope[0])) {
            return new Problem(403, "UnrecognizedClientException",
                    "The security token included in the request is invalid (unknown access key " + scope[0] + ")");
        }
        String amzDate = first(headers, "x-amz-date");
        if (amzDate == null) {
            return new Problem(403, "IncompleteSignatureException", "the request has no X-Amz-Date header");
        }
        Instant signed;
        try {
            signed = AMZ_DATE.parse(amzDate, Instant::from);
        } catch (DateTimeParseException e) {
            return new Problem(403, "IncompleteSignatureException", "X-Amz-Date '" + amzDate
                    + "' is not in the form yyyyMMdd'T'HHmmss'Z'");
        }
        // The service's own words; the SDKs correct their clock skew from them and the Date header.
        if (signed.isBefore(now.minus(MAX_SKEW))) {
            return new Problem(403, "InvalidSignatureException", "Signature expired: " + amzDate
                    + " is now earlier than " + AMZ_DATE.format(now.minus(MAX_SKEW)) + " (" + AMZ_DATE.format(now)
                    + " - 15 min.)");
        }
        if (signed.isAfter(now.plus(MAX_SKEW))) {
            return new Problem(403, "InvalidSignatureException", "Signature not yet current: " + amzDate
                    + " is still later than " + AMZ_DATE.format(now.plus(MAX_SKEW)) + " (" + AMZ_DATE.format(now)
                    + " + 15 min.)");
        }
        return null;
    }

    /**
     * The payload hash the client claims in {@code X-Amz-Content-Sha256}, when it sent one.
     *
     * @param headers the request headers, names in lower case
     * @return the header's value, or {@code null}
     */
    public static String claimedPayloadHash(Map<String, List<String>> headers) {
        return first(headers, "x-amz-content-sha256");
    }

    /**
     * The service a request was signed for: the fourth part of its credential scope.
     *
     * @param authorization the {@code Authorization} header, or {@code null}
     * @return e.g. {@code s3} or {@code sagemaker}, or {@code null} when the request is not signed so
     */
    public static String signedService(String authorization) {
        if (authorization == null || !authorization.startsWith(ALGORITHM + " ")) {
            return null;
        }
        String credential = parts(authorization).get("Credential");
        String[] scope = credential == null ? new String[0] : credential.split("/");
        return scope.length == 5 ? scope[3] : null;
    }

    /**
     * Checks the body against {@code X-Amz-Content-Sha256}, when the client sent that header: the
     * signature covers the header, so a body that does not match it must be refused, whatever the
     * header says ({@code UNSIGNED-PAYLOAD} and streaming forms included).
     *
     * @param headers the request headers, names in lower case
     * @param body    the body received
     * @return {@code null} when no header was sent or it matches, else the service's 400
     *         {@code XAmzContentSHA256Mismatch}
     */
    public Problem checkPayload(Map<String, List<String>> headers, byte[] body) {
        String claimed = claimedPayloadHash(headers);
        if (claimed == null || MessageDigest.isEqual(claimed.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                hex(body).getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        return new Problem(400, "XAmzContentSHA256Mismatch",
                "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }

    /**
     * Recomputes the signature from the request and the secret key, as the service does, and compares.
     *
     * @param method      the HTTP method
     * @param rawPath     the path as sent (percent-encoded)
     * @param rawQuery    the query as sent, or {@code null}
     * @param headers     the request headers, names in lower case, already through {@link #checkHeaders}
     * @param payloadHash the hex SHA-256 of the body: the one computed, or the claimed one when the body is
     *                    to be checked against it afterwards
     * @return {@code null} when the signature is right, else why not
     */
    public Problem checkSignature(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                                  String payloadHash) {
        Map<String, String> parts = parts(first(headers, "authorization"));
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        String[] scope = parts.get("Credential").split("/");
        String secret = secrets.get(scope[0]);
        String amzDate = first(headers, "x-amz-date");
        StringBuilder canonical = new StringBuilder();
        canonical.append(method).append('\n');
        // S3 signs the path as sent; every other service encodes each segment once more
        canonical.append("s3".equals(scope.length > 3 ? scope[3] : null) ? (rawPath == null || rawPath.isEmpty()
                ? "/" : rawPath) : canonicalPath(rawPath)).append('\n');
        canonical.append(canonicalQuery(rawQuery)).append('\n');
        for (String name : signedHeaders.split(";")) {
            List<String> values = headers.get(name);
            String value = values == null ? "" : String.join(",", values.stream()
                    .map(v -> v.trim().replaceAll("\\s+", " ")).toList());
            canonical.append(name).append(':').append(value).append('\n');
        }
        canonical.append('\n').append(signedHeaders).append('\n');
        canonical.append(payloadHash);
        String scopeText = scope[1] + "/" + scope[2] + "/" + scope[3] + "/" + scope[4];
        String toSign = ALGORITHM + "\n" + amzDate + "\n" + scopeText + "\n"
                + HEX.formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), scope[1]);
        key = hmac(key, scope[2]);
        key = hmac(key, scope[3]);
        key = hmac(key, "aws4_request");
        String expected = HEX.formatHex(hmac(key, toSign));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Problem(403, "InvalidSignatureException", "The request signature we calculated does not match"
                    + " the signature you provided. Check your AWS Secret Access Key and signing method.");
        }
        return null;
    }

    /**
     * The headers with names in lower case, values of repeated names joined in order.
     *
     * @param headers the request headers
     * @return a new map
     */
    public static Map<String, List<String>> lower(Map<String, List<String>> headers) {
        Map<String, List<String>> lower = new TreeMap<>();
        headers.forEach((k, v) -> lower.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
        return lower;
    }

    /**
     * The hex SHA-256 of a body.
     *
     * @param body the body
     * @return 64 lower-case hex digits
     */
    public static String hex(byte[] body) {
        return HEX.formatHex(sha256(body));
    }

    private static Map<String, String> parts(String authorization) {
        Map<String, String> parts = new TreeMap<>();
        for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return parts;
    }

    /**
     * Why a request was refused, in the service's terms.
     *
     * @param status  the HTTP status
     * @param code    the error code
     * @param message the message
     */
    public record Problem(int status, String code, String message) {
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Non-S3 services encode each path segment once more. */
    private static String canonicalPath(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        StringBuilder sb = new StringBuilder();
        String[] segments = rawPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(encode(segments[i]));
        }
        return sb.toString();
    }

    /**
     * A query part decoded; a malformed escape ({@code %zz}) stays as sent, so the signature simply does not
     * match (403) instead of the decoder's unchecked exception escaping.
     */
    private static String decodeLeniently(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return part;
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = decodeLeniently(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decodeLeniently(pair.substring(eq + 1));
            pairs.add(new String[] {encode(k), encode(v)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        StringBuilder sb = new StringBuilder();
        for (String[] p : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    private static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
