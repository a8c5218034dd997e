package dev.playlens.app.models;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Reads the runs from the registry, shows one, compares several, and promotes a version to current. */
public final class LeaderboardController {
    private final ModelsModel model;
    private final RunStore runs;
    private final ScreenJobs jobs;
    private final RunComparison comparison = new RunComparison(1000, 42);

    LeaderboardController(ModelsModel model, RunStore runs, ScreenJobs jobs) {
        this.model = model;
        this.runs = runs;
        this.jobs = jobs;
    }

    public void refresh() {
        refreshAndShow(null);
    }

    /** Re-reads the registry; {@code ref} (NAME:VERSION) becomes the run shown in Results when given. */
    void refreshAndShow(String ref) {
        jobs.start("Reading the model registry", ctx -> runs.runs(), list -> {
            model.runs.setAll(list);
            if (ref != null) list.stream().filter(r -> r.ref().equals(ref)).findFirst().ifPresent(model.shownRun::set);
            else if (model.shownRun.get() != null) {
                String shown = model.shownRun.get().ref();
                list.stream().filter(r -> r.ref().equals(shown)).findFirst().ifPresent(model.shownRun::set);
            } else {
                // Reopening a workspace shows the newest current model rather than an empty page.
                list.stream().filter(RunRecord::current).findFirst().ifPresent(model.shownRun::set);
            }
        });
    }

    public void show(RunRecord run) {
        if (run != null) model.shownRun.set(run);
    }

    /** Overlays the runs' curves and gives each run's AUC difference to the oldest one picked. */
    public void compare(List<RunRecord> picked) {
        if (picked.size() < 2) {
            jobs.reject("Pick two or more runs to compare (Ctrl+click).");
            return;
        }
        // The oldest run picked is the baseline the others are measured against.
        List<RunRecord> chosen = picked.stream().sorted(Comparator.comparing(
                (RunRecord r) -> String.valueOf(r.metadata().createdAt())).thenComparing(RunRecord::ref)).toList();
        jobs.start("Comparing runs", ctx -> comparison.compare(chosen, ctx), rows -> {
            model.compared.setAll(chosen);
            model.comparison.setAll(rows);
            model.status.set(rows.stream().map(r -> r.paired()
                    ? String.format(Locale.ROOT, "%s − %s: ΔAUC %+.3f [%+.3f, %+.3f]", r.other(), r.reference(),
                    r.difference(), r.lower(), r.upper())
                    : String.format(Locale.ROOT, "%s − %s: ΔAUC %+.3f (different test rows)", r.other(),
                    r.reference(), r.difference())).reduce((a, b) -> a + "; " + b).orElse(""));
        });
    }

    public void promote(RunRecord run) {
        if (run == null) {
            jobs.reject("Pick the run to promote.");
            return;
        }
        jobs.start("Promoting " + run.ref(), ctx -> {
            runs.promote(run.name(), run.version());
            return runs.runs();
        }, list -> {
            model.runs.setAll(list);
            model.status.set(run.ref() + " is now the current " + run.name() + ".");
        });
    }
}
