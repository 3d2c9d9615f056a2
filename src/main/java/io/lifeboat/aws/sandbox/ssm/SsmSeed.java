package io.lifeboat.aws.sandbox.ssm;

import io.lifeboat.aws.sandbox.DemoFleet;
import io.lifeboat.aws.sandbox.SandboxAccount;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.ssm.model.PingStatus;
import software.amazon.awssdk.services.ssm.model.PlatformType;
import software.amazon.awssdk.services.ssm.model.SendCommandRequest;
import software.amazon.awssdk.services.ssm.model.Target;

/**
 * SSM's part of the demo account: every fleet instance whose agent registered becomes a managed node
 * (those without an instance profile, or whose agent never registered, stay unknown to SSM), a document
 * shared by another account, the account's own document, and two weeks of command history
 * made by the same engine that runs new commands, so their statuses are what that engine derives.
 */
public final class SsmSeed {

    public static final String ROTATE_LOGS = "Lifeboat-RotateLogs";
    /** A document the security team's account shares with this one. */
    public static final String COLLECT_LOGS = "SecOps-CollectAuthLogs";
    static final String SECURITY_ACCOUNT = "444455556666";
    public static final String LATEST_AGENT = "3.3.1142.0";
    /** The node whose package manager is stuck: package work fails there. */
    public static final String TROUBLED_NODE = "prod-web-03";
    /** The node with an outdated agent. */
    public static final String OUTDATED_NODE = "prod-api-04";

    private SsmSeed() {
    }

    public static void seed(SandboxAccount account, DemoFleet fleet) {
        Instant now = account.clock().instant();
        for (String region : account.regions()) {
            SsmState state = SsmState.of(account, region);
            new SsmDocuments(state, account.accountId()).put(DocumentContent.parse(ROTATE_LOGS, account.accountId(),
                    ROTATE_LOGS_CONTENT, now.minus(Duration.ofDays(40)), Map.of("Team", "platform")));
            new SsmDocuments(state, account.accountId()).put(DocumentContent.parse(COLLECT_LOGS, SECURITY_ACCOUNT,
                    COLLECT_LOGS_CONTENT, now.minus(Duration.ofDays(90)), Map.of()));
        }
        for (DemoFleet.Instance instance : fleet.instances()) {
            if (instance.ssm().managed()) {
                SsmState.of(account, instance.region()).register(node(instance, now));
            }
        }
        history(new SsmCommands(SsmState.of(account, "eu-west-3"), account.accountId()), fleet, now);
    }

    static ManagedNode node(DemoFleet.Instance instance, Instant now) {
        boolean windows = instance.platform() == DemoFleet.Platform.WINDOWS;
        boolean lost = instance.ssm() == DemoFleet.SsmStatus.CONNECTION_LOST;
        String agent = instance.name().equals(OUTDATED_NODE) ? "3.1.1732.0" : LATEST_AGENT;
        boolean ubuntu = "search".equals(instance.role());
        String computer = windows
                ? "EC2AMAZ-" + instance.id().substring(instance.id().length() - 7).toUpperCase(Locale.ROOT)
                : "ip-" + instance.privateIp().replace('.', '-') + "." + instance.region() + ".compute.internal";
        return new ManagedNode(instance.id(),
                lost ? PingStatus.CONNECTION_LOST : PingStatus.ONLINE,
                lost ? now.minus(Duration.ofDays(instance.running() ? 3 : 9)).minusSeconds(1234) : null,
                agent, agent.equals(LATEST_AGENT),
                windows ? PlatformType.WINDOWS : PlatformType.LINUX,
                windows ? "Microsoft Windows Server 2022 Datacenter" : ubuntu ? "Ubuntu" : "Amazon Linux",
                windows ? "10.0.20348" : ubuntu ? "22.04" : "2023",
                computer, instance.privateIp(), lost ? "Failed" : "Success",
                instance.name().equals(TROUBLED_NODE));
    }

