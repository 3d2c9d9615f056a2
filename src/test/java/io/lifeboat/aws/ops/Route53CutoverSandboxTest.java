package io.lifeboat.aws.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lifeboat.aws.Connection;
import io.lifeboat.aws.sandbox.SandboxAccount;
import io.lifeboat.aws.sandbox.SandboxClock;
import io.lifeboat.testing.SandboxConnections;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.InvalidChangeBatchException;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

/** The cutover scenario on the sandbox, plus PENDING and CREATE strictness, which Moto does not emulate. */
class Route53CutoverSandboxTest extends Route53CutoverScenario {

    private final SandboxClock clock = SandboxClock.manual(Instant.parse("2025-03-10T09:00:00Z"));
    private final Connection connection = SandboxConnections.connect(SandboxAccount.empty(clock), "eu-west-3", false);

    @AfterEach
    void close() {
        connection.close();
    }

    @Override
    Connection connection() {
        return connection;
    }

    @Override
    void elapse(Duration duration) {
        clock.advance(duration);
    }

    @Override
    ChangeStatus statusRightAfterAChange() {
        return ChangeStatus.PENDING;
    }

    @Test
    void aChangeIsPendingUntilRoute53HasPropagatedIt() {
        String zone = createPrivateZone();
        assertThat(upsert(zone, "db.cutover.internal", "a.example").status()).isEqualTo(ChangeStatus.PENDING);
    }

    @Test
    void createOfAnExistingCnameFailsInsteadOfAddingADuplicate() {
        String zone = createPrivateZone();
        upsert(zone, "db.cutover.internal", "a.example");
        assertThatThrownBy(() -> route53().changeResourceRecordSets(r -> r.hostedZoneId(zone).changeBatch(b -> b
                .changes(c -> c.action(ChangeAction.CREATE).resourceRecordSet(s -> s.name("db.cutover.internal.")
                        .type(RRType.CNAME).ttl(60L).resourceRecords(ResourceRecord.builder().value("b.example").build()))))))
                .isInstanceOf(InvalidChangeBatchException.class).hasMessageContaining("already exists");
        assertThat(cnames(zone, "db.cutover.internal.")).hasSize(1);
    }
}
