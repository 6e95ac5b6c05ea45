/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import com.sun.net.httpserver.HttpExchange;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Amazon S3's REST API (path-style) over a session's object store, so that the AWS CLI, boto3 and the AWS SDK's
 * {@code S3Client} upload training data and read outputs from the same server that serves SageMaker's API:
 * ListBuckets, CreateBucket, HeadBucket, ListObjectsV2 (prefix, delimiter, start-after, pagination, URL
 * encoding), PutObject, GetObject (with ranges), HeadObject, DeleteObject, DeleteObjects and multipart uploads.
 * Bodies sent with {@code aws-chunked} encoding (what current SDKs use for checksummed uploads) are decoded.
 * ETags are MD5 digests as S3 gives them; errors come back in S3's XML shape.
 */
public final class S3Handler implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(S3Handler.class);
    private static final String XMLNS = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final int MAX_XML_BYTES = 1024 * 1024;
    private static final int MAX_KEYS = 1000;

    private final ObjectStore store;
    private final Path uploadsDir;
    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final Map<String, String> etags = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > 4096;
                }
            });

    /** A multipart upload in progress: its object and the folder holding its parts. */
    private static final class Upload {
        final String uri;
        final Path dir;

        Upload(String uri, Path dir) {
            this.uri = uri;
            this.dir = dir;
        }
    }

    /**
     * Serves a store.
     *
     * @param store the session's object store
     * @throws IOException when the folder for multipart parts cannot be made
     */
    public S3Handler(ObjectStore store) throws IOException {
        this.store = store;
        this.uploadsDir = Files.createTempDirectory("sagemaker4j-s3-uploads");
    }

    /**
     * Answers one request.
     *
     * @param ex the exchange
     * @throws IOException when the connection fails
     */
    public void handle(HttpExchange ex) throws IOException {
        String requestId = UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase();
        ex.getResponseHeaders().set("x-amz-request-id", requestId);
        String path = ex.getRequestURI().getRawPath();
        Map<String, String> query = query(ex.getRequestURI().getRawQuery());
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : decode(rest.substring(slash + 1));
        String method = ex.getRequestMethod();
        try {
            if (bucket.isEmpty()) {
                if (!method.equals("GET")) {
                    throw new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this"
                            + " resource.");
                }
                listBuckets(ex);
            } else if (key.isEmpty()) {
                S3Uri.validateBucket(bucket);
                bucketOperation(ex, method, bucket, query);
            } else {
                objectOperation(ex, method, bucket, key, query);
            }
        } catch (S3Error e) {
            error(ex, e.status, e.code, e.getMessage(), path, requestId);
        } catch (ResourceNotFoundException e) {
            error(ex, 404, key.isEmpty() ? "NoSuchBucket" : "NoSuchKey", key.isEmpty()
                    ? "The specified bucket does not exist" : "The specified key does not exist.", path, requestId);
        } catch (ValidationException e) {
            error(ex, 400, "InvalidArgument", e.getMessage(), path, requestId);
        } catch (SageMakerException e) {
            error(ex, 500, "InternalError", e.getMessage(), path, requestId);
        } catch (RuntimeException e) {
            LOG.warn("S3 {} {} failed", method, path, e);
            error(ex, 500, "InternalError", "We encountered an internal error. Please try again.", path, requestId);
        } finally {
            ex.close();
        }
    }

    private void bucketOperation(HttpExchange ex, String method, String bucket, Map<String, String> query)
            throws IOException {
        switch (method) {
            case "PUT":
                drain(ex);
                store.ensureBucket(bucket);
                ex.getResponseHeaders().set("Location", "/" + bucket);
                send(ex, 200, null);
                break;
            case "HEAD":
                requireBucket(bucket);
                ex.getResponseHeaders().set("x-amz-bucket-region", "us-east-1");
                ex.sendResponseHeaders(200, -1);
                break;
            case "GET":
                requireBucket(bucket);
                if (query.containsKey("location")) {
                    send(ex, 200, "<LocationConstraint xmlns=\"" + XMLNS + "\"/>");
                } else {
                    listObjects(ex, bucket, query);
                }
                break;
            case "POST":
                if (!query.containsKey("delete")) {
                    throw new S3Error(400, "InvalidRequest", "POST on a bucket needs ?delete");
                }
                deleteObjects(ex, bucket);
                break;
            case "DELETE":
                requireBucket(bucket);
                if (store.listAll("s3://" + bucket + "/").findAny().isPresent()) {
                    throw new S3Error(409, "BucketNotEmpty", "The bucket you tried to delete is not empty");
                }
                throw new S3Error(501, "NotImplemented", "DeleteBucket is not served locally; the bucket is a"
                        + " folder under the session root");
            default:
                throw new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this"
                        + " resource.");
        }
    }

    private void objectOperation(HttpExchange ex, String method, String bucket, String key,
            Map<String, String> query) throws IOException {
        S3Uri.validateBucket(bucket);
        requireBucket(bucket);
        String uri = "s3://" + bucket + "/" + key;
        String uploadId = query.get("uploadId");
        switch (method) {
            case "PUT":
                if (uploadId != null) {
                    uploadPart(ex, upload(uploadId, uri), query.get("partNumber"));
                } else if (ex.getRequestHeaders().getFirst("x-amz-copy-source") != null) {
                    copyObject(ex, uri);
                } else {
                    putObject(ex, uri);
                }
                break;
            case "GET":
                getObject(ex, uri, true);
                break;
            case "HEAD":
                getObject(ex, uri, false);
                break;
            case "DELETE":
                drain(ex);
                if (uploadId != null) {
                    abort(upload(uploadId, uri), uploadId);
                } else {
                    store.delete(uri);
                    etags.remove(uri);
                }
                ex.sendResponseHeaders(204, -1);
                break;
            case "POST":
                if (query.containsKey("uploads")) {
                    drain(ex);
                    String id = UUID.randomUUID().toString();
                    uploads.put(id, new Upload(uri, Files.createDirectories(uploadsDir.resolve(id))));
                    send(ex, 200, "<InitiateMultipartUploadResult xmlns=\"" + XMLNS + "\"><Bucket>" + xml(bucket)
                            + "</Bucket><Key>" + xml(key) + "</Key><UploadId>" + id
                            + "</UploadId></InitiateMultipartUploadResult>");
                } else if (uploadId != null) {
                    complete(ex, upload(uploadId, uri), uploadId, bucket, key);
                } else {
                    throw new S3Error(400, "InvalidRequest", "POST on an object needs ?uploads or ?uploadId");
                }
                break;
            default:
                throw new S3Error(405, "MethodNotAllowed", "The specified method is not allowed against this"
                        + " resource.");
        }
    }

    private void requireBucket(String bucket) {
        if (!store.listBuckets().contains(bucket)) {
            throw new S3Error(404, "NoSuchBucket", "The specified bucket does not exist");
        }
    }

    private void listBuckets(HttpExchange ex) throws IOException {
        StringBuilder sb = new StringBuilder("<ListAllMyBucketsResult xmlns=\"" + XMLNS + "\"><Owner><ID>local"
                + "</ID><DisplayName>local</DisplayName></Owner><Buckets>");
        for (String b : store.listBuckets()) {
            sb.append("<Bucket><Name>").append(xml(b)).append("</Name><CreationDate>")
                    .append(Instant.EPOCH).append("</CreationDate></Bucket>");
        }
        send(ex, 200, sb.append("</Buckets></ListAllMyBucketsResult>").toString());
    }

    private void listObjects(HttpExchange ex, String bucket, Map<String, String> query) throws IOException {
        String prefix = query.getOrDefault("prefix", "");
        String delimiter = query.get("delimiter");
        boolean v2 = "2".equals(query.get("list-type"));
        boolean url = "url".equals(query.get("encoding-type"));
        int maxKeys = MAX_KEYS;
        if (query.containsKey("max-keys")) {
            try {
                maxKeys = Math.min(MAX_KEYS, Math.max(0, Integer.parseInt(query.get("max-keys"))));
            } catch (NumberFormatException e) {
                throw new S3Error(400, "InvalidArgument", "max-keys is not a number");
            }
        }
        String token = query.get("continuation-token");
        String after = token != null ? new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8)
                : v2 ? query.getOrDefault("start-after", "") : query.getOrDefault("marker", "");
        List<ObjectSummary> objects = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String last = null;
        boolean truncated = false;
        try (Stream<ObjectSummary> all = store.listAll("s3://" + bucket + "/" + prefix)) {
            Iterator<ObjectSummary> it = all.iterator();
            while (it.hasNext()) {
                ObjectSummary o = it.next();
                String k = o.key();
                if (k.compareTo(after) <= 0 && !after.isEmpty()) {
                    continue;
                }
                String common = null;
                if (delimiter != null && !delimiter.isEmpty()) {
                    int at = k.indexOf(delimiter, prefix.length());
                    common = at < 0 ? null : k.substring(0, at + delimiter.length());
                }
                if (common != null && common.equals(last)) {
                    continue;
                }
                if (objects.size() + prefixes.size() == maxKeys) {
                    truncated = true;
                    break;
                }
                if (common != null) {
                    prefixes.add(common);
                    last = common;
                    // the next page starts after every key of this common prefix
                    after = common + Character.MAX_VALUE;
                } else {
                    objects.add(o);
                    last = k;
                    after = k;
                }
            }
        }
        StringBuilder sb = new StringBuilder("<ListBucketResult xmlns=\"" + XMLNS + "\"><Name>").append(xml(bucket))
                .append("</Name><Prefix>").append(xml(enc(prefix, url))).append("</Prefix>");
        if (delimiter != null) {
            sb.append("<Delimiter>").append(xml(enc(delimiter, url))).append("</Delimiter>");
        }
        sb.append("<MaxKeys>").append(maxKeys).append("</MaxKeys>");
        if (url) {
            sb.append("<EncodingType>url</EncodingType>");
        }
        sb.append("<IsTruncated>").append(truncated).append("</IsTruncated>");
        if (v2) {
            sb.append("<KeyCount>").append(objects.size() + prefixes.size()).append("</KeyCount>");
            if (token != null) {
                sb.append("<ContinuationToken>").append(xml(token)).append("</ContinuationToken>");
            }
            if (truncated) {
                sb.append("<NextContinuationToken>").append(Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(after.getBytes(StandardCharsets.UTF_8))).append("</NextContinuationToken>");
            }
        } else if (truncated) {
            sb.append("<NextMarker>").append(xml(enc(last, url))).append("</NextMarker>");
        }
        for (ObjectSummary o : objects) {
            sb.append("<Contents><Key>").append(xml(enc(o.key(), url))).append("</Key><LastModified>")
                    .append(o.lastModified()).append("</LastModified><ETag>&quot;").append(etag(o))
                    .append("&quot;</ETag><Size>").append(o.size())
                    .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
        }
        for (String p : prefixes) {
            sb.append("<CommonPrefixes><Prefix>").append(xml(enc(p, url))).append("</Prefix></CommonPrefixes>");
        }
        send(ex, 200, sb.append("</ListBucketResult>").toString());
    }

    private void putObject(HttpExchange ex, String uri) throws IOException {
        Path tmp = Files.createTempFile(uploadsDir, "put", ".part");
        try {
            String md5 = receive(ex, tmp);
            checkContentMd5(ex, md5);
            store.put(uri, tmp);
            etags.put(uri + "@" + Files.size(tmp), md5);
            ex.getResponseHeaders().set("ETag", "\"" + md5 + "\"");
            ex.sendResponseHeaders(200, -1);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void copyObject(HttpExchange ex, String uri) throws IOException {
        drain(ex);
        String source = decode(ex.getRequestHeaders().getFirst("x-amz-copy-source"));
        source = source.startsWith("/") ? source.substring(1) : source;
        String from = "s3://" + source;
        Path tmp = Files.createTempFile(uploadsDir, "copy", ".part");
        try {
            try (InputStream in = store.get(from)) {
                Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            store.put(uri, tmp);
            String md5 = md5(tmp);
            send(ex, 200, "<CopyObjectResult xmlns=\"" + XMLNS + "\"><LastModified>" + Instant.now()
                    + "</LastModified><ETag>&quot;" + md5 + "&quot;</ETag></CopyObjectResult>");
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void getObject(HttpExchange ex, String uri, boolean body) throws IOException {
        drain(ex);
        ObjectSummary o = store.head(uri).orElseThrow(() -> new S3Error(404, "NoSuchKey",
                "The specified key does not exist."));
        long size = o.size();
        long from = 0;
        long to = size - 1;
        String range = ex.getRequestHeaders().getFirst("Range");
        boolean partial = false;
        if (range != null && range.startsWith("bytes=") && !range.contains(",")) {
            String[] ends = range.substring(6).split("-", -1);
            try {
                if (ends[0].isEmpty()) {
                    from = Math.max(0, size - Long.parseLong(ends[1]));
                } else {
                    from = Long.parseLong(ends[0]);
                    to = ends[1].isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(ends[1]));
                }
            } catch (NumberFormatException e) {
                throw new S3Error(400, "InvalidArgument", "The Range header is not bytes=START-END");
            }
            if (from >= size || from > to) {
                ex.getResponseHeaders().set("Content-Range", "bytes */" + size);
                throw new S3Error(416, "InvalidRange", "The requested range is not satisfiable");
            }
            partial = true;
        }
        ex.getResponseHeaders().set("ETag", "\"" + etag(o) + "\"");
        ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(o.lastModified()));
        ex.getResponseHeaders().set("Content-Type", "binary/octet-stream");
        ex.getResponseHeaders().set("Accept-Ranges", "bytes");
        long length = size == 0 ? 0 : to - from + 1;
        if (partial) {
            ex.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + to + "/" + size);
        }
        if (!body) {
            ex.getResponseHeaders().set("Content-Length", Long.toString(length));
            ex.sendResponseHeaders(partial ? 206 : 200, -1);
            return;
        }
        try (InputStream in = store.get(uri)) {
            in.skipNBytes(from);
            ex.sendResponseHeaders(partial ? 206 : 200, length == 0 ? -1 : length);
            if (length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    copy(in, out, length);
                }
            }
        }
    }

    private void deleteObjects(HttpExchange ex, String bucket) throws IOException {
        Document doc = parseXml(ex);
        NodeList objects = doc.getElementsByTagNameNS("*", "Object");
        boolean quiet = "true".equals(text(doc.getDocumentElement(), "Quiet"));
        StringBuilder sb = new StringBuilder("<DeleteResult xmlns=\"" + XMLNS + "\">");
        for (int i = 0; i < objects.getLength(); i++) {
            String key = text((Element) objects.item(i), "Key");
            try {
                store.delete("s3://" + bucket + "/" + key);
                if (!quiet) {
                    sb.append("<Deleted><Key>").append(xml(key)).append("</Key></Deleted>");
                }
            } catch (SageMakerException e) {
                sb.append("<Error><Key>").append(xml(key)).append("</Key><Code>InternalError</Code><Message>")
                        .append(xml(e.getMessage())).append("</Message></Error>");
            }
        }
        send(ex, 200, sb.append("</DeleteResult>").toString());
    }

    private Upload upload(String id, String uri) {
        Upload u = uploads.get(id);
        if (u == null || !u.uri.equals(uri)) {
            throw new S3Error(404, "NoSuchUpload", "The specified multipart upload does not exist. The upload ID may"
                    + " be invalid, or the upload may have been aborted or completed.");
        }
        return u;
    }

    private void uploadPart(HttpExchange ex, Upload upload, String partNumber) throws IOException {
        int number;
        try {
            number = Integer.parseInt(partNumber);
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > 10_000) {
            throw new S3Error(400, "InvalidArgument", "Part number must be an integer between 1 and 10000,"
                    + " inclusive");
        }
        Path part = upload.dir.resolve("part-" + number);
        Path tmp = Files.createTempFile(upload.dir, "incoming", ".part");
        try {
            String md5 = receive(ex, tmp);
            checkContentMd5(ex, md5);
            Files.move(tmp, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(upload.dir.resolve("part-" + number + ".md5"), md5);
            ex.getResponseHeaders().set("ETag", "\"" + md5 + "\"");
            ex.sendResponseHeaders(200, -1);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void complete(HttpExchange ex, Upload upload, String id, String bucket, String key) throws IOException {
        Document doc = parseXml(ex);
        NodeList parts = doc.getElementsByTagNameNS("*", "Part");
        TreeMap<Integer, String> listed = new TreeMap<>();
        for (int i = 0; i < parts.getLength(); i++) {
            Element part = (Element) parts.item(i);
            int number = Integer.parseInt(text(part, "PartNumber").trim());
            String etag = text(part, "ETag").replace("\"", "").trim();
            Path md5 = upload.dir.resolve("part-" + number + ".md5");
            if (!Files.exists(md5) || !Files.readString(md5).equals(etag)) {
                throw new S3Error(400, "InvalidPart", "One or more of the specified parts could not be found. The"
                        + " part may not have been uploaded, or the specified entity tag may not match the part's"
                        + " entity tag.");
            }
            listed.put(number, etag);
        }
        if (listed.isEmpty()) {
            throw new S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not validate"
                    + " against our published schema");
        }
        Path whole = upload.dir.resolve("whole");
        ByteArrayOutputStream digests = new ByteArrayOutputStream();
        try (OutputStream out = Files.newOutputStream(whole, StandardOpenOption.CREATE_NEW)) {
            for (Map.Entry<Integer, String> e : listed.entrySet()) {
                Files.copy(upload.dir.resolve("part-" + e.getKey()), out);
                digests.write(HexFormat.of().parseHex(e.getValue()));
            }
        }
        store.put(upload.uri, whole);
        String etag = hex(digest().digest(digests.toByteArray())) + "-" + listed.size();
        etags.put(upload.uri + "@" + Files.size(whole), etag);
        abort(upload, id);
        send(ex, 200, "<CompleteMultipartUploadResult xmlns=\"" + XMLNS + "\"><Location>/" + xml(bucket) + "/"
                + xml(key) + "</Location><Bucket>" + xml(bucket) + "</Bucket><Key>" + xml(key) + "</Key><ETag>&quot;"
                + etag + "&quot;</ETag></CompleteMultipartUploadResult>");
    }

    private void abort(Upload upload, String id) throws IOException {
        uploads.remove(id);
        deleteTree(upload.dir);
    }

    /** The body into a file, decoding {@code aws-chunked}; answers the MD5 of what was written. */
    private static String receive(HttpExchange ex, Path target) throws IOException {
        String encoding = String.valueOf(ex.getRequestHeaders().getFirst("Content-Encoding"));
        String sha = String.valueOf(ex.getRequestHeaders().getFirst("x-amz-content-sha256"));
        InputStream body = ex.getRequestBody();
        if (encoding.contains("aws-chunked") || sha.startsWith("STREAMING-")) {
            body = new AwsChunkedInputStream(body);
        }
        MessageDigest md5 = digest();
        try (InputStream in = new DigestInputStream(body, md5)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return hex(md5.digest());
    }

    private static void checkContentMd5(HttpExchange ex, String md5) {
        String sent = ex.getRequestHeaders().getFirst("Content-MD5");
        if (sent != null && !Base64.getEncoder().encodeToString(HexFormat.of().parseHex(md5)).equals(sent.trim())) {
            throw new S3Error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }
    }

    /** S3's ETag of a single-part object, its MD5, cached by object and size. */
    private String etag(ObjectSummary o) {
        String cacheKey = o.uri() + "@" + o.size();
        String cached = etags.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        MessageDigest md5 = digest();
        try (InputStream in = new DigestInputStream(store.get(o.uri()), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new S3Error(500, "InternalError", "could not read " + o.uri() + ": " + e.getMessage());
        }
        String etag = hex(md5.digest());
        etags.put(cacheKey, etag);
        return etag;
    }

    private static String md5(Path file) throws IOException {
        MessageDigest md5 = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(md5.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static Document parseXml(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readNBytes(MAX_XML_BYTES + 1);
        if (body.length > MAX_XML_BYTES) {
            throw new S3Error(400, "MaxMessageLengthExceeded", "Your request was too big.");
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // no DTDs and no external entities: a request body must not make the server read files
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            throw new S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not validate"
                    + " against our published schema");
        }
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static void send(HttpExchange ex, int status, String xml) throws IOException {
        if (xml == null) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/xml");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void error(HttpExchange ex, int status, String code, String message, String resource,
            String requestId) throws IOException {
        drain(ex);
        if (ex.getRequestMethod().equals("HEAD")) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        send(ex, status, "<Error><Code>" + code + "</Code><Message>" + xml(message) + "</Message><Resource>"
                + xml(resource) + "</Resource><RequestId>" + requestId + "</RequestId></Error>");
    }

    /** Reads what is left of the body (the connection can then serve the next request). */
    private static void drain(HttpExchange ex) {
        try {
            ex.getRequestBody().transferTo(OutputStream.nullOutputStream());
        } catch (IOException alreadyClosed) {
            // read and closed before: nothing is left
        }
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("the object ended " + left + " bytes early");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                q.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return q;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new S3Error(400, "InvalidURI", "Couldn't parse the specified URI.");
        }
    }

    private static String enc(String s, boolean url) {
        return url ? URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/") : s;
    }

    private static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                default:
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append("&#").append((int) c).append(';');
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Removes the parts of uploads never completed. */
    @Override
    public void close() {
        try {
            deleteTree(uploadsDir);
        } catch (IOException ignored) {
            // a temporary folder: the OS cleans it up eventually
        }
    }

    /** An S3 error: the HTTP status, S3's code and message. */
    static final class S3Error extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        S3Error(int status, String code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    /**
     * Decodes {@code aws-chunked}: {@code hex-size[;chunk-signature=…]\r\n data \r\n} until a chunk of size 0, then
     * optional trailers ({@code x-amz-checksum-crc32:…}) and an empty line. Sizes are bounded by what follows.
     */
    static final class AwsChunkedInputStream extends FilterInputStream {
        private long left;
        private boolean done;

        AwsChunkedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (left == 0) {
                String header = line();
                int semi = header.indexOf(';');
                String size = (semi < 0 ? header : header.substring(0, semi)).trim();
                try {
                    left = size.length() > 15 ? -1 : Long.parseLong(size, 16);
                } catch (NumberFormatException e) {
                    left = -1;
                }
                if (left < 0) {
                    throw new S3Error(400, "IncompleteBody", "The aws-chunked body has a bad chunk header");
                }
                if (left == 0) {
                    // trailers (at most 64) up to an empty line
                    int trailers = 0;
                    while (trailers++ < 64 && !line().isEmpty()) {
                        // a trailer such as x-amz-checksum-crc32: the MD5 of the stored bytes is the ETag
                    }
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new S3Error(400, "IncompleteBody", "The aws-chunked body ended inside a chunk");
            }
            left -= n;
            if (left == 0) {
                line(); // the CRLF after the chunk's data
            }
            return n;
        }

        /** One line, at most 8 KiB, without its CRLF; empty at the end of the stream. */
        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c != '\r') {
                    if (sb.length() == 8192) {
                        throw new S3Error(400, "IncompleteBody", "The aws-chunked body has a line over 8 KiB");
                    }
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }
    }

}
