package io.lifeboat.restore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RDS's identifier rules, each one named in the refusal. */
class DbIdentifiersTest {

    @Test
    void identifiersRdsTakes() {
        assertThat(DbIdentifiers.problem("a")).isEmpty();
        assertThat(DbIdentifiers.problem("orders-restored-2")).isEmpty();
        assertThat(DbIdentifiers.problem("Orders-Restored")).isEmpty();
        assertThat(DbIdentifiers.problem("a" + "b".repeat(62))).isEmpty();
        assertThat(DbIdentifiers.normalize(" Orders-Restored ")).isEqualTo("orders-restored");
    }

    @Test
    void identifiersRdsRefusesAndWhy() {
        assertThat(DbIdentifiers.problem("")).contains("An identifier is needed.");
        assertThat(DbIdentifiers.problem(null)).contains("An identifier is needed.");
        assertThat(DbIdentifiers.problem("a".repeat(64))).get().asString().contains("64 characters; at most 63");
        assertThat(DbIdentifiers.problem("1orders")).get().asString().contains("must start with a letter");
        assertThat(DbIdentifiers.problem("-orders")).get().asString().contains("must start with a letter");
        assertThat(DbIdentifiers.problem("orders_copy")).get().asString().contains("not '_'");
        assertThat(DbIdentifiers.problem("orders.copy")).get().asString().contains("not '.'");
        assertThat(DbIdentifiers.problem("ordérs")).get().asString().contains("not 'é'");
        assertThat(DbIdentifiers.problem("orders-")).get().asString().contains("must not end with a hyphen");
        assertThat(DbIdentifiers.problem("orders--copy")).get().asString().contains("two hyphens in a row");
    }
}
