package io.andes.ticketing.api;

import java.util.List;

/** What the staff console and the staff API show of the support catalog while administering it. */
public final class CatalogAdminViews {

    private CatalogAdminViews() {}

    public record Service(String code, String nameEs, String nameEn, boolean active) {

        public String name(boolean english) {
            return english ? nameEn : nameEs;
        }
    }

    /** A field as defined on one category ({@code options} only for a CHOICE). */
    public record Field(
            String key,
            String labelEs,
            String labelEn,
            String type,
            List<String> options,
            boolean required,
            int order) {

        /** The options of a choice as one line. */
        public String optionList() {
            return String.join(", ", options);
        }
    }

    /**
     * A category of the tree, active or not, with its path (in the reader's language), its depth (0 for a root), the
     * queue its new tickets go to and the fields it defines itself.
     */
    public record Category(
            long id,
            String serviceCode,
            Long parentId,
            String nameEs,
            String nameEn,
            String path,
            int depth,
            String kind,
            String queue,
            boolean active,
            boolean leaf,
            List<Field> fields) {}

    /** A queue of the desk and the agents who work it. */
    public record Queue(String code, String nameEs, String nameEn, List<String> agents) {

        public String name(boolean english) {
            return english ? nameEn : nameEs;
        }
    }
}
