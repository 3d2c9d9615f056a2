package io.lifeboat.app;

import io.lifeboat.commands.CommandTemplate;
import java.util.List;

/**
 * Run Command templates saved on this machine. Every method reads or writes the store: call them in a
 * task, never on the UI thread.
 */
public interface CommandTemplateStore {

    /** Saves under the template's name, replacing one of the same name. */
    void save(CommandTemplate template);

    /** By name. */
    List<CommandTemplate> all();

    void delete(String name);
}
