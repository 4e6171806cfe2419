package dev.migrations.boot.autoconfigure.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity whose table only a migration creates. */
@Entity
public class Book {

    @Id
    private Long id;

    private String title;

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
