package dev.migrations.schema;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's default implicit naming ({@code SpringImplicitNamingStrategy}), rebuilt here so that this module stays
 * Spring-free: JPA's rules, except that a join table is named after the owning table and the attribute
 * ({@code orders_items}) rather than after both entities.
 */
final class BootImplicitNamingStrategy extends ImplicitNamingStrategyJpaCompliantImpl {

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
