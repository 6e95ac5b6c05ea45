/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads and writes numpy's {@code .npy} format, byte for byte as {@code numpy.save} and
 * {@code numpy.load} do (format specification: {@code numpy.lib.format}).
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("x.npy"))) {
 *     Npy.write(NpyArray.of(new float[][] {{1, 2}, {3, 4}}), out);
 * }
 * try (InputStream in = Files.newInputStream(Path.of("x.npy"))) {
 *     NpyArray a = Npy.read(in);      // numpy: np.load("x.npy")
 * }
 * }</pre>
 *
 * <p>Reading accepts format versions 1.0, 2.0 and 3.0 and every numeric dtype in either byte
 * order, C or Fortran order. Writing uses version 1.0 (2.0 when the header would not fit), and
 * lays the header out exactly as numpy 2 does: the dictionary with keys in sorted order, spare
 * spaces for growth, padding so that the data starts at a multiple of 64 bytes, and a final
 * {@code '\n'}.
 *
 * <p>Both directions stream: nothing is held in memory but the header and the array itself.
 * Streams are neither opened nor closed here; the caller owns them.
 */
public final class Npy {
    /** The content type of a {@code .npy} body, as the SageMaker Python SDK names it. */
    public static final String CONTENT_TYPE = "application/x-npy";

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Far above anything numpy writes (it refuses to read headers over 10 000 bytes by default). */
    private static final long MAX_HEADER_BYTES = 1 << 20;
    /** Below this the data buffer is allocated at once; above, it grows as bytes arrive. */
    private static final int EAGER_ALLOCATION = 64 << 20;

    private Npy() {
    }

