package io.andes.store.infrastructure;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.infrastructure.NativeSearch;
import io.andes.core.problem.ProblemException;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.tenancy.TenantEntityManager;
import io.andes.store.api.StoreViews;
import io.andes.store.api.SubscriptionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.transaction.Transactional;
import java.util.Locale;

/**
 * The staff list of subscriptions in native SQL with no tenant bound: it selects {@code tenant_id} itself and shows
 * only the subscription, its plan and add-ons.
 */
@ApplicationScoped
class NativeSubscriptionDirectory implements SubscriptionDirectory {

    private static final String FROM =
            " FROM subscription s JOIN tenant t ON t.id = s.tenant_id" + " JOIN plan p ON p.code = s.plan_code";
    private static final String SELECT =
            "SELECT s.tenant_id, t.legal_name, t.country, t.time_zone, s.plan_code, p.name,"
                    + " s.billing_period, s.currency, s.period_start, s.period_end,"
                    + " (SELECT GROUP_CONCAT(CONCAT(a.quantity, ' × ', a.addon_code) ORDER BY a.addon_code SEPARATOR ', ')"
                    + " FROM subscription_addon a WHERE a.tenant_id = s.tenant_id AND a.quantity > 0)" + FROM;
    private static final String ORDER = " ORDER BY s.period_end, s.tenant_id";

    @Inject
    TenantEntityManager entityManagers;

    @Inject
    Provider<CurrentUser> caller;

    @Override
    @Transactional
    public Page<StoreViews.SubscriptionRow> search(StoreViews.SubscriptionSearch search, PageRequest page) {
        CurrentUser user = caller.get();
        if (!user.hasRole(Roles.PLATFORM_ADMIN) && !user.hasRole(Roles.BILLING_STAFF)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN, "Solo administración y facturación.", "Platform admins and billing only.");
        }
        NativeSearch query = new NativeSearch()
                .and("(s.tenant_id LIKE ? OR t.legal_name LIKE ?)", NativeSearch.contains(search.tenant()))
                .and("s.plan_code = ?", search.plan())
                .and("s.billing_period = ?", upper(search.billingPeriod()))
                .and(
                        "EXISTS (SELECT 1 FROM subscription_addon x WHERE x.tenant_id = s.tenant_id"
                                + " AND x.addon_code = ? AND x.quantity > 0)",
                        search.addOn())
                .and("s.period_end >= ?", search.renewalFrom())
                .and("s.period_end <= ?", search.renewalTo());
        var em = entityManagers.forJobOfNoTenant();
        return new Page<>(
                query.rows(em, SELECT, ORDER, page.offset(), page.size()).stream()
                        .map(NativeSubscriptionDirectory::row)
                        .toList(),
                page.page(),
                page.size(),
                query.count(em, "SELECT COUNT(*)" + FROM));
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    private static StoreViews.SubscriptionRow row(Object[] row) {
        return new StoreViews.SubscriptionRow(
                (String) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                NativeSearch.date(row[8]),
                NativeSearch.date(row[9]),
                row[10] == null ? "" : row[10].toString());
    }
}
