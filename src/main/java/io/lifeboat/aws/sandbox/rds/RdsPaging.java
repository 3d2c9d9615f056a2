package io.lifeboat.aws.sandbox.rds;

import io.lifeboat.aws.sandbox.paging.Pages;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.rds.model.Filter;

/** RDS's MaxRecords (20 to 100) and Marker paging, and its filter-name check. */
final class RdsPaging {

    private RdsPaging() {
    }

    static <T> Pages.Page<T> page(List<T> all, Integer maxRecords, String marker, String scope) {
        int size = maxRecords == null ? 100 : maxRecords;
        if (size < 20 || size > 100) {
            throw RdsErrors.invalidParameterValue("Invalid value " + size + " for MaxRecords. Must be between 20 and 100");
        }
        if (!Pages.valid(marker, scope)) {
            throw RdsErrors.invalidParameterValue("Invalid marker: " + marker);
        }
        try {
            return Pages.page(all, marker, size, scope);
        } catch (IllegalArgumentException e) {
            throw RdsErrors.invalidParameterValue("Invalid marker: " + marker);
        }
    }

    /** The filters by name; an unknown name is refused as RDS does. */
    static Map<String, List<String>> filters(List<Filter> filters, Set<String> supported) {
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        for (Filter filter : filters) {
            if (!supported.contains(filter.name())) {
                throw RdsErrors.invalidParameterValue("Unrecognized filter name: " + filter.name());
            }
            result.put(filter.name(), filter.values());
        }
        return result;
    }
}
