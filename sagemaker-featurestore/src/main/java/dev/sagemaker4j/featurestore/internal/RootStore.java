/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.utils.Numbers;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.WriteOptions;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupResponse;

/**
 * The feature store of one session root, shared by every session of this JVM on that root (a
 * RocksDB may be opened once per process), counted by reference and freed by the last one.
 *
 * <p>One process at a time writes a root: it holds {@code featurestore/writer.lock} and leaves its
 * pid in {@code featurestore/writer.pid}. Another process opens the store as a RocksDB secondary
 * instance that catches up with the writer before each read, so it can describe groups and read
 * records while the writer runs; its writes fail with a {@link ResourceInUseException} naming the
 * writer's pid.
 */
final class RootStore {
    private static final Map<Path, RootStore> OPEN = new HashMap<>();
    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern GROUP_NAME = Pattern.compile("[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,63}");

    static {
        RocksDB.loadLibrary();
    }

    final Path base;
    final Path groupsDir;
    final RocksDB db;
    final ColumnFamilyHandle online;
    final ColumnFamilyHandle queue;
    final WriteOptions writeOptions;
    /** The groups of the root; a reader process reloads them from disk, the writer changes them. */
    final Map<String, GroupMeta> groups = new ConcurrentHashMap<>();
    final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** By group, the online keys written since the group's key range was seen empty; used under its lock. */
    final Map<String, WrittenKeys> written = new ConcurrentHashMap<>();
    final AtomicLong seq = new AtomicLong(System.currentTimeMillis() * 1_000_000L);
    /**
     * The last queue sequence number before this process opened the root: a queued row at or below it
     * may already be in a file of a publish that a crash cut short (published again under the same name).
     */
    final long openSeq = seq.get();
    /**
     * Held while a query takes its view of the offline store (a snapshot of the queue and the list of
     * published files) and while a publish removes its rows from the queue and makes its files visible,
     * so that a query sees each row exactly once: in a file or in the queue.
     */
    final Object swapLock = new Object();
    /** Offline files put by a publish that has not yet removed their rows from the queue (under {@link #swapLock}). */
    final java.util.Set<String> unswapped = new java.util.HashSet<>();
    /** Groups whose last offline publish failed: their queries publish first again, so they report it. */
    final java.util.Set<String> failedPublish = ConcurrentHashMap.newKeySet();
    /** Held while offline rows are published: two sessions must not publish the same queue rows. */
    final Object flushLock = new Object();
    /** The pid of the process that writes this root when it is not this one, else 0 (-1: unknown). */
    final long writerPid;

    private final Path key;
    private final DBOptions dbOptions;
    private final ColumnFamilyOptions cfOptions;
    private final ColumnFamilyOptions onlineOptions;
    private final ColumnFamilyOptions queueOptions;
    private final LRUCache blockCache;
    private final BloomFilter bloomFilter;
    private final List<ColumnFamilyHandle> handles = new ArrayList<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path secondaryDir;
    private int refs;

