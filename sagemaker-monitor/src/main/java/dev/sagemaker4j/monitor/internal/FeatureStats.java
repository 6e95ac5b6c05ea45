/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.apache.datasketches.quantilescommon.QuantilesDoublesSketchIterator;

/**
 * One feature's statistics over one pass, in memory that does not grow with the row count: counts, the moments
 * (Welford), a KLL sketch of the numeric values (k = 2048, Deequ's size), an HLL sketch for the distinct count and
 * the most frequent categories up to {@link #MAX_CATEGORIES}.
 *
 * <p>Per value it allocates nothing: the integral check is a loop (not a regular expression), a kept category's
 * count is a counter updated in place, and the HLL sketch is fed only once the categories overflow. Until then the
 * kept categories are exactly the distinct values, and an HLL sketch's state depends only on the sequence of
 * distinct values it was given (a repeated value changes no register and no estimator), so feeding the kept
 * categories in the order they first arrived, then every later value, leaves it as it would have been had it seen
 * every value.
 *
 * <p>A baselining job needs the categories of a column only if it turns out to be a String column; with
 * {@link #numbersOutsideCategories} its numeric values skip the categories and the HLL sketch (two thirds of the
 * per-value work of a numeric column). A column that then shows both numbers and strings is String, and its
 * categories miss the numbers: {@link #needsCategoryReplay} says so, and {@link Table} reads the data set again
 * for such columns into fresh statistics that track every value, which leave the same outputs as one pass that had
 * tracked every value from the start.
 *
 * <p>Shares of a data set read on several threads are combined with {@link #merge}; the outputs are those of one
 * pass up to rounding (sum, mean, standard deviation) and the KLL sketch's randomness.
 */
final class FeatureStats {
    /** KLL's k, as Deequ (the service's analyzer) uses: the fixtures' {@code sketch.parameters.k}. */
    static final int KLL_K = 2048;
    /** Deequ's KLL compaction factor, written as {@code sketch.parameters.c}; DataSketches' KLL halves (c = 0.5). */
    static final double KLL_C = 0.64;
    /** Categories kept for the categorical buckets and domains. */
    static final int MAX_CATEGORIES = 1000;
    /** Buckets of {@code distribution.kll.buckets}, as the service writes them. */
    static final int BUCKETS = 10;
    /** 10^0 to 10^15, each exact as a double. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    final String name;
    long present;
    long missing;
    long integral;
    long fractional;
    long strings;
    private double mean;
    private double m2;
    private double sum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private final KllDoublesSketch kll = KllDoublesSketch.newHeapInstance(KLL_K);
    private final HllSketch distinct = new HllSketch(12);
    /** The kept categories in the order they first arrived, each with its count. */
    private final Map<String, long[]> categories = new LinkedHashMap<>();
    private boolean categoriesOverflowed;
    /** A {@link #merge} would have overflowed the kept categories: they are not one pass's. */
    private boolean categoriesLost;

    /** Numeric values skip the categories and the HLL sketch (a baselining job); see the class comment. */
    private final boolean numbersOutsideCategories;
    /** Every value is ignored: a column that a replay pass does not need. */
    private final boolean ignored;

    FeatureStats(String name, long missingBefore) {
        this(name, missingBefore, false, false);
    }

    /**
     * A feature's statistics.
     *
     * @param name                     the feature's name
     * @param missingBefore            the rows before the feature first appeared (missing for it)
     * @param numbersOutsideCategories whether numeric values skip the categories (see the class comment)
     * @param ignored                  whether every value is ignored
     */
    FeatureStats(String name, long missingBefore, boolean numbersOutsideCategories, boolean ignored) {
        this.name = name;
        this.missing = missingBefore;
        this.numbersOutsideCategories = numbersOutsideCategories;
        this.ignored = ignored;
    }

    /**
     * Whether this column's categories are not one pass's: numbers skipped them and strings came too (a String
     * column whose categories, distinct count and domain must count the numbers as well), or a {@link #merge}
     * overflowed them.
     */
    boolean needsCategoryReplay() {
        return numbersOutsideCategories && strings > 0 && integral + fractional > 0 || categoriesLost;
    }

