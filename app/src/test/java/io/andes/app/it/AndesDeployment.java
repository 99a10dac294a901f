package io.andes.app.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment of every integration test: the real, packaged Andes WAR, exactly as it ships. */
public final class AndesDeployment {

    private AndesDeployment() {}

    public static WebArchive war() {
        File war = new File(System.getProperty("andes.it.war"));
        return ShrinkWrap.create(ZipImporter.class, "andes.war").importFrom(war).as(WebArchive.class);
    }
}
