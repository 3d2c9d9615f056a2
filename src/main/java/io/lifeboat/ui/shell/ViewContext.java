package io.lifeboat.ui.shell;

import io.lifeboat.ui.common.DialogService;
import io.lifeboat.ui.common.RegionSelection;

/** What every feature view is built with. */
public record ViewContext(AppModel app, DialogService dialogs, Navigator navigator) {

    /** The region selection of the view {@code destination} (one of {@link Destinations}), remembered per account. */
    public RegionSelection regions(String destination, RegionSelection.Mode mode) {
        return new RegionSelection(destination, mode, app.core().tasks(), app.core().settings());
    }
}
