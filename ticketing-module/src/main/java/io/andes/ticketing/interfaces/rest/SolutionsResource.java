package io.andes.ticketing.interfaces.rest;

import io.andes.core.interfaces.rest.ProblemResponses;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.application.KnowledgeUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Possible solutions for the caller's tenant: articles relevant to what the user types ({@code q}, optionally of one
 * service), one article, and the answer to "¿Esto resolvió su problema?".
 */
@Path("v1/solutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class SolutionsResource {

    @Inject
    KnowledgeUseCases knowledge;

    @Context
    HttpHeaders headers;

    @GET
    public List<KnowledgeViews.Solution> suggest(@QueryParam("q") String text, @QueryParam("service") String service) {
        return knowledge.solutions(text, service, english());
    }

    @GET
    @Path("{id}")
    public KnowledgeViews.Article article(@PathParam("id") String id) {
        return knowledge.article(id, english());
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response feedback(@PathParam("id") String id, KnowledgeRequests.Feedback body) {
        if (body == null || body.resolved() == null) {
            throw ProblemException.invalidField(
                    "resolved",
                    "es obligatorio (true o false)",
                    "Indique si el artículo resolvió su problema (resolved: true o false).",
                    "Say whether the article solved your problem (resolved: true or false).");
        }
        return Response.status(Response.Status.CREATED)
                .entity(knowledge.feedback(id, body.resolved(), body.query()))
                .build();
    }

    private boolean english() {
        return ProblemResponses.prefersEnglish(headers.getAcceptableLanguages());
    }
}
