package io.andes.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Each staff role against each billing and catalog page of the console, in real headless Chromium signed in through
 * Keycloak: what a role may not work gives the 403 page (whatever link led there) and has no menu entry; support
 * agents and advisors reach none of them, billing staff all but prices and advisors, platform admins all.
 */
class ConsoleRoleMatrixIT extends AndesIT {

    private static final String PASSWORD = "andes-demo";
    private static final String TENANT = "inmobiliaria-sur";

    /** Each page with an element only the page itself shows (the 403 page shows {@code denied-title}). */
    private static final Map<String, String> PAGES = pages();

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("precios.xhtml", "price-form");
        pages.put("suscripciones.xhtml", "subscriptions-form");
        pages.put("suscripcion.xhtml?cliente=" + TENANT, "subscription-header");
        pages.put("facturas.xhtml", "invoices-form");
        pages.put("factura.xhtml?cliente=" + TENANT + "&numero=F-2000-000001", "invoice-not-found");
        pages.put("renovaciones.xhtml", "run-form");
        pages.put("liquidacion.xhtml?cliente=" + TENANT + "&ticket=T-999999", "settlement-not-found");
        pages.put("cobranza.xhtml", "collections-title");
        pages.put("asesores.xhtml", "profile-form");
        return pages;
    }

    private static final List<String> MENUS = List.of(
            "menu-prices", "menu-subscriptions", "menu-invoices", "menu-renewals", "menu-collections", "menu-advisors");

    @Test
    void supportAgentsReachNoBillingPage() throws Exception {
        check("soporte@andes.dev", List.of());
    }

    @Test
    void advisorsReachNoBillingPage() throws Exception {
        check("asesor@andes.dev", List.of());
    }

    @Test
    void billingStaffReachSubscriptionsInvoicesRenewalsSettlementsAndCollectionsButNotPricesNorAdvisors()
            throws Exception {
        check(
                "facturacion@andes.dev",
                List.of(
                        "suscripciones.xhtml",
                        "suscripcion.xhtml",
                        "facturas.xhtml",
                        "factura.xhtml",
                        "renovaciones.xhtml",
                        "liquidacion.xhtml",
                        "cobranza.xhtml"));
    }

    @Test
    void platformAdminsReachEveryBillingPage() throws Exception {
        check(
                "admin@andes.dev",
                PAGES.keySet().stream().map(ConsoleRoleMatrixIT::page).toList());
    }

    private void check(String user, List<String> allowed) throws Exception {
        try (Browser browser = Browser.start()) {
            browser.openConsoleAs(api.base() + "/admin/", user, PASSWORD);
            browser.await(By.id("menu"));
            assertThat(MENUS.stream()
                            .filter(menu ->
                                    !browser.driver().findElements(By.id(menu)).isEmpty())
                            .toList())
                    .as("billing menu entries of " + user)
                    .containsExactlyElementsOf(MENUS.stream()
                            .filter(menu -> allowed.contains(pageOfMenu(menu)))
                            .toList());
            for (Map.Entry<String, String> page : PAGES.entrySet()) {
                browser.open(api.base() + "/admin/" + page.getKey());
                if (allowed.contains(page(page.getKey()))) {
                    browser.await(By.id(page.getValue()));
                    assertThat(browser.driver().findElements(By.id("denied-title")))
                            .as(page.getKey())
                            .isEmpty();
                } else {
                    browser.await(By.id("denied-title"));
                    assertThat(browser.driver().findElements(By.id(page.getValue())))
                            .as(page.getKey())
                            .isEmpty();
                }
            }
        }
    }

    private static String page(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String pageOfMenu(String menu) {
        return switch (menu) {
            case "menu-prices" -> "precios.xhtml";
            case "menu-subscriptions" -> "suscripciones.xhtml";
            case "menu-invoices" -> "facturas.xhtml";
            case "menu-renewals" -> "renovaciones.xhtml";
            case "menu-collections" -> "cobranza.xhtml";
            default -> "asesores.xhtml";
        };
    }
}
