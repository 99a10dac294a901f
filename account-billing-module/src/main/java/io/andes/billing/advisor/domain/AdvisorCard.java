package io.andes.billing.advisor.domain;

/** What a tenant sees of its advisor: name, e-mail, phone and office hours. */
public record AdvisorCard(String name, String email, String phone, String hours) {}
