package dev.playlens.app.publish;

/**
 * One target's row in "current version per target": the version readers see now ({@code null} when nothing was
 * published there), and for the cache the version one click switches {@code current} to: the newest older version
 * whose keys are still there, else (after a rollback) the newest newer one; {@code null} when there is none.
 */
public record TargetState(String target, boolean cache, Integer current, Integer switchTo, String note) {

    public String currentText() {
        return current == null ? "—" : "v" + current;
    }

    /** "Roll back to v1" or, after a rollback, "Switch to v2". */
    public String switchText() {
        if (switchTo == null) return "";
        return (current != null && switchTo < current ? "Roll back to v" : "Switch to v") + switchTo;
    }
}
