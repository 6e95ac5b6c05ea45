/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.ServiceApi;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;
import software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobV2Request;
import software.amazon.awssdk.services.sagemaker.model.CreateCompilationJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEdgePackagingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.CreatePipelineRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ProductionVariant;
import software.amazon.awssdk.utils.builder.SdkBuilder;
import software.amazon.awssdk.utils.builder.ToCopyableBuilder;

/**
 * Applies the defaults of a {@link SageMakerConfig} to the requests a session hands to its backend, as the
 * SageMaker Python SDK's {@code Session} applies its {@code sagemaker_config} just before each service call
 * ({@code resolve_value_from_config}, {@code update_nested_dictionary_with_values_from_config},
 * {@code update_list_of_dicts_with_values_from_config}, {@code _append_sagemaker_config_tags}).
 *
 * <p>The config path {@code SageMaker.<Entity>} fills the request of that entity's create call
 * ({@code TrainingJob} → CreateTrainingJob, {@code Model} → CreateModel, {@code EndpointConfig} →
 * CreateEndpointConfig, ...), key by key under the service's member names. A value the caller set always wins:
 * <ul>
 *   <li>a field left unset takes the configured value (a structure such as {@code VpcConfig} is merged key by
 *       key into the caller's);</li>
 *   <li>{@code Tags} are appended, except where the caller already has a tag with the same key;</li>
 *   <li>the lists of structures ({@code Model.Containers}, {@code EndpointConfig.ProductionVariants},
 *       {@code ProcessingJob.ProcessingInputs}, {@code ModelPackage} containers and validation profiles) are
 *       merged item by item where the caller sent items, and only into structures the item already has (so a
 *       {@code CoreDumpConfig.KmsKeyId} needs the caller's {@code CoreDumpConfig} with its destination, as Python
 *       requires {@code CoreDumpConfig.DestinationS3Uri});</li>
 *   <li>a top-level environment map is the caller's or the configured one, never a mix; nested maps (a container's
 *       {@code Environment}) are merged key by key;</li>
 *   <li>as in Python: {@code EndpointConfig.DataCaptureConfig} / {@code AsyncInferenceConfig},
 *       {@code TransformJob.DataCaptureConfig} and the feature group's online / offline store configs are only
 *       completed when the caller has them; a configured volume KMS key is not added to a training job, nor an
 *       endpoint config's {@code KmsKeyId}, on an instance type without EBS volumes ({@code local}, families
 *       with a {@code d}, {@code g5}, {@code g6}, {@code p5}, {@code trn1}); tuning jobs take only the
 *       {@code TrainingJob.Tags}.</li>
 * </ul>
 *
 * <p>"Unset" is what the request says: a field the caller's code left {@code null}. Where a user class sends
 * nothing for {@code false} (Python sends nothing for it either), a configured {@code true} is applied although the
 * caller chose {@code false} in that class; Python resolves it before the call and keeps the {@code false}. Set
 * such a value on the request itself (or leave it out of the configuration) where that matters.
 */
public final class ConfigDefaults {
    private static final Map<Class<?>, String> ENTITIES = Map.ofEntries(
            Map.entry(CreateTrainingJobRequest.class, "TrainingJob"),
            Map.entry(CreateHyperParameterTuningJobRequest.class, "TrainingJob"),
            Map.entry(CreateModelRequest.class, "Model"),
            Map.entry(CreateEndpointConfigRequest.class, "EndpointConfig"),
            Map.entry(CreateEndpointRequest.class, "Endpoint"),
            Map.entry(CreateTransformJobRequest.class, "TransformJob"),
            Map.entry(CreateProcessingJobRequest.class, "ProcessingJob"),
            Map.entry(CreateFeatureGroupRequest.class, "FeatureGroup"),
            Map.entry(CreatePipelineRequest.class, "Pipeline"),
            Map.entry(CreateModelPackageRequest.class, "ModelPackage"),
            Map.entry(CreateMonitoringScheduleRequest.class, "MonitoringSchedule"),
            Map.entry(CreateCompilationJobRequest.class, "CompilationJob"),
            Map.entry(CreateEdgePackagingJobRequest.class, "EdgePackagingJob"),
            Map.entry(CreateAutoMlJobRequest.class, "AutoMLJob"),
            Map.entry(CreateAutoMlJobV2Request.class, "AutoMLJobV2"));
    /** Top-level structures completed only where the caller has them. */
    private static final Set<String> ONLY_WHEN_PRESENT = Set.of("EndpointConfig.DataCaptureConfig",
            "EndpointConfig.AsyncInferenceConfig", "TransformJob.DataCaptureConfig",
            "FeatureGroup.OnlineStoreConfig", "FeatureGroup.OfflineStoreConfig");
    private static final ConfigDefaults NONE = new ConfigDefaults(SageMakerConfig.empty());

