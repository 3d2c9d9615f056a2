package io.lifeboat.ui;

import io.lifeboat.aws.Problem;
import io.lifeboat.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs for view-model tests: answers every confirmation with {@link #answer}, and remembers what was asked. */
public final class RecordingDialogs implements DialogService {

    public final List<String> asked = new ArrayList<>();
    public final List<String> links = new ArrayList<>();
    public boolean answer;
    public Path saveTo;
    public String clipboard;

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        asked.add("confirm: " + title + " [" + confirmLabel + "]");
        return answer;
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected) {
        asked.add("type " + expected + ": " + title);
        return answer;
    }

    @Override
    public void showProblem(String title, Problem problem) {
        asked.add("problem: " + problem.text());
    }

    @Override
    public void showInformation(String title, String message) {
        asked.add("info: " + title);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
        asked.add("save: " + suggestedName);
        return Optional.ofNullable(saveTo);
    }

    @Override
    public void openLink(String url) {
        links.add(url);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard = text;
    }
}