    private static void history(SsmCommands commands, DemoFleet fleet, Instant now) {
        send(commands, now, 13, "AWS-UpdateSSMAgent", Map.of(), tag("Env", "prod"), "10%", "0",
                "Monthly SSM agent update");
        send(commands, now, 12, "AWS-RunShellScript", Map.of("commands", List.of("df -h")), tag("Role", "web"), "50",
                "0", "Disk usage before log cleanup");
        send(commands, now, 11, "AWS-ConfigureAWSPackage", Map.of("action", List.of("Install"),
                "name", List.of("AmazonCloudWatchAgent")), tag("Role", "web"), "2", "0", "Install CloudWatch agent");
        send(commands, now, 10, "AmazonCloudWatch-ManageAgent", Map.of("action", List.of("configure"),
                "optionalConfigurationLocation", List.of("AmazonCloudWatch-linux")), tag("Role", "api"), "50", "0",
                "Apply CloudWatch agent config");
        send(commands, now, 9, "AWS-RunPowerShellScript", Map.of("commands", List.of("Get-Service W3SVC")),
                tag("Role", "app"), "50", "0", "IIS status");
        send(commands, now, 8, ROTATE_LOGS, Map.of("logDirectory", List.of("/var/log/nginx")), tag("Role", "web"),
                "3", "1", "Rotate nginx logs");
        send(commands, now, 7, "AWS-RunShellScript", Map.of("commands", List.of("uptime")), tag("Env", "staging"),
                "50", "0", "Staging uptime check");
        String restart = send(commands, now, 6, "AWS-RunShellScript",
                Map.of("commands", List.of("systemctl restart nginx", "sleep 30")), tag("Role", "web"), "1", "0",
                "Rolling nginx restart");
        commands.cancel(restart, List.of(), sentAt(now, 6).plusSeconds(50));
        send(commands, now, 5, "AmazonInspector-ManageAWSAgent", Map.of(), tag("Role", "search"), "50", "0",
                "Install Inspector agent");
        send(commands, now, 3, "AWS-RunShellScript",
                Map.of("commands", List.of("test -f /var/run/reboot-required", "exit 1")), tag("Role", "worker"),
                "50", "1", "Reboot required?");
        String bastion = fleet.instances().stream().filter(i -> i.name().equals("prod-bastion-01")).findFirst()
                .orElseThrow().id();
        commands.send(SendCommandRequest.builder().documentName("AWS-RunShellScript")
                .parameters(Map.of("commands", List.of("whoami", "hostname"))).instanceIds(bastion)
                .comment("Bastion sanity check").build(), now.minus(Duration.ofDays(2)));
        send(commands, now, 1, ROTATE_LOGS, Map.of("logDirectory", List.of("/var/log/app"),
                "retentionDays", List.of("30")), tag("Role", "api"), "50%", "25%", "Rotate API logs");
    }

    private static String send(SsmCommands commands, Instant now, int daysAgo, String document,
                               Map<String, List<String>> parameters, Target target, String concurrency, String errors,
                               String comment) {
        return commands.send(SendCommandRequest.builder().documentName(document).parameters(parameters)
                .targets(target).maxConcurrency(concurrency).maxErrors(errors).comment(comment)
                .timeoutSeconds(600).build(), sentAt(now, daysAgo)).commandId();
    }

    /** Spread over the day so the history does not look machine-made. */
    private static Instant sentAt(Instant now, int daysAgo) {
        return now.minus(Duration.ofDays(daysAgo)).minusSeconds(daysAgo * 977L);
    }

    private static Target tag(String key, String value) {
        return Target.builder().key("tag:" + key).values(value).build();
    }

    static final String ROTATE_LOGS_CONTENT = """
            {
              "schemaVersion": "2.2",
              "description": "Rotate and compress application logs, removing those older than the retention.",
              "parameters": {
                "logDirectory": {
                  "type": "String",
                  "description": "(Required) The directory under /var/log whose logs to rotate.",
                  "allowedPattern": "^/var/log(/[a-zA-Z0-9._-]+)*$"
                },
                "retentionDays": {
                  "type": "String",
                  "description": "(Optional) Days of rotated logs to keep, 1 to 90.",
                  "default": "14",
                  "allowedPattern": "^([1-9]|[1-8][0-9]|90)$"
                },
                "compress": {
                  "type": "String",
                  "description": "(Optional) Compress rotated logs.",
                  "default": "true",
                  "allowedValues": ["true", "false"]
                }
              },
              "mainSteps": [
                {
                  "action": "aws:runShellScript",
                  "name": "rotateLogs",
                  "inputs": {
                    "runCommand": [
                      "find {{ logDirectory }} -name '*.log' -mtime +{{ retentionDays }} -delete",
                      "logrotate --force /etc/logrotate.d/lifeboat"
                    ]
                  }
                }
              ]
            }
            """;

    static final String COLLECT_LOGS_CONTENT = """
            {
              "schemaVersion": "2.2",
              "description": "Collect authentication logs for an incident, shared by the security team.",
              "parameters": {
                "since": {
                  "type": "String",
                  "description": "(Optional) How far back to collect, as journalctl understands it.",
                  "default": "24 hours ago"
                },
                "ticket": {
                  "type": "String",
                  "description": "(Required) The incident ticket, SEC-1234.",
                  "allowedPattern": "^SEC-[0-9]{1,6}$"
                }
              },
              "mainSteps": [
                {
                  "action": "aws:runShellScript",
                  "name": "collectAuthLogs",
                  "inputs": {
                    "runCommand": ["journalctl -u sshd --since '{{ since }}' > /tmp/{{ ticket }}-auth.log"]
                  }
                }
              ]
            }
            """;
}
