/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.FeatureParameter;
import software.amazon.awssdk.services.sagemaker.model.StorageType;
import software.amazon.awssdk.services.sagemaker.model.TableFormat;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.ThroughputMode;

/**
 * The SageMaker service's constraints on the feature store's fields (lengths, patterns and enum values of its
 * API model), checked by {@code FeatureGroup} before a request is sent and by the local backend when one
 * arrives. Each check names the field it is given: the Python keyword's camelCase name on the client, the
 * service's member name in the local backend.
 */
public final class Shapes {
    /** The service's KmsKeyId: a key id, key ARN, alias name or alias ARN. */
    private static final Pattern KMS_KEY_ID = Pattern.compile("[a-zA-Z0-9:/_-]{1,2048}");
    /** The service's RoleArn. */
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-/]+");
    /** The service's TagKey and TagValue (and FeatureParameter's key and value) characters. */
    private static final Pattern TAG_TEXT = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");
    /** The service's feature name. */
    private static final Pattern FEATURE_NAME = Pattern.compile("[a-zA-Z0-9]([-_]*[a-zA-Z0-9]){0,63}");

    private Shapes() {
    }

    /**
     * A KMS key id as the service takes it: {@code 1234abcd-...}, {@code arn:aws:kms:...:key/...},
     * {@code alias/name} or an alias ARN; null passes.
     *
     * @param field the field's name
     * @param value the key id, or null
     */
    public static void kmsKeyId(String field, String value) {
        if (value != null && !KMS_KEY_ID.matcher(value).matches()) {
            throw new ValidationException(field, value, "is not a KMS key id",
                    "give a key id, key ARN, alias name (alias/...) or alias ARN: up to 2048 letters, digits, ':', '/',"
                            + " '_' and '-'");
        }
    }

    /**
     * An IAM role ARN as the service takes it; null passes (the local backend needs no role).
     *
     * @param field the field's name
     * @param value the ARN, or null
     */
    public static void roleArn(String field, String value) {
        if (value != null && (value.length() < 20 || value.length() > 2048 || !ROLE_ARN.matcher(value).matches())) {
            throw new ValidationException(field, value, "is not an IAM role ARN",
                    "give arn:aws:iam::<12-digit account>:role/<name>");
        }
    }

    /**
     * A feature name as the service takes it.
     *
     * @param field the field's name
     * @param value the name
     */
    public static void featureName(String field, String value) {
        if (value == null || !FEATURE_NAME.matcher(value).matches()) {
            throw new ValidationException(field, value, "is not a valid feature name",
                    "use 1-64 letters, digits, '-' and '_', starting and ending with a letter or digit");
        }
    }

    /**
     * A description of at most {@code max} characters; null passes.
     *
     * @param field the field's name
     * @param value the text, or null
     * @param max   the service's limit (128 for a group, 255 for a feature)
     */
    public static void description(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, value.length() + " characters", "is longer than " + max,
                    "shorten it to " + max + " characters");
        }
    }

    /**
     * Tags as the service takes them: at most 50, keys of 1-128 and values of 0-256 characters of its set,
     * each key once.
     *
     * @param field the field's name
     * @param tags  the tags, or null
     */
    public static void tags(String field, List<Tag> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > 50) {
            throw new ValidationException(field, tags.size() + " tags", "has more than 50 tags",
                    "give at most 50 tags, as the service takes");
        }
        Set<String> keys = new HashSet<>();
        for (Tag t : tags) {
            keyValue(field + ".Key", t.key(), 128, false);
            keyValue(field + ".Value", t.value(), 256, true);
            if (!keys.add(t.key())) {
                throw new ValidationException(field + ".Key", t.key(), "is given twice", "give each tag key once");
            }
        }
    }

    /**
     * Feature parameters as UpdateFeatureMetadata takes them: at most 25, keys and values of 1-255
     * characters of the tags' set.
     *
     * @param field      the field's name
     * @param parameters the parameters, or null
     */
    public static void parameters(String field, List<FeatureParameter> parameters) {
        if (parameters == null) {
            return;
        }
        if (parameters.size() > 25) {
            throw new ValidationException(field, parameters.size() + " parameters", "has more than 25 parameters",
                    "give at most 25 parameters in one update");
        }
        for (FeatureParameter p : parameters) {
            keyValue(field + ".Key", p.key(), 255, false);
            keyValue(field + ".Value", p.value(), 255, false);
        }
    }

    /**
     * Parameter keys to remove: at most 25, each of 1-255 characters of the tags' set.
     *
     * @param field the field's name
     * @param keys  the keys, or null
     */
    public static void parameterKeys(String field, List<String> keys) {
        if (keys == null) {
            return;
        }
        if (keys.size() > 25) {
            throw new ValidationException(field, keys.size() + " keys", "has more than 25 keys",
                    "remove at most 25 parameters in one update");
        }
        keys.forEach(k -> keyValue(field, k, 255, false));
    }

    private static void keyValue(String field, String value, int max, boolean emptyAllowed) {
        if (value == null || value.length() > max || !emptyAllowed && value.isEmpty()
                || !TAG_TEXT.matcher(value).matches()) {
            throw new ValidationException(field, value, "is not a valid key or value",
                    "use " + (emptyAllowed ? 0 : 1) + "-" + max
                            + " letters, digits, spaces and the characters _ . : / = + - @");
        }
    }

    /**
     * A table format: Glue or Iceberg; null passes.
     *
     * @param field the field's name
     * @param value the format as sent
     */
    public static void tableFormat(String field, String value) {
        if (value != null && TableFormat.fromValue(value) == TableFormat.UNKNOWN_TO_SDK_VERSION) {
            throw new ValidationException(field, value, "is not a table format", "use Glue or Iceberg");
        }
    }

    /**
     * An online store storage type: Standard or InMemory; null passes.
     *
     * @param field the field's name
     * @param value the type as sent
     */
    public static void storageType(String field, String value) {
        if (value != null && StorageType.fromValue(value) == StorageType.UNKNOWN_TO_SDK_VERSION) {
            throw new ValidationException(field, value, "is not an online store storage type",
                    "use Standard or InMemory");
        }
    }

    /**
     * A throughput configuration: OnDemand without capacity units, or Provisioned with read and write
     * capacity units of at least 1; a null mode passes only when {@code modeRequired} is false.
     *
     * @param field        the field's name
     * @param mode         the mode as sent
     * @param read         the provisioned read capacity units, or null
     * @param write        the provisioned write capacity units, or null
     * @param modeRequired whether the mode must be given (CreateFeatureGroup) or may be left as it is
     */
    public static void throughput(String field, String mode, Integer read, Integer write, boolean modeRequired) {
        if (mode == null) {
            if (modeRequired) {
                throw new ValidationException(field + ".ThroughputMode", null, "is missing",
                        "give OnDemand or Provisioned");
            }
        } else if (ThroughputMode.fromValue(mode) == ThroughputMode.UNKNOWN_TO_SDK_VERSION) {
            throw new ValidationException(field + ".ThroughputMode", mode, "is not a throughput mode",
                    "use OnDemand or Provisioned");
        }
        for (Object[] units : new Object[][] {{"ProvisionedReadCapacityUnits", read},
                {"ProvisionedWriteCapacityUnits", write}}) {
            Integer n = (Integer) units[1];
            if (n != null && "OnDemand".equals(mode)) {
                throw new ValidationException(field + "." + units[0], n, "is set in OnDemand mode",
                        "leave capacity units out, or use Provisioned");
            }
            if (n != null && n < 1) {
                throw new ValidationException(field + "." + units[0], n, "is less than 1", "give at least 1 unit");
            }
        }
    }
}
