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

/** An organization users belong to (V3). */
@Entity
@Table(
        name = "organizations",
        uniqueConstraints = @UniqueConstraint(name = "organizations_name_key", columnNames = "name"))
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id; // null until the entity is saved

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, columnDefinition = "timestamp with time zone default current_timestamp")
    private OffsetDateTime createdAt;
}
