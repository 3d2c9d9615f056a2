package io.lifeboat.ui.commands;

import io.lifeboat.app.CommandTemplateStore;
import io.lifeboat.app.Session;
import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.CommandRequest;
import io.lifeboat.commands.CommandTemplate;
import io.lifeboat.commands.DocumentDefinition;
import io.lifeboat.commands.FleetInstance;
import io.lifeboat.commands.ParameterForm;
import io.lifeboat.commands.TagTarget;
import io.lifeboat.commands.TargetPreview;
import io.lifeboat.commands.TargetResolver;
import io.lifeboat.commands.Targets;
import io.lifeboat.tasks.TaskRunner;
import io.lifeboat.tasks.TaskSpec;
import io.lifeboat.ui.common.DialogService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * Composing a command: the document's parameters (checked as they are typed), the targets by tag or
 * picked from the fleet, the options, a preview of who matches and who would never be reached (local
 * work over the fleet already loaded), then a review and a confirmation (the count typed above the
 * threshold) before anything is sent. Templates save and restore all of it.
 */
public final class ComposeViewModel {

    public enum TargetMode { TAGS, INSTANCES }

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final IntSupplier confirmTypingAbove;
    private final CommandTemplateStore templateStore;
    private final Supplier<Session> session;
    private final Supplier<String> region;
    private final ObservableList<FleetInstance> fleet;
    private final BooleanProperty ssmKnown;
    private final CommandWatchViewModel watch;
    private final ObjectProperty<DocumentDefinition> document = new SimpleObjectProperty<>();
    private final ObservableMap<String, String> parameterProblems = FXCollections.observableHashMap();
    private final ObjectProperty<TargetMode> targetMode = new SimpleObjectProperty<>(TargetMode.TAGS);
    private final ObservableList<TagRow> tagRows = FXCollections.observableArrayList(TagRow::observables);
    private final ObservableSet<String> picked = FXCollections.observableSet();
    private final OptionsForm options = new OptionsForm();
    private final ObjectProperty<TargetPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObservableList<CommandTemplate> templates = FXCollections.observableArrayList();
    private ParameterForm form;

