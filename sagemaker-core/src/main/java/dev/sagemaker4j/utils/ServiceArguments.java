/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.utils;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.VpcConfig;

/**
 * The service's checks of arguments that many requests share (KMS key ids, VPC configurations, tags), made
 * before a request is sent, and the Python SDK's {@code format_tags}. Needs no closing.
 *
 * <pre>{@code
 * ServiceArguments.kmsKey("kmsKey", "alias/my-key");            // returns the key
 * ServiceArguments.tags("tags", Map.of("team", "ml"));           // [Tag(Key=team, Value=ml)]
 * ServiceArguments.vpcConfig("vpcConfig", VpcConfig.builder().subnets("subnet_1").build());  // throws
 * }</pre>
 */
public final class ServiceArguments {
    /** The service's pattern of {@code KmsKeyId} (CreateEndpointConfig, DataCaptureConfig). */
    private static final Pattern KMS_KEY = Pattern.compile("[a-zA-Z0-9:/_-]{0,2048}");
    /** The service's pattern of subnet and security group ids. */
    private static final Pattern VPC_ID = Pattern.compile("[-0-9a-zA-Z]{1,32}");

    private ServiceArguments() {
    }

    /**
     * Checks a KMS key id, alias or ARN against the service's shape.
     *
     * @param field the Python keyword's camelCase name
     * @param key   the key, or {@code null}
     * @return the key
     */
    public static String kmsKey(String field, String key) {
        if (key != null && !KMS_KEY.matcher(key).matches()) {
            throw new ValidationException(field, key, "is not a KMS key id, alias or ARN (at most 2048 of"
                    + " [a-zA-Z0-9:/_-])", "pass e.g. arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef"
                    + "-1234567890ab or alias/my-key");
        }
        return key;
    }

    /**
     * Checks a VPC configuration against the service's shape: 1 to 16 subnets, 1 to 5 security groups.
     *
     * @param field the Python keyword's camelCase name
     * @param vpc   the configuration, or {@code null}
     * @return the configuration
     */
    public static VpcConfig vpcConfig(String field, VpcConfig vpc) {
        if (vpc == null) {
            return null;
        }
        ids(field + ".Subnets", vpc.subnets(), 16, "subnet-0123456789abcdef0");
        ids(field + ".SecurityGroupIds", vpc.securityGroupIds(), 5, "sg-0123456789abcdef0");
        return vpc;
    }

    private static void ids(String field, List<String> ids, int max, String example) {
        if (ids == null || ids.isEmpty() || ids.size() > max) {
            throw new ValidationException(field, ids, "must hold 1 to " + max + " ids", "pass e.g. [" + example + "]");
        }
        for (String id : ids) {
            if (id == null || !VPC_ID.matcher(id).matches()) {
                throw new ValidationException(field, id, "is not an id (1 to 32 letters, digits and hyphens)",
                        "pass e.g. " + example);
            }
        }
    }

    /**
     * Tags as the service's Key/Value list, in the map's order, as the Python SDK's {@code format_tags}
     * turns a dict into a list.
     *
     * @param field the Python keyword's camelCase name
     * @param tags  keys and values
     * @return the list
     */
    public static List<Tag> tags(String field, Map<String, String> tags) {
        List<Tag> out = new ArrayList<>(tags.size());
        for (Map.Entry<String, String> e : tags.entrySet()) {
            out.add(Tag.builder().key(e.getKey()).value(e.getValue()).build());
        }
        return tags(field, out);
    }

    /**
     * Checks tags against the service's shape: at most 50, keys of 1 to 128 characters, values of at most 256.
     *
     * @param field the Python keyword's camelCase name
     * @param tags  the tags
     * @return an unmodifiable copy
     */
    public static List<Tag> tags(String field, List<Tag> tags) {
        if (tags.size() > 50) {
            throw new ValidationException(field, tags.size() + " tags", "holds more than 50 tags",
                    "pass at most 50 tags");
        }
        for (Tag t : tags) {
            if (t.key() == null || t.key().isEmpty() || t.key().length() > 128) {
                throw new ValidationException(field, t.key(), "is not a tag key of 1 to 128 characters",
                        "give every tag a key");
            }
            if (t.value() == null || t.value().length() > 256) {
                throw new ValidationException(field + "[" + t.key() + "]", t.value(),
                        "is not a tag value of 0 to 256 characters", "give every tag a value");
            }
        }
        return List.copyOf(tags);
    }
}
