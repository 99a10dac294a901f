package io.andes.store.domain.catalog;

/** What a price is for: a plan, an add-on, or a one-off service charged once (paid urgent support). */
public enum ProductKind {
    PLAN,
    ADDON,
    SERVICE
}
