package io.lifeboat.ui.commands;

import io.lifeboat.commands.CommandOptions;
import io.lifeboat.commands.RateControl;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The compose form's options as typed: comment, timeouts, rate control, outputs, notifications, canary. */
public final class OptionsForm {

    final StringProperty comment = new SimpleStringProperty("");
    final StringProperty deliveryTimeout = new SimpleStringProperty("");
    final StringProperty maxConcurrency = new SimpleStringProperty("50");
    final StringProperty maxErrors = new SimpleStringProperty("0");
    final StringProperty s3Bucket = new SimpleStringProperty("");
    final StringProperty s3Prefix = new SimpleStringProperty("");
    final StringProperty logGroup = new SimpleStringProperty("");
    final StringProperty snsTopic = new SimpleStringProperty("");
    final StringProperty snsRole = new SimpleStringProperty("");
    final StringProperty canary = new SimpleStringProperty("0");

    Observable[] observables() {
        return new Observable[]{comment, deliveryTimeout, maxConcurrency, maxErrors, s3Bucket,
                s3Prefix, logGroup, snsTopic, snsRole, canary};
    }

    /** The options, or {@code null} when a number does not read (see {@link #problems()}). */
    CommandOptions options() {
        Integer timeout = number(deliveryTimeout.get());
        if (timeout == null && !deliveryTimeout.get().isBlank()) {
            return null;
        }
        return new CommandOptions(comment.get(), timeout, new RateControl(maxConcurrency.get(), maxErrors.get()),
                s3Bucket.get(), s3Prefix.get(), logGroup.get(), snsTopic.get(), snsRole.get());
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!deliveryTimeout.get().isBlank() && number(deliveryTimeout.get()) == null) {
            problems.add("The delivery timeout is a number of seconds.");
        }
        CommandOptions options = options();
        if (options != null) {
            problems.addAll(options.problems());
        }
        if (canaryCount() < 0) {
            problems.add("The canary is a number of instances (0 for none).");
        }
        return problems;
    }

    /** How many instances run it first; 0 for no canary, -1 when it does not read. */
    int canaryCount() {
        if (canary.get().isBlank()) {
            return 0;
        }
        Integer n = number(canary.get());
        return n == null || n < 0 ? -1 : n;
    }

    void load(CommandOptions options, int canaryCount) {
        comment.set(options.comment());
        deliveryTimeout.set(options.deliveryTimeoutSeconds() == null ? "" : options.deliveryTimeoutSeconds().toString());
        maxConcurrency.set(options.rateControl().maxConcurrency());
        maxErrors.set(options.rateControl().maxErrors());
        s3Bucket.set(orEmpty(options.s3Bucket()));
        s3Prefix.set(orEmpty(options.s3KeyPrefix()));
        logGroup.set(orEmpty(options.cloudWatchLogGroup()));
        snsTopic.set(orEmpty(options.snsTopicArn()));
        snsRole.set(orEmpty(options.snsRoleArn()));
        canary.set(Integer.toString(canaryCount));
    }

    private static Integer number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty deliveryTimeoutProperty() {
        return deliveryTimeout;
    }

    public StringProperty maxConcurrencyProperty() {
        return maxConcurrency;
    }

    public StringProperty maxErrorsProperty() {
        return maxErrors;
    }

    public StringProperty s3BucketProperty() {
        return s3Bucket;
    }

    public StringProperty s3PrefixProperty() {
        return s3Prefix;
    }

    public StringProperty logGroupProperty() {
        return logGroup;
    }

    public StringProperty snsTopicProperty() {
        return snsTopic;
    }

    public StringProperty snsRoleProperty() {
        return snsRole;
    }

    public StringProperty canaryProperty() {
        return canary;
    }
}
