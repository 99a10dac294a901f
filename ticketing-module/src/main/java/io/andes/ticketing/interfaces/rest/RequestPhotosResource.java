package io.andes.ticketing.interfaces.rest;

import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.application.RequestPhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Photos and PDFs of a draft request's item (multipart, parts named {@code file}); the path ends in
 * {@code /attachments} so the size limit for uploads applies to it.
 */
@Path("v1/requests/{id}/items/{itemId}/attachments")
@RequestScoped
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class RequestPhotosResource {

    @Inject
    RequestPhotos photos;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(
            @PathParam("id") String id, @PathParam("itemId") String itemId, @FormParam("file") List<EntityPart> parts) {
        return Response.status(Response.Status.CREATED)
                .entity(photos.attach(id, itemId, Uploads.of(parts)))
                .build();
    }
}
