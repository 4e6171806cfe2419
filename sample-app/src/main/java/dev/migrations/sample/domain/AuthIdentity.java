package dev.migrations.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.jspecify.annotations.Nullable;

/** One way a user signs in (V2). */
@Entity
@Table(
        name = "auth_identities",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "auth_identities_provider_subject",
                        columnNames = {"provider", "subject"}))
public class AuthIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id; // null until the entity is saved

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "auth_identities_user_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Column(nullable = false, length = 50)
    private String provider;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, columnDefinition = "timestamp with time zone default current_timestamp")
    private OffsetDateTime createdAt;
}