    private RootStore(Path base, Map<String, String> props) throws IOException, RocksDBException {
        this.base = base;
        this.key = base;
        this.groupsDir = base.resolve("groups");
        Path dbDir = base.resolve("rocksdb");
        this.lockChannel = FileChannel.open(base.resolve("writer.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            // held by this JVM through another class loader's copy of this class: read, as another process would
            held = null;
        } catch (IOException e) {
            lockChannel.close();
            throw e;
        }
        this.lock = held;
        this.blockCache = new LRUCache(blockCacheBytes(props));
        this.bloomFilter = new BloomFilter(10, false);
        this.cfOptions = new ColumnFamilyOptions().setTableFormatConfig(new BlockBasedTableConfig()
                .setBlockCache(blockCache).setFilterPolicy(bloomFilter));
        // every write looks up the records it writes (the newest event time wins) and an ingest writes mostly new
        // ones: a whole-key Bloom filter on the memtables answers "absent" without searching them, as the table
        // files' filters already do (about 2% of the 64 MiB write buffer)
        this.onlineOptions = new ColumnFamilyOptions(cfOptions).setMemtablePrefixBloomSizeRatio(0.02)
                .setMemtableWholeKeyFiltering(true);
        // the offline queue is only scanned in key order, never looked up: a Bloom filter there is work at
        // every memtable flush for nothing
        this.queueOptions = new ColumnFamilyOptions().setTableFormatConfig(new BlockBasedTableConfig()
                .setBlockCache(blockCache));
        List<ColumnFamilyDescriptor> descriptors = List.of(
                new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfOptions),
                new ColumnFamilyDescriptor("online".getBytes(StandardCharsets.UTF_8), onlineOptions),
                new ColumnFamilyDescriptor("offline-queue".getBytes(StandardCharsets.UTF_8), queueOptions));
        RocksDB opened;
        try {
            if (lock != null) {
                this.writerPid = 0;
                this.secondaryDir = null;
                writePid(base.resolve("writer.pid"));
                this.dbOptions = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
                opened = RocksDB.open(dbOptions, dbDir.toString(), descriptors, handles);
            } else {
                this.writerPid = readPid(base.resolve("writer.pid"));
                this.secondaryDir = base.resolve("readers").resolve(Long.toString(PID));
                Files.createDirectories(secondaryDir);
                // a secondary instance keeps every file open so that it can follow the writer's compactions
                this.dbOptions = new DBOptions().setMaxOpenFiles(-1);
                opened = openSecondary(dbDir, descriptors);
            }
        } catch (IOException | RocksDBException | RuntimeException e) {
            closeOptions();
            releaseLock();
            throw e;
        }
        this.db = opened;
        this.online = handles.get(1);
        this.queue = handles.get(2);
        this.writeOptions = new WriteOptions().setSync(Boolean.parseBoolean(
                props.getOrDefault(LocalFeatureStore.SYNC, "true")));
        reloadGroups();
    }

    private RocksDB openSecondary(Path dbDir, List<ColumnFamilyDescriptor> descriptors) throws RocksDBException {
        // the writer may hold the lock but not have created the database yet: wait for it a little
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Files.exists(dbDir.resolve("CURRENT")) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return RocksDB.openAsSecondary(dbOptions, dbDir.toString(), secondaryDir.toString(), descriptors, handles);
    }

    /**
     * The store of a root, opened on first use in this JVM.
     *
     * @param root  the session root
     * @param props the session's properties (the first session's apply to all)
     * @return the store; {@link #release()} it once
     */
    static RootStore acquire(Path root, Map<String, String> props) {
        Path base = root.resolve("featurestore");
        try {
            Files.createDirectories(base.resolve("groups"));
            Files.createDirectories(base.resolve("rocksdb"));
            base = base.toRealPath();
        } catch (IOException e) {
            throw new StorageException(base.toUri().toString(), "the feature store folder cannot be created: " + e,
                    false, e);
        }
        synchronized (OPEN) {
            RootStore store = OPEN.get(base);
            if (store == null) {
                try {
                    store = new RootStore(base, props);
                } catch (IOException | RocksDBException e) {
                    throw new StorageException(base.toUri().toString(), "the feature store cannot be opened: " + e
                            + (e.getMessage() != null && e.getMessage().contains("LOCK")
                            ? "; a process that does not share the root (an older sagemaker4j?) holds it" : ""),
                            false, e);
                }
                OPEN.put(base, store);
            }
            store.refs++;
            return store;
        }
    }

    /** Gives back one reference; the last frees the native store and the write lock. */
    void release() {
        synchronized (OPEN) {
            if (--refs > 0) {
                return;
            }
            OPEN.remove(key);
            writeOptions.close();
            for (ColumnFamilyHandle h : handles) {
                h.close();
            }
            db.close();
            closeOptions();
            releaseLock();
            if (secondaryDir != null) {
                deleteQuietly(secondaryDir);
            }
        }
    }

