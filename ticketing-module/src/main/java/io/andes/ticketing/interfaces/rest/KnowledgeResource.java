package io.andes.ticketing.interfaces.rest;

import io.andes.core.api.Page;
import io.andes.core.api.PageRequest;
import io.andes.core.problem.ProblemException;
import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.KnowledgeViews;
import io.andes.ticketing.application.KnowledgeEditing;
import io.andes.ticketing.domain.knowledge.EntryKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * The vendor's side of the knowledge base: articles and news ({@code kind} is {@code articles} or {@code news}) listed,
 * written, revised with their version, unpublished and deleted; and the deflection figures per article.
 */
@Path("v1/knowledge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AllowedRoles({Roles.SUPPORT_AGENT, Roles.PLATFORM_ADMIN})
public class KnowledgeResource {

    private static final String KIND = "{kind: articles|news}";

    @Inject
    KnowledgeEditing editing;

    @GET
    @Path(KIND)
    public Page<KnowledgeViews.Entry> list(
            @PathParam("kind") String kind,
            @QueryParam("q") String text,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        if (text != null && text.length() > 200) {
            throw ProblemException.invalidField(
                    "q", "tiene más de 200 caracteres", "La búsqueda es demasiado larga.", "The search is too long.");
        }
        return editing.list(kind(kind), text, PageRequest.of(page, size));
    }

    @POST
    @Path(KIND)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("kind") String kind, KnowledgeRequests.Entry body) {
        KnowledgeViews.Entry created = editing.create(kind(kind), required(body).draft());
        return Response.created(URI.create("v1/knowledge/" + kind + "/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path(KIND + "/{id}")
    public KnowledgeViews.Entry read(@PathParam("kind") String kind, @PathParam("id") String id) {
        return editing.get(kind(kind), id);
    }

    @PUT
    @Path(KIND + "/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public KnowledgeViews.Entry update(
            @PathParam("kind") String kind, @PathParam("id") String id, KnowledgeRequests.Entry body) {
        KnowledgeRequests.Entry valid = required(body);
        return editing.update(kind(kind), id, valid.draft(), valid.version());
    }

    @POST
    @Path(KIND + "/{id}/unpublishing")
    public KnowledgeViews.Entry unpublish(@PathParam("kind") String kind, @PathParam("id") String id) {
        return editing.unpublish(kind(kind), id);
    }

    @DELETE
    @Path(KIND + "/{id}")
    public Response delete(@PathParam("kind") String kind, @PathParam("id") String id) {
        editing.delete(kind(kind), id);
        return Response.noContent().build();
    }

    @GET
    @Path("deflection")
    public List<KnowledgeViews.ArticleFigures> deflection() {
        return editing.deflection();
    }

    private static EntryKind kind(String path) {
        return "news".equals(path) ? EntryKind.NEWS : EntryKind.ARTICLE;
    }

    private static KnowledgeRequests.Entry required(KnowledgeRequests.Entry body) {
        if (body == null) {
            throw ProblemException.invalidField(
                    "body",
                    "es obligatorio",
                    "Falta el cuerpo JSON de la solicitud.",
                    "The JSON request body is missing.");
        }
        return body;
    }
}
