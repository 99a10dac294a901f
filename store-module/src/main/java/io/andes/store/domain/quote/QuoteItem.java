package io.andes.store.domain.quote;

import io.andes.store.domain.catalog.AddOn;
import io.andes.store.domain.money.Money;

/** What a quote line is made of: the add-on, how many, its price in the running period and from the next renewal. */
public record QuoteItem(AddOn addOn, int quantity, Money unitPrice, Money renewalUnitPrice) {}
