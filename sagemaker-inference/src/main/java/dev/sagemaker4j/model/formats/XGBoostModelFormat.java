/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The XGBoost model formats SageMaker's containers read and write, so that models move both ways between
 * xgboost4j 3.x here and the xgboost of each container image.
 *
 * <ul>
 *   <li><b>Legacy binary</b> ({@code binf…}): what xgboost 0.90–1.7 write for a file name without
 *       {@code .json}, so what SageMaker's XGBoost containers leave in {@code model.tar.gz}. xgboost 3.x no
 *       longer reads it, so it is converted to XGBoost JSON here; and it is the one format every container
 *       before 1.7 loads, so models for those images are written in it.</li>
 *   <li><b>JSON for xgboost 1.7</b>: xgboost 3.x writes {@code base_score} as a list ({@code "[1.5E2]"}),
 *       which 1.7 silently reads as 0.5; it is written back as the scalar 1.7 expects.</li>
 *   <li><b>Pickle</b>: a script-mode artifact; refused with how to re-save it.</li>
 * </ul>
 *
 * <p>The binary layout is xgboost 1.7's {@code LearnerModelParamLegacy} (136 bytes), the objective and booster
 * names, {@code GBTreeModelParam} (160 bytes), each tree's {@code TreeParam} (148 bytes), nodes (20 bytes) and
 * statistics (16 bytes), the tree-to-class map and the extra attributes (which hold the objective's
 * configuration as JSON). Every count is checked against the bytes left, so a hostile file costs no more than
 * its length.
 */
public final class XGBoostModelFormat {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BINF = "binf".getBytes(StandardCharsets.US_ASCII);
    private static final int LEARNER_PARAM_BYTES = 136;
    private static final int GBTREE_PARAM_BYTES = 160;
    private static final int TREE_PARAM_BYTES = 148;
    private static final int NODE_BYTES = 20;
    private static final int STAT_BYTES = 16;
    /** The node id xgboost gives the root's parent (its {@code kInvalidNodeId} with the left-child bit off). */
    private static final int NO_PARENT = Integer.MAX_VALUE;

    /** The ways a model file can be written. */
    public enum Format {
        /** XGBoost JSON ({@code {"learner":…}}). */
        JSON,
        /** Universal Binary JSON, xgboost's {@code .ubj}. */
        UBJSON,
        /** The legacy binary format of xgboost before 2.0 ({@code binf…}, or the same without the header). */
        LEGACY_BINARY,
        /** A Python pickle (a booster pickled by a training script). */
        PICKLE
    }

    private XGBoostModelFormat() {
    }