    ComposeViewModel(TaskRunner tasks, DialogService dialogs, IntSupplier confirmTypingAbove,
                     CommandTemplateStore templateStore, Supplier<Session> session, Supplier<String> region,
                     ObservableList<FleetInstance> fleet, BooleanProperty ssmKnown, CommandWatchViewModel watch) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.confirmTypingAbove = confirmTypingAbove;
        this.templateStore = templateStore;
        this.session = session;
        this.region = region;
        this.fleet = fleet;
        this.ssmKnown = ssmKnown;
        this.watch = watch;
        tagRows.add(new TagRow("", ""));
        tagRows.addListener((javafx.collections.ListChangeListener<TagRow>) c -> update());
        picked.addListener((javafx.collections.SetChangeListener<String>) c -> update());
        targetMode.addListener((obs, was, now) -> update());
        fleet.addListener((javafx.collections.ListChangeListener<FleetInstance>) c -> update());
        for (javafx.beans.Observable field : options.observables()) {
            field.addListener(o -> update());
        }
    }

    /** A document was chosen: a fresh form with its defaults. */
    void documentChosen(DocumentDefinition definition) {
        form = new ParameterForm(definition);
        // Documents are values: choosing the same one again must still rebuild the form's fields.
        document.set(null);
        document.set(definition);
        update();
    }

    public void setParameter(String name, String text) {
        if (form != null) {
            form.setText(name, text);
            update();
        }
    }

    public String parameterText(String name) {
        return form == null ? "" : form.text(name);
    }

    public void addTagRow() {
        tagRows.add(new TagRow("", ""));
    }

    public void removeTagRow(TagRow row) {
        tagRows.remove(row);
        if (tagRows.isEmpty()) {
            tagRows.add(new TagRow("", ""));
        }
    }

    public void pick(String instanceId, boolean chosen) {
        if (chosen) {
            picked.add(instanceId);
        } else {
            picked.remove(instanceId);
        }
    }

    /** Re-checks the parameters, the targets and the options, and recomputes the preview: local and quick. */
    void update() {
        parameterProblems.clear();
        List<String> blocking = new ArrayList<>();
        if (form == null) {
            blocking.add("Choose a document.");
        } else {
            parameterProblems.putAll(form.problems());
            form.problems().forEach((name, why) -> blocking.add("Parameter " + name + ": " + why));
        }
        Targets targets = null;
        try {
            targets = targets();
        } catch (IllegalArgumentException e) {
            blocking.add(e.getMessage());
        }
        blocking.addAll(options.problems());
        TargetPreview next = targets == null ? null : TargetResolver.preview(fleet, targets,
                form == null ? List.of() : form.document().platformTypes(), ssmKnown.get());
        preview.set(next);
        if (next != null && next.targetCount() == 0) {
            blocking.add("No instance would run it: " + next.summary() + ".");
        }
        problems.setAll(blocking);
    }

    private Targets targets() {
        if (targetMode.get() == TargetMode.INSTANCES) {
            return new Targets.ByInstances(fleet.stream().map(FleetInstance::id).filter(picked::contains).toList());
        }
        List<TagTarget> conditions = tagRows.stream().filter(r -> !r.blank()).map(TagRow::target).toList();
        return new Targets.ByTags(conditions);
    }

    /**
     * Shows the review; above the threshold the user types the target count. Confirmed, it sends (a
     * mutating task: read-only mode refuses it in the client layer) and hands the command to the watch.
     */
    public void reviewAndSend() {
        update();
        TargetPreview targets = preview.get();
        Session current = session.get();
        String where = region.get();
        if (!problems.isEmpty() || targets == null || current == null || sending.get()) {
            if (!problems.isEmpty()) {
                dialogs.showInformation("Not ready to send", String.join("\n", problems));
            }
            return;
        }
        CommandOptions chosen = options.options();
        CommandRequest request = new CommandRequest(form.document().name(), null, form.toSend(), targets.targets(),
                chosen);
        SendPlan plan = SendPlan.of(request, targets, options.canaryCount());
        String review = CommandReview.text(form.document(), form, targets, chosen, plan, where);
        int count = targets.targetCount();
        String title = "Send " + request.documentName() + " to " + count + (count == 1 ? " instance?" : " instances?");
        boolean confirmed = count > confirmTypingAbove.getAsInt()
                ? dialogs.confirmByTyping(title, review, Integer.toString(count))
                : dialogs.confirm(title, review, "Send to " + count);
        if (confirmed) {
            sending.set(true);
            watch.send(current, where, plan, () -> sending.set(false));
        }
    }

    /** Saves what is composed under {@code name} (local store). */
    public void saveTemplate(String name) {
        if (form == null || name == null || name.isBlank()) {
            return;
        }
        Targets targets;
        try {
            targets = targets();
        } catch (IllegalArgumentException e) {
            targets = null;
        }
        CommandOptions chosen = options.options() == null ? CommandOptions.DEFAULT : options.options();
        CommandRequest request = new CommandRequest(form.document().name(), null, form.toSend(), targets, chosen);
        CommandTemplate template = CommandTemplate.of(name, request, Math.max(0, options.canaryCount()),
                Clock.systemUTC().instant());
        tasks.submit(TaskSpec.titled("Save Run Command template " + name).local()
                .body(context -> {
                    templateStore.save(template);
                    return templateStore.all();
                })
                .onSuccess(templates::setAll)
                .build());
    }

    public void loadTemplates() {
        tasks.submit(TaskSpec.titled("Read Run Command templates").local()
                .body(context -> templateStore.all())
                .onSuccess(templates::setAll)
                .build());
    }

    /** Fills the form from a template: its document is read again, then its values, targets and options. */
    public void apply(CommandTemplate template, DocumentPickerViewModel documents) {
        documents.choose(template.documentName(), chosen -> fill(template));
    }

    private void fill(CommandTemplate template) {
        template.parameters().forEach((name, values) -> {
            if (form.document().parameter(name).isPresent()) {
                form.setValues(name, values);
            }
        });
        Targets targets = template.targets();
        if (targets instanceof Targets.ByInstances ids) {
            targetMode.set(TargetMode.INSTANCES);
            picked.clear();
            picked.addAll(ids.instanceIds());
        } else if (targets instanceof Targets.ByTags tags) {
            targetMode.set(TargetMode.TAGS);
            tagRows.setAll(tags.conditions().stream().map(c -> new TagRow(c.key(), String.join(",", c.values()))).toList());
        }
        options.load(template.options(), template.canary());
        document.set(null);
        document.set(form.document());
        update();
    }

    void clear() {
        form = null;
        document.set(null);
        picked.clear();
        update();
    }

    public ObjectProperty<DocumentDefinition> documentProperty() {
        return document;
    }

    public ObservableMap<String, String> parameterProblems() {
        return parameterProblems;
    }

    public ObjectProperty<TargetMode> targetModeProperty() {
        return targetMode;
    }

    public ObservableList<TagRow> tagRows() {
        return tagRows;
    }

    public ObservableSet<String> picked() {
        return picked;
    }

    public OptionsForm options() {
        return options;
    }

    public ObjectProperty<TargetPreview> previewProperty() {
        return preview;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanProperty sendingProperty() {
        return sending;
    }

    public ObservableList<CommandTemplate> templates() {
        return templates;
    }
}
