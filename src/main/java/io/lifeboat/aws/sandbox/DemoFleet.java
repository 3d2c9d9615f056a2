package io.lifeboat.aws.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo account's fleet as data: every instance and volume with its tags, shared by the seeding
 * of each service (EC2 builds instances, volumes and history from it; SSM its managed instances).
 * Deterministic, so screenshots and tests see the same ids every time.
 *
 * <p>The story it tells: production and staging in eu-west-3, development in eu-west-1, a disaster
 * recovery pair in us-east-1 and an analytics box in eu-central-1. Backups were made for a month by
 * the source document's Lambdas (tags {@code DeleteOn} and {@code Type=Automated}), Lifeboat took over
 * three days ago; the nightly job failed 9 and 10 days ago, and the pruner failed the last two
 * nights. Some tags carry the usual typos.
 */
public final class DemoFleet {

    public enum Platform { LINUX, WINDOWS }

    /** How SSM sees the instance. */
    public enum SsmStatus {
        ONLINE, CONNECTION_LOST,
        /** No instance profile: SSM never hears of it. */
        UNMANAGED,
        /** An instance profile, but the agent never registered (a role without the SSM policy, no route to SSM). */
        AGENT_NOT_REGISTERED;

        /** Whether SSM knows the instance (its agent registered). */
        public boolean managed() {
            return this == ONLINE || this == CONNECTION_LOST;
        }
    }

    /** What snapshot history a volume has. */
    public enum History {
        /** A daily snapshot for as long as its retention keeps them (gaps where the whole job failed). */
        DAILY,
        /** Daily until four days ago, none since: overdue. */
        STOPPED_4_DAYS_AGO,
        /** None: never backed up. */
        NONE
    }

    public record Volume(String id, String device, int sizeGiB, String type, Integer iops, Integer throughput,
                         boolean encrypted, Map<String, String> tags, History history, Duration age) {
    }

    public record Instance(String id, String region, String availabilityZone, String name, Platform platform,
                           String instanceType, boolean running, SsmStatus ssm, String privateIp,
                           Map<String, String> tags, List<Volume> volumes) {

        public String env() {
            return tags.get("Env");
        }

        public String role() {
            return tags.get("Role");
        }
    }

    /** A volume attached to nothing. */
    public record LooseVolume(String region, String availabilityZone, Volume volume) {
    }

    private final List<Instance> instances = new ArrayList<>();
    private final List<LooseVolume> looseVolumes = new ArrayList<>();
    private final Random ids = new Random(20_181_001L);
    private int ipCounter = 10;

    private DemoFleet() {
    }

    public static DemoFleet create() {
        DemoFleet fleet = new DemoFleet();
        fleet.production();
        fleet.staging();
        fleet.development();
        fleet.elsewhere();
        return fleet;
    }

    public List<Instance> instances() {
        return List.copyOf(instances);
    }

    public List<LooseVolume> looseVolumes() {
        return List.copyOf(looseVolumes);
    }