    /** Adds one value; null or blank is missing. */
    void add(String raw) {
        if (ignored) {
            return;
        }
        if (raw == null) {
            missing++;
            return;
        }
        String v = raw.trim();
        if (v.isEmpty() || v.equalsIgnoreCase("null")) {
            missing++;
            return;
        }
        if (isIntegral(v)) {
            number(Long.parseLong(v.startsWith("+") ? v.substring(1) : v), true);
        } else {
            double d = mayBeNumber(v) ? parseFinite(v) : Double.NaN;
            if (Double.isNaN(d)) {
                string(v);
                return;
            }
            number(d, false);
        }
        if (!numbersOutsideCategories) {
            category(v);
        }
    }

    /**
     * Adds one value given as bytes, as {@link #add(String)} would add the same text, without a String for a
     * number.
     *
     * @param ascii a line's bytes, all ASCII (a CSV cell without quotes)
     * @param from  the cell's first byte
     * @param to    the end of the cell (exclusive)
     */
    void add(byte[] ascii, int from, int to) {
        if (ignored) {
            return;
        }
        // String.trim: every character up to the space
        while (from < to && ascii[from] <= ' ') {
            from++;
        }
        while (to > from && ascii[to - 1] <= ' ') {
            to--;
        }
        if (from == to || isNullWord(ascii, from, to)) {
            missing++;
            return;
        }
        // one scan for the common forms: [sign]digits (integral) and [sign]digits.digits of at most 15 digits,
        // whose value m / 10^f is exact over exact operands, so correctly rounded as Double.parseDouble's
        boolean negative = ascii[from] == '-';
        long m = 0;
        int digits = 0;
        int point = -1;
        for (int i = negative || ascii[from] == '+' ? from + 1 : from; i < to; i++) {
            int c = ascii[i] - '0';
            if (c >= 0 && c <= 9) {
                m = m * 10 + c;
                digits++;
            } else if (ascii[i] == '.' && point < 0) {
                point = i;
            } else {
                digits = -1;
                break;
            }
        }
        if (digits >= 1 && point < 0 && digits <= 18) {
            number(negative ? -m : m, true);
        } else if (digits >= 1 && point >= 0 && digits <= 15) {
            double d = m / POWERS_OF_TEN[to - point - 1];
            number(negative ? -d : d, false);
        } else {
            double d = mayBeNumber(ascii, from, to) ? parseFinite(ascii, from, to) : Double.NaN;
            if (Double.isNaN(d)) {
                string(new String(ascii, from, to - from, StandardCharsets.ISO_8859_1));
                return;
            }
            number(d, false);
        }
        if (!numbersOutsideCategories) {
            category(new String(ascii, from, to - from, StandardCharsets.ISO_8859_1));
        }
    }

    private void string(String v) {
        present++;
        strings++;
        category(v);
    }

    private void number(double d, boolean isIntegral) {
        present++;
        if (isIntegral) {
            integral++;
        } else {
            fractional++;
        }
        long n = integral + fractional;
        double delta = d - mean;
        mean += delta / n;
        m2 += delta * (d - mean);
        sum += d;
        min = Math.min(min, d);
        max = Math.max(max, d);
        kll.update(d);
    }

    /**
     * Empty statistics of the same feature and kind, for a share of the rows read on another thread and then
     * {@link #merge merged}.
     */
    FeatureStats emptyCopy() {
        return new FeatureStats(name, 0, numbersOutsideCategories, ignored);
    }

    /**
     * Adds the statistics of the rows that follow this one's (read on another thread): counts added, moments
     * combined (Chan et al.'s pairwise update of Welford's), extremes, the KLL sketches merged, and the categories
     * appended in the order they first arrived, as one pass over both would have kept them. Where that would
     * overflow the kept categories, which ones one pass would have kept (and the HLL sketch's state) cannot be
     * told from the two: {@link #needsCategoryReplay} then asks for the column to be read again in one pass.
     *
     * @param later the statistics of the following rows; not changed
     */
    void merge(FeatureStats later) {
        long n = numericCount();
        long m = later.numericCount();
        if (m > 0) {
            double delta = later.mean - mean;
            double total = n + m;
            mean += delta * (m / total);
            m2 += later.m2 + delta * delta * (n / total) * m;
            sum += later.sum;
            min = Math.min(min, later.min);
            max = Math.max(max, later.max);
            kll.merge(later.kll);
        }
        present += later.present;
        missing += later.missing;
        integral += later.integral;
        fractional += later.fractional;
        strings += later.strings;
        if (categoriesOverflowed || later.categoriesOverflowed) {
            categoriesLost = true;
            return;
        }
        for (Map.Entry<String, long[]> e : later.categories.entrySet()) {
            long[] c = categories.get(e.getKey());
            if (c != null) {
                c[0] += e.getValue()[0];
            } else if (categories.size() < MAX_CATEGORIES) {
                categories.put(e.getKey(), new long[] {e.getValue()[0]});
            } else {
                categoriesLost = true;
                return;
            }
        }
    }

