package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.application.KnowledgeUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The vendor's news for the caller's tenant, published now, newest first, in the language asked for. */
@Path("v1/news")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class NewsResource {

    @Inject
    KnowledgeUseCases knowledge;

    @Context
    HttpHeaders headers;

    @GET
    public List<KnowledgeViews.News> news() {
        return knowledge.news(ProblemResponses.prefersEnglish(headers.getAcceptableLanguages()));
    }
}
