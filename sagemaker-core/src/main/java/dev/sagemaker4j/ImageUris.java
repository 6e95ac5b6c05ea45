/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ECR image URIs of SageMaker's built-in algorithms, as {@code sagemaker.image_uris.retrieve}
 * returns them. The local backend runs these images in-process; the sagemaker backend passes them
 * to the service. Needs no closing.
 *
 * <pre>{@code
 * ImageUris.retrieve("xgboost", "us-east-1", "1.7-1");
 * // 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
 * ImageUris.retrieve("linear-learner", "eu-west-1", null);
 * // 438346466558.dkr.ecr.eu-west-1.amazonaws.com/linear-learner:1
 * }</pre>
 */
public final class ImageUris {
    /** Accounts of the framework XGBoost images ({@code sagemaker-xgboost}). */
    private static final Map<String, String> XGBOOST_REGISTRIES = registries(
            "af-south-1", "510948584623", "ap-east-1", "651117190479", "ap-northeast-1", "354813040037",
            "ap-northeast-2", "366743142698", "ap-northeast-3", "867004704886", "ap-south-1", "720646828776",
            "ap-south-2", "628508329040", "ap-southeast-1", "121021644041", "ap-southeast-2", "783357654285",
            "ap-southeast-3", "951798379941", "ap-southeast-4", "106583098589", "ca-central-1", "341280168497",
            "ca-west-1", "190319476487", "cn-north-1", "450853457545", "cn-northwest-1", "451049120500",
            "eu-central-1", "492215442770", "eu-central-2", "680994064768", "eu-north-1", "662702820516",
            "eu-south-1", "978288397137", "eu-south-2", "104374241257", "eu-west-1", "141502667606",
            "eu-west-2", "764974769150", "eu-west-3", "659782779980", "il-central-1", "898809789911",
            "me-central-1", "272398656194", "me-south-1", "801668240914", "sa-east-1", "737474898029",
            "us-east-1", "683313688378", "us-east-2", "257758044811", "us-gov-east-1", "237065988967",
            "us-gov-west-1", "414596584902", "us-west-1", "746614075791", "us-west-2", "246618743249");

    /** Accounts of the Amazon algorithm images (kmeans, linear-learner, pca, ... and xgboost:1). */
    private static final Map<String, String> ALGORITHM_REGISTRIES = registries(
            "af-south-1", "455444449433", "ap-east-1", "286214385809", "ap-northeast-1", "351501993468",
            "ap-northeast-2", "835164637446", "ap-northeast-3", "364406365360", "ap-south-1", "991648021394",
            "ap-southeast-1", "475088953585", "ap-southeast-2", "712309505854", "ca-central-1", "469771592824",
            "cn-north-1", "390948362332", "cn-northwest-1", "387376663083", "eu-central-1", "664544806723",
            "eu-north-1", "669576153137", "eu-west-1", "438346466558", "eu-west-2", "644912444149",
            "eu-west-3", "749696950732", "eu-south-1", "257386234256", "me-south-1", "249704162688",
            "sa-east-1", "855470959533", "us-east-1", "382416733822", "us-east-2", "404615174143",
            "us-gov-west-1", "226302683700", "us-west-1", "632365934929", "us-west-2", "174872318107");

    /** Accounts of the original XGBoost algorithm image ({@code xgboost:1}). */
    private static final Map<String, String> XGBOOST_V1_REGISTRIES = registries(
            "af-south-1", "455444449433", "ap-east-1", "286214385809", "ap-northeast-1", "501404015308",
            "ap-northeast-2", "306986355934", "ap-northeast-3", "867004704886", "ap-south-1", "991648021394",
            "ap-southeast-1", "475088953585", "ap-southeast-2", "544295431143", "ca-central-1", "469771592824",
            "cn-north-1", "390948362332", "cn-northwest-1", "387376663083", "eu-central-1", "813361260812",
            "eu-north-1", "669576153137", "eu-west-1", "685385470294", "eu-west-2", "644912444149",
            "eu-west-3", "749696950732", "eu-south-1", "257386234256", "me-south-1", "249704162688",
            "sa-east-1", "855470959533", "us-east-1", "811284229777", "us-east-2", "825641698319",
            "us-gov-west-1", "226302683700", "us-west-1", "632365934929", "us-west-2", "433757028032");

    private static final List<String> XGBOOST_VERSIONS = List.of("0.90-1", "0.90-2", "1.0-1", "1.2-1", "1.2-2",
            "1.3-1", "1.5-1", "1.7-1", "3.0-5");
    private static final List<String> ALGORITHMS = List.of("kmeans", "linear-learner", "pca", "knn",
            "factorization-machines", "randomcutforest", "lda", "ntm", "ipinsights", "object2vec");

    private ImageUris() {
    }

    private static Map<String, String> registries(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /**
     * The image URI of a built-in algorithm or framework container.
     *
     * @param framework {@code xgboost}, {@code linear-learner}, {@code kmeans}, {@code pca}, ...
     * @param region    the region, e.g. {@code us-east-1}
     * @param version   the version: for XGBoost e.g. {@code 1.7-1} (required); for the Amazon algorithms
     *                  {@code 1} or {@code null}
     * @return the image URI
     * @throws ValidationException naming the framework, region or version that is not known, with the
     *                             values that are
     */
    public static String retrieve(String framework, String region, String version) {
        if (framework == null) {
            throw new ValidationException("framework", null, "is missing", "name one of: xgboost, "
                    + String.join(", ", ALGORITHMS));
        }
        if ("xgboost".equals(framework)) {
            if (version == null || version.isEmpty()) {
                throw new ValidationException("version", version, "is required for xgboost",
                        "pass one of " + XGBOOST_VERSIONS + " (or 1 for the original algorithm)");
            }
            if (version.equals("1") || version.equals("latest")) {
                return uri(XGBOOST_V1_REGISTRIES, region, "xgboost", "1");
            }
            if (!XGBOOST_VERSIONS.contains(version)) {
                throw new ValidationException("version", version, "is not an XGBoost version SageMaker offers",
                        "pass one of " + XGBOOST_VERSIONS);
            }
            String tag = version.startsWith("0.90") || version.equals("1.0-1") ? version + "-cpu-py3" : version;
            return uri(XGBOOST_REGISTRIES, region, "sagemaker-xgboost", tag);
        }
        if (ALGORITHMS.contains(framework)) {
            if (version != null && !version.equals("1") && !version.equals("latest")) {
                throw new ValidationException("version", version, "is not a version of " + framework,
                        "pass 1 or null");
            }
            return uri(ALGORITHM_REGISTRIES, region, framework, "1");
        }
        throw new ValidationException("framework", framework, "is not a built-in algorithm image known here",
                "name one of: xgboost, " + String.join(", ", ALGORITHMS));
    }

    private static String uri(Map<String, String> registries, String region, String repository, String tag) {
        String account = registries.get(region);
        if (account == null) {
            throw new ValidationException("region", region, "has no " + repository + " image",
                    "use one of " + new TreeSet<>(registries.keySet()));
        }
        String domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return account + ".dkr.ecr." + region + "." + domain + "/" + repository + ":" + tag;
    }
}
