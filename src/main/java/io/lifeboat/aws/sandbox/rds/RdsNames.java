package io.lifeboat.aws.sandbox.rds;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/** RDS naming: identifier rules, endpoints, ARNs and resource ids. */
public final class RdsNames {

    /** The per-account, per-region part of every endpoint host name. */
    public static final String ENDPOINT_ID = "c1a2b3c4d5e6";
    private static final Pattern IDENTIFIER = Pattern.compile("^[a-zA-Z](?:[a-zA-Z0-9]|-(?!-))*(?<!-)$");

    private RdsNames() {
    }

    /** 1 to 63 letters, digits or hyphens; a letter first; no trailing hyphen, no two hyphens in a row. */
    public static boolean validIdentifier(String id) {
        return id != null && !id.isEmpty() && id.length() <= 63 && IDENTIFIER.matcher(id).matches();
    }

    /** RDS stores identifiers in lower case. */
    static String checkIdentifier(String id, String parameter) {
        if (!validIdentifier(id)) {
            throw RdsErrors.invalidParameterValue("The parameter " + parameter + " is not a valid identifier. "
                    + "Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; "
                    + "and must not end with a hyphen or contain two consecutive hyphens.");
        }
        return id.toLowerCase(Locale.ROOT);
    }

    public static String clusterEndpoint(String cluster, String region) {
        return cluster + ".cluster-" + ENDPOINT_ID + "." + region + ".rds.amazonaws.com";
    }

    public static String readerEndpoint(String cluster, String region) {
        return cluster + ".cluster-ro-" + ENDPOINT_ID + "." + region + ".rds.amazonaws.com";
    }

    public static String instanceEndpoint(String instance, String region) {
        return instance + "." + ENDPOINT_ID + "." + region + ".rds.amazonaws.com";
    }

    static String arn(String region, String accountId, String kind, String name) {
        return "arn:aws:rds:" + region + ":" + accountId + ":" + kind + ":" + name;
    }

    /** An identifier from an ARN of the given kind, or the text itself when it is not an ARN. */
    static String fromArn(String text, String kind) {
        if (text != null && text.startsWith("arn:")) {
            String marker = ":" + kind + ":";
            int at = text.indexOf(marker);
            return at < 0 ? text : text.substring(at + marker.length());
        }
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** Like AWS's {@code cluster-ABC...}: 26 upper-case letters and digits, stable per name. */
    static String resourceId(String prefix, String name) {
        Random random = new Random(name.hashCode() * 31L + prefix.hashCode());
        StringBuilder id = new StringBuilder(prefix);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
