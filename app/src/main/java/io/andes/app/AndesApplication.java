package io.andes.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of every module, under {@code /api}; resources are discovered in the modules' jars. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Andes API",
                        version = "v1",
                        description =
                                "Multi-tenant platform API. Errors are RFC 9457 problems (application/problem+json)."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class AndesApplication extends Application {}
