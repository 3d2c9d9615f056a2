package io.lifeboat.ui.shell;

import io.lifeboat.ui.common.DialogService;

/** What every feature view is built with. */
public record ViewContext(AppModel app, DialogService dialogs, Navigator navigator) {
}
