package io.andes.core.domain.user;

import java.util.List;
import java.util.Optional;

/** The bound tenant's users. */
public interface TenantUserRepository {

    Optional<TenantUser> find(String id);

    boolean existsWithEmail(EmailAddress email);

    /** Active users first, then by e-mail. */
    List<TenantUser> page(int offset, int limit);

    long count();

    void add(TenantUser user);
}
