package io.andes.core.domain.tenant;

import io.andes.core.tenancy.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All tenants of the platform (a platform-wide table, read by staff and by the per-request tenant check). */
public interface TenantRepository {

    Optional<Tenant> find(TenantId id);

    /** The tenants of {@code ids} that exist, in one query. */
    List<Tenant> findAll(Collection<TenantId> ids);

    boolean existsTaxId(TaxId taxId);

    /** Adds and writes the tenant at once, so that its own rows may refer to it in the same transaction. */
    void add(Tenant tenant);

    /** Tenants whose code, legal name or tax id contains {@code text}, ordered by code. */
    List<Tenant> search(String text, int offset, int limit);

    long count(String text);
}
