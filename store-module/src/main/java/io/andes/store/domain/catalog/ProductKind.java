package io.andes.store.domain.catalog;

/** What a price is for: a plan or an add-on. */
public enum ProductKind {
    PLAN,
    ADDON
}
