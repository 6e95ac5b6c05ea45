/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models of a multi-model endpoint variant: loaded from {@code <prefix>/<TargetModel>} on first
 * use, kept while they fit a memory bound, evicted least recently used.
 */
final class MultiModelCache implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MultiModelCache.class);

    private final String endpointName;
    private final String prefix;
    private final Map<String, String> environment;
    private final ModelLoader loader;
    private final long maxBytes;
    private final LinkedHashMap<String, LoadedModel> models = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Object> loading = new ConcurrentHashMap<>();
    private final Map<String, Long> sizes = new java.util.HashMap<>();
    private long bytes;
    private long loads;
    private long evictions;

    MultiModelCache(String endpointName, String prefix, Map<String, String> environment, ModelLoader loader,
                    long maxBytes) {
        this.endpointName = endpointName;
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        this.environment = environment;
        this.loader = loader;
        this.maxBytes = maxBytes;
    }

    /**
     * The model for a TargetModel, loading it on first use; the caller releases it.
     *
     * @param targetModel the model's key relative to the prefix
     * @return the retained model
     */
    LoadedModel acquire(String targetModel) {
        if (targetModel == null || targetModel.isBlank() || targetModel.contains("..") || targetModel.startsWith("/")) {
            throw new ValidationException("TargetModel", targetModel, "is required for a multi-model endpoint and"
                    + " must be a key relative to the model prefix", "pass e.g. targetModel(\"model-a.tar.gz\")");
        }
        synchronized (this) {
            LoadedModel cached = models.get(targetModel);
            if (cached != null) {
                return cached.retain();
            }
        }
        Object lock = loading.computeIfAbsent(targetModel, k -> new Object());
        synchronized (lock) {
            synchronized (this) {
                LoadedModel cached = models.get(targetModel);
                if (cached != null) {
                    return cached.retain();
                }
            }
            LoadedModel loaded;
            try {
                loaded = loader.load(prefix + targetModel, environment);
            } catch (ResourceNotFoundException e) {
                throw new ValidationException("TargetModel", targetModel, "is not under the endpoint's model prefix "
                        + prefix, "add it with MultiDataModel.addModel(...) or fix the name", e);
            } catch (ValidationException e) {
                throw e;
            } catch (Exception e) {
                throw new ModelErrorException(endpointName, 500, "Failed to load model " + targetModel + ": "
                        + ModelLoader.reason(e), e);
            } finally {
                loading.remove(targetModel);
            }
            long size = Math.max(loaded.runtime().sizeBytes(), Folders.size(loaded.folder()));
            synchronized (this) {
                models.put(targetModel, loaded);
                sizes.put(targetModel, size);
                bytes += size;
                loads++;
                evict(targetModel);
                return loaded.retain();
            }
        }
    }

    private void evict(String keep) {
        Iterator<Map.Entry<String, LoadedModel>> it = models.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, LoadedModel> eldest = it.next();
            if (eldest.getKey().equals(keep)) {
                continue;
            }
            it.remove();
            bytes -= sizes.remove(eldest.getKey());
            evictions++;
            LOG.debug("Evicted model {} of endpoint {}", eldest.getKey(), endpointName);
            eldest.getValue().release();
        }
    }

    synchronized java.util.List<String> loadedModels() {
        return new java.util.ArrayList<>(models.keySet());
    }

    synchronized long loads() {
        return loads;
    }

    synchronized long evictions() {
        return evictions;
    }

    @Override
    public synchronized void close() {
        models.values().forEach(LoadedModel::release);
        models.clear();
        sizes.clear();
        bytes = 0;
    }
}
