package io.andes.core.application;

import io.andes.core.api.TenantClosure;
import io.andes.core.api.TenantDirectory;
import io.andes.core.domain.tenant.IllegalTenantTransitionException;
import io.andes.core.domain.tenant.Tenant;
import io.andes.core.domain.tenant.TenantRepository;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.tenancy.TenantBinding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The bound tenant becomes CANCELLED, in the caller's transaction (a billing settlement's). */
@ApplicationScoped
public class TenantCancellation implements TenantClosure {

    @Inject
    TenantRepository tenants;

    @Inject
    TenantBinding binding;

    @Inject
    TenantDirectory directory;

    @Override
    public void cancel(String reason) {
        Tenant tenant = tenants.find(binding.require())
                .orElseThrow(() -> ProblemException.notFound("el cliente", "The tenant"));
        try {
            tenant.cancel(reason);
        } catch (IllegalTenantTransitionException e) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "El cliente ya está cancelado.", "The tenant is already cancelled.");
        }
        directory.forget(tenant.id());
    }
}
