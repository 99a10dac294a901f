package io.andes.portal;

import io.andes.core.problem.ProblemException;
import io.andes.ticketing.api.TicketViews;
import io.andes.ticketing.application.AttachmentUseCases;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file of a ticket of the signed-in user's company ({@code /portal/archivo?numero=&id=}). Images open in the page,
 * anything else downloads; the browser never guesses the type. Another company's file is the same 404 as no file.
 */
@WebServlet("/portal/archivo")
public class TicketFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttachmentUseCases attachments;

    /** The link to the file {@code id} of ticket {@code number}, under the application's {@code contextPath}. */
    public static String link(String contextPath, String number, String id) {
        return contextPath + "/portal/archivo?numero=" + encoded(number) + "&id=" + encoded(id);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TicketViews.FileContent file;
        try {
            file = attachments.download(request.getParameter("numero"), request.getParameter("id"));
        } catch (ProblemException problem) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.mediaType());
        response.setContentLength(file.bytes().length);
        response.setHeader("Content-Disposition", disposition(file));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(file.bytes());
    }

    /** Inline for images only; the name in RFC 6266's UTF-8 form, so no header injection and no lost accents. */
    static String disposition(TicketViews.FileContent file) {
        String kind = file.mediaType() != null && file.mediaType().startsWith("image/") ? "inline" : "attachment";
        return kind + "; filename*=UTF-8''" + encoded(file.fileName()).replace("+", "%20");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
