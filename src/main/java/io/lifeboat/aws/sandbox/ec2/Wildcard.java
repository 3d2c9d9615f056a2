package io.lifeboat.aws.sandbox.ec2;

/**
 * EC2 filter value matching: {@code *} is any run of characters, {@code ?} exactly one, and a
 * backslash makes the next character literal ({@code \*}, {@code \?}, {@code \\}). Case-sensitive,
 * whole value, as AWS documents for Describe* filters.
 */
public final class Wildcard {

    private Wildcard() {
    }

    public static boolean matches(String pattern, String value) {
        if (pattern == null || value == null) {
            return false;
        }
        return match(pattern, 0, value, 0);
    }

    private static boolean match(String pattern, int p, String value, int v) {
        // Iterative with one backtrack point for the most recent '*': linear enough for tag values.
        int starP = -1;
        int starV = -1;
        while (v < value.length()) {
            if (p < pattern.length()) {
                char c = pattern.charAt(p);
                if (c == '*') {
                    starP = p++;
                    starV = v;
                    continue;
                }
                if (c == '?') {
                    p++;
                    v++;
                    continue;
                }
                int width = 1;
                if (c == '\\' && p + 1 < pattern.length()) {
                    c = pattern.charAt(p + 1);
                    width = 2;
                }
                if (c == value.charAt(v)) {
                    p += width;
                    v++;
                    continue;
                }
            }
            if (starP < 0) {
                return false;
            }
            p = starP + 1;
            v = ++starV;
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