    /** Whether this process writes the root (else it reads what the writer process wrote). */
    boolean writer() {
        return writerPid == 0;
    }

    /**
     * Fails unless this process writes the root.
     *
     * @param what the operation, for the message
     */
    void requireWriter(String what) {
        if (!writer()) {
            String holder = writerPid > 0 ? "process " + writerPid : "another process";
            if (writerPid > 0 && ProcessHandle.of(writerPid).map(p -> !p.isAlive()).orElse(true)) {
                throw new ResourceInUseException("FeatureStore", base.toString(), what + " needs the feature store"
                        + " under " + base + ", which this process opened for reading while " + holder + " held it"
                        + " (that process has ended). Close every session of this JVM on the root, then open a new"
                        + " Session to write");
            }
            throw new ResourceInUseException("FeatureStore", base.toString(), what + " needs the feature store under "
                    + base + ", which " + holder + " holds for writing; this process can only describe and read it."
                    + " Write through that process, or close its sessions and open a new Session here");
        }
    }

    /** In a reader process, sees what the writer has written since (no-op in the writer). */
    void catchUp() {
        if (!writer()) {
            try {
                db.tryCatchUpWithPrimary();
            } catch (RocksDBException e) {
                throw new StorageException(base.toUri().toString(), "cannot follow the writing process: " + e, true,
                        e);
            }
        }
    }

    /**
     * A group as the writer last saved it (reader processes read the file; the writer its memory).
     *
     * @param name the group name
     * @return the group, or null
     */
    GroupMeta group(String name) {
        if (writer() || name == null || !GROUP_NAME.matcher(name).matches()) {
            return groups.get(name);
        }
        Path file = groupsDir.resolve(name + ".json");
        if (!Files.isRegularFile(file)) {
            groups.remove(name);
            return null;
        }
        GroupMeta meta = load(file);
        groups.put(name, meta);
        return meta;
    }

    /** Rereads every group from disk (at open, and in reader processes before listing). */
    void reloadGroups() {
        Map<String, GroupMeta> found = new HashMap<>();
        try (Stream<Path> files = Files.list(groupsDir)) {
            files.filter(p -> p.toString().endsWith(".json")).forEach(p -> {
                GroupMeta meta = load(p);
                found.put(meta.name, meta);
            });
        } catch (IOException e) {
            throw new StorageException(groupsDir.toUri().toString(), "cannot be listed: " + e, true, e);
        }
        groups.keySet().retainAll(found.keySet());
        groups.putAll(found);
    }

    private static GroupMeta load(Path file) {
        try {
            return new GroupMeta(SdkJson.fromJson(Files.readString(file), DescribeFeatureGroupResponse::builder));
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "cannot be read: " + e, true, e);
        }
    }

    private static void writePid(Path file) throws IOException {
        AtomicFiles.writeString(file, PID + "\n");
    }

    private static long readPid(Path file) {
        try {
            String text = Files.readString(file).trim();
            return text.isEmpty() ? -1 : Long.parseLong(text);
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private void closeOptions() {
        if (dbOptions != null) {
            dbOptions.close();
        }
        onlineOptions.close();
        queueOptions.close();
        cfOptions.close();
        bloomFilter.close();
        blockCache.close();
    }

    private void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            lockChannel.close();
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(RootStore.class).debug("releasing {}: {}", base, e.toString());
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(RootStore.class).debug("removing {}: {}", folder, e.toString());
        }
    }

    private static long blockCacheBytes(Map<String, String> props) {
        return Numbers.atLeastOne(LocalFeatureStore.BLOCK_CACHE_MB, props.get(LocalFeatureStore.BLOCK_CACHE_MB), 256,
                "MiB", "set it to e.g. 256, or leave it out") << 20;
    }
}
