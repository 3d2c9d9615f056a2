package io.lifeboat.ui.shell;

import io.lifeboat.aws.ConnectionSpec;
import io.lifeboat.aws.KnownRegions;
import io.lifeboat.aws.Problem;
import io.lifeboat.aws.credentials.AwsProfile;
import io.lifeboat.aws.credentials.ProfileCatalog;
import io.lifeboat.ui.common.DialogService;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The connection form: a profile from {@code ~/.aws}, the default chain, or the sandbox; a region;
 * an optional endpoint; read-only. A failed attempt stays on screen with its fix and the offer to
 * open the sandbox instead.
 */
public final class ConnectionController {

    @FXML private ToggleGroup source;
    @FXML private RadioButton profileChoice;
    @FXML private RadioButton chainChoice;
    @FXML private RadioButton sandboxChoice;
    @FXML private ComboBox<AwsProfile> profiles;
    @FXML private Label profileDetail;
    @FXML private ComboBox<String> region;
    @FXML private TextField endpoint;
    @FXML private CheckBox readOnly;
    @FXML private VBox problemBox;
    @FXML private Label problemMessage;
    @FXML private Label problemFix;
    @FXML private Button copyFix;
    @FXML private ProgressIndicator busy;
    @FXML private Label busyText;

    private final ProfileCatalog catalog;
    private final ConnectionSpec current;
    private final DialogService dialogs;
    private Runnable sandboxRequested = () -> { };

    public ConnectionController(ProfileCatalog catalog, ConnectionSpec current, DialogService dialogs) {
        this.catalog = catalog;
        this.current = current;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        List<AwsProfile> found = loadProfiles();
        profiles.getItems().setAll(found);
        profiles.setCellFactory(list -> new ProfileCell());
        profiles.setButtonCell(new ProfileCell());
        profiles.valueProperty().addListener((obs, was, now) -> describe(now));
        profiles.disableProperty().bind(profileChoice.selectedProperty().not());
        profileChoice.setDisable(found.isEmpty());
        region.getItems().setAll(KnownRegions.all());
        if (current != null) {
            region.setValue(current.region());
            readOnly.setSelected(current.readOnly());
            endpoint.setText(current.endpoint() == null ? "" : current.endpoint().toString());
            switch (current.kind()) {
                case SANDBOX -> sandboxChoice.setSelected(true);
                case DEFAULT_CHAIN -> chainChoice.setSelected(true);
                case PROFILE -> {
                    profileChoice.setSelected(true);
                    found.stream().filter(p -> p.name().equals(current.profile())).findFirst().ifPresent(profiles::setValue);
                }
            }
        } else {
            region.setValue(ConnectionSpec.SANDBOX_REGION);
            (found.isEmpty() ? sandboxChoice : profileChoice).setSelected(true);
        }
        if (profiles.getValue() == null && !found.isEmpty()) {
            profiles.setValue(found.get(0));
        }
        copyFix.managedProperty().bind(copyFix.visibleProperty());
    }

    private List<AwsProfile> loadProfiles() {
        try {
            return catalog.profiles();
        } catch (RuntimeException e) {
            profileDetail.setText("Could not read ~/.aws: " + e.getMessage());
            return List.of();
        }
    }

    private void describe(AwsProfile profile) {
        if (profile == null) {
            profileDetail.setText("");
            return;
        }
        StringBuilder text = new StringBuilder(profile.kind().label());
        if (!profile.detail().isBlank()) {
            text.append(": ").append(profile.detail());
        }
        if (profile.mfa()) {
            text.append(" (asks for an MFA code)");
        }
        profileDetail.setText(text.toString());
        if (profile.region() != null) {
            region.setValue(profile.region());
        }
    }

    /** The connection the form describes, or a message saying what is missing. */
    public Optional<ConnectionSpec> spec() {
        String chosenRegion = region.getEditor().getText() == null || region.getEditor().getText().isBlank()
                ? region.getValue() : region.getEditor().getText().trim();
        if (chosenRegion == null || !chosenRegion.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            show(new Problem(Problem.Kind.INVALID_INPUT, "InvalidRegion",
                    "\"" + chosenRegion + "\" is not a region name.", "Pick one from the list, e.g. eu-west-3."));
            return Optional.empty();
        }
        URI endpointUri = null;
        String endpointText = endpoint.getText() == null ? "" : endpoint.getText().trim();
        if (!endpointText.isEmpty()) {
            try {
                endpointUri = URI.create(endpointText);
                if (endpointUri.getScheme() == null || endpointUri.getHost() == null) {
                    throw new IllegalArgumentException("no scheme or host");
                }
            } catch (IllegalArgumentException e) {
                show(new Problem(Problem.Kind.INVALID_INPUT, "InvalidEndpoint",
                        "\"" + endpointText + "\" is not a URL.", "Write it as http://host:port."));
                return Optional.empty();
            }
        }
        if (sandboxChoice.isSelected()) {
            return Optional.of(ConnectionSpec.sandbox(chosenRegion, readOnly.isSelected()));
        }
        if (chainChoice.isSelected()) {
            return Optional.of(ConnectionSpec.defaultChain(chosenRegion, endpointUri, readOnly.isSelected()));
        }
        AwsProfile profile = profiles.getValue();
        if (profile == null) {
            show(new Problem(Problem.Kind.INVALID_INPUT, "NoProfile", "Choose a profile.", null));
            return Optional.empty();
        }
        return Optional.of(ConnectionSpec.profile(profile.name(), chosenRegion, endpointUri, readOnly.isSelected()));
    }

    public void busy(String text) {
        busy.setVisible(true);
        busyText.setText(text);
        problemBox.setVisible(false);
        problemBox.setManaged(false);
    }

    public void show(Problem problem) {
        busy.setVisible(false);
        busyText.setText("");
        problemMessage.setText(problem.message());
        problemFix.setText(problem.fix() == null ? "" : problem.fix());
        copyFix.setVisible(problem.fix() != null && problem.fix().contains("aws "));
        problemBox.setVisible(true);
        problemBox.setManaged(true);
    }

    public void onSandboxRequested(Runnable action) {
        this.sandboxRequested = action;
    }

    @FXML
    private void copyFix() {
        String fix = problemFix.getText();
        int command = fix.indexOf("aws ");
        dialogs.copyToClipboard(command >= 0 ? fix.substring(command).replaceAll("[).,]+$", "") : fix);
    }

    @FXML
    private void openSandbox() {
        sandboxChoice.setSelected(true);
        sandboxRequested.run();
    }

    private static final class ProfileCell extends ListCell<AwsProfile> {
        @Override
        protected void updateItem(AwsProfile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.name() + "   \u2014 " + item.kind().label() + (item.region() == null ? "" : ", " + item.region()));
        }
    }
}
