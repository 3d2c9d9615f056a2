package io.lifeboat.cli;

import io.lifeboat.aws.KnownRegions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Checks a {@code --region} value where it is read, for every command: a region the SDK knows, or
 * {@code all}. Without it a typo would list nothing and succeed ("0 volumes"). The desktop's fast
 * argument path defers anything unknown to picocli, so both refuse it alike.
 */
final class RegionName implements ITypeConverter<String> {

    static final String ALL = "all";

    @Override
    public String convert(String value) {
        String region = value.trim();
        if (!valid(region)) {
            throw new TypeConversionException("unknown region '" + value + "' (a region such as eu-west-3 or us-east-1, "
                    + "or 'all' for every enabled region)");
        }
        return region;
    }

    static boolean valid(String region) {
        return ALL.equals(region) || KnownRegions.isKnown(region);
    }
}
