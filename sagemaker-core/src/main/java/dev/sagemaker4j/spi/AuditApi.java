/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit trail of a backend: every control-plane call that changed state (create, update, delete, stop,
 * start, put, add, associate, approval changes), with its time, operation, resource, caller and parameters
 * (never a payload), in a hash-chained, append-only log. It mirrors AWS CloudTrail's {@code LookupEvents}:
 * the same lookup attributes ({@code EventName}, {@code ResourceName}, {@code Username},
 * {@code AccessKeyId}), {@code StartTime} / {@code EndTime}, {@code MaxResults} and {@code NextToken}, most
 * recent event first.
 *
 * <p>The {@code local} backend keeps the log in {@code audit/trail.jsonl} under the session root; on the
 * {@code sagemaker} backend the audit trail is CloudTrail itself, and this capability answers
 * {@link OperationNotSupportedException} pointing there.
 *
 * <pre>{@code
 * AuditApi trail = session.auditTrail();
 * AuditApi.LookupEventsResult page = trail.lookupEvents(l -> l.resourceName("my-endpoint").maxResults(10));
 * page.events().forEach(e -> System.out.println(e.eventTime() + " " + e.eventName() + " " + e.errorCode()));
 * AuditApi.Verification check = trail.verify();   // check.valid(), check.firstBadEntry(), check.problem()
 * }</pre>
 */
public interface AuditApi extends ServiceApi {

    /** The key under which a backend offers its audit trail. */
    Capability<AuditApi> CAPABILITY = Capability.of(AuditApi.class, backend -> () -> backend);

    /**
     * The events that match, most recent first (CloudTrail's {@code LookupEvents}).
     *
     * @param options the lookup attributes, time range and paging
     * @return one page of events
     */
    default LookupEventsResult lookupEvents(LookupEventsOptions options) {
        throw cloudTrail("LookupEvents");
    }

    /**
     * The events that match, most recent first (CloudTrail's {@code LookupEvents}).
     *
     * @param options the lookup attributes, time range and paging, by name
     * @return one page of events
     */
    default LookupEventsResult lookupEvents(Consumer<LookupEventsOptions.Builder> options) {
        LookupEventsOptions.Builder b = LookupEventsOptions.builder();
        options.accept(b);
        return lookupEvents(b.build());
    }

    /**
     * The latest events of every resource, most recent first: {@code lookupEvents(LookupEventsOptions.builder()
     * .build())}.
     *
     * @return the first page (50 events at most)
     */
    default LookupEventsResult lookupEvents() {
        return lookupEvents(LookupEventsOptions.builder().build());
    }

    /**
     * Checks the hash chain of the whole log: each entry's hash over its own content and its link to the
     * entry before it. A changed, removed or reordered entry is found and named (the first bad one); a line
     * torn by a crash during a write is reported as torn, not as tampering. Removing entries from the end
     * of the log leaves a valid, shorter chain: compare {@link Verification#entries()} or the last hash with
     * a copy kept elsewhere to detect that (as CloudTrail's digest files do).
     *
     * @return the result
     */
    default Verification verify() {
        throw cloudTrail("verify (audit log validation)");
    }

    private OperationNotSupportedException cloudTrail(String operation) {
        return new OperationNotSupportedException(operation, backendName(), "on the '" + backendName()
                + "' backend the audit trail is AWS CloudTrail: query it with the CloudTrail client's LookupEvents"
                + " (and validate it with CloudTrail log file integrity validation)");
    }

    /**
     * The options of {@link AuditApi#lookupEvents(LookupEventsOptions)}, CloudTrail's {@code LookupEvents}
     * request: the lookup attributes (here several may be combined: all must match), the time range and
     * paging. Immutable.
     */
    final class LookupEventsOptions {
        private final String eventName;
        private final String resourceName;
        private final String username;
        private final String accessKeyId;
        private final Instant startTime;
        private final Instant endTime;
        private final int maxResults;
        private final String nextToken;

        private LookupEventsOptions(Builder b) {
            this.eventName = b.eventName;
            this.resourceName = b.resourceName;
            this.username = b.username;
            this.accessKeyId = b.accessKeyId;
            this.startTime = b.startTime;
            this.endTime = b.endTime;
            this.maxResults = b.maxResults;
            this.nextToken = b.nextToken;
        }