    private void production() {
        String r = "eu-west-3";
        for (int i = 1; i <= 6; i++) {
            String name = "prod-web-0" + i;
            Map<String, String> tags = tags(name, "prod", "web", i == 5 ? "yes" : "Yes", "14");
            List<Volume> volumes = new ArrayList<>(List.of(root(name, Platform.LINUX, 20, i == 5 ? History.NONE : History.DAILY)));
            if (i == 1) {
                volumes.add(data(name, "/dev/xvdf", 50, "gp3", "uploads", History.DAILY));
            }
            instance(r, az(r, i), name, Platform.LINUX, "t3.large", true, i == 6 ? SsmStatus.UNMANAGED : SsmStatus.ONLINE,
                    tags, volumes);
        }
        for (int i = 1; i <= 4; i++) {
            String name = "prod-api-0" + i;
            Map<String, String> tags = tags(name, "prod", "api", "Yes", i == 4 ? "abc" : "14");
            History history = i == 4 ? History.NONE : History.DAILY;
            Volume data = data(name, "/dev/xvdf", 100, "gp3", "data", i == 3 ? History.NONE : history);
            if (i == 2) {
                data.tags().put("Retention", "30");
            }
            if (i == 3) {
                data = new Volume(data.id(), data.device(), data.sizeGiB(), data.type(), data.iops(), data.throughput(),
                        data.encrypted(), data.tags(), History.NONE, Duration.ofHours(6));
            }
            instance(r, az(r, i), name, Platform.LINUX, "m6i.large", true, SsmStatus.ONLINE, tags,
                    List.of(root(name, Platform.LINUX, 30, history), data));
        }
        for (int i = 1; i <= 3; i++) {
            String name = "prod-worker-0" + i;
            Volume scratch = data(name, "/dev/xvdf", 200, "gp3", "scratch", History.NONE);
            scratch.tags().put("Backup", "No");
            instance(r, az(r, i), name, Platform.LINUX, "c6i.xlarge", true,
                    i == 3 ? SsmStatus.CONNECTION_LOST : SsmStatus.ONLINE, tags(name, "prod", "worker", "Yes", "14"),
                    List.of(root(name, Platform.LINUX, 30, History.DAILY), scratch));
        }
        instance(r, az(r, 1), "prod-bastion-01", Platform.LINUX, "t3.micro", true, SsmStatus.ONLINE,
                tags("prod-bastion-01", "prod", "bastion", null, null),
                List.of(root("prod-bastion-01", Platform.LINUX, 8, History.NONE)));
        for (int i = 1; i <= 3; i++) {
            String name = "prod-win-app-0" + i;
            History history = i == 3 ? History.NONE : History.DAILY;
            instance(r, az(r, i), name, Platform.WINDOWS, "m5.xlarge", true, SsmStatus.ONLINE,
                    tags(name, "prod", "app", i == 3 ? "YES " : "Yes", "30"),
                    List.of(root(name, Platform.WINDOWS, 80, history), data(name, "xvdb", 200, "gp3", "D", history)));
        }
        for (int i = 1; i <= 2; i++) {
            String name = "prod-search-0" + i;
            Volume index = new Volume(id("vol"), "/dev/xvdf", 500, "io2", 8000, null, true,
                    volumeTags(name + "-index"), History.DAILY, Duration.ofDays(200));
            Volume logs = data(name, "/dev/xvdg", 1000, "st1", "logs", History.NONE);
            logs.tags().put("Backup", "No");
            instance(r, az(r, i), name, Platform.LINUX, "r6i.xlarge", true, SsmStatus.ONLINE,
                    tags(name, "prod", "search", "Yes", "7"),
                    List.of(root(name, Platform.LINUX, 20, History.DAILY), index, logs));
        }
        for (int i = 1; i <= 2; i++) {
            String name = "prod-cache-0" + i;
            instance(r, az(r, i), name, Platform.LINUX, "r6g.large", true, SsmStatus.ONLINE,
                    tags(name, "prod", "cache", null, null), List.of(root(name, Platform.LINUX, 20, History.NONE)));
        }
        instance(r, az(r, 2), "prod-monitoring-01", Platform.LINUX, "m6i.large", true, SsmStatus.ONLINE,
                tags("prod-monitoring-01", "prod", "monitoring", "Yes", "30"),
                List.of(root("prod-monitoring-01", Platform.LINUX, 30, History.STOPPED_4_DAYS_AGO),
                        data("prod-monitoring-01", "/dev/xvdf", 500, "gp3", "metrics", History.STOPPED_4_DAYS_AGO)));
        loose(r, az(r, 1), new Volume(id("vol"), null, 500, "gp2", null, null, false, new LinkedHashMap<>(),
                History.NONE, Duration.ofDays(400)));
        loose(r, az(r, 2), new Volume(id("vol"), null, 100, "gp3", 3000, 125, true,
                withEntries(volumeTags("prod-api-restore-test"), "Backup", "Yes"), History.NONE, Duration.ofDays(12)));
        loose(r, az(r, 3), new Volume(id("vol"), null, 16, "gp3", 3000, 125, false, new LinkedHashMap<>(),
                History.NONE, Duration.ofDays(3)));
    }

