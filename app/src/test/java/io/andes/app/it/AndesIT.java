package io.andes.app.it;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: every subclass talks to the one Payara Micro running the real packaged WAR (deployed
 * once for the whole run by the Arquillian suite extension, see arquillian.xml)
 * and calls it from outside, as its clients do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AndesIT {

    @ArquillianResource
    URL deployed;

    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AndesDeployment.war();
    }

    @BeforeEach
    void client() {
        api = Api.at(deployed);
    }

    /** A tenant's quotas and ledger size as one comparable text, to prove that a refused call changed nothing. */
    String quotasAndLedger(String token) {
        JsonObject quotas = api.get("/api/v1/entitlements", token).json();
        JsonObject ledger = api.get("/api/v1/entitlement-movements", token).json();
        return quotas.getJsonArray("items") + " / " + ledger.getInt("total");
    }
}