        /**
         * A builder with CloudTrail's defaults: no attribute, no time range, 50 results.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.eventName = eventName;
            b.resourceName = resourceName;
            b.username = username;
            b.accessKeyId = accessKeyId;
            b.startTime = startTime;
            b.endTime = endTime;
            b.maxResults = maxResults;
            b.nextToken = nextToken;
            return b;
        }

        /**
         * The {@code EventName} attribute.
         *
         * @return e.g. {@code CreateTrainingJob}, or empty
         */
        public Optional<String> eventName() {
            return Optional.ofNullable(eventName);
        }

        /**
         * The {@code ResourceName} attribute: a resource's ARN or name.
         *
         * @return the ARN or name, or empty
         */
        public Optional<String> resourceName() {
            return Optional.ofNullable(resourceName);
        }

        /**
         * The {@code Username} attribute: the local user name, or the access key id of a signed request.
         *
         * @return the user name, or empty
         */
        public Optional<String> username() {
            return Optional.ofNullable(username);
        }

        /**
         * The {@code AccessKeyId} attribute.
         *
         * @return the access key id, or empty
         */
        public Optional<String> accessKeyId() {
            return Optional.ofNullable(accessKeyId);
        }

        /**
         * The {@code StartTime}: events at or after it.
         *
         * @return the time, or empty
         */
        public Optional<Instant> startTime() {
            return Optional.ofNullable(startTime);
        }

        /**
         * The {@code EndTime}: events at or before it.
         *
         * @return the time, or empty
         */
        public Optional<Instant> endTime() {
            return Optional.ofNullable(endTime);
        }

        /**
         * The {@code MaxResults}.
         *
         * @return 1 to 50
         */
        public int maxResults() {
            return maxResults;
        }

        /**
         * The {@code NextToken} of the previous page.
         *
         * @return the token, or empty for the first page
         */
        public Optional<String> nextToken() {
            return Optional.ofNullable(nextToken);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LookupEventsOptions other && Objects.equals(eventName, other.eventName)
                    && Objects.equals(resourceName, other.resourceName) && Objects.equals(username, other.username)
                    && Objects.equals(accessKeyId, other.accessKeyId) && Objects.equals(startTime, other.startTime)
                    && Objects.equals(endTime, other.endTime) && maxResults == other.maxResults
                    && Objects.equals(nextToken, other.nextToken);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventName, resourceName, username, accessKeyId, startTime, endTime, maxResults,
                    nextToken);
        }

        @Override
        public String toString() {
            return "LookupEventsOptions(eventName=" + eventName + ", resourceName=" + resourceName + ", username="
                    + username + ", accessKeyId=" + accessKeyId + ", startTime=" + startTime + ", endTime="
                    + endTime + ", maxResults=" + maxResults + ", nextToken=" + nextToken + ")";
        }

        /** Builds {@link LookupEventsOptions}. */
        public static final class Builder {
            private String eventName;
            private String resourceName;
            private String username;
            private String accessKeyId;
            private Instant startTime;
            private Instant endTime;
            private int maxResults = 50;
            private String nextToken;

            private Builder() {
            }

            /**
             * CloudTrail's {@code EventName} lookup attribute (default: any).
             *
             * @param eventName the operation, e.g. {@code CreateEndpoint}
             * @return this builder
             */
            public Builder eventName(String eventName) {
                this.eventName = eventName;
                return this;
            }

            /**
             * CloudTrail's {@code ResourceName} lookup attribute (default: any): a resource's ARN or its name
             * (an ARN also finds the events that named the resource only by name, such as its delete).
             *
             * @param resourceName the ARN or name
             * @return this builder
             */
            public Builder resourceName(String resourceName) {
                this.resourceName = resourceName;
                return this;
            }

            /**
             * CloudTrail's {@code Username} lookup attribute (default: any).
             *
             * @param username the local user, or a caller's access key id
             * @return this builder
             */
            public Builder username(String username) {
                this.username = username;
                return this;
            }

            /**
             * CloudTrail's {@code AccessKeyId} lookup attribute (default: any).
             *
             * @param accessKeyId the access key id of signed requests
             * @return this builder
             */
            public Builder accessKeyId(String accessKeyId) {
                this.accessKeyId = accessKeyId;
                return this;
            }

            /**
             * CloudTrail's {@code StartTime} (default: none).
             *
             * @param startTime events at or after it
             * @return this builder
             */
            public Builder startTime(Instant startTime) {
                this.startTime = startTime;
                return this;
            }

            /**
             * CloudTrail's {@code EndTime} (default: none).
             *
             * @param endTime events at or before it
             * @return this builder
             */
            public Builder endTime(Instant endTime) {
                this.endTime = endTime;
                return this;
            }

