/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The online keys a group has been written under since its key range was seen empty, as a growing
 * Bloom filter, so that a write can skip the look-up of its records' current event times (newest
 * wins) for the keys the filter has never seen: those are not in the store. An ingest into a new
 * group writes mostly such keys, and the look-up was about a sixth of its CPU time.
 *
 * <p>Sound only while every online write of the group adds its key here and happens in this process:
 * {@code RecordWriter} and a soft delete ({@code OnlineStore}) add the keys under the group's write
 * lock, the root has one writing process, and the group's state is dropped with the group. A group that
 * held records when first written in this process gets {@link #unknown()}, which says "maybe" to every
 * key. Filters are added, each twice the size of the last (10 to 20 bits and 1% or fewer false
 * positives a key each); past {@link #MAX_KEYS} keys the filter is dropped and says "maybe" to
 * everything, so that it holds at most about 8 MiB. Not thread-safe: used under the group's write lock.
 */
final class WrittenKeys {
    /** Keys of the first filter. */
    private static final int FIRST_KEYS = 1 << 16;
    /** Keys after which every key is looked up again. */
    static final long MAX_KEYS = 1L << 21;
    private static final int BITS_PER_KEY = 10;
    private static final int PROBES = 7;

    private final List<long[]> filters = new ArrayList<>();
    private long lastCapacity;
    private long count;
    private long lastCount;
    private boolean saturated;

    private WrittenKeys(boolean saturated) {
        this.saturated = saturated;
    }

    /** For a group whose key range was empty: no key is in the store until added. */
    static WrittenKeys empty() {
        return new WrittenKeys(false);
    }

    /** For a group that may hold any key. */
    static WrittenKeys unknown() {
        return new WrittenKeys(true);
    }

    /** False only when the key was never added, so no online value is stored under it. */
    boolean mayContain(byte[] key) {
        if (saturated) {
            return true;
        }
        long h = hash(key);
        for (long[] bits : filters) {
            if (contains(bits, h)) {
                return true;
            }
        }
        return false;
    }

    /** Records that an online value is (or may be) stored under the key. */
    void add(byte[] key) {
        if (saturated) {
            return;
        }
        if (count >= MAX_KEYS) {
            saturated = true;
            filters.clear();
            return;
        }
        if (filters.isEmpty() || lastCount >= lastCapacity) {
            lastCapacity = filters.isEmpty() ? FIRST_KEYS : lastCapacity * 2;
            // a power of two of bits, at least BITS_PER_KEY a key
            long bits = Long.highestOneBit(lastCapacity * BITS_PER_KEY - 1) << 1;
            filters.add(new long[(int) (bits >>> 6)]);
            lastCount = 0;
        }
        long[] bits = filters.get(filters.size() - 1);
        long h = hash(key);
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        int mask = bits.length * 64 - 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & mask;
            bits[bit >>> 6] |= 1L << bit;
        }
        lastCount++;
        count++;
    }

    private static boolean contains(long[] bits, long h) {
        int h1 = (int) h;
        int h2 = (int) (h >>> 32) | 1;
        int mask = bits.length * 64 - 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & mask;
            if ((bits[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** A 64-bit hash of the key's bytes (a multiplicative hash finished with MurmurHash3's mixer). */
    private static long hash(byte[] key) {
        long h = key.length;
        for (byte b : key) {
            h = (h + (b & 0xff)) * 0x9E3779B97F4A7C15L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
