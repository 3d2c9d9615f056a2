package io.lifeboat.aws.sandbox.ec2;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * MaxResults/NextToken as EC2 does them: without MaxResults everything comes in one page; below the
 * minimum is refused; above the maximum is either refused or quietly capped, per operation (the API
 * reference: DescribeInstances 5-1000, DescribeVolumes 5-500 capped, DescribeSnapshots 5-1000 capped).
 *
 * <p>Items are ordered by their creation sequence and the token names the sequence number to resume
 * at, so pages stay stable while resources are created or deleted between calls. Tokens are opaque
 * to callers and tied to their operation; anything else is refused as AWS refuses a bad token
 * ({@code InvalidParameterValue}, the code EC2 Describe* calls are seen to return for it).
 */
public final class Paging {

    private static final String TOKEN_PREFIX = "sandbox:";

    /** The limits of one operation. */
    public record Limits(String operation, int min, int max, boolean capAboveMax) {
    }

    public static final Limits INSTANCES = new Limits("DescribeInstances", 5, 1000, false);
    public static final Limits VOLUMES = new Limits("DescribeVolumes", 5, 500, true);
    public static final Limits SNAPSHOTS = new Limits("DescribeSnapshots", 5, 1000, true);
    public static final Limits IMAGES = new Limits("DescribeImages", 5, 1000, true);

    /** One page and the token for the next (null on the last page). */
    public record Page<T>(List<T> items, String nextToken) {
    }

    private Paging() {
    }

    /**
     * Checks MaxResults against the limits and against explicit ids ("You cannot specify this
     * parameter and the ... IDs parameter in the same request").
     */
    public static void validate(Limits limits, Integer maxResults, boolean explicitIds, String idsParameter) {
        if (maxResults == null) {
            return;
        }
        if (explicitIds) {
            throw Ec2Errors.invalidParameterCombination("The parameter " + idsParameter
                    + " cannot be used with the parameter maxResults");
        }
        if (maxResults < limits.min()) {
            throw Ec2Errors.invalidParameterValue("Value ( " + maxResults + " ) for parameter maxResults is invalid. "
                    + "Expecting a value greater than " + limits.min() + ".");
        }
        if (maxResults > limits.max() && !limits.capAboveMax()) {
            throw Ec2Errors.invalidParameterValue("Value ( " + maxResults + " ) for parameter maxResults is invalid. "
                    + "Expecting a value less than or equal to " + limits.max() + ".");
        }
    }

    /** The page of {@code ordered} (ascending by {@code sequence}) that {@code nextToken} asks for. */
    public static <T> Page<T> page(Limits limits, List<T> ordered, ToLongFunction<T> sequence, Integer maxResults,
                                   String nextToken) {
        return page(limits, ordered, sequence, item -> true, maxResults, nextToken);
    }

    /**
     * The page of the items matching {@code filter}. Filters as it goes, from the token's position,
     * and stops at the first match past the page (whose position is the next token), so paging
     * through N items costs about N filter tests in all rather than N per page.
     */
    public static <T> Page<T> page(Limits limits, List<T> ordered, ToLongFunction<T> sequence, Predicate<T> filter,
                                   Integer maxResults, String nextToken) {
        long from = nextToken == null || nextToken.isEmpty() ? Long.MIN_VALUE : decode(limits, nextToken);
        int size = maxResults == null ? Integer.MAX_VALUE : Math.min(maxResults, limits.max());
        List<T> items = new ArrayList<>();
        for (int i = firstAtOrAfter(ordered, sequence, from); i < ordered.size(); i++) {
            T item = ordered.get(i);
            if (!filter.test(item)) {
                continue;
            }
            if (items.size() == size) {
                return new Page<>(List.copyOf(items), encode(limits, sequence.applyAsLong(item)));
            }
            items.add(item);
        }
        return new Page<>(List.copyOf(items), null);
    }

    private static <T> int firstAtOrAfter(List<T> ordered, ToLongFunction<T> sequence, long from) {
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sequence.applyAsLong(ordered.get(mid)) < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    static String encode(Limits limits, long sequence) {
        String plain = TOKEN_PREFIX + limits.operation() + ":" + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(Limits limits, String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String expected = TOKEN_PREFIX + limits.operation() + ":";
            if (plain.startsWith(expected)) {
                return Long.parseLong(plain.substring(expected.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer as any other foreign token
        }
        throw Ec2Errors.invalidParameterValue("Value ( " + token + " ) for parameter NextToken is invalid. "
                + "The token is invalid.");
    }
}
