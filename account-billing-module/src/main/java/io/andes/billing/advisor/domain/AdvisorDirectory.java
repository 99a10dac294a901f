package io.andes.billing.advisor.domain;

import io.andes.core.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

/** The advisors' profiles and the tenant-to-advisor assignments (platform-wide). */
public interface AdvisorDirectory {

    Optional<AdvisorProfile> profile(String username);

    void add(AdvisorProfile profile);

    List<AdvisorProfile> profiles();

    Optional<TenantAdvisor> assignment(TenantId tenant);

    void add(TenantAdvisor assignment);

    /** Every assignment, or only those of {@code advisor} when it is given; by tenant code. */
    List<TenantAdvisor> assignments(String advisor);
}
