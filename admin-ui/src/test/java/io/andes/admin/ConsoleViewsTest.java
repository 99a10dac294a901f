package io.andes.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.andes.billing.invoice.domain.CreditNoteKind;
import io.andes.billing.invoice.domain.InvoiceStatus;
import io.andes.billing.payment.domain.PaymentMethod;
import io.andes.core.api.TenantRole;
import io.andes.core.api.TenantUserView;
import io.andes.core.domain.tenant.Country;
import io.andes.core.domain.tenant.TenantStatus;
import io.andes.store.domain.catalog.BillingPeriod;
import io.andes.store.domain.catalog.ProductKind;
import io.andes.ticketing.domain.sla.SlaEventKind;
import io.andes.ticketing.domain.sla.SlaStanding;
import io.andes.ticketing.domain.sla.SupportTier;
import io.andes.ticketing.domain.ticket.TicketPriority;
import io.andes.ticketing.domain.ticket.TicketStatus;
import io.andes.ticketing.domain.visit.VisitStatus;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The console's pages are well-formed and every text they or the beans ask for is in both languages. */
class ConsoleViewsTest {

    private static final Path VIEWS = Path.of("src/main/resources/META-INF/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/io/andes/admin");

    private static final Pattern LITERAL_KEY = Pattern.compile("console\\['([^']+)'\\]");
    private static final Pattern KEY_PREFIX = Pattern.compile("console\\['([^']+)'\\s*\\+=");
    /** Any dotted lower-case literal of the beans is a message key, but for the bundle's own name. */
    private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");

    private static final Pattern JAVA_KEY_PREFIX = Pattern.compile("\"([a-z]+(?:\\.[a-z]+)*\\.)\"");

    /** The values each key built in a view ({@code 'role.' += person.role()}) can end with. */
    private static final Map<String, List<String>> KEY_SUFFIXES = Map.ofEntries(
            Map.entry("role.", names(TenantRole.values())),
            Map.entry("tenant.status.", names(TenantStatus.values())),
            Map.entry("user.status.", List.of(TenantUserView.ACTIVE, TenantUserView.DEACTIVATED)),
            Map.entry("newTenant.taxId.hint.", names(Country.values())),
            Map.entry("desk.status.", names(TicketStatus.values())),
            Map.entry("desk.tier.", names(SupportTier.values())),
            Map.entry("desk.priority.", names(TicketPriority.values())),
            Map.entry("desk.standing.", names(SlaStanding.values())),
            Map.entry("desk.event.", names(SlaEventKind.values())),
            Map.entry("visits.status.", names(VisitStatus.values())),
            Map.entry("billing.period.", names(BillingPeriod.values())),
            Map.entry("invoice.status.", names(InvoiceStatus.values())),
            Map.entry("prices.kind.", names(ProductKind.values())),
            Map.entry("money.method.", names(PaymentMethod.values())),
            Map.entry("money.credit.kind.", names(CreditNoteKind.values())));

    @Test
    void everyViewIsWellFormedXml() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        for (Path view : views()) {
            assertThatCode(() -> factory.newDocumentBuilder().parse(view.toFile()))
                    .as(view.toString())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void everyKeyOfTheViewsIsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path view : views()) {
            String text = Files.readString(view);
            keys.addAll(matches(LITERAL_KEY, text));
            for (String prefix : matches(KEY_PREFIX, text)) {
                assertThat(KEY_SUFFIXES)
                        .as("values of the keys built from " + prefix)
                        .containsKey(prefix);
                KEY_SUFFIXES.get(prefix).forEach(suffix -> keys.add(prefix + suffix));
            }
        }
        assertThat(keys).isNotEmpty();
        assertThat(bundle("messages").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("messages_en").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyKeyOfTheBeansIsInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                matches(JAVA_KEY, text).stream()
                        .filter(key -> !key.equals(ConsoleMessages.BUNDLE))
                        .forEach(keys::add);
                matches(JAVA_KEY_PREFIX, text).stream()
                        .filter(KEY_SUFFIXES::containsKey)
                        .forEach(prefix -> KEY_SUFFIXES.get(prefix).forEach(end -> keys.add(prefix + end)));
            }
        }
        assertThat(keys).contains("newTenant.created", "tenant.suspend.done");
        assertThat(bundle("messages").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("messages_en").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages").stringPropertyNames());
    }

    /** Spanish stays in the base bundle: a Spanish-named one with texts would be a second copy to keep in step. */
    @Test
    void spanishBundleOnlyStopsTheFallbackToTheServersLanguage() throws IOException {
        assertThat(bundle("messages_es")).isEmpty();
    }

    @Test
    void noTextHasAnApostropheThatMessageFormatWouldDrop() throws IOException {
        for (String name : List.of("messages", "messages_en")) {
            Properties texts = bundle(name);
            assertThat(texts.stringPropertyNames()).as(name).noneMatch(key -> texts.getProperty(key)
                    .contains("'"));
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            List<Path> views =
                    files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
            assertThat(views).isNotEmpty();
            return views;
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }

    private static List<String> matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
