package io.lifeboat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifeboat.aws.Connection;
import io.lifeboat.testing.ContractTest;
import io.lifeboat.testing.MotoDatabases;
import io.lifeboat.testing.MotoExtension.Moto;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.rds.model.DbClusterNotFoundException;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;

/**
 * {@code lifeboat restore} in-process against Moto, for what the packaged-jar test (RestoreCliIT) does
 * not repeat: a time outside the window exits 2 and nothing is created (Moto itself would accept it),
 * --plan prints the requests and changes nothing, and a revert over someone else's change wants --force.
 */
@ContractTest
class RestoreCommandContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private final Properties saved = (Properties) System.getProperties().clone();
    private Moto moto;
    private MotoDatabases databases;
    private Connection connection;

    record Result(int code, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void fixture(Moto moto) {
        this.moto = moto;
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
        System.setProperty("lifeboat.home", home.toString());
        databases = MotoDatabases.create(moto.server().endpoint());
        connection = moto.connect(MotoDatabases.REGION);
    }

    @AfterEach
    void restoreProperties() {
        connection.close();
        System.setProperties(saved);
    }

    private Result lifeboat(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--endpoint-url", moto.server().endpoint().toString(), "--region", MotoDatabases.REGION));
        return cli(all.toArray(String[]::new));
    }

    private static Result cli(String... all) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.withSubcommands(new Cli()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(all);
        return new Result(code, out.toString(), err.toString());
    }

    private boolean exists(String cluster) {
        try {
            connection.clients().rds(MotoDatabases.REGION).describeDBClusters(r -> r.dbClusterIdentifier(cluster));
            return true;
        } catch (DbClusterNotFoundException e) {
            return false;
        }
    }

    @Test
    void aTimeOutsideTheWindowExitsTwoAndNothingIsCreated() {
        Result refused = lifeboat("restore", "--source", "orders-prod", "--to", "2001-01-01T01:00:00+01:00",
                "--new-id", "orders-drill");

        assertThat(refused.code()).as(refused.err()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(refused.err()).contains("lifeboat: restore: 2001-01-01T00:00:00Z is outside the restorable window "
                + "of orders-prod").contains("[OutsideRestorableWindow]").contains("fix: ");
        assertThat(exists("orders-drill")).isFalse();
        assertThat(Files.exists(home.resolve("lifeboat.db"))).isTrue();
        assertThat(cli("restore", "jobs").out()).contains("No restore job in this data directory.");
    }

    @Test
    void aTypoedSourceOrATakenNameExitsTwoWithTheNameAndNothingIsCreated() {
        Result typo = lifeboat("restore", "--source", "ordres-prod", "--to", "latest", "--new-id", "orders-drill");

        assertThat(typo.code()).as(typo.err()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(typo.err()).contains("No Aurora cluster or RDS instance named ordres-prod in " + MotoDatabases.REGION)
                .contains("fix: ");
        assertThat(exists("orders-drill")).isFalse();

        connection.clients().rds(MotoDatabases.REGION).createDBCluster(r -> r.dbClusterIdentifier("orders-drill")
                .engine("aurora-mysql").masterUsername("admin").masterUserPassword("Contract-Passw0rd"));
        Result taken = lifeboat("restore", "--source", "orders-prod", "--to", "latest", "--new-id", "orders-drill");
        assertThat(taken.code()).as(taken.err()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(taken.err()).contains("A cluster named orders-drill already exists in " + MotoDatabases.REGION);
        assertThat(connection.clients().rds(MotoDatabases.REGION).describeDBInstances().dbInstances())
                .extracting(i -> i.dbInstanceIdentifier()).containsExactly("orders-prod-1");
        assertThat(cli("restore", "jobs").out()).contains("No restore job in this data directory.");
    }

    @Test
    void thePlanPrintsTheRequestsInOrderAndChangesNothing() throws Exception {
        Result plan = lifeboat("restore", "--source", "orders-prod", "--to", "latest", "--new-id", "orders-drill",
                "--instances", "2", "--cname", "myproject.io/mydatabase", "--plan");

        assertThat(plan.code()).as(plan.err()).isZero();
        assertThat(plan.out()).contains(" 1. CHANGE RestoreDBClusterToPointInTime", " 3. CHANGE CreateDBInstance",
                " 4. CHANGE CreateDBInstance", " 7. CHANGE ChangeResourceRecordSets",
                "VpcSecurityGroupIds = [" + databases.securityGroup() + "]", "DBSubnetGroupName = prod-db-subnets",
                "orders-prod is not modified");
        assertThat(exists("orders-drill")).isFalse();
        Result json = lifeboat("restore", "--source", "orders-prod", "--to", "latest", "--new-id", "orders-drill", "--plan",
                "--json");
        assertThat(json.json().get("requests").get(0).get("mutating").asBoolean()).isTrue();
        assertThat(json.json().get("afterwards").get(0).asText()).startsWith("Aurora cluster orders-drill");
    }

    @Test
    void aRevertOverSomeoneElsesChangeIsRefusedUntilForced() throws Exception {
        Result run = lifeboat("restore", "--source", "orders-prod", "--to", "latest", "--new-id", "orders-drill",
                "--cname", "myproject.io/mydatabase", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        String job = run.json().get("jobId").asText();
        connection.clients().route53().changeResourceRecordSets(r -> r.hostedZoneId(databases.zone()).changeBatch(b -> b
                .changes(c -> c.action(ChangeAction.UPSERT).resourceRecordSet(s -> s.name(databases.record())
                        .type(RRType.CNAME).ttl(60L).resourceRecords(ResourceRecord.builder().value("hotfix.example").build())))));

        Result refused = lifeboat("restore", "revert", job);
        assertThat(refused.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.err()).contains("now points to hotfix.example").contains("fix: Add --force to revert anyway.");

        Result forced = lifeboat("restore", "revert", job, "--force", "--json");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.json().get("cutover").get("state").asText()).isEqualTo("reverted");
    }
}
