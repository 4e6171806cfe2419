package dev.migrations.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.support.GenericApplicationContext;

class MigrationsExitListenerTests {

    private final List<Integer> statuses = new ArrayList<>();

    @Test
    void migrateAndExitClosesTheContextAndExitsWithZero() {
        GenericApplicationContext context = started();
        new MigrationsExitListener(MigrationsMode.MIGRATE_AND_EXIT, this.statuses::add)
                .onApplicationEvent(event(context));
        assertThat(this.statuses).containsExactly(0);
        assertThat(context.isActive()).isFalse();
    }

    @Test
    void repairExitsToo() {
        new MigrationsExitListener(MigrationsMode.REPAIR, this.statuses::add).onApplicationEvent(event(started()));
        assertThat(this.statuses).containsExactly(0);
    }

    @Test
    void otherModesKeepRunning() {
        for (MigrationsMode mode : List.of(MigrationsMode.MIGRATE, MigrationsMode.VALIDATE, MigrationsMode.NONE)) {
            GenericApplicationContext context = started();
            new MigrationsExitListener(mode, this.statuses::add).onApplicationEvent(event(context));
            assertThat(context.isActive()).isTrue();
            context.close();
        }
        assertThat(this.statuses).isEmpty();
    }

    private static GenericApplicationContext started() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        return context;
    }

    private static ApplicationStartedEvent event(GenericApplicationContext context) {
        return new ApplicationStartedEvent(new SpringApplication(), new String[0], context, Duration.ZERO);
    }
}
