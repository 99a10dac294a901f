package io.andes.core.security;

import java.util.Set;

/** The realm roles of DESIGN.md: two for the tenants' people, four for the vendor's staff. */
public final class Roles {

    public static final String TENANT_USER = "tenant-user";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String SUPPORT_AGENT = "support-agent";
    public static final String ADVISOR = "advisor";
    public static final String BILLING_STAFF = "billing-staff";
    public static final String PLATFORM_ADMIN = "platform-admin";

    public static final Set<String> TENANT_ROLES = Set.of(TENANT_USER, TENANT_ADMIN);
    public static final Set<String> STAFF_ROLES = Set.of(SUPPORT_AGENT, ADVISOR, BILLING_STAFF, PLATFORM_ADMIN);

    private Roles() {}
}
