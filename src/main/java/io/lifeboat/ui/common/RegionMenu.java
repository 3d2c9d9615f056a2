package io.lifeboat.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * A menu button to choose several regions: one check item per enabled region (the chosen ones until
 * the enabled ones are known), "All enabled regions", and the choice applied when the menu closes.
 * Shared by the views that work on several regions at once (Volumes, Backups).
 */
public final class RegionMenu {

    private RegionMenu() {
    }

    /** Keeps {@code menu} in step with both lists; calls {@code choose} with the checked regions on close. */
    public static void bind(MenuButton menu, ObservableList<String> chosen, ObservableList<String> available,
                            Consumer<List<String>> choose) {
        Runnable rebuild = () -> items(menu, chosen, available);
        chosen.addListener((ListChangeListener<String>) c -> rebuild.run());
        available.addListener((ListChangeListener<String>) c -> rebuild.run());
        menu.setOnHidden(e -> choose.accept(menu.getItems().stream()
                .filter(i -> i instanceof CheckMenuItem check && check.isSelected() && i.getUserData() != null)
                .map(i -> (String) i.getUserData()).toList()));
        rebuild.run();
    }

    private static void items(MenuButton menu, List<String> chosen, List<String> available) {
        List<MenuItem> items = new ArrayList<>();
        MenuItem all = new MenuItem("All enabled regions");
        all.setOnAction(e -> menu.getItems().stream().filter(i -> i instanceof CheckMenuItem)
                .forEach(i -> ((CheckMenuItem) i).setSelected(true)));
        items.add(all);
        items.add(new SeparatorMenuItem());
        for (String region : available.isEmpty() ? List.copyOf(chosen) : available) {
            CheckMenuItem item = new CheckMenuItem(region);
            item.setUserData(region);
            item.setSelected(chosen.contains(region));
            items.add(item);
        }
        menu.getItems().setAll(items);
        menu.setText(chosen.size() == 1 ? chosen.get(0) : chosen.size() + " regions");
    }
}
