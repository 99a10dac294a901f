package io.andes.billing.advisor.domain;

/** Who sent a commercial request: the token's subject and the sign-in name (an e-mail address for real users). */
public record Requester(String id, String name) {}
