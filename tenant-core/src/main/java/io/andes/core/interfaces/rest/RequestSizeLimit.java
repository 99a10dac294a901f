package io.andes.core.interfaces.rest;

import io.andes.core.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * API bodies are at most 1 MB, except file uploads (multipart to an {@code …/attachments} route: at most
 * {@link #UPLOAD_LIMIT_BYTES}, the files themselves are checked one by one later). A larger declared length is
 * refused before it is read; a body without a declared length is refused. Either way nothing is processed.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestSizeLimit extends HttpFilter {

    public static final long LIMIT_BYTES = 1024 * 1024;
    /** Ten files of 10 MiB and the multipart framing around them. */
    public static final long UPLOAD_LIMIT_BYTES = 101L * 1024 * 1024;

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean chunked = declared < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (declared > limit(request) || chunked) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static long limit(HttpServletRequest request) {
        String type = request.getContentType();
        boolean upload = type != null
                && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")
                && request.getRequestURI().endsWith("/attachments");
        return upload ? UPLOAD_LIMIT_BYTES : LIMIT_BYTES;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean english = ProblemResponses.prefersEnglish(request.getHeader("Accept-Language"));
        String detail = english
                ? "The body is larger than 1 MB or has no declared length; send at most 1 MB with Content-Length."
                : "El cuerpo supera 1 MB o no declara su largo; envíe como máximo 1 MB con Content-Length.";
        response.setStatus(ProblemType.PAYLOAD_TOO_LARGE.status());
        response.setContentType(ProblemResponses.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Connection", "close");
        response.getWriter().write(ProblemResponses.json(ProblemType.PAYLOAD_TOO_LARGE, detail, english));
    }
}
