package dev.sagemaker4j.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.exceptions.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Whole-file writes for local parts' records: the bytes go to a temporary file in the target's folder, are forced to
 * disk, and the temporary file is then moved over the target (atomically where the file system can). A reader, in
 * this process or another, sees the old record or the new one, never half of one; a crash leaves at most a
 * temporary file, which {@link #isTemporary(Path)} recognises so that loaders skip it.
 *
 * <p>Concurrent writers of the same target are safe: each writes its own temporary file and the last move wins.
 */
public final class AtomicFiles {

    /** What every temporary file of the local backend has in its name (JobStore's cleanup and loaders skip them). */
    public static final String TEMP_MARKER = ".sm4j-tmp-";

    private AtomicFiles() {
    }

    /**
     * Writes {@code bytes} to {@code target} whole, creating its folder when needed.
     *
     * @param target the file to write
     * @param bytes  its new content
     * @throws StorageException naming the target (retryable) when it cannot be written; the target is then
     *                          unchanged and no temporary file is left
     */
    public static void write(Path target, byte[] bytes) {
        Path temp = temporaryFor(target);
        try {
            writeForced(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file left behind is skipped by loaders (isTemporary)
            }
            throw new StorageException(target.toUri().toString(), "could not be written: " + e, true, e);
        }
    }

    /**
     * Publishes a new record: writes {@code text} (UTF-8) whole to {@code target} only when no file is there, so
     * that of two writers (threads or processes) racing for the same name exactly one wins. Where the file system
     * has hard links the check and the publication are one atomic step.
     *
     * @param target the file to create
     * @param text   its content
     * @return {@code true} when written, {@code false} when {@code target} already existed (it is left as it was)
     * @throws StorageException naming the target (retryable) when it cannot be written; no temporary file is left
     */
    public static boolean writeNew(Path target, String text) {
        Path temp = temporaryFor(target);
        try {
            writeForced(temp, text.getBytes(StandardCharsets.UTF_8));
            try {
                Files.createLink(target, temp);
            } catch (UnsupportedOperationException noLinks) {
                if (Files.exists(target)) {
                    return false;
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new StorageException(target.toUri().toString(), "could not be written: " + e, true, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file left behind is skipped by loaders (isTemporary)
            }
        }
    }

    private static Path temporaryFor(Path target) {
        return target.toAbsolutePath().getParent().resolve("." + target.getFileName() + TEMP_MARKER
                + UUID.randomUUID());
    }

    private static void writeForced(Path temp, byte[] bytes) throws IOException {
        Files.createDirectories(temp.getParent());
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * Writes a string as UTF-8 to {@code target} whole.
     *
     * @param target the file to write
     * @param text   its new content
     * @throws StorageException as {@link #write(Path, byte[])}
     */
    public static void writeString(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a JSON document (compact) to {@code target} whole.
     *
     * @param target the file to write
     * @param json   the document
     * @throws StorageException as {@link #write(Path, byte[])}
     */
    public static void writeJson(Path target, JsonNode json) {
        try {
            write(target, SdkJson.MAPPER.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new StorageException(target.toUri().toString(), "could not be serialised: " + e, false, e);
        }
    }

    /**
     * Whether {@code file} is a temporary file of {@link #write(Path, byte[])} (left by a crash mid-write): not a
     * record, to be skipped by whoever lists a folder of records.
     *
     * @param file a file
     * @return {@code true} for a temporary file
     */
    public static boolean isTemporary(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().contains(TEMP_MARKER);
    }
}
