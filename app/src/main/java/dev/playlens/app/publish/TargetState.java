package dev.playlens.app.publish;

/**
 * One target's row in "current version per target": the version readers see now ({@code null} when nothing was
 * published there), and for the cache the version a rollback would switch back to ({@code null} when none is left).
 */
public record TargetState(String target, boolean cache, Integer current, Integer rollbackTo, String note) {

    public String currentText() {
        return current == null ? "—" : "v" + current;
    }
}
