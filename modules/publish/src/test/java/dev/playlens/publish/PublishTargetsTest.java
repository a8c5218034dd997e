package dev.playlens.publish;

import dev.playlens.publish.batch.FileTarget;
import dev.playlens.publish.batch.JdbcConnectors;
import dev.playlens.publish.batch.JdbcTarget;
import dev.playlens.publish.batch.SqlDialect;
import dev.playlens.publish.cache.RedisTarget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishTargetsTest {
    private final PublishTargets targets = new PublishTargets(JdbcConnectors.fromEnvironment(Map.of()), Path.of("/tmp/scratch"));

    @Test
    void eachToFormMapsToItsTarget() {
        PublishTarget pg = targets.parse("jdbc:postgresql://db:5432/game?password=secret#predictions", null);
        assertThat(pg).isInstanceOf(JdbcTarget.class);
        assertThat(((JdbcTarget) pg).dialect()).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(pg.describe()).isEqualTo("jdbc:postgresql://db:5432/game#predictions").doesNotContain("secret");
        assertThat(((JdbcTarget) targets.parse("jdbc:mysql://rds:3306/g#p", null)).dialect()).isEqualTo(SqlDialect.MARIADB);
        assertThat(((JdbcTarget) targets.parse("jdbc:redshift://c:5439/dev#p", null)).dialect()).isEqualTo(SqlDialect.REDSHIFT);
        assertThat(((JdbcTarget) targets.parse("duckdb:/w/warehouse.duckdb#p", null)).dialect()).isEqualTo(SqlDialect.DUCKDB);
        PublishTarget redis = targets.parse("redis://cache:6380", Duration.ofMinutes(5));
        assertThat(redis).isInstanceOf(RedisTarget.class);
        assertThat(redis.describe()).isEqualTo("redis://cache:6380");
        assertThat(redis.isCache()).isTrue();
        assertThat(targets.parse("redis://cache", null).describe()).isEqualTo("redis://cache:6379");
        assertThat(targets.parse("file:/data/bucket", null)).isInstanceOf(FileTarget.class);
        assertThat(targets.parse("out/bucket", null)).isInstanceOf(FileTarget.class);
        PublishTarget s3 = targets.parse("s3://bucket/scores", null);
        assertThat(s3).isInstanceOf(FileTarget.class);
        assertThat(s3.describe()).isEqualTo("s3://bucket/scores");
        assertThat(targets.parse("azure://container/scores/daily", null).describe()).isEqualTo("azure://container/scores/daily");
        assertThat(FileTarget.prefix("churn", 3)).isEqualTo("predictions/churn/3/");
    }

    @Test
    void unsupportedOrBadTargetsAreNamed() {
        assertThatThrownBy(() -> targets.parse("s3:///x", null)).hasMessageContaining("no bucket/container in s3:///x");
        assertThatThrownBy(() -> targets.parse("ftp://host/x", null)).hasMessageContaining("unknown target");
        assertThatThrownBy(() -> targets.parse("redis://cache:6379", Duration.ZERO)).hasMessageContaining("--ttl");
        assertThatThrownBy(() -> targets.parse("jdbc:postgresql://db/g#x;drop", null)).hasMessageContaining("not a valid table name");
    }
}
