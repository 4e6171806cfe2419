package dev.migrations.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;

/** {@link dev.migrations.sample.domain.User} after a developer's change: a nickname, searched by an index. */
@Entity(name = "ChangedUser")
@Table(
        name = "users",
        uniqueConstraints = @UniqueConstraint(name = "users_email_key", columnNames = "email"),
        indexes = @Index(name = "users_nickname", columnList = "nickname"))
class ChangedUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 320)
    String email;

    @Column(nullable = false, columnDefinition = "timestamp with time zone default current_timestamp")
    OffsetDateTime createdAt;

    @Column(length = 200)
    String displayName;

    @Column(length = 50)
    String nickname;
}
