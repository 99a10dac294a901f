package io.andes.core.interfaces.rest;

import io.andes.core.api.TenantDirectory;
import io.andes.core.api.TenantSummary;
import io.andes.core.application.AccessRefusals;
import io.andes.core.problem.ProblemType;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.CurrentUser;
import io.andes.core.security.Roles;
import io.andes.core.security.Unauthenticated;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deny by default: a resource method runs only for the roles its {@link AllowedRoles} names. Routes for tenant roles
 * also need the caller's tenant to exist and be active; the tenant is never taken from the URL or the body.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Context
    HttpServletRequest request;

    @Inject
    TenantDirectory tenants;

    @Inject
    AccessRefusals refusals;

    /** The rule of each resource method, read once: annotations are looked up by reflection. */
    private static final Map<Method, Set<String>> rules = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext context) {
        if (resource.getResourceClass() != null
                && resource.getResourceClass().isAnnotationPresent(Unauthenticated.class)) {
            return; // the resource verifies its caller itself (a signed webhook)
        }
        CurrentUser user = (CurrentUser) request.getAttribute(CurrentUser.REQUEST_ATTRIBUTE);
        Set<String> allowed = allowedRoles();
        if (user == null || !user.hasAnyRole(allowed)) {
            if (user != null) {
                boolean tenantKnown = user.tenant().flatMap(tenants::find).isPresent();
                refusals.accessRefused(user, route(context), "role not allowed", tenantKnown);
            }
            deny(context, ProblemType.FORBIDDEN, "Su rol no permite esta operación.", "Your role does not allow this.");
        } else if (Roles.TENANT_ROLES.containsAll(allowed)) {
            checkTenant(context, user);
        }
    }

    private void checkTenant(ContainerRequestContext context, CurrentUser user) {
        Optional<TenantSummary> tenant = user.tenant().flatMap(tenants::find);
        if (tenant.isEmpty()) {
            refusals.accessRefused(
                    user,
                    route(context),
                    user.tenant().map(id -> "unregistered tenant " + id.value()).orElse("no tenant claim"),
                    false);
            deny(
                    context,
                    ProblemType.FORBIDDEN,
                    "Su usuario no pertenece a un cliente registrado.",
                    "Your user belongs to no registered tenant.");
        } else if (!tenant.get().active()) {
            deny(
                    context,
                    ProblemType.TENANT_NOT_ACTIVE,
                    "La cuenta de " + tenant.get().legalName() + " está suspendida. Contacte a facturación.",
                    "The account of " + tenant.get().legalName() + " is suspended. Please contact billing.");
        }
    }

    private Set<String> allowedRoles() {
        return rules.computeIfAbsent(resource.getResourceMethod(), method -> {
            AllowedRoles onMethod = method.getAnnotation(AllowedRoles.class);
            AllowedRoles onClass = resource.getResourceClass().getAnnotation(AllowedRoles.class);
            AllowedRoles rule = onMethod != null ? onMethod : onClass;
            return rule == null ? Set.of() : Set.of(rule.value());
        });
    }

    static String route(ContainerRequestContext context) {
        return context.getMethod() + " " + context.getUriInfo().getRequestUri().getRawPath();
    }

    private static void deny(ContainerRequestContext context, ProblemType type, String spanish, String english) {
        context.abortWith(ProblemResponses.of(type, spanish, english, context.getAcceptableLanguages()));
    }
}
