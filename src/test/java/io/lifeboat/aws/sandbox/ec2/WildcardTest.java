package io.lifeboat.aws.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WildcardTest {

    @ParameterizedTest(name = "''{0}'' vs ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Yes|Yes|true",
            "Yes|yes|false",           // case-sensitive, as EC2 filters are
            "Yes|'Yes '|false",        // whole value: the typo'd "YES " is not "Yes"
            "Y*|Yes|true",
            "Y*|Y|true",
            "*|''|true",
            "Y?s|Yes|true",
            "Y?s|Ys|false",
            "prod-*-01|prod-web-01|true",
            "prod-*-01|prod-web-02|false",
            "*web*|prod-web-01|true",
            "a*b*c|aXbYbZc|true",
            "a*b*c|aXbYbZ|false",
            "\\*|*|true",
            "\\*|x|false",
            "\\?|?|true",
            "\\?|x|false",
            "a\\\\b|a\\b|true",
            "''|''|true",
            "''|x|false",
    })
    void matchesLikeEc2Filters(String pattern, String value, boolean expected) {
        assertThat(Wildcard.matches(pattern, value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"x", "*"})
    void nullNeverMatches(String pattern) {
        assertThat(Wildcard.matches(pattern, null)).isFalse();
        assertThat(Wildcard.matches(null, pattern)).isFalse();
    }
}
