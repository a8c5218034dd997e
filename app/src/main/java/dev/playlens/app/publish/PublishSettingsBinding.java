package dev.playlens.app.publish;

import dev.playlens.app.workspace.JsonFileStore;

/** Copies the screen's choices between {@link PublishModel} and its {@code publish.json}. */
final class PublishSettingsBinding {
    private final PublishModel model;
    private final JsonFileStore<PublishSettings> store;

    PublishSettingsBinding(PublishModel model, JsonFileStore<PublishSettings> store) {
        this.model = model;
        this.store = store;
    }

    void load() {
        PublishSettings s = store.read();
        model.model.set(s.model());
        model.version.set(s.version());
        model.dataKind.set(s.dataKind());
        model.data.set(s.data() == null ? "" : s.data());
        model.idColumn.set(s.idColumn() == null ? "" : s.idColumn());
        model.targets.setAll(s.targets().stream().map(t -> new PublishModel.TargetItem(t.to(), t.selected())).toList());
        model.ttlHours.set((int) Math.min(Integer.MAX_VALUE, s.ttlHours()));
    }

    void save() {
        store.write(new PublishSettings(model.model.get(), model.version.get(), model.dataKind.get(), model.data.get(),
                model.idColumn.get(), model.targets.stream()
                .map(t -> new PublishSettings.TargetChoice(t.to, t.selected.get())).toList(), model.ttlHours.get()));
    }
}
