package io.lifeboat.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifeboat.backup.BackupSettings;
import io.lifeboat.ui.backup.DeployCommands;
import io.lifeboat.volumes.BackupConvention;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The CloudFormation template, read as plain YAML: its resources, the artifact and handler it names,
 * the schedule, the IAM conditions that make the role tighter than the source's, and that the
 * environment it gives the function is one the handler accepts.
 */
class BackupStackTemplateTest {

    private static Map<String, Object> template;

    @BeforeAll
    static void parse() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of(DeployCommands.TEMPLATE))) {
            template = new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static Map<String, Object> resource(String name) {
        return map(map(template.get("Resources")).get(name));
    }

    private static Map<String, Object> properties(String name) {
        return map(resource(name).get("Properties"));
    }

    private static Map<String, Object> parameter(String name) {
        return map(map(template.get("Parameters")).get(name));
    }

    private static List<Map<String, Object>> statements() {
        Map<String, Object> policy = map(list(properties("Role").get("Policies")).get(0));
        return list(map(policy.get("PolicyDocument")).get("Statement")).stream().map(BackupStackTemplateTest::map).toList();
    }

    private static Map<String, Object> statement(String sid) {
        return statements().stream().filter(s -> sid.equals(s.get("Sid"))).findFirst().orElseThrow();
    }

    @Test
    void theResourcesAreTheFunctionItsScheduleLogRoleAndAlarm() {
        Map<String, String> types = new HashMap<>();
        map(template.get("Resources")).forEach((name, value) -> types.put(name, (String) map(value).get("Type")));

        assertThat(types).containsExactlyInAnyOrderEntriesOf(Map.of("LogGroup", "AWS::Logs::LogGroup",
                "Role", "AWS::IAM::Role", "Function", "AWS::Lambda::Function", "ScheduleRule", "AWS::Events::Rule",
                "SchedulePermission", "AWS::Lambda::Permission", "AlarmTopic", "AWS::SNS::Topic",
                "ErrorsAlarm", "AWS::CloudWatch::Alarm", "NoAutomaticRetry", "AWS::Lambda::EventInvokeConfig"));
        assertThat(resource("AlarmTopic").get("Condition")).isEqualTo("HasAlarmEmail");
        assertThat(properties("LogGroup").get("RetentionInDays")).isEqualTo(Map.of("Ref", "LogRetentionDays"));
        assertThat(properties("ErrorsAlarm")).containsEntry("MetricName", "Errors").containsEntry("Namespace", "AWS/Lambda");
        assertThat(list(properties("ErrorsAlarm").get("Dimensions"))).singleElement()
                .isEqualTo(Map.of("Name", "FunctionName", "Value", Map.of("Ref", "Function")));
    }

    @Test
    void theFunctionRunsTheHandlerFromTheArtifactOnJava17For15Minutes() {
        Map<String, Object> function = properties("Function");

        assertThat(function).containsEntry("Runtime", "java17")
                .containsEntry("Handler", "io.lifeboat.lambda.BackupHandler::handleRequest").containsEntry("Timeout", 900);
        assertThat(map(function.get("Code"))).containsEntry("S3Key", Map.of("Ref", "CodeKey"));
        assertThat(parameter("CodeKey").get("Default")).isEqualTo(DeployCommands.ARTIFACT).isEqualTo("lifeboat-lambda.jar");
        // Every quarter of an hour through the night's first hours: a run stopped by the function's 15 minutes
        // is continued by the next, and one with nothing left only lists.
        assertThat(parameter("Schedule").get("Default")).isEqualTo("cron(0/15 1-4 * * ? *)");
        assertThat(properties("ScheduleRule").get("ScheduleExpression")).isEqualTo(Map.of("Ref", "Schedule"));
        assertThat(map(list(properties("ScheduleRule").get("Targets")).get(0)).get("Arn"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("Function", "Arn")));
        assertThat(properties("SchedulePermission")).containsEntry("Principal", "events.amazonaws.com")
                .containsEntry("SourceArn", Map.of("Fn::GetAtt", List.of("ScheduleRule", "Arn")));
    }

    /** EventBridge invokes asynchronously, and Lambda runs a failed asynchronous invocation twice more by default. */
    @Test
    void oneRunAtATimeAndAFailedRunIsNotRunAgainByLambda() {
        assertThat(properties("Function")).containsEntry("ReservedConcurrentExecutions", 1);
        assertThat(properties("NoAutomaticRetry")).containsEntry("FunctionName", Map.of("Ref", "Function"))
                .containsEntry("MaximumRetryAttempts", 0).containsEntry("Qualifier", "$LATEST");
    }

    /**
     * The role's aws:TagKeys splits CopiedTags on commas as written and the function copies the keys as
     * written: a space after a comma would deny every create of an instance carrying that tag.
     */
    @Test
    void copiedTagsWithSpacesAroundTheCommasAreRefusedAtDeployment() {
        java.util.regex.Pattern allowed = java.util.regex.Pattern.compile((String) parameter("CopiedTags").get("AllowedPattern"));

        assertThat(List.of("", "CostCenter", "CostCenter,Owner", "Cost Center,team:name"))
                .allSatisfy(value -> assertThat(allowed.matcher(value).matches()).as("'" + value + "'").isTrue());
        assertThat(List.of("CostCenter, Owner", " CostCenter", "CostCenter ", "CostCenter,", ",Owner", "A,,B"))
                .allSatisfy(value -> assertThat(allowed.matcher(value).matches()).as("'" + value + "'").isFalse());
        assertThat((String) parameter("CopiedTags").get("ConstraintDescription")).contains("no spaces around the commas");
    }

    @Test
    void snapshotsAreCreatedOnlyWithTheEnginesTagsAndTaggedOnlyWhileCreated() {
        Map<String, Object> create = statement("NewSnapshotsOnlyTaggedAutomated");
        Map<String, Object> condition = map(create.get("Condition"));

        assertThat(create.get("Action")).isEqualTo(List.of("ec2:CreateSnapshot", "ec2:CreateSnapshots"));
        assertThat(create.get("Resource")).isEqualTo(Map.of("Fn::Sub", "arn:${AWS::Partition}:ec2:*::snapshot/*"));
        assertThat(map(condition.get("StringEquals"))).containsEntry("aws:RequestTag/Type", "Automated");
        assertThat(map(condition.get("Null"))).containsEntry("aws:RequestTag/DeleteOn", "false");
        assertThat(map(condition.get("ForAllValues:StringEquals"))).containsKey("aws:TagKeys");
        assertThat(statement("SnapshotVolumesAndInstances").get("Resource").toString())
                .contains(":volume/*").contains(":instance/*").doesNotContain("snapshot");
        Map<String, Object> tag = statement("TagOnlyWhileCreatingSnapshots");
        assertThat(tag.get("Action")).isEqualTo("ec2:CreateTags");
        assertThat(map(map(tag.get("Condition")).get("StringEquals")))
                .containsEntry("ec2:CreateAction", List.of("CreateSnapshot", "CreateSnapshots"));
    }

    @Test
    void onlyAutomatedSnapshotsCanBeDeletedAndLogsGoOnlyToTheStacksGroup() {
        Map<String, Object> delete = statement("DeleteOnlyAutomatedSnapshots");

        assertThat(delete.get("Action")).isEqualTo("ec2:DeleteSnapshot");
        assertThat(map(map(delete.get("Condition")).get("StringEquals"))).containsEntry("ec2:ResourceTag/Type", "Automated");
        assertThat(statement("LogToItsOwnGroup").get("Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of("LogGroup", "Arn")));
    }

    @Test
    void theRoleIsTighterThanTheSources() {
        List<String> actions = new ArrayList<>();
        for (Map<String, Object> statement : statements()) {
            Object action = statement.get("Action");
            actions.addAll(action instanceof List<?> many ? many.stream().map(String::valueOf).toList() : List.of((String) action));
            if ("*".equals(statement.get("Resource"))) {
                assertThat(statement.get("Action").toString()).as("only reads on every resource")
                        .doesNotContain("Create", "Delete", "Modify", "Reset", "logs:");
            }
        }
        // The source granted logs:*, ec2:Describe*, Modify/ResetSnapshotAttribute and CreateTags on everything.
        assertThat(actions).noneMatch(a -> a.contains("*")).doesNotContain("ec2:ModifySnapshotAttribute",
                "ec2:ResetSnapshotAttribute", "ec2:DeleteTags", "logs:CreateLogGroup");
        assertThat(statements()).filteredOn(s -> s.get("Action").toString().contains("Delete")
                || s.get("Action").toString().contains("CreateTags")).allSatisfy(s -> assertThat(s).containsKey("Condition"));
    }

    /**
     * A StackSet deploys this one template into every account and region of an Organization: no account id,
     * no region, no partition may be written in it, and no resource may carry a name that two stacks in one
     * account and region would fight over, unless a parameter gives it. The regions backed up are a parameter.
     */
    @Test
    void nothingAccountOrRegionSpecificIsWrittenInTheTemplateSoItDeploysUnchangedAsAStackSet() throws IOException {
        String text = Files.readString(Path.of(DeployCommands.TEMPLATE));
        String yaml = text.lines().filter(l -> !l.trim().startsWith("#")).collect(java.util.stream.Collectors.joining("\n"));

        assertThat(yaml).as("an account id").doesNotContainPattern("\\b\\d{12}\\b");
        assertThat(yaml).as("a region").doesNotContainPattern(
                "\\b(us|eu|ap|sa|ca|me|af|il|mx|cn)-(gov-)?(north|south|east|west|central|northeast|southeast|northwest|southwest)-\\d\\b");
        assertThat(yaml).as("a partition").doesNotContain("arn:aws:").doesNotContain("arn:aws-");
        List<String> arns = new ArrayList<>();
        collectSubs(template.get("Resources"), arns);
        assertThat(arns).filteredOn(a -> a.startsWith("arn:")).isNotEmpty()
                .allSatisfy(a -> assertThat(a).startsWith("arn:${AWS::Partition}:"));
        // Names: the function's and its log group's come from a parameter or the stack; nothing else is named.
        for (String name : List.of("Role", "ScheduleRule", "AlarmTopic", "ErrorsAlarm")) {
            assertThat(properties(name).keySet()).as(name).noneMatch(k -> k.endsWith("Name") && !k.equals("FunctionName")
                    && !k.equals("MetricName") && !k.equals("DisplayName"));
        }
        assertThat(properties("Function").get("FunctionName")).isEqualTo(Map.of("Fn::If",
                List.of("NamedFunction", Map.of("Ref", "BackupFunctionName"), Map.of("Ref", "AWS::StackName"))));
        assertThat(properties("LogGroup").get("LogGroupName").toString()).contains("BackupFunctionName", "AWS::StackName");
        // Lambda reads its code from a bucket in its own region: one bucket per region, by name.
        assertThat(map(properties("Function").get("Code")).get("S3Bucket").toString())
                .contains("${CodeBucket}-${AWS::Region}");
        assertThat(parameter("Regions").get("Default")).as("each stack backs up its own region").isEqualTo("");
        assertThat(map(template.get("Parameters"))).containsKeys("BackupFunctionName", "CodeBucketRegionSuffix", "Schedule");
    }

    /** The README's StackSet commands set only parameters the template has, and deploy this template. */
    @Test
    void theReadmesStackSetCommandsUseThisTemplateAndItsParameters() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("aws cloudformation create-stack-set");
        assertThat(start).as("the StackSet commands in README.md").isPositive();
        String block = readme.substring(start, readme.indexOf("```", start));

        assertThat(block).contains("--template-body file://" + DeployCommands.TEMPLATE).contains("--capabilities CAPABILITY_IAM")
                .contains("aws cloudformation create-stack-instances").contains("--regions");
        java.util.regex.Matcher keys = java.util.regex.Pattern.compile("ParameterKey=(\\w+)").matcher(block);
        List<String> used = new ArrayList<>();
        while (keys.find()) {
            used.add(keys.group(1));
        }
        assertThat(used).contains("CodeBucket", "CodeBucketRegionSuffix", "BackupFunctionName")
                .allSatisfy(k -> assertThat(map(template.get("Parameters"))).containsKey(k));
    }

    private static void collectSubs(Object node, List<String> into) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                if ("Fn::Sub".equals(key) && value instanceof String text) {
                    into.add(text);
                }
                collectSubs(value, into);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectSubs(item, into));
        }
    }

    @Test
    void theEnvironmentItGivesTheFunctionIsOneTheHandlerAccepts() {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_REGION", "eu-west-3");
        map(map(properties("Function").get("Environment")).get("Variables")).forEach((name, value) -> env.put(name,
                value instanceof Map<?, ?> ref ? String.valueOf(parameter((String) ref.get("Ref")).get("Default"))
                        : String.valueOf(value)));

        LambdaSettings settings = LambdaSettings.from(env::get);

        assertThat(settings.regions()).containsExactly("eu-west-3");
        assertThat(settings.backup()).isEqualTo(BackupSettings.defaults(BackupConvention.DEFAULT));
        assertThat(settings.prune()).isTrue();
        assertThat(settings.dryRun()).isFalse();
    }

    @Test
    void everyRefAndGetAttNamesAParameterOrResourceOfTheTemplate() {
        List<String> names = new ArrayList<>(map(template.get("Parameters")).keySet());
        names.addAll(map(template.get("Resources")).keySet());
        names.addAll(List.of("AWS::StackName", "AWS::NoValue", "AWS::Partition", "AWS::AccountId", "AWS::Region"));
        List<String> referenced = new ArrayList<>();
        collectReferences(template.get("Resources"), referenced);
        collectReferences(template.get("Outputs"), referenced);

        assertThat(referenced).isNotEmpty().allSatisfy(r -> assertThat(names).contains(r));
    }

    private static void collectReferences(Object node, List<String> into) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((key, value) -> {
                if ("Ref".equals(key)) {
                    into.add((String) value);
                } else if ("Fn::GetAtt".equals(key)) {
                    into.add((String) list(value).get(0));
                } else if ("Fn::Sub".equals(key) && value instanceof String text) {
                    java.util.regex.Matcher vars = java.util.regex.Pattern.compile("\\$\\{([^}.]+)").matcher(text);
                    while (vars.find()) {
                        into.add(vars.group(1));
                    }
                }
                collectReferences(value, into);
            });
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectReferences(item, into));
        }
    }

    @Test
    void theDeployCommandsNameTheTemplateTheArtifactAndTheConnection() {
        DeployCommands commands = new DeployCommands("prod", "eu-west-1", "123456789012", List.of("eu-west-1", "us-east-1"),
                BackupSettings.defaults(BackupConvention.DEFAULT).withKeepNewest(2));

        assertThat(commands.script())
                .contains("aws s3 cp target/lifeboat-lambda.jar s3://lifeboat-123456789012-eu-west-1/lifeboat-lambda.jar"
                        + " --profile prod --region eu-west-1")
                .contains("aws cloudformation deploy --template-file packaging/lambda/backup-stack.yaml --stack-name "
                        + "lifeboat-backup --capabilities CAPABILITY_IAM --profile prod --region eu-west-1")
                .contains("Regions=eu-west-1,us-east-1 DefaultRetentionDays=7 KeepNewest=2 CopiedTags=CostCenter")
                // Waiting for the answer, the AWS CLI would invoke again after 60 s: the run is started, not awaited.
                .contains("aws lambda invoke --function-name lifeboat-backup --invocation-type Event --profile prod "
                        + "--region eu-west-1 /dev/null")
                .contains("aws logs tail /aws/lambda/lifeboat-backup --follow");
        assertThat(new DeployCommands(null, "us-east-1", "1", List.of(), BackupSettings.defaults(BackupConvention.DEFAULT))
                .script()).doesNotContain("--profile");
        // Every parameter the commands override is one the template declares.
        assertThat(map(template.get("Parameters")).keySet()).contains("CodeBucket", "CodeKey", "Regions",
                "DefaultRetentionDays", "KeepNewest", "CopiedTags", "PolicyName", "Prune", "AlarmEmail");
    }
}
