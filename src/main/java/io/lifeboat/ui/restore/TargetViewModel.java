package io.lifeboat.ui.restore;

import io.lifeboat.app.Session;
import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.restore.DbIdentifiers;
import io.lifeboat.restore.NewInstance;
import io.lifeboat.restore.RestorePlans;
import io.lifeboat.restore.RestoreType;
import io.lifeboat.restore.TargetOptions;
import io.lifeboat.restore.TargetSettings;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard's target step: the new identifier (checked as typed), the restore type, and every setting
 * copied from the source and editable, the instances to create included. The choices (subnet groups,
 * the VPC's security groups, parameter groups) are read in a task when the step opens.
 */
public final class TargetViewModel {

    private final TaskRunner tasks;
    private final Object optionsSlot = new Object();
    private final Object groupsSlot = new Object();
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty idProblem = new SimpleStringProperty("");
    private final ObjectProperty<RestoreType> type = new SimpleObjectProperty<>(RestoreType.FULL_COPY);
    private final ObservableList<TargetOptions.SubnetGroup> subnetGroups = FXCollections.observableArrayList();
    private final StringProperty subnetGroup = new SimpleStringProperty();
    private final ObservableList<TargetOptions.SecurityGroup> availableGroups = FXCollections.observableArrayList();
    private final ObservableList<String> securityGroups = FXCollections.observableArrayList();
    private final ObservableList<String> clusterParameterGroups = FXCollections.observableArrayList();
    private final StringProperty clusterParameterGroup = new SimpleStringProperty();
    private final ObservableList<String> instanceParameterGroups = FXCollections.observableArrayList();
    private final StringProperty instanceParameterGroup = new SimpleStringProperty();
    private final StringProperty kmsKeyId = new SimpleStringProperty();
    private final StringProperty port = new SimpleStringProperty("");
    private final BooleanProperty deletionProtection = new SimpleBooleanProperty();
    private final BooleanProperty copyTagsToSnapshot = new SimpleBooleanProperty();
    private final StringProperty tags = new SimpleStringProperty("");
    private final IntegerProperty instances = new SimpleIntegerProperty(1);
    private final StringProperty instanceClass = new SimpleStringProperty("");
    private final StringProperty instanceNames = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private ClusterSummary source;
    private Session session;
    private boolean preparing;

    public TargetViewModel(TaskRunner tasks) {
        this.tasks = tasks;
        id.addListener((obs, was, now) -> {
            idProblem.set(DbIdentifiers.problem(now).orElse(""));
            describeInstances();
        });
        instances.addListener((obs, was, now) -> describeInstances());
        instanceClass.addListener((obs, was, now) -> describeInstances());
        subnetGroup.addListener((obs, was, now) -> loadGroups(now));
    }

    /** A new source: everything as it has it, and its options read. */
    void prepare(Session on, ClusterSummary chosen) {
        session = on;
        source = chosen;
        TargetSettings copied = TargetSettings.copiedFrom(chosen);
        String suggested = chosen.id() + "-restored";
        id.set(suggested.length() > DbIdentifiers.MAX_LENGTH ? suggested.substring(0, DbIdentifiers.MAX_LENGTH) : suggested);
        type.set(RestoreType.FULL_COPY);
        subnetGroups.setAll(new TargetOptions.SubnetGroup(copied.subnetGroup(), chosen.settings().vpcId(), ""));
        availableGroups.clear();
        securityGroups.setAll(copied.securityGroupIds());
        clusterParameterGroups.setAll(copied.clusterParameterGroup() == null ? List.of() : List.of(copied.clusterParameterGroup()));
        clusterParameterGroup.set(copied.clusterParameterGroup());
        instanceParameterGroups.setAll(copied.instanceParameterGroup() == null ? List.of() : List.of(copied.instanceParameterGroup()));
        instanceParameterGroup.set(copied.instanceParameterGroup());
        kmsKeyId.set(copied.kmsKeyId());
        port.set(Integer.toString(copied.port()));
        deletionProtection.set(copied.deletionProtection());
        copyTagsToSnapshot.set(copied.copyTagsToSnapshot());
        tags.set(copied.tags().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n")));
        instances.set(chosen.cluster() ? Math.max(1, chosen.members().size()) : 1);
        instanceClass.set(chosen.settings().instanceClass() == null ? "" : chosen.settings().instanceClass());
        preparing = true;
        subnetGroup.set(copied.subnetGroup());
        preparing = false;
        loadOptions();
        describeInstances();
    }

    private void loadOptions() {
        Session on = session;
        ClusterSummary of = source;
        loading.set(true);
        tasks.submit(TaskSpec.titled("Read the subnet, security and parameter groups for " + of.id())
                .resources(List.of(of.region())).onlyLatest(optionsSlot)
                .<TargetOptions>body(context -> on.restoreTargets().options(of, context))
                .onSuccess(options -> {
                    subnetGroups.setAll(options.subnetGroups());
                    availableGroups.setAll(options.securityGroups());
                    if (!options.clusterParameterGroups().isEmpty()) {
                        clusterParameterGroups.setAll(options.clusterParameterGroups());
                    }
                    if (!options.instanceParameterGroups().isEmpty()) {
                        instanceParameterGroups.setAll(options.instanceParameterGroups());
                    }
                })
                .onFinished(() -> loading.set(false))
                .build());
    }

    /** Another subnet group may be another VPC: its security groups, and none chosen but those still there. */
    private void loadGroups(String name) {
        Session on = session;
        String vpc = subnetGroups.stream().filter(g -> g.name().equals(name)).map(TargetOptions.SubnetGroup::vpcId)
                .findFirst().orElse(null);
        if (preparing || on == null || vpc == null || availableGroups.stream().anyMatch(g -> g.vpcId().equals(vpc))) {
            return;
        }
        tasks.submit(TaskSpec.titled("Read the security groups of " + vpc).resources(List.of(vpc)).onlyLatest(groupsSlot)
                .<List<TargetOptions.SecurityGroup>>body(context -> on.restoreTargets().securityGroups(source.region(), vpc))
                .onSuccess(groups -> {
                    availableGroups.setAll(groups);
                    securityGroups.removeIf(id -> groups.stream().noneMatch(g -> g.id().equals(id)));
                })
                .build());
    }

    public void toggleSecurityGroup(String groupId, boolean chosen) {
        if (chosen && !securityGroups.contains(groupId)) {
            securityGroups.add(groupId);
        } else if (!chosen) {
            securityGroups.remove(groupId);
        }
    }

    /** Whether the source itself uses the group (then its being the VPC's default is no surprise). */
    public boolean sourceUses(String groupId) {
        return source != null && source.settings().securityGroupIds().contains(groupId);
    }

    /** The settings as typed; a port or tag line that cannot be read is a problem, listed by {@link #problems}. */
    TargetSettings settings() {
        return new TargetSettings(subnetGroup.get(), securityGroups, blankToNull(clusterParameterGroup.get()),
                blankToNull(instanceParameterGroup.get()), blankToNull(kmsKeyId.get()), portNumber(),
                deletionProtection.get(), copyTagsToSnapshot.get(), parsedTags());
    }

    List<NewInstance> newInstances() {
        String chosenClass = instanceClass.get() == null || instanceClass.get().isBlank() ? null : instanceClass.get().trim();
        boolean sourceClass = chosenClass != null && chosenClass.equals(source.settings().instanceClass());
        return RestorePlans.instances(source, DbIdentifiers.normalize(id.get()), instances.get(),
                sourceClass ? null : chosenClass);
    }

    /** What the form itself gets wrong (the plan's rules come on top). */
    List<String> formProblems() {
        List<String> problems = new ArrayList<>();
        if (portNumber() < 0) {
            problems.add("Port: '" + port.get() + "' is not a number.");
        }
        for (String line : tags.get().split("\\R")) {
            if (!line.isBlank() && line.indexOf('=') <= 0) {
                problems.add("Tag line '" + line.trim() + "' is not Key=Value.");
            }
        }
        return problems;
    }

    private void describeInstances() {
        if (source == null || !source.cluster()) {
            instanceNames.set("");
            return;
        }
        List<NewInstance> planned = newInstances();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            names.add(planned.get(i).id() + " (" + planned.get(i).instanceClass() + (i == 0 ? ", writer)" : ", reader)"));
        }
        instanceNames.set(String.join(", ", names));
    }

    private int portNumber() {
        try {
            return Integer.parseInt(port.get().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Map<String, String> parsedTags() {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String line : tags.get().split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                parsed.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return parsed;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    ClusterSummary source() {
        return source;
    }

    public StringProperty idProperty() { return id; }
    public StringProperty idProblemProperty() { return idProblem; }
    public ObjectProperty<RestoreType> typeProperty() { return type; }
    public ObservableList<TargetOptions.SubnetGroup> subnetGroups() { return subnetGroups; }
    public StringProperty subnetGroupProperty() { return subnetGroup; }
    public ObservableList<TargetOptions.SecurityGroup> availableGroups() { return availableGroups; }
    public ObservableList<String> securityGroups() { return securityGroups; }
    public ObservableList<String> clusterParameterGroups() { return clusterParameterGroups; }
    public StringProperty clusterParameterGroupProperty() { return clusterParameterGroup; }
    public ObservableList<String> instanceParameterGroups() { return instanceParameterGroups; }
    public StringProperty instanceParameterGroupProperty() { return instanceParameterGroup; }
    public StringProperty kmsKeyIdProperty() { return kmsKeyId; }
    public StringProperty portProperty() { return port; }
    public BooleanProperty deletionProtectionProperty() { return deletionProtection; }
    public BooleanProperty copyTagsToSnapshotProperty() { return copyTagsToSnapshot; }
    public StringProperty tagsProperty() { return tags; }
    public IntegerProperty instancesProperty() { return instances; }
    public StringProperty instanceClassProperty() { return instanceClass; }
    public StringProperty instanceNamesProperty() { return instanceNames; }
    public BooleanProperty loadingProperty() { return loading; }
}
