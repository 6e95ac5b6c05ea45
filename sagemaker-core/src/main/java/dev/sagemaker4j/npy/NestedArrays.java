/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Builds an {@link NpyArray} from nested sequences, as {@code np.array(nested_lists)} does. */
final class NestedArrays {
    /** numpy 2 allows 64 dimensions; deeper nesting is almost surely a cycle. */
    private static final int MAX_DIMS = 64;

    private NestedArrays() {
    }

    static NpyArray build(Object nested) {
        List<Long> dims = new ArrayList<>();
        Object cur = nested;
        while (isSequence(cur)) {
            if (dims.size() == MAX_DIMS) {
                throw new ValidationException("data", "more than " + MAX_DIMS + " levels",
                        "is nested too deeply for an array", "nest sequences at most " + MAX_DIMS + " deep");
            }
            int n = length(cur);
            dims.add((long) n);
            if (n == 0) {
                break;
            }
            cur = element(cur, 0);
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        NpyDType[] dtype = {null};
        check(nested, 0, shape, "data", dtype);
        NpyDType type = dtype[0] == null ? NpyDType.FLOAT64 : dtype[0];
        long bytes = NpyArray.byteCount(type, shape);
        ByteBuffer buf = ByteBuffer.wrap(new byte[(int) bytes]).order(type.byteOrder());
        fill(nested, type, buf, new int[] {0});
        return new NpyArray(type, shape, false, buf);
    }

    private static void check(Object node, int depth, long[] shape, String path, NpyDType[] dtype) {
        if (depth == shape.length) {
            if (isSequence(node)) {
                throw new ValidationException(path, describe(node),
                        "is a sequence where the sibling elements are numbers (ragged nesting)",
                        "make every level hold sequences of the same length, or only numbers");
            }
            dtype[0] = promote(dtype[0], leafType(node, path));
            return;
        }
        if (!isSequence(node)) {
            throw new ValidationException(path, describe(node),
                    "is not a sequence, but its siblings are sequences (ragged nesting)",
                    "give every element at this level the same shape " + NpyArray.shapeText(tail(shape, depth)));
        }
        int n = length(node);
        if (n != shape[depth]) {
            throw new ValidationException(path, n + " elements",
                    "differs in length from its siblings, which have " + shape[depth] + " (ragged nesting)",
                    "give every element at this level the same length");
        }
        Class<?> component = node.getClass().getComponentType();
        if (component != null && component.isPrimitive()) {
            if (depth != shape.length - 1) {
                throw new ValidationException(path, describe(node),
                        "holds numbers where the sibling elements hold sequences (ragged nesting)",
                        "give every element at this level the same shape");
            }
            dtype[0] = promote(dtype[0], primitiveType(component, path));
            return;
        }
        for (int i = 0; i < n; i++) {
            check(element(node, i), depth + 1, shape, path + "[" + i + "]", dtype);
        }
    }

    private static void fill(Object node, NpyDType type, ByteBuffer buf, int[] index) {
        if (isSequence(node)) {
            int n = length(node);
            for (int i = 0; i < n; i++) {
                fill(element(node, i), type, buf, index);
            }
            return;
        }
        int b = index[0]++ * type.itemSize();
        if (type.isBool()) {
            buf.put(b, ((Boolean) node) ? (byte) 1 : (byte) 0);
        } else if (type.isInteger()) {
            NpyElements.putIntegral(buf, b, type, node instanceof Boolean ? ((Boolean) node ? 1 : 0)
                    : ((Number) node).longValue());
        } else {
            double d = node instanceof Boolean ? ((Boolean) node ? 1 : 0) : ((Number) node).doubleValue();
            NpyElements.putFloating(buf, b, type, d, 0);
        }
    }

    private static long[] tail(long[] shape, int from) {
        long[] out = new long[shape.length - from];
        System.arraycopy(shape, from, out, 0, out.length);
        return out;
    }

    static boolean isSequence(Object o) {
        return o instanceof Collection || (o != null && o.getClass().isArray()
                && o.getClass().getComponentType() != char.class);
    }

    private static int length(Object seq) {
        return seq instanceof Collection ? ((Collection<?>) seq).size() : Array.getLength(seq);
    }

    private static Object element(Object seq, int i) {
        if (seq instanceof List) {
            return ((List<?>) seq).get(i);
        }
        if (seq instanceof Collection) {
            int k = 0;
            for (Object o : (Collection<?>) seq) {
                if (k++ == i) {
                    return o;
                }
            }
            throw new IllegalStateException("collection shrank while being read");
        }
        return Array.get(seq, i);
    }

    private static String describe(Object o) {
        if (o == null) {
            return null;
        }
        if (isSequence(o)) {
            return o.getClass().getSimpleName() + " of " + length(o);
        }
        String s = String.valueOf(o);
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static NpyDType leafType(Object leaf, String path) {
        if (leaf instanceof Boolean) {
            return NpyDType.BOOL;
        }
        if (leaf instanceof Byte) {
            return NpyDType.INT8;
        }
        if (leaf instanceof Short) {
            return NpyDType.INT16;
        }
        if (leaf instanceof Integer || leaf instanceof AtomicInteger) {
            return NpyDType.INT32;
        }
        if (leaf instanceof Long || leaf instanceof AtomicLong) {
            return NpyDType.INT64;
        }
        if (leaf instanceof BigInteger) {
            return ((BigInteger) leaf).bitLength() < 64 ? NpyDType.INT64 : NpyDType.FLOAT64;
        }
        if (leaf instanceof Float) {
            return NpyDType.FLOAT32;
        }
        if (leaf instanceof Double || leaf instanceof BigDecimal || leaf instanceof Number) {
            return NpyDType.FLOAT64;
        }
        String type = leaf == null ? "null" : leaf.getClass().getName();
        throw new ValidationException(path, leaf == null ? null : describe(leaf),
                "is " + (leaf == null ? "null" : "a " + type) + ", not a number or boolean",
                "put only numbers (or booleans) in an array; numpy would make an object array, which .npy cannot"
                        + " carry without pickle");
    }

    private static NpyDType primitiveType(Class<?> component, String path) {
        if (component == double.class) {
            return NpyDType.FLOAT64;
        }
        if (component == float.class) {
            return NpyDType.FLOAT32;
        }
        if (component == long.class) {
            return NpyDType.INT64;
        }
        if (component == int.class) {
            return NpyDType.INT32;
        }
        if (component == short.class) {
            return NpyDType.INT16;
        }
        if (component == byte.class) {
            return NpyDType.INT8;
        }
        if (component == boolean.class) {
            return NpyDType.BOOL;
        }
        throw new ValidationException(path, component + "[]", "is not an array of numbers",
                "use double[], float[], long[], int[], short[], byte[] or boolean[]");
    }

    /** numpy's promotion over the types Java values map to (signed integers and floats). */
    private static NpyDType promote(NpyDType a, NpyDType b) {
        if (a == null || a.equals(b)) {
            return b;
        }
        if (a.isBool()) {
            return b;
        }
        if (b.isBool()) {
            return a;
        }
        if (a.isInteger() && b.isInteger()) {
            return a.itemSize() >= b.itemSize() ? a : b;
        }
        if (a.isFloatingPoint() && b.isFloatingPoint()) {
            return a.itemSize() >= b.itemSize() ? a : b;
        }
        NpyDType f = a.isFloatingPoint() ? a : b;
        NpyDType i = a.isFloatingPoint() ? b : a;
        if (f.itemSize() == 8) {
            return f;
        }
        return i.itemSize() <= 2 ? NpyDType.FLOAT32 : NpyDType.FLOAT64;
    }
}
