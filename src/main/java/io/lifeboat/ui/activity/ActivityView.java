package io.lifeboat.ui.activity;

import io.lifeboat.ui.common.Fxml;
import io.lifeboat.ui.shell.ViewContext;
import javafx.scene.Node;

/** Builds the Activity destination. */
public final class ActivityView {

    private ActivityView() {
    }

    public static Node create(ViewContext context) {
        ActivityViewModel model = new ActivityViewModel(context.app().core().tasks(), context.app().core(),
                context.app().monitor());
        return Fxml.load(ActivityView.class.getResource("activity.fxml"), new ActivityController(model));
    }
}
