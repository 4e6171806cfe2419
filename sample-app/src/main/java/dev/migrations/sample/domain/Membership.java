package dev.migrations.sample.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A user's role in an organization (V3; its user index is V5's). */
@Entity
@Table(name = "memberships", indexes = @Index(name = "memberships_user_id", columnList = "user_id"))
public class Membership {

    @EmbeddedId
    private Key id;

    @MapsId("organizationId")
    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id", foreignKey = @ForeignKey(name = "memberships_organization_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Organization organization;

    @MapsId("userId")
    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", foreignKey = @ForeignKey(name = "memberships_user_id_fkey"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private User user;

    @Column(nullable = false, columnDefinition = "varchar(20) default 'member'")
    private String role;

    /** The primary key (organization_id, user_id). */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "organization_id")
        private Long organizationId;

        @Column(name = "user_id")
        private Long userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(organizationId, key.organizationId)
                    && java.util.Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(organizationId, userId);
        }
    }
}
