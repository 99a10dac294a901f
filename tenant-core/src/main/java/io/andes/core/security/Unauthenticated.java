package io.andes.core.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A REST resource that authenticates its callers itself (a payment provider's signed webhook): no bearer token is
 * asked for and no role is checked. Its path must also be listed in {@link #PATHS}, read before routing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Unauthenticated {

    /** Path prefixes (below the API root) of the resources so annotated. */
    String[] PATHS = {"v1/payments/webhooks/"};
}
