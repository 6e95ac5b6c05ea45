/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Objects stored as files under one folder, with S3's semantics: keys are '/'-separated paths,
 * listings go by string prefix in UTF-8 key order, writes are published atomically (temporary
 * file, fsync, rename) so readers never see half an object.
 *
 * <p>Used for local buckets ({@code <root>/s3/<bucket>/}) and for {@code file://} URIs (the
 * folder is the file system root and the key the absolute path without its leading '/').
 */
public final class DirectoryObjects {
    /** Marks temporary files of unfinished writes; listings skip them. */
    static final String TEMP_MARKER = ".sm4j-tmp-";
    private static final int BUFFER = 1 << 16;
    /** Orders keys as S3 does: by UTF-8 bytes, which is code point order. */
    static final Comparator<String> KEY_ORDER = DirectoryObjects::compareCodePoints;

    private final Path base;
    private final Function<String, String> uriOfKey;
    private final boolean durable;

    /**
     * Creates a view of a folder.
     *
     * @param base     the folder holding the objects (created on first write)
     * @param uriOfKey builds an object's URI from its key
     * @param durable  whether to fsync each write before publishing it
     */
    public DirectoryObjects(Path base, Function<String, String> uriOfKey, boolean durable) {
        this.base = base;
        this.uriOfKey = uriOfKey;
        this.durable = durable;
    }

    /**
     * The file of a key, checked so that it stays inside the folder.
     *
     * @param key the key
     * @return the file path
     */
    public Path fileOf(String key) {
        validateKey(key);
        return base.resolve(key);
    }

