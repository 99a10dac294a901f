package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.CatalogUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The services and category trees a ticket is opened on; the same for every tenant. */
@Path("v1/ticket-catalog")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN, Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN, Roles.BILLING_STAFF})
public class TicketCatalogResource {

    @Inject
    CatalogUseCases catalog;

    @Context
    HttpHeaders headers;

    @GET
    public TicketViews.Catalog catalog() {
        return catalog.catalog(ProblemResponses.prefersEnglish(headers.getAcceptableLanguages()));
    }
}
