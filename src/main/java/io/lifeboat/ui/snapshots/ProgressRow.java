package io.lifeboat.ui.snapshots;

/**
 * One piece of work under way in the Snapshots view: a snapshot being taken, a copy in another region.
 *
 * @param key what identifies it across updates (a snapshot or source snapshot id)
 * @param resource the snapshot made (the copy's id once started)
 */
public record ProgressRow(String key, String what, String resource, String state, int percent) {

    public boolean finished() {
        return state.equals("completed") || state.equals("failed") || state.equals("not started") || state.equals("error");
    }
}
