package io.andes.app.web;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Portal pages are for users of an active tenant: a suspended or cancelled tenant's users see the "cuenta suspendida"
 * page instead (the API answers them with a 403 problem).
 */
@WebFilter("/portal/*")
public class ActiveTenantFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Provider<CurrentUser> currentUser;

    @Inject
    TenantDirectory tenants;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CurrentUser user = currentUser.get();
        if (user.isAuthenticated() && user.tenant().isEmpty()) {
            // a tenant role without a tenant claim: nothing of any tenant may be shown
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean active = user.tenant()
                .map(id -> tenants.find(id).map(TenantSummary::active).orElse(false))
                .orElse(true);
        if (!active) {
            response.sendRedirect(request.getContextPath() + "/cuenta-suspendida.xhtml");
            return;
        }
        chain.doFilter(request, response);
    }
}
