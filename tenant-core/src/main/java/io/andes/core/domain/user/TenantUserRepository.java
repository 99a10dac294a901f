package io.andes.core.domain.user;

import io.andes.core.api.TenantRole;
import java.util.List;
import java.util.Optional;

/** The bound tenant's users. */
public interface TenantUserRepository {

    Optional<TenantUser> find(String id);

    boolean existsWithEmail(EmailAddress email);

    /** Active users first, then by e-mail. */
    List<TenantUser> page(int offset, int limit);

    long count();

    /** The active users who hold {@code role}, by e-mail (for notices to a tenant's administrators). */
    List<TenantUser> active(TenantRole role);

    void add(TenantUser user);
}