    private void staging() {
        String r = "eu-west-3";
        for (int i = 1; i <= 3; i++) {
            String name = "stg-web-0" + i;
            instance(r, az(r, i), name, Platform.LINUX, "t3.medium", true, SsmStatus.ONLINE,
                    tags(name, "staging", "web", "Yes", null), List.of(root(name, Platform.LINUX, 20, History.DAILY)));
        }
        for (int i = 1; i <= 2; i++) {
            String name = "stg-api-0" + i;
            History history = i == 2 ? History.NONE : History.DAILY;
            instance(r, az(r, i), name, Platform.LINUX, "t3.large", true, SsmStatus.ONLINE,
                    tags(name, "staging", "api", "Yes", i == 2 ? "-3" : null),
                    List.of(root(name, Platform.LINUX, 30, history), data(name, "/dev/xvdf", 50, "gp3", "data", history)));
        }
        instance(r, az(r, 1), "stg-worker-01", Platform.LINUX, "t3.large", true, SsmStatus.ONLINE,
                tags("stg-worker-01", "staging", "worker", "Yes", "0"),
                List.of(root("stg-worker-01", Platform.LINUX, 30, History.NONE)));
        instance(r, az(r, 2), "stg-win-app-01", Platform.WINDOWS, "m5.large", true, SsmStatus.ONLINE,
                tags("stg-win-app-01", "staging", "app", "Yes", "7d"),
                List.of(root("stg-win-app-01", Platform.WINDOWS, 80, History.NONE),
                        data("stg-win-app-01", "xvdb", 100, "gp3", "D", History.NONE)));
    }

    private void development() {
        String r = "eu-west-1";
        for (int i = 1; i <= 2; i++) {
            String name = "dev-web-0" + i;
            instance(r, az(r, i), name, Platform.LINUX, "t3.small", true, SsmStatus.ONLINE,
                    tags(name, "dev", "web", null, null), List.of(untagged(Platform.LINUX, 20)));
        }
        instance(r, az(r, 1), "dev-api-01", Platform.LINUX, "t3.medium", true, SsmStatus.AGENT_NOT_REGISTERED,
                tags("dev-api-01", "dev", "api", "No", null), List.of(untagged(Platform.LINUX, 30)));
        instance(r, az(r, 2), "dev-worker-01", Platform.LINUX, "t3.medium", true, SsmStatus.ONLINE,
                tags("dev-worker-01", "dev", "worker", "Yes", "3"),
                List.of(root("dev-worker-01", Platform.LINUX, 30, History.DAILY)));
        for (int i = 1; i <= 2; i++) {
            String name = "dev-win-build-0" + i;
            History history = i == 1 ? History.NONE : History.DAILY;
            instance(r, az(r, i), name, Platform.WINDOWS, "c5.2xlarge", true,
                    i == 2 ? SsmStatus.UNMANAGED : SsmStatus.ONLINE,
                    tags(name, "dev", "build", "Yes", i == 1 ? "99999" : "7"),
                    List.of(root(name, Platform.WINDOWS, 100, history), data(name, "xvdb", 300, "gp3", "D", history)));
        }
        instance(r, az(r, 3), "dev-sandbox-01", Platform.LINUX, "t3.micro", false, SsmStatus.CONNECTION_LOST,
                withEntries(new LinkedHashMap<>(), "Name", "dev-sandbox-01"), List.of(untagged(Platform.LINUX, 8)));
        instance(r, az(r, 1), "dev-db-01", Platform.LINUX, "r6g.large", true, SsmStatus.ONLINE,
                tags("dev-db-01", "dev", "db", "Yes", "7"),
                List.of(root("dev-db-01", Platform.LINUX, 20, History.DAILY),
                        data("dev-db-01", "/dev/xvdf", 200, "gp2", "data", History.DAILY)));
        loose(r, az(r, 2), new Volume(id("vol"), null, 100, "gp2", null, null, false, volumeTags("dev-unused"),
                History.NONE, Duration.ofDays(90)));
    }