    /**
     * Reads one array from the stream and leaves the stream just after it (numpy files may hold
     * several arrays in a row). Trailing bytes are not read.
     *
     * @param in the stream, positioned at the magic string {@code \x93NUMPY}
     * @return the array
     * @throws ValidationException if the bytes are not a {@code .npy} array this library reads;
     *                             the message gives the byte offset, and for long double, object
     *                             (pickle), text and structured dtypes says why they are not
     *                             supported
     * @throws StorageException    if reading the stream fails
     */
    public static NpyArray read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            byte[] prefix = readExactly(in, 8, 0, "the magic string and version");
            if (!Arrays.equals(Arrays.copyOf(prefix, 6), MAGIC)) {
                throw new ValidationException("stream", hex(prefix),
                        "is not a .npy (application/x-npy) body: it must start with the magic string \\x93NUMPY"
                                + " (byte offset 0)",
                        "send arrays written by numpy.save or Npy.write");
            }
            int major = prefix[6] & 0xFF;
            int minor = prefix[7] & 0xFF;
            int lengthBytes;
            Charset charset;
            if (major == 1 && minor == 0) {
                lengthBytes = 2;
                charset = StandardCharsets.ISO_8859_1;
            } else if ((major == 2 || major == 3) && minor == 0) {
                lengthBytes = 4;
                charset = major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
            } else {
                throw new ValidationException("stream", major + "." + minor,
                        "is a .npy format version this library does not read (it reads 1.0, 2.0 and 3.0;"
                                + " byte offset 6)",
                        "save with a numpy that writes version 1.0, 2.0 or 3.0");
            }
            byte[] lengthField = readExactly(in, lengthBytes, 8, "the header length");
            long headerLength = 0;
            for (int i = lengthBytes - 1; i >= 0; i--) {
                headerLength = (headerLength << 8) | (lengthField[i] & 0xFF);
            }
            if (headerLength > MAX_HEADER_BYTES) {
                throw new ValidationException("stream", headerLength + " bytes",
                        "is too long for a .npy header (the limit here is " + MAX_HEADER_BYTES + "; byte offset 8)",
                        "send arrays written by numpy.save or Npy.write");
            }
            int headerStart = 8 + lengthBytes;
            byte[] header = readExactly(in, headerLength, headerStart, "the header");
            NpyHeader parsed = NpyHeader.parse(new String(header, charset), headerStart);
            long dataBytes = NpyArray.byteCount(parsed.dtype, parsed.shape);
            byte[] data = readData(in, dataBytes, headerStart + headerLength);
            return new NpyArray(parsed.dtype, parsed.shape, parsed.fortranOrder, ByteBuffer.wrap(data));
        } catch (IOException e) {
            throw new StorageException("stream", "reading the .npy body failed: " + e.getMessage(), true, e);
        }
    }

    /**
     * Reads one array from the start of a byte array.
     *
     * @param npy the bytes of a {@code .npy} file
     * @return the array
     * @throws ValidationException as {@link #read(InputStream)} does
     */
    public static NpyArray fromBytes(byte[] npy) {
        Objects.requireNonNull(npy, "npy");
        return read(new ByteArrayInputStream(npy));
    }

    /**
     * Writes the array in {@code .npy} format: header, then the element bytes as stored (in the
     * array's dtype byte order and storage order). The stream is not closed.
     *
     * @param array the array
     * @param out   where to write
     * @throws StorageException if writing fails
     */
    public static void write(NpyArray array, OutputStream out) {
        Objects.requireNonNull(array, "array");
        Objects.requireNonNull(out, "out");
        try {
            out.write(headerBytes(array));
            out.write(array.rawBytes());
            out.flush();
        } catch (IOException e) {
            throw new StorageException("out", "writing the .npy array failed: " + e.getMessage(), true, e);
        }
    }

    /**
     * The {@code .npy} bytes of an array, as {@code np.save} to a {@code BytesIO} gives them.
     *
     * @param array the array
     * @return the file contents
     */
    public static byte[] toBytes(NpyArray array) {
        Objects.requireNonNull(array, "array");
        byte[] header = headerBytes(array);
        ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + array.rawBytes().length);
        out.writeBytes(header);
        out.writeBytes(array.rawBytes());
        return out.toByteArray();
    }

    /** Magic, version, length and padded header, as numpy's {@code _wrap_header}. */
    private static byte[] headerBytes(NpyArray array) {
        byte[] dict = NpyHeader.format(array).getBytes(StandardCharsets.ISO_8859_1);
        int hlen = dict.length + 1; // the final '\n'
        int major = 1;
        int lengthBytes = 2;
        int padlen = NpyHeader.ARRAY_ALIGN - ((8 + lengthBytes + hlen) % NpyHeader.ARRAY_ALIGN);
        if (hlen + padlen > 0xFFFF) {
            major = 2;
            lengthBytes = 4;
            padlen = NpyHeader.ARRAY_ALIGN - ((8 + lengthBytes + hlen) % NpyHeader.ARRAY_ALIGN);
        }
        int total = 8 + lengthBytes + hlen + padlen;
        byte[] out = new byte[total];
        System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
        out[6] = (byte) major;
        out[7] = 0;
        int len = hlen + padlen;
        for (int i = 0; i < lengthBytes; i++) {
            out[8 + i] = (byte) (len >>> (8 * i));
        }
        int pos = 8 + lengthBytes;
        System.arraycopy(dict, 0, out, pos, dict.length);
        Arrays.fill(out, pos + dict.length, total - 1, (byte) ' ');
        out[total - 1] = '\n';
        return out;
    }

    private static byte[] readExactly(InputStream in, long n, long offset, String what) throws IOException {
        byte[] buf = new byte[(int) n];
        int got = in.readNBytes(buf, 0, buf.length);
        if (got < n) {
            throw truncated(n, got, offset, what);
        }
        return buf;
    }

    private static byte[] readData(InputStream in, long n, long offset) throws IOException {
        if (n <= EAGER_ALLOCATION) {
            return readExactly(in, n, offset, "the array data");
        }
        // A header can claim gigabytes; grow with the bytes that really arrive.
        byte[] buf = new byte[EAGER_ALLOCATION];
        int filled = 0;
        while (filled < n) {
            if (filled == buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(n, (long) buf.length * 2));
            }
            int got = in.readNBytes(buf, filled, buf.length - filled);
            if (got == 0) {
                throw truncated(n, filled, offset, "the array data");
            }
            filled += got;
        }
        return buf;
    }

    private static ValidationException truncated(long wanted, long got, long offset, String what) {
        return new ValidationException("stream", got + " of " + wanted + " bytes",
                "is a truncated .npy (application/x-npy) body: it ended at byte offset " + (offset + got)
                        + " inside " + what,
                "send the whole file as numpy.save or Npy.write wrote it");
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xFF));
        }
        return sb.toString();
    }
}