    /** The value as a finite double, or NaN where it is no number, NaN or infinite (then a string). */
    private static double parseFinite(String v) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        return Double.isInfinite(d) ? Double.NaN : d;
    }

    /** {@link #parseFinite(String)} of the same text: fastdoubleparser reads Double.parseDouble's grammar. */
    private static double parseFinite(byte[] ascii, int from, int to) {
        double d;
        try {
            d = JavaDoubleParser.parseDouble(ascii, from, to - from);
        } catch (NumberFormatException e) {
            // the JDK has the last word on what is not a number
            return parseFinite(new String(ascii, from, to - from, StandardCharsets.ISO_8859_1));
        }
        return Double.isInfinite(d) ? Double.NaN : d;
    }

    /** Whether the cell is "null" in any case, as {@code equalsIgnoreCase("null")} (ASCII). */
    private static boolean isNullWord(byte[] b, int from, int to) {
        return to - from == 4 && (b[from] | 0x20) == 'n' && (b[from + 1] | 0x20) == 'u'
                && (b[from + 2] | 0x20) == 'l' && (b[from + 3] | 0x20) == 'l';
    }

    /** Counts a value in the kept categories, or in the HLL sketch once they overflowed. */
    private void category(String v) {
        long[] c = categories.get(v);
        if (c != null) {
            c[0]++;
        } else if (categories.size() < MAX_CATEGORIES) {
            categories.put(v, new long[] {1});
        } else {
            if (!categoriesOverflowed) {
                categoriesOverflowed = true;
                categories.keySet().forEach(distinct::update);
            }
            distinct.update(v);
        }
    }

    /** Whether a trimmed value is an optional sign and 1 to 18 ASCII digits (fits a long). */
    static boolean isIntegral(String v) {
        int n = v.length();
        int i = n > 0 && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
        if (n - i < 1 || n - i > 18) {
            return false;
        }
        for (; i < n; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * False where {@link Double#parseDouble} would surely throw: after an optional sign, its grammar starts with a
     * digit, a point, {@code NaN} or {@code Infinity} (hexadecimal starts with a digit, 0x). Saves building an
     * exception per categorical value.
     */
    static boolean mayBeNumber(String v) {
        int i = v.length() > 0 && (v.charAt(0) == '+' || v.charAt(0) == '-') ? 1 : 0;
        if (i >= v.length()) {
            return false;
        }
        char c = v.charAt(i);
        return c >= '0' && c <= '9' || c == '.' || c == 'N' || c == 'I';
    }

    /** {@link #mayBeNumber(String)} of ASCII bytes (at least one). */
    static boolean mayBeNumber(byte[] b, int from, int to) {
        int i = b[from] == '+' || b[from] == '-' ? from + 1 : from;
        if (i >= to) {
            return false;
        }
        byte c = b[i];
        return c >= '0' && c <= '9' || c == '.' || c == 'N' || c == 'I';
    }

    /** Integral, Fractional, String or Unknown (nothing present), as the service infers them. */
    String inferredType() {
        if (present == 0) {
            return "Unknown";
        }
        if (strings > 0) {
            return "String";
        }
        return fractional > 0 ? "Fractional" : "Integral";
    }

    /** The share of the present values that are of a type; String accepts every value. */
    double typeMatch(String type) {
        if (present == 0) {
            return 1.0;
        }
        switch (type) {
            case "Integral":
                return (double) integral / present;
            case "Fractional":
                return (double) (integral + fractional) / present;
            default:
                return 1.0;
        }
    }

    long numericCount() {
        return integral + fractional;
    }

    double min() {
        return min;
    }

    KllDoublesSketch sketch() {
        return kll;
    }

    /** The distinct count: HLL's estimate, exact where every category was kept. */
    double distinctCount() {
        return categoriesOverflowed ? Math.rint(distinct.getEstimate()) : categories.size();
    }

    /** The kept categories and their counts, by value. */
    Map<String, Long> categories() {
        Map<String, Long> out = new TreeMap<>();
        categories.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    boolean categoriesComplete() {
        return !categoriesOverflowed;
    }

    /** This feature's entry of statistics.json. */
    ObjectNode toJson(JsonNodeFactory f) {
        ObjectNode node = f.objectNode();
        node.put("name", name);
        String type = inferredType();
        node.put("inferred_type", type);
        boolean numeric = type.equals("Integral") || type.equals("Fractional");
        ObjectNode stats = node.putObject(numeric ? "numerical_statistics" : "string_statistics");
        ObjectNode common = stats.putObject("common");
        common.put("num_present", present);
        common.put("num_missing", missing);
        if (numeric) {
            long n = numericCount();
            stats.put("mean", mean);
            stats.put("sum", sum);
            stats.put("std_dev", n > 0 ? Math.sqrt(m2 / n) : 0.0);
            stats.put("min", min);
            stats.put("max", max);
            ObjectNode k = stats.putObject("distribution").putObject("kll");
            ArrayNode buckets = k.putArray("buckets");
            for (double[] b : buckets()) {
                ObjectNode bucket = buckets.addObject();
                bucket.put("lower_bound", b[0]);
                bucket.put("upper_bound", b[1]);
                bucket.put("count", b[2]);
            }
            ObjectNode sketch = k.putObject("sketch");
            ObjectNode params = sketch.putObject("parameters");
            params.put("c", KLL_C);
            params.put("k", (double) KLL_K);
            ArrayNode data = sketch.putArray("data");
            for (List<Double> level : levels()) {
                ArrayNode l = data.addArray();
                level.forEach(l::add);
            }
        } else {
            stats.put("distinct_count", distinctCount());
            if (present > 0) {
                ArrayNode buckets = stats.putObject("distribution").putObject("categorical").putArray("buckets");
                for (Map.Entry<String, Long> e : categories().entrySet()) {
                    ObjectNode b = buckets.addObject();
                    b.put("value", e.getKey());
                    b.put("count", e.getValue());
                }
            }
        }
        return node;
    }

    /** Ten equal-width buckets from min to max (the last one closed), counts from the sketch. */
    private List<double[]> buckets() {
        List<double[]> out = new ArrayList<>();
        long n = numericCount();
        if (n == 0) {
            return out;
        }
        if (!(max > min)) {
            out.add(new double[] {min, max, n});
            return out;
        }
        double width = (max - min) / BUCKETS;
        double[] splits = new double[BUCKETS - 1];
        for (int i = 0; i < splits.length; i++) {
            splits[i] = min + width * (i + 1);
        }
        // EXCLUSIVE: the intervals are [s(i-1), s(i)), so a value on a bound falls in the upper bucket
        double[] pmf = kll.getPMF(splits, QuantileSearchCriteria.EXCLUSIVE);
        for (int i = 0; i < BUCKETS; i++) {
            double lo = min + width * i;
            double hi = i == BUCKETS - 1 ? max : min + width * (i + 1);
            out.add(new double[] {lo, hi, Math.rint(pmf[i] * n)});
        }
        return out;
    }

    /** The sketch's retained items by compactor level: level i holds the items of weight 2^i. */
    List<List<Double>> levels() {
        TreeMap<Integer, List<Double>> byLevel = new TreeMap<>();
        QuantilesDoublesSketchIterator it = kll.iterator();
        while (it.next()) {
            int level = 63 - Long.numberOfLeadingZeros(it.getWeight());
            byLevel.computeIfAbsent(level, x -> new ArrayList<>()).add(it.getQuantile());
        }
        List<List<Double>> out = new ArrayList<>();
        int top = byLevel.isEmpty() ? -1 : byLevel.lastKey();
        for (int i = 0; i <= top; i++) {
            out.add(byLevel.getOrDefault(i, List.of()));
        }
        return out;
    }
}
