package dev.migrations.schema.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(indexes = @Index(name = "purchase_order_customer", columnList = "customer_id"))
public class PurchaseOrder {

    @Id
    @GeneratedValue
    Long id;

    @ManyToOne(optional = false)
    Customer customer;

    BigDecimal totalAmount;
}
