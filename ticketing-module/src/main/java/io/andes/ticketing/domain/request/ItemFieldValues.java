package io.andes.ticketing.domain.request;

import io.andes.ticketing.domain.catalog.FieldValue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A draft item's field values kept as one JSON object of key → value until the request is sent. */
final class ItemFieldValues {

    private ItemFieldValues() {}

    static String encode(List<FieldValue> values) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach(v -> json.add(v.key(), v.value()));
        return json.build().toString();
    }

    static Map<String, String> decode(String stored) {
        Map<String, String> values = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return values;
        }
        try (var reader = Json.createReader(new StringReader(stored))) {
            JsonObject json = reader.readObject();
            json.forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
        }
        return values;
    }
}