    private void validateKey(String key) {
        if (key.isEmpty()) {
            throw new ValidationException("key", key, "is empty", "name an object, e.g. s3://bucket/data/file.csv");
        }
        if (key.endsWith("/")) {
            throw new ValidationException("key", key, "ends with '/' (a folder marker)",
                    "local buckets keep objects as files: drop the trailing '/'");
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new ValidationException("key", key, "has an empty, '.' or '..' path segment",
                        "use keys like 'data/train.csv' without '//', './' or '../'");
            }
            if (segment.contains(TEMP_MARKER)) {
                throw new ValidationException("key", key, "contains the reserved marker " + TEMP_MARKER,
                        "choose another name");
            }
        }
        if (key.indexOf('\0') >= 0) {
            throw new ValidationException("key", key, "contains a NUL character", "remove it");
        }
    }

    /**
     * Writes an object from a stream, atomically.
     *
     * @param key     the key
     * @param content the bytes (read to the end, not closed)
     */
    public void put(String key, InputStream content) {
        Path target = fileOf(key);
        Path temp = null;
        try {
            temp = tempFileFor(target);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                }
                out.flush();
                if (durable) {
                    channel.force(true);
                }
            }
            publish(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be written: " + e, false, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Writes an object from a file, atomically.
     *
     * @param key    the key
     * @param source the file
     */
    public void put(String key, Path source) {
        requireFile(source);
        Path target = fileOf(key);
        Path temp = null;
        try {
            temp = tempFileFor(target);
            try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                long size = in.size();
                long position = 0;
                while (position < size) {
                    position += in.transferTo(position, size - position, out);
                }
                if (durable) {
                    out.force(true);
                }
            }
            publish(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be written from " + source + ": " + e,
                    false, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Writes an object from a file the caller gives up, atomically: renamed in when it lies on the bucket's
     * file system (fsynced there when durable), copied and removed otherwise.
     *
     * @param key    the key
     * @param source the file, gone once this returns
     */
    public void moveIn(String key, Path source) {
        requireFile(source);
        Path target = fileOf(key);
        Path temp = null;
        try {
            temp = tempFileFor(target);
            try {
                Files.move(source, temp, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // another file system: a rename cannot reach the bucket, so the bytes are copied once
                deleteQuietly(temp);
                temp = null;
                put(key, source);
                Files.deleteIfExists(source);
                return;
            }
            if (durable) {
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            publish(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be moved in from " + source + ": " + e,
                    false, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Refuses a source that is not an existing regular file, before anything is written. */
    static void requireFile(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new ValidationException("source", source, "is not an existing file",
                    "pass the path of a readable file");
        }
    }

    private Path tempFileFor(Path target) throws IOException {
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new ValidationException("key", base.relativize(target).toString().replace('\\', '/'),
                    "needs a folder where an object of a shorter key already is",
                    "local buckets cannot hold both 'a' and 'a/b'; rename one of them", e);
        }
        if (Files.isDirectory(target)) {
            throw new ValidationException("key", base.relativize(target).toString().replace('\\', '/'),
                    "is a prefix of other objects in this local bucket",
                    "local buckets cannot hold both 'a' and 'a/b'; rename one of them");
        }
        Path temp = parent.resolve("." + target.getFileName() + TEMP_MARKER + UUID.randomUUID());
        Files.createFile(temp);
        return temp;
    }

    private static void publish(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: a leftover temporary file is invisible to listings
            }
        }
    }

    /**
     * Opens an object for reading.
     *
     * @param key the key
     * @return the stream, which the caller closes
     */
    public InputStream get(String key) {
        Path file = fileOf(key);
        try {
            if (Files.isDirectory(file)) {
                throw notFound(key);
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw notFound(key);
        } catch (IOException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be read: " + e, true, e);
        }
    }

    /**
     * Copies an object into a file, replacing it atomically.
     *
     * @param key    the key
     * @param target the file to write
     */
    public void get(String key, Path target) {
        Path source = fileOf(key);
        try {
            if (!Files.isRegularFile(source)) {
                throw notFound(key);
            }
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = parent.resolve("." + target.getFileName() + TEMP_MARKER + UUID.randomUUID());
            try {
                // a file-to-file copy stays in the kernel (copy_file_range) instead of a user-space buffer
                Files.copy(source, temp);
                publish(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (NoSuchFileException e) {
            throw notFound(key);
        } catch (IOException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be copied to " + target + ": " + e, true, e);
        }
    }

    /**
     * The file of an object, only to be read: writes publish a new file in its place (see {@code publish}).
     *
     * @param key the key
     * @return the file, or empty when there is no such object
     */
    public Optional<Path> localFile(String key) {
        Path file = fileOf(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * Copies an object into a file that does not exist yet and that nothing reads before this returns (see
     * {@code ObjectStore.getNewFile}): written in place, without {@link #get(String, Path)}'s temporary file and
     * rename. The object's file is only read: the copy is a file of its own, so writing to it later cannot change
     * the object. A copy that fails leaves no file behind.
     *
     * @param key    the key
     * @param target the file to create; its folder exists
     */
    public void getNewFile(String key, Path target) {
        Path source = fileOf(key);
        if (!Files.isRegularFile(source)) {
            throw notFound(key);
        }
        try {
            // a file-to-file copy; CREATE_NEW semantics: an existing target fails instead of being replaced
            Files.copy(source, target);
        } catch (FileAlreadyExistsException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be copied to " + target + ": the file exists"
                    + " already", false, e);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // best effort: the caller fails either way and removes its folder
            }
            if (e instanceof NoSuchFileException && source.toString().equals(((NoSuchFileException) e).getFile())) {
                throw notFound(key);
            }
            throw new StorageException(uriOfKey.apply(key), "could not be copied to " + target + ": " + e, true, e);
        }
    }

    /**
     * Describes an object.
     *
     * @param key the key
     * @return its summary, or empty
     */
    public Optional<ObjectSummary> head(String key) {
        Path file = fileOf(key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new ObjectSummary(uriOfKey.apply(key), key, attributes.size(),
                    attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException | NotDirectoryException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be read: " + e, true, e);
        }
    }

    /**
     * Deletes an object and the folders it leaves empty.
     *
     * @param key the key
     * @return whether it existed
     */
    public boolean delete(String key) {
        Path file = fileOf(key);
        try {
            if (Files.isDirectory(file)) {
                return false;
            }
            boolean existed = Files.deleteIfExists(file);
            Path parent = file.getParent();
            while (existed && parent != null && !parent.equals(base) && parent.startsWith(base)) {
                try (DirectoryStream<Path> children = Files.newDirectoryStream(parent)) {
                    if (children.iterator().hasNext()) {
                        break;
                    }
                }
                try {
                    Files.delete(parent);
                } catch (java.nio.file.DirectoryNotEmptyException raced) {
                    break;
                }
                parent = parent.getParent();
            }
            return existed;
        } catch (NoSuchFileException | NotDirectoryException e) {
            return false;
        } catch (IOException e) {
            throw new StorageException(uriOfKey.apply(key), "could not be deleted: " + e, true, e);
        }
    }

    /**
     * Lists one page of keys starting with a prefix, in key order.
     *
     * @param prefix            the key prefix (may be empty)
     * @param continuationToken the previous page's token, or {@code null}
     * @param maxKeys           page size, 1 to 1000
     * @return the page
     */
    public ObjectListing list(String prefix, String continuationToken, int maxKeys) {
        if (maxKeys < 1 || maxKeys > 1000) {
            throw new ValidationException("maxKeys", maxKeys, "must be between 1 and 1000", "pass a page size"
                    + " S3 accepts");
        }
        String startAfter = continuationToken == null ? null : decodeToken(continuationToken);
        List<ObjectSummary> page = new ArrayList<>(Math.min(maxKeys, 1024));
        String next = null;
        KeyWalker walker = new KeyWalker(prefix, startAfter);
        ObjectSummary summary;
        while ((summary = walker.next()) != null) {
            if (page.size() == maxKeys) {
                next = encodeToken(page.get(page.size() - 1).key());
                break;
            }
            page.add(summary);
        }
        return new ObjectListing(page, next);
    }

    private static String encodeToken(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeToken(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("continuationToken", token, "is not a token this store issued",
                    "pass the nextContinuationToken of the previous page", e);
        }
    }

    private ResourceNotFoundException notFound(String key) {
        return new ResourceNotFoundException("object", uriOfKey.apply(key),
                "check the key; list the prefix to see what is there");
    }

    /**
     * Walks the folder depth-first in key order, yielding the objects whose key starts with the
     * prefix and sorts after {@code startAfter}; folders that hold only smaller keys are skipped
     * without being read.
     */
    private final class KeyWalker {
        private final String prefix;
        private final String startAfter;
        /** Entries still to visit; each is a key (file) or a key ending in '/' (folder). */
        private final Deque<String> stack = new ArrayDeque<>();

        KeyWalker(String prefix, String startAfter) {
            this.prefix = prefix;
            this.startAfter = startAfter;
            int slash = prefix.lastIndexOf('/');
            String dir = slash < 0 ? "" : prefix.substring(0, slash + 1);
            if (dir.isEmpty() || isListableDir(dir)) {
                stack.push(dir);
            }
        }

        private boolean isListableDir(String dirKey) {
            for (String segment : dirKey.substring(0, dirKey.length() - 1).split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    return false;
                }
            }
            return Files.isDirectory(base.resolve(dirKey));
        }

        ObjectSummary next() {
            while (!stack.isEmpty()) {
                String entry = stack.pop();
                if (entry.isEmpty() || entry.endsWith("/")) {
                    expand(entry);
                    continue;
                }
                Path file = base.resolve(entry);
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        return new ObjectSummary(uriOfKey.apply(entry), entry, attributes.size(),
                                attributes.lastModifiedTime().toInstant());
                    }
                } catch (NoSuchFileException raced) {
                    // deleted while listing: S3 would not show it either
                } catch (IOException e) {
                    throw new StorageException(uriOfKey.apply(entry), "could not be listed: " + e, true, e);
                }
            }
            return null;
        }

        private void expand(String dirKey) {
            Path dir = dirKey.isEmpty() ? base : base.resolve(dirKey);
            List<String> children = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path child : stream) {
                    String name = child.getFileName().toString();
                    if (name.contains(TEMP_MARKER)) {
                        continue;
                    }
                    String key = dirKey + name + (Files.isDirectory(child) ? "/" : "");
                    if (wanted(key)) {
                        children.add(key);
                    }
                }
            } catch (NoSuchFileException | NotDirectoryException e) {
                return;
            } catch (IOException e) {
                throw new StorageException(uriOfKey.apply(dirKey), "could not be listed: " + e, true, e);
            }
            children.sort(KEY_ORDER.reversed());
            children.forEach(stack::push);
        }

        /** Whether an entry can hold or be a key that matches the prefix and follows startAfter. */
        private boolean wanted(String key) {
            boolean isDir = key.endsWith("/");
            if (isDir) {
                if (!(key.startsWith(prefix) || prefix.startsWith(key))) {
                    return false;
                }
            } else if (!key.startsWith(prefix)) {
                return false;
            }
            if (startAfter == null) {
                return true;
            }
            if (isDir) {
                // every key inside starts with 'key': all are <= startAfter exactly when key sorts
                // before startAfter and startAfter does not lie inside this folder
                return startAfter.startsWith(key) || compareCodePoints(key, startAfter) > 0;
            }
            return compareCodePoints(key, startAfter) > 0;
        }
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