    private void elsewhere() {
        String dr = "us-east-1";
        instance(dr, az(dr, 1), "dr-web-01", Platform.LINUX, "t3.large", true, SsmStatus.ONLINE,
                tags("dr-web-01", "prod", "web", "Yes", "7"), List.of(root("dr-web-01", Platform.LINUX, 20, History.DAILY)));
        instance(dr, az(dr, 2), "dr-api-01", Platform.LINUX, "m6i.large", false, SsmStatus.CONNECTION_LOST,
                tags("dr-api-01", "prod", "api", "Yes", "7"),
                List.of(root("dr-api-01", Platform.LINUX, 30, History.DAILY), data("dr-api-01", "/dev/xvdf", 100, "gp3",
                        "data", History.DAILY)));
        String central = "eu-central-1";
        instance(central, az(central, 1), "analytics-01", Platform.LINUX, "r6i.2xlarge", true, SsmStatus.ONLINE,
                tags("analytics-01", "prod", "analytics", "Yes", "30"),
                List.of(root("analytics-01", Platform.LINUX, 50, History.DAILY),
                        data("analytics-01", "/dev/xvdf", 2000, "st1", "warehouse", History.DAILY)));
    }

    private void instance(String region, String az, String name, Platform platform, String type, boolean running,
                          SsmStatus ssm, Map<String, String> tags, List<Volume> volumes) {
        String ip = "10.0." + (ipCounter / 250) + "." + (ipCounter % 250 + 4);
        ipCounter++;
        instances.add(new Instance(id("i"), region, az, name, platform, type, running, ssm, ip, tags, List.copyOf(volumes)));
    }

    private void loose(String region, String az, Volume volume) {
        looseVolumes.add(new LooseVolume(region, az, volume));
    }

    private Volume root(String instanceName, Platform platform, int size, History history) {
        String device = platform == Platform.WINDOWS ? "/dev/sda1" : "/dev/xvda";
        return new Volume(id("vol"), device, size, "gp3", 3000, 125, true, volumeTags(instanceName + "-root"),
                history, Duration.ofDays(300));
    }

    private Volume untagged(Platform platform, int size) {
        String device = platform == Platform.WINDOWS ? "/dev/sda1" : "/dev/xvda";
        return new Volume(id("vol"), device, size, "gp2", null, null, false, new LinkedHashMap<>(), History.NONE,
                Duration.ofDays(150));
    }

    private Volume data(String instanceName, String device, int size, String type, String purpose, History history) {
        Integer iops = type.equals("gp3") ? 3000 : null;
        Integer throughput = type.equals("gp3") ? 125 : null;
        return new Volume(id("vol"), device, size, type, iops, throughput, !type.equals("st1"),
                volumeTags(instanceName + "-" + purpose), history, Duration.ofDays(250));
    }

    private static Map<String, String> tags(String name, String env, String role, String backup, String retention) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Name", name);
        tags.put("Env", env);
        tags.put("Role", role);
        tags.put("CostCenter", env.equals("dev") ? "engineering" : "platform");
        if (backup != null) {
            tags.put("Backup", backup);
        }
        if (retention != null) {
            tags.put("Retention", retention);
        }
        return tags;
    }

    private static Map<String, String> volumeTags(String name) {
        return withEntries(new LinkedHashMap<>(), "Name", name);
    }

    private static Map<String, String> withEntries(Map<String, String> map, String key, String value) {
        map.put(key, value);
        return map;
    }

    private static String az(String region, int index) {
        return region + (char) ('a' + (index - 1) % 3);
    }

    /** An id like AWS makes: prefix, dash, 17 hex digits. */
    private String id(String prefix) {
        StringBuilder hex = new StringBuilder("0");
        for (int i = 0; i < 16; i++) {
            hex.append(Character.forDigit(ids.nextInt(16), 16));
        }
        return prefix + "-" + hex;
    }
}