    private final SageMakerConfig config;

    private ConfigDefaults(SageMakerConfig config) {
        this.config = config;
    }

    /**
     * The decorator of a configuration.
     *
     * @param config the configuration (empty: requests pass unchanged)
     * @return the decorator
     */
    public static ConfigDefaults of(SageMakerConfig config) {
        return config == null || config.node("SageMaker").isEmpty() ? NONE : new ConfigDefaults(config);
    }

    /**
     * The entity of the config file whose defaults a request type takes.
     *
     * @param requestType a request class
     * @return e.g. {@code TrainingJob}, or empty
     */
    public static Optional<String> entityOf(Class<?> requestType) {
        return Optional.ofNullable(ENTITIES.get(requestType));
    }

    /**
     * A capability's implementation whose operations receive their requests with the defaults applied. Without
     * defaults, or for a capability that is not a service API, the implementation itself.
     *
     * @param capability the capability
     * @param api        its implementation
     * @param <A>        the capability's interface
     * @return the decorated implementation
     */
    public <A> A decorate(Capability<A> capability, A api) {
        Class<A> type = capability.type();
        if (this == NONE || api == null || !type.isInterface() || !ServiceApi.class.isAssignableFrom(type)) {
            return api;
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "ConfigDefaults(" + api + ")";
                };
            }
            Object[] filled = args == null ? null : args.clone();
            if (filled != null) {
                for (int i = 0; i < filled.length; i++) {
                    if (filled[i] instanceof SdkRequest request) {
                        filled[i] = apply(request);
                    }
                }
            }
            try {
                return method.invoke(api, filled);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /**
     * A request with the configured defaults filled in where the caller left them unset.
     *
     * @param request a request
     * @param <R>     its type
     * @return the completed request (the same object where nothing applies)
     */
    @SuppressWarnings("unchecked")
    public <R extends SdkRequest> R apply(R request) {
        String entity = ENTITIES.get(request.getClass());
        if (entity == null) {
            return request;
        }
        Optional<JsonNode> found = config.node("SageMaker." + entity);
        if (found.isEmpty() || !found.get().isObject()) {
            return request;
        }
        ObjectNode defaults = (ObjectNode) found.get();
        if (request instanceof CreateHyperParameterTuningJobRequest) {
            defaults.retain("Tags");
        } else if (request instanceof CreateTrainingJobRequest training) {
            var resources = training.resourceConfig();
            if (resources != null && resources.volumeKmsKeyId() == null
                    && !supportsKms(resources.instanceTypeAsString()) && defaults.path("ResourceConfig").isObject()) {
                ((ObjectNode) defaults.get("ResourceConfig")).remove("VolumeKmsKeyId");
            }
        } else if (request instanceof CreateEndpointConfigRequest endpointConfig) {
            List<ProductionVariant> variants = endpointConfig.productionVariants();
            if (variants.isEmpty() || !supportsKms(variants.get(0).instanceTypeAsString())) {
                defaults.remove("KmsKeyId");
            }
        }
        if (defaults.isEmpty()) {
            return request;
        }
        return (R) mergeStruct(request, defaults, entity, true, false);
    }

    /**
     * Whether SageMaker attaches a KMS-encrypted EBS volume to an instance type, as Python's
     * {@code instance_supports_kms} ({@code volume_size_supported}).
     *
     * @param instanceType e.g. {@code ml.m5.xlarge}
     * @return {@code false} for {@code local*}, families with a {@code d}, {@code g5}, {@code g6}, {@code p5},
     *         {@code trn1}, and names that are not instance types
     */
    public static boolean supportsKms(String instanceType) {
        if (instanceType == null || instanceType.startsWith("local")) {
            return false;
        }
        String[] parts = instanceType.split("\\.");
        if (parts.length == 3 && parts[0].equals("ml")) {
            parts = new String[] {parts[1], parts[2]};
        }
        if (parts.length != 2) {
            return false;
        }
        String family = parts[0];
        return !family.contains("d") && !family.startsWith("g5") && !family.startsWith("g6")
                && !family.startsWith("p5") && !family.startsWith("trn1");
    }

    /**
     * Fills a structure: {@code current} (the built object, or {@code null} for a new one built with
     * {@code builder}) with the configured values of its unset fields.
     */
    private static Object mergeStruct(SdkPojo current, ObjectNode defaults, String path, boolean topLevel,
                                      boolean inListItem) {
        @SuppressWarnings("unchecked")
        SdkPojo builder = (SdkPojo) ((ToCopyableBuilder<?, ?>) current).toBuilder();
        boolean changed = fill(builder, current, defaults, path, topLevel, inListItem);
        return changed ? ((SdkBuilder<?, ?>) builder).build() : current;
    }

    private static Object newStruct(SdkField<?> field, JsonNode defaults, String path) {
        SdkPojo builder = field.constructor().get();
        fill(builder, null, (ObjectNode) defaults, path, false, false);
        return ((SdkBuilder<?, ?>) builder).build();
    }

    private static boolean fill(SdkPojo builder, SdkPojo current, ObjectNode defaults, String path, boolean topLevel,
                                boolean inListItem) {
        boolean changed = false;
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = defaults.get(field.memberName());
            if (value == null || value.isNull()) {
                continue;
            }
            String fieldPath = path + "." + field.memberName();
            Object existing = current == null ? null : field.getValueOrDefault(current);
            Object merged = merge(field, existing, value, fieldPath, topLevel, inListItem);
            if (merged != existing) {
                field.set(builder, merged);
                changed = true;
            }
        }
        return changed;
    }

