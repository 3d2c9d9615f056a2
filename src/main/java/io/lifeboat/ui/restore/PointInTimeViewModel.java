package io.lifeboat.ui.restore;

import io.lifeboat.aws.ProblemException;
import io.lifeboat.restore.ClusterSummary;
import io.lifeboat.restore.RestoreTime;
import io.lifeboat.restore.RestoreWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The wizard's point-in-time step: the latest restorable time, or a time chosen on the window's bar or
 * typed, in UTC or in the local zone as the user says, and always shown in both side by side. A time
 * outside the window is refused here, with the window's bounds, by the service's own check: nothing
 * is asked of AWS.
 */
public final class PointInTimeViewModel {

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss zzz");

    private final ZoneId zone;
    private final BooleanProperty latest = new SimpleBooleanProperty(true);
    private final ObjectProperty<Instant> chosen = new SimpleObjectProperty<>();
    private final StringProperty typed = new SimpleStringProperty("");
    private final BooleanProperty typedInUtc = new SimpleBooleanProperty();
    private final StringProperty utcText = new SimpleStringProperty("");
    private final StringProperty localText = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<RestoreWindow> window = new SimpleObjectProperty<>();

    public PointInTimeViewModel(ZoneId zone) {
        this.zone = zone;
        latest.addListener((obs, was, now) -> refresh());
        chosen.addListener((obs, was, now) -> refresh());
    }

    /** A new source: the latest restorable time, with an hour before it ready to pick. */
    void reset(ClusterSummary source) {
        window.set(source.window());
        latest.set(true);
        Instant start = source.latestRestorableTime() == null ? null
                : source.window().lastSecond().minus(Duration.ofHours(1));
        if (start != null && source.earliestRestorableTime() != null && start.isBefore(source.earliestRestorableTime())) {
            start = source.window().firstSecond();
        }
        choose(start);
        latest.set(true);
        refresh();
    }

    /** A time picked on the bar. */
    public void choose(Instant time) {
        latest.set(false);
        chosen.set(time);
        typed.set(time == null ? "" : TYPED.format(time.atZone(typedInUtc.get() ? ZoneOffset.UTC : zone)));
    }

    /** The typed text, read in UTC or in the local zone; a local time the clocks skip or pass twice is refused. */
    public void applyTyped() {
        try {
            LocalDateTime local = LocalDateTime.parse(typed.get().trim(), TYPED);
            RestoreTime time = typedInUtc.get() ? RestoreTime.of(local.toInstant(ZoneOffset.UTC))
                    : RestoreTime.local(local, zone);
            latest.set(false);
            chosen.set(time.at());
        } catch (DateTimeParseException e) {
            problem.set("Type the time as " + TYPED.format(LocalDateTime.of(2025, 3, 10, 9, 30)) + ".");
        } catch (ProblemException e) {
            problem.set(e.problem().text());
        }
    }

    /** Whether the step's time can be restored to; if not, {@link #problemProperty} says why, with the window. */
    boolean validate() {
        refresh();
        return problem.get().isEmpty();
    }

    RestoreTime restoreTime() {
        return latest.get() || chosen.get() == null ? RestoreTime.latestRestorable() : RestoreTime.of(chosen.get());
    }

    private void refresh() {
        RestoreWindow current = window.get();
        Instant shown = latest.get() ? current == null || current.latest() == null ? null : current.latest() : chosen.get();
        utcText.set(shown == null ? "" : TYPED.format(shown.atZone(ZoneOffset.UTC)) + " UTC");
        localText.set(shown == null ? "" : SHOWN.format(shown.atZone(zone)) + " (" + zone.getId() + ", UTC"
                + shown.atZone(zone).getOffset().getId().replace("Z", "+00:00") + ")");
        problem.set("");
        if (current != null) {
            try {
                current.check(restoreTime());
            } catch (ProblemException e) {
                problem.set(e.problem().text());
            }
        }
    }

    /** Where a time sits on the window's bar, 0 to 1 (outside the window: below 0 or above 1). */
    public double position(Instant time) {
        RestoreWindow current = window.get();
        if (current == null || !current.known() || time == null) {
            return -1;
        }
        double span = Duration.between(current.earliest(), current.latest()).toMillis();
        return span <= 0 ? 1 : Duration.between(current.earliest(), time).toMillis() / span;
    }

    /** The time at a position of the bar, to the second, inside the window. */
    public Instant timeAt(double position) {
        RestoreWindow current = window.get();
        double clamped = Math.max(0, Math.min(1, position));
        Instant time = current.earliest().plusMillis((long) (clamped * Duration.between(current.earliest(),
                current.latest()).toMillis())).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return time.isBefore(current.firstSecond()) ? current.firstSecond()
                : time.isAfter(current.lastSecond()) ? current.lastSecond() : time;
    }

    public ZoneId zone() {
        return zone;
    }

    public BooleanProperty latestProperty() {
        return latest;
    }

    public ObjectProperty<Instant> chosenProperty() {
        return chosen;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public BooleanProperty typedInUtcProperty() {
        return typedInUtc;
    }

    public StringProperty utcTextProperty() {
        return utcText;
    }

    public StringProperty localTextProperty() {
        return localText;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<RestoreWindow> windowProperty() {
        return window;
    }
}
