package dev.playlens.app.publish;

import dev.playlens.app.workspace.JsonFileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen's choices survive a restart through publish.json, with no secret written. */
class PublishSettingsBindingTest {
    @TempDir
    Path dir;

    @Test
    void choicesRoundTripThroughPublishJson() throws Exception {
        JsonFileStore<PublishSettings> store = new JsonFileStore<>(dir.resolve(PublishScreen.SETTINGS_FILE),
                PublishSettings.class, PublishSettings::empty);
        PublishModel before = new PublishModel();
        before.model.set("churn");
        before.version.set(3);
        before.dataKind.set(PublishSettings.DataKind.QUERY);
        before.data.set("SELECT * FROM player_features");
        before.idColumn.set("client_id");
        before.targets.add(new PublishModel.TargetItem("warehouse#predictions", true));
        before.targets.add(new PublishModel.TargetItem("redis://cache.internal:6379", false));
        before.ttlHours.set(6);
        new PublishSettingsBinding(before, store).save();

        PublishModel after = new PublishModel();
        new PublishSettingsBinding(after, store).load();
        assertThat(after.model.get()).isEqualTo("churn");
        assertThat(after.version.get()).isEqualTo(3);
        assertThat(after.dataKind.get()).isEqualTo(PublishSettings.DataKind.QUERY);
        assertThat(after.data.get()).isEqualTo("SELECT * FROM player_features");
        assertThat(after.idColumn.get()).isEqualTo("client_id");
        assertThat(after.targets).extracting(PublishModel.TargetItem::to)
                .containsExactly("warehouse#predictions", "redis://cache.internal:6379");
        assertThat(after.targets).extracting(t -> t.selected.get()).containsExactly(true, false);
        assertThat(after.ttlHours.get()).isEqualTo(6);
        assertThat(Files.readString(store.file())).doesNotContainIgnoringCase("password");
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        PublishModel model = new PublishModel();
        new PublishSettingsBinding(model, new JsonFileStore<>(dir.resolve("none.json"), PublishSettings.class,
                PublishSettings::empty)).load();
        assertThat(model.targets).isEmpty();
        assertThat(model.dataKind.get()).isEqualTo(PublishSettings.DataKind.TABLE);
        assertThat(model.ttlHours.get()).isEqualTo(24);
    }
}