    /** The field's value after the merge; {@code existing} itself where nothing changes. */
    private static Object merge(SdkField<?> field, Object existing, JsonNode value, String path, boolean topLevel,
                                boolean inListItem) {
        MarshallingType<?> type = field.marshallingType();
        boolean unset = existing == null || existing instanceof SdkAutoConstructList
                || existing instanceof SdkAutoConstructMap;
        if (type == MarshallingType.SDK_POJO) {
            if (!value.isObject()) {
                return existing;
            }
            if (unset) {
                return inListItem || (topLevel && ONLY_WHEN_PRESENT.contains(path))
                        ? existing : newStruct(field, value, path);
            }
            return mergeStruct((SdkPojo) existing, (ObjectNode) value, path, false, inListItem);
        }
        if (type == MarshallingType.MAP) {
            if (!value.isObject()) {
                return existing;
            }
            if (unset) {
                return convert(field, value, path);
            }
            if (topLevel) {
                return existing; // resolve_value_from_config: the caller's map or the configured one
            }
            Map<Object, Object> mergedMap = new LinkedHashMap<>((Map<?, ?>) convert(field, value, path));
            mergedMap.putAll((Map<?, ?>) existing);
            return mergedMap.equals(existing) ? existing : mergedMap;
        }
        if (type == MarshallingType.LIST) {
            if (!value.isArray()) {
                return existing;
            }
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            boolean ofStructs = member.marshallingType() == MarshallingType.SDK_POJO;
            boolean tags = field.memberName().equals("Tags");
            if (unset) {
                return ofStructs && !tags ? existing : convert(field, value, path);
            }
            if (tags) {
                return appendTags(field, (List<?>) existing, value, path);
            }
            if (!ofStructs) {
                return existing;
            }
            List<Object> items = new ArrayList<>((List<?>) existing);
            boolean changed = false;
            for (int i = 0; i < Math.min(items.size(), value.size()); i++) {
                if (value.get(i).isObject()) {
                    Object item = mergeStruct((SdkPojo) items.get(i), (ObjectNode) value.get(i), path + "[" + i + "]",
                            false, true);
                    changed |= item != items.get(i);
                    items.set(i, item);
                }
            }
            return changed ? items : existing;
        }
        return unset ? convert(field, value, path) : existing;
    }

    private static Object appendTags(SdkField<?> field, List<?> existing, JsonNode value, String path) {
        Set<String> keys = new HashSet<>();
        SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
        for (Object tag : existing) {
            for (SdkField<?> tagField : ((SdkPojo) tag).sdkFields()) {
                if (tagField.memberName().equals("Key")) {
                    keys.add(String.valueOf(tagField.getValueOrDefault(tag)));
                }
            }
        }
        List<Object> all = new ArrayList<>(existing);
        for (JsonNode tag : value) {
            if (tag.isObject() && keys.add(tag.path("Key").asText())) {
                all.add(newStruct(member, tag, path + "[]"));
            }
        }
        return all.size() == existing.size() ? existing : all;
    }

    /** A configured value as the field's Java type. */
    private static Object convert(SdkField<?> field, JsonNode value, String path) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return value.asText();
        } else if (type == MarshallingType.BOOLEAN) {
            return value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText());
        } else if (type == MarshallingType.INTEGER) {
            return value.asInt();
        } else if (type == MarshallingType.LONG) {
            return value.asLong();
        } else if (type == MarshallingType.DOUBLE) {
            return value.asDouble();
        } else if (type == MarshallingType.FLOAT) {
            return (float) value.asDouble();
        } else if (type == MarshallingType.SDK_POJO) {
            return newStruct(field, value, path);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            List<Object> items = new ArrayList<>();
            for (JsonNode item : value) {
                items.add(convert(member, item, path + "[]"));
            }
            return items;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> member = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                map.put(entry.getKey(), convert(member, entry.getValue(), path + "." + entry.getKey()));
            }
            return map;
        }
        throw new IllegalStateException(path + ": a " + type + " field is not in the config schema");
    }
}
