package io.lifeboat.commands;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A token Lifeboat appends to a command's comment ({@code "nightly check #lb-1a2b3c4d"}). SendCommand
 * takes no client token and is not idempotent, so after an answer lost to a 5xx or a broken connection
 * Lifeboat looks for the token in ListCommands before anything is sent again.
 */
public record ClientToken(String value) {

    static final int SUFFIX_LENGTH = 13;
    private static final Pattern IN_COMMENT = Pattern.compile("(?:^| )#lb-([0-9a-f]{8})$");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static ClientToken next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return new ClientToken(HexFormat.of().formatHex(bytes));
    }

    /** The comment as sent: the user's, then the token. */
    public String appendTo(String comment) {
        return comment.isEmpty() ? "#lb-" + value : comment + " #lb-" + value;
    }

    public boolean in(String comment) {
        return comment != null && of(comment).map(this::equals).orElse(false);
    }

    /** The token a comment carries, if Lifeboat sent it. */
    public static Optional<ClientToken> of(String comment) {
        Matcher matcher = IN_COMMENT.matcher(comment == null ? "" : comment);
        return matcher.find() ? Optional.of(new ClientToken(matcher.group(1))) : Optional.empty();
    }

    /** The comment without Lifeboat's token, as the user wrote it. */
    public static String strip(String comment) {
        return comment == null ? "" : IN_COMMENT.matcher(comment).replaceFirst("").trim();
    }
}
