package io.andes.ticketing.interfaces.rest;

import io.andes.core.security.AllowedRoles;
import io.andes.core.security.Roles;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.AttachmentUseCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Files of a ticket: upload photos and PDFs (multipart, parts named {@code file}), download one. */
@Path("v1/tickets/{number}/attachments")
@RequestScoped
@AllowedRoles({Roles.TENANT_USER, Roles.TENANT_ADMIN})
public class TicketAttachmentsResource {

    @Inject
    AttachmentUseCases attachments;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@PathParam("number") String number, @FormParam("file") List<EntityPart> parts) {
        List<TicketViews.Attachment> stored = attachments.attach(number, Uploads.of(parts));
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("number") String number, @PathParam("id") String id) {
        TicketViews.FileContent file = attachments.download(number, id);
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static String encoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