            /**
             * CloudTrail's {@code MaxResults} (default 50, its maximum).
             *
             * @param maxResults 1 to 50
             * @return this builder
             */
            public Builder maxResults(int maxResults) {
                if (maxResults < 1 || maxResults > 50) {
                    throw new ValidationException("maxResults", maxResults, "must be 1 to 50",
                            "ask for at most 50 events and follow nextToken for more");
                }
                this.maxResults = maxResults;
                return this;
            }

            /**
             * CloudTrail's {@code NextToken} (default: the first page).
             *
             * @param nextToken the token of the previous result
             * @return this builder
             */
            public Builder nextToken(String nextToken) {
                this.nextToken = nextToken;
                return this;
            }

            /**
             * The options.
             *
             * @return the immutable options
             */
            public LookupEventsOptions build() {
                if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
                    throw new ValidationException("endTime", endTime, "is before startTime " + startTime,
                            "give an endTime at or after the startTime");
                }
                return new LookupEventsOptions(this);
            }
        }
    }

    /**
     * One page of {@link AuditApi#lookupEvents(LookupEventsOptions)}: CloudTrail's {@code Events} and
     * {@code NextToken}.
     *
     * @param events    the events, most recent first
     * @param nextToken the token of the next page, or {@code null} on the last
     */
    record LookupEventsResult(List<Event> events, String nextToken) {
        /**
         * The page.
         *
         * @param events    the events, most recent first (copied)
         * @param nextToken the token of the next page, or {@code null} on the last
         */
        public LookupEventsResult {
            events = List.copyOf(events);
        }

        /**
         * The token of the next page.
         *
         * @return the token, or empty on the last page
         */
        public Optional<String> next() {
            return Optional.ofNullable(nextToken);
        }
    }

    /**
     * One audited call, as CloudTrail's event record: {@code eventId} (the entry's number in the log, from 1),
     * {@code eventTime}, {@code eventName}, the caller ({@code userIdentity}), the resource, the request's
     * parameters without payloads (as JSON) and the outcome ({@code errorCode} empty on success).
     *
     * @param eventId           the entry's number in the log
     * @param eventTime         when the call ended
     * @param eventName         the operation, e.g. {@code CreateTrainingJob}
     * @param identityType      {@code LocalUser} (an in-process call) or {@code AccessKey} (a signed request
     *                          through LocalApiServer)
     * @param username          the local OS user, or the access key id
     * @param accessKeyId       the access key id of a signed request, or {@code null}
     * @param resourceType      e.g. {@code TrainingJob}, or {@code null}
     * @param resourceName      the resource's name, or {@code null}
     * @param resourceArn       the resource's ARN where the request or the response named it, or {@code null}
     * @param requestParameters the request as JSON, payloads left out and long values shortened
     * @param errorCode         the service error code of a failed call, or {@code null}
     */
    record Event(long eventId, Instant eventTime, String eventName, String identityType, String username,
            String accessKeyId, String resourceType, String resourceName, String resourceArn,
            String requestParameters, String errorCode) {
        /**
         * Whether the call succeeded.
         *
         * @return {@code true} when it returned a response
         */
        public boolean succeeded() {
            return errorCode == null;
        }
    }

    /**
     * The result of {@link AuditApi#verify()}.
     *
     * @param valid         whether every entry's hash and link hold
     * @param entries       the whole entries read
     * @param firstBadEntry the line number (from 1) of the first entry whose hash or link fails, or 0
     * @param problem       what is wrong with it, or {@code null}
     * @param tornLines     line numbers of lines torn by a crash during a write (not entries; the chain skips
     *                      them)
     * @param tornTail      whether the last line is torn (the next append starts a new line)
     * @param lastHash      the hash of the last entry (keep it elsewhere to detect a truncation at the end)
     */
    record Verification(boolean valid, long entries, long firstBadEntry, String problem, List<Long> tornLines,
            boolean tornTail, String lastHash) {
        /**
         * The result.
         *
         * @param valid         whether every entry's hash and link hold
         * @param entries       the whole entries read
         * @param firstBadEntry the line number of the first bad entry, or 0
         * @param problem       what is wrong with it, or {@code null}
         * @param tornLines     line numbers of torn lines (copied)
         * @param tornTail      whether the last line is torn
         * @param lastHash      the hash of the last entry
         */
        public Verification {
            tornLines = Collections.unmodifiableList(new ArrayList<>(tornLines));
        }
    }
}
