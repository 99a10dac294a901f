package io.andes.core.interfaces.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Body of a consumption or release: how many units, from 1 to 1,000,000. */
public record QuantityRequest(@NotNull @Positive @Max(1_000_000) Integer quantity) {}
