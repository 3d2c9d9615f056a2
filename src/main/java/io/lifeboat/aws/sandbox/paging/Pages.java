package io.lifeboat.aws.sandbox.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Offset paging behind opaque tokens, the way the sandbox's list operations page. A token names the
 * operation it came from, so a token from one listing handed to another is refused as on AWS.
 */
public final class Pages {

    private Pages() {
    }

    /** One page of a listing and the token of the next page (null on the last page). */
    public record Page<T>(List<T> items, String nextToken) {
        public boolean truncated() {
            return nextToken != null;
        }
    }

    public static <T> Page<T> page(List<T> all, String token, int size, String scope) {
        int from = token == null || token.isEmpty() ? 0 : decode(token, scope).orElse(-1);
        if (from < 0 || from > all.size()) {
            throw new IllegalArgumentException("bad token");
        }
        int to = Math.min(all.size(), from + size);
        String next = to < all.size() ? encode(to, scope) : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    /** Whether a token is one of ours for this scope (so callers can raise the service's own error). */
    public static boolean valid(String token, String scope) {
        return token == null || token.isEmpty() || decode(token, scope).isPresent();
    }

    static String encode(int offset, String scope) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((scope + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Integer> decode(String token, String scope) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.lastIndexOf(':');
            if (colon < 0 || !text.substring(0, colon).equals(scope)) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
