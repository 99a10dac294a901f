package io.andes.core.domain.entitlement;

import java.time.Instant;

/** Who did something, from which network address, and when: the facts every ledger and audit line keeps. */
public record Provenance(String actor, String address, Instant at) {}
