/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * One List operation of the local backend, as the service answers them: filters ({@code NameContains}, time
 * bounds, {@code StatusEquals}), {@code SortBy} and {@code SortOrder} (default: {@code CreationTime},
 * {@code Descending}), then a page of {@code MaxResults} (1–100, default 10) with an opaque {@code NextToken}.
 * Every List operation goes through it, so they page, sort and refuse bad arguments alike.
 *
 * @param <T> the listed records
 */
public final class Listing<T> {
    private final List<T> items;
    private final List<Predicate<T>> filters = new ArrayList<>();

    private Listing(Collection<T> items) {
        this.items = new ArrayList<>(items);
    }

    /**
     * Starts a listing.
     *
     * @param items the records
     * @param <T>   their type
     * @return the listing
     */
    public static <T> Listing<T> of(Collection<T> items) {
        return new Listing<>(items);
    }

    /**
     * Keeps records whose name contains a string, ignoring case ({@code NameContains}).
     *
     * @param needle the string, or {@code null} for no filter
     * @param name   a record's name
     * @return this listing
     */
    public Listing<T> nameContains(String needle, Function<T, String> name) {
        if (needle != null) {
            String lower = needle.toLowerCase(Locale.ROOT);
            filters.add(t -> name.apply(t) != null && name.apply(t).toLowerCase(Locale.ROOT).contains(lower));
        }
        return this;
    }

    /**
     * Keeps records whose time is after a bound ({@code CreationTimeAfter}, {@code LastModifiedTimeAfter}).
     *
     * @param bound the bound, or {@code null} for no filter
     * @param time  a record's time
     * @return this listing
     */
    public Listing<T> after(Instant bound, Function<T, Instant> time) {
        if (bound != null) {
            filters.add(t -> time.apply(t) != null && time.apply(t).isAfter(bound));
        }
        return this;
    }

    /**
     * Keeps records whose time is before a bound ({@code CreationTimeBefore}, {@code LastModifiedTimeBefore}).
     *
     * @param bound the bound, or {@code null} for no filter
     * @param time  a record's time
     * @return this listing
     */
    public Listing<T> before(Instant bound, Function<T, Instant> time) {
        if (bound != null) {
            filters.add(t -> time.apply(t) != null && time.apply(t).isBefore(bound));
        }
        return this;
    }

    /**
     * Keeps records with a value ({@code StatusEquals}).
     *
     * @param wanted the value, or {@code null} for no filter
     * @param value  a record's value
     * @return this listing
     */
    public Listing<T> equalTo(String wanted, Function<T, String> value) {
        if (wanted != null) {
            filters.add(t -> wanted.equals(value.apply(t)));
        }
        return this;
    }

    /**
     * Filters, sorts and cuts one page.
     *
     * @param sortBy     the request's {@code SortBy}, or {@code null} for {@code CreationTime}
     * @param sortOrder  the request's {@code SortOrder}, or {@code null} for {@code Descending}
     * @param orders     the orders by {@code SortBy} value; {@code CreationTime} must be one
     * @param maxResults the request's {@code MaxResults}, or {@code null} for 10
     * @param nextToken  the request's {@code NextToken}, or {@code null} for the first page
     * @return the page
     * @throws ValidationException naming the field when a value is not one the service accepts
     */
    public Page<T> page(String sortBy, String sortOrder, Map<String, Comparator<T>> orders, Integer maxResults,
            String nextToken) {
        String by = sortBy == null ? "CreationTime" : sortBy;
        Comparator<T> order = orders.get(by);
        if (order == null) {
            throw new ValidationException("SortBy", sortBy, "is not a sort key of this operation",
                    "use one of " + orders.keySet().stream().sorted().collect(Collectors.toList()));
        }
        if (sortOrder != null && !sortOrder.equals("Ascending") && !sortOrder.equals("Descending")) {
            throw new ValidationException("SortOrder", sortOrder, "is not a sort order", "use Ascending or Descending");
        }
        int max = maxResults == null ? 10 : maxResults;
        if (max < 1 || max > 100) {
            throw new ValidationException("MaxResults", max, "must be between 1 and 100", "ask for 1 to 100");
        }
        if (!"Ascending".equals(sortOrder)) {
            order = order.reversed();
        }
        Predicate<T> keep = filters.stream().reduce(t -> true, Predicate::and);
        List<T> sorted = items.stream().filter(keep).sorted(order).collect(Collectors.toList());
        int start = start(nextToken);
        int end = (int) Math.min(sorted.size(), (long) start + max);
        List<T> page = start >= sorted.size() ? List.of() : List.copyOf(sorted.subList(start, end));
        return new Page<>(page, end < sorted.size() ? token(end) : null);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static int start(String nextToken) {
        if (nextToken == null) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
            if (text.startsWith("offset:") && text.length() <= 17) {
                int offset = Integer.parseInt(text.substring(7));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: not a token of this listing
        }
        throw new ValidationException("NextToken", nextToken, "is not a token of this listing",
                "pass the NextToken of the previous page");
    }

    /**
     * One page of a listing.
     *
     * @param <T> the records
     */
    public static final class Page<T> {
        private final List<T> items;
        private final String nextToken;

        Page(List<T> items, String nextToken) {
            this.items = items;
            this.nextToken = nextToken;
        }

        /**
         * The records of this page.
         *
         * @return an unmodifiable list
         */
        public List<T> items() {
            return items;
        }

        /**
         * The token of the next page.
         *
         * @return the token, or {@code null} on the last page
         */
        public String nextToken() {
            return nextToken;
        }

        /**
         * The records, mapped.
         *
         * @param f   the mapping, e.g. to the operation's summary type
         * @param <R> the mapped type
         * @return the mapped records
         */
        public <R> List<R> map(Function<T, R> f) {
            return items.stream().map(f).collect(Collectors.toList());
        }
    }
}
