/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Converts AWS SDK v2 model objects to and from JSON using only the SDK's own field metadata
 * ({@link SdkPojo#sdkFields()}), in the awsJson1_1 shape the service speaks: member names as on the
 * wire, timestamps as epoch seconds, blobs as base64. No per-shape code.
 *
 * <p>Used for the local job records (a record is the Describe response itself) and by the local
 * API server.
 */
public final class SdkJson {
    /** Shared mapper; thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {
    }

    /**
     * Writes a model object as a JSON object.
     *
     * @param pojo a request, response or nested shape
     * @return its JSON form; absent members are left out
     */
    public static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || isAutoConstructed(value)) {
                continue;
            }
            node.set(field.locationName(), valueToJson(field, value));
        }
        return node;
    }

    /**
     * Writes a model object as compact JSON text.
     *
     * @param pojo the object
     * @return JSON text
     */
    public static String toJsonString(SdkPojo pojo) {
        return toJson(pojo).toString();
    }

    /**
     * Reads a model object from JSON.
     *
     * @param node           a JSON object
     * @param builderFactory creates an empty builder of the target shape, e.g.
     *                       {@code DescribeTrainingJobResponse::builder}
     * @param <T>            the built type
     * @return the built object
     * @throws ValidationException when a member has the wrong JSON type; unknown members are ignored
     */
    public static <T> T fromJson(JsonNode node, Supplier<? extends SdkBuilder<?, T>> builderFactory) {
        SdkBuilder<?, T> builder = builderFactory.get();
        if (!(builder instanceof SdkPojo)) {
            throw new IllegalArgumentException(builder.getClass() + " is not an SDK model builder");
        }
        fill((SdkPojo) builder, node, "");
        return builder.build();
    }

    /**
     * Reads a model object from JSON text.
     *
     * @param json           JSON text
     * @param builderFactory creates an empty builder of the target shape
     * @param <T>            the built type
     * @return the built object
     */
    public static <T> T fromJson(String json, Supplier<? extends SdkBuilder<?, T>> builderFactory) {
        try {
            return fromJson(MAPPER.readTree(json), builderFactory);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ValidationException("body", abbreviate(json), "is not valid JSON: " + e.getOriginalMessage(),
                    "send a JSON object", e);
        }
    }

    private static void fill(SdkPojo builder, JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ValidationException(path.isEmpty() ? "body" : path, abbreviate(node.toString()),
                    "must be a JSON object", "send a JSON object with the shape's members");
        }
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode member = node.get(field.locationName());
            if (member == null || member.isNull()) {
                continue;
            }
            String memberPath = path.isEmpty() ? field.locationName() : path + "." + field.locationName();
            field.set(builder, jsonToValue(field, member, memberPath));
        }
    }

    private static boolean isAutoConstructed(Object value) {
        return value instanceof software.amazon.awssdk.core.util.SdkAutoConstructList
                || value instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap;
    }

    private static JsonNode valueToJson(SdkField<?> field, Object value) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return NODES.textNode((String) value);
        } else if (type == MarshallingType.INTEGER) {
            return NODES.numberNode((Integer) value);
        } else if (type == MarshallingType.LONG) {
            return NODES.numberNode((Long) value);
        } else if (type == MarshallingType.SHORT) {
            return NODES.numberNode((Short) value);
        } else if (type == MarshallingType.BYTE) {
            return NODES.numberNode((Byte) value);
        } else if (type == MarshallingType.FLOAT) {
            return NODES.numberNode((Float) value);
        } else if (type == MarshallingType.DOUBLE) {
            return NODES.numberNode((Double) value);
        } else if (type == MarshallingType.BIG_DECIMAL) {
            return NODES.numberNode((BigDecimal) value);
        } else if (type == MarshallingType.BOOLEAN) {
            return NODES.booleanNode((Boolean) value);
        } else if (type == MarshallingType.INSTANT) {
            return NODES.numberNode(epochSeconds((Instant) value));
        } else if (type == MarshallingType.SDK_BYTES) {
            return NODES.textNode(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArrayUnsafe()));
        } else if (type == MarshallingType.SDK_POJO) {
            return toJson((SdkPojo) value);
        } else if (type == MarshallingType.LIST) {
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            for (Object item : (List<?>) value) {
                array.add(item == null ? NODES.nullNode() : valueToJson(member, item));
            }
            return array;
        } else if (type == MarshallingType.MAP) {
            SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
            ObjectNode map = NODES.objectNode();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                map.set(String.valueOf(e.getKey()),
                        e.getValue() == null ? NODES.nullNode() : valueToJson(valueField, e.getValue()));
            }
            return map;
        }
        throw new IllegalStateException("Unsupported member type " + type + " of " + field.memberName());
    }

    private static Object jsonToValue(SdkField<?> field, JsonNode node, String path) {
        MarshallingType<?> type = field.marshallingType();
        try {
            if (type == MarshallingType.STRING) {
                requireType(node.isTextual(), node, path, "a string");
                return node.asText();
            } else if (type == MarshallingType.INTEGER) {
                requireType(node.canConvertToInt() && node.isIntegralNumber(), node, path, "an integer");
                return node.intValue();
            } else if (type == MarshallingType.LONG) {
                requireType(node.canConvertToLong() && node.isIntegralNumber(), node, path, "an integer");
                return node.longValue();
            } else if (type == MarshallingType.SHORT) {
                requireType(node.isIntegralNumber(), node, path, "an integer");
                return node.shortValue();
            } else if (type == MarshallingType.BYTE) {
                requireType(node.isIntegralNumber(), node, path, "an integer");
                return (byte) node.intValue();
            } else if (type == MarshallingType.FLOAT) {
                requireType(node.isNumber(), node, path, "a number");
                return node.floatValue();
            } else if (type == MarshallingType.DOUBLE) {
                requireType(node.isNumber(), node, path, "a number");
                return node.doubleValue();
            } else if (type == MarshallingType.BIG_DECIMAL) {
                requireType(node.isNumber(), node, path, "a number");
                return node.decimalValue();
            } else if (type == MarshallingType.BOOLEAN) {
                requireType(node.isBoolean(), node, path, "true or false");
                return node.booleanValue();
            } else if (type == MarshallingType.INSTANT) {
                if (node.isNumber()) {
                    BigDecimal seconds = node.decimalValue();
                    long whole = seconds.longValue();
                    long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
                    return Instant.ofEpochSecond(whole, nanos);
                }
                requireType(node.isTextual(), node, path, "epoch seconds or an ISO-8601 time");
                return Instant.parse(node.asText());
            } else if (type == MarshallingType.SDK_BYTES) {
                requireType(node.isTextual(), node, path, "a base64 string");
                return SdkBytes.fromByteArrayUnsafe(Base64.getDecoder().decode(node.asText()));
            } else if (type == MarshallingType.SDK_POJO) {
                SdkPojo nested = field.constructor().get();
                fill(nested, node, path);
                return ((SdkBuilder<?, ?>) nested).build();
            } else if (type == MarshallingType.LIST) {
                requireType(node.isArray(), node, path, "a JSON array");
                SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
                List<Object> list = new ArrayList<>(node.size());
                int i = 0;
                for (JsonNode item : node) {
                    list.add(item.isNull() ? null : jsonToValue(member, item, path + "[" + i + "]"));
                    i++;
                }
                return list;
            } else if (type == MarshallingType.MAP) {
                requireType(node.isObject(), node, path, "a JSON object");
                SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    map.put(e.getKey(), e.getValue().isNull() ? null
                            : jsonToValue(valueField, e.getValue(), path + "." + e.getKey()));
                }
                return map;
            }
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            if (e instanceof ValidationException) {
                throw e;
            }
            throw new ValidationException(path, abbreviate(node.toString()), "cannot be read: " + e.getMessage(),
                    "send a value of the member's type", e);
        }
        throw new IllegalStateException("Unsupported member type " + type + " of " + field.memberName());
    }

    private static void requireType(boolean ok, JsonNode node, String path, String expected) {
        if (!ok) {
            throw new ValidationException(path, abbreviate(node.toString()), "must be " + expected,
                    "send " + expected + " for " + path);
        }
    }

    private static BigDecimal epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.getEpochSecond()).add(BigDecimal.valueOf(instant.getNano(), 9))
                .stripTrailingZeros();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}
