package dev.migrations.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A user as the code sees it. The table is created by the migrations (V1, V4); SampleAutogenerateIT checks that these
 * mappings want exactly that table, the way {@code alembic check} does in CI.
 */
@Entity
@Table(name = "users", uniqueConstraints = @UniqueConstraint(name = "users_email_key", columnNames = "email"))
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id; // null until the entity is saved

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, columnDefinition = "timestamp with time zone default current_timestamp")
    private OffsetDateTime createdAt;

    @Column(length = 200)
    private @Nullable String displayName;

    public @Nullable Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public @Nullable String getDisplayName() {
        return displayName;
    }
}
