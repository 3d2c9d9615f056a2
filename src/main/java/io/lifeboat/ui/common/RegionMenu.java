package io.lifeboat.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;

/**
 * The menu button every view chooses its regions with, over a {@link RegionSelection}: one item per
 * enabled region (the chosen ones until the enabled ones are known). To choose several, check items
 * (or "All enabled regions"); the choice applies when the menu closes. To choose one, pick it.
 */
public final class RegionMenu {

    private RegionMenu() {
    }

    public static void bind(MenuButton menu, RegionSelection selection) {
        Runnable rebuild = () -> items(menu, selection);
        selection.chosen().addListener((ListChangeListener<String>) c -> rebuild.run());
        selection.available().addListener((ListChangeListener<String>) c -> rebuild.run());
        menu.setMinWidth(Region.USE_PREF_SIZE);
        if (selection.mode() == RegionSelection.Mode.SEVERAL) {
            menu.setOnHidden(e -> selection.choose(menu.getItems().stream()
                    .filter(i -> i instanceof CheckMenuItem check && check.isSelected())
                    .map(i -> (String) i.getUserData()).toList()));
        }
        rebuild.run();
    }

    private static void items(MenuButton menu, RegionSelection selection) {
        List<String> chosen = selection.chosen();
        List<MenuItem> items = new ArrayList<>();
        ToggleGroup one = new ToggleGroup();
        if (selection.mode() == RegionSelection.Mode.SEVERAL) {
            MenuItem all = new MenuItem("All enabled regions");
            all.setOnAction(e -> menu.getItems().stream().filter(i -> i instanceof CheckMenuItem)
                    .forEach(i -> ((CheckMenuItem) i).setSelected(true)));
            items.add(all);
            items.add(new SeparatorMenuItem());
        }
        for (String region : selection.available().isEmpty() ? chosen : selection.available()) {
            MenuItem item;
            if (selection.mode() == RegionSelection.Mode.SEVERAL) {
                CheckMenuItem check = new CheckMenuItem(region);
                check.setSelected(chosen.contains(region));
                item = check;
            } else {
                RadioMenuItem radio = new RadioMenuItem(region);
                radio.setToggleGroup(one);
                radio.setSelected(chosen.contains(region));
                radio.setOnAction(e -> selection.choose(List.of(region)));
                item = radio;
            }
            item.setUserData(region);
            items.add(item);
        }
        menu.getItems().setAll(items);
        menu.setText(selection.label());
    }
}
