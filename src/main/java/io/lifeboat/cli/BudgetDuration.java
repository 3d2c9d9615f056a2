package io.lifeboat.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --time-budget}: {@code 10m}, {@code 1h30m}, {@code 90s}, or ISO-8601 ({@code PT10M}); positive. */
final class BudgetDuration implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value.trim().toLowerCase(Locale.ROOT));
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration such as 10m, 1h30m, 90s or PT10M");
        }
        return duration;
    }

    private static Duration parse(String text) {
        if (text.startsWith("p")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher m = SHORT.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            return null;
        }
        return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