    /**
     * The format of a model file, from its first bytes.
     *
     * @param bytes the file
     * @return its format; {@link Format#LEGACY_BINARY} when nothing else matches (xgboost 0.90 wrote no header)
     */
    public static Format detect(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x80 && bytes[1] >= 2 && bytes[1] <= 5) {
            return Format.PICKLE;
        }
        int i = 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && bytes[i] == '{') {
            // UBJSON objects open with '{' too, then a length marker ('i', 'U', 'I', 'l', 'L') before a key
            int next = i + 1;
            while (next < bytes.length && Character.isWhitespace(bytes[next])) {
                next++;
            }
            boolean json = next < bytes.length && (bytes[next] == '"' || bytes[next] == '}');
            return json ? Format.JSON : Format.UBJSON;
        }
        return Format.LEGACY_BINARY;
    }

    /**
     * Converts a model in the legacy binary format to XGBoost JSON that xgboost4j 3.x loads, with the same
     * trees, base score, objective (and its parameters) and attributes.
     *
     * @param bytes  the binary model
     * @param source what to call the file in errors
     * @return the JSON model
     * @throws IOException when the bytes are not a model in that format, naming what is wrong
     */
    public static byte[] legacyBinaryToJson(byte[] bytes, String source) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            return JSON.writeValueAsBytes(readLegacy(in, source));
        } catch (BufferUnderflowException e) {
            throw new IOException(source + " is truncated or not an XGBoost model: it ends at byte " + bytes.length
                    + " inside the legacy binary format", e);
        }
    }

    private static ObjectNode readLegacy(ByteBuffer in, String source) throws IOException {
        if (in.remaining() >= 4 && startsWith(in, BINF)) {
            in.position(4);
        }
        if (in.remaining() < LEARNER_PARAM_BYTES) {
            throw new IOException(source + " is not an XGBoost model: " + in.limit()
                    + " bytes are too few for xgboost's binary header");
        }
        int start = in.position();
        float baseScore = in.getFloat();
        int numFeature = in.getInt();
        int numClass = in.getInt();
        int hasAttributes = in.getInt();
        int hasMetrics = in.getInt();
        int major = in.getInt();
        in.getInt(); // minor version
        in.getInt(); // num_target: always 1 in the binary format
        int boostFromAverage = in.getInt();
        in.position(start + LEARNER_PARAM_BYTES);
        if (numFeature < 0 || numClass < 0 || !Float.isFinite(baseScore)) {
            throw new IOException(source + " is not an XGBoost model: its header holds num_feature " + numFeature
                    + ", num_class " + numClass + ", base_score " + baseScore);
        }
        String objective = readString(in, source, "the objective");
        String booster = readString(in, source, "the booster");
        ObjectNode boosterNode;
        if (booster.equals("gbtree")) {
            boosterNode = JSON.createObjectNode().put("name", "gbtree");
            boosterNode.set("model", readTrees(in, source));
        } else if (booster.equals("dart")) {
            ObjectNode trees = readTrees(in, source);
            boosterNode = JSON.createObjectNode().put("name", "dart");
            boosterNode.set("gbtree", JSON.createObjectNode().put("name", "gbtree").set("model", trees));
            ArrayNode weights = boosterNode.putArray("weight_drop");
            if (trees.get("trees").size() > 0) {
                long n = in.getLong();
                checkCount(in, n, 4, source, "DART tree weights");
                for (long i = 0; i < n; i++) {
                    weights.add(in.getFloat());
                }
            }
        } else {
            throw new IOException(source + " uses booster '" + printable(booster) + "', which sagemaker4j reads"
                    + " only in XGBoost JSON: load it in xgboost 1.x and save it with save_model('xgboost-model.json')");
        }
        if (hasMetrics != 0) {
            long n = in.getLong();
            checkCount(in, n, 8, source, "evaluation metrics");
            for (long i = 0; i < n; i++) {
                readString(in, source, "an evaluation metric");
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (hasAttributes != 0) {
            long n = in.getLong();
            checkCount(in, n, 16, source, "attributes");
            for (long i = 0; i < n; i++) {
                attributes.put(readString(in, source, "an attribute name"),
                        readString(in, source, "an attribute value"));
            }
        }
        ObjectNode objectiveNode = objectiveConfig(objective, numClass, attributes.remove("objective"), major,
                source);
        ObjectNode learner = JSON.createObjectNode();
        ObjectNode attrs = learner.putObject("attributes");
        attributes.forEach((k, v) -> {
            if (!k.startsWith("SAVED_PARAM_")) {
                attrs.put(k, v);
            }
        });
        learner.putArray("feature_names");
        learner.putArray("feature_types");
        learner.set("gradient_booster", boosterNode);
        learner.putObject("learner_model_param").put("base_score", Float.toString(baseScore))
                .put("boost_from_average", Integer.toString(boostFromAverage))
                .put("num_class", Integer.toString(numClass)).put("num_feature", Integer.toString(numFeature))
                .put("num_target", "1");
        learner.set("objective", objectiveNode);
        ObjectNode root = JSON.createObjectNode();
        root.set("learner", learner);
        root.putArray("version").add(1).add(7).add(4);
        return root;
    }

    private static ObjectNode readTrees(ByteBuffer in, String source) throws IOException {
        if (in.remaining() < GBTREE_PARAM_BYTES) {
            throw new BufferUnderflowException();
        }
        int start = in.position();
        int numTrees = in.getInt();
        int numParallel = in.getInt();
        in.position(start + GBTREE_PARAM_BYTES);
        checkCount(in, numTrees, TREE_PARAM_BYTES, source, "trees");
        ObjectNode model = JSON.createObjectNode();
        model.putObject("gbtree_model_param").put("num_parallel_tree", Integer.toString(Math.max(1, numParallel)))
                .put("num_trees", Integer.toString(numTrees));
        ArrayNode trees = JSON.createArrayNode();
        for (int t = 0; t < numTrees; t++) {
            trees.add(readTree(in, t, source));
        }
        ArrayNode info = JSON.createArrayNode();
        if (numTrees > 0) {
            checkCount(in, numTrees, 4, source, "tree groups");
            for (int t = 0; t < numTrees; t++) {
                info.add(in.getInt());
            }
        }
        model.set("tree_info", info);
        model.set("trees", trees);
        return model;
    }

    private static ObjectNode readTree(ByteBuffer in, int id, String source) throws IOException {
        int start = in.position();
        in.getInt(); // deprecated num_roots
        int numNodes = in.getInt();
        int numDeleted = in.getInt();
        in.getInt(); // deprecated max_depth
        int numFeature = in.getInt();
        int leafVector = in.getInt();
        in.position(start + TREE_PARAM_BYTES);
        if (leafVector != 0) {
            throw new IOException(source + " tree " + id + " has leaf vectors, which the binary format of"
                    + " SageMaker's containers never holds");
        }
        checkCount(in, numNodes, NODE_BYTES + STAT_BYTES, source, "nodes of tree " + id);
        ObjectNode tree = JSON.createObjectNode();
        ArrayNode parents = JSON.createArrayNode();
        ArrayNode left = JSON.createArrayNode();
        ArrayNode right = JSON.createArrayNode();
        ArrayNode splitIndices = JSON.createArrayNode();
        ArrayNode defaultLeft = JSON.createArrayNode();
        ArrayNode conditions = JSON.createArrayNode();
        ArrayNode splitTypes = JSON.createArrayNode();
        for (int n = 0; n < numNodes; n++) {
            int parent = in.getInt();
            int cleft = in.getInt();
            int cright = in.getInt();
            int sindex = in.getInt();
            float value = in.getFloat();
            if (cleft < -1 || cleft >= numNodes || cright < -1 || cright >= numNodes) {
                throw new IOException(source + " tree " + id + " node " + n + " points to a child outside the tree");
            }
            parents.add(parent & NO_PARENT);
            left.add(cleft);
            right.add(cright);
            splitIndices.add(sindex & NO_PARENT);
            defaultLeft.add(sindex >>> 31);
            conditions.add(value);
            splitTypes.add(0);
        }
        ArrayNode loss = JSON.createArrayNode();
        ArrayNode hessian = JSON.createArrayNode();
        ArrayNode weights = JSON.createArrayNode();
        for (int n = 0; n < numNodes; n++) {
            loss.add(in.getFloat());
            hessian.add(in.getFloat());
            weights.add(in.getFloat());
            in.getInt(); // leaf_child_cnt
        }
        tree.set("base_weights", weights);
        tree.putArray("categories");
        tree.putArray("categories_nodes");
        tree.putArray("categories_segments");
        tree.putArray("categories_sizes");
        tree.set("default_left", defaultLeft);
        tree.put("id", id);
        tree.set("left_children", left);
        tree.set("loss_changes", loss);
        tree.set("parents", parents);
        tree.set("right_children", right);
        tree.set("split_conditions", conditions);
        tree.set("split_indices", splitIndices);
        tree.set("split_type", splitTypes);
        tree.set("sum_hessian", hessian);
        tree.putObject("tree_param").put("num_deleted", Integer.toString(numDeleted))
                .put("num_feature", Integer.toString(numFeature)).put("num_nodes", Integer.toString(numNodes))
                .put("size_leaf_vector", "0");
        return tree;
    }

    /**
     * The objective's JSON configuration: the one xgboost 1.x saved among the attributes, else (a 0.90 model)
     * the objective's defaults, which is what 0.90 trained with, as it kept no objective parameters.
     */
    private static ObjectNode objectiveConfig(String objective, int numClass, String saved, int major,
            String source) throws IOException {
        if (saved != null && major >= 1) {
            JsonNode node = JSON.readTree(saved);
            if (node instanceof ObjectNode && objective.equals(node.path("name").asText())) {
                return (ObjectNode) node;
            }
            throw new IOException(source + " holds an objective configuration that does not match its objective '"
                    + printable(objective) + "'");
        }
        String name = objective.equals("reg:linear") ? "reg:squarederror" : objective;
        ObjectNode node = JSON.createObjectNode().put("name", name);
        if (name.startsWith("multi:")) {
            node.putObject("softmax_multiclass_param").put("num_class", Integer.toString(numClass));
        } else if (name.equals("reg:pseudohubererror")) {
            node.putObject("pseudo_huber_param").put("huber_slope", "1");
        } else if (name.equals("count:poisson")) {
            node.putObject("poisson_regression_param").put("max_delta_step", "0.7");
        } else if (name.equals("reg:tweedie")) {
            node.putObject("tweedie_regression_param").put("tweedie_variance_power", "1.5");
        } else if (name.equals("survival:aft")) {
            node.putObject("aft_loss_param").put("aft_loss_distribution", "normal")
                    .put("aft_loss_distribution_scale", "1");
        } else if (name.startsWith("rank:")) {
            node.putObject("lambda_rank_param").put("num_pairsample", "1").put("fix_list_weight", "0");
        } else if (name.startsWith("reg:") || name.startsWith("binary:log")) {
            node.putObject("reg_loss_param").put("scale_pos_weight", "1");
        }
        return node;
    }

    /**
     * Rewrites a JSON model written by xgboost4j 3.x so that xgboost 1.7 (SageMaker's 1.7-1 container) reads
     * it as 3.x does: {@code base_score} as one number instead of a list.
     *
     * @param json   the model as xgboost4j wrote it
     * @param source what to call the model in errors
     * @return the JSON for xgboost 1.7
     * @throws IOException when the model cannot be expressed for xgboost 1.7 (a base score per class)
     */
    public static byte[] jsonForXgboost17(byte[] json, String source) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        ObjectNode param = (ObjectNode) root.path("learner").path("learner_model_param");
        param.put("base_score", Float.toString(scalarBaseScore(param, source)));
        return JSON.writeValueAsBytes(root);
    }

    /**
     * Writes a JSON model as the legacy binary format, which every xgboost from 0.90 to 1.7 loads (the XGBoost
     * containers before 1.7 read no other).
     *
     * @param json   the model as xgboost4j wrote it
     * @param source what to call the model in errors
     * @return the binary model
     * @throws IOException when the model uses what the binary format cannot hold (categorical splits,
     *                     gblinear, a base score per class)
     */
    public static byte[] jsonToLegacyBinary(byte[] json, String source) throws IOException {
        JsonNode learner = JSON.readTree(json).path("learner");
        JsonNode param = learner.path("learner_model_param");
        JsonNode booster = learner.path("gradient_booster");
        String boosterName = booster.path("name").asText();
        JsonNode model;
        if (boosterName.equals("gbtree")) {
            model = booster.path("model");
        } else if (boosterName.equals("dart")) {
            model = booster.path("gbtree").path("model");
        } else {
            throw new IOException(source + " uses booster '" + boosterName + "', which this writer keeps in JSON"
                    + " only; train with booster gbtree or dart for this image");
        }
        int numClass = Integer.parseInt(param.path("num_class").asText("0"));
        int numFeature = Integer.parseInt(param.path("num_feature").asText("0"));
        Out out = new Out();
        out.bytes(BINF);
        out.f32(scalarBaseScore((ObjectNode) param, source));
        out.i32(numFeature);
        out.i32(numClass);
        out.i32(1); // contain_extra_attrs: the objective's configuration travels there
        out.i32(0); // contain_eval_metrics
        out.i32(1);
        out.i32(7);
        out.i32(1); // num_target
        out.i32(Integer.parseInt(param.path("boost_from_average").asText("1")));
        out.zeros(LEARNER_PARAM_BYTES - 9 * 4);
        out.string(learner.path("objective").path("name").asText());
        out.string(boosterName);
        JsonNode trees = model.path("trees");
        out.i32(trees.size());
        out.i32(1); // num_parallel_tree (num_roots before 1.0)
        out.i32(numFeature); // read by 0.90, deprecated since
        out.i32(0);
        out.i64(0);
        out.i32(Math.max(1, numClass)); // num_output_group: 0.90 needs it for multi-class
        out.i32(0);
        out.zeros(32 * 4);
        for (JsonNode tree : trees) {
            writeTree(out, tree, source);
        }
        for (JsonNode group : model.path("tree_info")) {
            out.i32(group.asInt());
        }
        if (boosterName.equals("dart") && trees.size() > 0) {
            JsonNode weights = booster.path("weight_drop");
            out.i64(weights.size());
            for (JsonNode w : weights) {
                out.f32(w.floatValue());
            }
        }
        List<String[]> attributes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : learner.path("attributes").properties()) {
            attributes.add(new String[] {e.getKey(), e.getValue().asText()});
        }
        attributes.add(new String[] {"objective", JSON.writeValueAsString(learner.path("objective"))});
        out.i64(attributes.size());
        for (String[] kv : attributes) {
            out.string(kv[0]);
            out.string(kv[1]);
        }
        return out.toByteArray();
    }

    private static void writeTree(Out out, JsonNode tree, String source) throws IOException {
        JsonNode param = tree.path("tree_param");
        int numNodes = Integer.parseInt(param.path("num_nodes").asText());
        for (JsonNode type : tree.path("split_type")) {
            if (type.asInt() != 0) {
                throw new IOException(source + " has categorical splits, which the legacy binary format of this"
                        + " image's xgboost cannot hold; one-hot encode the categories or use image 1.7-1 or later");
            }
        }
        out.i32(1); // num_roots
        out.i32(numNodes);
        out.i32(Integer.parseInt(param.path("num_deleted").asText("0")));
        out.i32(0);
        out.i32(Integer.parseInt(param.path("num_feature").asText("0")));
        out.i32(0);
        out.zeros(TREE_PARAM_BYTES - 6 * 4);
        JsonNode parents = tree.path("parents");
        JsonNode left = tree.path("left_children");
        JsonNode right = tree.path("right_children");
        JsonNode splitIndices = tree.path("split_indices");
        JsonNode defaultLeft = tree.path("default_left");
        JsonNode conditions = tree.path("split_conditions");
        for (int n = 0; n < numNodes; n++) {
            int parent = parents.get(n).asInt();
            if (parent == NO_PARENT) {
                out.i32(-1);
            } else {
                boolean isLeft = left.get(parent).asInt() == n;
                out.i32(isLeft ? parent | Integer.MIN_VALUE : parent);
            }
            out.i32(left.get(n).asInt());
            out.i32(right.get(n).asInt());
            out.i32(splitIndices.get(n).asInt() | (defaultLeft.get(n).asInt() != 0 ? Integer.MIN_VALUE : 0));
            out.f32(conditions.get(n).floatValue());
        }
        JsonNode loss = tree.path("loss_changes");
        JsonNode hessian = tree.path("sum_hessian");
        JsonNode weights = tree.path("base_weights");
        for (int n = 0; n < numNodes; n++) {
            out.f32(loss.get(n).floatValue());
            out.f32(hessian.get(n).floatValue());
            out.f32(weights.get(n).floatValue());
            out.i32(0);
        }
    }

    /**
     * The base score as one number: xgboost 3.x writes a list, one value per target or class, all equal unless
     * it estimated an intercept per class.
     */
    private static float scalarBaseScore(ObjectNode param, String source) throws IOException {
        String text = param.path("base_score").asText("0.5").trim();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        String[] values = text.split(",");
        float first = Float.parseFloat(values[0].trim());
        for (String v : values) {
            if (Float.parseFloat(v.trim()) != first) {
                throw new IOException(source + " has a base score per class (" + param.path("base_score").asText()
                        + "), which xgboost before 2.0 cannot hold; train with an explicit base_score");
            }
        }
        return first;
    }

    private static boolean startsWith(ByteBuffer in, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (in.get(in.position() + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String readString(ByteBuffer in, String source, String what) throws IOException {
        long length = in.getLong();
        checkCount(in, length, 1, source, what);
        byte[] bytes = new byte[(int) length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A count read from the file must fit in the bytes left: a hostile count allocates nothing. */
    private static void checkCount(ByteBuffer in, long count, int bytesEach, String source, String what)
            throws IOException {
        if (count < 0 || count > in.remaining() / bytesEach) {
            throw new IOException(source + " is truncated or not an XGBoost model: it declares " + count + " "
                    + what + " at byte " + in.position() + " but only " + in.remaining() + " bytes follow");
        }
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return cut.replaceAll("\\p{C}", "?");
    }

    /** A little-endian writer. */
    private static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final ByteBuffer scratch = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);

        void bytes(byte[] b) {
            bytes.write(b, 0, b.length);
        }

        void i32(int v) {
            scratch.clear();
            bytes.write(scratch.putInt(v).array(), 0, 4);
        }

        void i64(long v) {
            scratch.clear();
            bytes.write(scratch.putLong(v).array(), 0, 8);
        }

        void f32(float v) {
            i32(Float.floatToRawIntBits(v));
        }

        void zeros(int n) {
            bytes.write(new byte[n], 0, n);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i64(b.length);
            bytes(b);
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
